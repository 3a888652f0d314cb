"""User checklist patterns are validated at load: a catastrophic one is refused, never run."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists, unittype
from drafter.patterns import UnsafePattern, validate
from drafter.readers.errors import ReadError
from drafter.resources import data_dir

from .conftest import ROOT, run_cli

GOOD = ROOT / "examples" / "drafts" / "department_2025.md"


def _checklist(tmp_path: Path, cue: str) -> Path:
    cl = tmp_path / "mine.toml"
    cl.write_text(
        'name = "我的清单"\nextends = "department"\n[[items]]\nid = "archives"\npart = "measures"\n'
        f'title = "档案法治"\nguidance = "写档案工作"\ncues = [\'{cue}\']\nseverity = "error"\n'
        'good = ["档案"]\nbad = ["无"]\n',
        encoding="utf-8",
    )
    return cl


def test_catastrophic_cue_is_refused_when_the_checklist_loads(tmp_path: Path) -> None:
    # a report with a long run of 一 not at the end: (一+)+$ would backtrack 2^n times on it
    report = tmp_path / "r.txt"
    report.write_text(
        GOOD.read_text(encoding="utf-8").replace("## 二、", "一" * 40 + "二\n\n## 二、"), encoding="utf-8"
    )
    r = run_cli("lint", str(report), "--checklist", str(_checklist(tmp_path, "(一+)+$")))
    assert r.returncode == 2
    assert "(一+)+$" in r.stderr and "不安全" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("pattern", ["(一+)+$", r"(\w+\s?)+$", "(a*b?)*", r"(?:\d+)*", "(.*a){25}", r"(a)\1"])
def test_unsafe_shapes(pattern: str) -> None:
    with pytest.raises(UnsafePattern):
        validate(pattern)


@pytest.mark.parametrize("pattern", [r"(?:\d+、)+", "第[一二三]+次", "(?:[^。]+。)+", "法治政府|依法行政", "一+"])
def test_safe_shapes(pattern: str) -> None:
    validate(pattern)


def test_every_shipped_checklist_passes_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    reg = checklists.registry()
    assert {"base", "county_gov", "department", "township"} <= set(reg.types) | {"base"}
    for name in reg.types:
        checklists.load(name)


def test_every_shipped_unit_pattern_is_safe() -> None:
    """The shipped units.toml is not screened when it loads (cold start): it is screened here."""
    shipped = unittype.rules([data_dir("checklists")])
    patterns = [p for r in shipped for p in r.patterns]
    assert patterns and all(unittype._shipped(Path(r.path)) for r in shipped)
    for p in patterns:
        validate(p)


def test_a_users_unit_pattern_is_still_screened(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text('[[rules]]\ntype = "township"\npatterns = ["(一+)+$"]\n', encoding="utf-8")
    with pytest.raises(ReadError, match="不安全"):
        unittype.rules([tmp_path])
