"""A fixed formula's count word written with another number: 习近平法治思想的“十个坚持” (十一个坚持),
增强“三个意识” (四个意识), 行政执法“四项制度” (三项制度).

Counts are used by many formulas (党的百年奋斗历史经验 has its 十个坚持), so a count is judged only in a
sentence that names its formula's context (``names.toml`` [[counts]] ``near``: 习近平法治思想 for 十一个坚持,
the other of 四个意识、四个自信、两个维护 for each) and none of another's (``unless``: 历史经验).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..vocab import load, word, word_list
from .keep import kept

_SENTENCE = "。；！？;!?\n"
_NUMERALS = "一二两三四五六七八九十"
_NAME = Lazy(f"([{_NUMERALS}]+)([个项].+)")  # 十一个坚持: a count, then 个/项 and the formula's words
_QUOTES = "“”\"‘’'「」的 "


@dataclass(frozen=True)
class Count:
    """A formula named by its count (十一个坚持): the count, the measure word, the thing counted."""

    name: str
    count: str
    thing: str  # 个坚持, 项制度
    near: tuple[str, ...]  # one of them in the sentence
    unless: tuple[str, ...] = ()
    before: tuple[str, ...] = ()  # one of them right before the count (行政执法“三项制度”)


@lru_cache(maxsize=1)
def counts() -> tuple[Count, ...]:
    return load("names.toml", _counts)


def _counts(data: dict[str, Any], p: Path) -> tuple[Count, ...]:
    try:
        return tuple(_count(c) for c in data.get("counts", ()))
    except (KeyError, TypeError, ValueError) as e:
        raise ReadError(
            f'{p} 有误（{str(e)[:60]}）；每个 [[counts]] 要有 name = "十一个坚持" 和 near 或 before'
        ) from None


def _count(c: dict[str, Any]) -> Count:
    name = word(c["name"])
    m = _NAME.compiled.fullmatch(name)
    if m is None:
        raise ValueError(f"“{name}”不是“数字＋个（项）＋提法”")
    near, before = word_list(c.get("near", [])), word_list(c.get("before", []))
    if not near and not before:
        raise ValueError(f"“{name}”要写 near 或 before")
    return Count(name, m[1], m[2], near, word_list(c.get("unless", [])), before)


@kept
def miscounted(text: str) -> tuple[tuple[int, int, Count], ...]:
    """(start, end, right formula) of each count word in ``text`` with another number than its
    formula's, in a sentence naming the formula's context (kept: asked of every paragraph)."""
    return tuple(_miscounted(text))


def _miscounted(text: str) -> Iterator[tuple[int, int, Count]]:
    for c in counts():
        if c.thing not in text:
            continue
        for m in _rx(c.thing).finditer(text):
            if m[1] == c.count:
                continue
            sentence = _sentence(text, m.start(), m.end())
            if any(w in sentence for w in c.unless):
                continue
            lead = text[max(0, m.start() - 8) : m.start()].rstrip(_QUOTES)
            if (c.near and any(w in sentence for w in c.near)) or (c.before and lead.endswith(c.before)):
                yield m.start(), m.end(), c


@lru_cache(maxsize=64)
def _rx(thing: str) -> re.Pattern[str]:
    return compile(f"(?<![{_NUMERALS}百])([{_NUMERALS}]{{1,3}}){re.escape(thing)}")


def _sentence(text: str, start: int, end: int) -> str:
    s = max(text.rfind(c, 0, start) for c in _SENTENCE) + 1
    e = min((i for c in _SENTENCE if (i := text.find(c, end)) >= 0), default=len(text))
    return text[s:start] + text[end:e]  # the sentence without the count itself


__all__ = ["Count", "counts", "miscounted"]
