"""Bounded reads: never more bytes than a limit, never anything but a regular file.

Every reader (and every future one: PDF, HTML, LibreOffice output) takes its
input through these two helpers, so a device (``/dev/zero``), a FIFO, a huge
file or a zip whose headers lie cannot make drafter hang or exhaust memory.

- ``read_bounded(path, limit)``: opens without following into a FIFO's wait
  (``O_NONBLOCK``), refuses what ``fstat`` says is not a regular file, then
  reads at most ``limit + 1`` bytes; getting the extra byte means "too big".
- ``inflate_member(zf, name, limit)``: decompresses a zip member in small
  chunks and stops as soon as the output passes ``limit``, whatever sizes the
  zip's headers declare.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from .errors import ReadError

if TYPE_CHECKING:  # only the annotation: a .txt is linted without zipfile (cold start)
    import zipfile

CHUNK = 64 * 1024
MAX_PARAGRAPHS = 20_000
"""Paragraphs (or non-blank lines) of one report: a long report has a few thousand, checking costs per paragraph."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file; ReadError (Chinese) for anything else."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except ValueError:  # "embedded null byte": a NUL in the name (a draft's ``previous``), no such file
        raise ReadError("文件名中含有空字符（NUL），无法打开；请改正文件名或路径") from None
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReadError("这是一个失效的链接（指向的文件不存在）；请改用原文件") from None
        raise ReadError("文件不存在；请检查路径是否写错") from None
    except PermissionError:
        raise ReadError("没有读取权限；请检查文件权限") from None
    except IsADirectoryError:
        raise ReadError("这是文件夹，不是文件") from None
    except OSError as e:
        if e.errno == 40:  # ELOOP
            raise ReadError("链接循环指向自身，无法读取；请改用原文件") from None
        raise ReadError(f"无法读取文件（{e.strerror or e}）") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise ReadError("这是文件夹，不是文件")
        if not stat.S_ISREG(st.st_mode):
            raise ReadError("这不是普通文件（设备、管道或套接字），无法作为报告读取；请选择 .docx/.txt/.md 文件")
        if st.st_size > limit:
            raise ReadError(f"文件过大（{_mb(st.st_size)}），不像一份报告；请确认选对了文件")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        parts: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - got))
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
    except OSError as e:
        raise ReadError(f"无法读取文件（{e.strerror or e}）") from None
    finally:
        os.close(fd)
    if got > limit:  # the file grew while being read, or lied about its size
        raise ReadError(f"文件超过 {_mb(limit)}，不像一份报告；请确认选对了文件")
    return b"".join(parts)


MAX_CHARS = 1_000_000
"""Characters of one report's text (some 500 pages): reading and checking are linear, this bounds their time."""


def check_text(text: str) -> None:
    """Refuse a decoded text longer than any report, before it is split and checked."""
    if len(text) > MAX_CHARS:
        raise ReadError(
            f"文件有 {len(text)} 个字符，远超一份报告（上限 {MAX_CHARS} 字）；请确认选对了文件，或拆分后再检查"
        )


def check_paragraphs(n: int) -> None:
    """Refuse a text of more paragraphs than any report has, before anything is built from it."""
    if n > MAX_PARAGRAPHS:
        raise ReadError(
            f"文件有 {n} 段（行）文字，远超一份报告（上限 {MAX_PARAGRAPHS} 段）；请确认选对了文件，或拆分后再检查"
        )


class TooLarge(ReadError):
    """A zip member that inflates past its limit."""


def inflate_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A zip member's bytes, inflated ``CHUNK`` at a time, at most ``limit`` of them.

    ``ZipFile.read`` asks zlib for up to 2 GB in one call when a member's
    declared size is small; reading in bounded chunks keeps the peak at the
    limit plus one chunk, and the count here does not trust the headers.
    Raises KeyError for a missing member and TooLarge past the limit; zip and
    zlib errors pass through for the caller to report.
    """
    parts: list[bytes] = []
    got = 0
    with zf.open(name) as f:
        while True:
            chunk = f.read(CHUNK)
            if not chunk:
                break
            got += len(chunk)
            if got > limit:
                raise TooLarge(
                    f"文件中的“{name}”解压后超过 {_mb(limit)}，不像一份报告，已拒绝读取；"
                    "请确认文件来源，或在 Word 中重新另存为 .docx"
                )
            parts.append(chunk)
    return b"".join(parts)


__all__ = [
    "CHUNK",
    "MAX_CHARS",
    "MAX_PARAGRAPHS",
    "TooLarge",
    "check_paragraphs",
    "check_text",
    "inflate_member",
    "read_bounded",
]
