"""redundancy and collocation read their words from usage.toml: a user's file adds an object or a pair without
Python, and a key written in the wrong place is one Chinese line, not a silent loss of the list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

TITLE = "青山县司法局关于2023年度法治政府建设情况的报告\n"


def _rules(report: Path) -> list[str]:
    got = run_cli("lint", "--format", "json", str(report))
    assert got.returncode in (0, 1), got.stderr
    return [f["rule"] for f in json.loads(got.stdout)["files"][0]["findings"]]


def test_a_users_object_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(TITLE + "一、主要举措\n全年培训5次，进一步加大干部的法治思维。\n", encoding="utf-8")
    assert "collocation" not in _rules(report)
    own = tmp_path / "own"
    own.mkdir()
    (own / "usage.toml").write_text(
        '[[collocations]]\nobjects = ["法治思维"]\nright = ["提高", "树立"]\nwrong = ["加大"]\nfix = "提高"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert "collocation" in _rules(report)


def test_a_list_written_after_the_tables_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(TITLE + "一、主要举措\n加强执法力度。\n", encoding="utf-8")
    own = tmp_path / "own"
    own.mkdir()
    (own / "usage.toml").write_text(
        '[[redundant]]\nwords = ["涉及到"]\nfix = "涉及"\nmessage = "重复"\nverbs = ["加强"]\n', encoding="utf-8"
    )
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    got = run_cli("lint", str(report))
    assert got.returncode == 2 and "usage.toml" in got.stderr and "verbs" in got.stderr
    assert "Traceback" not in got.stderr
