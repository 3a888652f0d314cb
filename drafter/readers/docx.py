"""Word .docx: the three parts a report's text needs, read with lxml.

Linting needs only ``document.xml``, ``styles.xml`` and ``numbering.xml``;
python-docx's ``Document()`` loads and wraps every part of the package
(settings, theme, fonts, headers …), which alone cost more than reading,
structuring and checking a report together (bench/lint_bench.py). So this
module follows the package relationships itself and walks the XML: paragraphs
in document order (table cells included), the style chain for heading levels
and alignment, numbering for Word-generated heading numbers, and leading
emphasised runs for run-in headings. python-docx stays the writer (render).
The zip is vetted first, so a bomb or a torn file is a ReadError; the XML
parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Document, Frame
from ..text import SENTENCE_END, normalise
from .docx_numbering import Numbering
from .docx_ooxml import (  # the tag names and the parts' readers
    _BROKEN,
    _CONTAINERS,
    _EMPH_FONT,
    BR,
    CR,
    FALLBACK,
    JC,
    NBH,
    OUTLINE,
    PPR,
    PSTYLE,
    RPR,
    RSTYLE,
    TAB,
    TC,
    VAL,
    B,
    P,
    R,
    Styles,
    T,
    _ea_font,
    _int,
    _numpr,
    _on,
    _open,
    _q,
)
from .errors import ReadError
from .limits import check_paragraphs
from .rawpara import RawPara
from .structure import build


def _runs(el: Any) -> Iterator[Any]:
    """The paragraph's own runs, through hyperlinks/insertions, not into text boxes."""
    for child in el.iterchildren():
        tag = child.tag
        if tag == R:
            yield child
        elif tag in _CONTAINERS:
            yield from _runs(child)


def _run_text(r: Any) -> str:
    parts: list[str] = []
    for c in r.iterchildren():
        tag = c.tag
        if tag == T:
            parts.append(c.text or "")
        elif tag == TAB:
            parts.append("\t")
        elif tag in (BR, CR):
            if c.get(_q("type")) not in ("page", "column"):
                parts.append(" ")  # a soft line break: keeps joint issuers in a title apart
        elif tag == NBH:
            parts.append("-")
    return "".join(parts)


class _Reader:
    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self._char_emph: dict[str, bool] = {}

    def para(self, p: Any, line: int) -> tuple[RawPara, str]:
        ppr = p.find(PPR)
        sid = None
        level = None
        jc = None
        num = None
        if ppr is not None:
            ps = ppr.find(PSTYLE)
            sid = ps.get(VAL) if ps is not None else None
            out = _int(ppr.find(OUTLINE))
            if out is not None:
                level = out + 1
            jcel = ppr.find(JC)
            jc = jcel.get(VAL) if jcel is not None else None
            num = _numpr(ppr)
        if level is None:
            level = self.styles.level(sid)
        if level is not None and not 1 <= level <= 4:
            level = None
        if jc is None:
            jc = self.styles.get(sid, "jc")
        if num is None:
            num = self.styles.get(sid, "num")
        texts: list[str] = []
        lead: list[str] = []
        leading = True
        para_bold = bool(self.styles.get(sid, "bold"))
        for r in _runs(p):
            t = _run_text(r)
            if not t:
                continue
            texts.append(t)
            if leading:
                if not para_bold and self._emph(r):
                    lead.append(t)
                elif t.strip():
                    leading = False
        text = "".join(texts)
        number = self.numbering.next(*num) if num is not None and text.strip() else ""
        bold = 0
        if lead and not leading:
            head = "".join(lead).rstrip()
            if head and head[-1] in SENTENCE_END:
                bold = len(normalise(head))
        frame: Frame = (
            "cell" if next(p.iterancestors(TC), None) is not None else "list" if num and num[0] != "0" else ""
        )
        raw = RawPara(text, line, level=level, number=number, bold_prefix=bold, centred=jc == "center", frame=frame)
        return raw, text

    def _emph(self, r: Any) -> bool:
        """Bold, or set in a heading face (黑体/楷体): how run-in headings stand out."""
        rpr = r.find(RPR)
        if rpr is None:
            return False
        b = _on(rpr.find(B))
        if b:
            return True
        font = _ea_font(rpr)
        rs = rpr.find(RSTYLE)
        if rs is not None:
            sid = rs.get(VAL) or ""
            if sid not in self._char_emph:
                sfont = self.styles.get(sid, "font") or ""
                self._char_emph[sid] = bool(self.styles.get(sid, "bold")) or any(f in sfont for f in _EMPH_FONT)
            if b is None and self._char_emph[sid]:
                return True
        return font is not None and any(f in font for f in _EMPH_FONT)


def _paragraphs(body: Any) -> list[Any]:
    """Every w:p in document order, minus the VML fallback copies of text boxes."""
    paras = list(body.iter(P))
    if body.find(".//" + FALLBACK) is None:
        return paras
    skip = {id(p) for fb in body.iter(FALLBACK) for p in fb.iter(P)}
    return [p for p in paras if id(p) not in skip]


def read(data: bytes, path: str = "") -> Document:
    """A .docx file's bytes as the document model."""
    pkg = _open(data)
    try:
        styles = Styles.of(pkg)
        numbering = Numbering(pkg.numbering)
        reader = _Reader(styles, numbering)
        paras: list[RawPara] = []
        lines: list[str] = []
        source: list[str] = []  # each paragraph as typed: quotes are cut from it
        found = _paragraphs(pkg.body)
        check_paragraphs(len(found))  # before each is read: a bomb of tiny paragraphs costs nothing more
        for i, p in enumerate(found, start=1):
            raw, text = reader.para(p, i)
            lines.append(normalise(text))
            source.append(text)
            if text.strip():
                paras.append(raw)
    except ReadError:
        raise
    except Exception:
        raise ReadError(_BROKEN) from None
    if not paras:
        raise ReadError("文档里没有文字；请确认选对了文件，或在 Word 中检查内容后重新保存")
    doc = build(paras, path=path, fmt="docx", lines=lines, source=source)
    if (styles.get(None, "font") or "").strip() == "仿宋":
        doc.meta.fonts = "standard"  # body in plain 仿宋: the drafter "standard" set
    return doc
