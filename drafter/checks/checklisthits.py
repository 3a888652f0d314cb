"""The checklist's citations, fixed names and wrong words found in one paragraph, judged by the paragraph alone.

outdated-citation and wording (``texts``) search the report for each of the checklist's entries (some 275
patterns). What an entry finds in one paragraph, and whether the paragraph's own words allow it (an exception,
a name as issued, a sentence of history, a word before), depends on that paragraph alone: ``listed`` is kept by
its text, so a re-check searches the patterns in the edited paragraph only and each other paragraph costs one
look-up. What the whole report decides is the rules' (``texts``), over these few hits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass

from ..checklists import Checklist
from ..lazyre import Rx
from ..needle import needles
from ..text import last_of, next_of
from .cues import pattern
from .keep import kept
from .replaced import dated_before, replaced_titles

Listed = tuple[
    tuple[tuple[int, int, int], ...],  # superseded citations: (entry of ``citations``, start, end)
    tuple[tuple[int, int, str], ...],  # documents another replaced: (start, end, message)
    tuple[tuple[int, int, int, bool], ...],  # fixed names in a wrong form: (entry of ``names``, start, end, allowed)
    tuple[tuple[int, int, int], ...],  # wrong words: (entry of ``wording``, start, end)
]


NOTHING: Listed = (), (), (), ()  # most paragraphs: one object, passed over at a glance


@kept
def listed(text: str, checklist: Checklist, year: int | None) -> Listed:
    """What the checklist's citations, fixed names and wording find in one paragraph (its simplified view), judged
    by the paragraph alone: a pure function of its text, so a re-check searches the checklist's patterns in the
    edited paragraph only. What the whole report decides (a form told once, a name's finding hiding a word's, the
    head's voice, a copy broken off) is left to the rules, over these few hits."""
    idx = _index(checklist)
    found = _Found(text, idx, _present(text, idx))
    if year is None:
        got: Listed = (), (), _named(found, checklist, year), _worded(found, checklist, year)
    else:
        replaced = tuple(
            (start, end, f"请改引现行文件：《{old.name}》已被《{new.name}》取代（{old.since}年起的报告）")
            for start, end, old, new in replaced_titles(text, year)
        )
        got = _cited(found, checklist, year), replaced, _named(found, checklist, year), _worded(found, checklist, year)
    return got if any(got) else NOTHING


@dataclass(frozen=True)
class _Index:
    """A checklist's patterns (``rxs``), the place of each citation's, name's and wording entry's among them, and
    each needle (``needle.needles``: a match holds one of a pattern's) with the patterns it stands for."""

    rxs: tuple[Rx, ...]
    cited: tuple[int, ...]
    named: tuple[int, ...]
    worded: tuple[int, ...]
    needles: tuple[tuple[str, tuple[int, ...]], ...]
    always: frozenset[int]  # the patterns without needles: searched in every paragraph


_LAST: list[tuple[Checklist, _Index]] = []  # the checklist last indexed (hashing one costs more than indexing)


def _index(checklist: Checklist) -> _Index:
    if _LAST and _LAST[0][0] is checklist:
        return _LAST[0][1]
    places: dict[str, int] = {}
    cited, named, worded = (
        tuple(places.setdefault(e.pattern, len(places)) for e in group)
        for group in (checklist.citations, checklist.names, checklist.wording)
    )
    rxs = tuple(pattern(source) for source in places)
    by_needle: dict[str, list[int]] = {}
    for i, rx in enumerate(rxs):
        for n in needles(rx):
            by_needle.setdefault(n, []).append(i)
    always = frozenset(i for i, rx in enumerate(rxs) if not needles(rx))
    idx = _Index(rxs, cited, named, worded, tuple((n, tuple(ps)) for n, ps in by_needle.items()), always)
    _LAST[:] = [(checklist, idx)]
    return idx


def _present(text: str, idx: _Index) -> set[int]:
    """The patterns that may match in ``text``: one of their needles stands in it (or they have none). One ``in``
    a needle, however many patterns share it: a paragraph holds the needles of a few entries of the 275."""
    got = set(idx.always)
    for n, places in idx.needles:
        if n in text:
            got.update(places)
    return got


@dataclass(frozen=True)
class _Found:
    """One paragraph, and which of the checklist's patterns may match in it."""

    text: str
    idx: _Index
    present: set[int]

    def matches(self, place: int) -> Iterator[re.Match[str]]:
        """The matches of the pattern at ``place``; none searched for where its needles are absent."""
        return self.idx.rxs[place].finditer(self.text) if place in self.present else iter(())


def _cited(found: _Found, checklist: Checklist, year: int) -> tuple[tuple[int, int, int], ...]:
    """Superseded citations (``citations``) in one paragraph, a specific entry hiding a generic one on the same words."""
    text = found.text
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    out = []
    for i, c in enumerate(checklist.citations):
        if year < c.from_year:
            continue
        for m in found.matches(found.idx.cited[i]):
            start, end = m.start(), m.end()
            if overlaps(taken, start, end):
                continue
            insort(taken, (start, end))  # its exception (a look back) holds for the generic one too
            if not _in_context(text, start, end, c.exceptions) and not dated_before(text, start, end, c.from_year):
                out.append((i, start, end))
    return tuple(out)


def _named(found: _Found, checklist: Checklist, year: int | None) -> tuple[tuple[int, int, int, bool], ...]:
    """Fixed names in a known wrong or old form (``names``) in one paragraph, each with whether an exception allows
    it there (its words are still held: no other finding on them)."""
    text, out = found.text, []
    for i, w in enumerate(checklist.names):
        if w.from_year is not None and (year is None or year < w.from_year):
            continue
        for m in found.matches(found.idx.named[i]):
            start, end = m.start(), m.end()
            if w.from_year is not None and _as_then(text, start, end, w.from_year):
                continue  # an old name where it is right: a title as issued, a sentence of history
            out.append((i, start, end, _in_context(text, start, end, w.exceptions)))
    return tuple(out)


def _worded(found: _Found, checklist: Checklist, year: int | None) -> tuple[tuple[int, int, int], ...]:
    """Wrong words (``wording``) in one paragraph, but where an exception, a name or a word before allows them."""
    text, out = found.text, []
    for i, w in enumerate(checklist.wording):
        if w.from_year is not None and (year is None or year < w.from_year):
            continue  # a word that was the official one before then (法制宣传教育 before 2015)
        said = _first_ends(text, w.unless_before)
        for m in found.matches(found.idx.worded[i]):
            start, end = m.start(), m.end()
            if any(_covers(text, start, end, e) for e in w.exceptions) or _in_name(text, start, end, w.in_names):
                continue
            if said <= end:  # 本人……。2023年，我坚持……: the head; 习近平总书记 …… 总书记: named before
                continue
            out.append((i, start, end))
    return tuple(out)


def _first_ends(text: str, words: tuple[str, ...]) -> int:
    """Where the first of ``words`` written in the paragraph ends (past its end if none): searched once a
    paragraph, not once a match — a paragraph of n bare 总书记 was n searches from its start (quadratic)."""
    return min((m.end() for u in words if (m := pattern(u).search(text))), default=len(text) + 1)


def _as_then(text: str, start: int, end: int, since: int) -> bool:
    """Whether an old name at ``text[start:end]`` is written as it was then: inside a title in 《》 (a document
    issued under the old name keeps it: 《青山县行政首长出庭应诉办法》), or in a sentence of history (a year
    before ``since`` before it, 回顾, 原: ``replaced.dated_before``)."""
    opened = last_of(text, "《", start)
    if opened >= 0 and last_of(text, "》", start, opened) < 0 and next_of(text, "》", end) >= 0:
        return True
    return dated_before(text, start, end, since)


def _in_name(text: str, start: int, end: int, named: bool) -> bool:
    """Whether the words at ``start:end`` are part of a proper name: inside 《》, or, for words that may begin
    a name (``named``: 法制), followed by the end of a body's or a course's name (法制宣传教育领导小组, 法制培训班):
    a name is written as it is. A slip of grammar begins no name (2024年我认真落实中心组学法制度)."""
    from ..wordrx import name_end_rx

    opened = last_of(text, "《", start)
    if opened >= 0 and last_of(text, "》", start, opened) < 0 and next_of(text, "》", end) >= 0:
        return True
    return named and name_end_rx().match(text, end) is not None


def overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of the sorted, disjoint spans ``taken`` (two look-ups)."""
    i = bisect_left(taken, (end, end))
    return i > 0 and taken[i - 1][1] > start


def _in_context(text: str, start: int, end: int, contexts: tuple[str, ...]) -> bool:
    """True if one of ``contexts`` matches over the words around ``text[start:end]``."""
    window_at = max(0, start - 12)
    window = text[window_at : end + 12]
    return any(
        window_at + m.start() <= start and end <= window_at + m.end() + 12
        for c in contexts
        for m in pattern(c).finditer(window)
    )


def _covers(text: str, start: int, end: int, exception: str) -> bool:
    """True if an occurrence of ``exception`` overlaps ``text[start:end]`` (法制审核 is right)."""
    window_at = max(0, start - len(exception))
    window = text[window_at : end + len(exception)]
    at = window.find(exception)
    while at >= 0:
        if window_at + at < end and start < window_at + at + len(exception):
            return True
        at = window.find(exception, at + 1)
    return False


__all__ = ["NOTHING", "Listed", "listed", "overlaps"]
