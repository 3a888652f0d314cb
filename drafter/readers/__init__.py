"""Readers: a file's bytes → the one document model, whatever its format."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..model import Document
from .errors import ReadError

SUFFIXES = (".docx", ".txt", ".md", ".markdown", ".doc", ".wps", ".rtf", ".odt", ".pdf", ".html", ".htm", ".ofd")
MAX_BYTES = 20 * 1024 * 1024  # a report is a few hundred KB; refuse what cannot be one

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<meta|<!--)", re.I)


def sniff(data: bytes, suffix: str) -> str:
    """Format from the bytes themselves; the extension only breaks ties."""
    if data.startswith(_OLE):
        from .encrypted import MESSAGE, is_encrypted_ooxml

        if is_encrypted_ooxml(data):
            raise ReadError(MESSAGE)
        return "convert"  # .doc, .wps: through LibreOffice
    if data.startswith(b"{\\rtf"):
        return "convert"  # .rtf: through LibreOffice
    if data.startswith(_ZIP):
        if data[30:38] == b"mimetype" and b"opendocument.text" in data[38:100]:
            return "convert"
        from .ofd import is_ofd

        return "ofd" if is_ofd(data, suffix) else "docx"
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf")):
        raise ReadError("不是报告文件（.docx/.txt/.md）；请另存为 .docx 后再检查")
    if suffix in (".html", ".htm") or (
        suffix not in (".md", ".markdown") and _HTML.match(data[:512].lstrip(b"\xef\xbb\xbf"))
    ):
        return "html"
    if suffix in _BINARY:  # plain text under a binary format's name: damaged, or renamed by hand
        raise ReadError(f"文件内容不是 {suffix} 格式（文件已损坏，或扩展名被改过）；请重新另存为 .docx 后再检查")
    return "md" if suffix in (".md", ".markdown") else "txt"


_BINARY = (".docx", ".doc", ".wps", ".odt", ".pdf", ".ofd")


def read_bytes(data: bytes, path: str = "", suffix: str = ".txt") -> Document:
    from .script import in_simplified

    return in_simplified(_read_bytes(data, path, suffix))


def _read_bytes(data: bytes, path: str = "", suffix: str = ".txt") -> Document:
    if not data or data.isspace():
        raise ReadError("文件是空的；请确认选对了文件")
    kind = sniff(data, suffix)
    if kind == "convert":
        from .convert import convert_one

        data, kind = convert_one(data, suffix), "docx"
    if kind == "pdf":
        from . import pdf

        return pdf.read(data, path)
    if kind == "ofd":
        from . import ofd

        return ofd.read(data, path)
    if kind == "html":
        from . import html

        return html.read(data, path)
    if kind == "docx":
        from . import docx

        return docx.read(data, path)
    if kind == "md":
        from . import markdown

        return markdown.read(data, path)
    from . import txt

    return txt.read(data, path)


def read_path(path: str | os.PathLike[str]) -> Document:
    """Read one report file; every failure is a ReadError with a Chinese message.

    At most ``MAX_BYTES`` + 1 bytes are read, and only from a regular file
    (never a device, FIFO or socket): ``limits.read_bounded``.
    """
    from .limits import read_bounded

    data = read_bounded(path, MAX_BYTES)
    return read_bytes(data, str(path), Path(path).suffix.lower())


__all__ = ["SUFFIXES", "Document", "ReadError", "read_bytes", "read_path"]
