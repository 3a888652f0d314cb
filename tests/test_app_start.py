"""The drafting app's start screen, driven through Textual's Pilot: a new draft, the recent drafts, a draft rolled forward from last year's report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, ListView, Select

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.start import StartScreen
from drafter.reportyear import default_year

from .helpers.app import (  # noqa: F401 (_home: autouse)
    REPO,
    SEED,
    _home,
    aio,
    draft_screen,
    lint_result,
    new_draft,
    settle,
    type_text,
)

# ---------------------------------------------------------------- start screen


@aio
async def test_start_screen_infers_type_and_creates_draft(tmp_path: Path) -> None:
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, StartScreen)
        assert app.screen.query_one("#new-year", Input).value == str(default_year())
        app.screen.query_one("#new-unit", Input).focus()
        await type_text(pilot, "辛集乡人民政府")
        await pilot.pause()
        assert app.screen.query_one("#new-type", Select).value == "township"
        app.screen.query_one("#new-year", Input).value = "2025"
        await pilot.click("#new-go")
        await pilot.pause()
        screen = draft_screen(app)
        assert screen.buffer.path.name == "辛集乡人民政府2025年度法治政府建设情况报告.md"
        assert (tmp_path / screen.buffer.path.name).is_file()
        assert app.focused is screen.editor
        assert screen.section_parts()[screen.current] == "measures"


@aio
async def test_start_screen_refuses_to_overwrite(tmp_path: Path) -> None:
    new_draft(tmp_path)
    app = DrafterApp(Launch(unit="辛集乡人民政府", year=2025, output=str(tmp_path / "x.md")))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#new-go")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "已存在" in str(app.screen.query_one("#new-error").content)


@aio
async def test_recent_drafts_listed_and_opened(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
    recent = json.loads((tmp_path / "config" / "drafter" / "recent.json").read_text(encoding="utf-8"))
    assert recent == [str(path.resolve())]
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#start-tabs Tab#--content-tab-tab-recent")
        lv = app.screen.query_one("#recent-list", ListView)
        assert len(lv.children) == 1
        lv.focus()
        lv.index = 0
        await pilot.press("enter")
        await pilot.pause()
        assert draft_screen(app).buffer.path == path.resolve() or draft_screen(app).buffer.path == path


@aio
async def test_lint_tab_shows_findings(tmp_path: Path) -> None:
    app = DrafterApp(Launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#start-tabs Tab#--content-tab-tab-lint")
        field = app.screen.query_one("#lint-path", Input)
        field.value = str(REPO / SEED)
        field.focus()
        await pilot.press("enter")
        shown = await lint_result(pilot, app)
        assert "鲁山县人民政府办公室" in shown and "✓ 有" in shown and "第" in shown


@aio
async def test_roll_forward_from_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the seed path is relative to the repository
    out = tmp_path / "2024.md"
    app = DrafterApp(Launch(source=str(SEED), output=str(out), year=2024))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.click("#new-go")
        await pilot.pause()
        screen = draft_screen(app)
        assert screen.buffer.meta.year == 2024
        assert screen.buffer.meta.title == "鲁山县人民政府办公室关于2024年法治政府建设情况的报告"
        assert [c.text for c in screen.commitments][1] == "扎实推进行政复议体制改革和行政应诉工作"
        guide = str(screen.query_one("#guide-text").content)
        assert "去年承诺：已报告0条，未报告3条" in guide
        assert "未报告\n○提升法治政府建设工作的前瞻性和系统性\n○扎实推进行政复议体制改革和行政应诉工作" in guide
        before = list(screen.done)
        screen.editor.move_cursor((1, 0))
        await type_text(pilot, "推进行政复议体制改革，行政应诉案件全部出庭。\n")
        await settle(pilot, app)
        assert screen.done[1] is True
        assert before[1] is False
        guide = str(screen.query_one("#guide-text").content)
        assert "去年承诺：已报告1条，未报告2条" in guide
        assert "已报告\n✓扎实推进行政复议体制改革和行政应诉工作" in guide
        heads = [h for i in range(1, len(screen.buffer.sections)) if (h := screen.buffer.heading(i))]
        assert heads[0].startswith("一、2024年度") and heads[-1].startswith("四、2025年度")
