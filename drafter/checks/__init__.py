"""The checking engine: a Document and a Checklist in, part statuses and findings out.

No I/O and no screen: the CLI, the app and the tests all call ``check`` on the
same model and get the same findings. Rules live in the sibling modules and
register themselves in ``registry``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..checklists import Checklist, Item
from ..model import PART_IDS, Block, Document

if TYPE_CHECKING:
    from .dismiss import Ignored

SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    """One problem, located: ``line`` as in CONTRACTS, ``col`` 0-based, ``length`` in characters."""

    rule: str
    severity: str
    message: str
    line: int | None = None
    col: int = 0
    length: int = 0
    part: str | None = None


@dataclass
class PartResult:
    """Where a part stands: present / folded / missing, and its blocks."""

    status: str
    line: int | None = None
    heading: str | None = None
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class ItemResult:
    item: Item
    covered: bool
    line: int | None = None


@dataclass
class Result:
    parts: dict[str, PartResult]
    findings: list[Finding]
    items: dict[str, ItemResult]
    year: int | None
    checklist: Checklist
    ignored: list[Ignored] = field(default_factory=list)  # dismissed findings, each with its reason

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


class Corpus:
    """Blocks joined into one string, so a pattern is searched once, not once per block.

    Blocks are separated by a newline, which no checklist pattern crosses.
    """

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.starts: list[int] = []
        pos = 0
        for b in blocks:
            self.starts.append(pos)
            pos += len(b.text) + 1
        self.text = "\n".join(b.text for b in blocks)

    def finditer(self, rx: re.Pattern[str]) -> Iterator[tuple[Block, int, int, re.Match[str]]]:
        """(block, start, end within the block, match) for every match."""
        for m in rx.finditer(self.text):
            i = bisect_right(self.starts, m.start()) - 1
            base = self.starts[i]
            yield self.blocks[i], m.start() - base, m.end() - base, m

    def first(self, rx: re.Pattern[str]) -> Block | None:
        m = rx.search(self.text)
        return None if m is None else self.blocks[bisect_right(self.starts, m.start()) - 1]


@dataclass
class Context:
    """What every rule sees."""

    doc: Document
    checklist: Checklist
    year: int | None
    parts: dict[str, PartResult]
    items: dict[str, ItemResult] = field(default_factory=dict)
    previous: Document | None = None  # last year's report (lint --previous, or a draft's `previous`)
    boilerplate: tuple[str, ...] = ()  # drafter's own wording (opening, closing): covers nothing
    _owner: dict[int, str] | None = None
    _corpora: dict[str, Corpus] = field(default_factory=dict)

    def corpus(self, key: str, blocks: list[Block]) -> Corpus:
        """A joined-text view of ``blocks``, built once per key and shared by the rules."""
        if key not in self._corpora:
            self._corpora[key] = Corpus(blocks)
        return self._corpora[key]

    def at(self, block: Block, start: int, end: int, rule: str, severity: str, message: str,
           part: str | None = None) -> Finding:
        """A finding for characters ``start:end`` of ``block``."""
        line, col = block.locate(start)
        return Finding(rule, severity, message, line, max(col, 0), end - start, part)

    def own_words(self, blocks: list[Block]) -> list[Block]:
        """``blocks`` with drafter's own wording and 【请填写】 slots blanked out (same offsets).

        What is left is the writer's words: only they tick a checklist item or
        make a part long enough.
        """
        return own_words(blocks, self.boilerplate)

    def part_of(self, block: Block) -> str | None:
        if self._owner is None:  # built once: rules ask for every finding
            self._owner = {id(b): pid for pid, pr in self.parts.items() for b in pr.blocks}
        return self._owner.get(id(block))


def own_words(blocks: list[Block], boilerplate: tuple[str, ...] = ()) -> list[Block]:
    """``blocks`` with ``boilerplate`` and 【请填写】 slots blanked out, offsets kept (see Context.own_words)."""
    rx = _boilerplate_rx(boilerplate)
    out = []
    for b in blocks:
        masked = rx.sub(lambda m: " " * len(m.group(0)), b.text)
        out.append(b if masked == b.text else replace(b, text=masked))
    return out


@lru_cache(maxsize=16)
def _boilerplate_rx(pieces: tuple[str, ...]) -> re.Pattern[str]:
    alts = [re.escape(p) for p in sorted(pieces, key=len, reverse=True)]
    return re.compile("|".join([r"【[^】\n]*】", *alts]))


@lru_cache(maxsize=4096)
def pattern(source: str, year: int | None = None) -> re.Pattern[str]:
    """Compile a checklist pattern; ``{next}`` is the year after the report year."""
    nxt = str(year + 1) if year else r"20\d\d"
    return re.compile(source.replace("{next}", nxt))


def check(doc: Document, checklist: Checklist, *, year: int | None = None,
          select: set[str] | None = None, previous: Document | None = None,
          boilerplate: tuple[str, ...] = (), ignore: Mapping[str, str] | None = None) -> Result:
    """Run every rule (or those in ``select``) on ``doc``; findings in reading order.

    ``previous`` is last year's report, already read by the caller (the engine does no I/O).
    ``boilerplate`` is drafter's own wording (``drafter.boilerplate.fragments()``): it covers
    no checklist item and adds nothing to a part's length. ``ignore`` maps rules dismissed
    everywhere (``lint --ignore``) to the reason; the checklist's ``ignore`` list and the draft's
    ``<!-- drafter: 忽略 … -->`` comments dismiss too. Dismissed findings go to ``Result.ignored``.
    """
    from .parts import classify
    from .registry import rules

    year = year or doc.meta.year
    ctx = Context(doc, checklist, year, classify(doc, checklist, year), previous=previous,
                  boilerplate=tuple(boilerplate))
    from .content import cover_items

    ctx.items = cover_items(ctx)
    findings: list[Finding] = []
    for rid, r in rules().items():
        if select is not None and rid not in select:
            continue
        findings.extend(r.fn(ctx))
    findings.sort(key=lambda f: (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity)))
    everywhere = {r: (f"检查清单“{checklist.name}”设定忽略", "checklist") for r in checklist.ignore}
    everywhere.update({r: (why, "option") for r, why in (ignore or {}).items()})
    ignored: list[Ignored] = []
    if doc.dismissals or everywhere:
        from .dismiss import apply

        findings, ignored = apply(findings, doc, rules(), everywhere, report_unused=select is None)
        findings.sort(key=lambda f: (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity)))
    return Result(ctx.parts, findings, ctx.items, year, checklist, ignored)


__all__ = ["PART_IDS", "Context", "Corpus", "Finding", "ItemResult", "PartResult", "Result", "check", "own_words",
           "pattern"]
