"""The code of the methods ``dataclasses`` writes, kept between runs (a cold start: issue 29).

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``… as Python text and
``exec``\\ s it: compiling that text is most of what a dataclass costs, and ``drafter lint one.txt``
defines some 70 of them (~30 ms of CPU, a third of ``import docx``). The text is the same every run.
``install()`` gives the ``dataclasses`` module an ``exec`` of its own that compiles each text once
and keeps its code in lazyre's file (keyed there by the exact Python build, as the patterns' code);
the code is what ``exec`` of the text compiles (``dataclasses`` has no ``__future__`` imports: nor
has the compile here), so the classes are the same. Only the command line installs it.

Is it worth patching the stdlib? It spares a cold ``drafter lint one.txt`` ~40 ms of CPU (about half of
``import docx``; ``bench/lint_bench.py`` prints it each run, as "without the dataclasses' kept method
code"). What keeps it safe: it replaces only the ``exec`` name inside ``dataclasses`` (the builtin
stays untouched, and it is put there once, only where ``dataclasses`` calls the builtin); the code
comes back only for the very text it was compiled from, from lazyre's file, which is keyed by the
exact Python build and this file's own CRC, checked against damage and deleted after a run that died
using it; anything unexpected falls back to compiling the text, as ``exec`` would. To rule it out
when hunting a bug: ``DRAFTER_NO_CACHE=1`` (every cache off), or call ``drafter.cli.main`` rather
than the entry point. ``tests/test_cold_start.py`` checks the classes it makes are equal, hashed
and shown as the stdlib's.
"""

from __future__ import annotations

import builtins
import types
from functools import lru_cache
from typing import Any

from . import lazyre

__all__ = ["install"]


def install() -> None:
    """Have ``dataclasses`` run its methods' text through ``_exec`` (where its module is as expected)."""
    import dataclasses

    if getattr(dataclasses, "exec", builtins.exec) is builtins.exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global: found before the builtin


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec(source, globals, locals)``, the code of a text compiled once across runs."""
    code = _code(source) if isinstance(source, str) else source
    builtins.exec(code, globals, locals)


def _code(source: str) -> types.CodeType:
    tag = _tag()
    got = lazyre.kept(source, 0, tag) if tag else None
    if isinstance(got, types.CodeType):
        return got
    code = compile(source, "<string>", "exec", dont_inherit=True)  # as exec compiles it in dataclasses
    if tag:
        lazyre.keep(source, 0, tag, code)
    return code


@lru_cache(maxsize=1)
def _tag() -> str | None:
    return lazyre.source_tag("classcode", __file__)
