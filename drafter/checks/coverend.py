"""Where a report's opening ends, and the sentence of it that reports the year's acts.

How reports are written: the opening is the cover — the paragraph(s) up to the cover sentence (现将……报告如下,
``covers``), or the first paragraph where there is none — and the first heading ends it at the latest. Paragraphs after
the cover that report acts (a figure, an act done: ``words.toml`` done_verbs, count_verbs) with no heading over them
are the measures part written without its heading: present, not folded into the opening (without a cover sentence,
where one gives a figure). Where the measures have no section, they are folded only at a
sentence of the opening that reports an act; an opening of stances alone holds none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lazyre import compile
from ..model import Block
from ..vocab import alternation, words
from ..wordrx import figure_rx, has_hanzi_figure
from .covers import cover_spans
from .evidence import sentence_at
from .sections import Section


def measures_after_cover(sections: list[Section], is_intro: Callable[[Block], bool] | None = None) -> list[Section]:
    """``sections`` with the paragraphs after the opening's cover that report acts made the measures' section,
    where no section is the measures' (``is_intro``: a callable telling a paragraph that opens another part —
    2024年，我局将…… right after the cover is the plan's, not the measures')."""
    if not sections or sections[0].parts != ["opening"] or any("measures" in s.parts for s in sections):
        return sections
    blocks = sections[0].blocks
    end = cover_end(blocks)
    rest = blocks[end:]
    if not rest or any(b.kind == "heading" for b in rest):
        return sections
    if is_intro is not None and is_intro(rest[0]):
        return sections
    acting = [b for b in rest if b.kind == "paragraph" and reports_acts(b.text)]
    figured = any(_figure(b.text) for b in acting)
    covered = end > 0 and any(cover_spans(b.text) for b in blocks[:end])
    if not acting or not (covered or figured):
        return sections
    return [Section(None, blocks[:end], ["opening"]), Section(None, rest, ["measures"], numbered=True), *sections[1:]]


def cover_end(blocks: list[Block]) -> int:
    """How many of the opening's ``blocks`` its cover is: up to the paragraph of its cover sentence, else the first."""
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            return i
        if cover_spans(b.text):
            return i + 1
    return min(1, len(blocks))


def reports_acts(text: str) -> bool:
    """Whether ``text`` reports an act: a figure, or an act done (``done_verbs``, ``count_verbs``)."""
    return _figure(text) or _done().search(text) is not None


def act_at(blocks: list[Block]) -> tuple[Block, int] | None:
    """The first sentence of ``blocks`` that reports an act — a figure first, else an act done — as (block, offset):
    where the measures folded into an opening are written; None for an opening of stances alone."""
    for find in (_figure_at, _done_at):
        for b in blocks:
            at = find(b.text)
            if at is not None:
                return b, sentence_at(b.text, at)[0]
    return None


def _figure(text: str) -> bool:
    return figure_rx().search(text) is not None or has_hanzi_figure(text)


def _figure_at(text: str) -> int | None:
    m = figure_rx().search(text)
    return None if m is None else m.start()


def _done_at(text: str) -> int | None:
    m = _done().search(text)
    return None if m is None else m.start()


@lru_cache(maxsize=1)
def _done() -> re.Pattern[str]:
    """An act done or counted (done_verbs, count_verbs: 完成, 召开, 办理), not one that only qualifies a noun
    (市委印发的实施方案)."""
    ws = words().done_verbs + words().count_verbs
    return compile(alternation(ws) + "(?!的)" if ws else "(?!)")


__all__ = ["act_at", "cover_end", "measures_after_cover", "reports_acts"]
