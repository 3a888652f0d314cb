"""Plain text: encoding detected from the bytes, lines kept as source locations."""

from __future__ import annotations

import codecs

from ..model import Document
from .errors import ReadError
from .limits import check_paragraphs, check_text
from .rawpara import RawPara
from .structure import build

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> str:
    """Decode by what the bytes are: BOM, then strict UTF-8, then GB18030.

    GB18030 is a superset of GBK and GB2312, so one fallback covers the
    encodings Chinese Windows editors save in. Binary data is refused rather
    than decoded into mojibake.
    """
    head = data[:4096]
    if head.count(0) > len(head) // 20 and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("不是文本文件（含二进制内容）；请另存为 .docx 或 UTF-8 编码的 .txt 后再检查")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise ReadError("无法识别文本编码（既非 UTF-8 也非 GBK/GB18030）；请用记事本另存为 UTF-8 后再检查") from None
    if _mostly_garbage(text):
        raise ReadError("不是可读的文本文件；请另存为 .docx 或 UTF-8 编码的 .txt 后再检查")
    return text


def _mostly_garbage(text: str) -> bool:
    """Random bytes often decode as GB18030: demand mostly common characters."""
    sample = text[:20000]
    if not sample:
        return False
    good = sum(
        1
        for c in sample
        if (c.isascii() and (c.isprintable() or c in "\r\n\t"))
        or "\u4e00" <= c <= "\u9fff"
        or "\u3000" <= c <= "\u303f"
        or "\uff00" <= c <= "\uffef"
        or c in "“”‘’—…·"
    )
    return good < 0.9 * len(sample)


def read_text(text: str, path: str = "") -> Document:
    check_text(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    check_paragraphs(sum(1 for t in lines if t and not t.isspace()))
    paras = [RawPara(t, i + 1, joinable=True) for i, t in enumerate(lines) if t.strip()]
    from ..text import normalise

    return build(paras, path=path, fmt="txt", lines=[normalise(t) for t in lines], source=lines)


def read(data: bytes, path: str = "") -> Document:
    return read_text(decode(data), path)
