"""What a Word/WPS writer stumbled on in a walk through the drafting app (80×24, 60×20, 160×45)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.frames import FrameScreen, placed
from drafter.app.screens.meta import MetaScreen
from drafter.checklist_schema import BLANK

from .helpers.app import _home, aio, draft_screen, rows, settle, until, write_draft  # noqa: F401 (_home: autouse)


def test_a_frame_on_a_heading_line_goes_below_it() -> None:
    assert placed("一、主要举措", 0, "甲【请填写】", heading=True) == ("\n\n甲【请填写】", 2)
    assert placed("一、主要举措", 0, "甲", heading=True, followed=True) == ("\n\n甲\n", 2)


@aio
async def test_ctrl_g_on_the_part_heading_keeps_the_heading(tmp_path: Path) -> None:
    """F7 to a part's finding puts the cursor at the start of its heading; Ctrl+G there glued the frame
    in front of the heading ("……人次。一、2025年度……") and the part lost its heading."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.open_part("measures")
        await until(pilot, lambda: screen.editor.text.startswith("一、"), "the measures part shown")
        heading = screen.editor.text.split("\n")[0]
        screen.editor.move_cursor((0, 0))
        screen.editor.focus()
        await pilot.press("ctrl+g")
        await until(pilot, lambda: isinstance(app.screen, FrameScreen), "the frame dialog")
        dialog = app.screen
        assert isinstance(dialog, FrameScreen)
        frame = dialog.choices[0][1]
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen and BLANK in screen.editor.text, "the frame inserted")
        lines = screen.editor.text.split("\n")
        assert lines[0] == heading and lines[1] == "" and lines[2] == frame
        assert screen.view.rows[0].prefix.startswith("## ")  # still the part's heading
        assert screen.editor.selected_text == BLANK


@aio
async def test_the_frame_dialog_shows_how_to_insert_at_80x24(tmp_path: Path) -> None:
    """The list of frames filled the dialog and pushed its hint (Enter 插入到光标处 …) off the screen."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.focus()
        await pilot.press("ctrl+g")
        await until(pilot, lambda: isinstance(app.screen, FrameScreen), "the frame dialog")
        listed = app.screen.query_one("#frame-list")
        await until(pilot, lambda: listed.region.height > 0, "the frame list laid out")
        await pilot.pause()
        assert any("Enter 插入到光标处" in r for r in rows(app)), "\n".join(rows(app))


@aio
async def test_settings_examples_carry_the_year_the_report_goes_out(tmp_path: Path) -> None:
    """A 2024 report goes out in 2025: its 发文字号 and 印发日期 examples said 〔2026〕 and 2026年."""
    path = write_draft(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("year = 2025", "year = 2024"), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, MetaScreen), "the settings form")
        hints = {k: app.screen.query_one(f"#f-{k}", Input).placeholder for k in ("date", "doc_number", "issued")}
        assert "〔2025〕" in hints["doc_number"] and "2025年" in hints["issued"] and "2025年" in hints["date"]
