"""What a Word user expects of the drafting screen, found walking through the app at 80x24 (Pilot, real files)."""

from __future__ import annotations

import itertools
from pathlib import Path

from textual.widgets import Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.linebreak import break_points

from .helpers.app import _home, aio, draft_screen, settle, until, write_draft  # noqa: F401 (_home: autouse)


def _status(app: DrafterApp) -> str:
    return str(draft_screen(app).query_one("#status", Static).content)


@aio
async def test_undo_back_to_the_saved_text_is_saved_again(tmp_path: Path) -> None:
    """The 未保存 mark follows the text, as in Word: typed and undone is the draft as on disk."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert "已保存" in _status(app)
        await pilot.press("ctrl+end", "a", "b")
        await settle(pilot, app)
        assert screen.dirty and "未保存" in _status(app)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: "ab" not in screen.editor.text, "the undo")
        await settle(pilot, app)
        assert not screen.dirty
        assert "已保存" in _status(app), _status(app)
        await pilot.press("ctrl+q")  # nothing to ask: the text is the draft's
        await until(pilot, lambda: app.return_code is not None or not app.is_running, "the app to quit")


@aio
async def test_the_editor_shows_all_its_words_after_the_side_panel_goes(tmp_path: Path) -> None:
    """F3 then Esc at 80 columns: the editor grows back and re-wraps (it showed the lines cut at the
    panel's width, words lost between rows, until the cursor moved)."""
    from .helpers.app import rows, type_text

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("ctrl+end", "enter")
        words = "2026年，我镇将继续深化综合行政执法改革，加强执法人员培训，全年组织培训不少于4次。"
        await type_text(pilot, words)
        await settle(pilot, app)
        editor = screen.editor

        def shown() -> str:
            return "".join(r.strip() for r in rows(app, editor))

        await until(pilot, lambda: words in shown(), "the paragraph drawn")
        await pilot.press("f3")
        await until(pilot, lambda: screen.focused is not editor and words in shown(), "the panel open")
        await pilot.press("escape")
        await until(pilot, lambda: screen.focused is editor, "back in the editor")
        await until(pilot, lambda: editor.region.width > 50, "the editor wide again")

        def wrapped_now() -> bool:
            """The paragraph's rows on screen are those of the editor's width now."""
            cuts = [0, *break_points(words, editor.wrap_width), len(words)]
            want = [words[a:b] for a, b in itertools.pairwise(cuts)]
            drawn = [r.strip() for r in rows(app, editor)]
            return any(drawn[i : i + len(want)] == want for i in range(len(drawn)))

        await until(pilot, wrapped_now, "the paragraph drawn at the editor's width")
