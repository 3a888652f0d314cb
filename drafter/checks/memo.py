"""Per-paragraph results kept between two checks of the same draft (the app's re-check).

A writer edits one paragraph between two re-checks; everything derived from an unchanged
paragraph alone is the same as last time. ``Memo`` keeps such results keyed by the
paragraph's text (and the inputs they depend on), in bounded LRU maps: the app's drafting
session owns one, a cold ``check`` makes a fresh one, so a result never depends on what was
checked before. Results are kept relative to the paragraph (offsets, never lines), and
located on the way out, so a paragraph that moved is still located right.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Generic, TypeVar

from ..lazyre import Lazy, Rx
from ..needle import holding

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A bounded map that forgets what was not used lately: two generations of at most ``size``
    entries each; an entry used is moved to the young one, and when the young one is full the
    old one is dropped. Plain dict look-ups: a re-check asks several hundred of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._young: dict[K, V] = {}
        self._old: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        got = self._young.get(key)
        if got is None:
            got = self._old.get(key)
            if got is not None:
                self.put(key, got)
        return got

    def put(self, key: K, value: V) -> V:
        if len(self._young) >= self.size:
            self._old, self._young = self._young, {}
        self._young[key] = value
        return value

    def clear(self) -> None:
        self._young, self._old = {}, {}

    def __len__(self) -> int:
        return len(self._young) + len(self._old)


Spans = tuple[tuple[int, int, str], ...]
"""Matches of one pattern in one paragraph: (start, end, matched text), in order."""


class Memo:
    """The paragraph-level results of one drafting session (see the module doc).

    ``size`` bounds every map: a few times the paragraphs of a long report, so one re-check
    finds all but the edited paragraph and a session's memory stays flat however long it runs.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._maps: dict[str, LRU[Hashable, object]] = {}
        self._sets: dict[tuple[Rx, ...], int] = {}
        self._tokens: dict[str, dict[Hashable, int]] = {}
        self._held: dict[int, object] = {}  # objects whose id() is part of a key stay alive while the memo does

    def map(self, name: str) -> LRU[Hashable, object]:
        """The LRU map called ``name`` (one per kind of result)."""
        got = self._maps.get(name)
        if got is None:
            got = self._maps[name] = LRU(self.size)
        return got

    def kept(self, name: str, key: Hashable, fn: Callable[..., object], args: tuple[object, ...]) -> object:
        """``fn(*args)``, or what it gave last time for ``key`` in map ``name`` (``keep.kept``: a re-check asks
        over a thousand of these, so one call and a dict look-up for a result kept since the last check)."""
        m = self._maps.get(name)
        if m is None:
            m = self.map(name)
        got = m._young.get(key)
        if got is None:
            got = m.get(key)
            if got is None:
                got = m.put(key, fn(*args))
        return got

    def cached(self, name: str, key: Hashable, make: Callable[[], V]) -> V:
        """``make()``, or what it gave last time for ``key``."""
        m = self.map(name)
        got = m.get(key)
        if got is None:
            got = m.put(key, make())
        return got  # type: ignore[return-value]

    def pattern_set(self, rxs: tuple[Rx, ...]) -> int:
        """A small number standing for a tuple of patterns (keys stay short and cheap to hash)."""
        got = self._sets.get(rxs)
        if got is None:
            if len(self._sets) > 64:
                self._sets.clear()
                self.map("matches").clear()
            got = self._sets[rxs] = len(self._sets) + 1
        return got

    def token(self, name: str, key: Hashable) -> int:
        """A small number standing for ``key`` in the keys of map ``name`` (what a whole check shares, so that a
        paragraph's key stays short and cheap to hash); at most 64 a map, then all forgotten with the map."""
        tokens = self._tokens.setdefault(name, {})
        got = tokens.get(key)
        if got is None:
            if len(tokens) >= 64:
                tokens.clear()
                self.map(name).clear()
            got = tokens[key] = len(tokens) + 1
        return got

    def hold(self, obj: object) -> int:
        """``id(obj)``, with ``obj`` kept alive so the id is never reused for another object."""
        if self._held.get(id(obj)) is not obj:
            if len(self._held) >= 64:  # rare (settings changed 64 times): forget all, ids and what they keyed
                self._held.clear()
                self._maps.clear()
                self._sets.clear()
                self._tokens.clear()
            self._held[id(obj)] = obj
        return id(obj)


# ------------------------------------------------------------ pattern searches, paragraph by paragraph

_LOOKAROUND = Lazy(r"\(\?<?[=!]((?:[^()\\]|\\.)*)\)")
_NEWLINE_CLASS = Lazy(r"\[\^|\\[sWDn]")


@lru_cache(maxsize=4096)
def edge_sensitive(rx: Rx) -> bool:
    """Whether ``rx`` may match differently at a paragraph's edge in joined text than alone:
    anchors, or a look-around that a newline could satisfy. Such a pattern is searched
    paragraph by paragraph; any other one across the paragraphs joined, then split."""
    src = rx.pattern.replace("[^", "[¬")
    if any(t in src for t in ("^", "$", r"\A", r"\Z")):
        return True
    bodies = _LOOKAROUND.findall(rx.pattern)
    if rx.pattern.count("(?") - rx.pattern.count("(?:") > len(bodies):  # a nested look-around: cannot tell
        return True
    return any(_NEWLINE_CLASS.search(b) for b in bodies)


def search_each(rxs: tuple[Rx, ...], texts: list[str]) -> list[dict[Rx, Spans]]:
    """For each text, the matches of each pattern in that text alone (patterns without a match left out).

    The texts are joined by newlines and each pattern searched once; a match that runs over
    an edge, and every pattern that ``edge_sensitive`` names, is searched again in the texts
    it touches alone. So the result is that of searching each text alone, at about the cost
    of one search of the whole. A pattern whose needles (``needle.holding``) stand in few of the
    texts is searched in those alone: most checklist patterns open with look-behinds the engine
    tries at every position of what it searches.
    """
    out: list[dict[Rx, Spans]] = [{} for _ in texts]
    if not texts:
        return out
    starts: list[int] = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    joined = "\n".join(texts)
    from bisect import bisect_right

    for rx in rxs:
        some = holding(rx, joined, starts)  # the texts holding one of the words every match holds
        if some is not None and not some:
            continue
        if edge_sensitive(rx) or (some is not None and 2 * len(some) <= len(texts)):
            for i in range(len(texts)) if some is None else some:
                if got := tuple((m.start(), m.end(), m.group(0)) for m in rx.finditer(texts[i])):
                    out[i][rx] = got
            continue
        found: dict[int, list[tuple[int, int, str]]] = {}
        redo: set[int] = set()
        for m in rx.finditer(joined):
            i = bisect_right(starts, m.start()) - 1
            base = starts[i]
            if m.end() > base + len(texts[i]) and m.end() > m.start():  # over an edge: these texts alone
                redo.update(range(i, bisect_right(starts, m.end() - 1)))
                continue
            found.setdefault(i, []).append((m.start() - base, m.end() - base, m.group(0)))
        for i in redo:
            found[i] = [(m.start(), m.end(), m.group(0)) for m in rx.finditer(texts[i])]
        for i, spans in found.items():
            if spans:
                out[i][rx] = tuple(spans)
    return out


def matches(memo: Memo, rxs: tuple[Rx, ...], texts: list[str]) -> list[dict[Rx, Spans]]:
    """``search_each``, with each text's matches kept in ``memo``: only new texts are searched."""
    key = memo.pattern_set(rxs)
    m = memo.map("matches")
    out: list[object] = [m.get((key, t)) for t in texts]
    todo = [i for i, got in enumerate(out) if got is None]
    if todo:
        for i, got in zip(todo, search_each(rxs, [texts[i] for i in todo]), strict=True):
            out[i] = m.put((key, texts[i]), got)
    return out  # type: ignore[return-value]


__all__ = ["LRU", "Memo", "Spans", "edge_sensitive", "matches", "search_each"]
