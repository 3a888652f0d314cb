"""A report's own table of contents: a sentence that lists its parts ("本报告分为四部分：主要举措和成效；
党政主要负责人履行推进法治建设第一责任人职责情况；不足和原因；下一年工作安排。"), as a page's preface or
the opening gives it. It names parts, it reports none of them: no part is folded into it, and a part it
names is written in the report (where a copy breaks off before it, it is not missing from the report).
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


def named_in_contents(blocks: Iterable[Block], checklist: Checklist, year: int | None) -> frozenset[str]:
    """The parts a table of contents among ``blocks`` names."""
    return frozenset(
        pid
        for b in blocks
        if b.kind == "paragraph"
        for _, _, named in contents_spans(b.text, checklist, year)
        for pid in named
    )


__all__ = ["CONTENTS_MIN", "contents_spans", "named_in_contents", "within"]
