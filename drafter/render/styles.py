"""The paragraph styles of the layout and the document defaults (fonts, sizes, grid spacing)."""

from __future__ import annotations

from typing import Any

from lxml import etree

from .fonts import FontSet
from .ooxml import W, el, qn, set_fonts, strip_theme_fonts
from .units import BODY_PT, CHAR, CONDENSE, HINT_COLOR, LINE_PITCH, PAGE_PT, SMALL_CHAR, TITLE_LINE, TITLE_PT

# No automatic gap between Chinese and Latin or digits ("2022年", not "2022 年"): as typed, on the grid.
NO_AUTOSPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
STYLE_NAMES = {
    "GwBody": "公文正文",
    "GwTitle": "公文标题",
    "GwH1": "一级标题",
    "GwH2": "二级标题",
    "GwH3": "三级标题",
    "GwH4": "四级标题",
    "GwAddressee": "主送机关",
    "GwSignature": "发文机关署名",
    "GwDate": "成文日期",
    "GwDocNumber": "发文字号",
    "GwNote": "附件说明",
    "GwImprint": "版记",
    "GwHint": "填写提示",
    "GwPage": "页码",
    "GwMark": "发文机关标志",
}
_KEEP_STYLES = {"DefaultParagraphFont", "TableNormal", "NoList", "Header", "Footer", "HeaderChar", "FooterChar"}


def _style_xml(fs: FontSet) -> str:
    """Every paragraph style the layout uses, with its fonts, sizes and outline level."""
    body = f'<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>'
    indent = f'<w:ind w:firstLineChars="200" w:firstLine="{2 * CHAR}"/>'
    no_indent = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'

    def rpr(font: str, half: int = BODY_PT * 2, extra: str = "", spacing: str = "") -> str:
        return (
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" '
            f'w:hint="eastAsia"/><w:b w:val="0"/><w:bCs w:val="0"/>{extra}{spacing}'
            f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
        )

    def style(sid: str, ppr: str, run: str, based: str = "Normal", nxt: str = "GwBody") -> str:
        return (
            f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
            f'<w:name w:val="{STYLE_NAMES[sid]}"/><w:basedOn w:val="{based}"/><w:next w:val="{nxt}"/>'
            f"<w:qFormat/><w:pPr>{ppr}</w:pPr>{run}</w:style>"
        )

    def heading(sid: str, lvl: int, font: str) -> str:
        # keepNext goes on standalone headings only: run-in ones are body text and
        # a chain of keep-with-next paragraphs longer than a page breaks badly.
        return style(sid, f'{indent}<w:outlineLvl w:val="{lvl}"/>', rpr(font), based="GwBody")

    return "".join(
        [
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:widowControl w:val="0"/>{NO_AUTOSPACE}{body}<w:jc w:val="both"/></w:pPr>{rpr(fs.body)}</w:style>',
            style("GwBody", indent, rpr(fs.body)),
            style(
                "GwTitle",
                f'<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{TITLE_LINE}" '
                f'w:lineRule="exact"/>{no_indent}<w:jc w:val="center"/>',
                rpr(fs.title, TITLE_PT * 2),
            ),
            heading("GwH1", 0, fs.hei),
            heading("GwH2", 1, fs.kai),
            heading("GwH3", 2, fs.body),
            heading("GwH4", 3, fs.body),
            style("GwAddressee", f'{no_indent}<w:jc w:val="left"/>', rpr(fs.body)),
            style("GwSignature", f'{no_indent}<w:jc w:val="right"/>', rpr(fs.body)),
            style("GwDate", f'{no_indent}<w:jc w:val="right"/>', rpr(fs.body)),
            style("GwDocNumber", f'{no_indent}<w:jc w:val="center"/>', rpr(fs.body)),
            style(
                "GwMark",
                f'<w:snapToGrid w:val="0"/>{no_indent}<w:jc w:val="center"/>',
                rpr(fs.title, TITLE_PT * 2, extra='<w:color w:val="FF0000"/>', spacing='<w:spacing w:val="0"/>'),
            ),
            style("GwNote", f'<w:ind w:leftChars="200" w:left="{2 * CHAR}"/>', rpr(fs.body)),
            style(
                "GwImprint",
                f'<w:ind w:leftChars="100" w:left="{SMALL_CHAR}" w:rightChars="100" w:right="{SMALL_CHAR}"/>'
                '<w:jc w:val="left"/>',
                rpr(fs.body, PAGE_PT * 2, spacing='<w:spacing w:val="0"/>'),
            ),
            style("GwHint", indent, rpr(fs.body, extra=f'<w:color w:val="{HINT_COLOR}"/>'), based="GwBody"),
            style(
                "GwPage",
                '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" '
                'w:lineRule="auto"/>' + no_indent,
                rpr(fs.page, PAGE_PT * 2),
                nxt="GwPage",
            ),
        ]
    )


def apply(root: Any, fs: FontSet) -> None:
    """Replace the template's styles with the layout's; East Asian fonts everywhere, no theme fonts."""
    for s in list(root.iterchildren(qn("style"))):
        if s.get(qn("styleId")) not in _KEEP_STYLES:
            root.remove(s)
    defaults = root.find(qn("docDefaults"))
    if defaults is not None:
        root.remove(defaults)
    defaults = etree.fromstring(
        f'<w:docDefaults xmlns:w="{W}"><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{fs.body}" w:hAnsi="{fs.body}" w:eastAsia="{fs.body}" w:cs="{fs.body}"/>'
        f'<w:spacing w:val="{CONDENSE}"/><w:kern w:val="2"/><w:sz w:val="{BODY_PT * 2}"/><w:szCs w:val="{BODY_PT * 2}"/>'
        '<w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f'<w:pPrDefault><w:pPr>{NO_AUTOSPACE}<w:snapToGrid w:val="0"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )
    root.insert(0, defaults)
    new = etree.fromstring(f'<w:styles xmlns:w="{W}">{_style_xml(fs)}</w:styles>')
    for s in list(new):
        root.append(s)
    strip_theme_fonts(root)
    for s in root.iterchildren(qn("style")):
        if s.get(qn("type")) in ("paragraph", "character"):
            rpr = s.find(qn("rPr"))
            if rpr is None:
                rpr = el("rPr", s)
            if rpr.find(qn("rFonts")) is None or rpr.find(qn("rFonts")).get(qn("eastAsia")) is None:
                set_fonts(rpr, fs.body)
    for lang in root.iter(qn("lang")):
        for a in ("val", "eastAsia"):
            if lang.get(qn(a)) is not None:
                lang.set(qn(a), "zh-CN")
