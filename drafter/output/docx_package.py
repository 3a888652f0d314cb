"""A received .docx made openable before python-docx opens it (``lint --annotate``).

A package whose relationships name a part it does not hold (a comments part, a thumbnail)
fails in python-docx with a KeyError. Word opens such a file after dropping the dangling
relationship; ``drop_dangling`` does the same on the bytes, and leaves every other byte of
every part as it was.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from ..readers.limits import inflate_member

MAX_RELS = 4 * 1024 * 1024  # a relationships part is a few KB; more is not a .docx to annotate
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def drop_dangling(data: bytes) -> bytes:
    """``data`` (a .docx) without the relationships whose internal target is not in the package."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        fixed = {}
        for rels in (n for n in names if n.endswith(".rels")):
            got = _without_dangling(inflate_member(zf, rels, MAX_RELS), rels, names)
            if got is not None:
                fixed[rels] = got
        if not fixed:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
            for info in zf.infolist():
                body = fixed.get(info.filename)
                new.writestr(info.filename, body if body is not None else zf.read(info.filename))
        return out.getvalue()


def _without_dangling(xml: bytes, rels: str, names: set[str]) -> bytes | None:
    """The relationships part ``rels`` without its dangling entries, or None when it has none."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return None  # python-docx's own error for a broken part stands
    source = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/document.xml.rels → word
    gone = [
        r
        for r in root.iter(f"{_PR}Relationship")
        if r.get("TargetMode") != "External" and _target(source, r.get("Target") or "") not in names
    ]
    for r in gone:
        root.remove(r)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if gone else None


def _target(source: str, target: str) -> str:
    """The zip name a relationship's ``Target`` points at, from the folder of its source part."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(source, target))
