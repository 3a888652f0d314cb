"""The report as it will read: a section of the draft without its markup, and the way back.

A section of the draft file (``## 一、…`` and the lines up to the next part) holds markup the
writer should not see: the ``## ``/``### `` of headings, and comments — last year's text
(``<!-- 去年原文：… -->``), drafter's notes, dismissals (``<!-- drafter: 忽略 … -->``), the
commitments block. ``View.of(section)`` splits it into what the editor shows (one row per
visible line, heading prefixes taken off) and what it keeps aside: each row's ``prefix``, the
hidden lines standing ``before`` it (a comment, and the blank line after it so that no run of
blank rows shows where comments were) and the ``tail`` after the last row.
``View.section()`` puts them back together: ``View.of(s).section() == s`` for every ``s``.

An edit in the editor gives new view text; ``View.edited`` carries the prefixes and hidden
lines over by comparing old and new rows (the unchanged rows at both ends, then the changed
middle), so no hidden line is ever dropped: those of deleted rows go before the row after the
change. No widgets here; the screen and the tests use it alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text import CN_DIGITS

_PREFIX = re.compile(r"^#{1,6}(?: |(?=[^#\s])|$)")
_PART = re.compile(rf"^[{CN_DIGITS}]+、")
_ITEM = re.compile(rf"^[（(][{CN_DIGITS}]+[）)]")
_LEVELS = (
    (re.compile(rf"^[{CN_DIGITS}]+[、.．]"), 1),
    (_ITEM, 2),
    (re.compile(r"^\d+[.．、](?!\d)"), 3),
    (re.compile(r"^[（(]\d+[）)]"), 4),
)
HEADING_MAX = 40  # a typed line longer than this is a paragraph, whatever it starts with


@dataclass(frozen=True)
class Row:
    """One line the editor shows: its text, the markup taken off its start, the hidden lines before it."""

    text: str
    prefix: str = ""
    before: tuple[str, ...] = ()
    auto: bool = False  # the prefix was given by drafter (a typed heading), not read from the file


def _opens(line: str) -> bool:
    return line.lstrip().startswith("<!--")


def _closes(line: str, *, opening: bool) -> bool:
    """Whether the comment ends on this line (after its ``<!--`` on the line that opens it)."""
    return "-->" in (line.lstrip()[4:] if opening else line)


def auto_prefix(text: str) -> str:
    """The markup a line the writer typed gets: ``## `` for a part heading (一、…, short, no 。), ``### ``
    for an item heading (（一）…, short, 。 only at its end); nothing for text."""
    s = text.strip()
    if not s or len(s) > HEADING_MAX or "。" in s[:-1]:
        return ""
    if _PART.match(s) and not s.endswith("。"):
        return "## "
    if _ITEM.match(s):
        return "### "  # ending in 。 it leads its paragraph (docs/app.md, 草稿的格式)
    return ""


def level(row: Row) -> int:
    """A heading row's level by its 公文 numbering (1 一、 2 （一） 3 1. 4 （1）); 0 for the title (``# ``),
    the number of ``#`` less one when it has no numbering; -1 for text."""
    if not row.prefix:
        return -1
    hashes = len(row.prefix.strip())
    if hashes == 1:
        return 0
    s = row.text.lstrip()
    for pattern, n in _LEVELS:
        if pattern.match(s):
            return n
    return max(1, hashes - 1)


@dataclass(frozen=True)
class View:
    """A section as the editor shows it, with what it hides."""

    rows: tuple[Row, ...]
    tail: tuple[str, ...] = ()
    phantom: bool = False  # the section has no visible line: one empty row stands for none

    @classmethod
    def of(cls, section: str) -> View:
        rows: list[Row] = []
        hidden: list[str] = []
        in_comment = after_comment = False
        for line in section.split("\n"):
            if in_comment:
                hidden.append(line)
                in_comment = not _closes(line, opening=False)
                after_comment = not in_comment
                continue
            if _opens(line):
                hidden.append(line)
                in_comment = not _closes(line, opening=True)
                after_comment = not in_comment
                continue
            if after_comment and not line.strip():
                hidden.append(line)
                after_comment = False
                continue
            after_comment = False
            m = _PREFIX.match(line)
            prefix = m.group(0) if m else ""
            rows.append(Row(line[len(prefix) :], prefix, tuple(hidden)))
            hidden = []
        if not rows:
            return cls((Row(""),), tuple(hidden), phantom=True)
        return cls(tuple(rows), tuple(hidden))

    # ------------------------------------------------------------ text

    @property
    def text(self) -> str:
        return "\n".join(r.text for r in self.rows)

    @property
    def lines(self) -> list[str]:
        return [r.text for r in self.rows]

    def section(self) -> str:
        """The section's text: hidden lines, prefixes and rows in their places."""
        out: list[str] = []
        if self.phantom and len(self.rows) == 1 and not self.rows[0].text and not self.rows[0].prefix:
            out.extend(self.rows[0].before)
        else:
            for r in self.rows:
                out.extend(r.before)
                out.append(r.prefix + r.text)
        out.extend(self.tail)
        return "\n".join(out)

    def hidden(self) -> list[str]:
        """Every hidden line, in order."""
        return [line for r in self.rows for line in r.before] + list(self.tail)

    # ------------------------------------------------------------ places

    def line_of(self, row: int) -> int:
        """0-based section line of view row ``row`` (clamped)."""
        row = max(0, min(row, len(self.rows) - 1))
        line = 0
        for r in self.rows[:row]:
            line += len(r.before) + 1
        return line + len(self.rows[row].before)

    def row_of(self, line: int) -> int:
        """View row of 0-based section line ``line``: a hidden line maps to the row after it (the last row
        when it is in the tail)."""
        at = 0
        for i, r in enumerate(self.rows):
            at += len(r.before)
            if line <= at:
                return i
            at += 1
        return len(self.rows) - 1

    def to_view(self, line: int, col: int) -> tuple[int, int]:
        """(row, col) in the editor of (line, col) in the section: the prefix shifts the column."""
        row = self.row_of(line)
        if self.line_of(row) != line:
            return row, 0
        r = self.rows[row]
        return row, max(0, min(col - len(r.prefix), len(r.text)))

    def to_section(self, row: int, col: int) -> tuple[int, int]:
        """(line, col) in the section of (row, col) in the editor."""
        row = max(0, min(row, len(self.rows) - 1))
        return self.line_of(row), col + len(self.rows[row].prefix)

    def paragraph_number(self, row: int) -> int:
        """1-based number of the paragraph holding ``row`` as the writer counts them on screen: runs of
        non-blank rows, a heading row alone (a blank row counts with the paragraph before it; 0 before
        the first). The editor shows no line numbers, so places are said as 第N段."""
        n, inside = 0, False
        for i, r in enumerate(self.rows[: max(0, row) + 1]):
            if not r.text.strip():
                inside = False
                continue
            if not inside or r.prefix or self.rows[i - 1].prefix:
                n += 1
            inside = True
        return n

    # ------------------------------------------------------------ hidden lines by row

    def with_before(self, row: int, before: tuple[str, ...]) -> View:
        rows = list(self.rows)
        rows[row] = replace(rows[row], before=before)
        return replace(self, rows=tuple(rows))

    # ------------------------------------------------------------ editing

    def edited(self, text: str) -> View:
        """The view after the editor's text became ``text``: prefixes and hidden lines carried over."""
        new = text.split("\n")
        old = self.rows
        if [r.text for r in old] == new:
            return self
        n, m = len(old), len(new)
        p = 0
        while p < min(n, m) and old[p].text == new[p]:
            p += 1
        s = 0
        while s < min(n, m) - p and old[n - 1 - s].text == new[m - 1 - s]:
            s += 1
        middle = _carry(list(old[p : n - s]), new[p : m - s])
        rows = list(old[:p]) + middle.rows + list(old[n - s :])
        tail = self.tail
        if middle.orphans:
            if s:
                first = p + len(middle.rows)  # the first unchanged row after the change
                rows[first] = replace(rows[first], before=middle.orphans + rows[first].before)
            else:
                tail = middle.orphans + tail
        phantom = self.phantom and len(rows) == 1 and not rows[0].text
        return View(tuple(rows), tail, phantom)


@dataclass
class _Middle:
    rows: list[Row]
    orphans: tuple[str, ...]  # hidden lines of rows deleted with nowhere in the middle to go


def _carry(old: list[Row], new: list[str]) -> _Middle:
    """The changed middle: a row kept word for word (a paragraph moved) keeps all it had; the others
    take the hidden lines by position (those of extra old rows go with the last new row) and the prefixes
    by likeness (a heading split by Enter or joined by Backspace stays a heading)."""
    out: list[Row | None] = [None] * len(new)
    free = list(range(len(old)))
    by_text: dict[str, list[int]] = {}
    for j, r in enumerate(old):
        if r.text.strip():
            by_text.setdefault(r.text, []).append(j)
    if len(old) != 1 or len(new) != 1:
        for k, t in enumerate(new):
            js = by_text.get(t)
            if js:
                j = js.pop(0)
                out[k] = old[j]
                free.remove(j)
    rest = [k for k in range(len(new)) if out[k] is None]
    # hidden lines: by position among the rows not matched word for word
    befores: dict[int, tuple[str, ...]] = {k: () for k in rest}
    orphans: tuple[str, ...] = ()
    for pos, j in enumerate(free):
        if pos < len(rest):
            befores[rest[pos]] += old[j].before
        elif rest:
            befores[rest[-1]] += old[j].before
        else:
            orphans += old[j].before
    prefixes = _prefixes(old, free, new, rest)
    for k in rest:
        prefix, auto = prefixes.get(k, ("", False))
        if not prefix or auto:
            prefix = auto_prefix(new[k])
            auto = bool(prefix)
        elif not new[k]:
            prefix, auto = "", False  # an emptied row is no heading
        else:
            prefix = prefix.rstrip() + " "  # ``##`` alone or ``##x``: the edited heading as import writes it
        out[k] = Row(new[k], prefix, befores[k], auto)
    rows = [r for r in out if r is not None]
    return _Middle(rows, orphans)


def _prefixes(old: list[Row], free: list[int], new: list[str], rest: list[int]) -> dict[int, tuple[str, bool]]:
    """Old rows' prefixes given to the new rows most like them (shared start or end); by position when
    nothing is alike and the counts agree."""
    got: dict[int, tuple[str, bool]] = {}
    with_prefix = [j for j in free if old[j].prefix]
    if not with_prefix:
        return got
    if len(rest) * len(with_prefix) > 4000:  # a large replacement (replace all, a long paste): by position
        at = {j: pos for pos, j in enumerate(free)}
        return {rest[at[j]]: (old[j].prefix, old[j].auto) for j in with_prefix if at[j] < len(rest)}
    for j in with_prefix:
        best, score = None, 0
        for k in rest:
            if k in got:
                continue
            sc = _alike(old[j].text, new[k])
            if sc > score:
                best, score = k, sc
        if best is None and len(free) == len(rest):
            k = rest[free.index(j)]
            best = k if k not in got else None
        if best is not None:
            got[best] = (old[j].prefix, old[j].auto)
    return got


def _alike(a: str, b: str) -> int:
    """How much two lines share: the longer of their common start and common end."""
    n = min(len(a), len(b))
    start = 0
    while start < n and a[start] == b[start]:
        start += 1
    end = 0
    while end < n and a[-1 - end] == b[-1 - end]:
        end += 1
    return max(start, end)


__all__ = ["HEADING_MAX", "Row", "View", "auto_prefix", "level"]
