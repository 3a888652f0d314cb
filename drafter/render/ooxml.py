"""Raw WordprocessingML helpers for what python-docx has no API for.

Elements are built with lxml directly: it is several times faster than going
through python-docx's proxy objects, which matters for a 20-page report.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
THEME_ATTRS = ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme")

# Order of children inside w:pPr and w:rPr mandated by the schema (subset used here).
# CT_SectPr child order (ECMA-376 Part 1, 17.6.17): Word refuses a section whose children are out of order
SECT_ORDER = (
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)

PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)


def qn(tag: str) -> str:
    """'w:p' or 'p' → Clark notation in the w namespace."""
    return _W + tag.split(":", 1)[-1]


def el(tag: str, parent: Any = None, **attrs: str | int) -> Any:
    """A w: element with w: attributes, appended to ``parent`` when given."""
    a = {qn(k): str(v) for k, v in attrs.items()}
    if parent is None:
        return etree.Element(qn(tag), a, nsmap={"w": W})
    return etree.SubElement(parent, qn(tag), a)


def child(parent: Any, tag: str, order: tuple[str, ...]) -> Any:
    """The child ``tag`` of ``parent``, created in schema order if absent."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    new = etree.Element(qn(tag))
    rank = order.index(tag) if tag in order else len(order)
    for i, c in enumerate(parent):
        name = etree.QName(c).localname
        if name in order and order.index(name) > rank:
            parent.insert(i, new)
            return new
    parent.append(new)
    return new


def set_attrs(node: Any, **attrs: str | int) -> Any:
    for k, v in attrs.items():
        node.set(qn(k), str(v))
    return node


def rfonts(font: str) -> dict[str, str]:
    """Attributes of a w:rFonts that puts ``font`` in every slot, East Asian included."""
    return {qn("ascii"): font, qn("hAnsi"): font, qn("eastAsia"): font, qn("cs"): font}


def set_fonts(rpr: Any, font: str) -> None:
    """Explicit fonts in every slot; theme attributes removed (they would win)."""
    f = child(rpr, "rFonts", RPR_ORDER)
    for a in THEME_ATTRS:
        f.attrib.pop(qn(a), None)
    for k, v in rfonts(font).items():
        f.set(k, v)
    f.set(qn("hint"), "eastAsia")


def strip_theme_fonts(root: Any) -> None:
    """Drop theme-font attributes everywhere under ``root`` (styles, docDefaults)."""
    for f in root.iter(qn("rFonts")):
        for a in THEME_ATTRS:
            f.attrib.pop(qn(a), None)


def set_size(rpr: Any, half_points: int) -> None:
    child(rpr, "sz", RPR_ORDER).set(qn("val"), str(half_points))
    child(rpr, "szCs", RPR_ORDER).set(qn("val"), str(half_points))


def field_runs(parent: Any, instr: str, shown: str, rpr: Any) -> None:
    """A complex field (e.g. PAGE) as begin / instrText / separate / result / end runs."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        r = el("r", parent)
        r.append(_copy(rpr))
        if kind == "instr":
            t = el("instrText", r)
            t.text = f" {instr} "
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif kind == "result":
            el("t", r).text = shown
        else:
            el("fldChar", r, fldCharType=kind)


def _copy(node: Any) -> Any:
    return etree.fromstring(etree.tostring(node))
