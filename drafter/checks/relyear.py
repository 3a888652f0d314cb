"""今年 in a report written the year after the one it reports on: "今年以来" then names the wrong year.

A report on year Y is written in Y+1 (its 成文日期 says when). There "今年以来，共办理……" reports Y+1,
not Y: the writer kept the words of a draft written in Y, or of last year's report. The plan part
speaks of Y+1 on purpose ("今年，我们将……"), and a clause about what is still to come is left alone.
Only the report's own 成文日期 decides; a page's 发布日期 may be long after the writing.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import dates
from ..lazyre import Lazy
from .context import Context
from .results import WARNING, Finding, Local
from .rule import Rule, Scope

RELATIVE_YEAR = Rule(
    "relative-year",
    "“今年”指的不是报告年度",
    Scope.DOCUMENT,
    {WARNING: "成文日期已在报告年度之后，正文仍用“今年以来”“今年共”说报告年度的事"},
)

# What a year did, counted from its start: the year the words are written in.
_THIS_YEAR = Lazy(r"(?:今|本)年(?:以来|来(?!看|说)|全年|累计|共(?!同|享|建|治)|上半年|下半年|[1１一]月(?:份)?以来)")
# The clause speaks of what is still to come: 今年全年将……
_AHEAD = Lazy(r"将|计划|预计|力争|确保|拟|要(?!求)")
_CLAUSE_END = "，,。；;！？!?"
_SEEN = ("body", "opening")


@RELATIVE_YEAR.check
def relative_year(ctx: Context) -> Iterator[Finding]:
    if ctx.year is None or not ctx.doc.meta.date:
        return
    written = dates.find(ctx.doc.meta.date)
    if written is None or not written.exists or written.year <= ctx.year:
        return
    blocks = [
        (b, (ctx.year, written.year), part)
        for b in ctx.doc.blocks
        if b.role in _SEEN and (part := ctx.part_of(b)) != "plan"
    ]
    yield from ctx.paragraphs(RELATIVE_YEAR, blocks, _this_year)


def _this_year(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    year, written = key
    for m in _THIS_YEAR.finditer(text):
        if _AHEAD.search(_clause(text, m.start(), m.end())):
            continue
        word = m.group()[:2]
        yield RELATIVE_YEAR.local(
            m.start(),
            m.end(),
            WARNING,
            f"本报告于{written}年写成，“{word}”指{written}年；报告的是{year}年的工作，请写“{year}年”或“一年来”",
        )


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the last clause mark before it to the next after it."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)  # bounded: a paragraph without marks
    lo = max((text.rfind(c, lo, start) for c in _CLAUSE_END), default=lo - 1) + 1
    ends = [i for c in _CLAUSE_END if (i := text.find(c, end, hi)) >= 0]
    return text[max(lo, start - _REACH) : min(ends) if ends else hi]


_REACH = 40  # characters a clause reaches either side of the words


__all__ = ["RELATIVE_YEAR"]
