"""Re-reading a draft after the writer changed one paragraph: the new text spliced into the last read.

The app re-reads its draft after every pause in typing, and reading 10,000 characters costs
about 2 ms, as much as the checks of what changed. Between two pauses the writer has almost
always changed one line of one ordinary paragraph; such a line reads as one body paragraph
whatever else the draft holds, so the new Document is the last one with that paragraph's
block replaced. ``reread`` does that only when it is sure it gives what ``read_text`` would:

- the draft has its front matter, and nothing changed but one body line (same number of lines);
- that line, before and after, is a paragraph of its own (blank lines around it): not a
  Markdown heading, list item, comment, bold run-in or ``drafter:`` directive, not debris, not a
  run-on page's worth; what it reads as (a paragraph, a numbered heading, a run-in heading and
  its body) depends on it alone, and the headings' numbering keeps the standard order;
- it lies beyond where the head (title, 主送机关) was looked for and before where the tail
  (署名, 成文日期, 版记) was, as ``structure.Trace`` recorded in the full read, and a web page's
  own words are not found in it.

Anything else is read in full. ``tests/test_splice.py`` checks, over random edits, that the
two always give equal Documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Block, Document
from ..text import match_number, normalise
from .head import MAX_TITLE_SCAN, is_debris, is_title, organ_list, title_piece
from .limits import check_text
from .markdown import BOLD_START, LIST_MARK, QUOTE_MARK, RULE_LINE, TABLE_ROW, TABLE_RULE, heading, read_text
from .rawpara import RawPara
from .runon import OPENS, is_runon
from .structure import Trace, outline_paragraph
from .tail import ATTACH_MORE, closing_role
from .webpage import PAGE_HEAD, PAGE_TAIL, PageInfo, page_foot, page_head


@dataclass
class Reading:
    """A draft's text, the Document read from it, and where the full read looked."""

    text: str
    path: str
    doc: Document
    lines: list[str]
    trace: Trace = field(default_factory=Trace)
    spliced: bool = False  # made by splicing (for the bench and the tests)


def read(text: str, path: str = "") -> Reading:
    """A full read, traced."""
    trace = Trace()
    doc = read_text(text, path, trace)
    return Reading(text, path, doc, text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), trace)


def reread(text: str, last: Reading | None, path: str = "") -> Reading:
    """``text`` read, by splicing into ``last`` where that gives the same Document, else in full."""
    if last is None or last.path != path or not last.trace.body or "\r" in text:
        return read(text, path)
    lines = text.split("\n")
    at = _one_changed_line(last.lines, lines)
    got = None if at is None else _splices(last, lines, at)
    if at is None or got is None:
        return read(text, path)
    check_text(text)
    return Reading(text, path, _spliced(last, at, lines[at], *got), lines, last.trace, spliced=True)


def _one_changed_line(old: list[str], new: list[str]) -> int | None:
    """The index of the one line that differs, or None (none, several, or a line added or removed)."""
    if len(old) != len(new):
        return None
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b), None)
    if first is None or old[first + 1 :] != new[first + 1 :]:
        return None
    return first


def _splices(last: Reading, lines: list[str], at: int) -> tuple[list[Block], tuple[int, int]] | None:
    """The blocks line ``at`` (0-based) now reads as and where its blocks stand, if it read as a paragraph of its own before
    and after, where the full read's head and tail never looked (see the module doc); else None."""
    line_no = at + 1
    trace = last.trace
    before, after = last.lines[at], lines[at]
    if line_no < trace.body or not (_plain_line(before) and _plain_line(after)):
        return None
    if (at > 0 and lines[at - 1].strip()) or (at + 1 < len(lines) and lines[at + 1].strip()):
        return None  # a paragraph of several lines
    key = (line_no, 0)
    if trace.raw.count(key) != 1 or trace.clean.count(key) != 1:
        return None
    raw, clean = trace.raw.index(key), trace.clean.index(key)
    probed = (
        trace.untitled
        and organ_list(normalise(before.strip())) is None
        and organ_list(normalise(after.strip())) is None
    )
    if not trace.head + (0 if probed else 1) <= clean < trace.end:
        return None  # the head was looked for here (with no title, only whether this is the 主送机关)
    if trace.untitled and clean < MAX_TITLE_SCAN and not (_no_title(before, line_no) and _no_title(after, line_no)):
        return None  # the title was looked for here, alone and with its neighbours
    if clean == trace.end - 1 and not _opens_no_tail(after, line_no, trace.roles):
        return None  # the closing block was looked for up to here: the line must not join it
    if not all(_no_page_words(t, line_no, raw, len(trace.raw)) for t in (before, after)):
        return None
    old, new = _alone(before, line_no, trace), _alone(after, line_no, trace)
    blocks = last.doc.blocks
    span = _span(blocks, line_no)
    if old is None or new is None or span is None or blocks[span[0] : span[1]] != old:
        return None
    if any(b.number for b in old + new) and not _standard_numbering(blocks, span, new):
        return None
    return new, span


def _span(blocks: list[Block], line_no: int) -> tuple[int, int] | None:
    """(first, end) of the blocks on source line ``line_no``, if they stand together."""
    on = [
        k for k, b in enumerate(blocks) if b.line == line_no or (b.breaks and any(ln == line_no for _, ln in b.breaks))
    ]
    if not on or on[-1] - on[0] + 1 != len(on):
        return None
    return on[0], on[-1] + 1


def _alone(line: str, line_no: int, trace: Trace) -> list[Block] | None:
    """The blocks the outline makes of ``line`` as a paragraph of its own, or None when what it
    makes depends on more than the line: debris, a run-on page, the numbering a run-on page
    carries on (``runon``), a heading's level that a bold run-in after it would follow, 附件."""
    text = normalise(line.strip())
    if not text or is_debris(text) or is_runon(text) or text.startswith("附件"):
        return None
    if trace.runon and text[:1] in OPENS:
        return None
    made = outline_paragraph(RawPara(text, line_no), 0)
    if trace.bold and any(b.kind == "heading" for b in made):
        return None
    return made


def _standard_numbering(blocks: list[Block], span: tuple[int, int], new: list[Block]) -> bool:
    """Whether the headings' numbering kinds come in the standard order before and after the edit,
    so that ``structure._relevel`` changes the level of no numbered block in either (see there)."""

    def in_order(bs: list[Block]) -> bool:
        order: list[int] = []
        for b in bs:
            if b.kind == "heading" and not b.styled and b.number:
                m = match_number(b.number)
                if m is not None and m[0] not in order:
                    order.append(m[0])
        return order == sorted(order)

    i, j = span
    return in_order(blocks) and in_order(blocks[:i] + new + blocks[j:])


def _no_title(line: str, line_no: int) -> bool:
    """Whether ``line`` is neither a title nor a line of one wrapped over two or three (``head._title_span``)."""
    text = normalise(line.strip())
    return not title_piece(text) and not is_title(RawPara(text, line_no))


def _opens_no_tail(line: str, line_no: int, roles: list[str]) -> bool:
    """Whether ``line``, just above the closing block (``roles``), stays out of it (``tail.closing_block``)."""
    text = normalise(line.strip())
    if ATTACH_MORE.match(text):
        return False  # whether it continues a 附件说明 depends on the lines above
    return closing_role([RawPara(text, line_no)], 0, 0, roles) is None


def _no_page_words(line: str, line_no: int, index: int, count: int) -> bool:
    """Whether ``webpage.set_aside`` leaves the paragraph ``line`` as it is, at ``index`` of ``count``."""
    p = RawPara(line.strip(), line_no)
    if index < PAGE_HEAD:
        info = PageInfo()
        got = page_head(p, info)
        if len(got) != 1 or got[0] is not p or info.found or info.line is not None:
            return False
    if index >= count - PAGE_TAIL:
        got = page_foot(p)
        if len(got) != 1 or got[0] is not p:
            return False
    return True


def _plain_line(line: str) -> bool:
    """A source line that the Markdown reader takes as the whole of one paragraph, as it stands."""
    return (
        bool(line.strip())
        and heading(line) is None
        and LIST_MARK.match(line) is None
        and QUOTE_MARK.match(line) is None
        and TABLE_ROW.match(line) is None
        and TABLE_RULE.match(line) is None
        and RULE_LINE.match(line) is None
        and BOLD_START.match(line.strip()) is None
        and not any(s in line for s in ("<!--", "-->", "drafter", "\r", "]("))
    )


def _spliced(last: Reading, at: int, line: str, new: list[Block], span: tuple[int, int]) -> Document:
    """``last.doc`` with line ``at``'s blocks (``span``) replaced by ``new`` (the others are shared, never changed)."""
    doc = last.doc
    i, j = span
    source = list(doc.lines)
    source[at] = normalise(line)
    typed = list(doc.source)
    if at < len(typed):
        typed[at] = line
    meta = replace(doc.meta, attachments=list(doc.meta.attachments))
    return Document(
        meta=meta,
        blocks=doc.blocks[:i] + new + doc.blocks[j:],
        lines=source,
        path=doc.path,
        fmt=doc.fmt,
        pages=list(doc.pages),
        dismissals=list(doc.dismissals),
        source=typed,
    )


__all__ = ["Reading", "read", "reread"]
