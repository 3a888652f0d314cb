"""Lay a report out as GB/T 9704-2012《党政机关公文格式》 in a .docx.

python-docx provides the package (parts, relationships, sections, footers);
everything it has no API for — the document grid, East Asian fonts, outline
levels, character-unit indents, the PAGE field — is written as OOXML. Body
paragraphs are built as lxml elements directly, which keeps a 20-page report
close to the cost of python-docx writing the same text unformatted.

The parts: ``header`` (版头, 发文字号, 签发人), ``title``, the body here, ``closing`` (附件说明,
署名, 成文日期), ``imprint`` (版记: at the foot of the text's last page when ``paging`` finds it even and roomy, else its own even-page section), ``styles``, ``fonts`` (sets and
font table), ``properties`` (core/app properties, settings).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from ..draft import FIELD_LABELS
from ..model import Block, Document, Meta
from ..readers.errors import ReadError
from ..text import SENTENCE_END
from . import closing, header, imprint, paging, properties, styles
from .build import NUMBER_RUNS, blank, numbers_in, order_ppr, para, rpr, run
from .fonts import FontSet, font_set
from .ooxml import SECT_ORDER, child, el, field_runs, qn
from .title import title_lines, title_para
from .units import (
    CHAR,
    CHAR_SPACE,
    FOOTER_DIST,
    HINT_COLOR,
    LINE_PITCH,
    LINES,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_W,
    TWIPS_PER_MM,
)

__all__ = ["Extras", "render", "title_lines", "warnings"]

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Extras:
    """Optional parts beyond the draft's fields: 附件说明, 版记, template hints."""

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
    styles.apply(d.styles.element, fs)
    _section(d)
    _footers(d, fs)
    body = d.element.body
    sect = body.find(qn("sectPr"))
    main, tail = _paragraphs(doc, fs, extras)
    end = paging.estimate(main) if tail else None
    rows = imprint.height(imprint.lines(extras.cc, extras.issuer, extras.issued))
    if end is not None and end.page % 2 == 0 and end.lines + rows + paging.MARGIN <= LINES:
        main += imprint.imprint(extras.cc, extras.issuer, extras.issued, fs, used=end.lines)  # the text's last page
        tail = []
    for p in main:
        sect.addprevious(p)
    if tail:
        _imprint_section(d, main[-1], tail)
    d.settings.odd_and_even_pages_header_footer = True
    title = _title_text(doc)
    properties.apply(d, title=title, author=doc.meta.signature or doc.meta.unit or "", fs=fs)
    buf = BytesIO()
    d.save(buf)
    return buf.getvalue()


def warnings(doc: Document, *, app: bool = False) -> list[str]:
    """What a sent report must have and this one lacks (Chinese, one line each), each setting by the
    label of the app's settings (F2); ``app``: said in the app's terms (its settings screen)."""
    m = doc.meta
    out = []
    for value, name, key in (
        (m.addressee, "主送机关", "addressee"),
        (m.signature, "发文机关署名", "signature"),
        (m.date, "成文日期", "date"),
    ):
        if not (value or "").strip():
            where = f"在设置（F2）中填写{FIELD_LABELS[key]}" if app else f"在草稿设置中填写{FIELD_LABELS[key]}"
            out.append(f"提示：{name}为空，报告中将缺少此项；请{where}")
    for value, name in ((m.title, "标题"), (m.signature or m.unit, "署名")):
        if value and len(value) > properties.MAX_PROPERTY:
            out.append(
                f"提示：{name}超过 {properties.MAX_PROPERTY} 字，文件属性中的{name}已截短（正文不变）；请确认{name}是否写错"
            )
    return out


def _extras_from(meta: Meta) -> Extras:
    return Extras(
        attachments=list(meta.attachments or []), cc=meta.cc or "", issuer=meta.issuer or "", issued=meta.issued or ""
    )


def _check_text(doc: Document, extras: Extras) -> None:
    """Characters XML cannot hold would make lxml raise deep inside python-docx: refuse early."""
    m = doc.meta
    fields = {
        "标题": m.title,
        "单位": m.unit,
        "主送机关": m.addressee,
        "署名": m.signature,
        "成文日期": m.date,
        "发文字号": m.doc_number,
        "签发人": m.signer,
        "结束语": m.closing,
        "抄送": extras.cc,
        "印发机关": extras.issuer,
    }
    for name, value in fields.items():
        if value and _FORBIDDEN.search(value):
            raise ReadError(f"“{name}”中含有 Word 无法保存的控制字符；请删除后再排版")
    for b in doc.blocks:
        if _FORBIDDEN.search(b.text):
            raise ReadError(f"第 {b.line} 行含有 Word 无法保存的控制字符；请删除后再排版")
    for a in extras.attachments:
        if _FORBIDDEN.search(a):
            raise ReadError("附件说明中含有 Word 无法保存的控制字符；请删除后再排版")


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
    # Word's 页面设置 reads "指定行和字符网格, 每行 28 字, 每页 22 行"; paragraphs don't snap to it (units.py).
    grid.set(qn("type"), "linesAndChars")
    grid.set(qn("linePitch"), str(LINE_PITCH))
    grid.set(qn("charSpace"), str(CHAR_SPACE))


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
        run(p, "— ", fs.page)
        field_runs(p, "PAGE", "1", rpr(fs.page))
        run(p, " —", fs.page)


def _imprint_section(d: Any, last: Any, tail: list[Any]) -> None:
    """End the text's section at ``last``; the 版记 follows in an even-page, bottom-aligned section."""
    body = d.element.body
    sect = body.find(qn("sectPr"))
    ppr = last.find(qn("pPr"))
    if ppr is None:
        ppr = el("pPr")
        last.insert(0, ppr)
    ppr.append(copy.deepcopy(sect))
    order_ppr(ppr)
    for p in tail:
        sect.addprevious(p)
    child(sect, "type", SECT_ORDER).set(qn("val"), "evenPage")
    child(sect, "vAlign", SECT_ORDER).set(qn("val"), "bottom")
    for ref in sect.findall(qn("footerReference")):
        sect.remove(ref)
    s = d.sections[-1]
    for ftr in (s.footer, s.even_page_footer):
        ftr.is_linked_to_previous = False  # new, empty footer parts: no page number on these pages
        for p in ftr._element.findall(qn("p")):  # as high as a page number: a grid line would eat the body
            ppr = p.find(qn("pPr"))
            if ppr is not None:
                p.remove(ppr)
            ppr = el("pPr")
            el("pStyle", ppr, val="GwPage")
            p.insert(0, ppr)


# ------------------------------------------------------------ paragraphs


def _paragraphs(doc: Document, fs: FontSet, extras: Extras) -> tuple[list[Any], list[Any]]:
    """(the text's paragraphs, the 版记's section)."""
    m = doc.meta
    out: list[Any] = header.header(m, fs)
    out.append(title_para(_title_text(doc), m.unit, fs))
    out.append(blank())
    if m.addressee:
        out.append(para("GwAddressee", [(m.addressee.rstrip("：:") + "：", fs.body)]))
    body = _body(doc, fs, extras)
    text = _closing(doc)
    if text:
        body.append(para("GwBody", [(text, fs.body)]))  # 特此报告。
    tail = closing.attachments(extras.attachments, fs) + closing.signature(
        m.signature or "", m.date or "", fs, seal=bool(m.seal)
    )
    if tail:
        closing.keep_with_closing(body, 1 if text else 0)
    out += body + tail
    return out, imprint.imprint(extras.cc, extras.issuer, extras.issued, fs)


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
    left = NUMBER_RUNS

    def whole(text: str, first: int) -> int | None:
        """``first`` while the document's budget of whole numbers lasts, then None (numbers stay inline)."""
        nonlocal left
        n = numbers_in(text)
        if n > left:
            left = 0
            return None
        left -= n
        return first

    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind == "heading":
            level = min(max(b.level, 1), 4)
            style, font = f"GwH{level}", _heading_font(level, fs)
            if _is_run_in(b, nxt) and b.text not in extras.hints:
                assert nxt is not None
                out.append(para(style, [(b.text, font), (nxt.text, fs.body)], whole=whole(nxt.text, 1)))
                i += 2
                continue
            out.append(para(style, [(b.text, font)], keep=True))
            hint = extras.hints.get(b.text)
            if hint:
                out.append(para("GwHint", [(hint, fs.body)], color=HINT_COLOR))
        else:
            out.append(para("GwBody", [(b.text, fs.body)], whole=whole(b.text, 0)))
        i += 1
    return out
