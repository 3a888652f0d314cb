"""Unheaded parts: at the end of a section — after its last sub-heading and that item's first
paragraph — a paragraph that opens like a part (the checklist's ``intro`` cues: "虽然……但也存在一些
不足", "2024年，××将……") starts that part, unless it reports the problems it names handled.
"""

from __future__ import annotations

from .. import dates
from ..checklists import Checklist
from ..lazyre import Lazy
from ..model import Block
from .cues import any_cue
from .evidence import sentence_at
from .faults import sentence_states_fault
from .sections import Section


def split_tail(sections: list[Section], checklist: Checklist, year: int | None) -> list[Section]:
    """Unheaded parts: a paragraph after a section's last heading that opens like a part.

    "虽然……但也存在一些不足" after the last measure starts the shortcomings;
    "2024年，××将……" starts the plan. Paragraphs inside an item (before the
    section's last sub-heading, or its first paragraph) are never split off.
    """
    out: list[Section] = []
    # a part a heading names is found by it: a paragraph elsewhere that opens like it (针对上述问题，2024年我县将
    # …… closing the shortcomings) is that section's own remark, never the part's start
    headed = {p for s in sections if s.heading is not None for p in s.parts}
    only_opening = len(sections) == 1 and sections[0].parts == ["opening"]
    for sec in sections:
        if sec.parts == ["opening"] and not only_opening:
            out.append(sec)
            continue
        heads = [i for i, b in enumerate(sec.blocks) if b.kind == "heading" or b is sec.heading]
        start = heads[-1] + 1 if heads else 0
        led = _led_list(sec, checklist, year, start, headed)
        if led is not None:  # "2024年，我县将……" then its own （一）…（五）: a part of its own
            at, led_part = led
            out += [
                Section(sec.heading, sec.blocks[:at], list(sec.parts), sec.numbered),
                Section(None, sec.blocks[at:], [led_part]),
            ]
            continue
        current = Section(sec.heading, sec.blocks[:start], list(sec.parts), sec.numbered)
        for i, b in enumerate(sec.blocks[start:], start):
            # never the first paragraph under a heading: that is the item's own body
            # (a run-in title's paragraph is its item's body: the next paragraph may open a part)
            prev = sec.blocks[i - 1] if i > 0 else None
            after_text = prev is not None and prev.kind == "paragraph" and (prev is not sec.heading or sec.numbered)
            part = (
                _intro_part(b, checklist, year, [*current.parts, *headed])
                if b.kind == "paragraph" and after_text
                else None
            )
            if part is not None:
                out.append(current)
                current = Section(None, [b], [part])
            else:
                current.blocks.append(b)
        out.append(current)
    return [s for s in out if s.blocks or s.heading is not None]


_FIRST = Lazy(r"^\s*(?:[（(]\s*[一1]\s*[）)]|1\s*[.、．]|一\s*[、是])")


def _led_list(
    sec: Section, checklist: Checklist, year: int | None, start: int, headed: set[str]
) -> tuple[int, str] | None:
    """A paragraph before the section's last sub-heading that opens like a part and is followed by a
    list numbered from 一 again ("2024年，我县将……：" then （一）…（五）): where that part starts."""
    blocks = sec.blocks
    for i in range(2, min(start, len(blocks) - 1)):
        b, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
        if b.kind != "paragraph" or before.kind != "paragraph" or after.kind != "heading":
            continue
        if not _FIRST.match(after.number or after.text[:4]):
            continue
        part = _intro_part(b, checklist, year, [*sec.parts, *headed])
        if part is not None:
            return i, part
    return None


def _intro_part(b: Block, checklist: Checklist, year: int | None, current: list[str]) -> str | None:
    """The part a paragraph opens, if it opens like one (``intro``) and does not report the problems it
    names handled (``handled``: "针对执法中还存在的问题，研究制定整改方案" is a measure)."""
    head = dates.western_years(b.text[:160])  # 二〇二四年，我局将……
    for pid in ("shortcomings", "plan", "duties"):
        if pid in current:
            continue
        spec = checklist.parts[pid]
        if any_cue(head, spec.intro, year) and not any_cue(sentence_head(head), spec.handled, year):
            if pid == "shortcomings" and not sentence_states_fault(sentence_head(head), spec.intro, year):
                continue  # 同时，召开会议研究存在问题3次: work done on problems, a measure
            return pid
    return None


def opens_part(b: Block, checklist: Checklist, year: int | None) -> str | None:
    """The part paragraph ``b`` opens (``intro``), if any, whatever part the report has."""
    return _intro_part(b, checklist, year, [])


def sentence_head(text: str) -> str:
    """The first sentence of ``text``."""
    return text[: sentence_at(text, 0)[1]]


__all__ = ["opens_part", "sentence_head", "split_tail"]
