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
   judge it): "听取各部门主要负责人述法" folds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .. import dates
from ..checklists import Checklist
from ..lazyre import Lazy
from ..model import PART_IDS, PART_NAMES, Block, Document
from ..text import squash
from .context import Context
from .cues import any_cue, pattern
from .evidence import judge_for, sentence_at
from .gaps import also_missing
from .results import ERROR, INFO, WARNING, Finding, PartResult, quote_of
from .rule import Rule, Scope
from .weakness import actor

REPORTS_WORK = 60  # characters of the opening's words beyond which they report the year's work
# When a heading matches several parts, the more specific wins first.
_PRIORITY = ("other", "duties", "shortcomings", "plan", "measures")


@dataclass
class Section:
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def line(self) -> int:
        return (self.heading or self.blocks[0]).line


def classify(doc: Document, checklist: Checklist, year: int | None) -> dict[str, PartResult]:
    body = [b for b in doc.blocks if b.role == "body"]
    sections = _sections(body, _bare_headings(body, checklist, year))
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


def heading_parts(h: Block, checklist: Checklist, year: int | None) -> list[str]:
    """The parts a heading names by its wording (none for a themed heading)."""
    return _heading_parts(h, checklist, year)


def _heading_parts(h: Block, checklist: Checklist, year: int | None) -> list[str]:
    title = squash(h.title)
    found = [p for p in _PRIORITY if any_cue(title, checklist.parts[p].heading, year)]
    if "measures" in found and len(found) > 1:
        found.remove("measures")  # "主要工作安排" is a plan, not a measure
    # A heading naming two parts ("存在问题和下步打算") covers both, in reading order.
    return sorted(found, key=lambda p: _first_hit(title, checklist.parts[p].heading, year))


def _first_hit(title: str, cues: tuple[str, ...], year: int | None) -> int:
    hits = [m.start() for c in cues if (m := pattern(c, year).search(title))]
    return min(hits) if hits else 10**6


def _name_themed(sections: list[Section]) -> None:
    """Themed top-level headings are measures before any later part, else continue the one before."""
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
            out += [Section(sec.heading, sec.blocks[:at], list(sec.parts)), Section(None, sec.blocks[at:], [led_part])]
            continue
        current = Section(sec.heading, sec.blocks[:start], list(sec.parts))
        for i, b in enumerate(sec.blocks[start:], start):
            # never the first paragraph under a heading: that is the item's own body
            after_text = i > 0 and sec.blocks[i - 1].kind == "paragraph" and sec.blocks[i - 1] is not sec.heading
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
    head = b.text[:160]
    for pid in ("shortcomings", "plan", "duties"):
        if pid in current:
            continue
        if any_cue(head, checklist.parts[pid].intro, year):
            return pid
    return None


def _results(
    sections: list[Section], body: list[Block], checklist: Checklist, year: int | None
) -> dict[str, PartResult]:
    results: dict[str, PartResult] = {}
    for pid in (*PART_IDS, "other"):
        owned = [s for s in sections if pid in s.parts]
        if owned:
            first = owned[0]
            heading = first.heading.text if first.heading is not None and first.blocks[0] is first.heading else None
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
        if s.parts == ["opening"]:
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
    ]
    return min(found) if found else None


# ---------------------------------------------------------------- rules


MISSING_PART = Rule("missing-part", "缺少必备部分", Scope.DOCUMENT, {ERROR: "四个必备部分之一既没有单列，也没有写到"})
FOLDED_PART = Rule(
    "folded-part",
    "必备部分没有单列",
    Scope.DOCUMENT,
    {WARNING: "某一部分只在其他部分中写到（并入的第一责任人职责没有写到的清单条目也在这一条中列出）"},
)
PART_ORDER = Rule("part-order", "各部分顺序与规定不同", Scope.DOCUMENT, {INFO: "各部分的顺序与规定不同"})


@MISSING_PART.check
def missing_part(ctx: Context) -> Iterator[Finding]:
    for pid in PART_IDS:
        if ctx.parts[pid].status == "missing":
            yield MISSING_PART.finding(ERROR, f"缺少“{_full_name(pid, ctx.year)}”部分", None, part=pid)


@FOLDED_PART.check
def folded_part(ctx: Context) -> Iterator[Finding]:
    for pid in PART_IDS:
        pr = ctx.parts[pid]
        if pr.status == "folded":
            host = _host(ctx, pr)
            where = f"只在“{host}”中有所涉及" if host else "只散见于其他部分"
            msg = f"“{_full_name(pid, ctx.year)}”没有单列成部分，{where}；请单独成节"
            if pid == "duties":  # the duties items not covered are named here, not one by one
                yield FOLDED_PART.on_part(ctx, pid, WARNING, msg + also_missing(ctx))
            else:
                yield FOLDED_PART.on_part(ctx, pid, WARNING, msg)


@PART_ORDER.check
def part_order(ctx: Context) -> Iterator[Finding]:
    placed = [
        (pr.line, PART_IDS.index(pid), pid)
        for pid in PART_IDS
        if (pr := ctx.parts[pid]).status == "present" and pr.line
    ]
    order = [pid for _, _, pid in sorted(placed)]
    expected = [p for p in PART_IDS if p in order]
    if order == expected:
        return
    without_duties = [p for p in order if p != "duties"]
    if order and order[0] == "duties" and without_duties == [p for p in expected if p != "duties"]:
        msg = (
            "“第一责任人职责”部分放在了最前面；规定的顺序是举措成效、不足原因、第一责任人职责、下一年度安排（可以接受）"
        )
    else:
        names = "、".join(PART_NAMES[p] for p in order)
        msg = f"各部分顺序为：{names}；规定的顺序是举措成效、不足原因、第一责任人职责、下一年度安排"
    yield PART_ORDER.on_part(ctx, order[0], INFO, msg)


def _host(ctx: Context, pr: PartResult) -> str | None:
    block = pr.blocks[0] if pr.blocks else None
    for pid, other in ctx.parts.items():
        if (
            other is not pr
            and other.status == "present"
            and block is not None
            and any(b is block for b in other.blocks)
        ):
            return PART_NAMES[pid]
    return None


def _full_name(pid: str, year: int | None) -> str:
    if year is None:
        return {
            "measures": "推进法治政府建设的主要举措和成效",
            "shortcomings": "推进法治政府建设存在的不足和原因",
            "duties": "党政主要负责人履行推进法治建设第一责任人职责情况",
            "plan": "下一年度推进法治政府建设的主要安排",
        }[pid]
    return {
        "measures": f"{year}年度推进法治政府建设的主要举措和成效",
        "shortcomings": f"{year}年度推进法治政府建设存在的不足和原因",
        "duties": f"{year}年度党政主要负责人履行推进法治建设第一责任人职责情况",
        "plan": f"{year + 1}年度推进法治政府建设的主要安排",
    }[pid]
