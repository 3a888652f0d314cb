"""版记 (GB/T 9704-2012 7.5): 抄送 and 印发机关/印发日期 between rules, at the foot of an even last page.

When the text ends on an even page with room for it (``paging.estimate``), the 版记 is at that
page's foot, after blank grid lines. Otherwise:

No frame (LibreOffice drops ``framePr`` and its borders): the 版记 is a one-column table as wide as
the 版心, its rules the table's borders (first and last 0.35 mm, between rows 0.25 mm), in a section
of its own that starts on an even page (``w:type evenPage`` — Word, WPS and LibreOffice all insert
the blank page when the text ends on an even one) and is aligned to the bottom of the 版心
(``w:vAlign bottom``). Blank grid lines above it put it there in readers that ignore vAlign. That
section has empty footers: the 版记 page (and a blank page before it) carry no page number. A 1 pt
paragraph ends the document after the table (Word and WPS would add a full line, onto a new page).
"""

from __future__ import annotations

import math
from typing import Any

from .build import cw, hanging, order_ppr, para, run, tab
from .fonts import FontSet
from .ooxml import el
from .units import LINE_PITCH, LINES, RULE_THICK, RULE_THIN, SMALL_CHAR, TEXT_W

SLACK = LINE_PITCH // 2  # twips left free under the 版记
PER_LINE = TEXT_W / SMALL_CHAR - 2  # 4号 characters a 版记 line holds between its one-character margins


def lines(cc: str, issuer: str, issued: str) -> list[tuple[str, str]]:
    """(left, right) texts of the 版记's rows: 抄送, then 印发机关 / 印发日期."""
    out: list[tuple[str, str]] = []
    if cc:
        out.append((f"抄送：{cc.rstrip('。')}。", ""))
    if issuer or issued:
        out.append((issuer, f"{issued}印发" if issued else ""))
    return out


def height(rows: list[tuple[str, str]]) -> int:
    """Grid lines the 版记 takes (抄送 wraps after its colon)."""
    n = 0
    for left, right_text in rows:
        if left.startswith("抄送："):
            rest = cw(left) - 3
            n += max(1, math.ceil(rest / (PER_LINE - 3)))
        else:
            n += 1 if cw(left) + cw(right_text) <= PER_LINE - 1 else 2
    return n


def imprint(cc: str, issuer: str, issued: str, fs: FontSet, used: int = 0) -> list[Any]:
    """Blank grid lines, then the 版记 table; empty when there is no 版记.

    The blank lines fill the page (of which ``used`` grid lines hold text) less half a line (the
    rules take a little height of their own), so the block ends at the foot of the 版心 even where
    ``vAlign`` is ignored (LibreOffice). The last blank is off the grid, or the grid would round it
    up to a whole line again.
    """
    rows = lines(cc, issuer, issued)
    if not rows:
        return []
    out: list[Any] = [para("GwBody", []) for _ in range(max(0, LINES - used - height(rows)))]
    if out:
        ppr = out[-1][0]
        el("snapToGrid", ppr, val=0)
        el("spacing", ppr, before=0, after=0, line=LINE_PITCH - SLACK, lineRule="exact")
    out.append(_table(rows, fs))
    out.append(_after_table())
    return out


def _after_table() -> Any:
    """The paragraph a document must end with after a table: 1 pt, off the grid, within the slack.

    Word and WPS add one when it is missing, a full grid line high, and it falls onto a new page.
    """
    p = para("GwBody", [])
    ppr = p[0]
    el("snapToGrid", ppr, val=0)
    el("spacing", ppr, before=0, after=0, line=20, lineRule="exact")
    r = el("rPr", ppr)
    el("sz", r, val=2)
    el("szCs", r, val=2)
    return p


def _border(parent: Any, side: str, sz: int | None) -> None:
    if sz is None:
        el(side, parent, val="nil")
    else:
        el(side, parent, val="single", sz=sz, space=0, color="000000")


def _table(rows: list[tuple[str, str]], fs: FontSet) -> Any:
    tbl = el("tbl")
    pr = el("tblPr", tbl)
    el("tblW", pr, w=TEXT_W, type="dxa")
    el("tblInd", pr, w=0, type="dxa")
    b = el("tblBorders", pr)
    _border(b, "top", RULE_THICK)
    _border(b, "left", None)
    _border(b, "bottom", RULE_THICK)
    _border(b, "right", None)
    _border(b, "insideH", RULE_THIN)
    _border(b, "insideV", None)
    el("tblLayout", pr, type="fixed")
    mar = el("tblCellMar", pr)
    for side in ("top", "left", "bottom", "right"):
        el(side, mar, w=0, type="dxa")
    grid = el("tblGrid", tbl)
    el("gridCol", grid, w=TEXT_W)
    for i, (left, right_text) in enumerate(rows):
        tr = el("tr", tbl)
        el("cantSplit", el("trPr", tr))
        tc = el("tc", tr)
        el("tcW", el("tcPr", tc), w=TEXT_W, type="dxa")
        keep = i < len(rows) - 1
        if left.startswith("抄送："):  # wrapped lines align after the colon
            p = para("GwImprint", [], keep=keep, ind=hanging(4, 3, SMALL_CHAR))
            run(p, left, fs.body)
        else:  # 印发机关 左空一字, 印发日期 右空一字 on a right tab
            p = para("GwImprint", [], keep=keep)
            ppr = p[0]
            el("tab", el("tabs", ppr), val="right", pos=TEXT_W - SMALL_CHAR)
            order_ppr(ppr)
            run(p, left, fs.body)
            tab(p, fs.body)
            run(p, right_text, fs.body)
        tc.append(p)
    return tbl
