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
