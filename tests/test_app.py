"""The drafting app, driven through Textual's Pilot: drafting a report — parts, outline, settings, export, findings (the start screen, recovery and what using the app found have files of their own)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, ListView

from drafter import checklists
from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.dialogs import Ask
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.export import ExportScreen
from drafter.app.screens.help import HelpScreen
from drafter.app.screens.meta import MetaScreen
from drafter.app.widgets.choice import Choice
from drafter.app.widgets.outline import Outline
from drafter.app.widgets.sidepanel import FindingItem
from drafter.checks import check
from drafter.readers import read_path
from drafter.readers.markdown import read_text

from .helpers.app import (  # noqa: F401 (_home: autouse)
    DUTIES,
    MEASURES,
    OPENING,
    PLAN,
    SHORTCOMINGS,
    _home,
    aio,
    draft_screen,
    new_draft,
    open_settings,
    outline_marks,
    palette_ready,
    settle,
    type_text,
)

# ---------------------------------------------------------------- drafting


@aio
async def test_new_type_marks_change_render_and_lint_clean(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        assert app.focused is screen.editor
        assert outline_marks(app)["综合行政执法"] == "○"
        await type_text(pilot, MEASURES)
        await settle(pilot, app)
        assert outline_marks(app)["综合行政执法"] == "✓"
        assert outline_marks(app)["人民调解和信访"] == "✓"
        for text in (SHORTCOMINGS, DUTIES, PLAN):
            await pilot.press("f8")
            await type_text(pilot, text)
        await pilot.press("f8")  # wraps round to the opening
        assert screen.current == 0
        screen.editor.text = ""
        await type_text(pilot, OPENING)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        errors = [f for f in screen.result.findings if f.severity == "error"]
        assert errors == []
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.click("#export-ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        docx = path.with_suffix(".docx")
        assert docx.is_file() and docx.stat().st_size > 0
    text = path.read_text(encoding="utf-8")
    assert MEASURES in text and PLAN in text
    res = check(read_text(text), checklists.load("township"))
    assert [f for f in res.findings if f.severity == "error"] == []
    rendered = check(read_path(docx), checklists.load("township"))
    assert [f for f in rendered.findings if f.severity == "error"] == []


@aio
async def test_export_asks_before_overwriting(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    docx = path.with_suffix(".docx")
    docx.write_bytes(b"old")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.click("#export-ok")
        await pilot.pause()
        assert isinstance(app.screen, Ask)
        await pilot.click("#choice-no")
        await pilot.pause()
        assert docx.read_bytes() == b"old"
        await pilot.press("f4")
        await pilot.click("#export-ok")
        await pilot.pause()
        await pilot.click("#choice-yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert docx.read_bytes().startswith(b"PK")


@aio
async def test_selecting_a_finding_moves_the_cursor(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        await type_text(pilot, "加强法制宣传。")
        await settle(pilot, app)
        items = [i for i in screen.query(FindingItem) if i.finding.rule == "wording"]
        assert items
        lv = screen.query_one("#findings", ListView)
        lv.focus()
        lv.index = list(lv.children).index(items[0])
        await pilot.press("enter")
        await pilot.pause()
        f = items[0].finding
        assert screen.editor.cursor_location[0] == screen.buffer.locate(f.line)[1]
        assert app.focused is screen.editor
        # a finding in the opening switches the editor to the opening
        placeholder = next(i for i in screen.query(FindingItem) if i.finding.rule == "placeholder")
        lv.focus()
        lv.index = list(lv.children).index(placeholder)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current == 0


@aio
async def test_missing_part_is_added_from_the_outline(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(
        '+++\nunit = "辛集乡人民政府"\ntype = "township"\nyear = 2025\n+++\n\n'
        "## 一、2025年度推进法治政府建设的主要举措和成效\n\n做了很多工作。\n\n"
        "## 四、2026年度推进法治政府建设的主要工作安排\n\n继续努力。\n",
        encoding="utf-8",
    )
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        assert screen.result.parts["duties"].status == "missing"
        node = screen.query_one(Outline)._parts["duties"]
        assert str(node.label).startswith("✗")
        screen.query_one(Outline).select_node(node)
        await pilot.pause()
        assert screen.result.parts["duties"].status == "present"
        assert screen.buffer.heading(screen.current) == "三、2025年度党政主要负责人履行推进法治建设第一责任人职责的情况"
        assert [screen.section_parts()[i] for i in sorted(screen.section_parts())] == ["measures", "duties", "plan"]


@aio
async def test_part_switch_keeps_the_text_and_shift_f8_goes_back(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        await type_text(pilot, "第一部分的话。")
        await pilot.press("f8")
        assert "第一部分的话。" in screen.buffer.text()
        assert "第一部分的话。" not in path.read_text(encoding="utf-8")  # saved only when the writer saves
        assert screen.section_parts()[screen.current] == "shortcomings"
        await pilot.press("shift+f8")
        assert screen.section_parts()[screen.current] == "measures"
        assert "第一部分的话。" in screen.editor.text


@aio
async def test_meta_form_validates_and_ctrl_s_saves(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_settings(app, pilot)
        form.query_one("#f-unit", Input).value = "乡"
        await pilot.click("#meta-ok")
        await pilot.pause()
        assert isinstance(app.screen, MetaScreen)
        assert "单位" in str(form.query_one("#form-error").content)
        form.query_one("#f-unit", Input).value = "辛集乡人民政府"
        form.query_one("#f-addressee", Input).value = "鲁山县人民政府"
        form.query_one("#f-date", Input).value = "2026年1月15日"
        form.query_one("#f-fonts", Choice).value = "standard"
        form.query_one("#f-date", Input).focus()
        await pilot.press("enter")  # Enter in any field saves
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen), str(form.query_one("#form-error").content)
        assert "鲁山县人民政府" not in path.read_text(encoding="utf-8")  # settings are saved with the draft
        await pilot.press("ctrl+s")
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert 'addressee = "鲁山县人民政府"' in text and 'fonts = "standard"' in text
    assert 'date = "2026年1月15日"' in text


@aio
async def test_meta_form_edits_signer_seal_and_letterhead(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_settings(app, pilot)
        form.query_one("#f-signer", Input).value = "张三"
        form.query_one("#f-seal", Choice).value = True
        form.query_one("#f-letterhead", Choice).value = "red"
        await pilot.click("#meta-ok")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen), str(form.query_one("#form-error").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert 'signer = "张三"' in text and "seal = true" in text and 'letterhead = "red"' in text
    from drafter.readers.markdown import read_text

    m = read_text(text).meta
    assert (m.signer, m.seal, m.letterhead) == ("张三", True, "red")


@aio
async def test_palette_help_and_side_panel(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        side = screen.query_one("#side")
        assert side.display is False or not side.region.width  # collapsed at 80 columns
        await pilot.press("f3")
        await pilot.pause()
        assert side.region.width > 0
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "排版导出")
        await palette_ready(pilot, "排版导出")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await type_text(pilot, "切换部分：三")
        await palette_ready(pilot, "三")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.section_parts()[screen.current] == "duties"
