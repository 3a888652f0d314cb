"""Old Word, WPS, RTF and OpenDocument files: converted to .docx by LibreOffice, then read as .docx.

LibreOffice runs headless in a private temporary folder (inputs, outputs and its own
profile, so parallel runs never share one), with a time limit, and several files go
through one ``soffice`` call: starting LibreOffice costs a second or two, converting
a report a fraction of that.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import office
from .errors import ReadError

SUFFIXES = (".doc", ".wps", ".rtf", ".odt")
BATCH = 40  # files per soffice call
START_SECONDS = 60.0  # time limit of one call: LibreOffice's start…
PER_FILE_SECONDS = 15.0  # …plus this much for every file in it
MAX_OUTPUT = 50 * 1024 * 1024
MAX_HEAP = 384 * 1024 * 1024
"""LibreOffice's data segment (RLIMIT_DATA: heap and private mappings, not its shared libraries): converting a
report needs under 250 MB, a deeply nested .rtf grew past 560 MB of memory before. At the limit LibreOffice
fails to load the file (or dies), and that file is reported as unconvertible; peak memory stays under 500 MB."""

MISSING = office.missing() + "；或在 Word/WPS 中“另存为” .docx 后再检查"


def soffice() -> str | None:
    """The LibreOffice program: ``DRAFTER_SOFFICE`` if set (a path), else the first found (``office.soffice``)."""
    return office.soffice()


def convert_one(data: bytes, suffix: str) -> bytes:
    """One file's bytes (.doc/.wps/.rtf/.odt) → .docx bytes; a ReadError if it cannot be done."""
    out = convert([(data, suffix)])[0]
    if isinstance(out, ReadError):
        raise out
    return out


def convert(items: list[tuple[bytes, str]], *, timeout: float | None = None) -> list[bytes | ReadError]:
    """Convert many files, ``BATCH`` at a time; one result per item, in order."""
    results: list[bytes | ReadError | None] = [_implausible(data) for data, _ in items]
    todo = [i for i, r in enumerate(results) if r is None]
    program = soffice()
    for start in range(0, len(todo), BATCH):
        chunk = todo[start : start + BATCH]
        if program is None:
            out: list[bytes | ReadError] = [ReadError(MISSING) for _ in chunk]
        else:
            limit = timeout if timeout is not None else START_SECONDS + PER_FILE_SECONDS * len(chunk)
            out = _batch(program, [items[i] for i in chunk], limit)
        for i, res in zip(chunk, out, strict=True):
            results[i] = res
    return [r if r is not None else ReadError(DAMAGED) for r in results]


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names (UTF-16LE in the OLE directory) of Word, WPS and Works documents.
_STREAMS = tuple(n.encode("utf-16-le") for n in ("WordDocument", "WpsContent", "CONTENTS", "MatOST"))
DAMAGED = "文件已损坏，不是有效的 .doc/.wps/.rtf/.odt 文档；请在 Word/WPS 中打开并“另存为” .docx 后再检查"


def _implausible(data: bytes) -> ReadError | None:
    """An OLE file with no document stream would be imported by LibreOffice as text garbage: refuse it."""
    from .encrypted import MESSAGE, is_encrypted_ooxml

    if data.startswith(_OLE) and is_encrypted_ooxml(data):
        return ReadError(MESSAGE)  # a password-protected .docx saved under an old name
    if data.startswith(_OLE) and not any(s in data for s in _STREAMS):
        return ReadError(DAMAGED)
    return None


def _batch(program: str, items: list[tuple[bytes, str]], limit: float) -> list[bytes | ReadError]:
    import tempfile  # here: lint imports this module for SUFFIXES on every run

    with tempfile.TemporaryDirectory(prefix="drafter-lo-") as tmp:  # mode 0700: private
        root = Path(tmp)
        src, out = root / "in", root / "out"
        src.mkdir()
        out.mkdir()
        names = []
        for i, (data, suffix) in enumerate(items):
            name = f"{i:04d}{suffix.lower() if suffix.lower() in SUFFIXES else '.doc'}"
            (src / name).write_bytes(data)
            names.append(name)
        cmd = office.convert_command(program, root / "profile", "docx:MS Word 2007 XML", out, (src / n for n in names))
        try:
            timed_out, failed = _run(cmd, limit, root)
        except ReadError as e:
            return [e for _ in names]
        missing = [i for i, name in enumerate(names) if not (out / (Path(name).stem + ".docx")).is_file()]
        if failed and not timed_out and len(items) > 1 and missing:
            # LibreOffice died (a file past its memory limit, a crash): the files it did not reach get a call each
            retried = {i: _batch(program, [items[i]], START_SECONDS + PER_FILE_SECONDS)[0] for i in missing}
        else:
            retried = {}
        results: list[bytes | ReadError] = []
        for i, name in enumerate(names):
            produced = out / (Path(name).stem + ".docx")
            if i in retried:
                results.append(retried[i])
            elif produced.is_file() and 0 < produced.stat().st_size <= MAX_OUTPUT:
                results.append(produced.read_bytes())
            elif timed_out:
                results.append(
                    ReadError(f"LibreOffice 转换超时（{limit:.0f} 秒）；请在 Word/WPS 中“另存为” .docx 后再检查")
                )
            else:
                results.append(
                    ReadError(
                        "LibreOffice 无法转换此文件（可能已损坏或加密）；请在 Word/WPS 中打开并“另存为” .docx 后再检查"
                    )
                )
        return results


def _run(cmd: list[str], limit: float, cwd: Path) -> tuple[bool, bool]:
    """Run LibreOffice memory-capped; its whole process tree ends at the time limit (``procs.run_bounded``).

    (timed out, exited with an error or a signal).
    """
    from ..procs import run_bounded

    env = dict(os.environ, HOME=str(cwd))  # nothing of the user's LibreOffice is touched
    try:
        timed_out, status = run_bounded(cmd, cwd=cwd, env=env, timeout=limit, max_memory=MAX_HEAP)
    except OSError:
        raise ReadError(MISSING) from None
    return timed_out, timed_out or status != 0


def read_limited(path: str | os.PathLike[str], limit: int = 20 * 1024 * 1024) -> bytes:
    """A regular file's bytes, refusing one larger than ``limit`` (read at most limit + 1 bytes)."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            if not os.path.isfile(p):
                raise ReadError("不是普通文件；请选择报告文件")
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise ReadError("文件不存在；请检查路径是否写错") from None
    except PermissionError:
        raise ReadError("没有读取权限；请检查文件权限") from None
    except OSError as e:
        raise ReadError(f"无法读取文件（{e.strerror or e}）") from None
    if len(data) > limit:
        raise ReadError(f"文件过大（超过 {limit // (1024 * 1024)} MB），不像一份报告；请确认选对了文件")
    if not data.strip():
        raise ReadError("文件是空的；请确认选对了文件")
    return data
