"""A word processor's keys that a terminal carries (issue 28): each move through Textual's Pilot, real files."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.dialogs import Ask
from drafter.app.widgets.findbar import FindBar

from .helpers.app import _home, aio, click, draft_screen, settle, type_text, until, write_draft  # noqa: F401 (_home: autouse)


def _laid_out(app: DrafterApp, button: str) -> bool:
    """The question is up and its button has its place on screen (a click before layout hits nothing)."""
    return isinstance(app.screen, Ask) and bool(q := app.screen.query(button)) and q.first().region.area > 0


@aio
async def test_ctrl_home_end_select_all_and_shift_arrows(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        editor = draft_screen(app).editor
        editor.move_cursor((1, 0))
        await pilot.press("ctrl+end")
        assert editor.cursor_location == editor.document.end
        await pilot.press("ctrl+home")
        assert editor.cursor_location == (0, 0)
        await pilot.press("ctrl+shift+end")
        assert editor.selected_text == editor.text
        await pilot.press("ctrl+home", "shift+right", "shift+right")
        assert editor.selected_text == editor.text[:2]
        await pilot.press("ctrl+a")
        assert editor.selected_text == editor.text


@aio
async def test_undo_redo_cut_and_paste(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        editor = draft_screen(app).editor
        before = editor.text
        await pilot.press("ctrl+end")
        for ch in "abc":
            await pilot.press(ch)
        assert editor.text == before + "abc"
        await pilot.press("ctrl+z")
        assert editor.text == before
        await pilot.press("ctrl+y")
        assert editor.text == before + "abc"
        await pilot.press("shift+left", "shift+left", "ctrl+x")
        assert editor.text == before + "a"
        await pilot.press("ctrl+home", "ctrl+v")
        assert editor.text.startswith("bc") and editor.text.endswith("a")


@aio
async def test_find_enter_and_shift_enter_and_fields_keep_their_words(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.move_cursor((0, 0))
        await pilot.press("ctrl+f")
        bar = screen.query_one(FindBar)
        find = bar.query_one("#find-text", Input)
        await type_text(pilot, "法制")
        await pilot.press("enter")
        first = (screen.current, screen.editor.selection)
        await pilot.press("enter")
        assert (screen.current, screen.editor.selection) != first
        await pilot.press("shift+enter")
        assert (screen.current, screen.editor.selection) == first
        await pilot.press("ctrl+r")  # 替换 opens under it: the words looked for stay
        await pilot.pause()
        replace = bar.query_one("#replace-text", Input)
        assert find.value == "法制" and app.focused is replace
        await type_text(pilot, "法治")
        await pilot.press("tab")  # 替换为 → 替换 → 全部替换 → 查找: a keyboard alone reaches the buttons
        assert app.focused is bar.query_one("#replace-one", Button)
        await pilot.press("tab")
        assert app.focused is bar.query_one("#replace-all", Button)
        await pilot.press("tab")
        assert app.focused is find and find.value == "法制"
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert app.focused is replace and replace.value == "法治"
        await pilot.press(*["shift+tab"] * 4)  # round the bar, never into the editor (its match is selected)
        assert app.focused is replace
        assert "法制" in screen.editor.selected_text


@aio
async def test_an_empty_replacement_asks_before_deleting(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("ctrl+r")
        bar = screen.query_one(FindBar)
        await type_text(pilot, "法制")
        await pilot.press("enter")
        n = screen.buffer.text().count("法制")
        bar.query_one("#replace-all", Button).press()
        await until(pilot, lambda: _laid_out(app, "#choice-keep"), "the question")
        await click(pilot, "#choice-keep")
        await until(pilot, lambda: not isinstance(app.screen, Ask), "the answer")
        assert screen.buffer.text().count("法制") == n  # nothing deleted
        bar.query_one("#replace-all", Button).press()
        await until(pilot, lambda: _laid_out(app, "#choice-delete"), "asked again")
        await click(pilot, "#choice-delete")
        await until(pilot, lambda: "已全部替换" in str(bar.query_one("#find-count").content), "replaced")
        assert "法制" not in screen.buffer.text()


@aio
async def test_last_years_text_beside_the_part_marked_adopted_until_rewritten(tmp_path: Path) -> None:
    from drafter.app.drafts import make_draft

    from .conftest import seed

    path = make_draft("", None, 2024, str(seed("002")), str(tmp_path / "y.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        guide = screen.query_one("#guide-text")
        assert "去年原文（" in str(guide.content) and "已采用0段" in str(guide.content)
        assert "<!--" not in screen.editor.text  # beside the part, not in it
        await pilot.press("ctrl+o")  # last year's first item heading at the cursor
        await pilot.press("enter", "enter")
        await pilot.press("ctrl+o")  # then its first paragraph
        await settle(pilot, app)
        assert "已采用1段" in str(guide.content) and "已采用未改写" in str(guide.content)
        await pilot.press("end")
        await type_text(pilot, "今年又开展了两次。")
        await settle(pilot, app)
        assert "已采用0段" in str(guide.content)


@aio
async def test_replace_all_by_keyboard_alone(tmp_path: Path) -> None:
    """Tab to 全部替换 and Enter: every match replaced, in every part, without a mouse or Alt."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        n = screen.buffer.text().count("法制")
        assert n >= 2
        await pilot.press("ctrl+r")
        await type_text(pilot, "法制")
        await pilot.press("tab")
        await type_text(pilot, "法治")
        await pilot.press("tab", "tab", "enter")
        await until(pilot, lambda: "法制" not in screen.buffer.text() + screen.section_now(), "all replaced")
        bar = screen.query_one(FindBar)
        assert "已全部替换" in str(bar.query_one("#find-count", Static).content)
