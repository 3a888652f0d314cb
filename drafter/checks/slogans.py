"""A numbered formula of the central documents written without its quotation marks: 增强四个意识 for 增强“四个意识”.

GB/T 15834—2011 4.3.3.1 (引号标示需要着重论述或强调的内容) — and the central texts themselves: a formula named by
its count (两个确立, 两个维护, 四个意识, 十一个坚持, “四个全面”战略布局) abbreviates a list, and the documents that
set it (the 十九届六中全会决议, the 二十大报告, 习近平法治思想's 十一个坚持) always write it in quotation marks.

Only the closed list (``typos.toml`` [quoted_formulas] words), not where a quotation mark opened before it is
still open (“四个意识、四个自信”: one pair around the list), nor inside a 书名号 (a title is cited as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import compile
from ..vocab import alternation, load, word_list
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN

_PAIRS = (("“", "”"), ("《", "》"), ("‘", "’"), ('"', '"'))


@lru_cache(maxsize=1)
def quoted_formulas() -> tuple[str, ...]:
    return load(FILE, _formulas)


def _formulas(data: dict[str, Any], p: Path) -> tuple[str, ...]:
    try:
        return word_list(data["quoted_formulas"]["words"])
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[quoted_formulas] 的 words 是词语的列表") from None


FORMULA_QUOTES = Rule(
    "formula-quotes",
    "带数字的固定提法没加引号",
    Scope.PARAGRAPH,
    {WARNING: "中央文件中以数字概括的提法加引号（增强四个意识，应为增强“四个意识”；GB/T 15834 4.3.3.1）"},
)


@FORMULA_QUOTES.check_paragraphs(SEEN, where=lambda t: any(w in t for w in quoted_formulas()))
def _bare(text: str, _key: object) -> Iterator[Local]:
    for m in _rx(quoted_formulas()).finditer(text):
        if _enclosed(text, m.start()):
            continue
        word = m.group()
        message = f"请给“{word}”加上引号：中央文件中以数字概括的提法都加引号（GB/T 15834 4.3.3.1）"
        yield FORMULA_QUOTES.local(m.start(), m.end(), WARNING, message)


def _enclosed(text: str, at: int) -> bool:
    """Whether a quotation mark or a 书名号 opened before ``at`` in ``text`` is still open there."""
    before = text[:at]
    for opening, closing in _PAIRS:
        if opening == closing:
            if before.count(opening) % 2:
                return True
        elif before.rfind(opening) > before.rfind(closing):
            return True
    return False


@lru_cache(maxsize=4)
def _rx(words: tuple[str, ...]) -> re.Pattern[str]:
    return compile(alternation(words))


__all__ = ["FORMULA_QUOTES"]
