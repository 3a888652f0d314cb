"""Make a received .docx fit to hand back: what Word would flag in the copy ``lint --annotate`` writes.

LibreOffice's .docx of a .doc/.wps puts ``w:sectPr`` before other paragraph properties, writes
negative ``charSpace`` as an unsigned 32-bit number and ``w:val="true"`` where the schema's
on/off type wants on/off, keeps font names longer than Word's 31 characters and has no theme
part. python-docx's comments reference the ``CommentText``/``CommentReference`` styles, which
few documents define. All of it is repaired on the python-docx Document before the comments go
in; the text and the paragraphs are left exactly as they were.
"""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from ..render.ooxml import PPR_ORDER, SECT_ORDER, W, qn

MAX_FONT_NAME = 31  # Word's limit (ST_String of w:rFonts/w:font is not bounded, Word's UI is)
INT_MAX = 2**31 - 1
_ONOFF_PARENTS = ("pPr", "rPr", "trPr", "tcPr", "tblPr", "sectPr", "settings")
_FONT_ATTRS = ("ascii", "hAnsi", "eastAsia", "cs")
_THEME_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
_THEME_CT = "application/vnd.openxmlformats-officedocument.theme+xml"
# Word's built-in comment styles (Word shows them as 批注文字 / 批注引用 / 批注主题).
_COMMENT_STYLES = (
    ("paragraph", "CommentText", "annotation text", '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
    ("character", "CommentReference", "annotation reference", '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'),
)


def repair(d: Any) -> None:
    """Repair the python-docx Document ``d`` in place (see the module's docstring)."""
    for part in _xml_parts(d):
        _repair_tree(part)
    _repair_font_table(d)
    comment_styles(d.styles.element)
    _shorten_fonts(d.styles.element)
    _ensure_theme(d)
    unique_comment_ids(d)


def unique_comment_ids(d: Any) -> None:
    """Existing comments with ids that are not distinct numbers from 0 to 2^31-1 ("0" twice, "-1",
    20 digits) renumbered, so every comment added after them gets an id of its own: python-docx
    takes max + 1, and past 2^31-1 the first gap, which such ids make 0 every time. The body's
    marks of a renumbered comment follow it (of two comments "0", the marks stay with the first)."""
    if not _has_comments(d):
        return
    comments = d.comments._comments_elm  # python-docx has no public API for ids
    kept: set[str] = set()
    bad: list[tuple[Any, str]] = []
    for c in comments.findall(qn("w:comment")):
        raw = c.get(qn("w:id")) or ""
        if raw.isdigit() and len(raw) <= 10 and int(raw) <= INT_MAX and str(int(raw)) not in kept:
            kept.add(str(int(raw)))
        else:
            bad.append((c, raw))
    if not bad:
        return
    marks: dict[str, list[Any]] = {}
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        for m in d.element.body.iter(qn(f"w:{tag}")):
            marks.setdefault(m.get(qn("w:id")) or "", []).append(m)
    used = {int(k) for k in kept}
    fresh = (i for i in range(INT_MAX) if i not in used)
    for c, raw in bad:
        new = str(next(fresh))
        c.set(qn("w:id"), new)
        if raw not in kept:  # a duplicate's marks stay with the first comment of that id
            for m in marks.pop(raw, []):
                m.set(qn("w:id"), new)


def _has_comments(d: Any) -> bool:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    return any(r.reltype == RT.COMMENTS for r in d.part.rels.values())


def touch(d: Any, who: str, now: datetime.datetime | None = None) -> None:
    """Core properties of a changed copy: modified now, by ``who``, one revision more."""
    cp = d.core_properties
    cp.modified = (now or datetime.datetime.now(datetime.UTC)).replace(microsecond=0, tzinfo=None)
    cp.last_modified_by = who
    cp.revision = (cp.revision or 0) + 1


def comment_styles(styles: Any) -> None:
    """Define the comment styles python-docx's comments reference, where the document lacks them."""
    have = {s.get(qn("styleId")) for s in styles.iterchildren(qn("style"))}
    for kind, sid, name, rpr in _COMMENT_STYLES:
        if sid in have:
            continue
        based = '<w:basedOn w:val="Normal"/>' if kind == "paragraph" and "Normal" in have else ""
        styles.append(
            etree.fromstring(
                f'<w:style xmlns:w="{W}" w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based}'
                f'<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>{rpr}</w:style>'
            )
        )


# ------------------------------------------------------------ the XML of each part


def _xml_parts(d: Any) -> list[Any]:
    """The root elements of the document, its headers, footers, footnotes and comments."""
    roots = [d.element]
    for rel in d.part.rels.values():
        if rel.is_external:
            continue
        target = rel.target_part
        if rel.reltype.rsplit("/", 1)[-1] in ("header", "footer", "footnotes", "endnotes", "comments"):
            roots.append(target.element if hasattr(target, "element") else None)
    return [r for r in roots if r is not None]


def _repair_font_table(d: Any) -> None:
    """Font names Word accepts in fontTable.xml (a plain part: its bytes are rewritten)."""
    for rel in d.part.rels.values():
        if not rel.is_external and rel.reltype.endswith("/fontTable"):
            part = rel.target_part
            if hasattr(part, "element"):
                _shorten_fonts(part.element)
                return
            root = etree.fromstring(part.blob)
            _shorten_fonts(root)
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _repair_tree(root: Any) -> None:
    for ppr in root.iter(qn("pPr")):
        _order(ppr, PPR_ORDER)
    for sect in root.iter(qn("sectPr")):
        _order(sect, SECT_ORDER)
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        for name, value in node.attrib.items():
            if name.startswith("{" + W + "}") and value.isdigit() and INT_MAX < int(value) < 2**32:
                node.set(name, str(int(value) - 2**32))  # a negative number written unsigned
        val = node.get(qn("val"))
        if val in ("true", "false") and len(node.attrib) == 1 and _parent_name(node) in _ONOFF_PARENTS:
            node.set(qn("val"), "on" if val == "true" else "off")
        if node.tag == qn("rFonts"):
            for a in _FONT_ATTRS:
                v = node.get(qn(a))
                if v and len(v) > MAX_FONT_NAME:
                    node.set(qn(a), v[:MAX_FONT_NAME])


def _parent_name(node: Any) -> str:
    parent = node.getparent()
    return etree.QName(parent).localname if parent is not None else ""


def _order(parent: Any, order: tuple[str, ...]) -> None:
    """Children in the schema's sequence; unknown ones keep their place relative to what precedes them."""
    known = {n: i for i, n in enumerate(order)}
    keys: list[float] = []
    last = -1.0
    for c in parent:
        name = etree.QName(c).localname if isinstance(c.tag, str) else ""
        last = float(known[name]) if name in known and c.tag == qn(name) else last + 0.001
        keys.append(last)
    if keys == sorted(keys):
        return
    kids = [c for _, c in sorted(zip(keys, list(parent), strict=True), key=lambda kc: kc[0])]
    for c in kids:
        parent.append(c)


def _shorten_fonts(root: Any) -> None:
    for f in root.iter(qn("font")):
        name = f.get(qn("name"))
        if name and len(name) > MAX_FONT_NAME:
            f.set(qn("name"), name[:MAX_FONT_NAME])
    for alt in root.iter(qn("altName")):
        v = alt.get(qn("val"))
        if v and len(v) > MAX_FONT_NAME:
            alt.set(qn("val"), v[:MAX_FONT_NAME])
    for f in root.iter(qn("rFonts")):
        for a in _FONT_ATTRS:
            v = f.get(qn(a))
            if v and len(v) > MAX_FONT_NAME:
                f.set(qn(a), v[:MAX_FONT_NAME])


def _ensure_theme(d: Any) -> None:
    """A theme part (Word's Office theme, from python-docx's own template) where there is none."""
    if any(r.reltype == _THEME_RT for r in d.part.rels.values()):
        return
    import docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    template = Path(docx.__file__).parent / "templates" / "default.docx"
    with zipfile.ZipFile(template) as z:
        blob = z.read("word/theme/theme1.xml")
    part = Part(PackURI("/word/theme/theme1.xml"), _THEME_CT, blob, d.part.package)
    d.part.relate_to(part, _THEME_RT)
