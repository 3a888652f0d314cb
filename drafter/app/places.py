"""Where a finding stands, named as the writer finds it on screen: the part and the paragraph (举措和成效第3段).

The editor shows one ``##`` section at a time, without line numbers or markup, so a file line is
said as its section's short name (开头, the part's: 举措和成效, or the section's own heading cut
short) and its paragraph counted as the screen shows them (``View.paragraph_number``). Which
section holds which part comes from the check's result, matched by heading text. Also here: which
findings belong to the section being edited, and where a missing part's section goes.

No widgets: the drafting screen and the tests use it alike. (``place.py`` is another thing: where
the writer stopped, kept between sessions.)
"""

from __future__ import annotations

from bisect import bisect_right

from ..checks import Finding, Result
from ..checks.commitments import COMMITMENT_UNREPORTED
from ..checks.content import REQUIRED_ITEM
from ..checks.previous import COPIED_FROM_PREVIOUS
from ..model import ALL_PART_IDS, PART_SHORT
from ..text import normalise
from .buffer import DraftBuffer
from .view import View

NAME_MAX = 8  # characters of a section's own heading kept in its short name


def section_parts(buffer: DraftBuffer, result: Result | None) -> dict[int, str]:
    """Section index → part id of ``result``'s present parts, matched by heading text (robust to
    lines moving), else by the part's line; the first part found in a section names it."""
    out: dict[int, str] = {}
    if result is None:
        return out
    heads = {normalise(h.replace("**", "")): i for i in range(1, len(buffer.sections)) if (h := buffer.heading(i))}
    for pid in ALL_PART_IDS:
        pr = result.parts.get(pid)
        if pr is None or pr.status != "present":
            continue
        if pr.heading and normalise(pr.heading) in heads:
            i = heads[normalise(pr.heading)]
        elif pr.line:
            i = buffer.locate(pr.line)[0]
        else:
            continue
        out.setdefault(i, pid)
    return out


def section_name(buffer: DraftBuffer, parts: dict[int, str], i: int) -> str:
    """A section's short name: 开头, its part's (举措和成效), or its own heading cut short."""
    if i == 0:
        return "开头"
    pid = parts.get(i)
    if pid in PART_SHORT:
        return PART_SHORT[pid]
    heading = (buffer.heading(i) or "").lstrip("#").strip()
    return heading[:NAME_MAX] + "…" if len(heading) > NAME_MAX else heading


class _Section:
    """One section's names of its lines: the paragraph number of each section line."""

    __slots__ = ("name", "numbers")

    def __init__(self, name: str, view: View) -> None:
        self.name = name
        by_row = _paragraph_numbers(view)
        # each section line → its row (a hidden line: the row after it; one in the tail: the last row)
        self.numbers = [by_row[i] for i, r in enumerate(view.rows) for _ in range(len(r.before) + 1)]
        self.numbers += [by_row[-1]] * len(view.tail)


def _paragraph_numbers(view: View) -> list[int]:
    """``view.paragraph_number(row)`` for every row, in one pass."""
    out: list[int] = []
    n, inside = 0, False
    for i, r in enumerate(view.rows):
        if not r.text.strip():
            inside = False
        else:
            if not inside or r.prefix or view.rows[i - 1].prefix:
                n += 1
            inside = True
        out.append(n)
    return out


class Places:
    """Names the lines of one state of a draft (made once per check run and shown section).

    Each section's view is built the first time a line of it is named, once: naming N findings
    costs the sections once and each finding a lookup. ``views`` gives the views already at hand
    (the editor's, which holds what the writer just typed); ``built`` counts the views built here.
    """

    def __init__(self, buffer: DraftBuffer, parts: dict[int, str], views: dict[int, View] | None = None) -> None:
        self.buffer, self.parts = buffer, parts
        self.views = dict(views or {})
        self.built = 0
        first = buffer.head.count("\n") + 2
        self.starts: list[int] = []  # 1-based file line of each section's first line
        self.ends: list[int] = []  # … and of the line after its last
        for s in buffer.sections:
            self.starts.append(first)
            first += s.count("\n") + 1
            self.ends.append(first)
        self._sections: dict[int, _Section] = {}

    def locate(self, line: int) -> tuple[int, int]:
        """(section index, 0-based row) of a 1-based file line, as ``DraftBuffer.locate`` says it."""
        i = min(bisect_right(self.ends, line), len(self.starts) - 1)
        return i, max(0, min(line - self.starts[i], self.ends[i] - self.starts[i] - 1))

    def where(self, line: int | None) -> str:
        """A file line as the writer can find it on screen: the part and the paragraph (举措和成效第3段)."""
        if line is None:
            return ""
        i, row = self.locate(line)
        section = self._section(i)
        n = section.numbers[min(row, len(section.numbers) - 1)]  # the editor's view may hold fewer lines
        return f"{section.name}第{max(n, 1)}段"

    def _section(self, i: int) -> _Section:
        got = self._sections.get(i)
        if got is None:
            view = self.views.get(i)
            if view is None:
                view = View.of(self.buffer.sections[i])
                self.built += 1
            got = self._sections[i] = _Section(section_name(self.buffer, self.parts, i), view)
        return got


def _lines_of(buffer: DraftBuffer, i: int) -> tuple[int, int]:
    """The first and last file lines of section ``i``."""
    first = buffer.start_line(i)
    return first, first + buffer.sections[i].count("\n")


def section_findings(result: Result | None, buffer: DraftBuffer, i: int, pid: str | None) -> list[Finding]:
    """Findings in section ``i`` (or about its part ``pid``), except what the guide lists itself
    (checklist topics, last year's commitments, copies of last year's report)."""
    if result is None:
        return []
    first, last = _lines_of(buffer, i)
    shown_apart = (REQUIRED_ITEM.id, COMMITMENT_UNREPORTED.id, COPIED_FROM_PREVIOUS.id)  # their own lists
    return [
        f
        for f in result.findings
        if f.rule not in shown_apart
        and ((pid is not None and f.part == pid) or (f.line is not None and first <= f.line <= last))
    ]


def section_copies(result: Result | None, buffer: DraftBuffer, i: int) -> list[Finding]:
    """Copies of last year's report in section ``i`` (shown in their own panel section)."""
    if result is None:
        return []
    first, last = _lines_of(buffer, i)
    return [
        f
        for f in result.findings
        if f.rule == COPIED_FROM_PREVIOUS.id and f.line is not None and first <= f.line <= last
    ]


def new_part_at(parts: dict[int, str], pid: str, count: int) -> int:
    """Where a section for part ``pid`` goes among ``count`` sections: after the parts before it in the
    regulation's order, else before those after it, else at the end."""
    rank = ALL_PART_IDS.index(pid)
    before = [i for i, p in parts.items() if ALL_PART_IDS.index(p) < rank]
    after = [i for i, p in parts.items() if ALL_PART_IDS.index(p) > rank]
    return max(before) + 1 if before else min(after) if after else count
