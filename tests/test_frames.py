"""Sentence frames (issue 28, walking the four parts): data on checklist items, inserted at the cursor
by the app, their blanks 【请填写】 visited by F7."""

from __future__ import annotations

from pathlib import Path

from drafter import checklists
from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.frames import FrameScreen, frames_for, placed
from drafter.app.widgets.outline import Outline
from drafter.checklist_schema import BLANK

from .conftest import in_process
from .helpers.app import _home, aio, draft_screen, settle, until, write_draft  # noqa: F401 (_home: autouse)


def test_shipped_checklists_carry_frames_for_the_common_items() -> None:
    for name in ("township", "department", "county_gov"):
        cl = checklists.load(name)
        with_frames = [i for i in cl.items if i.frames]
        assert len(with_frames) >= 12, name
        assert all(BLANK in f for i in with_frames for f in i.frames)
    disputes = next(i for i in checklists.load("county_gov").items if i.id == "disputes")
    assert "全年受理行政复议申请【请填写】件，办结【请填写】件，纠错率【请填写】%。" in disputes.frames


def test_a_frame_without_a_blank_is_refused_in_chinese(tmp_path: Path) -> None:
    own = tmp_path / "my.toml"
    own.write_text(
        'name = "我的清单"\nextends = "township"\n\n[[items]]\nid = "x-a"\npart = "measures"\ntitle = "甲"\n'
        'guidance = "写甲"\ncues = ["甲"]\nframes = ["全年办理甲事项若干件。"]\n',
        encoding="utf-8",
    )
    proc = in_process("lint", "examples/drafts/township_2025.md", "--checklist", str(own))
    assert proc.returncode == 2 and BLANK in proc.stderr and "Traceback" not in proc.stderr


def test_which_frames_are_offered_and_where_they_go() -> None:
    cl = checklists.load("township")
    assert {i.id for i, _ in frames_for(cl, "duties")} <= {i.id for i in cl.items if i.part == "duties"}
    assert {i.id for i, _ in frames_for(cl, "measures", "disputes")} == {"disputes"}
    assert placed("", 0, "甲【请填写】") == ("甲【请填写】", 0)
    assert placed("已有的句子。", 6, "甲") == ("\n\n甲", 2)


@aio
async def test_ctrl_g_inserts_the_outline_items_frame_and_f7_visits_its_blanks(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        outline = screen.query_one(Outline)
        node = outline._items["disputes"]
        outline.move_cursor(node)
        screen.open_part("measures")
        await pilot.pause()
        lines = screen.editor.text.split("\n")
        row = next(i for i, t in enumerate(lines) if "调解纠纷30件" in t)
        screen.editor.move_cursor((row, len(lines[row])))
        screen.editor.focus()
        await pilot.press("ctrl+g")
        await until(pilot, lambda: isinstance(app.screen, FrameScreen), "the frame dialog")
        dialog = app.screen
        assert isinstance(dialog, FrameScreen) and {i.id for i, _ in dialog.choices} == {"disputes"}
        frame = dialog.choices[0][1]
        await pilot.press("enter")
        await pilot.pause()
        lines = screen.editor.text.split("\n")
        assert lines[row + 2] == frame and lines[row + 1] == ""  # a paragraph of its own after the cursor's
        assert screen.editor.selected_text == BLANK
        await pilot.press("3", "6")  # typed over the selected blank
        assert screen.editor.text.split("\n")[row + 2].startswith(frame.replace(BLANK, "36", 1)[:14])
        await settle(pilot, app)
        blanks = [f for f in screen.result.findings if f.rule == "placeholder"]
        assert len(blanks) == frame.count(BLANK) - 1
        await pilot.press("f7")
        await pilot.pause()
        assert screen.editor.selected_text == BLANK  # the next blank, its words selected
