"""A report's own table of contents: a sentence that lists its parts ("本报告分为四部分：主要举措和成效；
党政主要负责人履行推进法治建设第一责任人职责情况；不足和原因；下一年工作安排。"), as a page's preface or
the opening gives it. It names parts, it reports none of them: no part is folded into it, and a part it
names is promised: where a copy breaks off (no closing, 署名 or date after its body) before the last
parts it names, those are not reported missing; a report that ends without one of them still misses it.
A table of contents names three parts or more (each by its checklist ``heading`` cues) and counts them
(``words.toml`` contents_marks: 部分)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..checklists import Checklist
from ..lazyre import Lazy, compile
from ..model import PART_IDS, Block
from ..vocab import alternation, words
from .cues import pattern

CONTENTS_MIN = 3  # parts a table of contents names: two are a sentence's topics
_SENTENCE = Lazy(r"[^。！？!?]+[。！？!?]?")


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    ws = words().contents_marks
    return compile(alternation(ws) if ws else "(?!)")


def contents_spans(text: str, checklist: Checklist, year: int | None) -> list[tuple[int, int, frozenset[str]]]:
    """The sentences of ``text`` that are a table of contents: (start, end, the parts they name)."""
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        if _marks().search(sentence) is None:
            continue
        named = frozenset(
            pid for pid in PART_IDS if any(pattern(c, year).search(sentence) for c in checklist.parts[pid].heading)
        )
        if len(named) >= CONTENTS_MIN:
            out.append((m.start(), m.end(), named))
    return out


def within(spans: list[tuple[int, int, frozenset[str]]], at: int) -> bool:
    """Whether offset ``at`` stands in one of ``spans`` (``contents_spans`` of its text, found once for
    all the offsets a caller asks about: finding them for each cue's hit read the text again, quadratic)."""
    return any(s <= at < e for s, e, _ in spans)


def contents_orders(blocks: Iterable[Block], checklist: Checklist, year: int | None) -> list[tuple[str, ...]]:
    """Each table of contents among ``blocks``: the parts it names, in the order it names them."""
    out = []
    for b in blocks:
        if b.kind != "paragraph":
            continue
        for start, end, named in contents_spans(b.text, checklist, year):
            sentence = b.text[start:end]
            out.append(tuple(sorted(named, key=lambda pid: _first(sentence, checklist.parts[pid].heading, year))))
    return out


def _first(sentence: str, cues: Iterable[str], year: int | None) -> int:
    """Where the first of ``cues`` stands in ``sentence``."""
    return min((m.start() for c in cues if (m := pattern(c, year).search(sentence))), default=len(sentence))


__all__ = ["CONTENTS_MIN", "contents_orders", "contents_spans", "within"]
