"""The editor a writer expects: walk the findings, find and replace, paragraphs, last year's text,
the place where the writer stopped, dismissals — through the app (Pilot) and on the text functions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, ListView

from drafter.app import editing, place
from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.start import make_draft
from drafter.app.widgets.findbar import FindBar
from drafter.checks import Finding

from .helpers.app import (  # noqa: F401 (_home: autouse)
    REPO,
    SEED_TOWNSHIP,
    _home,
    aio,
    draft_screen,
    row_of,
    settle,
    type_text,
    until,
    write_draft,
)

# ---------------------------------------------------------------- 1. F7 / Shift+F7


async def walk_to(pilot: Any, screen: Any, wanted: Callable[[Finding], bool]) -> Finding:
    """Press F7 from the top until the finding walked to is ``wanted`` (or every finding was seen)."""
    screen.editor.move_cursor((0, 0))
    for _ in range(len(screen.walk_list())):
        await pilot.press("f7")
        await until(pilot, lambda: screen.note, "the note of the finding F7 went to")
        if wanted(screen.walk_list()[screen._walk][2]):
            break
    found: Finding = screen.walk_list()[screen._walk][2]
    return found


@aio
async def test_f7_walks_the_findings_and_shows_each_message_whole(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        wording = [f for f in screen.result.findings if f.rule == "wording"]
        assert len(wording) >= 3  # 法制 three times, in three parts
        screen.editor.move_cursor((0, 0))
        seen = []
        for _ in range(len(screen.walk_list())):
            await pilot.press("f7")
            await pilot.pause()
            line, _col = screen.cursor_place()
            status = str(screen.query_one("#status").content)
            shown = screen.walk_list()[screen._walk][2]
            assert shown.message in status  # whole, not cut
            if shown.length or shown.line is None:
                assert shown.line is None or shown.line == line
            else:  # about a whole part: the cursor where the writer adds to it, not in its heading
                assert screen.editor.cursor_location[0] not in screen.heads()
                line = shown.line
            seen.append(line)
        assert seen == sorted(seen) or seen[0] > seen[-1]  # in reading order (from the cursor, wrapping once)
        assert {f.line for f in wording} <= set(seen)
        await pilot.press("f7")  # round again to the first
        await pilot.pause()
        first = screen.cursor_place()[0]
        await pilot.press("shift+f7")
        await pilot.pause()
        back = screen.walk_list()[screen._walk][2]  # a part's finding puts the cursor below its heading
        assert back.line == seen[-1] or screen.cursor_place()[0] <= first
        await pilot.press("left")  # off the finding's line: the note goes
        await pilot.press("down" if screen.editor.cursor_location[0] == 0 else "up")
        await pilot.pause()
        assert "\n" not in str(screen.query_one("#status").content)


@aio
async def test_f7_to_a_finding_on_a_whole_part_puts_the_cursor_below_its_heading(tmp_path: Path) -> None:
    """A part's finding (a checklist item not written) is about the part: typing after F7 adds to the part,
    never to its heading ("x一、……")."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        shown = await walk_to(pilot, screen, lambda f: not f.length and f.line is not None)
        assert not shown.length, "a part's finding to walk to"
        heading = screen.buffer.text().split("\n")[shown.line - 1]
        await pilot.press("x")
        await until(pilot, lambda: "x" in screen.buffer.text() or "x" in screen.editor.text, "the typed x")
        screen._store()
        assert screen.buffer.text().split("\n")[shown.line - 1] == heading


@aio
async def test_the_note_goes_once_the_writer_fixes_its_finding(tmp_path: Path) -> None:
    """F7 selects a finding's words and shows its message; typing over them fixes it, and the status line must
    not go on showing a problem that is gone (the writer would look for it)."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        gone = await walk_to(pilot, screen, lambda f: f.rule == "wording")
        assert gone.rule == "wording" and gone.message in str(screen.query_one("#status").content)
        await pilot.press("o", "k")  # typed over the selected words, as in Word
        await until(
            pilot,
            lambda: (
                screen.checked_version == screen.buffer.version
                and (gone.rule, gone.line, gone.message)
                not in {(f.rule, f.line, f.message) for f in screen.result.findings}
            ),
            "the check of the fixed text",
        )
        await until(pilot, lambda: gone.message not in str(screen.query_one("#status").content), "the note to go")
        assert screen.note == "" and screen.cursor_place()[0] == gone.line  # the cursor never left the line


@aio
async def test_f3_takes_the_focus_to_the_finding_list_and_back(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        lv = screen.query_one("#findings", ListView)
        await pilot.press("f3")
        await pilot.pause()
        assert app.focused is lv and lv.index == 0
        assert lv.highlighted_child is not None and lv.highlighted_child.has_class("-highlight")
        await pilot.press("down")
        target = lv.highlighted_child.finding  # type: ignore[union-attr]
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is screen.editor
        if target.line is not None and target.length:
            assert screen.cursor_place()[0] == target.line
        elif target.line is not None:  # about the whole part: where to write in it, as F7 goes, not its heading
            assert screen.editor.cursor_location[0] not in screen.heads()
        await pilot.press("f3")
        await pilot.pause()
        assert app.focused is lv
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is screen.editor
        await pilot.press("f3", "f3")  # to the list and straight back: the panel put away, the focus kept
        await pilot.pause()
        assert app.focused is screen.editor and not screen.has_class("-side-toggled")


# ---------------------------------------------------------------- 3. Ctrl+F / Ctrl+H


@aio
async def test_find_goes_through_the_whole_draft_with_a_count(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.move_cursor((0, 0))
        await pilot.press("ctrl+f")
        bar = screen.query_one(FindBar)
        assert bar.display and app.focused is bar.query_one("#find-text", Input)
        await type_text(pilot, "法制")
        await pilot.pause()
        count = screen.query_one("#find-count")
        assert str(count.content) == "共3处"
        parts = []
        for n in (1, 2, 3):
            await pilot.press("enter")
            await pilot.pause()
            assert str(count.content).startswith(f"第{n}处/共3处")
            assert screen.editor.selected_text == "法制"
            parts.append(screen.current)
        assert parts == sorted(parts) and len(set(parts)) == 3  # measures, shortcomings, plan
        await pilot.press("enter")
        await pilot.pause()
        assert "从头" in str(count.content) and screen.current == parts[0]
        await pilot.press("up")
        await pilot.pause()
        assert screen.current == parts[2] and str(count.content).startswith("第3处/共3处")
        await pilot.press("escape")
        await pilot.pause()
        assert not bar.display and app.focused is screen.editor


@aio
async def test_replace_one_and_replace_all_with_a_count(tmp_path: Path) -> None:
    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.move_cursor((0, 0))
        await pilot.press("ctrl+h")
        bar = screen.query_one(FindBar)
        assert bar.has_class("-replace") and bar.query_one("#replace-row").display
        await type_text(pilot, "法制")
        bar.query_one("#replace-text", Input).value = "法治"
        await pilot.press("enter")  # shows the first
        await pilot.press("ctrl+r")  # replaces it and shows the next
        await pilot.pause()
        assert str(screen.query_one("#find-count").content).startswith("第1处/共2处")
        assert "开展法治宣传活动8场" in screen.buffer.text() and screen.editor.selected_text == "法制"
        await pilot.press("alt+a")
        await pilot.pause()
        assert "已全部替换2处" in str(screen.query_one("#find-count").content)
        assert "法制" not in screen.buffer.text()
        await pilot.press("escape")
        await pilot.pause()
        assert not bar.display
        await pilot.press("ctrl+r")  # where the terminal sends Ctrl+H as Backspace
        await pilot.pause()
        assert bar.display and bar.has_class("-replace") and app.focused is bar.query_one("#find-text", Input)
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    assert "法制" not in path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- 4. paragraphs


@aio
async def test_paragraph_select_delete_move_and_undo(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        editor = screen.editor
        start = editor.text
        row = row_of(start, "开展法制宣传活动")
        editor.move_cursor((row, 3))
        await pilot.press("f6")
        assert editor.selected_text == "开展法制宣传活动8场。"
        editor.move_cursor((row, 3))
        await pilot.press("alt+up")
        await pilot.pause()
        moved = editor.text
        assert row_of(moved, "开展法制宣传活动") < row_of(moved, "全年办理行政复议")
        assert row_of(moved, "开展法制宣传活动") == editor.cursor_location[0]  # the cursor goes with it
        await pilot.press("alt+up")  # never above the part's heading
        assert editor.text == moved
        await pilot.press("alt+down", "alt+down")
        await pilot.pause()
        assert row_of(editor.text, "开展法制宣传活动") > row_of(editor.text, "聘请法律顾问")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert "开展法制宣传活动" not in editor.text and "\n\n\n" not in editor.text
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "开展法制宣传活动" in editor.text
        await pilot.press("ctrl+z", "ctrl+z", "ctrl+z")
        await pilot.pause()
        assert editor.text == start  # each key one undo step


def test_paragraphs_keep_headings_and_comments_apart() -> None:
    lines = ["## 一、举措", "", "<!-- 去年原文：甲 -->", "第一行", "第二行", "", "### （一）标题", "正文"]
    assert editing.paragraphs(lines) == [(0, 0), (2, 2), (3, 4), (6, 6), (7, 7)]
    assert editing.select_paragraph(lines, 4) == ((3, 0), (4, 3))
    assert editing.paragraph_at(lines, 1) is None
    change = editing.delete_paragraph(lines, 7)
    assert change is not None and change.start == (6, len(lines[6]))


# ---------------------------------------------------------------- 5. 采用去年原文 / 清理去年原文


@aio
async def test_adopt_and_clean_last_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    path = make_draft("", None, 2024, str(SEED_TOWNSHIP), str(tmp_path / "rf.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        editor = screen.editor
        assert "<!--" not in editor.text  # last year's text is beside the part, not in it
        entries = editing.last_year_entries(screen.section_now().split("\n"))
        head, para = entries[0], next(e for e in entries if not e.heading)
        assert head.heading and head.words.startswith("（一）")
        row = editor.cursor_location[0]
        assert editor.text.split("\n")[row] == ""
        await pilot.press("ctrl+o")  # the first of last year's entries, at the cursor: an item heading
        await pilot.pause()
        assert editor.text.split("\n")[row] == head.words and editor.cursor_location == (row, len(head.words))
        assert f"### {head.words}" in screen.section_now().split("\n")  # a heading in the file
        await pilot.press("enter")  # a paragraph of its own: Enter leaves the blank line between
        await pilot.press("ctrl+o")  # then its first paragraph
        await pilot.pause()
        words = para.words
        assert editor.text.split("\n")[row + 2] == words and editor.cursor_location == (row + 2, len(words))
        await settle(pilot, app)
        assert any(b.text == words for b in screen.result.parts["measures"].blocks)  # now report text
        adopted = editing.last_year_entries(screen.section_now().split("\n"))
        assert [e.adopted for e in adopted][:2] == [True, True]  # the pane marks them 已采用
        left = sum(1 for ln in screen.section_now().split("\n") if editing.is_last_year(ln))
        assert left > 3
        shown = editor.text
        screen.action_clean_last_year()
        await pilot.pause()
        assert not any(editing.is_last_year(ln) for ln in screen.section_now().split("\n"))
        assert editor.text == shown  # the writer's text stays; the promises too
        assert words in screen.section_now() and "去年报告的工作安排" in screen.section_now()


# ---------------------------------------------------------------- 6. where the writer stopped


@aio
async def test_reopens_where_the_writer_stopped(tmp_path: Path) -> None:
    path = write_draft(tmp_path)
    before = path.read_bytes()
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f8", "f8")  # the duties part
        screen = draft_screen(app)
        screen.editor.move_cursor((2, 4))
        await pilot.pause()
        stopped = screen.cursor_place()
        await pilot.press("ctrl+q")
    assert path.read_bytes() == before  # nothing of it in the draft
    saved = place.load(path)
    assert saved is not None and (saved.line, saved.col) == stopped
    assert place.place_path(path).name == ".w.md.place"
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert screen.section_parts()[screen.current] == "duties"
        assert screen.cursor_place() == stopped


@aio
async def test_fresh_rolled_forward_draft_opens_on_a_line_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    path = make_draft("", None, 2024, str(SEED_TOWNSHIP), str(tmp_path / "fresh.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        row = screen.editor.cursor_location[0]
        line = screen.editor.text.split("\n")[row]
        assert not line.strip() and row == 1  # the blank row under the part's heading
        assert screen.editor.text.split("\n")[0].startswith("一、")
