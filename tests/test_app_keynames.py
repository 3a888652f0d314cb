"""Keys named as a Chinese Windows (Word/WPS) user reads them — Ctrl+S, F7, Esc — the same in the footer,
F1 and the command palette (the footer said "^s 保存", "f7 下一问题" in Textual's spelling)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.binding import Binding

from drafter.app.app import DrafterApp, Launch
from drafter.app.keys import key_name
from drafter.app.palette import DraftCommands
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.help import HELP
from drafter.app.screens.start import StartScreen

from .helpers.app import _home, aio, draft_screen, footer_row, rows, settle, until, write_draft  # noqa: F401 (_home: autouse)

# a key in Textual's spelling: ^s, ctrl+s, a lowercase f7, esc
TEXTUAL = re.compile(r"\^[a-z]|\b(?:ctrl|shift|alt)\+|\bf\d{1,2}\b|\besc\b")
# a key as written for people: Ctrl+S, Shift+F7, Alt+↑, F1, Esc
WRITTEN = re.compile(r"(?:(?:Ctrl|Shift|Alt)\+)*(?:F\d{1,2}|[A-Z]|Esc|Enter|Tab|Delete|Home|End|PgUp|PgDn|[↑↓←→])")


def test_keys_as_a_word_user_reads_them() -> None:
    assert key_name("ctrl+s") == "Ctrl+S"
    assert key_name("f7") == "F7"
    assert key_name("shift+f7") == "Shift+F7"
    assert key_name("escape") == "Esc"
    assert key_name("alt+up") == "Alt+↑"
    assert key_name("ctrl+shift+home") == "Ctrl+Shift+Home"
    assert TEXTUAL.search("^s 保存") and TEXTUAL.search("f7 下一问题") and not TEXTUAL.search("Ctrl+S 保存 F7 下一问题")


def _footer_keys(app: DrafterApp) -> list[str]:
    """The keys the footer shows, read off the screen's last row ("F7 下一问题 Ctrl+S 保存 …")."""
    words = rows(app)[-1].split()
    return [w for w in words if not re.search(r"[\u4e00-\u9fff]", w)]


@aio
async def test_the_footer_names_keys_as_word_does(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        shown = await footer_row(pilot, app)
        for label in ("Ctrl+S 保存", "F7 下一问题", "F2 设置", "F3 问题", "Ctrl+Q 退出", "F1 帮助"):
            assert label in shown, shown
        assert not TEXTUAL.search(shown), shown
        assert all(WRITTEN.fullmatch(k) for k in _footer_keys(app)), shown
        await pilot.press("f3")  # the finding list: Esc 返回 joins them
        await until(pilot, lambda: "返回" in rows(app)[-1], "the finding list's keys")
        assert "Esc 返回" in rows(app)[-1] and not TEXTUAL.search(rows(app)[-1]), rows(app)[-1]
        assert "Ctrl+Q 退出" in rows(app)[-1] and "F1 帮助" in rows(app)[-1], rows(app)[-1]


@aio
async def test_the_start_screen_footer_names_keys_as_word_does(tmp_path: Path) -> None:
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StartScreen), "the start screen")
        await until(pilot, lambda: "退出" in rows(app)[-1], "the footer drawn")
        shown = rows(app)[-1]
        assert "F2 新建草稿" in shown and "Ctrl+Q 退出" in shown and not TEXTUAL.search(shown), shown


def _bindings() -> dict[str, list[str]]:
    """Action → the keys bound to it on the drafting screen, as the writer reads them."""
    out: dict[str, list[str]] = {}
    for b in [*DrafterApp.BINDINGS, *DraftScreen.BINDINGS]:
        assert isinstance(b, Binding)
        out.setdefault(b.action, []).extend(key_name(k.strip()) for k in b.key.split(","))
    return out


def _action(fn: Callable[[], object]) -> str | None:
    """The binding action a palette command runs: ``screen.action_save`` → "save"."""
    if isinstance(fn, partial):
        if getattr(fn.func, "__name__", "") == "run_action":
            return str(fn.args[0])
        name = getattr(fn.func, "__name__", "")
        args = ", ".join(str(a) for a in fn.args)
        return f"{name.removeprefix('action_')}({args})" if name.startswith("action_") else None
    name = getattr(fn, "__name__", "")
    return name.removeprefix("action_") if name.startswith("action_") else None


@aio
async def test_f1_and_the_palette_name_each_key_as_the_footer_does(tmp_path: Path) -> None:
    """Each key of the drafting screen is in F1 as the footer shows it, and each palette command with a key
    names that key, in the footer's spelling ("保存 … （Ctrl+S）")."""
    bound = _bindings()
    for keys in bound.values():
        assert all(k in HELP for k in keys if k != "Ctrl+H"), keys  # Ctrl+H: HELP says why Ctrl+R instead
    assert not TEXTUAL.search(HELP)
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        commands = DraftCommands(draft_screen(app))._commands()
        checked = 0
        for name, help_text, fn in commands:
            assert not TEXTUAL.search(help_text), (name, help_text)
            action = _action(fn)
            if action in bound:
                said = re.search(r"（([^（）]+)）$", help_text)
                assert said is not None and said.group(1) in bound[action], (name, help_text, bound[action])
                checked += 1
        assert checked >= 15, checked


@aio
async def test_the_find_bar_says_esc_closes_it(tmp_path: Path) -> None:
    """Ctrl+F at 80×24: the footer says how to close the bar, and 退出, 帮助 still fit beside it."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+f")
        await until(pilot, lambda: "Esc 关闭" in rows(app)[-1], "Esc 关闭 in the footer")
        shown = rows(app)[-1]
        assert "Ctrl+Q 退出" in shown and "F1 帮助" in shown, shown
        await pilot.press("escape")
        await until(pilot, lambda: "关闭" not in rows(app)[-1], "the bar closed, its key gone")
