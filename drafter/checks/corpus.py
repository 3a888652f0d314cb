"""Blocks searched as one: a pattern's matches in every block, kept block by block between checks."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate

from ..lazyre import Rx
from ..model import Block
from .memo import Memo, Spans, matches


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
        self.starts = list(accumulate([len(b.text) + 1 for b in blocks[:-1]], initial=0)) if blocks else []
        self._text: str | None = None
        self._index: dict[Rx, list[tuple[int, Spans]]] = {}

    @property
    def text(self) -> str:
        """The blocks joined by newlines (offsets as in ``Span``)."""
        if self._text is None:
            self._text = "\n".join(b.text for b in self.blocks)
        return self._text

    def prepare(self, rxs: tuple[Rx, ...]) -> None:
        """Search every block for all of ``rxs`` at once (only blocks not already in the memo)."""
        todo = tuple(dict.fromkeys(rx for rx in rxs if rx not in self._index))
        if not todo:
            return
        for rx in todo:
            self._index[rx] = []
        for i, got in enumerate(matches(self.memo, todo, [b.text for b in self.blocks])):
            for rx, spans in got.items():
                self._index[rx].append((i, spans))

    def finditer(self, rx: Rx) -> Iterator[tuple[Block, int, int, Span]]:
        """(block, start, end within the block, span in the joined text) for every match."""
        if rx not in self._index:
            self.prepare((rx,))
        for i, spans in self._index[rx]:
            b, base = self.blocks[i], self.starts[i]
            for s, e, t in spans:
                yield b, s, e, Span(base + s, base + e, t)

    def first(self, rx: Rx) -> Block | None:
        return next((b for b, _, _, _ in self.finditer(rx)), None)


__all__ = ["Corpus", "Span"]
