"""Every word on screen Chinese, and everything fits 80×24 (issue 28): Pilot tests on real drafts."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Footer
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast

from drafter.app.app import DrafterApp, Launch

from .helpers.app import _home, aio, draft_screen, settle, until, write_draft  # noqa: F401 (_home: autouse)


@aio
async def test_footer_keys_all_fit_at_80_columns(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        footer = app.screen.query_one(Footer)
        keys = list(footer.query(FooterKey))
        labels = [k.description for k in keys]
        # every key but Ctrl+F, which every Word user knows (F1 lists it): "Ctrl+S 保存" is wider than "^s 保存"
        assert {"保存", "帮助", "退出", "下一部分", "下一问题", "问题", "设置"} <= set(labels), labels
        assert all(k.region.right <= 80 and k.region.width > 0 for k in keys), [(k.description, k.region) for k in keys]
        await pilot.press("ctrl+r")  # the find bar open: still every key shown fits
        await pilot.pause()
        keys = list(footer.query(FooterKey))
        assert "退出" in [k.description for k in keys]
        assert all(k.region.right <= 80 and k.region.width > 0 for k in keys), [(k.description, k.region) for k in keys]


@aio
async def test_esc_in_the_finding_list_brings_the_outline_back(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f3")
        await until(pilot, lambda: screen.query_one("#side").display and not screen.query_one("#outline").display, "F3")
        await pilot.press("escape")
        await until(pilot, lambda: app.focused is screen.editor, "back in the editor")
        await pilot.pause()
        assert screen.query_one("#outline").region.width > 0
        assert screen.query_one("#side").region.width == 0


@aio
async def test_f7_names_the_rule_in_chinese(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f7")
        await pilot.pause()
        assert screen.note and screen.result is not None
        assert not any(f.rule in screen.note for f in screen.result.findings), screen.note


@aio
async def test_a_notice_never_covers_the_editor(tmp_path: Path) -> None:
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.notify("一条很长的提示：" + "检查完成，没有错误。" * 4, severity="warning")
        await until(pilot, lambda: bool(app.screen.query(Toast)), "the notice")
        await pilot.pause()
        toast = app.screen.query(Toast).first()
        assert toast.region.width > 0
        assert not toast.region.overlaps(screen.editor.region), (toast.region, screen.editor.region)
