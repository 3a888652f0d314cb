"""The rendered .docx keeps the schema's child order (ECMA-376 sequences).

LibreOffice forgives elements out of order; Word reports "unreadable content"
and WPS may drop the property. This checks every pPr, rPr and sectPr in every
part of a rendered report and a rendered template against the sequence the
schema fixes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from .conftest import ROOT, in_process

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# CT_PPrBase (+ CT_PPr's rPr, sectPr, pPrChange), EG_RPrBase, CT_Style, CT_DocDefaults, CT_SectPr — ECMA-376 Part 1, §17
ORDER = {
    "pPr": [
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
    ],
    "rPr": [
        "ins",
        "del",
        "moveFrom",
        "moveTo",
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
    ],
    "style": [
        "name",
        "aliases",
        "basedOn",
        "next",
        "link",
        "autoRedefine",
        "hidden",
        "uiPriority",
        "semiHidden",
        "unhideWhenUsed",
        "qFormat",
        "locked",
        "personal",
        "personalCompose",
        "personalReply",
        "rsid",
        "pPr",
        "rPr",
        "tblPr",
        "trPr",
        "tcPr",
        "tblStylePr",
    ],
    "docDefaults": ["rPrDefault", "pPrDefault"],
    "tblPr": [
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
    ],
    "tblBorders": ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"],
    "tblCellMar": ["top", "left", "start", "bottom", "right", "end"],
    "tcPr": [
        "cnfStyle",
        "tcW",
        "gridSpan",
        "hMerge",
        "vMerge",
        "tcBorders",
        "shd",
        "noWrap",
        "tcMar",
        "textDirection",
        "tcFitText",
        "vAlign",
        "hideMark",
    ],
    "tbl": ["bookmarkStart", "tblPr", "tblGrid", "tr"],
    "font": ["altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular"],
    "sectPr": [
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
    ],
}


def _out_of_order(path: Path) -> list[str]:
    problems = []
    with zipfile.ZipFile(path) as z:
        for part in z.namelist():
            if not (part.startswith("word/") and part.endswith(".xml")):
                continue
            root = etree.fromstring(z.read(part))
            for tag, order in ORDER.items():
                for el in root.iter(f"{{{W}}}{tag}"):
                    names = [etree.QName(c).localname for c in el if isinstance(c.tag, str)]
                    known = [n for n in names if n in order]
                    if known != sorted(known, key=order.index):
                        problems.append(f"{part} {tag}: {names}")
    return problems


@pytest.mark.parametrize("kind", ["report", "upward", "template"])
def test_properties_in_schema_order(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "x.docx"
    src = ROOT / "examples" / "drafts" / "county_gov_2025.md"
    if kind == "upward":  # 签发人, red 版头, seal, 版记: every element the layout can write
        text = src.read_text(encoding="utf-8").replace(
            "+++\n\n", 'signer = "李明"\nletterhead = "red"\nseal = true\n+++\n\n', 1
        )
        src = tmp_path / "up.md"
        src.write_text(text, encoding="utf-8")
    if kind != "template":
        proc = in_process("render", str(src), "-o", str(out))
    else:
        proc = in_process(
            "template", "--type", "township", "--unit", "柳河镇人民政府", "--year", "2025", "-o", str(out)
        )
    assert proc.returncode == 0, proc.stderr
    assert _out_of_order(out) == []
