"""Output that never fails on a console or file that cannot hold every character (GBK, cp936, GB2312).

A Chinese Windows writes redirected output (``drafter lint 报告.docx > 结果.txt`` in cmd) in the ANSI code
page, cp936 (GBK); an old terminal on UOS or Kylin may run in GB18030 or GBK. drafter's symbols then
become ones GBK has (✓ → √, ✗ → ×, ◐ → ◎ …); any other character GBK lacks falls back alone: its
compatibility form where GBK has that, else ``?``. The JSON formats write ``\\uXXXX`` escapes instead,
which keep the document valid and the text exact.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata
from typing import TextIO

TEXT = "drafter-text"
JSON = "drafter-json"

SYMBOLS = {
    "✓": "√",
    "✔": "√",
    "✗": "×",
    "✘": "×",
    "◐": "◎",
    "▶": "►",
    "›": ">",
    "»": "》",
    "«": "《",
    "−": "－",
    "・": "·",
    "¬": "￢",
    "•": "·",
    "…": "…",
    "⑪": "⑾",
    "⑫": "⑿",
    "⑬": "⒀",
    "⑭": "⒁",
    "⑮": "⒂",
    "⑯": "⒃",
    "⑰": "⒄",
    "⑱": "⒅",
    "⑲": "⒆",
    "⑳": "⒇",
}


def _fallback(ch: str, encoding: str) -> str:
    """What to write for one character ``encoding`` cannot hold."""
    for candidate in (SYMBOLS.get(ch), unicodedata.normalize("NFKC", ch)):
        if candidate and candidate != ch:
            try:
                candidate.encode(encoding)
            except (UnicodeEncodeError, LookupError):
                continue
            return candidate
    return "?"


def _text_errors(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeEncodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(_fallback(ch, err.encoding) for ch in bad), err.end


def _json_errors(err: UnicodeError) -> tuple[str, int]:
    """``\\uXXXX`` (a surrogate pair beyond the BMP): the escapes JSON itself allows inside a string."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out: list[str] = []
    for ch in err.object[err.start : err.end]:
        units = ch.encode("utf-16-be", "surrogatepass")
        out.extend(f"\\u{units[i] << 8 | units[i + 1]:04x}" for i in range(0, len(units), 2))
    return "".join(out), err.end


codecs.register_error(TEXT, _text_errors)
codecs.register_error(JSON, _json_errors)


def safe_streams(errors: str = TEXT) -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` write what their encoding cannot hold as ``errors`` says."""
    for stream in (sys.stdout, sys.stderr):
        _reconfigure(stream, errors)


def json_stdout() -> None:
    """Standard output carries a JSON document (``--format json`` / ``sarif``): escapes, never lookalikes."""
    _reconfigure(sys.stdout, JSON)


def _reconfigure(stream: TextIO | None, errors: str) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors=errors)


def encode_for(stream: TextIO | None, text: str) -> bytes:
    """``text`` as bytes for ``stream``'s encoding (for a write below the text layer), never failing."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return text.encode(encoding, TEXT)
    except LookupError:
        return text.encode("utf-8")
