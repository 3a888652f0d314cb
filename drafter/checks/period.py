"""A part heading of an annual report that names part of a year: "一、上半年推进法治政府建设的主要举措和成效".

The measures, shortcomings and duties parts report the whole year; a heading naming 上半年 or 前三季度 was
copied from a half-year or quarterly summary. A plan's heading naming the rest of the year (下半年工作打算)
was too. A report whose own title or cover sentence names such a period is a summary of it, and is left
alone; so is a period in the text under a heading (上半年召开专题会2次: a time within the year). The words
are data (``words.toml``: ``periods``, ``rest_of_year``, and ``cover_leads`` for the cover sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..model import Block
from ..vocab import alternation, words
from .context import Context
from .covers import cover_spans
from .partheads import heading_parts
from .results import ERROR, Finding
from .rule import Rule, Scope

PERIOD_HEADING = Rule(
    "period-heading",
    "年度报告的部分标题写成了半年或季度",
    Scope.DOCUMENT,
    {ERROR: "年度报告中“主要举措和成效”等部分的标题写了“上半年”“前三季度”“1—6月”（照抄了半年、季度总结）"},
)

DONE = ("measures", "shortcomings", "duties")  # the parts on the year reported: the whole of it
# a span of months well short of the year: 1—6月, 1至9月 (1—12月 is the whole year; 1—10月, 1—11月 is a report
# written before the year ends, as some places ask in November or December: its heading says so rightly)
_MONTHS = r"(?:1|一)\s*[-—–~～至到]+\s*(?:[2-9]|[二三四五六七八九])\s*月(?:份)?"
_CLAUSE_END = Lazy(r"[，,。；;：:！？!?]")
_ASIDE = Lazy(r"[（(]")


@PERIOD_HEADING.check
def period_heading(ctx: Context) -> Iterator[Finding]:
    part, rest = _rx(words().periods), _rx(words().rest_of_year)
    if ctx.year is None or _a_summary_of_part(ctx, part) or _year_in_periods(ctx, part):
        return  # no year read: no annual report known to hold the heading
    seen: set[tuple[int, int]] = set()  # one heading may serve two parts (存在问题和下半年工作打算): told once
    for pid, pr in sorted(ctx.parts.items(), key=lambda p: p[0] != "plan"):  # the plan's 下半年 is the plan's
        rx = part if pid in DONE else rest if pid == "plan" else None
        if rx is None or pr.status != "present" or pr.heading is None or not pr.blocks:
            continue
        head = pr.blocks[0]
        if pid not in heading_parts(head, ctx.checklist, ctx.year):
            continue  # a themed heading (一、坚持一季度一研判，……): no part's name, no period of the report
        named = _named(head)
        if (
            (m := rx.search(named))
            and (id(head), m.start()) not in seen
            and not _joined(named, m.start())
            and not _dated_otherwise(named, m, ctx.year)
        ):
            seen.add((id(head), m.start()))
            start = len(head.number) + m.start()
            yield PERIOD_HEADING.at(head, start, start + len(m.group()), ERROR, _message(ctx, pid, m.group()), pid)


def _named(head: Block) -> str:
    """What names the part: a heading's title; a run-in heading's first clause (the text after it reports);
    an aside in brackets left out (存在的不足和原因（含上半年督察发现的问题）: a topic, not the period reported)."""
    m = None if head.kind == "heading" else _CLAUSE_END.search(head.title)
    named = head.title[: m.start()] if m else head.title
    aside = _ASIDE.search(named)
    return named[: aside.start()] if aside else named


def _joined(named: str, at: int) -> bool:
    """Whether the period at ``at`` is joined to the year (2023年及2024年一季度工作情况: the year and more)."""
    return _JOIN.search(named[max(0, at - JOIN_REACH) : at]) is not None


def _dated_otherwise(named: str, m: re.Match[str], year: int) -> bool:
    """Whether the heading dates its part otherwise and the period only a thing in it: the report year or
    全年/年度 before the period (2023年度……举措、成效及四季度工作亮点), or an event right after it
    (上半年督察发现的问题: ``words.toml`` period_events)."""
    before = _OWN_YEAR.sub("", named[: m.start()])  # 2023年上半年: the year of the period itself
    if f"{year}年" in before or "全年" in before or "年度" in before:
        return True
    return named.startswith(words().period_events, m.end())


_OWN_YEAR = Lazy(r"\d{4}\s*年度?\s*$")
JOIN_REACH = 10  # characters before a period where a conjunction joins it to the whole year
_JOIN = Lazy(r"年度?(?:及|和|暨|以及|与|、|至)")


def _message(ctx: Context, pid: str, said: str) -> str:
    name = ctx.checklist.parts[pid].title  # the part as the checklist names it (主要举措和成效)
    if pid == "plan":
        nxt = f"{ctx.year + 1}年" if ctx.year else "下一年度"
        return f"请把“{said}”改为“{nxt}”：年度报告的“{name}”部分标题写成了“{said}”，应安排{nxt}全年的工作"
    year = f"{ctx.year}年度" if ctx.year else "报告年度"
    return f"请把“{said}”改为“{year}”：年度报告的“{name}”部分标题写成了“{said}”，本部分写的是全年的工作"


def _a_summary_of_part(ctx: Context, rx: re.Pattern[str] | None) -> bool:
    """Whether the report itself is on part of a year: its title, or its cover sentence (现将……如下), names one."""
    if rx is None:
        return True
    for b in _head_blocks(ctx):
        if b.role == "title" and rx.search(b.text):
            return True
        if b.role == "body" and any(rx.search(b.text, a, e) for a, e in cover_spans(b.text)):
            return True
    return False


def _year_in_periods(ctx: Context, rx: re.Pattern[str] | None) -> bool:
    """Whether the body's headings name two periods (一、上半年主要工作 … 二、下半年主要工作): the year told
    half by half, not a half-year summary's heading kept."""
    if rx is None:
        return True
    named = {
        m.group() for b in ctx.doc.blocks if b.kind == "heading" and b.role == "body" for m in rx.finditer(b.title)
    }
    return len(named) > 1


def _head_blocks(ctx: Context) -> Iterator[Block]:
    """The title and the paragraphs before the first heading of the body."""
    for b in ctx.doc.blocks:
        if b.kind == "heading" and b.role == "body":
            return
        yield b


@lru_cache(maxsize=4)
def _rx(periods: tuple[str, ...]) -> re.Pattern[str] | None:
    if not periods:
        return None
    months = f"|{_MONTHS}" if "上半年" in periods else ""
    # 每季度, 按季度, 一季度一研判: a rhythm of work, no period the heading reports on
    return compile(rf"(?<![每按逐分各])(?:{alternation(periods)}{months})(?!一)")


__all__ = ["PERIOD_HEADING"]
