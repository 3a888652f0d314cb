"""The title: 2号小标宋, centred, broken into balanced lines at word boundaries."""

from __future__ import annotations

from itertools import combinations, pairwise
from typing import Any

from ..text import squash
from .build import cw, para, rpr, run
from .fonts import FontSet
from .ooxml import el
from .units import TITLE_MAX


def title_lines(title: str, unit: str | None = None, limit: float = TITLE_MAX) -> list[str]:
    """Break a long title into balanced lines at word boundaries (before 关于, after …的, between issuers)."""
    title = title.strip()
    if unit and " " in unit.strip() and squash(title).startswith(squash(unit)):
        title = unit.strip() + squash(title)[len(squash(unit)):]
    if cw(title) <= limit and " " not in title:
        return [title]
    cuts = _cut_points(title)
    best: tuple[tuple[int, float], list[str]] | None = None
    for combo in _combos(list(cuts), 3):
        lines = _split(title, combo)
        if any(cw(x) > limit for x in lines) or not all(lines):
            continue
        widths = [cw(x) for x in lines]
        score = (len(lines), max(widths) - min(widths) + sum(cuts[c] for c in combo))
        if best is None or score < best[0]:
            best = (score, lines)
    if best is not None:
        return best[1]
    return _even_split(title.replace(" ", ""), limit)


def _cut_points(title: str) -> dict[int, float]:
    """Break positions and their cost: between issuers and before 关于 are natural, others less so."""
    at = title.find("关于")
    cuts: dict[int, float] = {i: 0.0 for i, c in enumerate(title) if c == " "}
    if at > 0:
        for i in range(at, len(title) - 2):
            if title[i:i + 2] in ("年度", "建设"):
                cuts[i + 2] = 12.0
        for i, c in enumerate(title):
            if c == "的" and at < i < len(title) - 1:
                cuts[i + 1] = 8.0
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
