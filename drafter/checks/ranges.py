"""Ranges written as the standards state them.

GB/T 15834—2011 4.13: the start and end of a time are joined by the 一字线 “—” (2021—2025年, 1—6月), a range
of values by the 浪纹线 “～” (1～2次); the short hyphen “-” joins the parts of one thing (a phone number, a
model, a date written 2023-05-12), never a range. GB/T 15835—2011 5.1.5: in a range of values, a mark the first value leaves out must not change what it
means: 15%～30% (不写为15～30%), 9亿～16亿 (不写为9～16亿), 13万元～17万元 (不写为13～17万元).
Each is a form, found by shape, so it holds in any report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..model import Block
from ..vocab import words
from .citeyears import unyeared
from .context import Context
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope
from .slips import SEEN, around, seen

LONGEST_RANGE = 30  # years a plan or a programme spans at most (2021—2025, 2035)
TITLE_REACH = 80  # characters from a range to its title's 《 or 》
_HYPHENS = "-－‐‑–"
_H = r"\-－‐‑–"  # the hyphens in a character class
_YEARS = Lazy(rf"(?<![0-9A-Za-z./_{_H}])((?:19|20)\d\d)\s*[{_H}]\s*((?:19|20)\d\d)(?=\s*年|\s*[)）])")
_MONTHS = Lazy(rf"(?<![0-9A-Za-z./_{_H}])(1[0-2]|[1-9])\s*[{_H}]\s*(1[0-2]|[1-9])(?=\s*月)")
_DAYS = Lazy(rf"(?<![0-9A-Za-z./_{_H}])(3[01]|[12]\d|[1-9])\s*[{_H}]\s*(3[01]|[12]\d|[1-9])(?=\s*日)")
# the same with the unit written at both ends (2021年-2025年, 1月-6月): the hyphen joins them as well
_YEARS_BOTH = Lazy(rf"(?<![0-9A-Za-z./_{_H}])((?:19|20)\d\d)\s*年\s*[{_H}]\s*((?:19|20)\d\d)\s*年")
_MONTHS_BOTH = Lazy(rf"(?<![0-9A-Za-z./_{_H}])(1[0-2]|[1-9])\s*月\s*[{_H}]\s*(1[0-2]|[1-9])\s*月")
# a time's own units (一字线, or no range at all), and 万/亿, whose range range-unit reports whole (3-5万元)
_NOT_COUNTS = ("年", "月", "日", "号", "时", "分钟", "小时", "万", "亿")
_UNMARKED = Lazy(
    rf"(?<![\d.．%％万亿])(\d+(?:\.\d+)?)\s*([～~〜—{_H}]|至|到)\s*(\d+(?:\.\d+)?)\s*(%|％|万元|亿元|万|亿)(?!分之)"
)

RANGE_DASH = Rule(
    "range-dash",
    "起止、范围用了短横线",
    Scope.DOCUMENT,
    {
        INFO: "年、月、日的起止用一字线“—”（“2021-2025年”应为“2021—2025年”），数值的范围用浪纹线“～”（“1-2次”应为"
        "“1～2次”），不用短横线“-”；全文一条，在第一处"
    },
)
RANGE_UNIT = Rule(
    "range-unit",
    "数值范围前一个数漏了百分号或万、亿",
    Scope.PARAGRAPH,
    {WARNING: "数值范围的前一个数也要写出百分号或万、亿（“10～20%”应为“10%～20%”，“3～5万元”应为“3万～5万元”）"},
)


def time_ranges(text: str) -> list[tuple[int, int, str]]:
    """(start, end, right form) of each range of years, months or days joined by a hyphen: the first before
    the second (a year range within ``LONGEST_RANGE``), so a phone number or a 文号's serial is none."""
    out = []
    for rx, span, unit in (
        (_YEARS, LONGEST_RANGE, ""),
        (_MONTHS, 11, ""),
        (_DAYS, 30, ""),
        (_YEARS_BOTH, LONGEST_RANGE, "年"),
        (_MONTHS_BOTH, 11, "月"),
    ):
        for m in rx.finditer(text):
            first, last = int(m[1]), int(m[2])
            if first < last <= first + span:
                out.append((m.start(), m.end(), f"{m[1]}{unit}—{m[2]}{unit}"))
    return sorted(out)


def value_ranges(text: str) -> list[tuple[int, int, str]]:
    """(start, end, right form) of each range of values joined by a hyphen (1-2次, 0-17岁): two numbers, the
    first the smaller, before a count's measure word (words.toml measure_words; a time's units are
    ``time_ranges``')."""
    out = []
    for m in _values_rx(words().measure_words).finditer(text):
        if float(m[1]) < float(m[2]) and not text.startswith(_NOT_COUNTS, m.end()):
            out.append((m.start(), m.end(), f"{m[1]}～{m[2]}"))
    return out


@lru_cache(maxsize=2)
def _values_rx(measures: tuple[str, ...]) -> re.Pattern[str]:
    units = "|".join(re.escape(w) for w in sorted({*measures, "岁"}, key=len, reverse=True))
    return compile(
        rf"(?<![0-9A-Za-z./_{_H}])(\d{{1,5}}(?:\.\d+)?)\s*[{_H}]\s*(\d{{1,5}}(?:\.\d+)?)(?![\d.{_H}])(?=\s*(?:{units}))"
    )


def ranges_of(text: str) -> list[tuple[int, int, str]]:
    """Every range of ``text`` joined by a hyphen, times' and values', in order."""
    return sorted([*time_ranges(text), *value_ranges(text)])


@RANGE_DASH.check
def range_dash(ctx: Context) -> Iterator[Finding]:
    """One finding for each cited title whose years are joined by a hyphen (《……方案（2021-2025年）》: each title is
    its own to mend, however often cited), and one for the rest of the report, at its first range, counting the
    others: a writer who types the hyphen types it throughout, and fixes them with one replace. An info: it is
    typesetting, and a careful reviewer of a blind set read it as a warning one may dispute (test_trust, web_w113)."""
    found = [(b, r) for b in seen(ctx) if _has_hyphen(b.text) for r in _unsaid(b.text)]
    titles: dict[str, list[tuple[Block, tuple[int, int, str]]]] = {}
    rest = []
    for b, r in found:
        title = _title_around(b.text, r[0], r[1])
        if title is None:
            rest.append((b, r))
        else:
            titles.setdefault(_dashed(title), []).append((b, r))
    firsts = [
        (places[0], len(places), _title_around(places[0][0].text, *places[0][1][:2]) or "")
        for places in titles.values()
    ]
    if rest:
        firsts.append((rest[0], len(rest), ""))
    for (b, (start, end, right)), n, title in sorted(firsts, key=lambda f: f[0][0].locate(f[0][1][0])):
        where = f"《{title}》中" if title else f"“{around(b.text, start, end)}”中"
        more = f"（全文共{n}处）" if n > 1 else ""
        what = "时间的起止用一字线“—”" if "—" in right else "数值的范围用浪纹线“～”"
        message = f"改为“{right}”：{where}起止、范围用了短横线{more}，{what}（GB/T 15834）"
        yield RANGE_DASH.at(b, start, end, INFO, message, ctx.part_of(b))


def _title_around(text: str, start: int, end: int) -> str | None:
    """The words of the title in 书名号 that holds ``text[start:end]``, or None outside any."""
    opened = text.rfind("《", max(0, start - TITLE_REACH), start)
    if opened < 0 or "》" in text[opened:start]:
        return None
    closed = text.find("》", end, end + TITLE_REACH)
    if closed < 0 or "《" in text[end:closed]:
        return None
    return text[opened + 1 : closed]


def _dashed(title: str) -> str:
    """``title`` with its hyphens written as the dash: one key for every citing of it."""
    return "".join("—" if c in _HYPHENS else c for c in title)


def _unsaid(text: str) -> list[tuple[int, int, str]]:
    """The ranges of ``text`` no other finding tells: a cited title's years without 年 (第八个五年规划（2021－2025）)
    are wording's, whose message says the dash with the 年 — one finding for the place."""
    cited = [(s, e) for s, e, _ in unyeared(text)]  # in order and disjoint, as the ranges are in order
    out, j = [], 0
    for r in ranges_of(text):  # one walk along both: a cited span ending before a range ends before the next
        while j < len(cited) and cited[j][1] <= r[0]:
            j += 1
        if j == len(cited) or r[1] <= cited[j][0]:
            out.append(r)
    return out


def hyphened(text: str, start: int, end: int) -> bool:
    """Whether a range of years or months joined by a hyphen stands in ``text[start:end]`` (this rule's, once
    for the report: a fixed title's finding leaves it here)."""
    return _has_hyphen(text[start:end]) and any(start <= s and e <= end for s, e, _ in time_ranges(text))


def _has_hyphen(text: str) -> bool:
    return any(h in text for h in _HYPHENS)


def _ranged(text: str) -> bool:
    return any(c in text for c in "%％万亿")


@RANGE_UNIT.check_paragraphs(SEEN, where=_ranged)
def _range_units(text: str, _: object) -> Iterator[Local]:
    """A range whose second value alone bears % or 万/亿: read alone, its first value is another number."""
    for m in _UNMARKED.finditer(text):
        mark = m[4]
        unit = mark.removesuffix("元") if mark.endswith("元") else mark
        dash = "～" if m[2] in _HYPHENS or m[2] == "~" else m[2]
        right = f"{m[1]}{unit}{dash}{m[3]}{mark}"
        message = f"改为“{right}”：“{around(text, m.start(), m.end())}”中数值范围的前一个数漏了“{unit}”（GB/T 15835）"
        yield RANGE_UNIT.local(m.start(), m.end(), WARNING, message)


__all__ = ["RANGE_DASH", "RANGE_UNIT", "hyphened", "time_ranges"]
