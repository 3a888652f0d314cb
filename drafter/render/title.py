"""The title: 2号小标宋, centred, broken at word boundaries into a trapezoid or diamond (GB/T 9704 7.3.1).

Widths are what a Chinese font sets: only ASCII is half-width (× “” — are full-width there,
though Unicode calls them ambiguous). A title within half a character of the line's end is
broken anyway (proportional digits, condensed spacing), and no break leaves a lone last word
such as 报告 on a line of its own; lines are 上短下长 (trapezoid) or 中间长 (diamond), 上长下短
only when much better balanced, never an hourglass.
"""

from __future__ import annotations

from itertools import combinations, pairwise
from typing import Any

from ..text import squash
from .build import para, rpr, run
from .fonts import FontSet
from .ooxml import el
from .units import TITLE_MAX

MARGIN = 0.5  # characters of the line kept free: estimated widths are not exact
LONE = 4  # a last line narrower than this many characters is a lone word


def cw(s: str) -> float:
    """Width in full-width characters as a Chinese font sets it: ASCII half, everything else whole."""
    return sum(0.5 if ord(c) < 0x80 else 1.0 for c in s)


def title_lines(title: str, unit: str | None = None, limit: float = TITLE_MAX) -> list[str]:
    """Break a long title at word boundaries (before 关于, after …的, between issuers) into a trapezoid."""
    title = title.strip()
    if unit and " " in unit.strip() and squash(title).startswith(squash(unit)):
        title = unit.strip() + squash(title)[len(squash(unit)) :]
    fit = limit - MARGIN
    if cw(title) <= fit and " " not in title:
        return [title]
    cuts = _cut_points(title)
    best: tuple[tuple[int, float], list[str]] | None = None
    for combo in _combos(list(cuts), 3):
        lines = _split(title, combo)
        if any(cw(x) > fit for x in lines) or not all(lines) or cw(lines[-1]) < LONE:
            continue
        widths = [cw(x) for x in lines]
        score = (len(lines), max(widths) - min(widths) + sum(cuts[c] for c in combo) + _shape(widths))
        if best is None or score < best[0]:
            best = (score, lines)
    if best is not None:
        return best[1]
    return _even_split(title.replace(" ", ""), fit)


def _shape(widths: list[float]) -> float:
    """Cost of the lines' outline: none for a trapezoid (each line as long as the one above or
    longer) or a diamond, some for an inverted trapezoid, much for an hourglass."""
    if len(widths) < 3:
        return 0.0 if widths[0] <= widths[-1] else 2.0
    top, mid, bottom = widths[0], max(widths[1:-1]), widths[-1]
    if mid < top and mid < bottom:
        return 20.0
    if top <= mid <= bottom or (mid >= top and mid >= bottom):
        return 0.0
    return 2.0


def _cut_points(title: str) -> dict[int, float]:
    """Break positions and their cost: between issuers and before 关于 are natural, others less so."""
    at = title.find("关于")
    cuts: dict[int, float] = {i: 0.0 for i, c in enumerate(title) if c == " "}
    if at >= 0:
        for i in range(at, len(title) - 2):
            if title[i : i + 2] in ("年度", "建设"):
                cuts[i + 2] = 12.0
        for i, c in enumerate(title):
            if c == "的" and at < i < len(title) - 1:
                cuts[i + 1] = 8.0
        if at > 0:
            cuts[at] = 0.0
    return dict(sorted(cuts.items()))


def _combos(cuts: list[int], most: int) -> list[tuple[int, ...]]:
    return [c for k in range(1, most + 1) for c in combinations(cuts, k)]


def _split(title: str, cuts: tuple[int, ...]) -> list[str]:
    bounds = [0, *cuts, len(title)]
    return [title[a:b].strip() for a, b in pairwise(bounds)]


def _even_split(title: str, limit: float) -> list[str]:
    n = int(-(-cw(title) // limit))
    target = cw(title) / n
    lines: list[str] = []
    cur = ""
    for ch in title:
        if cur and cw(cur + ch) > target + 0.5 and len(lines) < n - 1:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur]


def title_para(title: str, unit: str | None, fs: FontSet) -> Any:
    """One centred paragraph, lines separated by soft breaks (so readers see one title)."""
    p = para("GwTitle", [])
    for i, line in enumerate(title_lines(title, unit)):
        if i:
            r = el("r", p)
            r.append(rpr(fs.title))
            el("br", r)
        run(p, line, fs.title)
    return p
