"""The engine's caching by scope: what a re-check of one draft can take from the last one.

A rule never sees a cache. It declares what it reads (``Rule.check_parts``) or hands the engine a
pure function of one paragraph (``Context.paragraphs``); the functions here keep those results in
the session's ``Memo`` (``memo.py``, bounded LRU maps) keyed by exactly what they read, and locate
them where the blocks stand now. A cold check starts from an empty memo, so a result never depends
on what was checked before; the app's drafting session keeps one memo between re-checks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..model import Block
from .results import Finding, Local

if TYPE_CHECKING:
    from .context import Context
    from .rule import Rule


def part_key(ctx: Context, pid: str) -> Hashable:
    """All that a part gives a rule that reads it: its status, heading and each block's kind,
    level, number and text (not lines: a part moved down the page is the same part)."""
    got = ctx._part_keys.get(pid)
    if got is None:
        pr = ctx.parts[pid]
        got = ctx._part_keys[pid] = (
            pr.status,
            pr.heading,
            tuple((b.kind, b.level, b.number, b.text) for b in pr.blocks),
        )
    return got


def paragraphs(
    ctx: Context,
    rule: Rule,
    blocks: Iterable[tuple[Block, Hashable, str | None]],
    make: Callable[[str, Hashable], Iterable[Local]],
) -> Iterator[Finding]:
    """Findings of ``rule`` on paragraphs judged alone: for each (block, key, part), ``make(text,
    key)`` gives them relative to the block, kept by the block's text and ``key`` (whatever else
    ``make`` depends on), and located here, where the block now stands, in ``part``."""
    fn = getattr(make, "__code__", make)  # a rule may judge paragraphs with several functions
    kept = ctx.memo.map(rule.id)
    for block, key, part in blocks:
        found = kept.get((block.text, key, fn))
        if found is None:
            found = kept.put((block.text, key, fn), tuple(make(block.text, key)))
        for start, end, severity, message in found:  # type: ignore[attr-defined]
            line, col = block.locate(start)
            yield Finding(rule.id, severity, message, line, max(col, 0), end - start, part)


def per_parts(
    ctx: Context, rule: Rule, pids: tuple[str, ...], make: Callable[[], Iterable[Finding]]
) -> Iterator[Finding]:
    """Findings of a check that reads only the parts ``pids`` (with the checklist, the year and
    drafter's own wording) and puts each finding on its part's line: ``make()``'s findings, kept by
    what those parts hold, and placed on the parts' lines as they now stand."""
    key = (tuple(part_key(ctx, p) for p in pids), ctx.memo.hold(ctx.checklist), ctx.year, ctx.boilerplate)
    kept = ctx.memo.map(f"{rule.id}:{pids}")
    found = kept.get(key)
    if found is None:
        made = list(make())
        for f in made:  # the rule's promise, checked as it is kept
            assert f.part in pids and f.line == ctx.parts[f.part].line, (rule.id, f)
        found = kept.put(key, tuple((f.rule, f.severity, f.message, f.col, f.length, f.part) for f in made))
    for rid, severity, message, col, length, part in found:  # type: ignore[attr-defined]
        yield Finding(rid, severity, message, ctx.parts[part].line, col, length, part)


def kept(ctx: Context, name: str, key: Hashable, make: Callable[[], object]) -> object:
    """``make()`` or what it gave last time for ``key`` (objects in ``key`` by identity: ``held``)."""
    return ctx.memo.cached(name, key, make)


__all__ = ["paragraphs", "part_key", "per_parts"]
