"""今年 in a report written the year after the one it reports on: "今年以来" then names the wrong year.

A report on year Y is written in Y+1 (its 成文日期 says when). There "今年以来，共办理……" reports Y+1,
not Y: the writer kept the words of a draft written in Y, or of last year's report. The plan part
speaks of Y+1 on purpose ("今年，我们将……"), and a clause about what is still to come is left alone.
The report's own 成文日期 decides; without one, a page's date from March of the next year on (posted so late,
it was written then; a report written in December may be posted in January), or within the report's own year
(posted then, it was written then: its 今年 is the year reported). With neither, no reader can tell which year
今年 means: its first use is an info (write the year), the others are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from functools import lru_cache
from typing import cast

from .. import dates
from ..lazyre import Lazy, compile
from ..model import RUNNING
from ..text import CN_DIGITS
from ..vocab import Words, alternation, words
from .context import Context
from .covers import cover_spans
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope

RELATIVE_YEAR = Rule(
    "relative-year",
    "“今年”指的不是报告年度",
    Scope.DOCUMENT,
    {
        WARNING: "成文日期已在报告年度之后，正文仍用“今年以来”“今年共计”说报告年度的事",
        INFO: "报告没有成文日期，看不出“今年”指哪一年（只报第一处）",
    },
)

_CLAUSE_END = "，,。；;！？!?"
_SENTENCE_END = "。；;！？!?"


@RELATIVE_YEAR.check
def relative_year(ctx: Context) -> Iterator[Finding]:
    written = _written_year(ctx)
    if ctx.year is None or (written is not None and written <= ctx.year):
        return
    blocks = [
        (b, (ctx.year, written, part == "shortcomings"), part)
        for b in ctx.doc.blocks
        if b.role in RUNNING and (part := ctx.part_of(b)) != "plan"
    ]
    found = ctx.paragraphs(RELATIVE_YEAR, blocks, _this_year)
    if written is None:  # undated: once is enough to make the writer name the year
        found = iter(list(found)[:1])
    yield from found


def late_year(ctx: Context) -> tuple[int, int] | None:
    """The report's year and the year it says it was written in, where that is later (else None: no 今年 is warned
    of anywhere)."""
    written = _written_year(ctx)
    if ctx.year is None or written is None or written <= ctx.year:
        return None
    return ctx.year, written


def late_key(late: Hashable, role: str, part: str | None) -> tuple[int, int, bool] | None:
    """What this rule judges a paragraph of ``role`` in ``part`` by where the report was written after its year
    (``late_year``: its year, the year written; and whether the paragraph states shortcomings), or None where it
    warns of no 今年 there."""
    if late is None or role not in RUNNING or part == "plan":
        return None
    year, written = cast(tuple[int, int], late)
    return year, written, part == "shortcomings"


def warned(text: str, key: tuple[int, int, bool]) -> list[tuple[int, int]]:
    """The spans of ``text`` this rule warns of under ``key`` (text-date leaves a 今年来 there to it: writing the
    year mends both)."""
    return [(f[0], f[1]) for f in _this_year(text, key)]


@RELATIVE_YEAR.check
def since_last_year(ctx: Context) -> Iterator[Finding]:
    """去年以来 outside the plan: a span that is not the report year whenever the report was written."""
    if ctx.year is None or not words().since_last_year:
        return
    written = _written_year(ctx)
    if written is not None and written < ctx.year:
        return
    blocks = [
        (b, (ctx.year, written), part)
        for b in ctx.doc.blocks
        if b.role in RUNNING and "去年" in b.text and (part := ctx.part_of(b)) != "plan"
    ]
    yield from ctx.paragraphs(RELATIVE_YEAR, blocks, _since_last_year)


def _since_last_year(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    year, written = key
    for m in _last_year_rx(words().since_last_year).finditer(text):
        said = m.group()
        better = f"请写“{year}年”或“一年来”"  # the act first: the app's status line shows a message's start
        if written is None:
            why = f"“{said}”在{year}年写是从{year - 1}年算起，在{year + 1}年写又延到{year + 1}年，都不只是报告年度"
        elif written == year:
            why = f"本报告于{written}年写成，“{said}”从{year - 1}年算起，超出了报告年度"
        else:
            why = f"本报告于{written}年写成，“{said}”从{written - 1}年算到{written}年，超出了报告年度"
        message = f"{better}：{why}"
        yield RELATIVE_YEAR.local(m.start(), m.end(), WARNING, message)


def _written_year(ctx: Context) -> int | None:
    """The year the report was written: its 成文日期; else a page's date from March of the next year on
    (a report written in December may be posted in January or February), or in the report's own year (a
    report is written before it is posted: one posted in December of the year it reports was written then)."""
    meta = ctx.doc.meta
    d = dates.find(meta.date) if meta.date else None
    if d is not None and d.exists:
        return d.year
    m = _YEAR_MONTH.match(meta.page_date or "")  # "2024-02-20", "2024-02": the page's own words
    if m is None or ctx.year is None:
        return None
    year, month = int(m[1]), int(m[2])
    if year == ctx.year:
        return year
    return year if year >= ctx.year + 2 or (year == ctx.year + 1 and month >= POSTED_LATE) else None


_YEAR_MONTH = Lazy(r"(20\d{2})\D{1,3}(\d{1,2})")
POSTED_LATE = 3  # the month of the next year from which a page's date tells the report was written then


def _this_year(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    year, written, remedied = key  # written None: the report has no 成文日期 (nor a late page date)
    this_year, ahead = _patterns()
    covers = cover_spans(text)
    found = [
        m
        for m in this_year.finditer(text)
        if _within(m, covers)
        or not (_ahead(ahead, clause := _clause(text, m.start(), m.end())) or (remedied and _remedy(clause)))
    ]
    found += [m for m in _cover_words(text, covers) if not any(f.start() <= m.start() < f.end() for f in found)]
    found = [m for m in found if not _after_own_year(text, m, covers, year)]
    compared = list(_last_year_rx(words().last_year).finditer(text)) if words().last_year else []
    found += compared + _bare_last_year(text, compared)
    for m in sorted(found, key=lambda m: m.start()):
        word = m.group()
        if word == "去年":
            yield _bare(m, year, written)
            continue
        if "去年" in word:
            yield _last_year(m, year, written)
            continue
        said = "本年度" if word.startswith("本年度") else word[:2]
        rest = word[len(said) :].removesuffix("我")  # 今年我镇: the subject after it stays as written
        better = f"“{year}年”或“一年来”" if rest.endswith("来") else f"“{year}年{rest}”"
        if written is None:
            message = (
                f"请写{better}：报告没有成文日期，在{year + 1}年写成的“{said}”指{year + 1}年（当年写成的，可忽略）"
            )
            yield RELATIVE_YEAR.local(m.start(), m.end(), INFO, message)
        else:
            message = f"请写{better}：本报告于{written}年写成，“{said}”指{written}年，不是报告的{year}年"
            yield RELATIVE_YEAR.local(m.start(), m.end(), WARNING, message)


def _last_year(m: re.Match[str], year: int, written: int | None) -> Local:
    """较去年 in a report written the year after its year: 去年 is the report's own year, not the one before it."""
    better = f"“较{year - 1}年”或“同比”"
    if written is None:
        message = f"请写{better}（与上一年比）：报告没有成文日期，在{year + 1}年写成的“去年”就是{year}年（当年写成的，可忽略）"
        return RELATIVE_YEAR.local(m.start(), m.end(), INFO, message)
    message = f"请写{better}（与{year}年的上一年比）：本报告于{written}年写成，“去年”指{written - 1}年"
    return RELATIVE_YEAR.local(m.start(), m.end(), WARNING, message)


def _bare_last_year(text: str, compared: list[re.Match[str]]) -> list[re.Match[str]]:
    """去年 said alone (在去年……的基础上): not in a comparison (``last_year``) nor in 去年以来 (``since_last_year``,
    its own finding)."""
    if "去年" not in text:
        return []
    since = list(_last_year_rx(words().since_last_year).finditer(text)) if words().since_last_year else []
    taken = [(m.start(), m.end()) for m in [*compared, *since]]
    return [m for m in _LAST_YEAR.finditer(text) if not any(a <= m.start() < b for a, b in taken)]


_LAST_YEAR = Lazy("去年")


def _bare(m: re.Match[str], year: int, written: int | None) -> Local:
    """去年 alone in a report written the year after its year: the reader takes it for the report year itself."""
    if written is None:
        message = f"请写明年份：报告没有成文日期，在{year + 1}年写成的“去年”就是{year}年（当年写成的，可忽略）"
    else:
        message = (
            f"请写明年份（“{year - 1}年”）：本报告于{written}年写成，“去年”指{written - 1}年（说的就是它的，可忽略）"
        )
    return RELATIVE_YEAR.local(m.start(), m.end(), INFO, message)


@lru_cache(maxsize=2)
def _last_year_rx(said: tuple[str, ...]) -> re.Pattern[str]:
    return compile(alternation(said))


def _after_own_year(text: str, m: re.Match[str], covers: list[tuple[int, int]], year: int) -> bool:
    """Whether ``m`` stands in a cover sentence that names the report's year before it (现将2023年度法治政府建设
    情况及今年以来工作开展情况报告如下): the writer adds the year of writing on purpose, its 今年 is that year."""
    return any(a <= m.start() and m.end() <= b and f"{year}年" in text[a : m.start()] for a, b in covers)


def _ahead(ahead: re.Pattern[str], clause: str) -> bool:
    """Whether ``clause`` speaks of what is to come: an ``ahead`` word not the 把 of 将《……》纳入 (``ahead_not``,
    ``_disposal``) nor inside a cited title (《……学习计划》)."""
    disposal = words().ahead_not
    return any(
        not clause.startswith(disposal, m.start())
        and not _disposal(clause, m.start(), m.end())
        and clause.rfind("《", 0, m.start()) <= clause.rfind("》", 0, m.start())
        for m in ahead.finditer(clause)
    )


def _disposal(clause: str, start: int, end: int) -> bool:
    """Whether the 将 at ``clause[start:end]`` is 把: its object, then a verb that disposes of it, before the
    clause ends (将法治建设纳入议事日程); 将 right before the verb (将纳入) or an adverb (将进一步) is the future."""
    w = words()
    if clause[start:end] != "将" or clause.startswith(w.ahead_adverbs, end) or clause.startswith(w.disposals, end):
        return False
    stop = min((i for c in _CLAUSE_END if (i := clause.find(c, end)) >= 0), default=len(clause))
    return any(clause.find(v, end + 1, stop) >= 0 for v in w.disposals)


def _remedy(clause: str) -> bool:
    """Whether a shortcomings part's clause tells the remedy begun in the year of writing (今年，我局已申请专项资金
    予以解决): its 今年 is that year, rightly (``words.toml`` remedies)."""
    return any(w in clause for w in words().remedies)


def _within(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start() and m.end() <= b for a, b in spans)


def _cover_words(text: str, covers: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """今年 said alone in a cover sentence (现把今年的工作总结报告如下): the year the report is written in."""
    rx, plans = _cover_word_rx(words().cover_this_year), words().cover_plans
    if rx is not None:
        for a, b in covers:
            # 现将……及今年工作打算报告如下: this year's plan, the year the report is written in on purpose
            yield from (
                m for m in rx.finditer(text, a, b) if not any(p in text[m.end() : m.end() + PLAN_REACH] for p in plans)
            )


PLAN_REACH = 8  # characters after 今年 in a cover sentence where a plan's word makes it the plan's year


@lru_cache(maxsize=2)
def _cover_word_rx(said: tuple[str, ...]) -> re.Pattern[str] | None:
    return compile(alternation(said) + "(?![看说])") if said else None


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _built(words())


@lru_cache(maxsize=2)
def _built(w: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of ``words.toml`` (``this_year``, ``ahead``) as patterns: 今年来看 is no count of the year; 今年
    before a month or a quarter (今年6月, 今年1—10月, 今年一季度) names a time of the year of writing too — not a
    deadline (今年6月底前完成: what is still to come); 今年 opening a clause before its words (今年组织审查13次) is
    the clause's time as 今年， is, but where it says what the year is (今年是……之年: ``this_year_not``)."""
    opening = (
        f"(?:^|(?<=[。；;，,：:！？!?]))今年(?=[\u4e00-\u9fff])(?!{alternation(w.this_year_not)})"
        if w.this_year_not
        else ""
    )
    this_year = f"(?:{alternation(w.this_year)}(?![看说])|{_DATED_THIS_YEAR}{'|' + opening if opening else ''})"
    return compile(this_year), compile(alternation(w.ahead) + "(?!求)")


_MONTH = rf"(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})"
_DATED_THIS_YEAR = (
    rf"今年(?=\s*{_MONTH}(?:\s*[—\-－–至到~～]\s*{_MONTH})?\s*月|\s*第?[一二三四1-4]季度|\s*前三季度|年初)"
    r"(?![^，,。；;]{0,10}?前)"
)


def _clause(text: str, start: int, end: int) -> str:
    """What ``text[start:end]`` governs: from the last clause mark before it to the end of its sentence
    ("今年全年，局长将带头述法" speaks of what is to come though 将 stands in the next clause)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)  # bounded: a paragraph without marks
    lo = max((text.rfind(c, lo, start) for c in _CLAUSE_END), default=lo - 1) + 1
    ends = [i for c in _SENTENCE_END if (i := text.find(c, end, hi)) >= 0]
    return text[max(lo, start - _REACH) : min(ends) if ends else hi]


_REACH = 40  # characters a clause reaches either side of the words


__all__ = ["RELATIVE_YEAR"]
