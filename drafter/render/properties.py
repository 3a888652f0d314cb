"""What a .docx says about itself: core and app properties, settings, and no python-docx leftovers.

python-docx starts from a template made on a Mac in 2013: creator "python-docx", a thumbnail,
customXml, stylesWithEffects, ``themeFontLang`` ja-JP. A report gets its own title, the issuing
unit as author, now as created/modified, zh-CN everywhere, and none of the rest.
"""

from __future__ import annotations

import datetime
from typing import Any
from xml.sax.saxutils import escape

from .fonts import FontSet, font_table_xml
from .ooxml import qn

_DROP_RELS = ("/thumbnail", "/customXml", "/stylesWithEffects", "/webSettings")
_APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>drafter</Application>"
    "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>16.0000</AppVersion></Properties>"
)


MAX_PROPERTY = 255
"""A core property's length in characters (python-docx refuses more, as Word's property dialog does)."""


def fit(value: str) -> str:
    """``value`` shortened to a core property's length, an ellipsis marking the cut."""
    return value if len(value) <= MAX_PROPERTY else value[: MAX_PROPERTY - 1] + "…"


def apply(d: Any, *, title: str, author: str, fs: FontSet, now: datetime.datetime | None = None) -> None:
    """Set the properties and strip the template's leftovers from the python-docx Document ``d``.

    The page itself keeps the whole title and signature; only the file's properties are shortened (``fit``).
    """
    now = (now or datetime.datetime.now(datetime.UTC)).replace(microsecond=0, tzinfo=None)
    title, author = fit(title), fit(author)
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = now
    cp.language, cp.comments, cp.subject, cp.keywords, cp.category = "zh-CN", "", "", "", ""
    cp.revision = 1
    pkg = d.part.package
    for rels in (pkg.rels, d.part.rels):
        for rid in [k for k, r in rels.items() if r.reltype.endswith(_DROP_RELS)]:
            rels.pop(rid)
        for r in rels.values():
            if r.reltype.endswith("/extended-properties"):
                r.target_part._blob = _APP.format(company=escape(author)).encode("utf-8")
            elif r.reltype.endswith("/fontTable"):
                r.target_part._blob = font_table_xml(fs)
    _settings(d.settings.element)


def _settings(s: Any) -> None:
    """Word 2013+ layout (no 兼容模式), Chinese theme-font language; no rsids, docId or preview picture."""
    for cs in s.iter(qn("compatSetting")):
        if cs.get(qn("name")) == "compatibilityMode":
            cs.set(qn("val"), "15")
    lang = s.find(qn("themeFontLang"))
    if lang is not None:
        lang.attrib.clear()
        lang.set(qn("val"), "zh-CN")
        lang.set(qn("eastAsia"), "zh-CN")
    for tag in ("rsids", "savePreviewPicture", "proofState"):
        node = s.find(qn(tag))
        if node is not None:
            s.remove(node)
    for node in s.findall("{http://schemas.microsoft.com/office/word/2010/wordml}docId"):
        s.remove(node)
