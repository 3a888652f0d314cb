"""The 22 shared openings of real reports from 19 provinces: title, issuing unit, unit type and year
as the INDEX has them (read in place from ../shared/corpus/openings; skipped where it is absent).

Two readings differ from the INDEX's wording and are accepted as the contract has them: joint
issuers are kept joint ("中共××县委 ××县人民政府", the INDEX names the government), and a title
that names its place without the province ("静海区") gives that place's government without it.
"""

from __future__ import annotations

import re

import pytest

from drafter import checklists
from drafter.readers import read_path

from .conftest import ROOT

OPENINGS = ROOT.parent / "shared" / "corpus" / "openings"
_ROW = re.compile(r"^\| (o\d+\.txt) \| [^|]+ \| ([^|]+) \| ([^|]+) \| (\w+) \| (\d{4}) \|")


def _index() -> dict[str, tuple[str, str, str, int]]:
    index = OPENINGS / "INDEX.md"
    if not index.is_file():
        pytest.skip("shared/corpus/openings not present beside the project")
    rows = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        if (m := _ROW.match(line)) is not None:
            rows[m.group(1)] = (m.group(2).strip(), m.group(3).strip(), m.group(4), int(m.group(5)))
    return rows


def _names() -> list[str]:
    return sorted(p.name for p in OPENINGS.glob("o*.txt")) or ["(absent)"]


def same_unit(expected: str, got: str | None) -> bool:
    """The INDEX's unit, one of joint issuers, or the unit without its province or city in front."""
    if got is None:
        return False
    return expected == got or expected in got.split(" ") or (len(got) >= 5 and expected.endswith(got))


def same_title(expected: str, got: str | None) -> bool:
    """The INDEX's title (spaces aside), or it with the joint 党委's line before it."""
    want, have = re.sub(r"\s", "", expected), re.sub(r"\s", "", got or "")
    return have == want or (have.endswith(want) and have.startswith("中共"))


@pytest.mark.parametrize("name", _names())
def test_opening_head(name: str) -> None:
    rows = _index()
    title, unit, unit_type, year = rows[name]
    doc = read_path(OPENINGS / name)
    m = doc.meta
    assert same_title(title, m.title), (m.title, title)
    assert same_unit(unit, m.unit), (m.unit, unit)
    assert checklists.registry().infer(m.unit) == unit_type, m.unit
    assert m.year == year


def test_every_opening_is_in_the_index() -> None:
    assert set(_index()) == {p.name for p in OPENINGS.glob("o*.txt")}
