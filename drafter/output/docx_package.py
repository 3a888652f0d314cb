"""A received .docx made openable before python-docx opens it (``lint --annotate``).

A package whose relationships name a part it does not hold (a comments part, a thumbnail)
fails in python-docx with a KeyError. Word opens such a file after dropping the dangling
relationship; ``drop_dangling`` does the same on the bytes, and leaves every other byte of
every part as it was. A comments relationship whose part is no comments part (not XML, another
root, another content type, the document itself, a DTD) is dropped too: the new comments then
go to a fresh part, as for a document that had none.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

from ..readers.errors import ReadError
from ..readers.limits import inflate_member

MAX_RELS = 4 * 1024 * 1024  # a relationships part is a few KB; more is not a .docx to annotate
MAX_COMMENTS = 16 * 1024 * 1024  # the comments part, read to see it is one
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_W_COMMENTS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}comments"


def drop_dangling(data: bytes) -> bytes:
    """``data`` (a .docx) without the relationships whose internal target is not in the package."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        usable = _usable_comments(zf, names)
        fixed = {}
        for rels in (n for n in names if n.endswith(".rels")):
            got = _without_dangling(inflate_member(zf, rels, MAX_RELS), rels, names, usable)
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


def _without_dangling(xml: bytes, rels: str, names: set[str], usable: Callable[[str], bool]) -> bytes | None:
    """The relationships part ``rels`` without its dangling entries (and its comments relationships
    to no usable comments part), or None when it has none."""
    try:
        root = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError:
        return None  # python-docx's own error for a broken part stands
    source = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/document.xml.rels → word
    gone = [r for r in root.iter(f"{_PR}Relationship") if _unusable(r, source, names, usable)]
    for r in gone:
        root.remove(r)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if gone else None


def _unusable(r: Any, source: str, names: set[str], usable: Callable[[str], bool]) -> bool:
    """A relationship to a part the package lacks, or of comments to no comments part."""
    comments: bool = r.get("Type") == COMMENTS_REL
    if r.get("TargetMode") == "External":
        return comments
    target = _target(source, r.get("Target") or "")
    return target not in names or (comments and not usable(target))


def _usable_comments(zf: zipfile.ZipFile, names: set[str]) -> Callable[[str], bool]:
    """Whether a part is one python-docx can add comments to: the comments content type, XML
    without a DTD whose root is ``w:comments``, within ``MAX_COMMENTS``."""
    types: dict[str, str] = {}
    defaults: dict[str, str] = {}
    if "[Content_Types].xml" in names:
        try:
            root = etree.fromstring(inflate_member(zf, "[Content_Types].xml", MAX_RELS), _parser())
        except (etree.XMLSyntaxError, ReadError):
            root = None
        for el in root.iter(f"{_CT}Override") if root is not None else ():
            types[(el.get("PartName") or "").lstrip("/")] = el.get("ContentType") or ""
        for el in root.iter(f"{_CT}Default") if root is not None else ():
            defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""

    def usable(name: str) -> bool:
        kind = types.get(name) or defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")
        if kind != COMMENTS_TYPE:
            return False
        try:
            tree = etree.fromstring(inflate_member(zf, name, MAX_COMMENTS), _parser()).getroottree()
        except (etree.XMLSyntaxError, ReadError, ValueError):
            return False
        return tree.docinfo.internalDTD is None and tree.getroot().tag == _W_COMMENTS

    return usable


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _target(source: str, target: str) -> str:
    """The zip name a relationship's ``Target`` points at, from the folder of its source part."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(source, target))
