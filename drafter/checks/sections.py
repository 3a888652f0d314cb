"""The body cut into sections: at its top-level headings (whatever their level or numbering), at
the unnumbered one-line paragraphs that name a part (``partheads.bare_headings``), and where the
opening's paragraphs are numbered as the report's sections or open with themes (``numbered_opening``).
What each section is, ``partheads`` names; ``parts.classify`` runs the steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lazyre import Lazy
from ..model import Block
from ..patternwords import enumerator_rx
from ..text import cn_value, match_number


@dataclass
class Section:
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    numbered: bool = False  # led by a numbered paragraph of the opening, not by a heading: no heading to name

    @property
    def line(self) -> int:
        return (self.heading or self.blocks[0]).line


def _top_level(body: list[Block]) -> int | None:
    levels = [b.level for b in body if b.kind == "heading"]
    return min(levels) if levels else None


def sections_of(body: list[Block], bare: set[int] | None = None) -> list[Section]:
    bare = bare or set()
    top = _top_level(body)
    sections: list[Section] = []
    current = Section(None)  # the opening, before the first top-level heading
    for b in body:
        if (b.kind == "heading" and b.level == top) or id(b) in bare:
            if current.heading is not None or current.blocks:
                sections.append(current)
            current = Section(b, [b])
        else:
            current.blocks.append(b)
    if current.heading is not None or current.blocks:
        sections.append(current)
    if sections and sections[0].heading is None:
        sections[0].parts = ["opening"]
    return sections


def numbered_opening(sections: list[Section]) -> list[Section]:
    """The opening split where its paragraphs or headings are numbered as the report's sections (一、
    二、… or （一）（二）… from 1, the opening's shallowest numbering): each starts a section of its own,
    named by its first clause as a heading is ("一、坚持党的领导，强化组织保障，局党组……" is a themed
    measure; "五、存在的问题：……" the shortcomings). A report whose measures lost their heading
    ("（一）……（二）……" then "二、存在的不足") has them all the same."""
    if not sections or sections[0].parts != ["opening"]:
        return sections
    blocks = sections[0].blocks
    starts = _section_numbers(blocks) or _themed_starts(blocks)
    if not starts:
        return sections
    out = [Section(None, blocks[: starts[0]], ["opening"])] if starts[0] else []
    for a, b in zip(starts, [*starts[1:], len(blocks)], strict=True):
        out.append(Section(blocks[a], blocks[a:b], numbered=True))
    return out + sections[1:]


def _section_numbers(blocks: list[Block]) -> list[int]:
    """Where the blocks numbered 一、二、… (the shallowest numbering among them, from 1, at least two)
    stand in ``blocks``; none if they are not such a run. 一是、二是 are a list, not sections."""
    numbered = [(i, m) for i, b in enumerate(blocks) if b.number and (m := match_number(b.number)) is not None]
    if not numbered:
        return []
    kind = min(m[0] for _, m in numbered)
    found: list[int] = []
    for i, m in numbered:
        if m[0] != kind:
            continue
        if cn_value(m[1]) != len(found) + 1:
            break
        found.append(i)
    return found if len(found) >= 2 else []


_THEME = Lazy(r"^[\u4e00-\u9fff“”]{3,12}[，,][\u4e00-\u9fff“”]{3,12}[。.]")
_THEME_ONE = Lazy(r"^[\u4e00-\u9fff“”]{4,12}[。.]")  # one phrase: "强化组织领导。"
THEMED_MIN = 2  # themed paragraphs in a run that make sections
THEMED_ONE_MIN = 3  # as many of one phrase at least (a short first sentence alone is common)


def _themed_starts(blocks: list[Block]) -> list[int]:
    """Where paragraphs that open with a theme of two phrases and go on with their work ("坚持党的领导，
        压实法治建设责任。一年来，……") stand in ``blocks``, past the first: a copy that lost its 一、二、 (a
        newspaper's) keeps its themed sections as run-in titles. At least ``THEMED_MIN`` of them, or
    ``THEMED_ONE_MIN`` where some theme is one phrase ("强化组织领导。县政府……")."""
    found = _opens(blocks, (_THEME,))
    if len(found) >= THEMED_MIN:
        return found
    found = _opens(blocks, (_THEME, _THEME_ONE))
    return found if len(found) >= THEMED_ONE_MIN else []


def _opens(blocks: list[Block], themes: tuple[Lazy, ...]) -> list[int]:
    """Where the paragraphs past the first that open with one of ``themes`` and go on stand."""
    return [
        i
        for i, b in enumerate(blocks)
        if i
        and b.kind == "paragraph"
        and not b.number
        and not enumerator_rx().match(b.text)  # 一是……二是……: a list, not sections
        and any((m := t.match(b.text)) and len(b.text) > m.end() for t in themes)
    ]


__all__ = ["Section", "numbered_opening", "sections_of"]
