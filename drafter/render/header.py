"""版头: 发文机关标志 (red, or the space pre-printed 红头纸 needs), 发文字号 and 签发人, the red rule.

GB/T 9704-2012 7.2: the 标志's top edge 35 mm below the 版心's; the 发文字号 two lines below the
标志, centred — or, in a 上行文 with a 签发人, 居左空一字 with "签发人：姓名" 居右空一字 on the same
line ("签发人" in 仿宋, the name in 楷体); a red rule as wide as the 版心 4 mm below the 发文字号;
the title two lines below the rule. Without a letterhead the 发文字号 line simply precedes the title.
"""

from __future__ import annotations

from typing import Any

from ..model import Meta
from .build import blank, order_ppr, para, run, tab
from .fonts import FontSet
from .ooxml import el
from .units import CHAR, RED, TEXT_W, TWIPS_PER_MM

MARK_TOP = round(35 * TWIPS_PER_MM)  # 标志 top edge below the 版心 top
RULE_GAP = round(4 * TWIPS_PER_MM)  # red rule below the 发文字号
RULE_SZ = 12  # 1.5 pt
MARK_MAX_PT = 52


def mark_text(meta: Meta) -> str:
    return f"{meta.unit or meta.signature or ''}文件"


def mark_size(text: str) -> int:
    """Font size (pt) of the 标志: as large as fits the 版心 with some air, at most MARK_MAX_PT."""
    fit = int(TEXT_W / 20 * 0.9 / max(len(text), 1))
    return max(22, min(MARK_MAX_PT, fit))


def mark_before(pt: int) -> int:
    """Space before the 标志 so its glyphs' top edge is 35 mm into the 版心.

    The exact line puts its extra 12 pt above the text, and the glyphs' ink starts below the top of
    the text's box, the more so the larger the size (measured through LibreOffice at 26 and 44 pt:
    0.64 mm + 0.019 mm per pt).
    """
    return MARK_TOP - 240 + round(36 + 1.07 * pt)


def header(meta: Meta, fs: FontSet) -> list[Any]:
    """Paragraphs before the title."""
    kind = getattr(meta, "letterhead", "none") or "none"
    number = meta.doc_number or ""
    signer = getattr(meta, "signer", "") or ""
    if kind == "none":
        if not number and not signer:
            return []
        return [_number_line(number, signer, fs, rule=False), blank()]
    text = mark_text(meta)
    pt = mark_size(text)
    line = pt * 20 + 240
    mark = para("GwMark", [(text, fs.title)] if kind == "red" else [])
    ppr = mark.find(el("pPr").tag)
    el("spacing", ppr, before=mark_before(pt), after=0, line=line, lineRule="exact")
    for r in mark.iter(el("r").tag):
        rp = r[0]
        el("sz", rp, val=pt * 2)
        el("szCs", rp, val=pt * 2)
    order_ppr(ppr)
    out = [mark, blank(), blank(), _number_line(number, signer, fs, rule=kind == "red", gap=kind == "paper")]
    out += [blank(), blank()]  # the title two lines below the rule
    return out


def _number_line(number: str, signer: str, fs: FontSet, *, rule: bool, gap: bool = False) -> Any:
    """发文字号 centred, or 居左空一字 with 签发人 居右空一字; optionally the red rule under it."""
    p = para("GwDocNumber", [])
    ppr = p.find(el("pPr").tag)
    if rule:
        bdr = el("pBdr", ppr)
        el("bottom", bdr, val="single", sz=RULE_SZ, space=4, color=RED)
    elif gap:  # pre-printed paper: keep the rule's room so the title lands where it would
        el("spacing", ppr, after=RULE_GAP - 80)
    if signer:
        tabs = el("tabs", ppr)
        el("tab", tabs, val="left", pos=CHAR)
        el("tab", tabs, val="right", pos=TEXT_W - CHAR)
        el("jc", ppr, val="left")
        tab(p, fs.body)
        if number:
            run(p, number, fs.body)
        tab(p, fs.body)
        run(p, "签发人：", fs.body)
        run(p, signer, fs.kai)
    elif number:
        run(p, number, fs.body)
    order_ppr(ppr)
    return p
