"""Pure text operations behind the editor's keys: paragraphs, find, last year's text, dismissals.

Each works on the lines of one section as the editor shows it (app/view.py: no markup;
``heads`` are the rows that are headings) and returns where to change it, so the screen
applies it as one TextArea edit (one undo step).
No widgets here: the tests call these directly as well as through the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ..checks.dismiss import dismissal_comment  # the engine's own form, read back by the markdown reader
from ..rollforward import LAST_HEADING, LAST_YEAR

Location = tuple[int, int]


@dataclass(frozen=True)
class Change:
    """Replace the text from ``start`` to ``end`` with ``text``; then put the cursor at ``cursor``
    (and select to ``select_end`` when given)."""

    start: Location
    end: Location
    text: str
    cursor: Location
    select_end: Location | None = None


# ------------------------------------------------------------ paragraphs


def _standalone(line: str) -> bool:
    """Lines that are a paragraph by themselves even without a blank line around them."""
    s = line.strip()
    return s.startswith("#") or s.startswith("<!--")


Heads = frozenset[int]
NONE: Heads = frozenset()
Stretch = tuple[Location, Location]


class Join(Protocol):
    """``join_back`` or ``join_next``: the stretch whose deletion joins two paragraphs, or None."""

    def __call__(self, lines: list[str], row: int, col: int, heads: Heads = ...) -> Stretch | None: ...


def paragraphs(lines: list[str], heads: Heads = NONE) -> list[tuple[int, int]]:
    """(first row, last row) of each paragraph: runs of non-blank lines; headings and comments alone."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if not line.strip():
            if start is not None:
                out.append((start, i - 1))
                start = None
            continue
        alone = _standalone(line) or i in heads
        if alone or (start is not None and (_standalone(lines[start]) or start in heads)):
            if start is not None:
                out.append((start, i - 1))
            start = i
            continue
        if start is None:
            start = i
    if start is not None:
        out.append((start, len(lines) - 1))
    return out


def paragraph_at(lines: list[str], row: int, heads: Heads = NONE) -> int | None:
    """Index (in ``paragraphs``) of the paragraph holding ``row``, or None on a blank line."""
    for k, (a, b) in enumerate(paragraphs(lines, heads)):
        if a <= row <= b:
            return k
    return None


def select_paragraph(lines: list[str], row: int, heads: Heads = NONE) -> tuple[Location, Location] | None:
    k = paragraph_at(lines, row, heads)
    if k is None:
        return None
    a, b = paragraphs(lines, heads)[k]
    return (a, 0), (b, len(lines[b]))


def delete_paragraph(lines: list[str], row: int, heads: Heads = NONE) -> Change | None:
    """Remove the paragraph at ``row`` with the blank line that parted it from the next one."""
    k = paragraph_at(lines, row, heads)
    if k is None:
        return None
    a, b = paragraphs(lines, heads)[k]
    if b + 1 < len(lines) and not lines[b + 1].strip():
        start, end = (a, 0), (b + 2, 0) if b + 2 < len(lines) else (b + 1, len(lines[b + 1]))
    elif a > 0:
        start, end = (a - 1, len(lines[a - 1])), (b, len(lines[b]))
    else:
        start, end = (a, 0), (b + 1, 0) if b + 1 < len(lines) else (b, len(lines[b]))
    return Change(start, end, "", (min(start[0], max(len(lines) - 1 - (b - a + 1), 0)), 0))


def move_paragraph(lines: list[str], row: int, col: int, delta: int, heads: Heads = NONE) -> Change | None:
    """Swap the paragraph at ``row`` with the one above (``delta`` −1) or below (+1).

    The section's heading (its first line, ``## …``) never moves, and nothing moves above it.
    """
    paras = paragraphs(lines, heads)
    k = paragraph_at(lines, row, heads)
    if k is None:
        return None
    j = k + delta
    floor = 1 if lines and (lines[0].startswith("## ") or 0 in heads) else 0
    if not floor <= j < len(paras) or not floor <= k:
        return None
    first, second = sorted((k, j))
    (a1, b1), (a2, b2) = paras[first], paras[second]
    upper, gap, lower = lines[a1 : b1 + 1], lines[b1 + 1 : a2], lines[a2 : b2 + 1]
    text = "\n".join([*lower, *gap, *upper])
    moved_row = row - paras[k][0]
    new_top = a1 if delta < 0 else a1 + len(lower) + len(gap)
    return Change((a1, 0), (b2, len(lines[b2])), text, (new_top + moved_row, col))


def paragraph_break(lines: list[str], row: int, col: int) -> str:
    """What Enter inserts at (row, col): a blank line too after text, so each Enter starts a paragraph of
    the report as in Word (lines with no blank line between are one paragraph in the draft and the .docx);
    a bare newline at a line's start or on a blank line (moving text down, adding room)."""
    return "\n\n" if lines[row][:col].strip() else "\n"


def _joinable(lines: list[str], a: int, b: int, heads: Heads) -> bool:
    """Rows ``a`` and ``b`` = a + 2 are two text paragraphs with one blank row between."""
    return (
        a >= 0
        and b < len(lines)
        and bool(lines[a].strip())
        and not lines[a + 1].strip()
        and bool(lines[b].strip())
        and not heads & {a, b}
        and not (_standalone(lines[a]) or _standalone(lines[b]))
    )


def join_back(lines: list[str], row: int, col: int, heads: Heads = NONE) -> Stretch | None:
    """Backspace at a paragraph's start after the blank line Enter made: the stretch to delete so it joins
    the paragraph before (as in Word); None: Backspace deletes one character as usual."""
    if col != 0 or not _joinable(lines, row - 2, row, heads):
        return None
    return (row - 2, len(lines[row - 2])), (row, 0)


def join_next(lines: list[str], row: int, col: int, heads: Heads = NONE) -> Stretch | None:
    """Delete at a paragraph's end: the stretch to delete so the next paragraph joins it; None: as usual."""
    if col != len(lines[row]) or not _joinable(lines, row, row + 2, heads):
        return None
    return (row, col), (row + 2, 0)


# ------------------------------------------------------------ find and replace


def find_all(text: str, needle: str) -> list[int]:
    """Offsets of every (non-overlapping) occurrence of ``needle`` in ``text``."""
    if not needle:
        return []
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + len(needle))
    return out


def location(text: str, offset: int) -> Location:
    """(row, column) of a character offset."""
    row = text.count("\n", 0, offset)
    return row, offset - (text.rfind("\n", 0, offset) + 1)


def offset(text: str, loc: Location) -> int:
    lines = text.split("\n")
    row = min(loc[0], len(lines) - 1)
    return sum(len(line) + 1 for line in lines[:row]) + min(loc[1], len(lines[row]))


# ------------------------------------------------------------ last year's text

_LAST = re.compile(r"^\s*<!--\s*(" + re.escape(LAST_YEAR) + "|" + re.escape(LAST_HEADING) + r")(.*?)\s*-->\s*$")


def adopt_last_year(lines: list[str], row: int) -> Change | None:
    """The comment at ``row`` (``<!-- 去年原文：… -->`` or ``<!-- 去年标题：… -->``) as editable text
    on the line below it: a paragraph, or a ``###`` item heading; the cursor at its end, ready to rewrite."""
    if not 0 <= row < len(lines):
        return None
    m = _LAST.match(lines[row])
    if m is None:
        return None
    words = m.group(2).strip()
    text = f"### {words}" if m.group(1) == LAST_HEADING else words
    # the comment stays above it: the pane beside the part marks it 已采用 until the words are rewritten
    end = (row, len(lines[row]))
    return Change(end, end, "\n" + text, (row + 1, len(text)))


def next_last_year(section: list[str]) -> LastYear | None:
    """The first of last year's paragraphs (or headings) in a section not yet taken over word for word."""
    return next((e for e in last_year_entries(section) if not e.adopted), None)


def insert_paragraph(lines: list[str], row: int, words: str, heads: Heads = NONE) -> Change:
    """``words`` as a paragraph of their own: on the blank row at ``row``, else after the paragraph
    holding it (a blank row between); the cursor at their end."""
    if 0 <= row < len(lines) and not lines[row].strip():
        at = (row, len(lines[row]))
        return Change(at, at, words, (row, len(lines[row]) + len(words)))
    k = paragraph_at(lines, row, heads)
    last = paragraphs(lines, heads)[k][1] if k is not None else len(lines) - 1
    at = (last, len(lines[last]))
    return Change(at, at, "\n\n" + words, (last + 2, len(words)))


def is_last_year(line: str) -> bool:
    return _LAST.match(line) is not None


@dataclass(frozen=True)
class LastYear:
    """One of last year's paragraphs (or item headings) kept in a part as a comment."""

    heading: bool
    words: str
    adopted: bool  # this year's text has it word for word (taken over, not yet rewritten)


def last_year_entries(lines: list[str]) -> list[LastYear]:
    """Last year's paragraphs and headings of a part, each marked adopted while the part repeats it unchanged."""
    live = {" ".join(line.lstrip("#").split()) for line in lines if line.strip() and not _LAST.match(line)}
    out: list[LastYear] = []
    for line in lines:
        m = _LAST.match(line)
        if m is not None:
            words = m.group(2).strip()
            out.append(LastYear(m.group(1) == LAST_HEADING, words, " ".join(words.split()) in live))
    return out


def clean_last_year(lines: list[str]) -> tuple[str, int]:
    """The section without its remaining last-year comments (and the blank line after each); how many."""
    out, removed = clean_last_year_lines(lines)
    return "\n".join(out), removed


def clean_last_year_lines(lines: list[str]) -> tuple[list[str], int]:
    """``clean_last_year`` on a list of lines, giving the lines kept."""
    out: list[str] = []
    removed, skip_blank = 0, False
    for line in lines:
        if is_last_year(line):
            removed += 1
            skip_blank = True
            continue
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = False
        out.append(line)
    return out, removed


# ------------------------------------------------------------ dismissals (CONTRACTS: the line before a paragraph)

DISMISS = re.compile(
    r"^\s*<!--\s*drafter:\s*忽略\s+(?P<rule>[a-z0-9-]+)\s+(?:「(?P<quote>[^」]*)」\s*)?(?P<reason>.*?)\s*-->\s*$"
)


def dismiss(lines: list[str], row: int, rule: str, reason: str, quote: str = "") -> Change | None:
    """Put the dismissal comment on the line before the paragraph holding ``row``
    (after any directives already there, as ``checks.dismiss.insert_dismissal`` does)."""
    k = paragraph_at(lines, row)
    if k is None:
        return None
    a = paragraphs(lines)[k][0]
    comment = dismissal_comment(rule, reason, quote)
    return Change((a, 0), (a, 0), comment + "\n", (row + 1, 0))


def dismissals_before(lines: list[str], row: int) -> list[int]:
    """Rows of the dismissal comments that stand before the paragraph at ``row`` (or on ``row``)."""
    if 0 <= row < len(lines) and DISMISS.match(lines[row]):
        return [row]
    k = paragraph_at(lines, row)
    if k is None:
        return []
    out, r = [], paragraphs(lines)[k][0] - 1
    while r >= 0 and DISMISS.match(lines[r]):
        out.append(r)
        r -= 1
    return out


def restore(lines: list[str], row: int) -> Change | None:
    """Remove the dismissal comment nearest above the paragraph at ``row`` (恢复 the finding)."""
    rows = dismissals_before(lines, row)
    if not rows:
        return None
    r = rows[0]
    end = (r + 1, 0) if r + 1 < len(lines) else (r, len(lines[r]))
    return Change((r, 0), end, "", (max(0, row - 1 if row > r else r), 0))
