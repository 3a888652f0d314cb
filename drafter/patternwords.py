"""The patterns checks and readers match (``checklists/patterns.toml``: regular expressions, unlike the words
of ``vocab``), loaded once through ``vocab.load`` and validated as a checklist's are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lazyre import compile
from .readers.errors import ReadError
from .resources import read_toml
from .vocab import load


@dataclass(frozen=True)
class Patterns:
    """``checklists/patterns.toml``: the patterns checks and readers match (regular expressions)."""

    placeholders: tuple[str, ...]
    placeholder_starts: str
    enumerators: tuple[str, ...]


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The first ``patterns.toml`` (``DRAFTER_CHECKLISTS`` first), the shipped entries for what it lacks;
    each pattern validated as a checklist's are (it compiles and cannot backtrack catastrophically)."""
    return load("patterns.toml", _patterns)


def _patterns(data: dict[str, Any], p: Path) -> Patterns:
    from .patterns import UnsafePattern, validate

    try:
        got = Patterns(
            tuple(str(x) for x in data["placeholders"]),
            str(data["placeholder_starts"]),
            tuple(str(x) for x in data["enumerators"]),
        )
        shipped = _shipped_patterns()  # screened by the tests (test_patterns), not on every cold start
        for pat in (*got.placeholders, *got.enumerators):
            if pat not in shipped:
                validate(pat)
    except (KeyError, TypeError, re.error, UnsafePattern) as e:
        raise ReadError(f"式样表 {p} 有误（{str(e)[:80]}）") from None
    return got


def _shipped_patterns() -> frozenset[str]:
    """The patterns of the ``patterns.toml`` drafter ships (judging each costs a cold start ~30 ms)."""
    from .resources import data_dir

    shipped = data_dir("checklists") / "patterns.toml"
    try:
        data = read_toml(shipped)
        return frozenset(str(x) for k in ("placeholders", "enumerators") for x in data.get(k, ()))
    except (OSError, ValueError, TypeError):
        return frozenset()


@lru_cache(maxsize=1)
def placeholder_rx() -> re.Pattern[str]:
    """Any of the placeholders a draft leaves (××, 【请填写】, *次…)."""
    return compile("|".join(f"(?:{p})" for p in patterns().placeholders))


@lru_cache(maxsize=1)
def placeholder_hint_rx() -> re.Pattern[str]:
    """A character a placeholder may start with: a paragraph with none has no placeholder."""
    return compile(f"[{re.escape(patterns().placeholder_starts)}]")


@lru_cache(maxsize=1)
def enumerator_rx() -> re.Pattern[str]:
    """An item's number in running text (一是, （一）, 1.): any of ``enumerators``."""
    return compile("|".join(f"(?:{p})" for p in patterns().enumerators))
