"""Turn a reader's paragraphs into the document model.

Every reader (txt, md, docx) yields ``RawPara`` items — text, source line and
whatever layout hints its format carries (a Markdown ``##``, a Word heading
style, a bold run-in prefix, Word numbering). This module does the rest once:
hard-wrapped lines rejoined, the head (``head``: debris, title, 主送机关) and the
tail (``tail``: 署名, 成文日期, 附件说明, 版记) set apart, the heading outline with
run-in headings split from their body, and the year and unit inferred.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import Block, Document, Meta
from ..text import SENTENCE_END, cn_value, match_number, normalise, squash
from .head import ADDRESSEE_SHAPE, MAX_TITLE_SCAN, TITLE, front_matter, is_debris
from .head.page import is_field_line, page_facts
from .head.settle import settle_unit
from .head.year import infer_year
from .limits import MAX_CHARS, check_paragraphs, check_text
from .rawpara import RawPara
from .runon import is_runon
from .runtitle import HEADING_MAX
from .tail import closing_block, starts_closing, tail_blocks
from .textlayout import PageInfo, page_meta, recover_text


@dataclass
class Trace:
    """Where ``build`` looked, for ``splice``: the reader's paragraphs and those the head and tail
    were found among, each as (line, column), and how far the head and the tail were looked for."""

    raw: list[tuple[int, int]] = field(default_factory=list)
    clean: list[tuple[int, int]] = field(default_factory=list)
    head: int = 0  # the last of ``clean`` the head was looked for in (``head.front_matter``), but for:
    untitled: bool = False  # no title found: the title was looked for in the first ``MAX_TITLE_SCAN``
    end: int = 0  # where the closing block begins in ``clean``
    roles: list[str] = field(default_factory=list)  # the closing block's paragraphs' roles (``tail.closing_block``)
    body: int = 0  # a draft's first line after its front matter (0: no front matter)
    bold: bool = False  # a paragraph opens with a bold run (its level follows the heading before it)
    runon: bool = False  # a paragraph is a run-on page's worth (``runon`` counts numbering across lines)


def build(
    paras: list[RawPara],
    *,
    path: str = "",
    fmt: str = "txt",
    lines: list[str] | None = None,
    trace: Trace | None = None,
    source: list[str] | None = None,
) -> Document:
    """Assemble a Document from a reader's paragraphs.

    Text formats (.txt, .md, and what .pdf and .html hand over as text) first have a web
    page's own words set aside (``webpage``) and run-on lines split (``runon``).
    """
    check_paragraphs(len(paras))
    if trace is not None:
        trace.raw = [(p.line, p.col) for p in paras]
        trace.bold = any(p.bold_prefix for p in paras)
    if sum(len(p.text) for p in paras) > MAX_CHARS:
        check_text("".join(p.text for p in paras))
    info: PageInfo | None = None
    furniture: list[RawPara] = []
    if fmt in ("txt", "md"):
        if trace is not None:
            trace.runon = any(is_runon(p.text) for p in paras)
        paras, info, furniture = recover_text(paras)
    paras = [p for p in (_clean(p) for p in paras) if p.text]
    if fmt == "txt":
        paras = _join_wrapped(paras)
    meta = Meta()
    blocks: list[Block] = []
    seen: list[int] = []
    apart = frozenset(p.line for p in furniture if p.col == 0)  # whole lines of the page's words
    start = front_matter(paras, meta, blocks, seen, apart)
    if trace is not None:
        trace.untitled = meta.title is None
    if info is not None and info.found:
        page_meta(meta, info)
    if furniture:  # "发布时间：2024-03-05", "来源：××省人民政府" set aside with the page's words above the body
        _page_furniture(meta, furniture, paras[start].line if start < len(paras) else None)
    end, roles = closing_block(paras, start)
    if trace is not None:
        trace.clean, trace.head, trace.end = [(p.line, p.col) for p in paras], max(start, *seen), end
        trace.roles = list(roles)
    _outline(paras[start:end], blocks)
    tail_blocks(paras[end:], roles, blocks, meta)
    _infer_meta(meta, blocks)
    if furniture:
        _file_furniture(blocks, furniture)
    return Document(meta=meta, blocks=blocks, lines=lines or [], path=path, fmt=fmt, source=source or [])


def _page_furniture(meta: Meta, furniture: list[RawPara], body: int | None) -> None:
    """What the page's words set aside above the body say of the report: when, and who posted it."""
    facts = page_facts([p for p in furniture[:MAX_TITLE_SCAN] if body is None or p.line <= body])
    meta.page_date = meta.page_date or facts.written or facts.posted
    if meta.publisher is None:
        meta.publisher, meta.page_issuer = facts.publisher, meta.page_issuer or facts.issuer


def _file_furniture(blocks: list[Block], furniture: list[RawPara]) -> None:
    """The page's words as debris blocks, each where it stood (by line and column)."""
    extra = [Block("paragraph", normalise(p.text), p.line, col=p.col, role="debris") for p in furniture]
    merged: list[Block] = []
    k = 0
    for b in blocks:
        while k < len(extra) and (extra[k].line, extra[k].col) < (b.line, b.col):
            merged.append(extra[k])
            k += 1
        merged.append(b)
    merged.extend(extra[k:])
    blocks[:] = merged


def _clean(p: RawPara) -> RawPara:
    raw = p.text
    p.raw = raw
    p.text = normalise(raw)
    if p.breaks and p.text != raw:  # offsets moved: keep only line starts
        p.breaks = _rebase_breaks(raw, p.text, p.breaks)
    return p


def _rebase_breaks(raw: str, norm: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map break offsets from ``raw`` to ``norm`` by counting kept characters."""
    out: list[tuple[int, int]] = []
    j = 0
    i = 0
    for at, ln in breaks:
        while i < at and i < len(raw):
            if j < len(norm) and raw[i] == norm[j]:
                j += 1
            i += 1
        out.append((j, ln))
    return out


# ------------------------------------------------ hard-wrapped plain text


def _wrap_width(paras: list[RawPara]) -> int | None:
    """Line width of text hard-wrapped out of a PDF, if that is what this is."""
    lengths = [len(p.text) for p in paras if p.joinable and len(p.text) >= 12]
    if len(lengths) < 6:
        return None
    common = Counter(lengths).most_common(1)[0][0]
    near = sum(1 for n in lengths if abs(n - common) <= 2)
    if common <= 48 and near >= 5 and near >= 0.3 * len(lengths):
        return common
    return None


def _looks_like_heading(p: RawPara) -> bool:
    m = match_number(p.text)
    if m is None or len(p.text) - len(m[1]) > HEADING_MAX:  # the length first: a long paragraph is not scanned
        return False
    rest = p.text[len(m[1]) :]
    return not any(c in rest for c in SENTENCE_END)


_TITLE_SPAN = 100
"""The longest text a ``TITLE`` match can cover (its alternatives are bounded: 2 + 60 + 4 + 30 + 2)."""
_CLAUSE = "，。、；"
_START = 300


class _Joined:
    """The paragraph being assembled from wrapped lines, and what ``_continues`` asks of it.

    Every answer is kept up to date from each new line alone — ``TITLE`` is searched only where a new
    match could be (no earlier one exists, or no line would have been joined), the clause marks are a
    flag, the text is joined once at the end — so joining n lines is linear, not quadratic, in their length.
    """

    def __init__(self, p: RawPara) -> None:
        self.para = p
        self.pieces = [p.text]
        self.length = len(p.text)
        self.last = p.text[-1]
        self.squashed = squash(p.text)
        self.checked = 0  # squashed[:checked] holds no TITLE match
        self.clauses = any(c in p.text for c in _CLAUSE)
        self.start = p.text[:_START]  # enough of the text's start for its numbering
        self.head = _looks_like_heading(p)

    def title(self) -> bool:
        found = TITLE.search(self.squashed, max(0, self.checked - _TITLE_SPAN)) is not None
        self.checked = len(self.squashed)
        return found

    def add(self, p: RawPara) -> None:
        prev = self.para
        prev.breaks.append((self.length, p.line))
        prev.breaks.extend((self.length + at, ln) for at, ln in p.breaks)  # a PDF paragraph's own wraps
        self.pieces.append(p.text)
        self.length += len(p.text)
        self.last = p.text[-1]
        self.squashed += squash(p.text)
        self.clauses = self.clauses or any(c in p.text for c in _CLAUSE)
        if len(self.start) < _START:
            self.start = (self.start + p.text)[:_START]
        self.head = self.outline_paragraph()

    def outline_paragraph(self) -> bool:
        """``_looks_like_heading`` of the joined text: only a short one needs joining and asking."""
        m = match_number(self.start)
        if m is None or self.length - len(m[1]) > HEADING_MAX or self.length > _START + HEADING_MAX:
            return False
        return _looks_like_heading(self.done())

    def done(self) -> RawPara:
        if len(self.pieces) > 1:
            self.para.text = "".join(self.pieces)
            self.pieces = [self.para.text]
        return self.para


def _join_wrapped(paras: list[RawPara]) -> list[RawPara]:
    """Join lines that a PDF copy or a page break cut in mid-sentence."""
    width = _wrap_width(paras)
    out: list[RawPara] = []
    cur: _Joined | None = None
    for p in paras:
        if cur is not None and p.joinable and cur.para.joinable and _continues(cur, p, width):
            cur.add(p)
            continue
        if cur is not None:
            cur.done()
        cur = _Joined(p)
        out.append(p)
    if cur is not None:
        cur.done()
    return out


def _continues(prev: _Joined, nxt: RawPara, width: int | None) -> bool:
    if match_number(nxt.text) or starts_closing(nxt.text):
        return False
    if ADDRESSEE_SHAPE.match(nxt.text) or prev.title() or is_field_line(nxt.text) or is_field_line(prev.start):
        return False
    full = width is not None and prev.length >= width - 3
    if full and prev.last not in SENTENCE_END and not prev.head:
        return True  # a full line of hard-wrapped text
    if prev.last in SENTENCE_END + "；;：:”’」』" or prev.head:
        return False
    # A page break inside a paragraph: a long line cut in mid-sentence.
    return prev.length >= 20 and prev.clauses


# ------------------------------------------------ the outline


def _outline(paras: list[RawPara], blocks: list[Block]) -> None:
    start = len(blocks)
    _outline_blocks(paras, blocks)
    _relevel(blocks[start:])


def _relevel(blocks: list[Block]) -> None:
    """Levels from the document's own numbering when it departs from the standard order.

    GB/T 9704 nests 一、 > （一） > 1. > （1）, and most reports do; one that
    numbers its parts "1、" and their items "（一）" means 1、 as the top level.
    So when the numbering kinds first appear in a non-standard order, each kind's
    level is its rank of first appearance. Styled headings (Word styles, Markdown
    '#') keep the level their format states.
    """
    order: list[int] = []
    first: dict[int, int | None] = {}  # each kind's first number: 2 for a 二、 that comes first
    for b in blocks:
        if b.kind == "heading" and not b.styled and b.number:
            std = _std_level(b.number)
            if std is not None and std not in order:
                order.append(std)
                first[std] = cn_value(b.number)
    if order == sorted(order) or _first_dropped(order, first):
        return
    rank = {std: i + 1 for i, std in enumerate(order)}
    for b in blocks:
        if not b.styled and b.number and (std := _std_level(b.number)) in rank:
            b.level = min(4, rank[std])


def _first_dropped(order: list[int], first: dict[int, int | None]) -> bool:
    """Whether the kinds out of the standard order are a top series whose first heading is missing
    ("（一）……（二）……" then "二、存在的不足" "三、……": the report's 一、 was dropped, its items stand
    first): each shallower kind that appears after a deeper one starts past 1. A report that numbers its
    parts 1、 and their items （一） starts its （一） at 1."""
    late = [std for i, std in enumerate(order) if any(d > std for d in order[:i])]
    return bool(late) and all((first.get(std) or 1) > 1 for std in late)


def _std_level(number: str) -> int | None:
    m = match_number(number)
    return m[0] if m else None


def _outline_blocks(paras: list[RawPara], blocks: list[Block]) -> None:
    last_level = 0
    for p in paras:
        if is_debris(p.text):
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
            continue
        made = outline_paragraph(p, last_level)
        blocks.extend(made)
        for b in made:
            if b.kind == "heading":
                last_level = b.level


def outline_paragraph(p: RawPara, last_level: int) -> list[Block]:
    """A paragraph as one block, or a run-in heading and its body as two."""
    text = p.text
    typed = match_number(text)
    number = p.number + (typed[1] if typed else "")
    level = p.level or (typed[0] if typed else 0)
    if p.number and not p.level:
        level = _level_of_generated(p.number) or level
    if p.bold_prefix and not level:
        level = min(4, max(2, last_level + 1))
    if not level:
        return [Block("paragraph", text, p.line, col=p.col, breaks=p.breaks, frame=p.frame)]
    full = p.number + text
    shift = len(p.number)
    col = p.col - shift
    rest_at = len(number)
    rest = full[rest_at:]
    cut = _run_in_cut(rest, p.bold_prefix - len(typed[1]) if p.bold_prefix and typed else p.bold_prefix)
    styled = p.level is not None
    if cut is None:
        if not styled and not p.bold_prefix and _is_list_item(rest):
            return [Block("paragraph", full, p.line, col=col, number=number, breaks=p.breaks, frame=p.frame)]
        return [Block("heading", full, p.line, col=col, level=level, number=number, styled=styled, breaks=p.breaks)]
    head = full[: rest_at + cut]
    body = full[rest_at + cut :].lstrip()
    body_at = len(full) - len(body)
    heading = Block("heading", head, p.line, col=col, level=level, number=number, run_in=True, styled=styled)
    para = Block("paragraph", body, p.line, col=body_at + col, frame=p.frame)
    for at, ln in p.breaks:
        target = heading if at + shift < body_at else para
        off = at + shift - (0 if target is heading else body_at)
        target.breaks.append((off, ln))
    return [heading, para]


def _is_list_item(rest: str) -> bool:
    """A numbered sentence ("1.坚持……，……；") rather than a heading."""
    if len(rest) > HEADING_MAX or rest.endswith(("；", ";", "，", ",", "、")):
        return True
    return rest.endswith("。") and "，" in rest


def _level_of_generated(number: str) -> int | None:
    m = match_number(number)
    return m[0] if m else None


def _run_in_cut(rest: str, bold: int) -> int | None:
    """Where a run-in heading's title ends (after its 。), or None if not run-in."""
    if bold and 0 < bold < len(rest):
        return bold
    for i, ch in enumerate(rest[: HEADING_MAX + 1]):
        if ch in SENTENCE_END:
            return i + 1 if i + 1 < len(rest) else None
    return None


# ------------------------------------------------ metadata


def _infer_meta(meta: Meta, blocks: list[Block]) -> None:
    """Steps 3 and 4 of the head where the title did not settle them (``head.unit``, ``head.year``)."""
    body = [b for b in blocks if b.role == "body"]
    infer_year(meta, body)
    first = next((i for i, b in enumerate(blocks) if b.role in ("title", "body")), len(blocks))
    settle_unit(meta, body, [b.text for b in blocks[:first] if b.role in ("debris", "header")])
