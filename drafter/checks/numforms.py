"""Numbers written in a form a reviewer corrects: two years run together (20212025年), a day named by
its month and day with a full stop ("4.15"国家安全教育日), an Arabic list number with a 顿号 (1、).

Each is a form, not a word: found by shape, so it holds in any report. The words that tell a list
number from a count (1、2月) are data (``checklists/typos.toml`` [numbers]).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..vocab import load, word_list
from .context import Context
from .results import WARNING, Finding, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN, around, seen

LONGEST_RANGE = 30  # years a plan or a programme spans at most (2021—2025, 2035)
_JOINED = Lazy(r"(?<![\d.])((?:19|20)\d\d)((?:19|20)\d\d)(?=\s*年)")
_DAY = Lazy(r"(?<![\d.．])(1[0-2]|0?[1-9])[.．](3[01]|[12]\d|0?[1-9])(?![\d.．])")
_NAMED_DAY = Lazy(r"[\u4e00-\u9fff]{2,12}?[日节周月]")  # 国家安全教育日, 宪法宣传周
_ENUM = Lazy(r"(?:^|(?<=[。；;：:]))\s*(\d{1,2})、(?!\d)")


@dataclass(frozen=True)
class Numbers:
    """``typos.toml`` [numbers]: what follows a number and 顿号 in a count, not a list (1、2月), and the
    words of a day's name a month and day written without quotes go before (6.26国际禁毒日)."""

    counted: tuple[str, ...]
    day_words: tuple[str, ...]


@lru_cache(maxsize=1)
def numbers() -> Numbers:
    return load(FILE, _numbers)


def _numbers(data: dict[str, Any], p: Path) -> Numbers:
    try:
        table = data["numbers"]
        return Numbers(word_list(table["counted"]), word_list(table["day_words"]))
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[numbers] 的 counted、day_words 是字词的列表") from None


JOINED_YEARS = Rule(
    "joined-years",
    "年份区间漏了连接号",
    Scope.PARAGRAPH,
    {WARNING: "两个年份连写，中间漏了连接号（“（20212025年）”应为“（2021—2025年）”）"},
)
DAY_DOT = Rule(
    "day-dot",
    "以月日命名的日子用了圆点",
    Scope.PARAGRAPH,
    {WARNING: "以月日命名的纪念日、活动日，月日之间用间隔号（“4.15”国家安全教育日应为“4·15”）"},
)
ARABIC_ENUMERATOR = Rule(
    "arabic-enumerator",
    "阿拉伯数字序号后用了顿号",
    Scope.DOCUMENT,
    {WARNING: "分条的序号写成“1、”“2、”，应为“1.”“2.”（全文一条，在第一处）"},
)


@JOINED_YEARS.check_paragraphs(SEEN)
def _joined_years(text: str, _: object) -> Iterator[Local]:
    """Two years of a range written with nothing between them (《……实施纲要(20212025年)》): the first
    before the second and close to it, so an eight-digit number (a 文号's serial, a phone) is none."""
    for m in _JOINED.finditer(text):
        first, last = int(m[1]), int(m[2])
        if first < last <= first + LONGEST_RANGE:
            message = f"改为“{first}—{last}”：“{around(text, m.start(), m.end())}”中两个年份连写了，漏了连接号"
            yield JOINED_YEARS.local(m.start(), m.end(), WARNING, message)


@DAY_DOT.check_paragraphs(SEEN, where=lambda t: "." in t or "．" in t)
def _day_dots(text: str, _: object) -> Iterator[Local]:
    """Days named by their month and day with a full stop: in quotes (“4.15”, a number no date could be
    has a month or day out of range: “2.0”), or, without quotes, right before the day's name (6.26国际禁毒日:
    a name that ends as a day's does and holds one of ``day_words``). One finding a paragraph, at the first:
    a writer who lists such days writes them all so (“12.4”宪法日、“4.22”世界地球日……)."""
    found = []
    for m in _DAY.finditer(text):
        quoted = m.start() > 0 and text[m.start() - 1] in '“"' and text[m.end() : m.end() + 1] in ("”", '"')
        if quoted or _day_name(text, m.end()):
            found.append(m)
    if found:
        m = found[0]
        got = "".join(f"“{f.group()}”" for f in found)
        right = "".join(f"“{int(f[1])}·{int(f[2])}”" for f in found)
        message = f"改为{right}：{got}是以月日命名的日子，月日之间用间隔号"
        yield DAY_DOT.local(m.start(), m.end(), WARNING, message)


def _day_name(text: str, at: int) -> bool:
    name = _NAMED_DAY.match(text, at)
    return name is not None and any(w in name.group() for w in numbers().day_words)


@ARABIC_ENUMERATOR.check
def arabic_enumerator(ctx: Context) -> Iterator[Finding]:
    """One finding for the report, at its first list number with a 顿号, counting the rest: a writer
    who numbers so numbers every list so, and fixes them with one replace."""
    found = [(b, span) for b in seen(ctx) if "、" in b.text for span in enumerators(b.text)]
    if not found:
        return
    b, (start, end) = found[0]
    n = b.text[start : end - 1]
    more = f"，全文共{len(found)}处" if len(found) > 1 else ""
    message = f"改为“{n}.”：序号“{n}、”后用了顿号{more}；阿拉伯数字的序号后用下脚点"
    yield ARABIC_ENUMERATOR.at(b, start, end, WARNING, message, ctx.part_of(b))


def enumerators(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Arabic list number with its 顿号 in ``text``: at the paragraph's start or after
    a sentence's or clause's end (；2、), before words, not a count of months or times (1、2月 · 3、4次 are
    ``counted``; 1、2、3 a run of numbers)."""
    out = []
    for m in _ENUM.finditer(text):
        rest = text[m.end() : m.end() + 4]
        if rest and _WORDS.match(rest) and not rest.startswith(numbers().counted):
            out.append((m.start(1), m.end()))
    return out


_WORDS = Lazy(r"[\u4e00-\u9fff“《（(]")


__all__ = ["ARABIC_ENUMERATOR", "DAY_DOT", "JOINED_YEARS", "enumerators", "numbers"]
