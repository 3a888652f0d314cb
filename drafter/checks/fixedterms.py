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

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..text import CJK
from .fixednames import CITED, Fixed, Term, another, distance, fixed, key, off, word_run
from .keep import kept

_CJK = Lazy(f"[{CJK}]")

LONG_TERM = 8  # a term this long may have its second character changed: its other words still say which it is
Span = tuple[int, int, int]  # start, end, edits off the term (0: the term itself)


@kept
def bent_terms(text: str) -> tuple[tuple[int, int, Term], ...]:
    """(start, end, right term) for each fixed term written with one or two characters off (kept: every
    re-check asks of every paragraph)."""
    f = fixed()
    bent: list[tuple[int, int, Term]] = []
    right: list[tuple[int, int]] = []
    cited = _cited(text)  # a title in 《》 is the cited titles' business
    terms = _all_terms(f)
    for i, starts in _starts(text, terms).items():
        t = terms[i]
        for s, e, d in _spans(text, t, f.light, starts):
            if d == 0:
                right.append((s, e))
            elif not (t.title and any(a < e and s < b for a, b in cited)):
                bent.append((s, e, t))
    # a bend of one name that cuts into another written right is none (规制定程序条例 of 行政法规制定程序条例)
    found = [(s, e, t) for s, e, t in bent if not any(a < e and s < b and (a < s or e < b) for a, b in right)]
    return tuple(sorted(found, key=lambda x: (x[0], x[1])))


def _cited(text: str) -> list[tuple[int, int]]:
    if "《" not in text and "〈" not in text and "<" not in text:
        return []
    return [m.span() for rx in CITED for m in rx.compiled.finditer(text)]


def _spans(text: str, t: Term, light: str, starts: set[int]) -> Iterator[Span]:
    """Where ``t`` is written right (edits 0) and bent (its edits; none over the term written right),
    its windows starting at ``starts``."""
    spans = [sp for s in sorted(starts) if (sp := _window(text, s, t, light))]
    right = [sp for sp in spans if sp[2] == 0]
    taken: list[Span] = []
    for sp in sorted((sp for sp in spans if sp[2]), key=lambda sp: (sp[2], sp[0])):
        if not any(a < sp[1] and sp[0] < b for a, b, _ in (*right, *taken)):
            taken.append(sp)
    yield from right
    yield from sorted(taken)


def _starts(text: str, terms: tuple[Term, ...]) -> dict[int, set[int]]:
    """Where a window of each term (by its place in ``terms``) may start: at each of its anchors. ``text``
    is read once, pair by pair, and each pair looked up among the terms' anchors (``_anchors``)."""
    index = _last[0][1] if _last and _last[0][0] is terms else _remember(terms)
    got: dict[int, set[int]] = {}
    for p in range(len(text) - 1):
        for i, back, first in index.get(text[p : p + 2], ()):
            at = p - back
            if at >= 0 and (not back or text[at] == first):
                got.setdefault(i, set()).add(at)
    return got


Anchors = dict[str, list[tuple[int, int, str]]]
_joined: list[tuple[Fixed, tuple[Term, ...]]] = []


def _all_terms(f: Fixed) -> tuple[Term, ...]:
    """The terms and the long titles looked for as terms, one tuple for one table (kept by identity)."""
    if not _joined or _joined[0][0] is not f:
        _joined[:] = [(f, (*f.terms, *f.bare))]
    return _joined[0][1]


_last: list[tuple[tuple[Term, ...], Anchors]] = []  # the terms last indexed (hashing them costs more than reading)


def _remember(terms: tuple[Term, ...]) -> Anchors:
    index = _anchors(terms)
    _last[:] = [(terms, index)]
    return index


def _anchors(terms: tuple[Term, ...]) -> Anchors:
    """Each anchor pair: the terms it starts a window of (their places), how far before it the window
    starts, and the term's first character (that a window starting before the pair starts with)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for i, t in enumerate(terms):
        k = t.core
        pairs = [(k[:2], 0)]
        if len(k) >= 5:
            pairs += [(k[0] + k[2], 0), (k[1:3], 2), (k[1] + k[0], 0)]  # second dropped, one put in, two swapped
        if len(k) >= LONG_TERM:
            pairs.append((k[2:4], 2))  # the second changed
        for pair, back in dict.fromkeys(pairs):
            out.setdefault(pair, []).append((i, back, k[0]))
    return out


def _window(text: str, at: int, t: Term, light: str) -> Span | None:
    """The window from ``at`` nearest the term (fewest edits, then shortest) whose ends are the
    term's; None if none is within the term's edits or the window is a right name near it."""
    k, reach = t.core, at + len(t.core) + 2 * t.edits + 2
    if text.startswith(k, at):
        return at, at + len(k), 0  # the term written right: most windows
    if t.allow and _allowed_at(text, at, t.allow, light):
        return at, at + len(k), 0  # a right name near the term: as the term written right there
    if k[-1] not in text[at:reach]:
        return None  # every window ends with the term's last character (or its last two swapped)
    drop = _drop(light)
    if not _near_enough(text[at:reach].translate(drop), k.translate(drop), t.edits):
        return None
    f = fixed()
    if _ends_a_word(text, at, k, f.starts_after, light):
        return None  # 宪法宣传教育, 普法宣传教育: 法 ends the word before, no 治 dropped from 法治宣传教育
    own = _own_level(k.translate(drop), f.slots)
    best: Span | None = None
    for stop in range(min(len(text), reach), at + max(2, len(k) - t.edits) - 1, -1):
        w = text[at:stop].translate(drop)
        if text[stop - 1] in light or len(w) < 3 or not _start_ok(w, k) or not _end_ok(w, k, text[stop : stop + 1]):
            continue
        if own is not None and own.fullmatch(w):
            return at, stop, 0  # 依法治县、依法执政、依法行政共同推进: the unit's own level in the nation's place
        d = _title_off(text[at:stop], t) if t.title else distance(text[at:stop], k, t.edits, light)
        if not t.title and word_run(w, k.translate(drop), d):
            continue  # 推进法治建设第一责任人履行职责: another phrase, not a slip
        if not t.title and _aside(text[at:stop], k):
            continue  # 法治（法治政府）建设: a bracket puts words aside, it drops or adds no character
        if d <= t.edits and (best is None or d <= best[2]):
            best = (at, stop, d)
    return best


def _ends_a_word(text: str, at: int, k: str, after: tuple[str, ...], light: str) -> bool:
    """Whether the window at ``at`` drops the term's second character (法宣传教育 of 法治宣传教育) where its first
    ends a word begun before it (宪法, 普法, 执法 + 宣传教育): a Chinese character stands before it and no word
    a term begins after (推进, 开展: ``starts_after``) — another phrase, not a character left out."""
    if len(k) < 5 or text[at + 1 : at + 2] != k[2] or at == 0 or _CJK.match(text[at - 1]) is None:
        return False
    return text[at - 1] not in light and not text[:at].endswith(after)


@lru_cache(maxsize=256)
def _own_level(k: str, slots: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    """The term with each of its places (``slots``: 依法治|国, 法治|国家) open to a unit's own level or name
    of one to four characters (依法治县, 法治青禾, 法治市场监管), or None where it has none."""
    rx, found = re.escape(k), False
    for before, place in slots:
        word = re.escape(before + place)
        if word in rx:
            rx, found = rx.replace(word, re.escape(before) + f"(?!{re.escape(place)})[{CJK}]{{1,4}}?"), True
    return compile(rx) if found else None


_BRACKETS = "()（）〔〕[]【】"


def _aside(written: str, k: str) -> bool:
    """Whether ``written`` holds a bracket the term does not: the writer put words aside in it
    (《法治（法治政府）建设工作安排》), which is no character dropped, added or changed."""
    return any(c in _BRACKETS and c not in k for c in written)


@lru_cache(maxsize=4)
def _drop(light: str) -> dict[int, int | None]:
    return str.maketrans("", "", light)


def _near_enough(seg: str, k: str, edits: int) -> bool:
    """Whether ``seg`` holds enough of ``k``'s character pairs to be within ``edits`` of it: an edit breaks
    at most three pairs (a swap), so a window near ``k`` keeps all but ``3 × edits`` of its ``len(k) - 1``.
    A count, so a window is measured only where it may be near (every 关于 starts forty titles)."""
    grams = _grams(k)
    return sum(seg[i : i + 2] in grams for i in range(len(seg) - 1)) >= len(k) - 1 - 3 * edits


@lru_cache(maxsize=512)
def _grams(k: str) -> frozenset[str]:
    return frozenset(k[i : i + 2] for i in range(len(k) - 1))


def _title_off(written: str, t: Term) -> int:
    """How far ``written`` is off the title ``t`` is looked for as, judged as a cited title is (its kind,
    its ends, another document's qualifier or numeral): 0 for the title itself, more than its edits for
    another document or none near."""
    assert t.title is not None
    k = key(written)
    if k == t.core:
        return 0
    d = off(k, t.title)
    return d if d == 1 and not another(k, t.core) else t.edits + 1  # without 《》 only a slip of one character


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
