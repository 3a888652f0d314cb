"""A law cited with a revision year it has none of: 2022年修订的《行政复议法》 (revised 2023, in force 2024).

A law's revisions are data (``names.toml`` [[titles]] ``revised``: the years it was made, revised or amended;
``effective``: the year the last revision took force, which writers name as well). The year is read where
writers put it: 2023年修订的《……》 before the title, 《……》（2023年修订） after it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from .fixednames import CITED, Title, fixed, forms, key
from .keep import kept

_BEFORE = Lazy(r"(\d{4})\s*年\s*(?:新)?修(?:订|正|改)(?:后)?的?\s*$")
_AFTER = Lazy(r"\s*[（(]\s*(\d{4})\s*年\s*(?:修订|修正|修改)(?:版|本)?\s*[）)]")
LOOK = 12  # characters before a title its revision year is read in


@kept
def misdated_revisions(text: str) -> tuple[tuple[int, int, Title], ...]:
    """(start, end, law) of each revision year in ``text`` that the law cited with it has none of; the
    span is the year (kept: asked of every paragraph)."""
    if "修" not in text or "《" not in text:
        return ()
    return tuple(_misdated(text))


def _misdated(text: str) -> Iterator[tuple[int, int, Title]]:
    laws = {t.key: t for t in fixed().titles if t.revised}
    for m in (m for rx in CITED for m in rx.compiled.finditer(text)):
        t = next((laws[k] for k in forms(key(m.group(1))) if k in laws), None)
        if t is None:
            continue
        before = _BEFORE.compiled.search(text, max(0, m.start() - LOOK), m.start())
        after = _AFTER.compiled.match(text, m.end())
        for got in (g for g in (before, after) if g is not None):
            year = int(got[1])
            if year not in t.revised and year != t.effective:
                yield got.start(1), got.end(1), t


__all__ = ["misdated_revisions"]
