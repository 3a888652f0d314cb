"""Notices (toasts) never cover the text being typed: at 80×24 and 120×40, with the side panel shown or
put away (F3), a long notice stays over the outline or the panel, beside the editor (issue 28)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from drafter.app.app import DrafterApp, Launch

from .helpers.app import _home, aio, draft_screen, new_draft, settle, until  # noqa: F401 (_home: autouse)

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
