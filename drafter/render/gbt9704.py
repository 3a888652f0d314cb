"""Lay a report out as GB/T 9704-2012《党政机关公文格式》 in a .docx.

python-docx provides the package (parts, relationships, sections, footers);
everything it has no API for — the document grid, East Asian fonts, outline
levels, character-unit indents, the PAGE field — is written as OOXML. Body
paragraphs are built as lxml elements directly, which keeps a 20-page report
close to the cost of python-docx writing the same text unformatted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from io import BytesIO
from itertools import pairwise
from typing import Any

from lxml import etree

from ..model import Block, Document, Meta
from ..readers.errors import ReadError
from ..text import SENTENCE_END, squash, width
from .fonts import FontSet, font_set
from .ooxml import W, el, qn, set_fonts, strip_theme_fonts

# ------------------------------------------------------------ the numbers

TWIPS_PER_MM = 1440 / 25.4
PAGE_W, PAGE_H = 11906, 16838  # A4, 210 × 297 mm
MARGIN_TOP = round(37 * TWIPS_PER_MM)  # 天头 37 mm
MARGIN_BOTTOM = round(35 * TWIPS_PER_MM)
MARGIN_LEFT = round(28 * TWIPS_PER_MM)  # 订口 28 mm
MARGIN_RIGHT = round(26 * TWIPS_PER_MM)
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 版心 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM  # 版心 225 mm
LINES, CHARS = 22, 28
LINE_PITCH = TEXT_H // LINES  # 579 twips ≈ 28.95 pt
BODY_PT, TITLE_PT, PAGE_PT = 16, 22, 14  # 3号, 2号, 4号
CHAR = BODY_PT * 20  # one body character in twips (for apps that ignore *Chars)
# 28 characters of 3号 need 16 pt each but the line has 15.8 pt per character: condense every
# character by a whole number of twips so 28 fit (−5 twips = −0.25 pt). A line grid of 22 lines
# plus this spacing gives 22 × 28 in Word, WPS and LibreOffice alike; a linesAndChars grid with a
# negative charSpace does too in Word, but LibreOffice then sets each character in two grid cells.
CONDENSE = (TEXT_W // CHARS) - BODY_PT * 20
TITLE_LINE = 700  # 35 pt exact: 2号 with air, as offices set it
TITLE_MAX = TEXT_W / (TITLE_PT * 20)  # title characters a line holds (20)
FOOTER_DIST = round((35 - 7) * TWIPS_PER_MM - PAGE_PT * 20 * 1.2)  # number's top 7 mm below the text block
HINT_COLOR = "808080"
# No automatic gap between Chinese and Latin or digits ("2022年", not "2022 年"): as typed, on the grid.
NO_AUTOSPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'

STYLE_NAMES = {
    "GwBody": "公文正文", "GwTitle": "公文标题", "GwH1": "一级标题", "GwH2": "二级标题", "GwH3": "三级标题",
    "GwH4": "四级标题", "GwAddressee": "主送机关", "GwSignature": "发文机关署名", "GwDate": "成文日期",
    "GwDocNumber": "发文字号", "GwNote": "附件说明", "GwImprint": "版记", "GwHint": "填写提示", "GwPage": "页码",
}
_KEEP_STYLES = {"DefaultParagraphFont", "TableNormal", "NoList", "Header", "Footer", "HeaderChar", "FooterChar"}
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class Extras:
    """Optional parts with no place in the draft format (yet): 附件说明, 版记, template hints."""

    attachments: list[str] = field(default_factory=list)
    cc: str = ""  # 抄送机关
    issuer: str = ""  # 印发机关
    issued: str = ""  # 印发日期, e.g. 2024年1月5日
    hints: dict[str, str] = field(default_factory=dict)  # heading text → grey guidance after it


# ------------------------------------------------------------ entry point


def render(doc: Document, *, fonts: str | None = None, extras: Extras | None = None) -> bytes:
    """The report as .docx bytes; bad input is a ReadError with a Chinese message."""
    fs = font_set(fonts or doc.meta.fonts)
    extras = extras or _extras_from(doc.meta)
    _check_text(doc, extras)
    import docx  # lazy: only render/template/import pay for python-docx

    d = docx.Document()
    _styles(d.styles.element, fs)
    _section(d)
    _footers(d, fs)
    body = d.element.body
    sect = body.find(qn("sectPr"))
    for p in _paragraphs(doc, fs, extras):
        sect.addprevious(p)
    _settings(d)
    buf = BytesIO()
    d.save(buf)
    return buf.getvalue()


def _extras_from(meta: Meta) -> Extras:
    """Optional fields if the model grows them (attachments, cc, issuer, issued)."""
    return Extras(
        attachments=list(getattr(meta, "attachments", None) or []), cc=getattr(meta, "cc", None) or "",
        issuer=getattr(meta, "issuer", None) or "", issued=getattr(meta, "issued", None) or "",
    )


def _check_text(doc: Document, extras: Extras) -> None:
    """Characters XML cannot hold would make lxml raise deep inside python-docx: refuse early."""
    m = doc.meta
    fields = {"标题": m.title, "单位": m.unit, "主送机关": m.addressee, "署名": m.signature, "成文日期": m.date,
              "发文字号": m.doc_number, "结束语": m.closing, "抄送": extras.cc, "印发机关": extras.issuer}
    for name, value in fields.items():
        if value and _FORBIDDEN.search(value):
            raise ReadError(f"“{name}”中含有 Word 无法保存的控制字符；请删除后再排版")
    for b in doc.blocks:
        if _FORBIDDEN.search(b.text):
            raise ReadError(f"第 {b.line} 行含有 Word 无法保存的控制字符；请删除后再排版")
    for a in extras.attachments:
        if _FORBIDDEN.search(a):
            raise ReadError("附件说明中含有 Word 无法保存的控制字符；请删除后再排版")


# ------------------------------------------------------------ styles


def _style_xml(fs: FontSet) -> str:
    """Every paragraph style the layout uses, with its fonts, sizes and outline level."""
    body = f'<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>'
    indent = f'<w:ind w:firstLineChars="200" w:firstLine="{2 * CHAR}"/>'
    no_indent = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'

    def rpr(font: str, half: int = BODY_PT * 2, extra: str = "") -> str:
        return (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" '
                f'w:hint="eastAsia"/><w:b w:val="0"/><w:bCs w:val="0"/>{extra}'
                f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>')

    def style(sid: str, ppr: str, run: str, based: str = "Normal", nxt: str = "GwBody") -> str:
        return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}">'
                f'<w:name w:val="{STYLE_NAMES[sid]}"/><w:basedOn w:val="{based}"/><w:next w:val="{nxt}"/>'
                f'<w:qFormat/><w:pPr>{ppr}</w:pPr>{run}</w:style>')

    def heading(sid: str, lvl: int, font: str) -> str:
        # keepNext goes on standalone headings only: run-in ones are body text and
        # a chain of keep-with-next paragraphs longer than a page breaks badly.
        return style(sid, f'{indent}<w:outlineLvl w:val="{lvl}"/>', rpr(font), based="GwBody")

    return "".join([
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:widowControl w:val="0"/>{NO_AUTOSPACE}{body}<w:jc w:val="both"/></w:pPr>{rpr(fs.body)}</w:style>',
        style("GwBody", indent, rpr(fs.body)),
        style("GwTitle", f'<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{TITLE_LINE}" '
                         f'w:lineRule="exact"/>{no_indent}<w:jc w:val="center"/>', rpr(fs.title, TITLE_PT * 2)),
        heading("GwH1", 0, fs.hei), heading("GwH2", 1, fs.kai),
        heading("GwH3", 2, fs.body), heading("GwH4", 3, fs.body),
        style("GwAddressee", f"{no_indent}<w:jc w:val=\"left\"/>", rpr(fs.body)),
        style("GwSignature", f"{no_indent}<w:jc w:val=\"right\"/>", rpr(fs.body)),
        style("GwDate", f"{no_indent}<w:jc w:val=\"right\"/>", rpr(fs.body)),
        style("GwDocNumber", f"{no_indent}<w:jc w:val=\"center\"/>", rpr(fs.body)),
        style("GwNote", f'<w:ind w:leftChars="200" w:left="{2 * CHAR}" w:firstLineChars="0" w:firstLine="0"/>',
              rpr(fs.body)),
        style("GwImprint", f'<w:ind w:leftChars="100" w:left="{CHAR}" w:rightChars="100" w:right="{CHAR}" '
                           'w:firstLineChars="0" w:firstLine="0"/>', rpr(fs.body, PAGE_PT * 2)),
        style("GwHint", indent, rpr(fs.body, extra=f'<w:color w:val="{HINT_COLOR}"/>'), based="GwBody"),
        style("GwPage", '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" '
                        'w:lineRule="auto"/>' + no_indent, rpr(fs.page, PAGE_PT * 2), nxt="GwPage"),
    ])


def _styles(root: Any, fs: FontSet) -> None:
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
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f'<w:pPrDefault><w:pPr>{NO_AUTOSPACE}'
        f'<w:spacing w:before="0" w:after="0" w:line="{LINE_PITCH}" w:lineRule="exact"/>'
        '</w:pPr></w:pPrDefault></w:docDefaults>'
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


# ------------------------------------------------------------ page set-up


def _section(d: Any) -> None:
    from docx.shared import Twips

    s = d.sections[0]
    s.page_width, s.page_height = Twips(PAGE_W), Twips(PAGE_H)
    s.top_margin, s.bottom_margin = Twips(MARGIN_TOP), Twips(MARGIN_BOTTOM)
    s.left_margin, s.right_margin = Twips(MARGIN_LEFT), Twips(MARGIN_RIGHT)
    s.gutter = Twips(0)
    s.header_distance = Twips(round(15 * TWIPS_PER_MM))
    s.footer_distance = Twips(FOOTER_DIST)
    sect = s._sectPr
    for attr in ("rsidR", "rsidRPr", "rsidSect"):
        sect.attrib.pop(qn(attr), None)
    grid = sect.find(qn("docGrid"))
    if grid is None:
        grid = el("docGrid", sect)
    grid.attrib.clear()
    grid.set(qn("type"), "lines")
    grid.set(qn("linePitch"), str(LINE_PITCH))


def _settings(d: Any) -> None:
    d.settings.odd_and_even_pages_header_footer = True


def _footers(d: Any, fs: FontSet) -> None:
    """Page numbers "— N —": odd pages right (one char in), even pages left (one char in)."""
    s = d.sections[0]
    s.even_page_footer.is_linked_to_previous = False
    s.footer.is_linked_to_previous = False
    for ftr, odd in ((s.footer._element, True), (s.even_page_footer._element, False)):
        for c in list(ftr):
            ftr.remove(c)
        side = "right" if odd else "left"
        p = el("p", ftr)
        ppr = el("pPr", p)
        el("pStyle", ppr, val="GwPage")
        el("ind", ppr, **{f"{side}Chars": 100, side: CHAR})
        el("jc", ppr, val=side)
        _run(p, "— ", fs.page)
        rpr = _rpr(fs.page)
        from .ooxml import field_runs

        field_runs(p, "PAGE", "1", rpr)
        _run(p, " —", fs.page)


# ------------------------------------------------------------ paragraphs


def _rpr(font: str, color: str | None = None) -> Any:
    rpr = el("rPr")
    el("rFonts", rpr, ascii=font, hAnsi=font, eastAsia=font, cs=font, hint="eastAsia")
    if color:
        el("color", rpr, val=color)
    return rpr


def _run(p: Any, text: str, font: str, color: str | None = None) -> None:
    r = el("r", p)
    r.append(_rpr(font, color))
    t = el("t", r)
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")


def _para(style: str, runs: list[tuple[str, str]], *, color: str | None = None, keep: bool = False,
          ind: dict[str, int] | None = None) -> Any:
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
            _run(p, text, font, color)
    return p


def _blank() -> Any:
    return _para("GwBody", [])


def _paragraphs(doc: Document, fs: FontSet, extras: Extras) -> list[Any]:
    m = doc.meta
    out: list[Any] = []
    if m.doc_number:
        out += [_para("GwDocNumber", [(m.doc_number, fs.body)]), _blank()]
    out.append(_title(_title_text(doc), m.unit, fs))
    out.append(_blank())
    if m.addressee:
        out.append(_para("GwAddressee", [(m.addressee.rstrip("：:") + "：", fs.body)]))
    out += _body(doc, fs, extras)
    closing = _closing(doc)
    if closing:
        out.append(_para("GwBody", [(closing, fs.body)]))
    if extras.attachments:
        out.append(_blank())
        out += _attachments(extras.attachments, fs)
    out += _signature(m.signature or "", m.date or "", fs)
    out += _imprint(extras, fs)
    return out


def _title_text(doc: Document) -> str:
    if doc.meta.title:
        return doc.meta.title
    from . import templates

    return templates.render("title.j2", unit=doc.meta.unit or "", year=doc.meta.year)


def _closing(doc: Document) -> str:
    if doc.meta.closing is not None:
        return doc.meta.closing
    found = next((b.text for b in doc.blocks if b.role == "closing"), None)
    return found if found is not None else "特此报告。"


def _heading_font(level: int, fs: FontSet) -> str:
    return {1: fs.hei, 2: fs.kai}.get(level, fs.body)


def _is_run_in(h: Block, nxt: Block | None) -> bool:
    """A heading closed by a full stop runs into the paragraph after it."""
    if nxt is None or nxt.kind != "paragraph" or nxt.role not in ("body", "opening"):
        return False
    return h.run_in or (bool(h.text) and h.text[-1] in SENTENCE_END)


def _body(doc: Document, fs: FontSet, extras: Extras) -> list[Any]:
    blocks = [b for b in doc.blocks if b.role in ("body", "opening")]
    out: list[Any] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind == "heading":
            level = min(max(b.level, 1), 4)
            style, font = f"GwH{level}", _heading_font(level, fs)
            if _is_run_in(b, nxt) and b.text not in extras.hints:
                assert nxt is not None
                out.append(_para(style, [(b.text, font), (nxt.text, fs.body)]))
                i += 2
                continue
            out.append(_para(style, [(b.text, font)], keep=True))
            hint = extras.hints.get(b.text)
            if hint:
                out.append(_para("GwHint", [(hint, fs.body)], color=HINT_COLOR))
        else:
            out.append(_para("GwBody", [(b.text, fs.body)]))
        i += 1
    return out


# ------------------------------------------------------------ the title


def _cw(s: str) -> float:
    """Width in full-width characters (digits and Latin count half)."""
    return width(s) / 2


def title_lines(title: str, unit: str | None = None, limit: float = TITLE_MAX) -> list[str]:
    """Break a long title into balanced lines at word boundaries (before 关于, after …的, between issuers)."""
    title = title.strip()
    if unit and " " in unit.strip() and squash(title).startswith(squash(unit)):
        title = unit.strip() + squash(title)[len(squash(unit)):]
    if _cw(title) <= limit and " " not in title:
        return [title]
    cuts = _cut_points(title)
    best: tuple[tuple[int, float], list[str]] | None = None
    for combo in _combos(list(cuts), 3):
        lines = _split(title, combo)
        if any(_cw(x) > limit for x in lines) or not all(lines):
            continue
        widths = [_cw(x) for x in lines]
        score = (len(lines), max(widths) - min(widths) + sum(cuts[c] for c in combo))
        if best is None or score < best[0]:
            best = (score, lines)
    if best is not None:
        return best[1]
    return _even_split(title.replace(" ", ""), limit)


def _cut_points(title: str) -> dict[int, float]:
    """Break positions and their cost: between issuers and before 关于 are natural, others less so."""
    at = title.find("关于")
    cuts: dict[int, float] = {i: 0.0 for i, c in enumerate(title) if c == " "}
    if at > 0:
        for i in range(at, len(title) - 2):
            if title[i:i + 2] in ("年度", "建设"):
                cuts[i + 2] = 12.0
        for i, c in enumerate(title):
            if c == "的" and at < i < len(title) - 1:
                cuts[i + 1] = 8.0
        cuts[at] = 0.0
    return dict(sorted(cuts.items()))


def _combos(cuts: list[int], most: int) -> list[tuple[int, ...]]:
    from itertools import combinations

    return [c for k in range(1, most + 1) for c in combinations(cuts, k)]


def _split(title: str, cuts: tuple[int, ...]) -> list[str]:
    bounds = [0, *cuts, len(title)]
    return [title[a:b].strip() for a, b in pairwise(bounds)]


def _even_split(title: str, limit: float) -> list[str]:
    n = int(-(-_cw(title) // limit))
    target = _cw(title) / n
    lines: list[str] = []
    cur = ""
    for ch in title:
        if cur and _cw(cur + ch) > target + 0.5 and len(lines) < n - 1:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur]


def _title(title: str, unit: str | None, fs: FontSet) -> Any:
    """One centred paragraph, lines separated by soft breaks (so readers see one title)."""
    p = _para("GwTitle", [])
    for i, line in enumerate(title_lines(title, unit)):
        if i:
            r = el("r", p)
            r.append(_rpr(fs.title))
            el("br", r)
        _run(p, line, fs.title)
    return p


# ------------------------------------------------------------ closing matter


def _signature(sig: str, date: str, fs: FontSet) -> list[Any]:
    """No-seal rule: signature 右空二字 one line below; date's first char two right of the signature's."""
    if not sig and not date:
        return []
    ws, wd = _cw(sig), _cw(date)
    date_right = max(2.0, ws - wd) if sig else 2.0
    sig_right = date_right + wd + 2 - ws
    out = [_blank()]
    if sig:
        out.append(_para("GwSignature", [(sig, fs.body)], ind=_right(sig_right)))
    if date:
        out.append(_para("GwDate", [(date, fs.body)], ind=_right(date_right)))
    return out


def _right(chars: float) -> dict[str, int]:
    return {"rightChars": round(chars * 100), "right": round(chars * CHAR), "firstLineChars": 0, "firstLine": 0}


def _attachments(items: list[str], fs: FontSet) -> list[Any]:
    """附件说明: 左空二字 "附件：1.××"; further items aligned under the first number."""
    if len(items) == 1:
        return [_para("GwNote", [(f"附件：{items[0]}", fs.body)])]
    out = [_para("GwNote", [(f"附件：1.{items[0]}", fs.body)])]
    for n, item in enumerate(items[1:], start=2):
        out.append(_para("GwNote", [(f"{n}.{item}", fs.body)], ind={"leftChars": 500, "left": 5 * CHAR}))
    return out


def _imprint(extras: Extras, fs: FontSet) -> list[Any]:
    """版记 between rules, framed to the bottom of the last page."""
    lines: list[tuple[str, bool]] = []
    if extras.cc:
        lines.append((f"抄送：{extras.cc.rstrip('。')}。", False))
    if extras.issuer or extras.issued:
        issued = f"{extras.issued}印发" if extras.issued else ""
        lines.append((f"{extras.issuer}\t{issued}", True))
    out: list[Any] = []
    for i, (text, tabbed) in enumerate(lines):
        p = el("p")
        ppr = el("pPr", p)
        el("pStyle", ppr, val="GwImprint")
        el("framePr", ppr, w=TEXT_W, wrap="around", vAnchor="margin", hAnchor="margin", xAlign="center",
           yAlign="bottom")
        bdr = el("pBdr", ppr)
        if i == 0:
            el("top", bdr, val="single", sz=8, space=1, color="000000")
        el("bottom", bdr, val="single", sz=8 if i == len(lines) - 1 else 4, space=1, color="000000")
        if tabbed:
            tabs = el("tabs", ppr)
            el("tab", tabs, val="right", pos=TEXT_W - 2 * CHAR)
        _order_ppr(ppr)
        head, _, tail = text.partition("\t")
        _run(p, head, fs.body)
        if tabbed:
            r = el("r", p)
            r.append(_rpr(fs.body))
            el("tab", r)
            _run(p, tail, fs.body)
        out.append(p)
    return out


def _order_ppr(ppr: Any) -> None:
    from .ooxml import PPR_ORDER

    kids = sorted(ppr, key=lambda c: PPR_ORDER.index(etree.QName(c).localname))
    for c in kids:
        ppr.append(c)
