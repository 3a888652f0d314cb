"""The checking engine: a Document and a Checklist in, part statuses and findings out.

No I/O and no screen: the CLI, the app and the tests all call ``check`` on the same model and
get the same findings. The engine finds the parts (``parts.classify``) and the checklist items
(``content.cover_items``), then runs every rule of ``registry.rules()`` by its checks' scopes,
keeping what can be kept (``keep``), and applies dismissals (``dismiss``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..checklists import Checklist
from ..model import Document
from . import keep
from .content import cover_items
from .context import Context
from .dismiss import Ignored, apply, finding_quote
from .memo import Memo
from .parts import classify
from .registry import rules
from .results import SEVERITIES, Finding, Result
from .rule import Rule


def check(
    doc: Document,
    checklist: Checklist,
    *,
    year: int | None = None,
    select: set[str] | None = None,
    previous: Document | None = None,
    boilerplate: tuple[str, ...] = (),
    ignore: Mapping[str, str] | None = None,
    memo: Memo | None = None,
) -> Result:
    """Run every rule (or those in ``select``) on ``doc``; findings in reading order.

    ``previous`` is last year's report, already read by the caller (the engine does no I/O).
    ``boilerplate`` is drafter's own wording (``drafter.boilerplate.fragments()``): it covers
    no checklist item and adds nothing to a part's length. ``ignore`` maps rules dismissed
    everywhere (``lint --ignore``) to the reason; the checklist's ``ignore`` list and the draft's
    ``<!-- drafter: 忽略 … -->`` comments dismiss too. Dismissed findings go to ``Result.ignored``.
    ``memo`` keeps per-paragraph results between checks of one draft (the app's session); the
    result is the same with or without it, only faster when most paragraphs did not change.
    """
    year = year or doc.meta.year
    registry = rules()
    ctx = Context(
        doc,
        checklist,
        year,
        classify(doc, checklist, year),
        previous=previous,
        boilerplate=tuple(boilerplate),
        memo=memo if memo is not None else Memo(),
        rules=frozenset(registry),
    )
    ctx.items = cover_items(ctx)
    findings: list[Finding] = []
    for rid, r in registry.items():
        if select is not None and rid not in select:
            continue
        findings.extend(run(ctx, r))
    findings.sort(key=_order)
    findings = _quoted(findings, doc)
    everywhere = {r: (f"检查清单“{checklist.name}”设定忽略", "checklist") for r in checklist.ignore}
    everywhere.update({r: (why, "option") for r, why in (ignore or {}).items()})
    ignored: list[Ignored] = []
    if doc.dismissals or everywhere:
        findings, ignored = apply(findings, doc, registry, everywhere, report_unused=select is None)
        findings.sort(key=_order)
    return Result(ctx.parts, findings, ctx.items, year, checklist, ignored, ctx.commitments)


def run(ctx: Context, rule: Rule) -> Iterable[Finding]:
    """One rule's findings: each of its checks, those reading some parts kept by what they hold."""
    for c in rule.checks:
        if c.parts:
            yield from keep.per_parts(ctx, rule, c.parts, lambda c=c: c.fn(ctx))  # type: ignore[misc]
        else:
            yield from c.fn(ctx)


def _quoted(findings: list[Finding], doc: Document) -> list[Finding]:
    """Each finding with its ``quote`` (a rule may have set it; else the words of its span)."""
    return [f if f.quote or not f.length else replace(f, quote=finding_quote(f, doc.line_text)) for f in findings]


def _order(f: Finding) -> tuple[int, int, int]:
    return (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity))


__all__ = ["check", "run"]
