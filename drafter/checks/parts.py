"""Which of the four required parts a report has, and where.

1. Split the body at its top-level headings (whatever their level or numbering),
   and at unnumbered one-line paragraphs that name a part ("存在的问题").
2. Name each section by its heading's wording (the checklist's ``heading`` cues);
   a themed heading ("一、提升政治站位……") with no cue is a measure when it
   comes before the shortcomings and the plan.
3. At the end of a section — after its last sub-heading and that item's first
   paragraph — an unheaded paragraph that opens like a part (``intro`` cues:
   "虽然……但也存在一些不足", "2024年，××将……") starts that part.
4. A part still without a section is *folded* if its ``content`` cues occur
   inside another part, else *missing*; the duties part's cues count only in a
   sentence about this unit's own head (``weakness.actor``, as the duties items
   judge it): "听取各部门主要负责人述法" folds nothing. The duties part is looked
   for in the opening too: the own head's act written there is the part folded.

Paragraphs of the opening numbered as the report's sections ("一、坚持党的领导，强化组织保障，
局党组……", too long for a heading) start sections as headings do (``_numbered_opening``):
a report whose body is numbered themed sections of acts has its measures part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import dates
from ..checklists import Checklist
from ..lazyre import Lazy
from ..model import PART_IDS, Block, Document
from ..text import cn_value, match_number, squash
from ..vocab import enumerator_rx
from ..wordrx import duty_acts_rx
from .cues import any_cue, pattern
from .evidence import Judge, judge_for, sentence_at
from .results import PartResult, quote_of
from .weakness import OWN, actor, mentions

REPORTS_WORK = 60  # characters of the opening's words beyond which they report the year's work
# When a heading matches several parts, the more specific wins first.
_PRIORITY = ("other", "duties", "shortcomings", "plan", "measures")


@dataclass
class Section:
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    numbered: bool = False  # led by a numbered paragraph of the opening, not by a heading: no heading to name

    @property
    def line(self) -> int:
        return (self.heading or self.blocks[0]).line


def classify(doc: Document, checklist: Checklist, year: int | None) -> dict[str, PartResult]:
    body = [b for b in doc.blocks if b.role == "body"]
    sections = _numbered_opening(_sections(body, _bare_headings(body, checklist, year)))
    for s in sections:
        if s.heading is not None:
            s.parts = _heading_parts(s.heading, checklist, year)
    _name_themed(sections)
    sections = _split_tail(sections, checklist, year)
    return _results(sections, body, checklist, year)


def _top_level(body: list[Block]) -> int | None:
    levels = [b.level for b in body if b.kind == "heading"]
    return min(levels) if levels else None


_PUNCT = frozenset("，。；：,;:！？!?、")
_DATE_LINE = Lazy(rf"^[（(]?(?:{dates.ARABIC}|{dates.CHINESE})[）)]?$")
BARE_MAX = 24


def _bare_headings(body: list[Block], checklist: Checklist, year: int | None) -> set[int]:
    """Unnumbered one-line paragraphs that name a part ("存在的问题", "下一步工作打算").

    A plain-text copy of a report whose headings were only styled keeps them as
    short lines without punctuation; they start sections like any heading.
    """
    found: set[int] = set()
    for b in body:
        if b.kind != "paragraph" or b.number or len(b.text) > BARE_MAX or _PUNCT.intersection(b.text):
            continue
        if _DATE_LINE.match(
            squash(b.text)
        ):  # "2023年1月10日" (a letter's, a title's): a date, never "2023年…" the plan
            continue
        if _heading_parts(b, checklist, year):
            found.add(id(b))
    return found


def _sections(body: list[Block], bare: set[int] | None = None) -> list[Section]:
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


def _numbered_opening(sections: list[Section]) -> list[Section]:
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


def heading_parts(h: Block, checklist: Checklist, year: int | None) -> list[str]:
    """The parts a heading names by its wording (none for a themed heading)."""
    return _heading_parts(h, checklist, year)


def _heading_parts(h: Block, checklist: Checklist, year: int | None) -> list[str]:
    title = squash(h.title if h.kind == "heading" else _lead(h.title))
    found = [p for p in _PRIORITY if any_cue(title, checklist.parts[p].heading, year)]
    if "measures" in found and len(found) > 1:
        found.remove("measures")  # "主要工作安排" is a plan, not a measure
    # A heading naming two parts ("存在问题和下步打算") covers both, in reading order.
    return sorted(found, key=lambda p: _first_hit(title, checklist.parts[p].heading, year))


_LEAD_END = Lazy(r"[，,。；;：:！？!?]")


def _lead(text: str) -> str:
    """A numbered paragraph's first clause: what names its section, as a heading would."""
    m = _LEAD_END.search(text)
    return text[: m.start()] if m else text[:BARE_MAX]


def _first_hit(title: str, cues: tuple[str, ...], year: int | None) -> int:
    hits = [m.start() for c in cues if (m := pattern(c, year).search(title))]
    return min(hits) if hits else 10**6


def _name_themed(sections: list[Section]) -> None:
    """Themed top-level headings are measures before any later part, else continue the one before.
    A heading that names a later part before themed sections and that part's own heading further on
    ("一、坚持问题导向，……存在的突出问题" … "四、存在的不足和原因") is a theme of the measures."""
    _themes_first(sections)
    seen_later = False
    previous: list[str] = []
    for s in sections:
        if s.parts == ["opening"]:
            continue
        if s.parts:
            seen_later = seen_later or any(p in ("shortcomings", "plan", "other") for p in s.parts)
            previous = s.parts
        elif s.heading is not None:
            s.parts = previous[-1:] if seen_later and previous else ["measures"]


def _themes_first(sections: list[Section]) -> None:
    """Drop a later part (shortcomings, plan, other) from a heading that a themed heading and then
    another heading of the same part follow: the part's own heading is the last of them. A report
    does not open with its plan: a first heading that names the plan ("一、理清工作思路，强化组织保障")
    with a themed heading after it, and no heading of measures, is a theme of the measures too."""
    for pid in ("shortcomings", "plan", "other"):
        named = [i for i, s in enumerate(sections) if pid in s.parts and s.heading is not None]
        for i in named[:-1]:
            if any(s.heading is not None and not s.parts for s in sections[i + 1 : named[-1]]):
                sections[i].parts.remove(pid)
    body = [s for s in sections if s.parts != ["opening"]]
    if (
        len(body) >= 2
        and body[0].parts == ["plan"]
        and body[1].heading is not None
        and not body[1].parts
        and not any("measures" in s.parts for s in body)
    ):
        body[0].parts = []


def _split_tail(sections: list[Section], checklist: Checklist, year: int | None) -> list[Section]:
    """Unheaded parts: a paragraph after a section's last heading that opens like a part.

    "虽然……但也存在一些不足" after the last measure starts the shortcomings;
    "2024年，××将……" starts the plan. Paragraphs inside an item (before the
    section's last sub-heading, or its first paragraph) are never split off.
    """
    out: list[Section] = []
    only_opening = len(sections) == 1 and sections[0].parts == ["opening"]
    for sec in sections:
        if sec.parts == ["opening"] and not only_opening:
            out.append(sec)
            continue
        heads = [i for i, b in enumerate(sec.blocks) if b.kind == "heading" or b is sec.heading]
        start = heads[-1] + 1 if heads else 0
        led = _led_list(sec, checklist, year, start)
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
            part = _intro_part(b, checklist, year, current.parts) if b.kind == "paragraph" and after_text else None
            if part is not None:
                out.append(current)
                current = Section(None, [b], [part])
            else:
                current.blocks.append(b)
        out.append(current)
    return [s for s in out if s.blocks or s.heading is not None]


_FIRST = Lazy(r"^\s*(?:[（(]\s*[一1]\s*[）)]|1\s*[.、．]|一\s*[、是])")


def _led_list(sec: Section, checklist: Checklist, year: int | None, start: int) -> tuple[int, str] | None:
    """A paragraph before the section's last sub-heading that opens like a part and is followed by a
    list numbered from 一 again ("2024年，我县将……：" then （一）…（五）): where that part starts."""
    blocks = sec.blocks
    for i in range(2, min(start, len(blocks) - 1)):
        b, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
        if b.kind != "paragraph" or before.kind != "paragraph" or after.kind != "heading":
            continue
        if not _FIRST.match(after.number or after.text[:4]):
            continue
        part = _intro_part(b, checklist, year, sec.parts)
        if part is not None:
            return i, part
    return None


def _intro_part(b: Block, checklist: Checklist, year: int | None, current: list[str]) -> str | None:
    """The part a paragraph opens, if it opens like one (``intro``) and does not report the problems it
    names handled (``handled``: "针对执法中还存在的问题，研究制定整改方案" is a measure)."""
    head = b.text[:160]
    for pid in ("shortcomings", "plan", "duties"):
        if pid in current:
            continue
        spec = checklist.parts[pid]
        if any_cue(head, spec.intro, year) and not any_cue(sentence_head(head), spec.handled, year):
            return pid
    return None


def sentence_head(text: str) -> str:
    """The first sentence of ``text``."""
    return text[: sentence_at(text, 0)[1]]


def _results(
    sections: list[Section], body: list[Block], checklist: Checklist, year: int | None
) -> dict[str, PartResult]:
    results: dict[str, PartResult] = {}
    for pid in (*PART_IDS, "other"):
        owned = [s for s in sections if pid in s.parts]
        if owned:
            first = owned[0]
            heading = (
                first.heading.text
                if first.heading is not None and not first.numbered and first.blocks[0] is first.heading
                else None
            )
            blocks = [b for s in owned for b in s.blocks]
            line, col, quote = _place(blocks[0], 0)
            results[pid] = PartResult("present", line, heading, blocks, col, quote)
            continue
        hit = _folded(pid, sections, checklist, year)
        if hit is not None:
            line, col, quote = _place(*hit)
            results[pid] = PartResult("folded", line, None, [hit[0]], col, quote)
        else:
            results[pid] = PartResult("missing")
    return results


def _place(block: Block, at: int) -> tuple[int, int, str]:
    """(line, column, quote) of the sentence of ``block`` around ``at``: a part's heading or first
    sentence, a folded part's mention — what a writer searches for on a web copy's one long line."""
    start, end = sentence_at(block.text, at)
    line, col = block.locate(start)
    return line, max(col, 0), quote_of(block.text, start, end)


def _folded(pid: str, sections: list[Section], checklist: Checklist, year: int | None) -> tuple[Block, int] | None:
    """The block (and offset) where a part without a section of its own is written about."""
    cues = checklist.parts[pid].content
    if pid == "measures":  # the opening's words report the year's work: a long paragraph, or several short
        opening = [b for s in sections if s.parts == ["opening"] for b in s.blocks]
        got = next((b for b in opening if len(b.text) > REPORTS_WORK), None)
        if got is None and sum(len(b.text) for b in opening[1:]) > REPORTS_WORK:
            got = opening[1]  # 一是……二是…… in paragraphs of their own, after the opening's first
        return (got, 0) if got is not None else None
    for s in sections:
        if s.parts == ["opening"] and pid != "duties":  # the own head's act in the opening is the duties folded
            continue
        for b in s.blocks:
            if not any_cue(b.text, cues, year):
                continue
            if pid == "duties":
                at = _own_duty(b.text, cues, checklist, year)
                if at is not None:
                    return b, at
                continue
            return b, min(m.start() for c in cues if (m := pattern(c, year).search(b.text)))
    return None


def _own_duty(text: str, cues: tuple[str, ...], checklist: Checklist, year: int | None) -> int | None:
    """Where ``text`` names a duty of this unit's own head (``weakness.actor`` gives 0, as for the duties
    items): a cue whose sentence names only others' heads acting ("各部门主要负责人述法") or done to or
    with ("听取5个政府部门主要负责人述法", "督促各单位主要负责人履行第一责任人职责") folds nothing."""
    judge = judge_for(checklist.evidence, year)
    found = [
        m.start()
        for c in cues
        for m in pattern(c, year).finditer(text)
        if actor(judge, text, *sentence_at(text, m.start()), m.span()) == 0
        and not _others_duty(judge, text, m.start(), m.end())
    ]
    return min(found) if found else None


def _others_duty(judge: Judge, text: str, start: int, end: int) -> bool:
    """Whether the duty named at ``text[start:end]`` ("开展述法评议，组织12个部门主要负责人述法") is one
    only others' heads do in its sentence: the sentence names heads, none of them this unit's own, and
    the words are a duty a head does himself (``words.toml`` duty_acts: 述法, 学法 …)."""
    if duty_acts_rx().search(text, start, end) is None:
        return False
    heads = mentions(judge, text, *sentence_at(text, start))
    return bool(heads) and all(h.role != OWN for h in heads)
