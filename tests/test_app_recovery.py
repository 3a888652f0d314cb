"""Nothing lost in the drafting app: crash recovery, quitting with unsaved changes, the recovery copy never the draft."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from textual.widgets import TextArea

from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import autosave_path
from drafter.app.screens.dialogs import Ask
from drafter.app.screens.draft import DraftScreen

from .helpers.app import (  # noqa: F401 (_home: autouse)
    _home,
    aio,
    draft_screen,
    new_draft,
    type_text,
)

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
