"""F1 opens fast: its text is made once and kept laid out, its screen kept between openings, and it
imports nothing of the checks (bench/help_bench.py measures the time; tests never assert times)."""

from __future__ import annotations

import subprocess
import sys

from textual.containers import VerticalScroll

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.help import HELP, HelpScreen, help_lines

from .helpers.app import _home, aio, draft_screen, new_draft, settle  # noqa: F401 (_home: autouse)


def test_the_help_is_built_without_the_checks() -> None:
    code = (
        "import sys\n"
        "from drafter.app.screens.help import help_lines\n"
        "help_lines()\n"
        "print(' '.join(m for m in sys.modules if m.startswith('drafter.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out and not [m for m in out if m.startswith(("drafter.checks", "drafter.ruledocs", "drafter.readers"))]


def test_the_help_text_is_laid_out_once_per_width() -> None:
    from rich.console import Console

    lines = help_lines()
    console = Console(width=70, record=False)
    first = list(lines.__rich_console__(console, console.options))
    again = list(lines.__rich_console__(console, console.options))
    assert first and all(a is b for a, b in zip(first, again, strict=True))
    assert "忽略说明" in lines.plain and "<!-- 去年原文" in lines.plain  # comments shown, not eaten as markup
    assert "**" not in lines.plain and len(HELP) > len(lines.plain) // 2


@aio
async def test_f1_shows_the_same_help_again_from_its_top(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, HelpScreen)
        box = first.query_one("#help-text", VerticalScroll)
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert box.scroll_y > 0
        await pilot.press("escape")
        await pilot.pause()
        draft_screen(app)
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen is first and box.scroll_y == 0 and app.focused is box
        await pilot.press("escape")
        await pilot.pause()
        draft_screen(app)


@aio
async def test_a_key_wrapped_onto_more_rows_stands_under_its_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """At 80×24 a key's line of F1 wraps under its words, not under the bullet (a Word list's hanging
    indent): the rows after "· Ctrl+S" start two columns in until the next key."""
    from .helpers.app import rows, until

    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        body = app.screen.query_one("#help-body")
        box = app.screen.query_one("#help-text", VerticalScroll)
        await until(pilot, lambda: body.region.height > 0, "the help laid out")
        lines = [t.plain for t in help_lines().lines(body.content_region.width)]
        box.scroll_to(y=next(i for i, t in enumerate(lines) if t.startswith("· Ctrl+S")), animate=False)

        def shown() -> list[str]:
            return [r[1:] for r in rows(app, box)]  # the box's rows, its padding cut

        await until(pilot, lambda: bool(shown()) and shown()[0].startswith("· Ctrl+S"), "Ctrl+S at the top")
        seen = shown()
        after = seen[1 : next(i for i in range(1, len(seen)) if seen[i].startswith("· "))]
        assert after and all(r.startswith("  ") and r[2] != " " for r in after), seen[:4]
