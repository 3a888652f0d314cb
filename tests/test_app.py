"""The drafting app, driven through Textual's Pilot: every screen and flow, real files."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Label, ListView, Select, TextArea

from drafter import checklists
from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import autosave_path
from drafter.app.drafts import default_name
from drafter.app.screens.dialogs import Ask
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.export import ExportScreen
from drafter.app.screens.help import HelpScreen
from drafter.app.screens.meta import MetaScreen, date_problem
from drafter.app.screens.start import StartScreen, make_draft, unquote
from drafter.app.widgets.choice import Choice
from drafter.app.widgets.outline import Outline
from drafter.app.widgets.sidepanel import FindingItem
from drafter.checks import check
from drafter.readers import read_path
from drafter.readers.errors import ReadError
from drafter.readers.markdown import read_text
from drafter.reportyear import default_year

from .helpers.app import REPO, _home, aio, draft_screen, lint_result, new_draft, palette_ready, settle, type_text  # noqa: F401 (_home: autouse)

SEED = Path("../shared/corpus/seeds/000_144076ad8ae7c213.txt")  # read in place, relative to the repo

MEASURES = (
    "全年承接县级下放行政处罚权59项，综合行政执法办理案件23件。调处矛盾纠纷160件，人民调解成功率95%，"
    "信访事项依法办理。聘请法律顾问1名，审查合同12份。开展普法宣传和“法律进乡村”活动15场。"
)
SHORTCOMINGS = "一是执法人员业务能力不足，二是法治宣传形式单一。究其原因，主要是培训不够、投入不足。"
DUTIES = (
    "乡党委书记、乡长切实履行推进法治建设第一责任人职责，亲自部署、亲自过问。主持召开党委会会前学法6次，"
    "听取法治政府建设工作汇报2次。年终述法1次，并带头出庭应诉。"
)
PLAN = "2026年，我乡将继续深化综合行政执法改革，加强人民调解，推进法律顾问全覆盖，深入开展八五普法。"
OPENING = "2025年，辛集乡人民政府坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下："


async def open_settings(app: DrafterApp, pilot: Any) -> MetaScreen:
    """F2 on an open draft: the settings form."""
    await pilot.pause()
    await pilot.press("f2")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, MetaScreen)
    return form


def outline_marks(app: DrafterApp) -> dict[str, str]:
    outline = app.screen.query_one(Outline)
    return {str(n.label)[2:]: str(n.label)[0] for n in outline._items.values()}


# ---------------------------------------------------------------- start screen


@aio
async def test_start_screen_infers_type_and_creates_draft(tmp_path: Path) -> None:
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, StartScreen)
        assert app.screen.query_one("#new-year", Input).value == str(default_year())
        app.screen.query_one("#new-unit", Input).focus()
        await type_text(pilot, "辛集乡人民政府")
        await pilot.pause()
        assert app.screen.query_one("#new-type", Select).value == "township"
        app.screen.query_one("#new-year", Input).value = "2025"
        await pilot.click("#new-go")
        await pilot.pause()
        screen = draft_screen(app)
        assert screen.buffer.path.name == "辛集乡人民政府2025年度法治政府建设情况报告.md"
        assert (tmp_path / screen.buffer.path.name).is_file()
        assert app.focused is screen.editor
        assert screen.section_parts()[screen.current] == "measures"


@aio
async def test_start_screen_refuses_to_overwrite(tmp_path: Path) -> None:
    new_draft(tmp_path)
    app = DrafterApp(Launch(unit="辛集乡人民政府", year=2025, output=str(tmp_path / "x.md")))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#new-go")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "已存在" in str(app.screen.query_one("#new-error").content)


@aio
async def test_recent_drafts_listed_and_opened(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
    recent = json.loads((tmp_path / "config" / "drafter" / "recent.json").read_text(encoding="utf-8"))
    assert recent == [str(path.resolve())]
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#start-tabs Tab#--content-tab-tab-recent")
        lv = app.screen.query_one("#recent-list", ListView)
        assert len(lv.children) == 1
        lv.focus()
        lv.index = 0
        await pilot.press("enter")
        await pilot.pause()
        assert draft_screen(app).buffer.path == path.resolve() or draft_screen(app).buffer.path == path


@aio
async def test_lint_tab_shows_findings(tmp_path: Path) -> None:
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#start-tabs Tab#--content-tab-tab-lint")
        field = app.screen.query_one("#lint-path", Input)
        field.value = str(REPO / SEED)
        field.focus()
        await pilot.press("enter")
        shown = await lint_result(pilot, app)
        assert "鲁山县人民政府办公室" in shown and "✓ 有" in shown and "第" in shown


@aio
async def test_roll_forward_from_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the seed path is relative to the repository
    out = tmp_path / "2024.md"
    app = DrafterApp(Launch(source=str(SEED), output=str(out), year=2024))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new-go")
        await pilot.pause()
        screen = draft_screen(app)
        assert screen.buffer.meta.year == 2024
        assert screen.buffer.meta.title == "鲁山县人民政府办公室关于2024年法治政府建设情况的报告"
        assert [c.text for c in screen.commitments][1] == "扎实推进行政复议体制改革和行政应诉工作"
        guide = str(screen.query_one("#guide-text").content)
        assert "去年承诺：已报告0条，未报告3条" in guide
        assert "未报告\n○提升法治政府建设工作的前瞻性和系统性\n○扎实推进行政复议体制改革和行政应诉工作" in guide
        before = list(screen.done)
        screen.editor.move_cursor((1, 0))
        await type_text(pilot, "推进行政复议体制改革，行政应诉案件全部出庭。\n")
        await settle(pilot, app)
        assert screen.done[1] is True
        assert before[1] is False
        guide = str(screen.query_one("#guide-text").content)
        assert "去年承诺：已报告1条，未报告2条" in guide
        assert "已报告\n✓扎实推进行政复议体制改革和行政应诉工作" in guide
        heads = [h for i in range(1, len(screen.buffer.sections)) if (h := screen.buffer.heading(i))]
        assert heads[0].startswith("一、2024年度") and heads[-1].startswith("四、2025年度")


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


# ---------------------------------------------------------------- nothing lost


@aio
async def test_crash_recovery_offers_newer_autosave(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    crashed = path.read_text(encoding="utf-8").replace(
        "主要举措和成效\n\n", "主要举措和成效\n\n崩溃前写下的一段话。\n", 1
    )
    copy = autosave_path(path)
    copy.write_text(crashed, encoding="utf-8")
    later = time.time() + 5
    os.utime(copy, (later, later))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, Ask)
        await pilot.click("#choice-recover")
        await pilot.pause()
        screen = draft_screen(app)
        assert "崩溃前写下的一段话。" in screen.editor.text
        row, col = screen.editor.cursor_location  # back at the end of what was typed, not on the heading
        assert screen.editor.document.get_line(row) == "崩溃前写下的一段话。" and col == len("崩溃前写下的一段话。")
        # recovered into the editor, not into the draft: the draft changes when the writer saves
        assert screen.dirty and "崩溃前写下的一段话。" not in path.read_text(encoding="utf-8")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "崩溃前写下的一段话。" in path.read_text(encoding="utf-8")
    assert not copy.exists()


@aio
async def test_crash_recovery_returns_to_the_section_and_spot_being_typed(tmp_path: Path) -> None:
    """The writer was typing mid-line in part 三 (the draft opens on part 一): the cursor goes there."""
    path = new_draft(tmp_path)
    saved = path.read_text(encoding="utf-8").replace(
        "第一责任人职责的情况\n\n", "第一责任人职责的情况\n\n乡长主持会前学法6次。\n", 1
    )
    path.write_text(saved, encoding="utf-8")
    crashed = saved.replace("乡长主持会前学法6次。", "乡长主持党委会会前学法6次。")
    copy = autosave_path(path)
    copy.write_text(crashed, encoding="utf-8")
    later = time.time() + 5
    os.utime(copy, (later, later))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#choice-recover")
        await pilot.pause()
        screen = draft_screen(app)
        assert (screen.buffer.heading(screen.current) or "").startswith("三、")
        row, col = screen.editor.cursor_location
        assert screen.editor.document.get_line(row) == "乡长主持党委会会前学法6次。"
        assert col == len("乡长主持党委会")  # just after the words typed last
        assert app.focused is screen.editor


@aio
async def test_crash_recovery_discard_keeps_the_draft(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    original = path.read_text(encoding="utf-8")
    copy = autosave_path(path)
    copy.write_text(original + "\n多出来的\n", encoding="utf-8")
    later = time.time() + 5
    os.utime(copy, (later, later))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#choice-discard")
        await pilot.pause()
        assert "多出来的" not in draft_screen(app).buffer.text()
    assert not copy.exists()
    assert path.read_text(encoding="utf-8") == original


@aio
async def test_typing_writes_the_recovery_copy_never_the_draft(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    original = path.read_text(encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        await type_text(pilot, "先写一句。")
        screen._tick()  # what the timers do
        assert "先写一句。" in autosave_path(path).read_text(encoding="utf-8")
        await pilot.press("f8")  # another part: nothing saved either
        await pilot.pause()
        assert path.read_text(encoding="utf-8") == original
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "先写一句。" in path.read_text(encoding="utf-8")
        assert not autosave_path(path).exists()


@aio
async def test_quit_without_saving_leaves_the_draft_as_it_was(tmp_path: Path) -> None:
    """不保存，退出: the draft as last saved, no recovery copy left, nothing offered at the next opening."""
    path = new_draft(tmp_path)
    original = path.read_text(encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        await type_text(pilot, "不要的一句。")
        screen._tick()
        assert autosave_path(path).exists()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Ask)
        await pilot.click("#choice-discard")
        await pilot.pause()
    assert path.read_text(encoding="utf-8") == original
    assert not autosave_path(path).exists()


@aio
async def test_closing_unasked_keeps_the_text_in_the_recovery_copy_only(tmp_path: Path) -> None:
    """A closed browser tab or terminal: the draft as last saved; the text typed offered next time."""
    path = new_draft(tmp_path)
    original = path.read_text(encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "没来得及保存的一句。")
        app.exit()  # what a closed tab does: no question asked
    assert path.read_text(encoding="utf-8") == original
    assert "没来得及保存的一句。" in autosave_path(path).read_text(encoding="utf-8")
    again = DrafterApp(Launch(draft=path))
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, Ask)
        await pilot.click("#choice-recover")
        await pilot.pause()
        assert "没来得及保存的一句。" in draft_screen(again).editor.text


@aio
async def test_quit_with_unsaved_changes_asks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # no autosave in between: under load the test can outlast its 5 s and leave nothing unsaved to ask about
    monkeypatch.setattr("drafter.app.screens.draft.SAVE_EVERY", 3600.0)
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await type_text(pilot, "还没保存的话。")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Ask)
        await pilot.click("#choice-cancel")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#choice-save")
        await pilot.pause()
    assert app.return_code == 0
    assert "还没保存的话。" in path.read_text(encoding="utf-8")


@aio
async def test_editor_holds_one_part_and_lines_match_the_file(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        editor = screen.query_one("#editor", TextArea)
        assert editor.text.startswith("一、2025年度")  # the heading as the report reads, no ##
        assert "二、" not in editor.text
        file_lines = path.read_text(encoding="utf-8").split("\n")
        assert file_lines[screen.buffer.start_line(screen.current) - 1] == "## " + editor.text.split("\n")[0]
        assert not editor.show_line_numbers


# ---------------------------------------------------------------- found by using the app at 80×24


def part_mark(app: DrafterApp, pid: str) -> str:
    return str(app.screen.query_one(Outline)._parts[pid].label)[0]


@aio
async def test_empty_part_is_not_ticked_and_outline_follows_the_part(tmp_path: Path) -> None:
    """A new draft's parts are ○ (still to write), not ✓; F8 opens the next part's items and folds the last."""
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        assert [part_mark(app, p) for p in ("measures", "shortcomings", "duties", "plan")] == ["○"] * 4
        await type_text(pilot, MEASURES)
        await settle(pilot, app)
        assert part_mark(app, "measures") == "✓"
        await pilot.press("f8", "f8")
        await pilot.pause()
        outline = screen.query_one(Outline)
        assert outline._parts["duties"].is_expanded
        assert not outline._parts["measures"].is_expanded
        await pilot.pause()
        node = outline._parts["duties"]
        assert outline.cursor_node is node
        top = round(outline.scroll_y)
        assert top <= node.line and node.line + len(node.children) < top + outline.scrollable_content_region.height


@aio
async def test_side_panel_says_what_a_part_needs_and_its_own_problems(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        await pilot.press("f8")
        await type_text(pilot, "一是执法人员业务能力不足，二是法治宣传形式单一。")
        await settle(pilot, app)
        guide = str(screen.query_one("#guide-text").content)
        assert "分析产生问题的原因" in guide  # this part has no checklist items, but a purpose
        assert "本部分的问题" in guide and "没有分析原因" in guide
        assert "占位符" not in guide  # the opening's problem is not this part's
        await pilot.press("shift+f8", "shift+f8")  # back to the opening
        await pilot.pause()
        assert "占位符" in str(screen.query_one("#guide-text").content)
        item = screen.query(FindingItem).first()
        # the place as the writer sees it (no line numbers on screen), no space to break the line at
        assert re.match(r"错误·开头第\d+段：\S", str(item.query_one(Label).content))


def test_date_problem() -> None:
    assert date_problem("", 2025) is None
    assert date_problem("2026年1月20日", 2025) is None
    assert date_problem("2025年12月30日", 2025) is None
    assert "不是有效的日期" in (date_problem("2026年13月20日", 2025) or "")
    assert "不是有效的日期" in (date_problem("2026年2月30日", 2025) or "")
    assert "不加0" in (date_problem("2026年01月20日", 2025) or "")
    assert date_problem("二〇二六年一月二十日", 2025) == "成文日期请用阿拉伯数字：“2026年1月20日”"
    assert "阿拉伯数字" in (date_problem("2026-01-20", 2025) or "")
    assert "早于" in (date_problem("2024年3月1日", 2025) or "")


@aio
async def test_meta_form_refuses_an_impossible_date(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_settings(app, pilot)
        assert form.query_one("#f-signature", Input).placeholder == "如：辛集乡人民政府"
        form.query_one("#f-date", Input).value = "2026年13月20日"
        await pilot.click("#meta-ok")
        await pilot.pause()
        assert isinstance(app.screen, MetaScreen)
        assert "不是有效的日期" in str(form.query_one("#form-error").content)
        assert app.focused is form.query_one("#f-date", Input)
    assert "13月" not in path.read_text(encoding="utf-8")


def test_a_path_is_not_a_unit_name(tmp_path: Path) -> None:
    for unit in ("/work/shared/corpus/seeds/001.txt", "报告.docx", "a" * 61):
        with pytest.raises(ReadError):
            make_draft(unit, None, 2025)
    assert list(tmp_path.iterdir()) == []
    assert default_name('柳河镇:人民政府"', 2025) == "柳河镇人民政府2025年度法治政府建设情况报告.md"


def test_pasted_paths_lose_their_quotes() -> None:
    assert unquote(" '/tmp/a b.docx' ") == "/tmp/a b.docx"
    assert unquote('"C:\\报告\\去年.docx"') == "C:\\报告\\去年.docx"
    assert unquote("plain.txt") == "plain.txt"


@aio
async def test_start_screen_tabs_by_function_key(tmp_path: Path) -> None:
    """A keyboard user reaches 检查文件 with F4 and can type the path at once (quotes and all)."""
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        field = app.screen.query_one("#lint-path", Input)
        assert app.focused is field
        field.value = f"'{REPO / SEED}'"
        await pilot.press("enter")
        shown = await lint_result(pilot, app)
        assert "按“政府工作部门（含政府办公室）”清单检查" in shown and "·第" in shown
        await pilot.press("f3")  # no draft opened yet: the path of one, typed at once
        assert app.focused is app.screen.query_one("#open-path", Input)
        await pilot.press("f2")
        assert app.focused is app.screen.query_one("#new-unit", Input)
        await pilot.press("shift+tab")  # straight to the tabs, not to the form's scroll area
        assert type(app.focused).__name__ == "ContentTabs"


@aio
async def test_rolled_forward_draft_opens_where_to_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the first item's last-year text, on a line of its own, in view; the title names the new unit."""
    monkeypatch.chdir(REPO)
    path = make_draft("县司法局", "department", 2024, str(SEED), str(tmp_path / "rf.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        assert screen.buffer.meta.title == "县司法局关于2024年法治政府建设情况的报告"
        row, col = screen.editor.cursor_location
        lines = screen.editor.text.split("\n")
        assert lines[row] == "" and col == 0 and lines[0].startswith("一、")  # under the heading
        assert "<!--" not in screen.editor.text
        await pilot.pause()
        y = screen.editor.cursor_screen_offset.y
        assert screen.editor.region.y <= y < screen.editor.region.bottom


@aio
async def test_palette_speaks_chinese(tmp_path: Path) -> None:
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        names = [c.title for c in app.get_system_commands(app.screen)]
        assert names == ["退出", "截图"]
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert "导出" in app.screen.query_one(Input).placeholder
        await type_text(pilot, "检查文件")
        await palette_ready(pilot, "检查文件")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#lint-path", Input)


@aio
async def test_help_scrolls_from_the_keyboard(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        box = app.screen.query_one("#help-text")
        assert app.focused is box
        await pilot.press("pagedown")
        await pilot.pause()
        assert box.scroll_y > 0


@aio
async def test_settings_form_keeps_and_edits_the_optional_parts(tmp_path: Path) -> None:
    """附件, 抄送, 印发 survive a save from the form and can be changed there."""
    src = Path(__file__).resolve().parent.parent / "examples" / "drafts" / "county_gov_2025.md"
    path = tmp_path / "cg.md"
    path.write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_settings(app, pilot)
        assert form.query_one("#f-attachments", Input).value == "青山县2025年度法治政府建设重点任务完成情况表"
        form.query_one("#f-attachments", Input).value = "任务完成情况表；案件统计表"
        await pilot.click("#meta-ok")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert 'attachments = ["任务完成情况表", "案件统计表"]' in text
    assert 'issuer = "青山县人民政府办公室"' in text and 'cc = "县委办公室' in text
