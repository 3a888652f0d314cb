"""Where the shipped data folders (checklists/, templates/) live.

In a wheel they are installed as ``drafter/_data/<name>``; in a source checkout
(or an editable install) they are the top-level folders beside the package.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .userdirs import cache_dir

T = TypeVar("T")

_PKG = Path(__file__).resolve().parent
_READ: dict[tuple[str, int, int], dict[str, Any]] = {}  # this run's data files, by path, size and time


def data_dir(name: str) -> Path:
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    return _PKG.parent / name


def read_toml(path: Path, *, fresh: bool = False) -> dict[str, Any]:
    """``tomllib.loads`` of a data file read each run (``units.toml``, ``words.toml``), kept as JSON
    under the user's cache folder: a cold ``drafter lint`` then neither imports ``tomllib`` nor parses.

    The kept copy is used only when it names this file with its size and modification time (so an
    edited file is parsed again) and its data has the checksum written with it (an edited or torn
    copy is parsed again); it is written atomically and ignored when unreadable. ``fresh`` parses
    the file whatever is kept and rewrites the copy (``checked``: a kept copy that fails the caller's
    validation). A file that does not parse raises as ``tomllib`` does (``ValueError``), or
    ``OSError`` when unreadable. ``DRAFTER_NO_CACHE=1`` turns the copy off.

    Within a run the data of a file is read once (``_READ``, by the same stamp): some twenty loaders
    read ``words.toml`` and ``names.toml``, each for its own lists. Callers share what is returned and
    build their own values from it, never changing it.
    """
    st = path.stat()
    where = str(path.resolve())
    stamp = [where, st.st_size, st.st_mtime_ns]
    key = (where, st.st_size, st.st_mtime_ns)
    if not fresh and (known := _READ.get(key)) is not None:
        return known
    kept = _kept(path)
    if kept is not None and not fresh:
        got = _from_kept(kept, stamp)
        if got is not None:
            _READ[key] = got
            return got
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    _READ[key] = data
    if kept is not None:
        with contextlib.suppress(OSError, ValueError, TypeError):  # TypeError: a TOML date is not JSON
            body = json.dumps(data, ensure_ascii=False)
            head = json.dumps({"stamp": stamp, "sum": zlib.crc32(body.encode("utf-8"))}, ensure_ascii=False)
            kept.parent.mkdir(parents=True, exist_ok=True)
            tmp = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
            try:
                tmp.write_text(f"{head}\n{body}", encoding="utf-8")
                os.replace(tmp, kept)  # on Windows this fails while another run reads the file
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
    return data


def _from_kept(kept: Path, stamp: list[Any]) -> dict[str, Any] | None:
    """The kept data if it is this file's (same stamp) and whole (same checksum), else None."""
    with contextlib.suppress(OSError, ValueError):
        head, _, body = kept.read_bytes().partition(b"\n")
        meta = json.loads(head)
        if isinstance(meta, dict) and meta.get("stamp") == stamp and meta.get("sum") == zlib.crc32(body):
            got = json.loads(body)
            if isinstance(got, dict):
                return got
    return None


def checked(load: Callable[[bool], T]) -> T:
    """``load(False)``: build something from data files read with ``read_toml`` (kept copies used) and
    validate it. When that fails in any way, a kept copy may be wrong (edited, left by another version):
    ``load(True)`` parses every file afresh and rewrites its copy; what fails then is the files' own fault
    and raises. (Any ``Exception``: this layer knows none of the loaders' own error types.)"""
    try:
        return load(False)
    except Exception:  # retried once from the TOML, which raises what is really wrong
        return load(True)


def _kept(path: Path) -> Path | None:
    """Where the parsed copy of ``path`` is kept (one file per path: a stale copy is overwritten)."""
    base = cache_dir()
    if base is None:
        return None
    name = f"{path.stem}-{zlib.crc32(os.fsencode(str(path.resolve()))):08x}.json"
    return base / "toml" / name
