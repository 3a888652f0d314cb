"""Small builders of WordprocessingML paragraphs and runs shared by the parts of the layout."""

from __future__ import annotations

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


def run(p: Any, text: str, font: str, color: str | None = None, half: int | None = None) -> Any:
    r = el("r", p)
    r.append(rpr(font, color, half))
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
) -> Any:
    """A paragraph in ``style``; ``runs`` are (text, font); ``ind`` are w:ind attributes."""
    p = el("p")
    ppr = el("pPr", p)
    el("pStyle", ppr, val=style)
    if keep:
        el("keepNext", ppr)
    if ind:
        el("ind", ppr, **ind)
    for text, font in runs:
        if text:
            run(p, text, font, color)
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
