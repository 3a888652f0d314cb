"""Last year's report → this year's draft: pure functions, no I/O, no screen.

Copying last year's report is how most offices start, and it is also where
their worst slips come from (stale years, promises never reported on). So the
roll-forward moves the years that frame the report (title, headings, opening,
plan openings) forward by one, and turns last year's plan into commitments the
writer must report on this year; a commitment counts as covered when this
year's measures share enough of its keywords.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .model import PART_IDS, Block, Document, Meta

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


_LEADING_YEAR = re.compile(r"^(20\d{2})(\s*年)")


def _shift_block(b: Block, last_year: int, whole: bool, by: int) -> Block:
    if whole:
        return replace(b, text=shift_years(b.text, last_year, loose=True, by=by), breaks=list(b.breaks))
    m = _LEADING_YEAR.match(b.text)
    if not m:
        return replace(b, breaks=list(b.breaks))
    head = shift_years(b.text[: m.end()], last_year, by=by)
    return replace(b, text=head + b.text[m.end():], breaks=list(b.breaks))


def roll_forward(doc: Document, plan_lines: set[int] | None = None,
                 measures_lines: set[int] | None = None, to_year: int | None = None) -> Document:
    """A copy of ``doc`` one year on: title, headings, opening and plan openings moved.

    ``plan_lines`` are the source lines of last year's plan paragraphs (from a
    check of ``doc``); their leading year ("2024年，我办将……") moves too. Years
    inside ordinary sentences are left for the writer, where the stale-year
    rule will point at them if they still read wrong.

    ``measures_lines`` are last year's paragraphs (the app passes those of all
    four parts): they become comments ("去年原文") that the writer sees and can
    copy from but that are neither checked nor rendered — last year's figures
    must not pass for this year's, nor last year's text count as keeping last
    year's promises, nor last year's plan be sent again as next year's.

    ``to_year`` is the new report year when it is not simply the next one
    (a report two years old is still a starting point).
    """
    n = doc.meta.year
    if n is None:
        return replace(doc, blocks=list(doc.blocks), meta=replace(doc.meta))
    by = (to_year - n) if to_year else 1
    plan_lines = plan_lines or set()
    measures_lines = measures_lines or set()
    first_body = next((b for b in doc.blocks if b.role == "body" and b.kind == "paragraph"), None)
    blocks: list[Block] = []
    for b in doc.blocks:
        whole = b.role == "title" or b.kind == "heading"
        lead = b is first_body or b.line in plan_lines
        if b.kind == "paragraph" and b.line in measures_lines and b is not first_body:
            blocks.append(replace(b, text=as_comment(b.text), breaks=[]))
        else:
            blocks.append(_shift_block(b, n, whole, by) if whole or lead else replace(b, breaks=list(b.breaks)))
    meta: Meta = replace(doc.meta, year=n + by, date=None, doc_number=None, date_line=None,
                         doc_number_line=None)
    if meta.title:
        meta.title = shift_years(meta.title, n, loose=True, by=by)
    return Document(meta=meta, blocks=blocks, lines=[], path="", fmt="md")


LAST_YEAR = "去年原文："


def as_comment(text: str) -> str:
    """Last year's paragraph, kept visible to the writer but outside the report."""
    return f"<!-- {LAST_YEAR}{text.replace('--', '—')} -->"


# ------------------------------------------------------------ commitments


@dataclass(frozen=True)
class Commitment:
    """One promise from last year's plan, to be reported on this year."""

    text: str

    @property
    def prompt(self) -> str:
        return f"去年承诺：{self.text}；请报告落实情况"


_CLAUSE = re.compile(r"[一二三四五六七八九十]+是")
_SENTENCE_END = re.compile(r"[。；;！？]")
MAX_COMMITMENT = 40


def _clip(text: str) -> str:
    text = text.strip(" ，,。；;：:")
    return text if len(text) <= MAX_COMMITMENT else text[:MAX_COMMITMENT] + "……"


def _clauses(text: str) -> list[str]:
    """'一是A。二是B。' → ['A', 'B'] (each up to its first sentence end)."""
    parts = _CLAUSE.split(text)
    return [_clip(_SENTENCE_END.split(p, 1)[0]) for p in parts[1:] if p.strip()]


def commitments(plan: list[Block]) -> list[Commitment]:
    """Last year's plan → commitments: its item headings, else its 一是…二是… clauses.

    ``plan`` is the plan part's blocks (PartResult.blocks), its own heading first.
    """
    top = min((b.level for b in plan if b.kind == "heading"), default=0)
    items = [b for b in plan if b.kind == "heading" and b.level > top]
    found: list[str] = [_clip(b.title) for b in items]
    if not found:
        for b in plan:
            if b.kind == "paragraph":
                found += _clauses(b.text)
    if not found:  # a numbered list written as paragraphs ("1.充分发挥……；")
        found = [_clip(_SENTENCE_END.split(b.title, 1)[0]) for b in plan if b.kind == "paragraph" and b.number]
    seen: set[str] = set()
    out: list[Commitment] = []
    for t in found:
        if t and t not in seen:
            seen.add(t)
            out.append(Commitment(t))
    return out


# Words every report uses: they say nothing about which promise was kept.
_COMMON = set(
    ["法治", "政府", "建设", "推进", "加强", "进一步", "工作", "全面", "深入", "持续", "不断", "提升", "提高", "完善", "健全", "强化", "推动", "坚持", "落实", "扎实", "切实", "积极", "依法", "行政", "机制", "体系", "水平", "能力", "制度", "开展", "做好", "着力", "大力", "深化", "严格", "规范"]
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def keywords(text: str) -> set[str]:
    """Character bigrams of the Chinese text, minus the boilerplate ones."""
    grams: set[str] = set()
    for run in _CJK_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return {g for g in grams if g not in _COMMON and not any(g in w for w in _COMMON if len(w) > 2)}


def covered(c: Commitment, text: str, threshold: float = 0.5) -> bool:
    """Whether ``text`` (this year's measures) shares enough of the commitment's keywords."""
    want = keywords(c.text.rstrip("…"))
    if not want:
        return False
    have = sum(1 for g in want if g in text)
    return have >= 2 and have / len(want) >= threshold


# ------------------------------------------------------------ kept in the draft

_MARK = "drafter:commitments"
_BLOCK = re.compile(r"<!--\s*" + re.escape(_MARK) + r"\s*\n(.*?)-->", re.S)


def format_commitments(cs: list[Commitment]) -> str:
    """An HTML comment that keeps the commitments in the draft; readers skip comments."""
    if not cs:
        return ""
    lines = [f"<!-- {_MARK}", *(f"- {c.text.replace('--', '—')}" for c in cs), "-->"]
    return "\n".join(lines)


def parse_commitments(text: str) -> list[Commitment]:
    m = _BLOCK.search(text)
    if not m:
        return []
    return [Commitment(line[2:].strip()) for line in m.group(1).split("\n") if line.startswith("- ")]


__all__ = [
    "Commitment", "commitments", "covered", "format_commitments", "keywords", "parse_commitments",
    "part_headings", "roll_forward", "shift_years", "skeleton_body", "title_for",
]
