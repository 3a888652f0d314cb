"""What every rule sees: the document, its checklist and year, its parts and items."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from ..checklists import Checklist
from ..lazyre import Rx
from ..model import Block, Document
from . import keep
from .corpus import Corpus
from .cues import own_words
from .memo import Memo
from .results import Finding, ItemResult, Local, PartResult

if TYPE_CHECKING:
    from .marks import Standing
    from .rule import Paragraphs, Rule

R = TypeVar("R")


@dataclass
class Context:
    """What every rule sees (the engine's caches are private: ``keep``)."""

    doc: Document
    checklist: Checklist
    year: int | None
    parts: dict[str, PartResult]
    items: dict[str, ItemResult] = field(default_factory=dict)
    previous: Document | None = None  # last year's report (lint --previous, or a draft's `previous`)
    boilerplate: tuple[str, ...] = ()  # drafter's own wording (opening, closing): covers nothing
    commitments: list[tuple[str, int | None]] = field(default_factory=list)  # last year's promises: reported where
    promises: list[Standing] = field(default_factory=list)  # the same with the writer's marks (promises.py)
    memo: Memo = field(default_factory=Memo)  # per-paragraph results (the app's session keeps one between checks)
    rules: frozenset[str] = frozenset()  # the ids of every rule (a dismissal names one)
    paragraph_checks: tuple[tuple[Rule, Paragraphs], ...] = ()  # the paragraph checks of the rules run (keep)
    _each: dict[Paragraphs, list[Finding]] | None = None
    _owner: dict[int, str] | None = None
    _corpora: dict[str, Corpus] = field(default_factory=dict)
    _headings: dict[str, tuple[list[Block], list[int]]] = field(default_factory=dict)  # titles._heading_at
    _part_keys: dict[str, Hashable] = field(default_factory=dict)
    _once: dict[str, object] = field(default_factory=dict)

    def corpus(self, key: str, blocks: list[Block] | Callable[[], list[Block]], prepare: Iterable[Rx] = ()) -> Corpus:
        """A joined-text view of ``blocks`` (or of what ``blocks()`` gives), built once per check and
        key and shared by the rules; when built, every block is searched at once for ``prepare``."""
        got = self._corpora.get(key)
        if got is None:
            got = self._corpora[key] = Corpus(blocks() if callable(blocks) else blocks, self.memo)
            if rxs := tuple(prepare):
                got.prepare(rxs)
        return got

    def once(self, key: str, make: Callable[[], R]) -> R:
        """``make()``, made once a check for every rule asking by ``key`` (what two rules read alike)."""
        if key not in self._once:
            self._once[key] = make()
        return self._once[key]  # type: ignore[return-value]

    def part_value(self, pid: str, make: Callable[[], R]) -> R:
        """``make()``, a value computed from part ``pid`` alone (the engine keeps it: ``keep``)."""
        return keep.part_value(self, pid, make)

    def paragraphs(
        self,
        rule: Rule,
        blocks: Iterable[tuple[Block, Hashable, str | None]],
        make: Callable[[str, Hashable], Iterable[Local]],
    ) -> Iterator[Finding]:
        """``rule``'s findings on each (block, key, part), ``make(text, key)`` judging one paragraph
        alone: a pure function of the text, ``key`` (a plain value) and the checklist; the engine
        keeps its results (``keep.paragraphs``)."""
        return keep.paragraphs(self, rule, blocks, make)

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


__all__ = ["Context"]
