"""Two titles of office side by side with no mark between them: 由党委书记镇长牵头 for 党委书记、镇长.

GB/T 15834—2011 4.5.3.1: the 顿号 parts words of the same kind listed side by side. Two offices written one
after the other name two posts (one person holding both, or two persons): each is a word of its own, and
they take the 顿号 — run together they read as one unknown title.

Only the closed list of offices (``typos.toml`` [offices] titles: 书记 镇长 局长 主任 …), two different
ones adjacent; not inside quotation marks or 书名号 (a named campaign or a title is quoted as it is), not
before a word that makes the pair a fixed name (书记主任一肩挑, 市长热线: [offices] not_before).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import compile
from ..vocab import alternation, load, word_list
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN

_OPENS = {"”": "“", "》": "《", "’": "‘"}  # a closing mark and its opening one


@dataclass(frozen=True)
class Offices:
    """``typos.toml``'s [offices]: the titles of office, and the words after which a pair of them is a fixed
    name (书记主任一肩挑)."""

    titles: tuple[str, ...]
    not_before: tuple[str, ...]


@lru_cache(maxsize=1)
def offices() -> Offices:
    return load(FILE, _offices)


def _offices(data: dict[str, Any], p: Path) -> Offices:
    try:
        t = data["offices"]
        return Offices(word_list(t["titles"]), word_list(t["not_before"]))
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[offices] 的 titles、not_before 是词语的列表") from None


OFFICES_RUN_TOGETHER = Rule(
    "offices-run-together",
    "两个职务之间漏了顿号",
    Scope.PARAGRAPH,
    {WARNING: "两个职务名称连写，中间没有顿号（由党委书记镇长牵头，应为“党委书记、镇长”；GB/T 15834 4.5.3.1）"},
)


@OFFICES_RUN_TOGETHER.check_paragraphs(SEEN)
def _run_together(text: str, _key: object) -> Iterator[Local]:
    w = offices()
    quotes = _Quotes(text)
    for m in _pair(w.titles).finditer(text):
        first, second = m.group(1), m.group(2)
        if first == second or text.startswith(w.not_before, m.end()) or quotes.open_at(m.start()):
            continue
        message = f"请在“{first}{second}”中间加顿号：两个职务并列（GB/T 15834 4.5.3.1）"
        yield OFFICES_RUN_TOGETHER.local(m.start(), m.end(), WARNING, message)


@lru_cache(maxsize=4)
def _pair(titles: tuple[str, ...]) -> re.Pattern[str]:
    one = alternation(titles)
    return compile(rf"({one})({one})")


class _Quotes:
    """Whether quotation marks or 书名号 opened before an offset of ``text`` are still open there, asked at offsets
    in ascending order: the paragraph is walked once, however many pairs it holds."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = 0
        self._depth = {opening: 0 for opening in _OPENS.values()}

    def open_at(self, at: int) -> bool:
        depth = self._depth
        for i in range(self._at, at):
            c = self._text[i]
            if c in depth:
                depth[c] += 1
            elif c in _OPENS and depth[_OPENS[c]] > 0:
                depth[_OPENS[c]] -= 1
        self._at = max(self._at, at)
        return any(depth.values())


__all__ = ["OFFICES_RUN_TOGETHER"]
