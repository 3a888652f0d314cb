"""Checklist patterns as they run: every repeat bounded by ``REACH``, so a search is linear.

``bounded`` rewrites a pattern's source (``*`` → ``{0,100}`` …); ``patterns.validate`` proves each
rewrite when the checklist loads (the parse is the original's with only upper bounds lowered:
``same_capped``) and ``patterns.max_reach`` says how far one attempt reads (``reach``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .lazyre import compile, derived, source_tag
from .sre import REPEATS as _REPEATS
from .sre import const as _c

REACH = 100
"""Most characters one repeat of a checklist pattern reads: ``*``, ``+`` and ``{m,}`` run as
``{0,100}``, ``{1,100}`` and ``{m,100}`` (a larger upper bound is lowered to it too)."""


def bounded(pattern: str) -> str:
    """``pattern`` with every repeat bounded by ``REACH``: what a checklist pattern runs as.

    Why: the screens of ``patterns`` keep one attempt of a pattern from backtracking badly, but a search
    makes an attempt at every position. ``.*！`` on a long paragraph with no ！ reads the rest
    of the line from each of them: quadratic in the paragraph, whatever the screen says. With
    every repeat bounded an attempt reads at most ``maxreach(pattern)`` characters, so a
    search costs a constant times the paragraph's length. A linear engine (RE2) was weighed
    again and not chosen: it changes what ``\\d``, ``\\w`` and ``\\s`` match in Chinese text and
    has no lookaround (see the module's doc). A cue is a phrase: no match of a shipped
    checklist needs 100 characters in one repeat.

    Rewritten on the source (so ``re``'s cache, ``Pattern.pattern`` and the messages keep the
    user's text); ``patterns.validate`` proves each rewrite when the checklist loads (``patterns._proved``).
    """
    if not _OPEN.search(pattern):
        return pattern
    return derived(pattern, 0, _tag(), lambda: _cap(pattern), lambda got: isinstance(got, str))


@lru_cache(maxsize=1)
def _tag() -> str | None:
    """This module's mark: a rewrite another version of it made is not taken."""
    return source_tag("bounded", __file__)


UNBOUNDED = 10**9
_OPEN = compile(r"[*+]|\{\d*,\d*\}")  # what may be a repeat without an upper bound (or a large one)
_COUNTED = compile(r"\{(\d*)(,?)(\d*)\}")


def _cap(p: str) -> str:
    """The source with ``*``, ``+``, ``{m,}`` and ``{m,n}`` (n > REACH) bounded; classes, escapes and
    comments left as they are."""
    out: list[str] = []
    i, n = 0, len(p)
    quantified = False  # the last token was a repeat: a ``+`` or ``?`` now makes it possessive or lazy
    while i < n:
        ch = p[i]
        if ch == "\\":
            out.append(p[i : i + 2])
            i, quantified = i + 2, False
        elif ch == "[":
            j = _class_end(p, i)
            out.append(p[i:j])
            i, quantified = j, False
        elif p.startswith("(?#", i):
            j = p.find(")", i)
            j = n if j < 0 else j + 1
            out.append(p[i:j])
            i = j
        elif ch in "*+" and not quantified:
            out.append(f"{{{0 if ch == '*' else 1},{REACH}}}")
            i, quantified = i + 1, True
        elif ch == "{" and not quantified and (m := _COUNTED.match(p, i)) and m.group(0) != "{}":
            out.append(_capped_count(m))
            i, quantified = m.end(), True
        elif ch == "?" and out and out[-1] != "(" and not quantified:
            out.append(ch)
            i, quantified = i + 1, True
        else:
            out.append(ch)
            i, quantified = i + 1, False
    return "".join(out)


def _capped_count(m: re.Match[str]) -> str:
    """``{m,n}`` with n at most ``REACH`` (``{m}`` and a literal ``{}`` as they are)."""
    lo, comma, hi = m.groups()
    if not comma or (hi and int(hi) <= REACH):
        return m.group(0)
    low = int(lo or 0)
    return f"{{{lo},{max(low, REACH)}}}"


def _class_end(p: str, i: int) -> int:
    """Where the character class opening at ``p[i]`` ends (a ``]`` first in it is a literal)."""
    j = i + 1
    if p.startswith("^", j):
        j += 1
    if p.startswith("]", j):
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return min(j + 1, len(p))


def same_capped(a: Any, b: Any) -> bool:
    """Whether parsed ``b`` is parsed ``a`` with only its repeats' upper bounds lowered to ``REACH``."""
    if len(a) != len(b):
        return False
    for (op, av), (op2, bv) in zip(a, b, strict=True):
        if op != op2:
            return False
        if op in _REPEATS:
            lo, hi, body = av
            want = hi if hi <= REACH else max(lo, REACH)
            if bv[0] != lo or bv[1] != want or not same_capped(body, bv[2]):
                return False
        elif op == _c.SUBPATTERN:
            if av[:3] != bv[:3] or not same_capped(av[3], bv[3]):
                return False
        elif op == _c.BRANCH:
            if len(av[1]) != len(bv[1]) or not all(same_capped(x, y) for x, y in zip(av[1], bv[1], strict=True)):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if av[0] != bv[0] or not same_capped(av[1], bv[1]):
                return False
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            if not same_capped(av, bv):
                return False
        elif op == getattr(_c, "GROUPREF_EXISTS", None):
            return False  # refused anyway (a back-reference)
        elif av != bv:
            return False
    return True


def reach(items: Any) -> int:
    """Characters an attempt may read ahead: its width, or more inside a lookahead."""
    n = 0
    for op, av in items:
        if op in _REPEATS:
            n += av[1] * reach(av[2]) if av[1] != _c.MAXREPEAT else UNBOUNDED
        elif op == _c.SUBPATTERN:
            n += reach(av[3])
        elif op == _c.BRANCH:
            n += max(reach(b) for b in av[1])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            n += reach(av[1]) if av[0] == 1 else 0  # a lookbehind reads behind, a fixed width
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            n += reach(av)
        elif op != _c.AT:
            n += 1
    return n
