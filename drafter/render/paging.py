"""Where the text ends: the report's paragraphs laid on the 22-line × 28-character grid, by estimate.

The 版记 belongs at the foot of the last even page (GB/T 9704 7.5). When the text ends on an
even page with room to spare, the 版记 goes on that page, pushed to its foot by blank grid
lines; otherwise it gets a page of its own after an even-page break (the safe layout). The
estimate follows what Word, WPS and LibreOffice do with drafter's own paragraphs: every body
line is one grid line (exact line spacing), a line holds 28 characters (ASCII half), closing
punctuation may hang past the margin, opening punctuation and ASCII words are not split, and
keep-with-next chains move to the next page together. Anything it does not model exactly (the
title's and 版头's off-grid lines) is on the first page, and ``MARGIN`` lines of room are
required on top, so a small error never puts the 版记 onto a new, odd page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .ooxml import qn
from .units import CHARS, LINE_PITCH, TEXT_H

MARGIN = 2  # grid lines of room the estimate must leave beyond the 版记's own
_HANG = set("，。、,.")  # may hang past the line's end
_NO_START = set("；：？！”’）》」』】〕…—;:?!)")  # never first on a line: the character before moves down too
_NO_END = set("“‘（《「『【〔(")  # never last on a line
_FIRST_INDENT = {"GwBody": 2.0, "GwH1": 2.0, "GwH2": 2.0, "GwH3": 2.0, "GwH4": 2.0, "GwHint": 2.0}
_LEFT = {"GwNote": 2.0}
# LibreOffice sets about 0.2 em of space between Chinese and an ASCII run beside it, autoSpaceDE
# off or not (measured through its PDF: 3.2-3.4 pt of 3号 on each side); a line dense with figures
# then holds a character less, and over ten pages the text ended a page later than estimated.
_SCRIPT_GAP = 0.22


@dataclass(frozen=True)
class End:
    """The estimated end of the text: its last page (1-based) and the grid lines used on it."""

    page: int
    lines: int


def estimate(paragraphs: list[Any]) -> End:
    """Page and fill (grid lines) where the last of ``paragraphs`` ends.

    A keep-with-next paragraph goes to the next page whole, with the paragraph it is kept with
    (LibreOffice moves the whole paragraph; Word at least its last line): a chain of them is one
    block, unless it is longer than a page.
    """
    page, used = 1, 0.0  # used: twips on the current page
    block: list[float] = []
    full = TEXT_H + 1
    for k, p in enumerate(paragraphs):
        heights = _height(p)
        if _keep_next(p) and k < len(paragraphs) - 1:
            block += heights
            continue
        block.append(heights[0])  # the chain ends with this paragraph's first line
        chunk = sum(block)
        if used + chunk > full and used > 0 and chunk <= full:
            page, used = page + 1, 0.0
        for h in (block if chunk > full else [chunk]) + heights[1:]:  # the rest breaks line by line
            if used + h > full and used > 0:
                page, used = page + 1, 0.0
            used += h
        block = []
    return End(page, math.ceil(round(used / LINE_PITCH, 3)))


def _style(p: Any) -> str:
    s = p.find(f"{qn('pPr')}/{qn('pStyle')}")
    return str(s.get(qn("val"))) if s is not None else "GwBody"


def _keep_next(p: Any) -> bool:
    return p.find(f"{qn('pPr')}/{qn('keepNext')}") is not None


def _text(p: Any) -> list[str]:
    """The paragraph's text, split at its line breaks (the title's soft breaks)."""
    parts = [""]
    for node in p.iter(qn("t"), qn("br"), qn("tab")):
        if node.tag == qn("br"):
            parts.append("")
        elif node.tag == qn("tab"):
            parts[-1] += "\t"
        else:
            parts[-1] += node.text or ""
    return parts


def _height(p: Any) -> list[float]:
    """The twips each line of ``p`` takes: grid lines, or the exact lines of off-grid paragraphs."""
    ppr = p.find(qn("pPr"))
    spacing = ppr.find(qn("spacing")) if ppr is not None else None
    off_grid = ppr is not None and ppr.find(qn("snapToGrid")) is not None
    style = _style(p)
    texts = _text(p)
    if style in ("GwTitle", "GwMark") or off_grid:
        line = float(spacing.get(qn("line"))) if spacing is not None and spacing.get(qn("line")) else 700.0
        if style == "GwMark" and spacing is not None:
            before = float(spacing.get(qn("before")) or 0)
            return [before + line]
        n = sum(max(1, math.ceil(_width(t) / 20)) for t in texts)
        return [line] * n
    extra = 0.0
    if spacing is not None and spacing.get(qn("after")):
        extra = float(spacing.get(qn("after")) or 0)
    if "\t" in "".join(texts):  # tabbed lines (发文字号 / 签发人, 版记) are one line
        return [LINE_PITCH + extra]
    first, rest = _indents(p, style)
    n = sum(_lines(t, first, rest) for t in texts)
    out = [float(LINE_PITCH)] * n
    out[-1] += extra
    return out


def _indents(p: Any, style: str) -> tuple[float, float]:
    """(characters of the first line, of the others) a line of ``p`` holds."""
    ind = p.find(f"{qn('pPr')}/{qn('ind')}")
    left, right = _LEFT.get(style, 0.0), 0.0
    first = _FIRST_INDENT.get(style, 0.0)
    if ind is not None:

        def chars(name: str) -> float | None:
            v = ind.get(qn(name))
            return int(v) / 100 if v is not None else None

        left = chars("leftChars") if chars("leftChars") is not None else left  # type: ignore[assignment]
        right = chars("rightChars") or 0.0
        if chars("hangingChars") is not None:
            first = -(chars("hangingChars") or 0.0)
        elif chars("firstLineChars") is not None:
            first = chars("firstLineChars") or 0.0
    return CHARS - left - right - first, CHARS - left - right


def _width(s: str) -> float:
    return sum(0.5 if ord(c) < 0x80 else 1.0 for c in s)


def _tokens(s: str) -> list[str]:
    """Unbreakable pieces: ASCII words and numbers whole, other characters one by one."""
    out: list[str] = []
    for c in s:
        if out and ord(c) < 0x80 and c.isalnum() and out[-1][-1:].isascii() and out[-1][-1:].isalnum():
            out[-1] += c
        else:
            out.append(c)
    return out


def _lines(text: str, first: float, rest: float) -> int:
    """Lines ``text`` takes: the first ``first`` characters wide, the others ``rest``."""
    if not text:
        return 1
    n, room, used = 1, first, 0.0
    toks = _tokens(text)
    for k, t in enumerate(toks):
        w = _width(t) + _gaps(toks, k)
        if used + w <= room + 1e-6:
            used += w
            if t in _NO_END and used >= room - 1e-6 and k + 1 < len(toks):
                n, room, used = n + 1, rest, w  # an opening mark never ends a line
            continue
        if t in _HANG:
            used = room + 1  # hangs past the margin; the line is full
            continue
        if t in _NO_START and k > 0:  # the character before goes down with it
            n, room, used = n + 1, rest, _width(toks[k - 1]) + _gaps(toks, k - 1) + w
            continue
        n, room, used = n + 1, rest, w
    return n


def _gaps(toks: list[str], k: int) -> float:
    """The space set beside token ``k`` where an ASCII run meets Chinese text."""
    if not toks[k].isascii():
        return 0.0
    before = k > 0 and not toks[k - 1].isascii()
    after = k + 1 < len(toks) and not toks[k + 1].isascii()
    return _SCRIPT_GAP * (before + after)
