"""Reopening where the writer stopped (app/place.py), as a writer does it: write in the third part of a
rolled-forward draft, save, quit, open again — the same part, cursor, scroll and the same rows on screen;
and after 不保存，退出 the place comes back too, within the draft as saved."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from textual.pilot import Pilot

from drafter.app import place
from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.dialogs import Ask
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.start import make_draft
from drafter.app.view import View

from .conftest import seed
from .helpers.app import STEP, _home, aio, draft_screen, rows, settle, until  # noqa: F401 (_home: autouse)


async def _opened(pilot: Pilot[None]) -> DraftScreen:
    """The drafting screen once checked and its place's scroll applied (it waits for the layout)."""
    await settle(pilot, pilot.app)
    screen = draft_screen(pilot.app)  # type: ignore[arg-type]
    await until(
        pilot,
        lambda: screen.editor.pending_scroll is None or round(screen.editor.scroll_y) == screen.editor.pending_scroll,
        "the place's scroll applied",
    )
    await pilot.pause()
    return screen


def _editor_rows(app: DrafterApp, screen: DraftScreen) -> list[str]:
    return rows(app, screen.editor)


async def _write_in_part_three(pilot: Pilot[None], n: int = 15) -> tuple[DraftScreen, str]:
    """``n`` paragraphs typed at the end of the third part (15: longer than the editor), the cursor
    then up a few rows: the view scrolled, the cursor not on its last row."""
    screen = await _opened(pilot)
    await pilot.press("f8", "f8")
    await pilot.pause()
    editor = screen.editor
    editor.move_cursor(editor.document.end)
    paras = [
        f"第{n}段：主要负责人带头学法，全年专题学法{n}次，听取法治政府建设工作汇报{n}次。" for n in range(1, n + 1)
    ]
    editor.insert("\n\n".join(paras))  # on the part's last (empty) line: 1 paragraph adds no line
    await settle(pilot, pilot.app)
    row = editor.cursor_location[0]
    editor.move_cursor((max(row - 4, 0), 3))
    await pilot.pause()
    return screen, screen.section_parts()[screen.current]


@aio
async def test_save_quit_reopen_comes_back_to_the_same_part_cursor_scroll_and_rows(tmp_path: Path) -> None:
    path = make_draft("", None, 2024, str(seed("002")), str(tmp_path / "y.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, part = await _write_in_part_three(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert not screen.dirty
        stopped, top = screen.cursor_place(), round(screen.editor.scroll_y)
        seen = _editor_rows(app, screen)
        await pilot.press("ctrl+q")
    assert part == "duties" and top > 0
    assert "全年专题学法15次" in path.read_text(encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _opened(pilot)
        assert screen.section_parts()[screen.current] == part
        assert screen.cursor_place() == stopped and round(screen.editor.scroll_y) == top
        assert _editor_rows(app, screen) == seen


async def _quit_without_saving(pilot: Pilot[None], app: DrafterApp) -> None:
    """Ctrl+Q, then 不保存，退出; returns once the app has ended."""
    await pilot.press("ctrl+q")
    await until(pilot, lambda: isinstance(app.screen, Ask), "Ctrl+Q asks about the unsaved text")
    app.screen.query_one("#choice-discard").press()
    deadline = time.monotonic() + STEP  # a last guard; not pilot.pause: it waits on screens that are closing
    while app.return_code is None and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert app.return_code is not None


@aio
async def test_after_quitting_without_saving_the_place_is_kept_within_the_saved_draft(tmp_path: Path) -> None:
    path = make_draft("", None, 2024, str(seed("002")), str(tmp_path / "y.md"))
    before = path.read_bytes()
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, part = await _write_in_part_three(pilot, 1)  # the saved draft has the same lines
        stopped = screen.cursor_place()
        await _quit_without_saving(pilot, app)
    assert path.read_bytes() == before  # 不保存: the draft as it was
    saved = place.load(path)
    assert saved is not None and saved.line == stopped[0]
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _opened(pilot)
        assert screen.section_parts()[screen.current] == part  # the same part, its line as saved
        assert screen.cursor_place()[0] == stopped[0]


@aio
async def test_paragraphs_thrown_away_do_not_move_the_place_into_another_part(tmp_path: Path) -> None:
    """15 paragraphs typed in part three, then 不保存: the draft as saved is shorter, so the place the
    cursor had would land in part four; it comes back in part three."""
    path = make_draft("", None, 2024, str(seed("002")), str(tmp_path / "y.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen, part = await _write_in_part_three(pilot, 15)
        await _quit_without_saving(pilot, app)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _opened(pilot)
        assert part == "duties" and screen.section_parts()[screen.current] == part


ROLLED = (
    "## 一、2025年度推进法治政府建设的主要举措和成效\n\n<!-- 去年标题：（一）加强领导 -->\n\n"
    "<!-- 去年原文：一是高度重视。 -->\n\n<!-- 去年标题：（二）规范执法 -->\n\n<!-- 去年原文：二是规范执法。 -->\n"
)


def _typed_at(section: str) -> str:
    """What the editor shows on the row where F7/F8 put the cursor, and the text after the cursor."""
    view = View.of(section)
    row, col = view.to_view(*place.writing_spot(section))
    return view.rows[row].text[col:]


def test_a_rolled_forward_part_is_written_on_an_empty_row() -> None:
    assert _typed_at(ROLLED) == ""


def test_text_written_under_a_later_item_is_never_pushed_aside() -> None:
    """Text under the second item and none under the first: the first item's spot has no row of its own
    (its comment and the blank after it are hidden), so the cursor goes after what is written."""
    written = ROLLED + "\n二是今年办理行政处罚案件120件。\n"
    assert _typed_at(written) == ""
    view = View.of(written)
    row, col = view.to_view(*place.writing_spot(written))
    assert (view.rows[row].text, col) == ("二是今年办理行政处罚案件120件。", len("二是今年办理行政处罚案件120件。"))
