"""What a fixed formula of several parts is (``names.toml`` [[formulas]]) and how a bent one is told: the
formulas' checks (``formulas``, ``formulasets``) share it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..vocab import load, word_list


@dataclass(frozen=True)
class Formula:
    """A fixed formula (``name``) and its parts; ``joined``: written without marks between them."""

    name: str
    parts: tuple[str, ...]
    joined: bool = False
    words: tuple[str, ...] = ()  # units a joined run may hold that are words, not a part bent (宪法)
    whole: bool = False  # always cited whole: a list of all its parts but one has left that one out
    counted: tuple[str, ...] = ()  # what a count of its parts names (程序: 四项程序 after a list of them)


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
    words, counted = word_list(f.get("words", [])), word_list(f.get("counted", []))
    return Formula(name, parts, joined, words, bool(f.get("whole", False)), counted)


Bent = tuple[int, int, str, str]  # start, end, the part(s) it should be (”“ between), the formula's name
MISSING = "漏了"  # a part's slot in the message for a part left out: 漏了“核心意识”
SAID = "="  # the slot holds what is wrong in full (several parts changed and left out)
ADVISED = "?"  # the same, where readers differ (a count of a formula's parts: some named on purpose): an info


DIFFER = "：审阅者看法不一，若是有意这样写，可忽略"  # how an info's message ends (wording: an info)


def explain(part: str) -> str:
    """What is wrong with the formula, from a ``Bent``'s third slot."""
    if part.startswith(SAID):
        return part[1:]
    if part.startswith(ADVISED):
        return part[1:] + DIFFER
    return f"漏了“{part.removeprefix(MISSING)}”" if part.startswith(MISSING) else f"其中应为“{part}”"


def one_off(item: str, part: str) -> bool:
    """Same length, one character changed."""
    return len(item) == len(part) and sum(a != b for a, b in zip(item, part, strict=True)) == 1


__all__ = ["ADVISED", "DIFFER", "MISSING", "SAID", "Bent", "Formula", "explain", "formulas", "one_off"]
