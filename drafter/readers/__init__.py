"""Readers: a file's bytes → the one document model, whatever its format."""

from __future__ import annotations

import os
from pathlib import Path

from ..model import Document
from .errors import ReadError

SUFFIXES = (".docx", ".txt", ".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024  # a report is a few hundred KB; refuse what cannot be one

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def sniff(data: bytes, suffix: str) -> str:
    """Format from the bytes themselves; the extension only breaks ties."""
    if data.startswith(_OLE):
        raise ReadError("这是旧版 Word/WPS 文件（.doc/.wps），无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再检查")
    if data.startswith(_ZIP):
        return "docx"
    if data.startswith(b"%PDF"):
        raise ReadError("这是 PDF 文件，无法检查；请用原稿 .docx，或把文字复制到 .txt 后再检查")
    if data.startswith((b"{\\rtf", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf")):
        raise ReadError("不是报告文件（.docx/.txt/.md）；请另存为 .docx 后再检查")
    return "md" if suffix in (".md", ".markdown") else "txt"


def read_bytes(data: bytes, path: str = "", suffix: str = ".txt") -> Document:
    if not data or data.isspace():
        raise ReadError("文件是空的；请确认选对了文件")
    kind = sniff(data, suffix)
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
