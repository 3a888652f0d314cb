"""F5 预览 (LibreOffice → PDF, opened with the desktop's viewer) and the 80-column details (item 9)."""

from __future__ import annotations

import json
import shutil
import stat
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import ListView

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.preview import preview_path
from drafter.app.widgets.outline import Outline

from .helpers.app import STEP, _home, aio, draft_screen, settle, until, write_draft  # noqa: F401 (_home: autouse, temporary config)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


async def previewed(pilot, app) -> None:  # type: ignore[no-untyped-def]
    """Press F5 and wait for the preview worker (LibreOffice takes seconds) and its result on screen."""
    screen = draft_screen(app)
    await pilot.press("f5")
    deadline = time.monotonic() + 2 * STEP  # a last guard: LibreOffice's own time limit is two minutes
    while time.monotonic() < deadline:
        await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        if screen.pages is not None or any(
            "预览" in str(n.message) and n.severity == "error" for n in app._notifications
        ):
            await pilot.pause()
            return
    raise AssertionError("the preview never finished")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@aio
async def test_f5_renders_a_pdf_counts_pages_finds_the_colophon_and_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = tmp_path / "opened.txt"
    opener = tmp_path / "open.sh"
    opener.write_text(f'#!/bin/sh\necho "$1" > {opened}\n', encoding="utf-8")
    opener.chmod(opener.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("DRAFTER_OPEN", str(opener))  # the desktop's viewer, as xdg-open would be called
    path = write_draft(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        'date = "2026年1月20日"\n',
        'date = "2026年1月20日"\ncc = "县委办公室"\nissuer = "辛集乡党政办公室"\nissued = "2026年1月20日"\n',
    )
    path.write_text(text, encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await previewed(pilot, app)
        screen = draft_screen(app)
        pdf = preview_path(path)
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
        pages = screen.pages
        assert pages is not None and pages.count >= 2  # the 版记 starts on an even page
        assert pages.colophon == [pages.count]  # at the foot of the last page
        assert f"约{pages.count}页" in str(screen.query_one("#status").content)
        side = str(screen.query_one("#pages-text").content)
        assert f"版记在第{pages.count}页" in side
        await until(pilot, opened.exists, "the viewer (its own process) is started")
        assert opened.read_text(encoding="utf-8").strip() == str(pdf)


@aio
async def test_f5_without_libreoffice_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE", str(tmp_path / "no-such-soffice"))
    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await previewed(pilot, app)
        assert any("未找到 LibreOffice" in str(n.message) for n in app._notifications)
        assert draft_screen(app).pages is None and not preview_path(path).exists()


# ---------------------------------------------------------------- 9. 80 columns


@aio
async def test_outline_cuts_long_labels_with_an_ellipsis_at_80_columns(tmp_path: Path) -> None:
    path = write_draft(tmp_path, body="## 五、其他需要报告的情况和本年度特别值得一提的工作\n\n有。\n")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        outline = draft_screen(app).query_one(Outline)
        room = outline.scrollable_content_region.width
        from rich.cells import cell_len

        labels = [str(n.label) for n in outline.root.children]
        assert any(lb.endswith("…") for lb in labels)
        for node in outline.root.children:
            assert cell_len(str(node.label)) + 2 <= room, str(node.label)  # the "▶ " included
        duties = outline._parts["duties"]
        assert outline.full_title(duties) == "三、第一责任人职责"  # the whole label, for the tooltip


@aio
async def test_side_panel_wraps_long_findings_at_80_columns(tmp_path: Path) -> None:
    from drafter.app.widgets.sidepanel import FindingItem

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f3")
        await pilot.pause()
        items = list(screen.query(FindingItem))
        longest = max(items, key=lambda it: len(it.finding.message))
        lv = screen.query_one("#findings", ListView)
        assert longest.size.width <= lv.size.width
        assert longest.size.height > 1  # wrapped onto more lines, not cut
        assert lv.virtual_size.height > lv.size.height  # more than fits: it scrolls
        lv.index = len(items) - 1
        await pilot.pause()
        assert lv.scroll_y > 0


@aio
async def test_enter_on_recent_drafts_opens_the_highlighted_one(tmp_path: Path) -> None:
    first, second = write_draft(tmp_path, name="a.md"), write_draft(tmp_path, name="b.md")
    config = tmp_path / "config" / "drafter"
    config.mkdir(parents=True, exist_ok=True)
    (config / "recent.json").write_text(json.dumps([str(second), str(first)]), encoding="utf-8")
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.focused, ListView) and app.focused.index == 0
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.screen.__class__.__name__ == "DraftScreen", "the recent draft opens")
        assert draft_screen(app).buffer.path == first


def test_preview_opener_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.app.screens.preview import _opener

    monkeypatch.setenv("DRAFTER_OPEN", "")
    assert _opener() is None
    monkeypatch.delenv("DRAFTER_OPEN")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if sys.platform.startswith("linux"):
        assert _opener() is None  # no desktop: the notice says where the PDF is
    else:
        assert _opener() is not None  # macOS: open; Windows: the shell's association
