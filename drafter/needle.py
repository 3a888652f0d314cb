"""The words every match of a pattern holds: a search skips a text without them.

Many checklist patterns open with look-behinds (``(?:(?<=学习)|(?<=贯彻)|…)法治``): the engine tries
each of them at every position of a paragraph, though a paragraph without 法治 can hold no match.
``needles(rx)`` are literals of which every match of ``rx`` contains at least one (read from the
stdlib's parse, ``sre``): the longest run of plain characters the pattern requires, or for a choice
(``甲…|乙…``) one such run of each branch; empty where none can be told. ``absent(rx, text)`` is
then a proof that ``rx`` finds nothing in ``text``. Case-folding patterns have no needles.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from . import lazyre
from .lazyre import Lazy, Rx
from .sre import REPEATS, const, parser, runs

Needles = tuple[str, ...]  # a match holds one of them at least; () when none can be told


def needles(rx: Rx) -> Needles:
    """Literals of which every match of ``rx`` contains one at least; () when none can be told."""
    return _needles(rx.pattern, rx.flags)  # kept by its text: a compiled pattern hashes its whole code each time


@lru_cache(maxsize=4096)
def _needles(pattern: str, flags: int) -> Needles:
    if flags & re.IGNORECASE:
        return ()
    return lazyre.derived(pattern, flags, _tag(), lambda: _best(_needs(parser.parse(pattern, flags))), lazyre.strings)


@lru_cache(maxsize=1)
def _tag() -> str | None:
    """This module's mark: needles another version of it read are not taken."""
    return lazyre.source_tag("needles", __file__)


def absent(rx: Rx, text: str) -> bool:
    """Whether ``text`` holds none of ``rx``'s needles, so ``rx`` cannot match in it."""
    found = needles(rx)
    for n in found:  # a loop, not any(…): asked of each pattern at each re-check
        if n in text:
            return False
    return bool(found)


def holding(rx: Rx, joined: str, starts: list[int]) -> list[int] | None:
    """Of texts joined by one character (text ``i`` from ``starts[i]`` on), those where one of ``rx``'s
    needles stands, in order: no other text alone can hold a match. None where ``rx`` has no needles.
    One ``find`` per needle and text holding it, whatever the texts' number (a needle over two texts'
    join counts for the first: one more text searched, never one less)."""
    found = needles(rx)
    if not found:
        return None
    hit: set[int] = set()
    for n in found:
        at = joined.find(n)  # most patterns of a check find none: a find each, nothing more
        while at >= 0:
            i = bisect_right(starts, at) - 1
            hit.add(i)
            at = joined.find(n, starts[i + 1]) if i + 1 < len(starts) else -1
    return sorted(hit) if hit else []


class Needled(Lazy):
    """A pattern compiled where first searched in a text that holds one of its needles: a search of a text
    without them finds nothing and compiles nothing (most checklist patterns of a lint: issue 29). Only the
    span searched is looked at (``pos``, ``endpos``): a match lies within it, and so does its needle."""

    __slots__ = ()

    def _lacks(self, string: str, pos: int, endpos: int) -> bool:
        if self._compiled is not None:  # compiled: the search itself is as quick
            return False
        found = needles(self)
        for n in found:
            if string.find(n, pos, endpos) >= 0:
                return False
        return bool(found)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks(string, pos, endpos) else super().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks(string, pos, endpos) else super().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._lacks(string, pos, endpos) else super().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._lacks(string, pos, endpos) else super().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._lacks(string, pos, endpos) else super().findall(string, pos, endpos)


def _best(needs: list[Needles]) -> Needles:
    """Of a sequence's requirements, the one least likely met by chance: its shortest literal longest,
    then the fewest literals."""
    return max(needs, key=lambda n: (min(map(len, n)), -len(n)), default=())


def _needs(items: Any) -> list[Needles]:
    """What a match of the sequence ``items`` requires: each entry a set of literals it holds one of."""
    needs: list[Needles] = []
    for step in runs(items):
        if isinstance(step, str):
            needs.append((step,))
        elif inner := _inner(*step):
            needs.append(inner)
    return needs


def _inner(op: Any, av: Any) -> Needles:
    """What an item that is not a plain character requires: a group's, a repeat's done at least once,
    a choice's (one of each branch's); nothing of look-arounds or anything else."""
    if op is const.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return () if add_flags or del_flags else _best(_needs(body))  # a local (?i:…) folds case
    if op in REPEATS:
        low, _, body = av
        return _best(_needs(body)) if low >= 1 else ()
    if op is const.BRANCH:
        each = [_best(_needs(branch)) for branch in av[1]]
        return () if not all(each) else tuple(dict.fromkeys(n for branch in each for n in branch))
    return ()


__all__ = ["Needled", "Needles", "absent", "holding", "needles"]
