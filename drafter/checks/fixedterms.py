"""Fixed terms bent a little: 推进法治建设第一责任人职责 written with a character or two dropped, added,
changed or two neighbours swapped (``names.toml``'s ``[[terms]]``).

A term is looked for only where the text holds one of a few two-character anchors of it, so a report
is read a fixed number of times per term, whatever the number of terms:

- its first two characters (the bend is further in: 习近平法治想);
- its first and third (the second dropped: 习平法治思想), its second and third two further on (a
  character put in after the first: 习近近平法治思想), its second and first (the two swapped: 近习平法治思想);
- in a term of eight characters and more, its third and fourth two further on (the second changed:
  推近法治建设第一责任人职责).

A window from an anchor is bent when it is within the term's edits of the term, its light characters
(的, quotation marks, 、) set aside, and both its ends are the term's: its last two characters, or the
last with the one before it dropped, another put in before it, or the two swapped. A changed first,
last or second-last character is not looked for, nor a changed second in a term shorter than eight:
社会主义法治观念 and 全民守法 are other right words, not bent ones. A window that overlaps the term written right (学习习近平法治思想) is not bent.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..text import CJK
from .fixednames import Term, distance, fixed
from .keep import kept

_CJK = Lazy(f"[{CJK}]")

LONG_TERM = 8  # a term this long may have its second character changed: its other words still say which it is
Span = tuple[int, int, int]  # start, end, edits off the term (0: the term itself)


@kept
def bent_terms(text: str) -> tuple[tuple[int, int, Term], ...]:
    """(start, end, right term) for each fixed term written with one or two characters off (kept: every
    re-check asks of every paragraph)."""
    f = fixed()
    found = [(s, e, t) for t in f.terms for s, e in _bent(text, t, f.light)]
    return tuple(sorted(found, key=lambda x: (x[0], x[1])))


def _bent(text: str, t: Term, light: str) -> Iterator[tuple[int, int]]:
    spans = [sp for s in sorted(_starts(text, t.core)) if (sp := _window(text, s, t, light))]
    right = [(s, e) for s, e, d in spans if d == 0]
    taken: list[tuple[int, int]] = []
    for s, e, _ in sorted((sp for sp in spans if sp[2]), key=lambda sp: (sp[2], sp[0])):
        if not any(a < e and s < b for a, b in (*right, *taken)):
            taken.append((s, e))
    yield from sorted(taken)


def _starts(text: str, k: str) -> set[int]:
    """Where a window of ``k`` may start: at each of its anchors."""
    got = set(_all(text, k[:2]))
    if len(k) >= 5:
        got.update(_all(text, k[0] + k[2]))  # the second dropped
        got.update(p - 2 for p in _all(text, k[1:3]) if p >= 2 and text[p - 2] == k[0])  # one put in after the first
        got.update(_all(text, k[1] + k[0]))  # the first two swapped
    if len(k) >= LONG_TERM:  # the second changed
        got.update(p - 2 for p in _all(text, k[2:4]) if p >= 2 and text[p - 2] == k[0])
    return got


def _all(text: str, anchor: str) -> Iterator[int]:
    at = text.find(anchor)
    while at >= 0:
        yield at
        at = text.find(anchor, at + 1)


def _window(text: str, at: int, t: Term, light: str) -> Span | None:
    """The window from ``at`` nearest the term (fewest edits, then shortest) whose ends are the
    term's; None if none is within the term's edits or the window is a right name near it."""
    if t.allow and _allowed_at(text, at, t.allow, light):
        return at, at + len(t.core), 0  # a right name near the term: as the term written right there
    k, drop = t.core, str.maketrans("", "", light)
    best: Span | None = None
    for stop in range(min(len(text), at + len(k) + 2 * t.edits + 2), at + max(2, len(k) - t.edits) - 1, -1):
        w = text[at:stop].translate(drop)
        if len(w) < 3 or not _start_ok(w, k) or not _end_ok(w, k, text[stop : stop + 1]):
            continue
        d = distance(text[at:stop], k, t.edits, light)
        if d <= t.edits and (best is None or d <= best[2]):
            best = (at, stop, d)
    return best


def _start_ok(w: str, k: str) -> bool:
    """``w`` begins as ``k`` does: its first two, or the first with the second dropped, another put in
    after it, or the two swapped; in a long term also the second changed."""
    if w[:2] == k[:2]:
        return True
    if len(k) >= LONG_TERM and w[0] == k[0] and w[2:5] == k[2:5]:
        return True  # the second changed: a long term goes on as itself (习进平新时代中国特色社会主义思想)
    return len(k) >= 5 and (w[:2] == k[0] + k[2] or (w[0] == k[0] and w[2:4] == k[1:3]) or w[:2] == k[1] + k[0])


def _end_ok(w: str, k: str, after: str) -> bool:
    """``w`` ends as ``k`` does: its last two, or two swapped at the end or just before it, or — where no Chinese character
    follows (``after``) — the last with the one before it dropped or another put in before it: in
    第一责任人责任 and 全面依法治理国家 the words go on, they are other words."""
    if w[-2:] == k[-2:]:
        return True
    if len(k) < 5:
        return False
    if w[-2:] == k[-1] + k[-2] or w[-3:] == k[-2] + k[-3] + k[-1]:
        return True  # two swapped at the end or just before it
    loose = w[-2:] == k[-3] + k[-1] or (w[-1] == k[-1] and w[-4:-2] == k[-3:-1])
    return loose and _CJK.match(after) is None


def _allowed_at(text: str, at: int, allow: tuple[str, ...], light: str) -> bool:
    """Whether a right name near the term stands at ``at``, its light characters (的, quotation marks of
    either width) set aside: "推进法治政府建设"第一责任人"职责" as "推进法治政府建设“第一责任人”职责"; or over
    it, begun before it."""
    drop = str.maketrans("", "", light)
    here = text[at : at + max(len(a) for a in allow) + 8].translate(drop)
    return any(here.startswith(a.translate(drop)) or _over(text, at, a) for a in allow)


def _over(text: str, at: int, name: str) -> bool:
    """Whether ``name`` stands in ``text`` over ``at``, begun before it (依法治政建设 over 法治政建设)."""
    i = text.find(name, max(0, at - len(name) + 1), at + len(name))
    return 0 <= i <= at


__all__ = ["bent_terms"]
