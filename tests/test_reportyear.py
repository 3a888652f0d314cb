"""The report year offered by default: last year until June, this year from July; one rule everywhere."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from drafter.app.app import DrafterApp, Launch
from drafter.reportyear import default_year

from .conftest import run_cli


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 1, 1), 2025),
        (date(2026, 3, 31), 2025),
        (date(2026, 6, 30), 2025),
        (date(2026, 7, 1), 2026),
        (date(2026, 11, 23), 2026),
        (date(2026, 12, 31), 2026),
    ],
)
def test_default_year_follows_the_calendar(today: date, year: int) -> None:
    assert default_year(today) == year


def test_start_screen_offers_the_default_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))

    async def run() -> str:
        app = DrafterApp(Launch())
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            return app.screen.query_one("#new-year", Input).value

    assert asyncio.run(run()) == str(default_year())


def test_template_and_new_use_it(tmp_path: Path) -> None:
    out = run_cli("template", "--type", "township", "--unit", "某某镇人民政府", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / f"模板-township-{default_year()}.md").is_file()
    helps = run_cli("new", "--help").stdout + run_cli("template", "--help").stdout
    assert helps.count("7月起为当年") == 2
