"""``copied-from-previous``: paragraphs of this year's report taken over from last year's.

A paragraph is a copy when at least ``COPY_SHARE`` of its shingles (``shingles.py``) occur in one
paragraph of last year's report (containment: a copy that drops a sentence is still a copy). Exact
sets, indexed once per previous report; the opening is judged on the writer's own words.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..model import Block, Document
from .context import Context
from .results import WARNING, Finding
from .rule import Rule, Scope
from .shingles import COPY_SHARE, opening_of, shingles, with_opening


@dataclass(eq=False)  # hashed by identity: a key of the match cache
class _PreviousIndex:
    blocks: list[Block]
    index: dict[str, list[int]]


_INDEXES: dict[int, tuple[weakref.ref[Document], _PreviousIndex]] = {}


def _previous_index(doc: Document) -> _PreviousIndex:
    """Last year's paragraphs indexed by shingle; built once per Document object."""
    hit = _INDEXES.get(id(doc))
    if hit is not None and hit[0]() is doc:
        return hit[1]
    blocks = [b for b in with_opening(doc) if shingles(b.text)]
    index: dict[str, list[int]] = defaultdict(list)
    for i, b in enumerate(blocks):
        for s in shingles(b.text):
            index[s].append(i)
    built = _PreviousIndex(blocks, dict(index))
    for k in [k for k, (ref, _) in _INDEXES.items() if ref() is None]:
        del _INDEXES[k]
    _INDEXES[id(doc)] = (weakref.ref(doc), built)
    return built


def best_match(text: str, prev: _PreviousIndex) -> tuple[int, float] | None:
    """(index of last year's paragraph, containment) of the best match of ``text``, or None."""
    return _best_match(text, prev)


@lru_cache(maxsize=16384)
def _best_match(text: str, prev: _PreviousIndex) -> tuple[int, float] | None:
    sh = shingles(text)
    if not sh:
        return None
    counts: dict[int, int] = defaultdict(int)
    index = prev.index
    for s in sh:
        for i in index.get(s, ()):
            counts[i] += 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    return best, counts[best] / len(sh)


def copies_of_previous(doc: Document, previous: Document) -> Iterator[tuple[Block, Block, float]]:
    """(this year's paragraph, last year's paragraph, containment) for every copied paragraph."""
    prev = _previous_index(previous)
    for b in with_opening(doc):
        m = best_match(b.text, prev)
        if m is not None and m[1] >= COPY_SHARE:
            yield b, prev.blocks[m[0]], m[1]


COPIED_FROM_PREVIOUS = Rule(
    "copied-from-previous", "照搬去年报告的段落", Scope.PREVIOUS, {WARNING: "段落与去年报告的段落基本相同"}
)


@COPIED_FROM_PREVIOUS.check
def copied_from_previous(ctx: Context) -> Iterator[Finding]:
    if ctx.previous is None:
        return
    opening = opening_of(ctx.doc)
    for b, old, share in copies_of_previous(ctx.doc, ctx.previous):
        part = ctx.part_of(b)
        if opening is not None and b.line == opening.line and b.col == opening.col:
            # the opening: judged on the writer's words only (drafter's own opening and 【请填写】 masked)
            own = ctx.own_words([b])[0].text
            m = best_match(own, _previous_index(ctx.previous))
            if m is None or m[1] < COPY_SHARE:
                continue
        elif part is None:
            continue
        how = "与去年报告" + (f"第{old.line}行" if old.line else "") + "的段落"
        how += "相同（只改了数字或年份）" if share >= 0.999 else f"基本相同（{round(share * 100)}%相同）"
        yield COPIED_FROM_PREVIOUS.finding(WARNING, f"请写今年的新情况：本段{how}", b.line, b.col, len(b.text), part)
