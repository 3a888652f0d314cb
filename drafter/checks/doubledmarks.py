"""A mark typed twice (，，  、。) and a 顿号 against a bracket's or a quote's half (、）): the second of two marks
in a row says nothing. The marks are data (``checklists/typos.toml``, read by ``slips``); one scan a paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import compile
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN, around, loose, occurrences, slips

DOUBLED_MARK = Rule(
    "doubled-mark", "标点重复", Scope.PARAGRAPH, {WARNING: "两个标点连写（，，、，。、、。），顿号紧挨括号（、））"}
)


@DOUBLED_MARK.check_paragraphs(SEEN)
def _doubled_marks(text: str, _: object) -> Iterator[Local]:
    for m in _run_rx("".join(sorted(slips().marks))).finditer(text):  # one scan in C, not a loop per character
        i, end = m.span()
        written = m.group(0)
        fix = "去掉多余的一个" if len(set(written)) == 1 else "只留一个"
        message = f"请{fix}：“{around(text, i, end)}”中连写了“{written}”"
        yield DOUBLED_MARK.local(i, end, WARNING, message)
    yield from _stray_marks(text)


def _stray_marks(text: str) -> Iterator[Local]:
    """A 顿号 against a bracket's or a quote's half (、） （、): it lists nothing there. Not where the half
    pairs with nothing (unpaired-mark's), nor a 顿号 quoted as a mark (将“、”改为“，”); each 顿号 once."""
    loose_at: set[int] | None = None
    told: set[int] = set()
    for pair in slips().stray:
        for i in occurrences(text, pair):
            loose_at = {k for k, _ in loose(text)} if loose_at is None else loose_at
            dun = i if pair.startswith("、") else i + 1
            if i in loose_at or i + 1 in loose_at or dun in told or _quoted_mark(text, dun):
                continue
            told.add(dun)
            message = f"请删去顿号：“{around(text, i, i + 2)}”中“{pair}”的顿号多余"
            yield DOUBLED_MARK.local(i, i + 2, WARNING, message)


def _quoted_mark(text: str, at: int) -> bool:
    """The 顿号 at ``at`` stands alone between a pair's two halves: the mark itself is spoken of."""
    return 0 < at < len(text) - 1 and f"{text[at - 1]}{text[at + 1]}" in _QUOTING


_QUOTING = frozenset({"“”", "‘’", "「」", "『』", '""', "''", "（）", "()"})


@lru_cache(maxsize=8)
def _run_rx(marks: str) -> re.Pattern[str]:
    """Two or more of ``marks`` in a row."""
    return compile("[" + re.escape(marks) + "]{2,}")


__all__ = ["DOUBLED_MARK"]
