"""Last year's report → this year's draft: pure functions, no I/O, no screen.

Copying last year's report is how most offices start, and it is also where
their worst slips come from (stale years, last year's figures passing for this
year's, promises never reported on). So roll-forward keeps live only the frame
(title, part headings, drafter's own opening), moved a year on; every sentence
of last year's body comes over as a comment the writer rewrites from; and last
year's plan becomes commitments the writer must report on this year — a
commitment counts as reported when this year's measures share enough of its
keywords.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .checks.promises import (
    Commitment,
    commitments,
    content_words,
    covered,
    format_commitments,
    found_word,
    keywords,
    parse_commitments,
)
from .model import PART_IDS, Block, Document, Meta
from .text import CN_DIGITS

# ------------------------------------------------------------ the skeleton


def part_headings(year: int) -> dict[str, str]:
    """The standard `##` heading of each required part for report year ``year``."""
    return {
        "measures": f"一、{year}年度推进法治政府建设的主要举措和成效",
        "shortcomings": f"二、{year}年度推进法治政府建设存在的不足和原因",
        "duties": f"三、{year}年度党政主要负责人履行推进法治建设第一责任人职责的情况",
        "plan": f"四、{year + 1}年度推进法治政府建设的主要工作安排",
    }


def title_for(unit: str, year: int) -> str:
    return f"{unit}关于{year}年度法治政府建设情况的报告"


def skeleton_body(unit: str, year: int) -> str:
    """An opening line to complete and the four part headings (the title lives in front matter)."""
    heads = part_headings(year)
    lines = ["", f"{year}年，{unit}……现将有关情况报告如下：", ""]
    for pid in PART_IDS:  # a blank line to write on, framed by blank lines
        lines += [f"## {heads[pid]}", "", "", ""]
    return "\n".join(lines)


# ------------------------------------------------------------ moving years

# A year followed by 年, not inside a span such as 2021—2025年.
_YEAR = re.compile(r"(?<![\d—\-–~～至])(20\d{2})(?=\s*年)(?!\s*年?\s*[—\-–~～至]\s*20\d{2})")
# In titles and headings a bare year counts too ("三、2023党政主要负责人……").
_LOOSE_YEAR = re.compile(r"(?<![\d—\-–~～至])(20\d{2})(?!\d)(?!\s*年?\s*[—\-–~～至]\s*20\d{2})")


def shift_years(text: str, last_year: int, *, loose: bool = False, by: int = 1) -> str:
    """Move ``last_year`` and ``last_year + 1`` on by ``by`` in one pass (so no double shift)."""

    def bump(m: re.Match[str]) -> str:
        y = int(m.group(1))
        return str(y + by) if y in (last_year, last_year + 1) else m.group(1)

    return (_LOOSE_YEAR if loose else _YEAR).sub(bump, text)


NUMBERS = "一二三四五"


@dataclass
class LastYear:
    """What roll-forward needs to know about last year's report besides its blocks.

    ``parts`` maps each part id to last year's blocks of it (its heading first
    when it had one), in reading order; a part it lacked is absent.
    ``headings`` holds, for the parts whose heading names that part (and only
    it), last year's heading text, so this year's wording matches the office's.
    """

    parts: dict[str, list[Block]]
    headings: dict[str, str]


def roll_forward(
    doc: Document,
    last: LastYear,
    *,
    to_year: int | None = None,
    opening: str | None = None,
    commitments_: list[Commitment] | None = None,
) -> Document:
    """This year's draft from last year's report: the frame live, last year's content in comments.

    Kept live: the title, the part headings and the opening frame, each moved a
    year on (``opening`` is drafter's own opening for the new year; without it
    the skeleton's). Kept as comments ("去年原文"/"去年标题"): every paragraph
    and item heading of last year's body, where the writer sees it and can copy
    from it, but where it is neither checked nor rendered, so last year's
    figures never pass for this year's and last year's headings tick no
    checklist item. Last year's plan is not carried at all: it comes back as
    the commitments (``commitments_``) listed at the top of the measures, and
    the new plan part starts empty with guidance.

    Parts last year lacked get the standard heading, in the standard place.
    """
    n = doc.meta.year
    if n is None:
        return replace(doc, blocks=list(doc.blocks), meta=replace(doc.meta))
    year = to_year or n + 1
    by = year - n
    std = part_headings(year)
    in_part = {id(b) for bs in last.parts.values() for b in bs}
    body = [b for b in doc.blocks if b.role in ("body", "opening")]
    line = 0

    def add(kind: str, text: str, level: int = 0) -> None:
        nonlocal line
        line += 1
        blocks.append(Block("heading" if kind == "heading" else "paragraph", text, line, level=level))

    blocks: list[Block] = []
    # last year's opening (and anything outside the parts) before the first part, as comments
    first_part = min((bs[0].line for bs in last.parts.values() if bs), default=None)
    for b in body:
        if id(b) in in_part or (first_part is not None and b.line > first_part):
            continue
        add("paragraph", as_comment(b.text, heading=b.kind == "heading"))
    add("paragraph", opening or f"{year}年，{doc.meta.unit or ''}……现将有关情况报告如下：")
    for k, pid in enumerate(_part_order(last)):
        own = last.headings.get(pid)
        mine = own is not None  # last year's own wording of the heading, a year on; else the standard one
        title = shift_years(_strip_number(own), n, loose=True, by=by) if own is not None else _strip_number(std[pid])
        add("heading", f"{NUMBERS[k]}、{title}", level=1)
        if pid == "plan":
            add(
                "paragraph",
                as_note(
                    f"本部分写{year + 1}年度的具体工作安排：做什么、何时完成、达到什么目标。"
                    f"去年的工作安排已列为“去年承诺”，请在第一部分逐条报告落实情况，不要在这里照抄。"
                ),
            )
            continue
        if pid == "measures":
            if commitments_:
                add("paragraph", as_note("去年报告的工作安排，今年要逐条报告落实情况："))
                for c in commitments_:
                    add("paragraph", as_note(c.prompt))
            elif last.parts.get("plan"):  # no item could be told apart: the plan itself, to report on
                for b in last.parts["plan"]:
                    if b.kind == "paragraph":
                        add("paragraph", as_comment(b.text, label="去年安排："))
        for b in last.parts.get(pid, []):
            if mine and b is last.parts[pid][0] and b.kind == "heading":
                continue  # its heading, already written a year on
            add("paragraph", as_comment(b.text, heading=b.kind == "heading"))
    # anything after the parts (a body paragraph last year left outside them)
    if first_part is not None:
        for b in body:
            if id(b) not in in_part and b.line > first_part:
                add("paragraph", as_comment(b.text, heading=b.kind == "heading"))
    blocks += [replace(b, breaks=[]) for b in doc.blocks if b.role == "closing"]
    meta: Meta = replace(
        doc.meta, year=year, date=None, doc_number=None, date_line=None, doc_number_line=None, title_line=None
    )
    if meta.title:
        meta.title = shift_years(meta.title, n, loose=True, by=by)
    return Document(meta=meta, blocks=blocks, lines=[], path="", fmt="md")


def _part_order(last: LastYear) -> list[str]:
    """Last year's parts in its order; a part it lacked goes after its regulation predecessor."""
    order = sorted((pid for pid in PART_IDS if last.parts.get(pid)), key=lambda p: last.parts[p][0].line)
    for i, pid in enumerate(PART_IDS):
        if pid in order:
            continue
        before = [p for p in PART_IDS[:i] if p in order]
        order.insert(order.index(before[-1]) + 1 if before else 0, pid)
    if last.parts.get("other"):
        order.append("other")
    return order


_NUMBER = re.compile(rf"^\s*(?:[{CN_DIGITS}]+[、.．]|[（(][{CN_DIGITS}]+[）)]|\d+[.．、])\s*")


def _strip_number(text: str) -> str:
    return _NUMBER.sub("", text, count=1)


LAST_YEAR = "去年原文："


LAST_HEADING = "去年标题："


def as_comment(text: str, *, heading: bool = False, label: str | None = None) -> str:
    """Last year's paragraph (or item heading), kept visible to the writer but outside the report."""
    label = label or (LAST_HEADING if heading else LAST_YEAR)
    return f"<!-- {label}{text.replace('--', '—')} -->"


def as_note(text: str) -> str:
    """Guidance drafter writes into a draft: a comment, never report text."""
    return f"<!-- {text.replace('--', '—')} -->"


__all__ = [
    "LAST_HEADING",
    "LAST_YEAR",
    "Commitment",
    "LastYear",
    "as_comment",
    "as_note",
    "commitments",
    "content_words",
    "covered",
    "format_commitments",
    "found_word",
    "keywords",
    "parse_commitments",
    "part_headings",
    "roll_forward",
    "shift_years",
    "skeleton_body",
    "title_for",
]
