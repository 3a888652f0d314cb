"""A heading standing alone on its line that ends with a full stop: "（三）全面推进政务公开，打造阳光型政府。".

GB/T 15834—2011 B.4: a title (标题) ends, as a rule, with no mark. A 公文's heading on a line of its own is
such a title; only a heading run into its paragraph ("（一）加强组织领导。成立……") ends with 。, where the
stop parts it from the sentence after it (``runin``'s stop).

Only what is surely a heading standing alone: a heading of the first three levels (一、 （一） 1.), alone on its
source line (a web copy's run-on line, cut by the reader, may hold a
run-in heading), one sentence long with no figure but a year (a statement of a result is a list's sentence:
"（一）法治意识不强。" followed by its sibling, with nothing under it, is one too — a heading has text or
sub-headings under it). Judged against its siblings: where the other headings of its level standing alone end
with no mark, it is the odd one out (a warning); where they all end so, the writer's way is a style readers
differ on: an info at each of them (each is a place to mend; a reviewer counts each) whose message says readers
differ — of 一、 and （一） only: "1." items all ending so are as often a list's sentences.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..model import Block
from ..text import CJK, match_number
from .closing import is_draft
from .context import Context
from .results import INFO, QUOTE_MAX, WARNING, Finding
from .rule import Rule, Scope

LEVELS = (1, 2, 3)  # 一、 （一） 1.
STYLED = (
    1,
    2,
)  # levels whose headings all ending with 。 are told as a style: a "1." item is as often a list's sentence
LONGEST = 50  # characters of a heading's title; a longer line is a paragraph
_STOP = Lazy(rf"(?<=[{CJK}”’》）)])[。．]$|(?<=[{CJK}”’》])\.$")  # a half-width copy's stop after words, not "1."
_INNER = Lazy(r"[。；;！？!?]")  # a second sentence before the end: a paragraph, not a heading
_FIGURE = Lazy(r"\d+(?!\d*\s*年)")  # a count (12次, 95%): a result's statement; a year (2023年) is a heading's
_NUMERALS = Lazy(r"[二三四五六七八九十]{1,2}[年季月级次批类个]")  # after 一、: 一、二年级, 一、二季度
_RUNNING = Lazy(r"[，,。；;]")  # running text holds a clause's or a sentence's mark
_WRAPPED = "，,、"  # a line ending so with running text after it is a sentence going on
_PAUSES = "；;，,、"  # a clause's mark: no heading, alone or run in, ends so
_MARKED = "。．.；;：:！!？?，,、…—"  # ends that are no plain heading's

HEADING_STOP = Rule(
    "heading-stop",
    "独占一行的标题末尾用了标点",
    Scope.DOCUMENT,
    {
        WARNING: "同一级独占一行的标题都不加句号，只有这一个加了；或标题末尾用了分号、逗号、顿号"
        "（GB/T 15834 附录B.4：标题末尾通常不用标点）",
        INFO: "这一级独占一行的标题末尾都加了句号；标题单独成行时末尾通常不用标点，与正文同段时才用句号",
    },
)


@HEADING_STOP.check
def heading_stop(ctx: Context) -> Iterator[Finding]:
    for heads in _siblings(ctx.doc.blocks, is_draft(ctx)):
        for b in heads:
            if b.text.rstrip()[-1:] in _PAUSES:
                yield _finding(ctx, b, WARNING, _paused(b))
        stopped = [b for b in heads if _STOP.search(b.text.rstrip())]
        plain = [b for b in heads if b.text.rstrip()[-1:] not in _MARKED]
        if not stopped:
            continue
        if len(plain) >= len(stopped):
            for b in stopped:
                yield _finding(ctx, b, WARNING, _odd(b, len(plain)))
        elif _level(stopped[0]) in STYLED:
            for b in stopped:  # each heading is a place to mend (blind sets' reviewers count each one)
                yield _finding(ctx, b, INFO, _style(b, len(stopped)))


def _siblings(blocks: list[Block], draft: bool = False) -> list[list[Block]]:
    """The body's headings of ``LEVELS`` standing alone on their source line and shaped as a heading (one
    short phrase or two, no count), grouped by level under their parent heading. A numbered line of two
    phrases ending with 。 is read as a numbered paragraph (``structure._is_list_item``): it is one too. A
    group where one ending with a stop has no text under it (its next sibling follows at once) is a list of
    sentences, not headings: left out. In a draft a heading ending with 。 is a run-in one: ``render`` runs it
    into the paragraph after it (as its .docx then reads). Linear: one count of the lines, one pass."""
    lines: dict[int, int] = {}
    for b in blocks:
        lines[b.line] = lines.get(b.line, 0) + 1
        for _, line in b.breaks:
            lines[line] = lines.get(line, 0) + 1
    levels = [_level(b) for b in blocks]
    groups: dict[tuple[int, int], list[Block]] = {}
    listed: set[tuple[int, int]] = set()
    parent = [0] * (max(LEVELS) + 1)  # the index of the heading each level's headings stand under
    for i, b in enumerate(blocks):
        level = levels[i]
        if not level:
            continue
        for deeper in range(level, len(parent)):
            parent[deeper] = i + 1
        if b.run_in or level not in LEVELS or b.breaks or lines[b.line] > 1 or not _shaped(b.title.strip()):
            continue
        if b.number.endswith("、") and _NUMERALS.match(b.title.strip()):
            continue  # 一、二年级学生……: two numerals side by side (GB/T 15834 4.5.3.4), a sentence, no heading
        if b.text.rstrip()[-1:] in _WRAPPED and i + 1 < len(blocks) and not levels[i + 1]:
            continue  # ……体系建设，/ 深入学习……: a paragraph a copy wrapped mid-sentence (``breaks``'), no heading
        if draft and _STOP.search(b.text.rstrip()):
            continue  # rendered run in: its stop parts it from the sentence after it
        key = (level, parent[level - 1])
        if i + 1 < len(blocks) and _under(level, blocks[i + 1], levels[i + 1]):
            groups.setdefault(key, []).append(b)
        elif _STOP.search(b.text.rstrip()) or b.text.rstrip()[-1:] in _PAUSES:
            listed.add(key)
    return [g for k, g in groups.items() if k not in listed]


def _level(b: Block) -> int:
    """A body heading's level, or a numbered paragraph's (its number's); 0 for any other block."""
    if b.role != "body":
        return 0
    if b.kind == "heading":
        return b.level
    typed = match_number(b.text) if b.number else None
    return typed[0] if typed else 0


def _under(level: int, nxt: Block, nxt_level: int) -> bool:
    """Whether ``nxt`` is what a heading of ``level`` has under it: running text (a sentence's mark in it)
    or a sub-heading."""
    if nxt.role != "body":
        return False
    if nxt_level:
        return nxt_level > level
    return _RUNNING.search(nxt.text) is not None


def _shaped(title: str) -> bool:
    """Whether a heading's title reads as one: short, one sentence at most, no count in it."""
    body = title[:-1]
    return 2 <= len(title) <= LONGEST and not _INNER.search(body) and not _FIGURE.search(body)


SHOWN = 30  # characters of a heading an info's message shows whole


def _finding(ctx: Context, b: Block, severity: str, message: str) -> Finding:
    """At the heading, or at its last ``QUOTE_MAX`` characters where it is longer than a quote: the mark to
    delete ends it, and the quote then holds it."""
    end = len(b.text.rstrip())
    return HEADING_STOP.at(b, max(0, end - QUOTE_MAX), end, severity, message, ctx.part_of(b))


def _odd(b: Block, plain: int) -> str:
    # what to do first: the app's status line shows a message's first lines only
    return (
        f"请删去标题“{b.text.strip()}”末尾的句号：标题独占一行时末尾不用标点（GB/T 15834 附录B.4），"
        f"同一级另外{plain}个标题也没有用（标题与正文同段时才用句号）"
    )


def _paused(b: Block) -> str:
    mark = b.text.rstrip()[-1]
    return f"请删去标题“{b.text.strip()}”末尾的“{mark}”：标题末尾不用标点（GB/T 15834 附录B.4）"


def _style(b: Block, n: int) -> str:
    """The act, why in a few words, then that it may be dismissed: all of it on the app's three rows of status
    line, even after a long heading (the standard and the run-in heading's stop are ``drafter rule``'s)."""
    level = f"，同一级{n}个都这样写" if n > 1 else ""
    heading = b.text.strip()
    if len(heading) > SHOWN:  # a heading of two lines: its start and its stop say which
        heading = heading[: SHOWN - 4] + "……" + heading[-2:]
    return f"可删去标题“{heading}”末尾的句号：独占一行的标题末尾通常不用标点{level}（看法不一，可忽略）"


__all__ = ["HEADING_STOP"]
