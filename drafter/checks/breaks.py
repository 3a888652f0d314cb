"""A paragraph broken in mid-sentence: Enter pressed inside a sentence, its rest in the next paragraph.

Only where a paragraph's end is the writer's own (a .docx, a draft): a plain-text or web copy's line
breaks are a PDF's or a page's, and the readers join those lines back (``structure._join_wrapped``).
A paragraph is judged with what starts the next one (the key ``ctx.paragraphs`` keeps it by), so a
re-check costs the edited paragraph and a look at each paragraph's first characters.

Precision first: the paragraph must be running text (a comma in it: a title, a signature, a date has
none; not a heading, a numbered or listed item, a table cell or the page's words), and the next one
too (no heading number, not 一是/首先: a new item). It is a warning when the words show the sentence
runs on (a comma or 以及 at the end, a word or a number and its measure word cut, the next paragraph
opening with a mark), an info when only the
missing end mark does (a long paragraph, or one with a sentence in it): a sentence broken in two, or
its end mark dropped.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..model import RUNNING, Block
from ..text import CJK, match_number
from ..vocab import alternation, load, words
from .context import Context
from .covers import cover_spans
from .partheads import heading_parts
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope
from .slips import FILE, FINISHED

FORMATS = ("docx", "md")  # where a paragraph's end is the writer's own
ENDS = FINISHED + "!?;:.—」』"  # how a paragraph may end: a sentence's mark, or one closing after it
OPENS = "，。、；：？！,.;:?!”’）)》】〕%％"  # a paragraph never starts with these: the sentence before runs on
COMMAS = "，,"
SENTENCE = "。！？；!?;"
LABEL = "：:"  # "电话：0371-…": a label and its value end a line without a mark
SHOWN = 12  # characters of each side of the break a message shows
CLAUSE_SLACK = 8  # a last clause up to this much longer is shown whole
MIN_QUOTE = 4  # a shorter last clause (“合同、”) is quoted with the words before it
LONGEST_HEADING = 40  # a line longer than this is a paragraph (the app's view says so of a typed line too)
MANY = 10  # more breaks than this: the whole document is broken line by line, one finding says so
LONG_SENTENCE = 60  # characters of a paragraph of clauses with no stop inside: running text, not a title
MIN_COMMAS = 2
MIN_RUN_IN = 20  # the body of a run-in heading this long is running text
_CLAUSE_OPEN = Lazy(rf"[{CJK}][，、]")  # "抓，各职能部门……": a one-character clause is the sentence before's end
_LIST_OPEN = Lazy(rf"[{CJK}]、[{CJK}]{{1,3}}、")  # "县、乡、村三级……": a list opens the paragraph


@dataclass(frozen=True)
class Breaks:
    """``typos.toml``'s [breaks]: words a sentence never ends with, words a new item starts with."""

    dangling: tuple[str, ...]
    fresh: tuple[str, ...]
    words: tuple[str, ...]  # a break inside one of them is inside a sentence
    colon_leads: tuple[str, ...] = ()  # 如下 包括: a paragraph ending so before a heading lacks a colon


@lru_cache(maxsize=1)
def breaks() -> Breaks:
    """The words, the user's ``typos.toml`` first (``slips``, ``typos`` read the same file)."""
    return load(FILE, _breaks)


def _breaks(data: dict[str, Any], p: Path) -> Breaks:
    try:
        table = data["breaks"]
        dangling, fresh, words = table["dangling"], table["fresh"], table["words"]
        colons = table.get("colon_leads", [])
        if not all(isinstance(w, str) and w for w in (*dangling, *fresh, *words, *colons)):
            raise TypeError("每项是一个词")
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[breaks] 的 dangling、fresh、words、colon_leads 是词语的列表"
        ) from None
    return Breaks(tuple(dangling), tuple(fresh), tuple(w for w in words if len(w) > 1), tuple(colons))


BROKEN_PARAGRAPH = Rule(
    "broken-paragraph",
    "段落在句中断开",
    Scope.PARAGRAPH,
    {
        WARNING: "段末是逗号、顿号或“以及”等必有下文的词，断开处切开了常用词或数字和量词，或下一段以标点开头：一句话被断成了两段",
        INFO: "正文段落没有句末标点，下一段接着是正文：一句话被断成两段，或漏了句末标点",
    },
)


MISSING_END_MARK = Rule(
    "missing-end-mark",
    "段末漏了句末标点",
    Scope.PARAGRAPH,
    {WARNING: "正文段落的最后一句没有句号，下一段是标题（……讲授党课17场次↵（三）……）"},
)


@MISSING_END_MARK.check
def missing_end_mark(ctx: Context) -> Iterator[Finding]:
    """A paragraph of running text (a sentence ends inside it) whose last sentence has no end mark,
    before a heading: in any format, since a heading starts a new line in every copy of a report."""
    blocks = ctx.doc.blocks
    ends = [
        (b, before is not None and before.run_in and before.line == b.line, ctx.part_of(b))
        for before, b, nxt in zip([None, *blocks], blocks, blocks[1:], strict=False)
        if _plain(b) and not _finished(b.text) and (nxt.kind == "heading" or match_number(nxt.text) is not None)
    ]
    yield from ctx.paragraphs(MISSING_END_MARK, ends, _unended)


def _unended(text: str, run_in: object) -> Iterator[Local]:
    """``run_in``: the paragraph is a run-in heading's body ("（二）规范执法。" + this): a clause is prose."""
    end = text.rstrip()
    prose = any(c in end[:-1] for c in SENTENCE) or (run_in is True and _clause(end)) or _cover_end(end) or _long(end)
    if not _UNENDED.search(end) or not prose or _labelled(end):
        return
    start = _last_words(end)
    if end.endswith(breaks().colon_leads):  # ……现将有关情况报告如下↵一、……: it leads into what follows
        message = f"请补上冒号：段落的最后一句“{end[start:]}”引出下文，没有冒号，下一段是标题"
    else:
        message = f"请补上句号：段落的最后一句“{end[start:]}”没有句末标点，下一段是标题"
    yield MISSING_END_MARK.local(start, len(end), WARNING, message)


def _long(text: str) -> bool:
    """Whether ``text`` is one long sentence of clauses (``LONG_SENTENCE`` characters, ``MIN_COMMAS`` commas): no
    heading's title runs so long, whatever marks it holds."""
    return len(text) >= LONG_SENTENCE and sum(text.count(c) for c in COMMAS) >= MIN_COMMAS


def _cover_end(text: str) -> bool:
    """Whether ``text`` ends with the cover sentence's 如下 (……现将有关情况汇报如下): the opening's own sentence,
    running text however few marks it holds before."""
    return any(end == len(text) for _, end in cover_spans(text))


_UNENDED = Lazy(rf"[{CJK}\d%％]$")  # a word or a figure: a sentence cut off at its end mark


def _clause(body: str) -> bool:
    """Whether a run-in heading's body is a sentence: it has a comma, or it ends on a count (全年讲授党课17场次),
    which no heading's phrase does."""
    return any(c in body for c in COMMAS) or _counted_end().search(body) is not None


@lru_cache(maxsize=1)
def _counted_end() -> re.Pattern[str]:
    """A figure and its measure word (or several: 场次, 万元) closing the text."""
    return compile(rf"\d\s*{alternation(words().measure_words)}{{1,3}}$")


@BROKEN_PARAGRAPH.check
def broken_paragraph(ctx: Context) -> Iterator[Finding]:
    if ctx.doc.fmt not in FORMATS:
        return
    pairs = list(_pairs(ctx))
    found = list(ctx.paragraphs(BROKEN_PARAGRAPH, pairs, _broken))
    if not _line_by_line(ctx, found, [b for b, _, _ in pairs]):  # end marks dropped here and there: each its own
        yield from found
        return
    # a document broken at every line (a PDF turned into Word line by line): one problem, one finding
    message = (
        f"全文共有{len(found)}处段落在句中断开（这是第一处），像是每行都分成了一段（如由 PDF 转成的 Word 文档）；"
        "请把断开的段落合成一段"
    )
    yield replace(found[0], severity=WARNING, message=message)


def _line_by_line(ctx: Context, found: list[Finding], candidates: list[Block]) -> bool:
    """Whether the document is broken at every line (a PDF turned into Word): many breaks, most of its
    running paragraphs ending without a mark (``candidates``), and those of a printed line's length, not
    long sentences that lost their 。."""
    if len(found) <= MANY:
        return False
    running = sum(1 for b in ctx.doc.blocks if _plain(b))
    lengths = sorted(len(b.text) for b in candidates)
    return 2 * len(candidates) > running and lengths[len(lengths) // 2] <= LONGEST_HEADING


def _pairs(ctx: Context) -> Iterator[tuple[Block, Hashable, str | None]]:
    """(paragraph, key, part) for each running-text paragraph that does not end as a sentence does and
    is followed by another; the key: what else tells it from a heading (``_kind``), and the next one's
    start. None before the first sentence of the report (the head: a title's lines, the 主送机关)."""
    blocks = ctx.doc.blocks
    started = False
    for i, b in enumerate(blocks[:-1]):
        started = started or (b.role in RUNNING and any(c in b.text for c in SENTENCE))
        if not started or not _plain(b) or _finished(b.text):
            continue
        nxt = blocks[i + 1]
        if _plain(nxt) and match_number(nxt.text) is None:
            yield b, (_kind(ctx, blocks[i - 1] if i else None, b), nxt.text[:SHOWN]), ctx.part_of(b)


def _kind(ctx: Context, before: Block | None, b: Block) -> str:
    """ "run-in": the body of a run-in heading ("（一）加强领导。" + this), running text; "part": words
    that name one of the four parts, as a part's heading typed without a number does; else ""."""
    if before is not None and before.run_in and before.line == b.line:
        return "run-in"
    long = len(b.text) > LONGEST_HEADING  # a shorter one is not judged running text by its length
    return "part" if long and heading_parts(b, ctx.checklist, ctx.year) else ""


def _plain(b: Block) -> bool:
    """A paragraph of running text as far as the reader can tell: not a heading, a numbered or listed
    item, a table cell, a title, a signature or the page's words."""
    return b.kind == "paragraph" and b.role in RUNNING and not b.number and not b.frame


def _finished(text: str) -> bool:
    end = text.rstrip()
    return not end or end[-1] in ENDS


def _broken(text: str, key: Hashable) -> Iterator[Local]:
    assert isinstance(key, tuple)
    kind, nxt = key
    b = breaks()
    end = text.rstrip()
    if nxt.startswith(b.fresh) or _labelled(end):
        return
    start = _last_words(end)
    shown, then = end[start:], _first_words(nxt)
    if _opens_inside(nxt, end) or (any(c in end for c in COMMAS) and _runs_on(end, nxt, b)):
        message = f"请把两段合成一段：段落在“{shown}”处断开，下一段“{then}”接着这句话"
        yield BROKEN_PARAGRAPH.local(start, len(end), WARNING, message)
    elif any(c in end for c in COMMAS) and _running(end, kind):
        message = (
            f"请合成一段或补上句末标点：段落在“{shown}”处结束，没有句末标点，下一段是“{then}”（一句话断成了两段的，"
            "合成一段；漏了句末标点的，补上）"
        )
        yield BROKEN_PARAGRAPH.local(start, len(end), INFO, message)


def _runs_on(end: str, nxt: str, b: Breaks) -> bool:
    """Whether the words at the break show the sentence goes on: a comma or 以及 before it, a word of
    rule-of-law work cut one character from its end (规范性文|件), or a number cut from its measure word
    (40|份，)."""
    if end[-1] in "，,、" or end.endswith(b.dangling):
        return True
    if any(end.endswith(w[:k]) and nxt.startswith(w[k:]) for w in b.words for k in (1, len(w) - 1)):
        return True  # one character cut off: 规范性文|件, 依|法行政 (法治|政府建设 may be two sentences)
    return end[-1].isdigit() and _counted().match(nxt) is not None


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    """A measure word (or several: 万元, 余人次) closing a clause: what follows a number."""
    return compile(f"{alternation(words().measure_words)}{{1,3}}[，,。；;、）)]")  # bounded: 人次 is 人 + 次 too


def _opens_inside(nxt: str, end: str) -> bool:
    """Whether the next paragraph starts inside a sentence: with a mark, or with a one-character clause
    ending a sentence of the paragraph before ("……听取汇报，" + "抓，各职能部门……"); "县、乡、村三级……"
    after an unnumbered heading is a list that starts a paragraph."""
    if not nxt:
        return False
    if nxt[0] in OPENS:
        return True
    return _CLAUSE_OPEN.match(nxt) is not None and any(c in end for c in COMMAS) and not _LIST_OPEN.match(nxt)


def _running(end: str, kind: str) -> bool:
    """Whether the paragraph is running text, not a heading without a number: a sentence ended inside
    it, the body of a run-in heading, or longer than any heading and not naming a part as one does (a
    part's heading has one comma at most: “……第一责任人职责，加强法治政府建设的有关情况”)."""
    if any(c in end[:-1] for c in SENTENCE):
        return True
    if kind == "run-in":
        return len(end) >= MIN_RUN_IN
    return len(end) > LONGEST_HEADING and (kind != "part" or sum(end.count(c) for c in COMMAS) >= 2)


def _labelled(end: str) -> bool:
    """A label and its value end the paragraph (联系电话：0371-…, 网址：…): no mark is missing."""
    clause = max(end.rfind(c) for c in "，。；,;")
    return any(c in end[clause + 1 :] for c in LABEL)


def _last_words(end: str) -> int:
    """Where the words a finding quotes start: the last clause ("听取汇报，"), or the last ``SHOWN``
    characters where it is shorter than ``MIN_QUOTE`` or longer than that."""
    clause = max(end.rfind(c, 0, len(end) - 1) for c in SENTENCE + "：:，,、") + 1
    if MIN_QUOTE <= len(end) - clause <= SHOWN + CLAUSE_SLACK:  # a clause a little longer: whole, not cut mid-word
        return clause
    start = max(len(end) - SHOWN, 0)
    while start < len(end) - 1 and end[start] in OPENS:  # not from a mark (“、执法……”)
        start += 1
    return start


def _first_words(nxt: str) -> str:
    """The next paragraph's first words (``SHOWN`` characters at most): to its first sentence's end, or
    cut with an ellipsis."""
    cut = min((i for c in SENTENCE if (i := nxt.find(c, 1)) >= 0), default=len(nxt))
    return nxt[: cut + 1] if cut < len(nxt) else nxt.rstrip() + "……"


__all__ = ["BROKEN_PARAGRAPH", "MISSING_END_MARK", "Breaks", "breaks"]
