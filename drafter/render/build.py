"""Small builders of WordprocessingML paragraphs and runs shared by the parts of the layout."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..text import width
from .ooxml import PPR_ORDER, el
from .units import CHAR

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def cw(s: str) -> float:
    """Width in full-width characters (digits and Latin count half)."""
    return width(s) / 2


def rpr(font: str, color: str | None = None, half: int | None = None) -> Any:
    r = el("rPr")
    el("rFonts", r, ascii=font, hAnsi=font, eastAsia=font, cs=font, hint="eastAsia")
    if color:
        el("color", r, val=color)
    if half:
        el("sz", r, val=half)
        el("szCs", r, val=half)
    return r


# A number as one piece: 96.7%, 1,200, 2025 (LibreOffice breaks Chinese text between any two characters,
# digits included, unless they are marked as Latin text: "96./7%" at a line end).
_NUMBER = re.compile(r"\d+(?:[.,．]\d+)*[%％‰]?")
# Numbers kept whole in one document, at most (a report has hundreds): each is a run of its own, and a
# text of numbers only would otherwise make the document, its memory and its save many times its size.
NUMBER_RUNS = 5000


def numbers_in(text: str) -> int:
    """How many runs of their own ``run(..., numbers=True)`` would give ``text``'s numbers."""
    return sum(1 for _ in _NUMBER.finditer(text))


def run(
    p: Any, text: str, font: str, color: str | None = None, half: int | None = None, *, numbers: bool = False
) -> Any:
    """A run of ``text`` in ``p`` (returned). With ``numbers`` (the paragraphs of the text), numbers go
    in runs of their own whose language is English (``w:lang``), so a line never breaks inside one
    (Word keeps them whole anyway); the first run is returned."""
    if not numbers:
        return _run(p, text, font, color, half)
    runs = []
    at = 0
    for m in _NUMBER.finditer(text):
        if m.start() > at:
            runs.append(_run(p, text[at : m.start()], font, color, half))
        runs.append(_run(p, m.group(0), font, color, half, number=True))
        at = m.end()
    if at < len(text) or not runs:
        runs.append(_run(p, text[at:], font, color, half))
    return runs[0]


def _run(p: Any, text: str, font: str, color: str | None, half: int | None, *, number: bool = False) -> Any:
    r = el("r", p)
    props = rpr(font, color, half)
    if number:
        el("lang", props, val="en-US", eastAsia="en-US")
    r.append(props)
    t = el("t", r)
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")
    return r


def tab(p: Any, font: str) -> None:
    r = el("r", p)
    r.append(rpr(font))
    el("tab", r)


def para(
    style: str,
    runs: list[tuple[str, str]],
    *,
    color: str | None = None,
    keep: bool = False,
    ind: dict[str, int] | None = None,
    whole: int | None = None,
) -> Any:
    """A paragraph in ``style``; ``runs`` are (text, font); ``ind`` are w:ind attributes; from run
    ``whole`` on (the report's own text, not a heading), numbers are kept whole on a line (``run``)."""
    p = el("p")
    ppr = el("pPr", p)
    el("pStyle", ppr, val=style)
    if keep:
        el("keepNext", ppr)
    if ind:
        el("ind", ppr, **ind)
    for k, (text, font) in enumerate(runs):
        if text:
            run(p, text, font, color, numbers=whole is not None and k >= whole)
    return p


def blank(keep: bool = False) -> Any:
    return para("GwBody", [], keep=keep)


def keep_next(p: Any) -> None:
    """Keep ``p`` on the page of the paragraph after it."""
    ppr = p.find(el("pPr").tag)
    if ppr is None:
        ppr = el("pPr")
        p.insert(0, ppr)
    if ppr.find(el("keepNext").tag) is None:
        el("keepNext", ppr)
        order_ppr(ppr)


def right(chars: float) -> dict[str, int]:
    """w:ind for a right-aligned line ``chars`` characters in from the right edge."""
    return {"rightChars": round(chars * 100), "right": round(chars * CHAR), "firstLineChars": 0, "firstLine": 0}


def hanging(left_chars: float, hang_chars: float, char: int = CHAR) -> dict[str, int]:
    """w:ind whose wrapped lines start ``left_chars`` in, the first line ``hang_chars`` further left."""
    return {
        "leftChars": round(left_chars * 100),
        "left": round(left_chars * char),
        "hangingChars": round(hang_chars * 100),
        "hanging": round(hang_chars * char),
    }


def order_ppr(ppr: Any) -> None:
    """Children of a w:pPr in schema order."""
    kids = sorted(ppr, key=lambda c: PPR_ORDER.index(etree.QName(c).localname))
    for c in kids:
        ppr.append(c)
