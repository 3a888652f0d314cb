"""The checking engine: a Document and a Checklist in, part statuses and findings out.

No I/O and no screen: the CLI, the app and the tests all call ``check`` on the
same model and get the same findings. Rules live in the sibling modules and
register themselves in ``registry``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..checklists import Checklist, Item
from ..model import PART_IDS, Block, Document
from .memo import Memo, Spans, matches

if TYPE_CHECKING:
    from .dismiss import Ignored

SEVERITIES = ("error", "warning", "info")

Local = tuple[int, int, str, str, str]
"""A finding within one block, before it is located: (start, end, rule, severity, message)."""


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
    quote: str = ""  # the words it is about, as they stand in the report (≤ 40 characters; empty: no span)


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
    """A checklist item's standing: ``status`` covered / missing / not-applicable (``since``), and
    for a covered item its evidence: the sentence (``evidence``), where it starts (``line``, ``col``)
    and what it shows (``kind``: figure, action, or mention for items that need no more)."""

    item: Item
    covered: bool
    line: int | None = None
    col: int = 0
    status: str = ""
    evidence: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if not self.status:
            self.status = "covered" if self.covered else "missing"


@dataclass
class Result:
    parts: dict[str, PartResult]
    findings: list[Finding]
    items: dict[str, ItemResult]
    year: int | None
    checklist: Checklist
    ignored: list[Ignored] = field(default_factory=list)  # dismissed findings, each with its reason
    commitments: list[tuple[str, int | None]] = field(default_factory=list)  # (promise, line reporting it or None)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


class Span:
    """Where a pattern matched in a ``Corpus``: ``start()``/``end()`` in the joined text, as a match's."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text


class Corpus:
    """Blocks searched as one: a pattern's matches in every block, in reading order.

    A match never runs from one block into the next (each block is searched as if alone:
    ``memo.search_each``). The matches of each block are kept in the check's ``Memo`` by the
    block's text, so a re-check searches only the blocks that changed; ``prepare`` a corpus
    with all the patterns a rule will ask for, and unchanged blocks cost one look-up each.
    """

    def __init__(self, blocks: list[Block], memo: Memo | None = None) -> None:
        self.blocks = blocks
        self.memo = memo if memo is not None else Memo()
        self.starts: list[int] = []
        pos = 0
        for b in blocks:
            self.starts.append(pos)
            pos += len(b.text) + 1
        self._text: str | None = None
        self._index: dict[re.Pattern[str], list[tuple[int, Spans]]] = {}

    @property
    def text(self) -> str:
        """The blocks joined by newlines (offsets as in ``Span``)."""
        if self._text is None:
            self._text = "\n".join(b.text for b in self.blocks)
        return self._text

    def prepare(self, rxs: tuple[re.Pattern[str], ...]) -> None:
        """Search every block for all of ``rxs`` at once (only blocks not already in the memo)."""
        todo = tuple(dict.fromkeys(rx for rx in rxs if rx not in self._index))
        if not todo:
            return
        for rx in todo:
            self._index[rx] = []
        for i, got in enumerate(matches(self.memo, todo, [b.text for b in self.blocks])):
            for rx, spans in got.items():
                self._index[rx].append((i, spans))

    def finditer(self, rx: re.Pattern[str]) -> Iterator[tuple[Block, int, int, Span]]:
        """(block, start, end within the block, span in the joined text) for every match."""
        if rx not in self._index:
            self.prepare((rx,))
        for i, spans in self._index[rx]:
            b, base = self.blocks[i], self.starts[i]
            for s, e, t in spans:
                yield b, s, e, Span(base + s, base + e, t)

    def first(self, rx: re.Pattern[str]) -> Block | None:
        return next((b for b, _, _, _ in self.finditer(rx)), None)


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
    commitments: list[tuple[str, int | None]] = field(default_factory=list)  # last year's promises: reported where
    memo: Memo = field(default_factory=Memo)  # per-paragraph results (the app's session keeps one between checks)
    _owner: dict[int, str] | None = None
    _corpora: dict[str, Corpus] = field(default_factory=dict)
    _headings: dict[str, tuple[list[Block], list[int]]] = field(default_factory=dict)  # content._heading_at
    _part_keys: dict[str, Hashable] = field(default_factory=dict)

    def corpus(self, key: str, blocks: list[Block]) -> Corpus:
        """A joined-text view of ``blocks``, built once per key and shared by the rules."""
        if key not in self._corpora:
            self._corpora[key] = Corpus(blocks, self.memo)
        return self._corpora[key]

    def at(
        self, block: Block, start: int, end: int, rule: str, severity: str, message: str, part: str | None = None
    ) -> Finding:
        """A finding for characters ``start:end`` of ``block``."""
        line, col = block.locate(start)
        return Finding(rule, severity, message, line, max(col, 0), end - start, part)

    def local(
        self,
        name: str,
        blocks: Iterable[tuple[Block, Hashable, str | None]],
        make: Callable[[str, Hashable], Iterable[Local]],
    ) -> Iterator[Finding]:
        """Findings of a rule that reads each block alone: for each (block, key, part),
        ``make(text, key)`` gives them relative to the block (start, end, rule, severity,
        message), kept in the memo by the block's text and ``key`` (whatever else ``make``
        depends on), and located here, where the block now stands, in ``part``."""
        kept = self.memo.map(name)
        for block, key, part in blocks:
            found = kept.get((block.text, key))
            if found is None:
                found = kept.put((block.text, key), tuple(make(block.text, key)))
            for start, end, rid, severity, message in found:  # type: ignore[attr-defined]
                yield self.at(block, start, end, rid, severity, message, part)

    def part_key(self, pid: str) -> Hashable:
        """All that a part gives a rule that reads it: its status, heading and each block's kind,
        level, number and text (not lines: a part moved down the page is the same part)."""
        got = self._part_keys.get(pid)
        if got is None:
            pr = self.parts[pid]
            got = self._part_keys[pid] = (
                pr.status,
                pr.heading,
                tuple((b.kind, b.level, b.number, b.text) for b in pr.blocks),
            )
        return got

    def per_parts(self, name: str, pids: tuple[str, ...], make: Callable[[], Iterable[Finding]]) -> Iterator[Finding]:
        """Findings of a rule that reads only the parts ``pids`` (with the checklist, the year and
        drafter's own wording) and puts each finding on its part's line: ``make()``'s findings,
        kept in the memo by what those parts hold, and placed on the parts' lines as they now stand."""
        key = (tuple(self.part_key(p) for p in pids), self.memo.hold(self.checklist), self.year, self.boilerplate)
        kept = self.memo.map(name)
        found = kept.get(key)
        if found is None:
            made = list(make())
            for f in made:  # the rule's promise, checked as it is kept
                assert f.part in pids and f.line == self.parts[f.part].line, (name, f)
            found = kept.put(key, tuple((f.rule, f.severity, f.message, f.col, f.length, f.part) for f in made))
        for rid, severity, message, col, length, part in found:  # type: ignore[attr-defined]
            yield Finding(rid, severity, message, self.parts[part].line, col, length, part)

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
    out = []
    for b in blocks:
        masked = _masked(b.text, boilerplate)
        out.append(b if masked == b.text else replace(b, text=masked))
    return out


@lru_cache(maxsize=8192)
def _masked(text: str, boilerplate: tuple[str, ...]) -> str:
    """``text`` with ``boilerplate`` and 【请填写】 slots blanked (kept: re-checks ask for the same paragraphs)."""
    return _boilerplate_rx(boilerplate).sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=16)
def _boilerplate_rx(pieces: tuple[str, ...]) -> re.Pattern[str]:
    alts = [re.escape(p) for p in sorted(pieces, key=len, reverse=True)]
    return re.compile("|".join([r"【[^】\n]*】", *alts]))


@lru_cache(maxsize=4096)
def pattern(source: str, year: int | None = None) -> re.Pattern[str]:
    """Compile a checklist pattern; ``{next}`` is the year after the report year."""
    nxt = str(year + 1) if year else r"20\d\d"
    return re.compile(source.replace("{next}", nxt))


@lru_cache(maxsize=16384)
def any_cue(text: str, cues: tuple[str, ...], year: int | None = None) -> bool:
    """Whether one of the checklist patterns ``cues`` matches in ``text`` (kept: the parts and
    items are found by asking this of every paragraph and heading at every re-check)."""
    return any(pattern(c, year).search(text) for c in cues)


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
    from .parts import classify
    from .registry import rules

    year = year or doc.meta.year
    ctx = Context(
        doc,
        checklist,
        year,
        classify(doc, checklist, year),
        previous=previous,
        boilerplate=tuple(boilerplate),
        memo=memo if memo is not None else Memo(),
    )
    from .content import cover_items

    ctx.items = cover_items(ctx)
    findings: list[Finding] = []
    for rid, r in rules().items():
        if select is not None and rid not in select:
            continue
        findings.extend(r.fn(ctx))
    findings.sort(key=lambda f: (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity)))
    findings = _quoted(findings, doc)
    everywhere = {r: (f"检查清单“{checklist.name}”设定忽略", "checklist") for r in checklist.ignore}
    everywhere.update({r: (why, "option") for r, why in (ignore or {}).items()})
    ignored: list[Ignored] = []
    if doc.dismissals or everywhere:
        from .dismiss import apply

        findings, ignored = apply(findings, doc, rules(), everywhere, report_unused=select is None)
        findings.sort(key=lambda f: (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity)))
    return Result(ctx.parts, findings, ctx.items, year, checklist, ignored, ctx.commitments)


def _quoted(findings: list[Finding], doc: Document) -> list[Finding]:
    """Each finding with its ``quote`` (a rule may have set it; else the words of its span)."""
    from .dismiss import finding_quote

    return [f if f.quote or not f.length else replace(f, quote=finding_quote(f, doc.line_text)) for f in findings]


__all__ = [
    "PART_IDS",
    "Context",
    "Corpus",
    "Finding",
    "ItemResult",
    "Memo",
    "PartResult",
    "Result",
    "Span",
    "any_cue",
    "check",
    "own_words",
    "pattern",
]
