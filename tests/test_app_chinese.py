"""What the app says on its own (notices, palette entries) is Chinese, not Textual's English."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from drafter.app.app import DrafterApp, Launch
from drafter.app.palette import DraftCommands
from drafter.app.screens.start import make_draft

from .helpers.app import until


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)


def test_screenshot_notice_is_chinese(tmp_path: Path) -> None:
    async def run() -> list[str]:
        app = DrafterApp(Launch())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            shoot = next(c for c in app.get_system_commands(app.screen) if c.title == "截图")
            shoot.callback()
            await until(pilot, lambda: list(app._notifications), "the screenshot's notice")  # written by a thread
            return [f"{n.title} {n.message}" for n in app._notifications]

    notices = asyncio.run(run())
    assert notices and all("Screenshot" not in n and "Saved" not in n for n in notices), notices
    assert any("截图已保存" in n and ".svg" in n for n in notices), notices
    assert list(tmp_path.glob("*.svg"))


def test_palette_settings_entry_names_the_letterhead_fields(tmp_path: Path) -> None:
    path = make_draft("鲁山县辛集乡人民政府", "township", 2025, "", str(tmp_path / "d.md"))

    async def run() -> str:
        app = DrafterApp(Launch(draft=Path(path)))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            provider = DraftCommands(app.screen)
            return next(h for n, h, _ in provider._commands() if n == "报告设置")

    shown = asyncio.run(run())
    assert all(f in shown for f in ("签发人", "版头", "印章")), shown


def test_palette_says_no_match_in_chinese(tmp_path: Path) -> None:
    from textual.command import CommandList

    from drafter.app.palette import Palette

    async def run() -> list[str]:
        app = DrafterApp(Launch())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause()
            for ch in "zzqx":
                await pilot.press(ch)
            no_match = Palette._NO_MATCHES

            def no_match_shown() -> bool:
                lists = app.screen.query(CommandList)
                return bool(lists) and any(
                    lists.first().get_option_at_index(i).id == no_match for i in range(lists.first().option_count)
                )

            # the notice comes after Textual's 0.5 s countdown; wait for it, not for any option (a
            # half-typed query may briefly list real commands)
            await until(pilot, no_match_shown, "the palette's no-match notice")
            options = app.screen.query(CommandList).first()
            prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
            return [str(getattr(p, "renderable", p)) for p in prompts]

    shown = asyncio.run(run())
    assert shown and "没有找到" in shown[0] and "No matches" not in "".join(shown), shown


def test_a_long_difference_can_be_read_with_the_keys_at_80x24(tmp_path: Path) -> None:
    from drafter.app.screens.conflict import DiffScreen

    diff = "\n".join(f"+第{i}段：今年新写的内容。" for i in range(1, 80))

    async def run() -> tuple[float, bool]:
        app = DrafterApp(Launch())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.push_screen(DiffScreen(diff))
            await pilot.pause()
            view = app.screen.query_one("#diff-view")
            await pilot.press("pagedown", "pagedown")
            await pilot.pause()
            scrolled = view.scroll_y
            await pilot.press("escape")
            await pilot.pause()
            return scrolled, isinstance(app.screen, DiffScreen)

    scrolled, still_open = asyncio.run(run())
    assert scrolled > 0 and not still_open


def test_recent_drafts_that_are_gone_still_tell_their_folder(tmp_path: Path) -> None:
    from textual.widgets import Label, ListView

    from drafter.app import drafts

    for folder in ("甲", "乙"):
        (tmp_path / folder).mkdir()
        drafts.remember(tmp_path / folder / "x.md")  # never written: both are gone

    async def run() -> list[str]:
        app = DrafterApp(Launch())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("f3")
            await pilot.pause()
            lv = app.screen.query_one("#recent-list", ListView)
            return [str(item.query_one(Label).content) for item in lv.children]

    shown = asyncio.run(run())
    assert len(shown) == 2 and len(set(shown)) == 2, shown
    assert all("文件已不存在" in s for s in shown)
