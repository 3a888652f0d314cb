"""Coordinate words written one after another with no mark between them: 使命感责任感紧迫感 for
使命感、责任感、紧迫感.

GB/T 15834—2011 4.5.3.1: coordinate words in a sentence stand apart by a 顿号. Three or more words of one
shape in a row — a two-character stem and the same suffix (感, 性: ``typos.toml`` [coordinates]) — are such a
list, read as one word when the marks are dropped. A title in 《》 or words in quotation marks are cited as
written; 化 is not listed, for official wording writes some such runs without marks (政务服务标准化规范化便利化).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import compile
from ..text import cited
from ..vocab import load
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN

MIN_RUN = 3  # words of one shape in a row: two may be one compound (安全感责任感 is rare, but 必要性可行性 is not)

COORDINATE_RUN = Rule(
    "coordinate-run",
    "并列的词语之间漏了顿号",
    Scope.PARAGRAPH,
    {WARNING: "三个以上同样构成的并列词语连写，中间没有顿号（“使命感责任感紧迫感”应为“使命感、责任感、紧迫感”）"},
)


@lru_cache(maxsize=1)
def suffixes() -> str:
    return load(FILE, _suffixes)


def _suffixes(data: dict[str, Any], p: Path) -> str:
    try:
        ends = data["coordinates"]["suffixes"]
        if not isinstance(ends, str) or not ends:
            raise TypeError("suffixes 是一串汉字")
        return ends
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[coordinates] 的 suffixes 是一串汉字") from None


@lru_cache(maxsize=2)
def _run_rx(ends: str) -> re.Pattern[str]:
    """``MIN_RUN`` or more words of a two-character stem and one suffix (group 1: the suffix) in a row."""
    word = r"[\u4e00-\u9fff]{2}"
    return compile(rf"{word}([{re.escape(ends)}])(?:{word}\1){{{MIN_RUN - 1},}}")


@COORDINATE_RUN.check_paragraphs(SEEN, where=lambda t: any(e in t for e in suffixes()))
def _runs(text: str, key: object) -> Iterator[Local]:
    for m in _run_rx(suffixes()).finditer(text):
        if cited(text, m.start()):
            continue
        words = [m.group()[i : i + 3] for i in range(0, len(m.group()), 3)]
        message = f"改为“{'、'.join(words)}”：连写读来像一个词，并列的词语之间用顿号"
        yield COORDINATE_RUN.local(m.start(), m.end(), WARNING, message)


__all__ = ["COORDINATE_RUN"]
