"""The standard library's regular-expression parser, for the modules that judge a pattern by its
parse (``patterns``, ``reach``, ``ambiguity``): ``parser.parse(p)`` gives a pattern's op list,
``const`` names the ops, ``REPEATS`` are the ops of a repeat (greedy, lazy, possessive).

``re._parser`` is private to the standard library (Python 3.11 on, as drafter needs); imported
by name here, in one place.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

parser: Any = importlib.import_module("re._parser")
const: Any = importlib.import_module("re._constants")

REPEATS = {const.MAX_REPEAT, const.MIN_REPEAT} | (
    {const.POSSESSIVE_REPEAT} if hasattr(const, "POSSESSIVE_REPEAT") else set()
)


def runs(items: Any) -> Iterator[str | tuple[Any, Any]]:
    """The op list ``items`` with each run of plain characters joined into one string, other ops as they
    stand: what the walks that read a pattern's literal words (``needle``, ``checks.literals``) step through."""
    run: list[str] = []
    for op, av in items:
        if op is const.LITERAL:
            run.append(chr(av))
            continue
        if run:
            yield "".join(run)
            run = []
        yield op, av
    if run:
        yield "".join(run)
