"""What using the drafting app at 80×24 found, each a test: the outline, the side panel, dates, paths, the palette, help, settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Input, Label

from drafter.app.app import DrafterApp, Launch
from drafter.app.drafts import default_name
from drafter.app.screens.meta import MetaScreen, date_problem
from drafter.app.screens.start import make_draft, unquote
from drafter.app.widgets.outline import Outline
from drafter.app.widgets.sidepanel import FindingItem
from drafter.readers.errors import ReadError

from .helpers.app import (  # noqa: F401 (_home: autouse)
    MEASURES,
    REPO,
    SEED,
    _home,
    aio,
    draft_screen,
    lint_result,
    new_draft,
    open_settings,
    palette_ready,
    settle,
    type_text,
)

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
