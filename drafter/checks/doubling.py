"""A word typed twice (推进推进, 的的, 课课程), or the unit written on both sides of the year (街道2024年街道):
slips of the keyboard a careful reader flags. The doubled characters, reduplications and words are data
(``checklists/typos.toml``, read by ``slips.slips()``); each paragraph is judged alone, linear in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..text import CJK
from .fixedterms import bent_terms
from .phrases import phrases
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN, around, occurrences, slips

_REPEATED = Lazy(rf"([{CJK}]{{2,4}})\1")
_AROUND_YEAR = Lazy(rf"([{CJK}]{{2,6}})20\d\d年度?\1")  # a word on both sides of a year
_PERSONS = set("人员者")  # 调解调解员: the second word is a person's (调解员)
_NUMERALS = set("一二三四五六七八九十两几每各逐")  # 一个一个, 每年每年: a count repeated on purpose

DOUBLED_WORD = Rule(
    "doubled-word",
    "字词重复",
    Scope.PARAGRAPH,
    {
        WARNING: "一个词紧接着又写了一遍（推进推进、的的）",
        INFO: "两个字的词在句中连写两次，也可能是两个词各用一次（推进推进法治）",
    },
)


@DOUBLED_WORD.check_paragraphs(SEEN)
def _doubled_words(text: str, _: object) -> Iterator[Local]:
    s = slips()
    found = [(m.start(), m.end(), sev) for m in _REPEATED.finditer(text) if (sev := _slip(text, m.start(), m.end()))]
    found += [(i, i + 2, WARNING) for c in s.chars for i in occurrences(text, c + c)]
    found += [(i, i + 2, WARNING) for i in _doubled_firsts(text)]
    found += [(i, i + 2, WARNING) for i in _doubled_insides(text)]
    for start, end, severity in sorted(set(found)):
        if not _covered(text, start, end, s.right):
            word = text[start : start + (end - start) // 2]
            maybe = "" if severity == WARNING else "，如不是两个词各用一次"
            message = f"请删去一个“{word}”：“{around(text, start, end)}”中“{word}”连写了两次{maybe}"
            yield DOUBLED_WORD.local(start, end, severity, message)
    if "年" in text:
        for m in _AROUND_YEAR.finditer(text):  # 现将街道2024年街道法治政府……: the unit written on both sides
            message = f"请删去一个“{m[1]}”：“{m.group()}”中“{m[1]}”在年份前后各写了一次"
            yield DOUBLED_WORD.local(m.start(), m.end(), WARNING, message)


def _doubled_firsts(text: str) -> Iterator[int]:
    """Where a clause's first character is typed twice before a word of ``vocabulary`` (，课课程 → 课程):
    at a paragraph's start, after a mark or after 的 only (党课课程 is 党课 + 课程), never a
    reduplication (人人, 层层) nor one of ``doubled_chars`` (their own check)."""
    s = slips()
    if not s.vocabulary:
        return
    for m in _DOUBLED_CHAR.finditer(text):
        i = m.start()
        pair, word = text[i : i + 2], text[i + 1 : i + 3]
        if pair in s.reduplications or word not in s.vocabulary or text[i] in s.chars:
            continue
        if i == 0 or text[i - 1] == "的" or not _hanzi(text[i - 1]):
            yield i


_DOUBLED_CHAR = Lazy(rf"([{CJK}])(?=\1[{CJK}])")


def _doubled_insides(text: str) -> Iterator[int]:
    """Where an inner character of a word of ``inside`` or a fixed phrase is typed twice (依法行行政, 依法治治县): one search of
    every such form. Its first or last character twice is left alone (依法行政政策: 依法行政 + 政策)."""
    found = _insides_rx(_inside_words(slips().inside, phrases().phrases))
    if found is None:
        return
    rx, places = found
    bent: tuple[tuple[int, int, object], ...] | None = None
    for m in rx.finditer(text):
        bent = bent_terms(text) if bent is None else bent  # a fixed term bent so is wording's finding
        if not any(s < m.end() and m.start() < e for s, e, _ in bent):
            yield m.start() + places[(m.lastindex or 1) - 1]


@lru_cache(maxsize=4)
def _inside_words(inside: tuple[str, ...], fixed: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``doubled_inside`` and the fixed phrases of bent-phrase (现将有有关情况, 全国第第一方阵): an inner
    character of either typed twice is a slip."""
    return tuple(dict.fromkeys((*inside, *fixed)))


@lru_cache(maxsize=4)
def _insides_rx(words: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[int, ...]] | None:
    """One alternation of every word with one inner character doubled, a group per place of the doubled
    character, and those places (group k's pair starts ``places[k - 1]`` characters into its match)."""
    forms: dict[int, set[str]] = {}
    for w in words:
        for i in range(1, len(w) - 1):
            forms.setdefault(i, set()).add(w[: i + 1] + w[i:])
    if not forms:
        return None
    places = tuple(sorted(forms))
    groups = (f"({'|'.join(re.escape(f) for f in sorted(forms[i], key=lambda f: (-len(f), f)))})" for i in places)
    return compile("|".join(groups)), places


def _slip(text: str, start: int, end: int) -> str:
    """How sure it is that the word repeated at ``text[start:end]`` is one word typed twice ("": it is
    not): never a count (一个一个) or one character four times; a two-character word between two
    other characters may be two words that end and begin with it (谁普法普法责任制: 谁普法 + 普法责任制),
    so only an info, and none before a character that makes the second a person (采购采购人: 采购人)
    or where the repeat is a word's end and a 2+2 phrase's start (创建共建共享: 建共建共)."""
    word = text[start : start + (end - start) // 2]
    if word[0] in _NUMERALS or len(set(word)) == 1:
        return ""
    if len(word) > 2 or not _hanzi(text[start - 1 : start]) or not _hanzi(text[end : end + 1]):
        return WARNING
    if _parallel(text, start, word) or _counted(text, start, word):  # 创建共建共享: 创建 + 共建共享
        return ""
    return "" if text[end] in _PERSONS or text.startswith("责任", end) else INFO


def _parallel(text: str, start: int, word: str) -> bool:
    """A word and a 2+2 phrase whose first and third characters are one (创建 + 共建共享 read as 建共建共):
    one of ``parallels`` begins at the repeated word's second character (检查 + 自查自纠). A real word
    typed twice (公共公共服务, 安全安全生产) begins none."""
    return any(text.startswith(p, start + 1) for p in slips().parallels if p[0] == word[1])


def _counted(text: str, start: int, word: str) -> bool:
    """A word ending in a numeral that begins a count of three (办案 + 一案一卷一审 read as 案一案一): the
    numeral comes back a third time right after the repeat. A word typed twice (统一统一思想) has none."""
    return word[1] in _NUMERALS and text[start + 5 : start + 6] == word[1]


_HANZI = Lazy(rf"[{CJK}]")


def _hanzi(ch: str) -> bool:
    return bool(ch) and _HANZI.match(ch) is not None


def _covered(text: str, start: int, end: int, right: tuple[str, ...]) -> bool:
    """Whether one of ``right`` stands over ``text[start:end]`` (不了了之 over 了了)."""
    return any(text.find(r, max(0, end - len(r)), start + len(r)) >= 0 for r in right)


__all__ = ["DOUBLED_WORD"]
