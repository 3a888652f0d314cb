"""The engine's caching by scope: what a re-check of one draft can take from the last one.

A rule never sees a cache. It declares what it reads (``Rule.check_parts``) or hands the engine a
pure function of one paragraph (``Context.paragraphs``); the functions here keep those results in
the session's ``Memo`` (``memo.py``, bounded LRU maps) keyed by exactly what they read, and locate
them where the blocks stand now. A cold check starts from an empty memo, so a result never depends
on what was checked before; the app's drafting session keeps one memo between re-checks.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from ..model import Block
from .memo import Memo
from .results import Finding, Local

if TYPE_CHECKING:
    from .context import Context
    from .rule import Paragraphs, Rule


P = ParamSpec("P")
R = TypeVar("R")

_SESSION: ContextVar[Memo | None] = ContextVar("drafter_check_memo", default=None)
_VALUES = (str, int, float, bool, type(None))


def session(memo: Memo) -> Callable[[], None]:
    """Make ``memo`` the one ``kept`` functions use during a check; call what it returns to end that."""
    token = _SESSION.set(memo)
    return lambda: _SESSION.reset(token)


def _arg(memo: Memo, arg: object) -> Hashable:
    """``arg`` as part of a key: plain values (and tuples of them) by value, any other object by
    identity, held alive by the memo so its id is never another object's (a checklist, last year's
    report, a reference set: the same object for a whole session)."""
    if type(arg) in _VALUES or (type(arg) is tuple and all(type(x) in _VALUES for x in arg)):
        return arg
    return ("id", memo.hold(arg))


def kept(fn: Callable[P, R]) -> Callable[P, R]:
    """Mark ``fn``, a pure function of its arguments, as one whose results the engine keeps between
    checks of one draft (positional arguments only). Outside a check it simply runs."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _SESSION.get()
        if memo is None or kwargs:
            return fn(*args, **kwargs)
        # a paragraph's text, the most common call (hundreds a re-check): its key without a look at each argument
        key = args if len(args) == 1 and type(args[0]) is str else tuple([_arg(memo, a) for a in args])
        return memo.kept(name, key, fn, args)  # type: ignore[return-value]

    return wrapper


def part_value(ctx: Context, pid: str, make: Callable[[], R]) -> R:
    """``make()``, a value computed from part ``pid`` alone (with the checklist, the year and
    drafter's own wording), kept by what that part holds."""
    code = getattr(make, "__code__", make)
    key = (part_key(ctx, pid), ctx.memo.hold(ctx.checklist), ctx.year, ctx.boilerplate, code)
    return ctx.memo.cached("part-value", key, make)


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
    key)`` gives them relative to the block, kept by the block's text, the checklist and ``key`` (a
    plain value: whatever else ``make`` depends on), and located where the block now stands, in ``part``."""
    fn = getattr(make, "__code__", make)  # a rule may judge paragraphs with several functions
    got = ctx.memo.map(rule.id)
    checklist = ctx.memo.hold(ctx.checklist)
    for block, key, part in blocks:
        k = (block.text, key, fn, checklist)
        found = got.get(k)
        if found is None:
            found = got.put(k, tuple(make(block.text, key)))
        for start, end, severity, message in found:  # type: ignore[attr-defined]
            line, col = block.locate(start)
            yield Finding(rule.id, severity, message, line, max(col, 0), end - start, part)


def each_paragraph(ctx: Context, each: Paragraphs) -> Iterator[Finding]:
    """The findings of one ``Rule.check_paragraphs`` check: every such check of the rules this check runs
    (``Context.paragraph_checks``) judges the report in one walk, at the first one asked for."""
    if ctx._each is None:
        ctx._each = _each_paragraph(ctx)
    return iter(ctx._each.get(each, ()))


def _each_paragraph(ctx: Context) -> dict[Paragraphs, list[Finding]]:
    """Each paragraph's findings for every paragraph check at once, kept by the paragraph's text, role and part (with
    the checklist, the checks run and their keys): one look-up a paragraph, whatever the number of rules, and the
    checks judge only a paragraph not seen before. Located where each paragraph now stands, in reading order."""
    checks = ctx.paragraph_checks
    keys = tuple(None if e.key is None else e.key(ctx) for _, e in checks)
    token = ctx.memo.token("paragraphs", (ctx.memo.hold(ctx.checklist), checks, keys))
    roles = frozenset().union(*(e.roles for _, e in checks))
    kept = ctx.memo.map("paragraphs")
    out: dict[Paragraphs, list[Finding]] = {e: [] for _, e in checks}
    for b in ctx.doc.blocks:
        if b.role not in roles:
            continue
        part = ctx.part_of(b)
        k = (b.text, b.role, part, token)
        found = kept.get(k)
        if found is None:
            found = kept.put(k, _judged(b.text, b.role, part, checks, keys))
        if not found:
            continue
        for i, local in found:  # type: ignore[attr-defined]
            rule, e = checks[i]
            place = part if e.in_part else None
            add = out[e].append
            for start, end, severity, message in local:
                line, col = b.locate(start)
                add(Finding(rule.id, severity, message, line, max(col, 0), end - start, place))
    return out


def _judged(
    text: str, role: str, part: str | None, checks: tuple[tuple[Rule, Paragraphs], ...], keys: tuple[Hashable, ...]
) -> tuple[tuple[int, tuple[Local, ...]], ...]:
    """(check's index, its findings in the paragraph) of each check that finds something in it."""
    out = []
    for i, (_, e) in enumerate(checks):
        if role not in e.roles or (e.where is not None and not e.where(text)):
            continue
        key = keys[i] if e.key_at is None else e.key_at(keys[i], role, part)
        if got := tuple(e.fn(text, key)):
            out.append((i, got))
    return tuple(out)


def per_parts(
    ctx: Context, rule: Rule, pids: tuple[str, ...], make: Callable[[], Iterable[Finding]]
) -> Iterator[Finding]:
    """Findings of a check that reads only the parts ``pids`` (with the checklist, the year and
    drafter's own wording) and puts each finding on its part's line: ``make()``'s findings, kept by
    what those parts hold, and placed on the parts' lines as they now stand. The items' statuses and the
    unit are in the key too: a check on the duties part names the duties items not covered (``gaps``), which
    a sentence of another part may cover, and reads the head's titles from the unit's name."""
    items = tuple((iid, r.status) for iid, r in ctx.items.items())
    key = (
        tuple(part_key(ctx, p) for p in pids),
        ctx.memo.hold(ctx.checklist),
        ctx.year,
        ctx.boilerplate,
        items,
        ctx.doc.meta.unit,
    )
    got = ctx.memo.map(f"{rule.id}:{pids}")
    found = got.get(key)
    if found is None:
        made = list(make())
        for f in made:  # the rule's promise, checked as it is kept
            assert f.part in pids and f.line == ctx.parts[f.part].line, (rule.id, f)
        found = got.put(key, tuple((f.rule, f.severity, f.message, f.col, f.length, f.part, f.quote) for f in made))
    for rid, severity, message, col, length, part, quote in found:  # type: ignore[attr-defined]
        yield Finding(rid, severity, message, ctx.parts[part].line, col, length, part, quote)


__all__ = ["each_paragraph", "kept", "paragraphs", "part_key", "part_value", "per_parts", "session"]
