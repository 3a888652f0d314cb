"""The runs of plain characters a checklist pattern matches: what ``near`` weighs an item's own words by.
Kept between runs (``lazyre.kept``, as the needles are): a cold start parsed some 600 cues for them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..lazyre import derived, source_tag, strings
from ..sre import REPEATS, const, parser, runs
from .cues import pattern


def literals(source: str) -> list[str]:
    """The runs of plain characters a checklist pattern ``source`` matches (placeholders such as
    ``{leader}`` expanded), look-arounds and character classes left out."""
    rx = pattern(source)
    return list(_literals(rx.pattern, rx.flags))


@lru_cache(maxsize=4096)
def _literals(expanded: str, flags: int) -> tuple[str, ...]:
    """The literal runs of the pattern ``expanded``, kept between runs (``lazyre.kept``, as the needles are):
    a cold start parsed some 600 cues for them."""
    return derived(expanded, flags, _literals_tag(), lambda: _runs(expanded, flags), strings)


def _runs(expanded: str, flags: int) -> tuple[str, ...]:
    out: list[str] = []
    _walk(parser.parse(expanded, flags), out)
    return tuple(out)


@lru_cache(maxsize=1)
def _literals_tag() -> str | None:
    """This module's mark: literals another version of it read are not taken."""
    return source_tag("literals", __file__)


def _walk(items: Any, out: list[str]) -> None:
    """Every run of plain characters, in groups, repeats and each branch of a choice too."""
    for step in runs(items):
        if isinstance(step, str):
            out.append(step)
            continue
        op, av = step
        if op is const.SUBPATTERN:
            _walk(av[3], out)
        elif op in REPEATS:
            _walk(av[2], out)
        elif op is const.BRANCH:
            for branch in av[1]:
                _walk(branch, out)


__all__ = ["literals"]
