"""joined-sentences, comma-splice and split-comma read a long paragraph (a one-line web copy) a bounded number of
times, not once per year, list label or unit's name found in it: each looks back to its clause's start and ahead
to its predicate within a few dozen characters. Held by the characters read, never a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import SupportsIndex

import pytest

from drafter import organs
from drafter.checks import joins, splitcomma
from drafter.checks.results import Local


class Counted(str):
    """A paragraph that counts the characters its slices, finds and name checks read."""

    read = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        got = str.__getitem__(self, key)
        Counted.read += len(got)
        return got

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        Counted.read += (len(self) if end is None else end) - (start or 0)
        return str.find(self, sub, start, end)

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        Counted.read += (len(self) if end is None else end) - (start or 0)
        return str.rfind(self, sub, start, end)


def _read(fn: Callable[[str, object], Iterator[Local]], unit: str, n: int) -> tuple[int, int, int]:
    Counted.read = 0
    text = Counted(unit * n)
    found = list(fn(text, ()))
    return len(found), Counted.read, len(text)


@pytest.mark.parametrize(
    ("fn", "unit"),
    [
        (joins._joins, "县委严格执行各项制度2025年，"),  # a year run on after each clause
        (joins._joins, "县委严格执行各项制度2025年,"),  # half-width: no full-width comma before any
        (joins._splices, "县委严格执行各项制度，2025年，"),  # a year's clause spliced after each
        (splitcomma._split, "在县委的领导下，青山县司法局，"),  # a unit's name between commas, again and again
    ],
)
def test_a_long_paragraph_is_read_a_bounded_number_of_times(
    fn: Callable[[str, object], Iterator[Local]], unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = 0
    real = organs.is_organ_name

    def counted(name: str) -> bool:  # what the name check reads (it translates the whole clause)
        nonlocal checked
        checked += len(name)
        return real(name)

    monkeypatch.setattr(joins, "is_organ_name", counted)
    monkeypatch.setattr(splitcomma, "is_organ_name", counted)
    n, read, size = _read(fn, unit, 400)
    assert n >= 1
    assert read + checked <= 40 * size, (read, checked, size)


def test_the_findings_are_those_of_a_short_paragraph() -> None:
    """The bounded look-back finds what the whole look-back found: each run-on year, the spliced one, the subject."""
    text = "全年办理案件40件。县委严格执行重大决策程序和集体讨论决定制度2025年，召开会议3次。"
    assert [text[s:e] for s, e, _, _ in joins._joins(text, ())] == ["制度2025年"]
    text = "全年建立案卷评查制度并按季度评查，2025年，局机关评查案卷40卷。"
    assert len(list(joins._splices(text, ()))) == 1
    assert not list(joins._splices("按照县委部署，2025年，召开会议3次。", ()))
    text = "在县委的领导下，青山县司法局，以建设法治机关为目标，推进依法行政。"
    assert [f[2] for f in splitcomma._split(text, None)] == ["info"]
    assert not list(splitcomma._split("全年，青山县司法局，以建设法治机关为目标，推进依法行政。", None))
    assert not list(splitcomma._split("在县委的领导下，县委，县政府，县人大常委会联合督查。", None))
