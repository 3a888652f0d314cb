"""What copy detection compares: a paragraph normalised (numbers, punctuation and spaces dropped) and
cut into character 5-grams ("shingles"), and which paragraphs of a report can be copies.

Shared by ``previous`` (a report against last year's) and ``originality`` (reports of a folder
against each other), and by ``substance`` (a sentence restating the 规定); see ``originality``
for the thresholds and where they come from.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..lazyre import Lazy
from ..model import Block, Document

K = 5  # shingle length in characters
COPY_SHARE = 0.5  # containment from which a paragraph is a copy
MIN_CHARS = 30  # normalised characters: shorter paragraphs (mostly stock phrases) are not judged

_NUMBER = Lazy(r"[0-9０-９.．%％]+|[〇零一二三四五六七八九十百千万亿两]+")
_NOT_WORD = Lazy(r"[\W_]+")
_BOILERPLATE = Lazy(r"(现将|特将|现就)[^。]{0,20}报告如下|特此报告")


def normalise(text: str) -> str:
    """Numbers and years (Arabic or Chinese numerals) dropped, and punctuation and spaces."""
    return _NOT_WORD.sub("", _NUMBER.sub("#", text))


@lru_cache(maxsize=16384)
def shingles(text: str) -> frozenset[str]:
    """The 5-gram set of a paragraph's normalised text (cached: the app re-checks on every key)."""
    s = normalise(text)
    if len(s) < MIN_CHARS:
        return frozenset()
    return frozenset(s[i : i + K] for i in range(len(s) - K + 1))


def paragraphs(doc: Document) -> list[Block]:
    """Body paragraphs that can be copies: not headings, not the closing, not '现将…报告如下'."""
    return [
        b for b in doc.blocks if b.role == "body" and b.kind == "paragraph" and not _BOILERPLATE.search(b.text[-40:])
    ]


def with_opening(doc: Document) -> list[Block]:
    """``paragraphs`` and, for the comparison with last year, the opening paragraph too.

    An opening that ends in "现将有关情况报告如下：" is judged on what precedes that sentence
    (``_opening_text``): a unit that keeps last year's summary of the year has copied it.
    Across units it stays out: every unit's opening says much the same.
    """
    out = []
    opening = opening_of(doc)
    for b in doc.blocks:
        if b.role != "body" or b.kind != "paragraph":
            continue
        if not _BOILERPLATE.search(b.text[-40:]):
            out.append(b)
        elif b is opening:
            out.append(replace(b, text=_opening_text(b.text)))
    return out


def opening_of(doc: Document) -> Block | None:
    """The first body paragraph when it comes before any heading (the report's opening)."""
    for b in doc.blocks:
        if b.kind == "heading":
            return None
        if b.role == "body" and b.kind == "paragraph":
            return b
    return None


def _opening_text(text: str) -> str:
    """The opening without its "现将…报告如下：" sentence (same offsets: the rest stays put)."""
    m = _BOILERPLATE.search(text)
    return text[: m.start()] if m else text
