"""Fixed words whose numerals are Chinese (GB/T 15835—2011 4.2.3: 已定型的含汉字数字的词语): 第一议题, 三重一大,
一岗双责, “八五”普法, “十四五” — written with Arabic digits (第1议题, 3重1大) they are no longer the word.

The words are data (``checklists/typos.toml`` [numerals] fixed); each word's Arabic spellings are made from it
(every numeral, or a 十 number as one, Chinese or Arabic, not all Chinese), and the text is searched for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import product

from ..lazyre import Lazy, compile
from ..text import CN_NUM_VALUE
from .numerals import numerals
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN, around

_UNITS = Lazy(r"[一二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]")
_NAMED_BEFORE = "法治建设"  # 推进法治建设第1责任人: the fixed name's own check (wording) says it whole

FIXED_NUMERALS = Rule(
    "fixed-numerals",
    "定型词语中的数字写成了阿拉伯数字",
    Scope.PARAGRAPH,
    {WARNING: "已定型的含汉字数字的词语用汉字数字（“第1议题”应为“第一议题”，“3重1大”应为“三重一大”）"},
)


def _value(unit: str) -> str:
    if "十" not in unit:
        return "2" if unit == "两" else str(CN_NUM_VALUE[unit])
    tens, _, ones = unit.partition("十")
    return str((CN_NUM_VALUE[tens] if tens else 1) * 10 + (CN_NUM_VALUE[ones] if ones else 0))


def arabic_spellings(word: str) -> tuple[str, ...]:
    """``word`` with its numerals in Arabic digits, each numeral (a 十 number as one) either way, never all
    Chinese: 三重一大 → 3重一大, 三重1大, 3重1大."""
    parts: list[tuple[str, ...]] = []
    at = 0
    for m in _UNITS.finditer(word):
        if m.start() > at:
            parts.append((word[at : m.start()],))
        parts.append((m.group(), _value(m.group())))
        at = m.end()
    parts.append((word[at:],))
    spelled = ("".join(p) for p in product(*parts))
    return tuple(s for s in spelled if s != word and not s.isdigit())  # 85 alone is a number, 8五 is 八五


@lru_cache(maxsize=4)
def _spelled(words: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern of every Arabic spelling of ``words`` (longest first, no digit before or after), and
    each spelling's word."""
    right = {s: w for w in words for s in arabic_spellings(w)}
    if not right:
        return None, right
    alternatives = "|".join(re.escape(s) for s in sorted(right, key=len, reverse=True))
    return compile(rf"(?<![\d.])(?:{alternatives})(?!\d)"), right


@FIXED_NUMERALS.check_paragraphs(SEEN)
def _fixed(text: str, _: object) -> Iterator[Local]:
    rx, right = _spelled(numerals().fixed)
    if rx is None:
        return
    for m in rx.finditer(text):
        if text.endswith(_NAMED_BEFORE, 0, m.start()):
            continue
        word = right[m.group()]
        message = (
            f"改为“{word}”：“{around(text, m.start(), m.end())}”中“{m.group()}”是定型的说法，数字用汉字（GB/T 15835）"
        )
        yield FIXED_NUMERALS.local(m.start(), m.end(), WARNING, message)


__all__ = ["FIXED_NUMERALS", "arabic_spellings"]
