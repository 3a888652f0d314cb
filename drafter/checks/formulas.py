"""Fixed formulas of several parts with one part bent while the others stand right, in whatever order the
writer lists them: 遇事找法、办事依法、解决问题靠法、化解矛盾依法 (解决问题用法、化解矛盾靠法), 崇法学法用法守法
(尊法学法守法用法).

The term search (``fixedterms``) finds a formula bent a little in its own order; a writer who lists the
parts in another order and changes one is found here, item by item: in a list whose items (between 、，
or , ) hold at least two of a formula's parts as written, an item of the same length as a part the list
lacks and one character off it is that part bent. A formula written without marks between its parts (尊法学法
守法用法) is read unit by unit: a run of all but one of its parts and one other unit where the missing
part stands. The formulas are data (``names.toml`` [[formulas]]).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..vocab import load, word_list
from .keep import kept

_ITEM = Lazy(r"[\u4e00-\u9fff]{2,12}")
_JOINS = "、，,"  # what stands between the items of one list


@dataclass(frozen=True)
class Formula:
    """A fixed formula (``name``) and its parts; ``joined``: written without marks between them."""

    name: str
    parts: tuple[str, ...]
    joined: bool = False
    words: tuple[str, ...] = ()  # units a joined run may hold that are words, not a part bent (宪法)


@lru_cache(maxsize=1)
def formulas() -> tuple[Formula, ...]:
    return load("names.toml", _formulas)


def _formulas(data: dict[str, Any], p: Path) -> tuple[Formula, ...]:
    try:
        return tuple(_formula(f) for f in data.get("formulas", ()))
    except (KeyError, TypeError, ValueError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；每个 [[formulas]] 要有 parts = [……]") from None


def _formula(f: dict[str, Any]) -> Formula:
    parts = word_list(f["parts"])
    joined = bool(f.get("joined", False))
    if len(parts) < 3 or (joined and len({p[-1] for p in parts}) != 1):
        raise ValueError("parts 至少三项；joined 的各项以同一个字结尾")
    name = "".join(parts) if joined else "、".join(parts)
    return Formula(name, parts, joined, word_list(f.get("words", [])))


Bent = tuple[int, int, str, str]  # start, end, the part(s) it should be (”“ between), the formula's name


@kept
def bent_parts(text: str) -> tuple[Bent, ...]:
    """Each list item of ``text`` that is a formula's part bent (kept: asked of every paragraph)."""
    out: list[Bent] = []
    for f in formulas():
        if sum(p in text for p in f.parts) < (len(f.parts) - 1 if f.joined else 2):
            continue  # most paragraphs hold no formula: one look per part
        out += _joined(text, f) if f.joined else _listed(text, f)
    return tuple(sorted(out))


def _listed(text: str, f: Formula) -> Iterator[Bent]:
    for run in _runs(text):
        items = [text[s:e] for s, e in run]
        present = {i for i in items if i in f.parts}
        if len(present) < 2:
            continue
        missing = [p for p in f.parts if p not in present]
        bent = [(s, e, p) for (s, e), i in zip(run, items, strict=True) if i not in f.parts for p in _near(i, missing)]
        if bent:  # one formula, one finding: its bent items from the first to the last
            yield bent[0][0], bent[-1][1], "”“".join(p for _, _, p in bent), f.name


def _near(item: str, missing: list[str]) -> list[str]:
    """The first part ``item`` is one character off, in a list (none or one)."""
    return next(([p] for p in missing if _one_off(item, p)), [])


def _runs(text: str) -> Iterator[list[tuple[int, int]]]:
    """The lists of ``text``: runs of items (Chinese words only) with one of ``_JOINS`` between each two."""
    run: list[tuple[int, int]] = []
    for m in _ITEM.finditer(text):
        if run and not (m.start() == run[-1][1] + 1 and text[run[-1][1]] in _JOINS):
            yield run
            run = []
        run.append(m.span())
    if run:
        yield run


def _joined(text: str, f: Formula) -> Iterator[Bent]:
    """A run of units ending as the parts do (尊法学法…): all parts but one, and in the missing part's
    place (its place in the formula) a unit one character off it that is no word of its own (宪法)."""
    for m in _unit_run(f.parts[0][-1], len(f.parts[0])).finditer(text):
        size = len(f.parts[0])
        units = [m.group()[i : i + size] for i in range(0, len(m.group()), size)]
        if len(units) != len(f.parts):
            continue
        odd = [i for i, u in enumerate(units) if u not in f.parts]
        missing = [p for p in f.parts if p not in units]
        if len(odd) == 1 and len(missing) == 1 and f.parts.index(missing[0]) == odd[0]:
            unit = units[odd[0]]
            if unit not in f.words and _one_off(unit, missing[0]):
                start = m.start() + odd[0] * size
                yield start, start + size, missing[0], f.name


@lru_cache(maxsize=8)
def _unit_run(last: str, size: int) -> re.Pattern[str]:
    return compile(rf"(?:[\u4e00-\u9fff]{{{size - 1}}}{re.escape(last)}){{3,}}")


def _one_off(item: str, part: str) -> bool:
    """Same length, one character changed."""
    return len(item) == len(part) and sum(a != b for a, b in zip(item, part, strict=True)) == 1


__all__ = ["Formula", "bent_parts", "formulas"]
