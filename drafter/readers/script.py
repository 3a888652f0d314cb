"""A report in traditional characters, checked in simplified ones.

A copy from a mirror site or a 繁體 page (青山縣人民政府關於……報告) would match none of the checklists'
simplified cues: every part "missing", every item "not written". Its blocks are read in simplified
characters instead — ``hanzi.simplified`` keeps the length, so every line, column and span a check
finds is the writer's too — while the document's lines stay as written: a finding's quote is cut
from them, and ``Document.as_written`` turns a quote cut from a block back into the writer's words.
"""

from __future__ import annotations

from operator import ne

from ..hanzi import simplified
from ..lazyre import Lazy
from ..model import Document

SHARE = 0.05  # of a report's Chinese characters converted: a simplified report has next to none
_HANZI = Lazy("[\u4e00-\u9fff]")
LEAST = 20  # characters, so a few variant forms in a simplified report (乾坤, 瞭望) change nothing


def in_simplified(doc: Document) -> Document:
    """``doc`` read in simplified characters when it is written in traditional ones; else as it is."""
    if not _traditional(doc):
        return doc
    for b in doc.blocks:
        b.text = simplified(b.text)
        b.number = simplified(b.number)
    return doc


def _traditional(doc: Document) -> bool:
    """Block by block: ``simplified`` keeps each view (a block is converted from it next), never the
    whole report's text, which a folder of hundreds of reports would keep in its cache."""
    changed = hanzi = 0
    for b in doc.blocks:
        changed += sum(map(ne, b.text, simplified(b.text)))
        hanzi += len(_HANZI.findall(b.text))
    return changed >= LEAST and changed >= SHARE * hanzi
