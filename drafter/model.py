"""The one document model every reader produces and every face consumes.

Dataclasses, not pydantic: the model is built on the lint hot path (and on every
keystroke in the app), where pydantic's validation cost buys nothing because the
readers construct it from already-checked values. Edges that take user input
(draft front matter, checklists) validate with pydantic before they get here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from .hanzi import simplified

PART_IDS: tuple[str, ...] = ("measures", "shortcomings", "duties", "plan")
"""The four required parts, in the regulation's order."""

ALL_PART_IDS: tuple[str, ...] = (*PART_IDS, "other")

PART_NAMES: dict[str, str] = {
    "measures": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "duties": "党政主要负责人履行推进法治建设第一责任人职责情况",
    "plan": "下一年度主要安排",
    "other": "其他需要报告的情况",
}

PART_SHORT: dict[str, str] = {
    "measures": "举措和成效",
    "shortcomings": "不足和原因",
    "duties": "第一责任人职责",
    "plan": "下一年度安排",
    "other": "其他情况",
}
"""A part's short name: the outline, the finding list's places (举措和成效第3段), the 汇总表's columns."""


def _at(brk: tuple[int, int]) -> int:
    return brk[0]


BlockKind = Literal["heading", "paragraph"]
Role = Literal[
    "body",
    "title",
    "addressee",
    "doc_number",
    "header",
    "debris",
    "closing",
    "signature",
    "date",
    "opening",
    "attachment",
    "imprint",
]
RUNNING: tuple[Role, ...] = ("body", "opening")
"""The roles of the report's running text: its body and its opening paragraph."""
Frame = Literal["", "cell", "list"]
"""Where a .docx paragraph stands: in running text (""), in a table cell, or as a Word list item."""


@dataclass
class Block:
    """A heading or a paragraph, with where it came from.

    ``text`` is the block's own text as typed (for a heading: number + title;
    for a paragraph: its words). ``line`` is the 1-based source line (.txt/.md)
    or paragraph number (.docx) and ``col`` the 0-based offset of ``text``
    within that line's normalised text, so a run-in heading and its body,
    which share one line, both point precisely into it. ``breaks`` maps
    offsets in ``text`` to further source lines for hard-wrapped text.
    """

    kind: BlockKind
    text: str
    line: int
    col: int = 0
    level: int = 0
    number: str = ""
    run_in: bool = False
    role: Role = "body"
    styled: bool = False
    breaks: list[tuple[int, int]] = field(default_factory=list)
    frame: Frame = ""  # a table cell's or a list item's end need not end a sentence (broken-paragraph)

    @property
    def title(self) -> str:
        """Heading text without its number."""
        return self.text[len(self.number) :] if self.number else self.text

    def locate(self, offset: int) -> tuple[int, int]:
        """Source (line, column) of character ``offset`` of ``text``."""
        i = bisect_right(self.breaks, offset, key=_at) - 1  # breaks ascend: one look-up per finding
        if i < 0:
            return self.line, self.col + offset
        at, ln = self.breaks[i]
        return ln, offset - at


def simplified_view(b: Block) -> Block:
    """``b`` read in simplified characters (``hanzi``: the same length, so an offset found in the view is
    one of the writer's text): what the checks match patterns written so against; ``b`` itself when it
    holds no traditional character."""
    text = simplified(b.text)
    return b if text == b.text else replace(b, text=text)


@dataclass
class Meta:
    """What the report says about itself (None where it could not tell)."""

    title: str | None = None
    unit: str | None = None
    unit_type: str | None = None
    year: int | None = None
    addressee: str | None = None
    doc_number: str | None = None
    signature: str | None = None
    date: str | None = None
    fonts: str = "gb2312"
    closing: str | None = None
    attachments: list[str] = field(default_factory=list)  # 附件说明, one entry a document
    cc: str | None = None  # 版记: 抄送机关
    issuer: str | None = None  # 版记: 印发机关
    issued: str | None = None  # 版记: 印发日期
    signer: str | None = None  # 签发人 (上行文 版头)
    seal: bool = False  # 加盖印章: the sealed signature layout
    letterhead: str = "none"  # 版头: none | red | paper
    previous: str | None = None  # last year's report this draft was rolled forward from
    title_line: int | None = None
    date_line: int | None = None
    doc_number_line: int | None = None
    year_source: str | None = None
    unit_source: str | None = None
    type_source: str | None = None  # option, draft, or where the unit came from (title, signature, body, publisher)
    publisher: str | None = None  # who the page says posted the report (发布机构, 来源): the unit's last resort
    page_issuer: str | None = None  # the page's 发布机构 / 发文机关 alone
    page_date: str | None = None  # the page's 成文日期, else its 发布日期 ("2024-02-20"): the year's last resort
    generic_unit: str | None = (
        None  # a unit named without its place ("县人民政府"), kept as the unit when nothing longer is written
    )
    generic_source: str | None = None  # where that name stood (title, signature, body, publisher)


@dataclass
class Dismissal:
    """A ``<!-- drafter: … -->`` comment in a draft, as the reader found it (the engine interprets it).

    ``text`` is what follows ``drafter:``; ``line`` the comment's own line; ``first``/``last``
    the source lines of the paragraph it stands before (None when nothing follows it).
    """

    text: str
    line: int
    first: int | None = None
    last: int | None = None


# what normalising a line takes out between two characters: spaces, a mirror site's pinyin ("縣(xiàn)長"):
# a gap is a run of units, each a space or up to 30 of these in brackets (``_gap_end``)
_PINYIN = frozenset(
    "abcdefghijklmnopqrstuvwxyz " + "".join(map(chr, range(0xE0, 0xFD))) + "".join(map(chr, range(0x100, 0x1DD)))
)
_PINYIN_MAX = 30
_CONTROLS = "\u200b\ufeff\ufffe\uffff\x7f"


def _dropped(c: str) -> bool:
    """A character normalising takes out of a line (or makes one space of): a space, a control."""
    return c.isspace() or c < " " or c in _CONTROLS


def source_column(source: str, norm: str, col: int) -> int:
    """The 0-based offset in ``source`` of character ``col`` of ``norm`` (``source`` as the checks read it:
    spaces and controls taken out, runs of spaces made one, a draft's markup "## " gone). The two are
    walked together, what ``norm`` lacks skipped; a traditional copy's character pairs with its simplified one.
    The walk is kept for the line (``_walk``): each finding of a one-line web copy walked it from its start.
    A line read as written (most of a draft's) is its own walk."""
    if source == norm and col >= 0:
        return min(col, len(source))
    walk = _walk(source, norm)
    i, j = walk.reach(col)
    k = i  # the character itself: past the indent, the gap or the markup before it
    while k < len(source) and j < len(norm) and not _same(source[k], norm[j]):
        k += 1
    return k if k < len(source) else i


class _Walk:
    """``source`` and ``norm`` walked together as far as asked: ``firsts[j]`` is the offset in ``source``
    where character ``j`` of ``norm`` was first reached, ``i`` where the walk stands."""

    def __init__(self, source: str, norm: str) -> None:
        self.source, self.norm = source, norm
        self.firsts = [0]
        self.i = 0

    def reach(self, col: int) -> tuple[int, int]:
        """(offset in ``source``, character of ``norm``) where the walk first stands at character ``col``,
        or where ``source`` ran out before it."""
        source, norm, firsts = self.source, self.norm, self.firsts
        i, j = self.i, len(firsts) - 1
        while j < col and i < len(source):
            c = source[i]
            if j < len(norm) and _same(c, norm[j]):
                i, j = i + 1, j + 1
            elif j < len(norm) and norm[j] == " " and _dropped(c):  # a run of spaces normalised to one
                while i < len(source) and _dropped(source[i]):
                    i += 1
                j += 1
            else:  # markup, or a space normalising took out
                i += 1
                continue
            firsts.append(i)
        self.i = i
        return (firsts[col], col) if col < len(firsts) else (i, len(firsts) - 1)


@lru_cache(maxsize=16)
def _walk(source: str, norm: str) -> _Walk:
    return _Walk(source, norm)


def _same(a: str, b: str) -> bool:
    return a == b or simplified(a) == simplified(b)


def find_spaced(chars: str, text: str) -> tuple[int, int] | None:
    """Where ``chars`` first stand in ``text`` with gaps between them (``_gap_end``: what normalising takes
    out), as ``re.search`` of the characters joined by ``(?:[\\s]|[(（][pinyin ]{1,30}[)）])*`` finds them:
    the leftmost start, each gap as long as the rest allows. A walk, not a pattern: compiling that one
    (a class per gap) cost milliseconds a quote. Failed states are kept, so it is linear in ``text``
    times ``chars`` at worst."""
    failed: set[tuple[int, int]] = set()
    start = text.find(chars[0]) if chars else -1
    while start >= 0:
        end = _rest(chars, 1, text, start + 1, failed)
        if end is not None:
            return start, end
        start = text.find(chars[0], start + 1)
    return None


def _rest(chars: str, i: int, text: str, at: int, failed: set[tuple[int, int]]) -> int | None:
    """The end of ``chars[i:]`` matched from ``at`` (a gap before each), or None."""
    if i == len(chars):
        return at
    if (i, at) in failed:
        return None
    stops = [at]  # where the gap before chars[i] may end: the longest first, as a greedy repeat tries
    while (nxt := _gap_end(text, stops[-1])) is not None:
        stops.append(nxt)
    for p in reversed(stops):
        if p < len(text) and text[p] == chars[i] and (end := _rest(chars, i + 1, text, p + 1, failed)) is not None:
            return end
    failed.add((i, at))
    return None


def _gap_end(text: str, at: int) -> int | None:
    """The end of one unit of a gap at ``at``: a space, or a bracketed pinyin ("(xiàn)"); None if neither."""
    if at >= len(text):
        return None
    if text[at].isspace():
        return at + 1
    if text[at] not in "(（":
        return None
    end = at + 1
    while end < len(text) and end - at <= _PINYIN_MAX and text[end] in _PINYIN:
        end += 1
    return end + 1 if at + 1 < end < len(text) and text[end] in ")）" else None  # 1 to 30, then the bracket


WRAP_LINES = 4  # a quote's sentence is looked for on its own line and the next ones (hard-wrapped text)


@dataclass
class Document:
    """A report: its metadata, its blocks in order, and its source lines."""

    meta: Meta
    blocks: list[Block]
    lines: list[str] = field(default_factory=list)
    path: str = ""
    fmt: str = "txt"
    pages: list[int] = field(default_factory=list)  # page of each source line (PDF); empty elsewhere
    dismissals: list[Dismissal] = field(default_factory=list)  # a draft's <!-- drafter: 忽略 … --> comments
    source: list[str] = field(default_factory=list)  # each source line as typed (spaces kept); empty: as ``lines``

    def page_of(self, line: int | None) -> int | None:
        """The page a source line is on, for paged formats (PDF)."""
        if line is None or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]

    def line_text(self, line: int | None) -> str:
        """Normalised text of a source line, for showing a finding in context."""
        if line is None or not 1 <= line <= len(self.lines):
            return ""
        return self.lines[line - 1]

    def column(self, line: int | None, col: int) -> int:
        """The 1-based column a writer's editor shows for character ``col`` of normalised ``line``:
        the leading indent (spaces, full-width \u3000, tabs), the gaps normalising took out and a draft's
        markup counted back in. ``col + 1`` where the source line is not kept (.docx: no indent to count)."""
        if line is None or not 1 <= line <= min(len(self.source), len(self.lines)):
            return col + 1
        return source_column(self.source[line - 1], self.lines[line - 1], col) + 1

    def as_written(self, line: int | None, words: str, col: int | None = None) -> str:
        """``words`` (normalised text found at source ``line``) as they stand in the report, so a reviewer
        can search for them: the spaces a PDF-made copy has ("会议 1 次") and a mirror site's pinyin put back; a sentence run on
        to the next lines is cut at its line's end. ``words`` themselves where the source is not kept. Given the
        words' ``col`` (in the normalised line), they are read where they stand: "5年" at a "5 年" is "5 年" though the
        line's "2025年" holds "5年" too."""
        if not words or line is None or not 1 <= line <= len(self.source):
            return words
        if col is not None and (at := self._written_at(line, words, col)) is not None:
            return at
        if words in self.source[line - 1]:
            return words
        chars = "".join(c for c in words if not c.isspace())
        if not chars:
            return words
        written = "\n".join(self.source[line - 1 : line + WRAP_LINES])
        span = find_spaced(chars, written) or find_spaced(chars, simplified(written))
        return written[span[0] : span[1]].split("\n", 1)[0].rstrip() if span else words

    def _written_at(self, line: int, words: str, col: int) -> str | None:
        """``words`` as written from character ``col`` of normalised ``line`` on, or None if they do not start there."""
        if line > len(self.lines):
            return None
        source = self.source[line - 1]
        at = source_column(source, self.lines[line - 1], col)
        if source.startswith(words, at):
            return words
        chars = "".join(c for c in words if not c.isspace())
        if not chars:
            return None
        written = "\n".join(self.source[line - 1 : line + WRAP_LINES])[at:]
        span = find_spaced(chars, written) or find_spaced(chars, simplified(written))
        if span is None or span[0] != 0:
            return None
        return written[: span[1]].split("\n", 1)[0].rstrip()

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.role in RUNNING]

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)
