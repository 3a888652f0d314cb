"""The Party's congresses and plenums named out of time: held after the report was written, or never held.

A report on year Y is written early in Y+1 (by the month ``written`` of ``names.toml``'s ``[meetings]``,
or its own 成文日期 when later): it cannot study a plenum held after that (a report on 2023 citing
二十届三中全会 of July 2024), nor a plenum a finished Central Committee never held (十九届八中全会).
The congresses and the year and month of each plenum are data (``[[congresses]]``): a new plenum is a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import dates
from ..errors import ReadError
from ..hanzi import simplified
from ..lazyre import compile
from ..text import CN_DIGITS, CN_NUM_VALUE
from ..vocab import load
from .context import Context
from .results import WARNING, Local
from .rule import Rule, Scope

_SEEN = ("body", "title", "addressee", "closing")
Month = tuple[int, int]  # (year, month)


@dataclass(frozen=True)
class Congress:
    """One Party congress (二十大) and the plenums of the Central Committee it elected, in order."""

    term: str  # 二十
    held: Month
    plenums: tuple[Month, ...]
    finished: bool  # a later congress is known: no plenum beyond ``plenums`` was ever held


@dataclass(frozen=True)
class Meetings:
    congresses: dict[str, Congress]
    written: int  # the month of year Y+1 by which a report on Y is written
    before: tuple[str, ...]  # words before a meeting not yet held that make naming it right (迎接党的二十大)
    after: tuple[str, ...]  # words after it that do so (党的二十大胜利召开)
    rx: re.Pattern[str]


@lru_cache(maxsize=1)
def meetings() -> Meetings:
    """``names.toml``'s ``[meetings]`` and ``[[congresses]]`` (``DRAFTER_CHECKLISTS`` first)."""
    return load("names.toml", _meetings)


def _month(v: object) -> Month:
    year, _, month = str(v).partition("-")
    return int(year), int(month)


def _meetings(data: dict[str, Any], path: object) -> Meetings:
    try:
        rows = data.get("congresses", [])
        congresses = {
            str(c["term"]): Congress(
                str(c["term"]),
                _month(c["held"]),
                tuple(_month(p) for p in c["plenums"]),
                any(_month(o["held"]) > _month(c["held"]) for o in rows),
            )
            for c in rows
        }
        m = data.get("meetings", {})
        terms = "|".join(sorted(congresses, key=len, reverse=True)) or "(?!)"
        rx = compile(
            rf"党的(?P<c1>{terms})大|(?P<c2>{terms})大(?=精神|报告|以来|胜利|召开)"
            rf"|(?P<t>{terms})届(?P<ords>(?:[{CN_DIGITS}]中[、和及]?)+)全会"
        )
        before, after = (tuple(str(a) for a in m.get(k, ())) for k in ("before", "after"))
        return Meetings(congresses, int(m.get("written", 4)), before, after, rx)
    except (ValueError, KeyError, TypeError) as e:
        raise ReadError(
            f'固定提法表 {path} 有误（{str(e)[:80]}）；每个 [[congresses]] 需要 term、held = "年-月" 和 plenums'
        ) from None


MEETING_TIME = Rule(
    "meeting-time",
    "会议的届次或时间不对",
    Scope.DOCUMENT,
    {WARNING: "提到报告写成之后才召开的党的代表大会、全会，或从未召开过的全会（十九届八中全会）"},
)


def _limit(ctx: Context) -> Month | None:
    """The month the report was written by (None without a year: nothing is judged)."""
    if ctx.year is None:
        return None
    limit = (ctx.year + 1, meetings().written)
    d = dates.find(ctx.doc.meta.date) if ctx.doc.meta.date else None
    if d is not None and d.exists and (d.year, d.month) > limit and d.year <= ctx.year + 2:
        limit = (d.year, d.month)  # a report written late may cite what was held before it was written
    return limit


@MEETING_TIME.check_paragraphs(_SEEN, key=_limit)
def _out_of_time(written: str, limit: object) -> Iterator[Local]:
    if limit is None:
        return
    assert isinstance(limit, tuple)
    ms = meetings()
    text = simplified(written)
    for m in ms.rx.finditer(text):
        if (why := _why(m, limit, ms)) and not _ahead(text, m.start(), m.end(), ms):
            yield MEETING_TIME.local(m.start(), m.end(), WARNING, why)


def _why(m: re.Match[str], limit: Month, ms: Meetings) -> str:
    """Why the congress or plenums ``m`` names cannot stand in a report written by ``limit`` ("" if they can)."""
    if term := m["c1"] or m["c2"]:
        c = ms.congresses[term]
        return f"请核对届次：党的{term}大于{_said(c.held)}召开，在本报告写成之后" if c.held > limit else ""
    c = ms.congresses[m["t"]]
    for o in re.findall(rf"([{CN_DIGITS}])中", m["ords"]):
        k = CN_NUM_VALUE[o]
        if k <= len(c.plenums) and c.plenums[k - 1] > limit:
            return f"请核对届次：{c.term}届{o}中全会于{_said(c.plenums[k - 1])}召开，在本报告写成之后"
        if k > len(c.plenums) and c.finished:
            last = CN_DIGITS[len(c.plenums) - 1]
            return f"请核对届次：{c.term}届中央委员会只召开过一中至{last}中全会，没有{o}中全会"
        if k > len(c.plenums) and c.plenums and c.plenums[-1] >= limit:
            return f"请核对届次：本报告写成时{c.term}届{o}中全会尚未召开"
    return ""


def _said(month: Month) -> str:
    return f"{month[0]}年{month[1]}月"


def _ahead(text: str, start: int, end: int, ms: Meetings) -> bool:
    """Whether the words around the meeting name it ahead of its time, as it may be (迎接党的二十大胜利召开)."""
    before, after = text[max(0, start - 12) : start], text[end : end + 6]
    return any(a in before for a in ms.before) or any(a in after for a in ms.after)


__all__ = ["MEETING_TIME", "Meetings", "meetings"]
