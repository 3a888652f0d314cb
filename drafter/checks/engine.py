"""The checking engine: a Document and a Checklist in, part statuses and findings out.

No I/O and no screen: the CLI, the app and the tests all call ``check`` on the same model and
get the same findings. The engine finds the parts (``parts.classify``) and the checklist items
(``items.cover_items``), then runs every rule of ``registry.rules()`` by its checks' scopes,
keeping what can be kept (``keep``), and applies dismissals (``dismiss``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TypeVar

from ..checklists import Checklist
from ..model import Document
from . import keep
from .context import Context
from .dismiss import Ignored, apply, finding_quote, parse
from .items import cover_items
from .memo import Memo
from .mention import with_mentions
from .near import with_near
from .originality import Comparison, Fingerprint
from .ownunit import judged_unit
from .partrules import unread_study
from .parts import classify, folded_by_items
from .registry import rules
from .results import MAX_PER_RULE, QUOTE_MAX, SEVERITIES, Finding, PartResult, Result
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
    end = keep.session(ctx.memo)
    try:
        ctx.items = cover_items(ctx)
        if (duties := folded_by_items(ctx.parts, ctx.items, checklist, year, judged_unit(doc))) is not None:
            ctx.parts = {**ctx.parts, "duties": duties}  # items read the body alike for a missing or folded part
            ctx._part_keys.pop("duties", None)
        if unread_study(ctx):
            ctx.parts = {**ctx.parts, "duties": PartResult("missing")}
            ctx._part_keys.pop("duties", None)
        ctx.items = with_near(ctx)  # an item not found: a sentence that may write it in other words
        ctx.items = with_mentions(ctx)  # else a sentence that names its topic: no absence told
        findings: list[Finding] = []
        omitted: dict[str, int] = {}
        dismissed = _dismissed_lines(doc, registry)
        chosen = [r for rid, r in registry.items() if select is None or rid in select]
        ctx.paragraph_checks = tuple((r, c.each) for r in chosen for c in r.checks if c.each is not None)
        for r in chosen:
            findings.extend(_bounded(run(ctx, r), dismissed.get(r.id, set()), omitted))
    finally:
        end()
    findings.sort(key=_order)
    findings = _quoted(findings, doc)
    everywhere = {r: (f"检查清单“{checklist.name}”设定忽略", "checklist") for r in checklist.ignore}
    everywhere.update({r: (why, "option") for r, why in (ignore or {}).items()})
    ignored: list[Ignored] = []
    if doc.dismissals or everywhere:
        findings, ignored = apply(findings, doc, registry, everywhere, report_unused=select is None)
        findings.sort(key=_order)
    findings = _capped(findings, omitted)
    ignored = _capped(ignored, omitted)
    return Result(ctx.parts, findings, ctx.items, year, checklist, ignored, ctx.commitments, ctx.promises, omitted)


_F = TypeVar("_F", Finding, Ignored)


def _bounded(found: Iterable[Finding], dismissed: set[int], omitted: dict[str, int]) -> Iterator[Finding]:
    """The first ``MAX_PER_RULE`` findings of one rule, and as many again that a dismissal comment may
    dismiss (on a line in ``dismissed``); the others only counted in ``omitted`` as they come, so a
    flood is never held in memory."""
    n = 0
    for f in found:
        if n < MAX_PER_RULE or (n < 2 * MAX_PER_RULE and f.line in dismissed):
            n += 1
            yield f
        else:
            omitted[f.rule] = omitted.get(f.rule, 0) + 1


def _capped(listed: list[_F], omitted: dict[str, int]) -> list[_F]:
    """At most ``MAX_PER_RULE`` findings (or dismissed findings) of each rule, in reading order; the rest counted."""
    seen: dict[str, int] = {}
    out = []
    for f in listed:
        rid = f.rule if isinstance(f, Finding) else f.finding.rule
        seen[rid] = seen.get(rid, 0) + 1
        if seen[rid] <= MAX_PER_RULE:
            out.append(f)
        else:
            omitted[rid] = omitted.get(rid, 0) + 1
    return out


def _dismissed_lines(doc: Document, registry: Mapping[str, Rule]) -> dict[str, set[int]]:
    """The lines each rule's dismissal comments cover (what ``apply`` will look at)."""
    out: dict[str, set[int]] = {}
    for d in doc.dismissals:
        got = parse(d, registry)
        if not isinstance(got, str):
            out.setdefault(got.rule, set()).update(range(got.first, got.last + 1))
    return out


def check_folder(prints: list[Fingerprint], names: list[str]) -> Comparison:
    """The folder rules (``Scope.FOLDER``) over every report of a folder: ``prints`` are the reports'
    fingerprints (``originality.fingerprint``), ``names`` their paths as the faces show them. Each
    report's findings, the similar pairs and the template clusters."""
    out = Comparison([[] for _ in prints], [], [])
    for r in rules().values():
        if r.folder is not None:
            got = r.folder(prints, names)
            out = Comparison(
                [a + b for a, b in zip(out.findings, got.findings, strict=True)],
                out.pairs + got.pairs,
                out.clusters + got.clusters,
            )
    return out


def run(ctx: Context, rule: Rule) -> Iterable[Finding]:
    """One rule's findings: each of its checks, those reading some parts kept by what they hold."""
    for c in rule.checks:
        if c.each is not None and ctx.paragraph_checks:  # judged with every rule's, paragraph by paragraph
            yield from keep.each_paragraph(ctx, c.each)
        elif c.parts:
            yield from keep.per_parts(ctx, rule, c.parts, lambda c=c: c.fn(ctx))  # type: ignore[misc]
        else:
            yield from c.fn(ctx)


def _quoted(findings: list[Finding], doc: Document) -> list[Finding]:
    """Each finding with its ``quote`` (a rule may have set it; else the words of its span)."""
    out = [f if f.quote or not f.length else replace(f, quote=finding_quote(f, doc.line_text)) for f in findings]
    # a finding placed on a line but on no words in particular quotes the words where it points
    out = [f if f.quote or f.line is None else replace(f, quote=_words_at(doc, f)) for f in out]
    return [_as_written(f, doc) for f in out]


def _as_written(f: Finding, doc: Document) -> Finding:
    """``f`` with its quote as it stands in the report: a PDF-made copy's spaces ("会议 1 次") put back,
    so a search finds them (a new finding only where the words differ: most quotes are already so)."""
    if not f.quote or f.line is None:
        return f
    quote = doc.as_written(f.line, f.quote, f.col)[:QUOTE_MAX]
    return f if quote == f.quote else replace(f, quote=quote)


def _words_at(doc: Document, f: Finding) -> str:
    return " ".join(doc.line_text(f.line)[f.col :].split())[:QUOTE_MAX]


def _order(f: Finding) -> tuple[int, int, int]:
    return (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity))


__all__ = ["check", "check_folder", "run"]
