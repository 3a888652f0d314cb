"""Notices (toasts) never cover the text being typed: at 80×24 and 120×40, with the side panel shown or
put away (F3), a long notice stays over the outline or the panel, beside the editor (issue 28)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets._toast import Toast

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.onewriter import SAVED

from .helpers.app import _home, aio, draft_screen, new_draft, rows, settle, until  # noqa: F401 (_home: autouse)

LONG = "已导出到 /home/某单位/文档/法治政府建设/2025年度/柳河镇人民政府关于2025年度法治政府建设情况的报告.docx"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@aio
async def test_a_long_notice_stays_off_the_editor(tmp_path: Path, size: tuple[int, int]) -> None:
    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        for toggled in (False, True):
            if toggled:
                await pilot.press("f3")
            screen.notify(LONG, timeout=30)
            screen.notify("已保存到 x.md", timeout=30)

            def both_shown() -> bool:
                shown = list(app.screen.query(Toast))
                return len(shown) >= 2 and all(t.region.area for t in shown)

            await until(pilot, both_shown, "both notices laid out")
            toasts = list(app.screen.query(Toast))
            editor = screen.editor.region
            assert toasts and editor.area
            for t in toasts:
                assert not t.region.overlaps(editor), (size, toggled, t.region, editor)
            app.clear_notifications()
            await pilot.pause()


def _one_line(app: DrafterApp, words: str) -> bool:
    """A notice saying ``words`` is drawn on one row of the screen, within its box."""
    toasts = [t for t in app.screen.query(Toast) if t.region.area]
    hits = [t for t in toasts if any(words in row for row in rows(app, t))]
    return bool(hits) and all(t.region.height == 1 and cell_len(words) <= t.content_region.width for t in hits)


@aio
async def test_the_save_notice_is_one_line_at_80x24(tmp_path: Path) -> None:
    """Ctrl+S said "已保存到 /home/…/x.md", three or four rows beside the editor at 80×24."""
    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("ctrl+end", "a")
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.dirty and bool(app.screen.query(Toast)), "the save and its notice")
        await until(pilot, lambda: any(t.region.area for t in app.screen.query(Toast)), "the notice laid out")
        assert _one_line(app, SAVED), [rows(app, t) for t in app.screen.query(Toast)]
        assert [n.message for n in app._notifications] == [SAVED]


def _drawn(app: DrafterApp, words: str) -> list[Toast]:
    """The notices drawn on screen saying ``words`` (read back from the rows they take, spaces aside); a
    notice still being laid out (no area yet, or rows below the screen's last) is not drawn yet."""
    want = words.replace(" ", "").replace("\n", "")
    height = app.screen.size.height
    shown = [t for t in app.screen.query(Toast) if t.region.area and t.content_region.bottom <= height]
    return [t for t in shown if want in "".join(_text_rows(app, t)).replace(" ", "")]


def _text_rows(app: DrafterApp, toast: Toast) -> list[str]:
    """The rows of a notice's words, inside its border and padding, as the screen draws them."""
    strips = app.screen._compositor.render_strips()
    r = toast.content_region
    return [strips[y].crop(r.x, r.right).text.strip() for y in range(r.y, r.bottom)]


async def _fits_two_rows(pilot, app: DrafterApp, words: str) -> None:  # type: ignore[no-untyped-def]
    """The notice saying ``words`` is drawn whole on at most two rows at 80 columns, a phrase a row: no
    row cuts a word or parts a key from what it does (old: 报告设置已更改（按 | Ctrl+S 保存到草稿）)."""
    await until(pilot, lambda: any(n.message == words for n in app._notifications), f"the notice {words}")
    await until(pilot, lambda: bool(_drawn(app, words)), f"the notice {words} drawn whole")
    for t in _drawn(app, words):
        assert t.region.height <= 2 and _text_rows(app, t) == words.split("\n"), rows(app, t)


@pytest.mark.parametrize("choice", ["recover", "escape"])
@aio
async def test_the_recovery_notices_take_two_rows_at_80x24(tmp_path: Path, choice: str) -> None:
    """After a crash: 已恢复自动保存的内容（尚未保存到草稿，按 Ctrl+S 保存） took four rows beside the editor,
    自动保存的内容已保留；下次打开时会再询问 three; each now two, still saying what to do."""
    import os
    import time

    from drafter.app.buffer import autosave_path
    from drafter.app.screens.dialogs import Ask
    from drafter.app.screens.onewriter import KEPT, RECOVERED

    path = new_draft(tmp_path)
    copy = autosave_path(path)
    copy.write_text(path.read_text(encoding="utf-8") + "\n崩溃前写下的一段话。\n", encoding="utf-8")
    later = time.time() + 5
    os.utime(copy, (later, later))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, Ask), "the recovery dialog")
        if choice == "recover":
            await pilot.click("#choice-recover")
        else:
            await pilot.press("escape")
        await _fits_two_rows(pilot, app, RECOVERED if choice == "recover" else KEPT)


@aio
async def test_the_settings_notice_takes_two_rows_at_80x24(tmp_path: Path) -> None:
    """F2 确定: 报告设置已更改（按 Ctrl+S 保存到草稿） took two or three rows, 按 parted from its key."""
    from drafter.app.screens.draft import META_CHANGED
    from drafter.app.screens.meta import MetaScreen

    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, MetaScreen), "the settings form")
        await pilot.click("#meta-ok")
        await until(pilot, lambda: not isinstance(app.screen, MetaScreen), "the form closed")
        await _fits_two_rows(pilot, app, META_CHANGED)


@aio
async def test_f1_help_opens_clear_of_notices(tmp_path: Path) -> None:
    """A notice still on screen at F1 stood on the help box's top border (Textual shows the toasts on the
    screen on top, the help's): F1 is the writer turning to read, the notices go."""
    from drafter.app.screens.help import HelpScreen

    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        draft_screen(app).notify(LONG, timeout=30)
        await until(pilot, lambda: any(t.region.area for t in app.screen.query(Toast)), "the notice laid out")
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        box = app.screen.query_one("#help-box")
        await until(pilot, lambda: bool(box.region.area), "the help box laid out")
        await pilot.pause()
        over = [t.region for t in app.screen.query(Toast) if t.region.overlaps(box.region)]
        assert not over, (over, box.region)
        assert not app._notifications
