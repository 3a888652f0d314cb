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
from functools import lru_cache

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


_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])\s*")


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
    [
        "法治",
        "政府",
        "建设",
        "推进",
        "加强",
        "进一步",
        "工作",
        "全面",
        "深入",
        "持续",
        "不断",
        "提升",
        "提高",
        "完善",
        "健全",
        "强化",
        "推动",
        "坚持",
        "落实",
        "扎实",
        "切实",
        "积极",
        "依法",
        "行政",
        "机制",
        "体系",
        "水平",
        "能力",
        "制度",
        "开展",
        "做好",
        "着力",
        "大力",
        "深化",
        "严格",
        "规范",
    ]
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def keywords(text: str) -> set[str]:
    """Character bigrams of the Chinese text, minus the boilerplate ones."""
    grams: set[str] = set()
    for run in _CJK_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return {g for g in grams if g not in _COMMON and not any(g in w for w in _COMMON if len(w) > 2)}


_FUNCTION = "的和与及等、并把对在从向为了将以"


def content_words(text: str, keep: tuple[str, ...] = ()) -> list[str]:
    """See ``_content_words`` (kept: every check asks again for every promise's words)."""
    return list(_content_words(text, keep))


@lru_cache(maxsize=4096)
def _content_words(text: str, keep: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The commitment's content words: its Chinese runs with the words every report uses
    (``_COMMON``) and function characters cut out ("完善规范性文件审核机制" → ["规范性文件审核"]).
    Words in ``keep`` (the synonym data) are never cut into, nor a common word that makes a noun
    with 性 (规范性文件)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        held = [w for w in sorted(keep, key=len, reverse=True) if len(w) >= 2 and w in run]
        for i, w in enumerate(held):
            run = run.replace(w, f"\x00{i}\x01")
        for w in sorted(_COMMON, key=len, reverse=True):
            run = re.sub(re.escape(w) + "(?!性)", " ", run)
        for ch in _FUNCTION:
            run = run.replace(ch, " ")
        for i, w in enumerate(held):
            run = run.replace(f"\x00{i}\x01", w)
        out += [f for f in run.split() if len(f) >= 2 and f not in out]
    return tuple(out)


def found_word(word: str, text: str, synonyms: tuple[tuple[str, ...], ...]) -> bool:
    """A content word is in ``text`` as written, with a synonym in its place (行政复议 → 复议案件…), or
    reordered (most of its two-character pieces: 审核规范性文件 for 规范性文件审核)."""
    if word in text:
        return True
    for group in synonyms:
        for w in group:
            if w in word and any(word.replace(w, alt) in text for alt in group if alt != w):
                return True
    if len(word) >= 5:
        grams = {word[i : i + 2] for i in range(len(word) - 1)}
        return sum(1 for g in grams if g in text) / len(grams) >= 0.75
    return False


def covered(c: Commitment, text: str, threshold: float = 0.5, synonyms: tuple[tuple[str, ...], ...] = ()) -> bool:
    """Whether ``text`` (this year's measures) names enough of the commitment's content words
    (``synonyms``: groups of words that stand for each other, the checklist's ``[[synonyms]]``)."""
    want = content_words(c.text.rstrip("…"), tuple(w for g in synonyms for w in g))
    if not want:
        return False
    have = sum(1 for w in want if found_word(w, text, synonyms))
    return have >= 1 and have / len(want) >= threshold


# ------------------------------------------------------------ kept in the draft

_MARK = "drafter:commitments"
_BLOCK = re.compile(r"<!--\s*" + re.escape(_MARK) + r"\s*\n")  # the block runs to the next -->


def format_commitments(cs: list[Commitment]) -> str:
    """An HTML comment that keeps the commitments in the draft; readers skip comments."""
    if not cs:
        return ""
    lines = [f"<!-- {_MARK}", *(f"- {c.text.replace('--', '—')}" for c in cs), "-->"]
    return "\n".join(lines)


def parse_commitments(text: str) -> list[Commitment]:
    m = _BLOCK.search(text)
    end = text.find("-->", m.end()) if m else -1
    if m is None or end < 0:  # unclosed: like any unclosed comment, not a block (one search, not one per opener)
        return []
    return [Commitment(line[2:].strip()) for line in text[m.end() : end].split("\n") if line.startswith("- ")]


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
