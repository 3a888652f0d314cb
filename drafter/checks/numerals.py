"""Arabic and Chinese numerals as GB/T 15835—2011 states them: one number is written in one kind, only 万 and
亿 may stand in Chinese beside Arabic digits (4000, not 4千; 10%, not 百分之10); two neighbouring numerals that
tell an approximate number stand together, in Chinese, without a 顿号 (三四个, not 三、四个).

Found by shape; the units a 千 or 百 begins (千米, 千克, 百分点) and the measure words of a count are data
(``checklists/typos.toml`` [numerals]).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..text import CN_NUM_VALUE
from ..vocab import load, word_list
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN, around

# one to three digits before 十/百/千 (4千, 1.5千): a year before a word 十 begins (2024十大法治事件) is no number
_DIGIT_UNIT = Lazy(r"(?<![\d.．A-Za-z])(\d{1,3}(?:\.\d+)?)([十百千])(万?)")
_PERCENT = Lazy(r"百分之(\d+(?:\.\d+)?)")
# the bare first number of a range the mixed one ends (3～5千: both ends are thousands, 3000～5000)
_RANGE_START = Lazy(r"(?<![\d.．])(\d{1,3}(?:\.\d+)?)\s*([～~〜至到])\s*$")
_APPROX = Lazy(
    r"(?<![、第\d一二三四五六七八九十百千周期初])([一二三四五六七八九])、([二三四五六七八九十])(十|百|千|万)?"
)
# the same in Arabic digits (5、6次 for 五六次): one digit each, not an ordinal's (第3、4次) nor a list's run (3、4、5)
_APPROX_DIGITS = Lazy(r"(?<![\d.．第、])([1-9])、([2-9])(?![\d.．、])")
_ORDINAL_AFTER = ("年级", "年度", "年代", "次分配", "次产业")  # 三、四年级: grades, not a count of years
_CN_DIGITS = "零一两三四五六七八九"  # 1、2次 is 一两次, 2、3次 两三次
_LISTED = ("分别", "依次", "各")  # 两组分别为5、6人: a list of two counts, not an approximate one
_SCALE = {"十": 10, "百": 100, "千": 1000}


@dataclass(frozen=True)
class Numerals:
    """``typos.toml`` [numerals]: the units a 十/百/千 after a digit begins (5千米 is five kilometres), the
    measure words of a count an approximate number comes before (三四个, 七八十人), and the fixed words whose
    numerals are Chinese."""

    units: tuple[str, ...]
    counts: tuple[str, ...]
    fixed: tuple[str, ...] = ()  # 第一议题 三重一大: words whose numerals are Chinese (fixednumerals)


@lru_cache(maxsize=1)
def numerals() -> Numerals:
    return load(FILE, _numerals)


def _numerals(data: dict[str, Any], p: Path) -> Numerals:
    try:
        table = data["numerals"]
        return Numerals(word_list(table["units"]), word_list(table["counts"]), word_list(table.get("fixed", [])))
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[numerals] 的 units、counts、fixed 是字词的列表") from None


MIXED_NUMERALS = Rule(
    "mixed-numerals",
    "一个数混用了阿拉伯数字和汉字",
    Scope.PARAGRAPH,
    {WARNING: "除万、亿外，一个数不同时用阿拉伯数字和汉字（“4千余人”应为“4000余人”，“百分之10”应为“10%”）"},
)
APPROXIMATE_COMMA = Rule(
    "approximate-comma",
    "概数中间用了顿号",
    Scope.PARAGRAPH,
    {WARNING: "相邻的两个数连用表示概数，中间不用顿号（“三、四个”应为“三四个”）"},
)


def _mixable(text: str) -> bool:
    return "百分之" in text or any(c in text for c in "十百千")


@MIXED_NUMERALS.check_paragraphs(SEEN, where=_mixable)
def _mixed(text: str, _: object) -> Iterator[Local]:
    units = numerals().units
    for m in _DIGIT_UNIT.finditer(text):
        if not m[3] and text.startswith(units, m.start(2)):
            continue  # 5千米, 3百分点
        value = float(m[1]) * _SCALE[m[2]]
        right = f"{value:g}{m[3]}" if value < 1e7 else ""
        if not right or "e" in right:
            continue
        start = m.start()
        first = _RANGE_START.compiled.search(text, max(0, start - 12), start)
        if first is not None:  # 3～5千: the range's first end is of the same scale (3000～5000, not 3～5000)
            low = f"{float(first[1]) * _SCALE[m[2]]:g}{m[3]}"
            start, right = first.start(), f"{low}{first[2]}{right}"
        message = f"改为“{right}”：“{around(text, start, m.end())}”中“{text[start : m.end()]}”混用了阿拉伯数字和汉字（GB/T 15835）"
        yield MIXED_NUMERALS.local(start, m.end(), WARNING, message)
    for m in _PERCENT.finditer(text):
        message = (
            f"改为“{m[1]}%”：“{around(text, m.start(), m.end())}”中“{m.group()}”混用了汉字和阿拉伯数字（GB/T 15835）"
        )
        yield MIXED_NUMERALS.local(m.start(), m.end(), WARNING, message)


def approximate_digits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, Chinese form) of each approximate number written as two neighbouring Arabic digits with a 顿号
    before a count's measure word (5、6次 is 五六次): not after 分别/依次 in its clause (a list of two counts)."""
    out: list[tuple[int, int, str]] = []
    if "、" not in text:
        return out
    counts = numerals().counts
    for m in _APPROX_DIGITS.finditer(text):
        first, second = int(m[1]), int(m[2])
        if second != first + 1 or not text.startswith(counts, m.end()) or text.startswith(_ORDINAL_AFTER, m.end()):
            continue
        clause = text[max(0, m.start() - 16) : m.start()]
        clause = clause[max((clause.rfind(c) for c in "，,。；;：:"), default=-1) + 1 :]
        if any(w in clause for w in _LISTED):
            continue
        out.append((m.start(), m.end(), _CN_DIGITS[first] + _CN_DIGITS[second]))
    return out


@APPROXIMATE_COMMA.check_paragraphs(SEEN, where=lambda t: "、" in t)
def _approximate(text: str, _: object) -> Iterator[Local]:
    """Two neighbouring Chinese numerals (三、四; 七、八十) right before a count's measure word: an
    approximate number. Not an ordinal's (第一、二; 一、二季度 takes no count word) nor a list of numbers."""
    counts = numerals().counts
    for m in _APPROX.finditer(text):
        first, second = CN_NUM_VALUE[m[1]], CN_NUM_VALUE[m[2]]
        if second != first + 1 or not text.startswith(counts, m.end()) or text.startswith(_ORDINAL_AFTER, m.end()):
            continue
        right = f"{m[1]}{m[2]}{m[3] or ''}"
        message = f"改为“{right}”：“{m.group()}”是概数，两数之间不用顿号（GB/T 15835）"
        yield APPROXIMATE_COMMA.local(m.start(), m.end(), WARNING, message)
    for start, end, right in approximate_digits(text):
        message = f"改为“{right}”：“{text[start:end]}”是概数，相邻两数连用表示概数用汉字、不用顿号（GB/T 15835）"
        yield APPROXIMATE_COMMA.local(start, end, WARNING, message)


__all__ = ["APPROXIMATE_COMMA", "MIXED_NUMERALS", "approximate_digits", "numerals"]
