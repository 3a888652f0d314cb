"""A fixed formula of a central document written out of its form: a member left out between two that stand
(严格规范公正执法 for 严格规范公正文明执法, 尊法、守法、用法), marks put between the members of one written
without them (“谁执法，谁普法” for 谁执法谁普法), and 党的 left off a congress or plenum of the Party
(学习贯彻二十大精神). The formulas are data (``names.toml`` [[sequences]] and [[heads]]).

The rule of the form: a formula is its members in order. A run of its members that holds every one but one
interior member, the members before and after the gap side by side in order, is the formula with that member
dropped; the first or the last members alone (公正执法, 学法用法, 学法守法用法 — an older formula) are words
of their own, never told. Another order is not judged (学法尊法守法用法 is 十八大's). Marks between members of
a formula written without them are wrong in a quotation (a quotation is copied as written: a warning) and
a matter of taste elsewhere (an info that says readers differ). One search per formula: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import compile
from ..patterns import UnsafePattern, validate
from ..text import last_of
from ..vocab import load, word, word_list
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN

FORMULA_FORM = Rule(
    "formula-form",
    "固定提法漏了成员或加了标点",
    Scope.PARAGRAPH,
    {
        WARNING: "固定提法漏了中间的一项（“严格规范公正执法”），引号中的提法加了标点，党的代表大会、全会前漏了“党的”",
        INFO: "加了顿号列举的提法漏了一项，或不加标点的提法在引号外加了标点：审阅者看法不一",
    },
)

_MARKS = "、，,"  # marks a writer puts between members


@dataclass(frozen=True)
class Sequence:
    """A formula written as its members in order with ``joint`` between each two ("" for none)."""

    members: tuple[str, ...]
    joint: str
    source: str
    since: int  # the year it is written so from (a report of an earlier year is not judged by it)

    @property
    def name(self) -> str:
        return self.joint.join(self.members)


@dataclass(frozen=True)
class Head:
    """Words (``pattern``) a ``head`` stands before (党的二十大), unless ``also`` stands before them in the clause."""

    head: str
    pattern: str
    also: tuple[str, ...]
    follow: str  # what stands after the words when they name it (精神, 报告, 以来…): a pattern


@dataclass(frozen=True)
class Forms:
    sequences: tuple[Sequence, ...]
    heads: tuple[Head, ...]


@lru_cache(maxsize=1)
def forms() -> Forms:
    return load("names.toml", _forms)


def _forms(data: dict[str, Any], p: Path) -> Forms:
    try:
        seqs = tuple(_sequence(s) for s in data.get("sequences", ()))
        heads = tuple(
            Head(word(h["head"]), word(h["pattern"]), word_list(h.get("also", [])), word(h["follow"]))
            for h in data.get("heads", ())
        )
        for h in heads:
            validate(h.pattern)
            validate(h.follow)
        return Forms(seqs, heads)
    except (KeyError, TypeError, ValueError, re.error, UnsafePattern) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；每个 [[sequences]] 要有 members = [……]") from None


def _sequence(s: dict[str, Any]) -> Sequence:
    members = word_list(s["members"])
    joint = word(s.get("joint", ""), empty=True)
    if len(members) < 2 or len(set(members)) != len(members):
        raise ValueError("members 至少两项，各不相同")
    since = s.get("since", 0)
    if not isinstance(since, int):
        raise TypeError(f"since {since!r} 不是年份")
    return Sequence(members, joint, word(s.get("source", ""), empty=True), since)


@lru_cache(maxsize=64)
def _run_rx(members: tuple[str, ...]) -> re.Pattern[str]:
    one = "|".join(re.escape(m) for m in sorted(members, key=len, reverse=True))
    return compile(rf"(?:{one})(?:[{_MARKS}]?(?:{one}))+")


@lru_cache(maxsize=64)
def _member_rx(members: tuple[str, ...]) -> re.Pattern[str]:
    return compile("|".join(re.escape(m) for m in sorted(members, key=len, reverse=True)))


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` stands inside “” (an open quote before it not yet closed, a close after it)."""
    opened = last_of(text, "“", start)
    return opened >= 0 and last_of(text, "”", start, opened) < 0 and "”" in text[end : end + 40]


def _titled(text: str, start: int) -> bool:
    opened = last_of(text, "《", start)
    return opened >= 0 and last_of(text, "》", start, opened) < 0


def bent_sequences(text: str, year: int | None = None) -> Iterator[Local]:
    """Each formula of ``text`` written with an interior member dropped or with marks it has none of (of the
    formulas in force in ``year``: all when unknown)."""
    for s in forms().sequences:
        if year is not None and year < s.since:
            continue
        if sum(m in text for m in s.members) < max(2, len(s.members) - 1):
            continue  # most paragraphs hold no formula: one look per member
        for m in _run_rx(s.members).finditer(text):
            if not _titled(text, m.start()):
                yield from _judged(text, m.start(), m.end(), s)


def _judged(text: str, start: int, end: int, s: Sequence) -> Iterator[Local]:
    tokens = list(_member_rx(s.members).finditer(text, start, end))
    words = tuple(t.group() for t in tokens)
    joints = {text[a.end() : b.start()] for a, b in pairwise(tokens)}
    marked = bool(joints - {s.joint})  # marks where the formula has none, or none where it has
    quoted = _quoted(text, start, end)
    if words == s.members:
        if s.joint == "" and marked:
            if quoted:
                yield FORMULA_FORM.local(start, end, WARNING, f"改为“{s.name}”：引号中照录原文，不加标点")
            else:
                yield FORMULA_FORM.local(start, end, INFO, f"改为“{s.name}”？原文不加标点（审阅者看法不一）")
        return
    gap = _gap(words, s.members)
    if gap is None:
        return
    dropped = s.members[gap]
    if marked or s.joint:  # a list with marks: three of four named on purpose, or left out by slip
        yield FORMULA_FORM.local(start, end, INFO, f"改为“{s.name}”？漏了“{dropped}”（审阅者看法不一）")
    else:
        yield FORMULA_FORM.local(start, end, WARNING, f"改为“{s.name}”：漏了“{dropped}”")


LISTED = 4  # a formula of three or two: two of its members may be named on purpose (法治国家、法治社会)


def _gap(words: tuple[str, ...], members: tuple[str, ...]) -> int | None:
    """The index of the one interior member ``words`` lacks, the others all there in order (None if not so)."""
    n = len(members)
    if n < LISTED or len(words) != n - 1:
        return None
    for k in range(1, n - 1):
        if words == members[:k] + members[k + 1 :]:
            return k
    return None


def headless(text: str) -> Iterator[Local]:
    """Each congress or plenum of the Party named without 党的 (二十大精神): no 党, 中共 in its clause before it,
    outside quotes and titles, not named in full before in the paragraph, followed by words that say it is the
    meeting (精神, 报告, 以来…)."""
    for h in forms().heads:
        full: dict[str, int] = {}  # where each name is first written with its head in the paragraph (-1: never)
        for m in _head_rx(h.pattern, h.follow).finditer(text):
            start, name = m.start(), m.group("name")
            clause = max(last_of(text, _CLAUSE_ENDS, start) + 1, start - CLAUSE_LOOK)
            if any(a in text[clause:start] for a in (h.head, *h.also)):
                continue
            if _quoted(text, start, m.end()) or _titled(text, start):
                continue
            if name not in full:
                full[name] = text.find(h.head + name)
            first = full[name]
            if 0 <= first <= start - len(h.head + name):
                continue  # named in full before in the paragraph: a later mention may be short (……培训班)
            if _listed_rx(h.pattern).search(text, max(0, start - 16), start):
                continue  # after another meeting in a list (二十大、二十届三中全会): the list's head covers it
            end = start + len(m.group("name"))
            yield FORMULA_FORM.local(start, end, WARNING, f"改为“{h.head}{m.group('name')}”：会议名称前写“{h.head}”")


_CLAUSE_ENDS = "，。；：,;:！？\n"
CLAUSE_LOOK = 200  # a clause's words looked back over for 党的/中共: bounded, so a paragraph is read linearly


@lru_cache(maxsize=8)
def _listed_rx(pattern: str) -> re.Pattern[str]:
    return compile(rf"(?:{pattern})(?:精神)?(?:、|和|及|以及|与)$")


@lru_cache(maxsize=8)
def _head_rx(pattern: str, follow: str) -> re.Pattern[str]:
    return compile(rf"(?<![一二三四五六七八九十第“\"])(?P<name>{pattern})(?={follow})")


@FORMULA_FORM.check_paragraphs(SEEN, key=lambda ctx: ctx.year)
def _bent(text: str, year: object) -> Iterator[Local]:
    yield from bent_sequences(text, year if isinstance(year, int) else None)
    yield from headless(text)


__all__ = ["FORMULA_FORM", "Sequence", "bent_sequences", "forms", "headless"]
