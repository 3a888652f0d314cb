"""今年 in a report written the year after the one it reports on: "今年以来" then names the wrong year.

A report on year Y is written in Y+1 (its 成文日期 says when). There "今年以来，共办理……" reports Y+1,
not Y: the writer kept the words of a draft written in Y, or of last year's report. The plan part
speaks of Y+1 on purpose ("今年，我们将……"), and a clause about what is still to come is left alone.
Only the report's own 成文日期 decides; a page's 发布日期 may be long after the writing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import dates
from ..lazyre import compile
from ..model import RUNNING
from ..vocab import Words, alternation, words
from .context import Context
from .results import WARNING, Finding, Local
from .rule import Rule, Scope

RELATIVE_YEAR = Rule(
    "relative-year",
    "“今年”指的不是报告年度",
    Scope.DOCUMENT,
    {WARNING: "成文日期已在报告年度之后，正文仍用“今年以来”“今年共计”说报告年度的事"},
)

_CLAUSE_END = "，,。；;！？!?"
_SENTENCE_END = "。；;！？!?"


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
        if b.role in RUNNING and (part := ctx.part_of(b)) != "plan"
    ]
    yield from ctx.paragraphs(RELATIVE_YEAR, blocks, _this_year)


def _this_year(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    year, written = key
    this_year, ahead = _patterns()
    for m in this_year.finditer(text):
        if ahead.search(_clause(text, m.start(), m.end())):
            continue
        word = m.group()
        said = "本年度" if word.startswith("本年度") else word[:2]
        rest = word[len(said) :]
        better = f"“{year}年”或“一年来”" if rest.endswith("来") else f"“{year}年{rest}”"
        yield RELATIVE_YEAR.local(
            m.start(),
            m.end(),
            WARNING,
            f"本报告于{written}年写成，“{said}”指{written}年；报告的是{year}年的工作，请写{better}",
        )


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _built(words())


@lru_cache(maxsize=2)
def _built(w: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of ``words.toml`` (``this_year``, ``ahead``) as patterns: 今年来看 is no count of the year."""
    return compile(alternation(w.this_year) + "(?![看说])"), compile(alternation(w.ahead) + "(?!求)")


def _clause(text: str, start: int, end: int) -> str:
    """What ``text[start:end]`` governs: from the last clause mark before it to the end of its sentence
    ("今年全年，局长将带头述法" speaks of what is to come though 将 stands in the next clause)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)  # bounded: a paragraph without marks
    lo = max((text.rfind(c, lo, start) for c in _CLAUSE_END), default=lo - 1) + 1
    ends = [i for c in _SENTENCE_END if (i := text.find(c, end, hi)) >= 0]
    return text[max(lo, start - _REACH) : min(ends) if ends else hi]


_REACH = 40  # characters a clause reaches either side of the words


__all__ = ["RELATIVE_YEAR"]
