"""Text normalisation and the numbering patterns of Chinese official documents.

Shared by every reader and by the checks, so that a heading typed as "(一)" in a
.txt, "（一）" in a .docx or produced by Word numbering means the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from .hanzi import drop_ruby, ruby
from .lazyre import Lazy, compile

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CN_DIGITS = "一二三四五六七八九十"
SENTENCE_END = "。！？!?"
# the marks that end a clause or a sentence: a look back to a clause's start stops at them
CLAUSE_BREAKS = "，,。；;：:"
CLAUSE_END = SENTENCE_END + "；;：:…”’」』）)"

# XML 1.0 forbids C0 controls other than tab, LF and CR; Word cannot hold them.
_CONTROL = Lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff]")
# Spaces that PDF extraction leaves inside words: "2022 年", "全县 100 余名", "报 告".
_WIDE = rf"{CJK}，。、；：“”（）《》〔〕"
_INNER_SPACE = Lazy(
    rf"(?<=[{_WIDE}])[ \t\u3000\u00a0]+(?=[{_WIDE}\d()])|(?<=[{_WIDE}\d()])[ \t\u3000\u00a0]+(?=[{_WIDE}])"
)
_SPACE_RUN = Lazy(r"[ \t\u3000\u00a0]+")

# Numbering as typed. Level 1: 一、 / 第一部分; 2: （一）; 3: 1. / 1、; 4: （1）.
NUMBERING: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, compile(rf"^第[{CN_DIGITS}]{{1,3}}(?:部分|章|节)[、，,．.：:\s]*")),
    # 一、二、三季度 / 一、二月份 is a list, not a heading; a numeral after 一、 that goes on as a word is the heading's
    # (一年来的工作, 二〇二四年, 一把手抓法治, 一网通办, 三项制度落实)
    (1, compile(rf"^[{CN_DIGITS}]{{1,3}}[、，,．.](?![{CN_DIGITS}]{{1,3}}(?:[、，,和及至到]|季度|个?月|级|类))\s*")),
    (2, compile(rf"^[（(]\s*[{CN_DIGITS}]{{1,3}}\s*[）)]\s*")),
    (3, compile(r"^\d{1,2}\s*(?:、|[.．](?!\d))\s*")),  # "1.5万" is a figure, "4、2025年" a heading
    (4, compile(r"^[（(]\s*\d{1,2}\s*[）)]\s*")),
    (4, compile(r"^[①-⑳]\s*")),
)

CN_NUM_VALUE = {c: i + 1 for i, c in enumerate(CN_DIGITS)}


def strip_controls(text: str) -> str:
    return _CONTROL.sub("", text)


_SUSPECT = Lazy(r"[\x00-\x1f\x7f\ufeff\ufffe\uffff\u200b \u3000\u00a0]")


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """One paragraph's text as the checks see it: no controls, no PDF word gaps, no pinyin a mirror
    site put after its characters (kept: the app's re-check reads the same paragraphs again and again)."""
    if ("(" in text or "（" in text) and ruby(text):
        text = drop_ruby(text)  # a mirror's pinyin ("縣(xiàn)長") is no word of the report
    if not _SUSPECT.search(text):
        return text  # the common case: a clean line of Chinese text
    text = strip_controls(text).replace("\u200b", "")
    text = _INNER_SPACE.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip()


def squash(text: str) -> str:
    """Text with every space removed, for matching headings and titles."""
    return _SPACE_RUN.sub("", strip_controls(text))


@lru_cache(maxsize=16384)
def match_number(text: str) -> tuple[int, str] | None:
    """(level, numbering as typed) if ``text`` starts with heading numbering."""
    for level, pattern in NUMBERING:
        m = pattern.match(text)
        if m:
            return level, m.group(0)
    return None


_NOT_CN_DIGIT = Lazy(rf"[^\d{CN_DIGITS}]")


def cn_value(number: str) -> int | None:
    """The value of a typed heading number: "（三）" → 3, "2." → 2."""
    digits = _NOT_CN_DIGIT.sub("", number)
    if not digits:
        return None
    if digits.isdigit():
        return int(digits)
    if digits == "十":
        return 10
    if digits.startswith("十"):
        return 10 + CN_NUM_VALUE.get(digits[1], 0)
    if len(digits) >= 2 and digits[1] == "十":
        return CN_NUM_VALUE[digits[0]] * 10 + (CN_NUM_VALUE.get(digits[2], 0) if len(digits) > 2 else 0)
    return CN_NUM_VALUE.get(digits[0])


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一, 100 → 一百, 105 → 一百零五 (the counting used in headings and Word lists).

    Up to 九千九百九十九万…; a negative or larger number stays in digits.
    """
    if n < 0 or n >= 10**8:
        return str(n)
    if n == 0:
        return "零"
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return cn_number(high) + "万" + ("" if not low else ("零" if low < 1000 else "") + _below_10000(low))
    out = _below_10000(n)
    return out[1:] if 10 <= n < 20 else out  # 十二, not 一十二


def _below_10000(n: int) -> str:
    digits = "零" + CN_DIGITS[:9]
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, n = divmod(n, size)
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        else:
            zero = True
    return out


def is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def width(text: str) -> int:
    """Display width in half-width cells (CJK and full-width forms count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


SHORT_LOOK = 256  # characters looked through directly; a longer look reads the text's marks, found once


def last_of(text: str, chars: str, at: int, lo: int = 0) -> int:
    """The offset of the last of the single characters ``chars`` in ``text[lo:at]`` (0 <= lo), -1 if none: as
    ``max(text.rfind(c, lo, at) for c in chars)``, but a long look reads offsets found once for ``text``
    (a look back to a block's start for each match made a one-line web copy quadratic)."""
    if at - lo <= SHORT_LOOK:
        return max(text.rfind(c, lo, at) for c in chars)
    offsets = _offsets(text, chars)
    k = bisect_left(offsets, at) - 1
    return offsets[k] if k >= 0 and offsets[k] >= lo else -1


def next_of(text: str, chars: str, at: int) -> int:
    """The offset of the first of the single characters ``chars`` in ``text[at:]`` (0 <= at), -1 if none: as
    ``min`` of ``text.find(c, at)`` found, but read from offsets found once for a long ``text`` (a mark the
    text lacks was looked for to its end from each match)."""
    if len(text) - at <= SHORT_LOOK:
        return min((i for c in chars if (i := text.find(c, at)) >= 0), default=-1)
    offsets = _offsets(text, chars)
    k = bisect_left(offsets, at)
    return offsets[k] if k < len(offsets) else -1


def cited(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a title's 《》 or a quotation's “”: cited as written."""
    for left, right in (("《", "》"), ("“", "”")):
        opened = last_of(text, left, at)
        if opened >= 0 and last_of(text, right, at, opened) < 0:
            return True
    return False


@lru_cache(maxsize=64)
def _offsets(text: str, chars: str) -> tuple[int, ...]:
    """Every offset of one of ``chars`` in ``text``, ascending: read once for a text however often asked."""
    return tuple(m.start() for m in _any_of(chars).finditer(text))


@lru_cache(maxsize=32)
def _any_of(chars: str) -> re.Pattern[str]:
    return compile(f"[{re.escape(chars)}]")
