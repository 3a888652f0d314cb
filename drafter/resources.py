"""Where the shipped data folders (checklists/, templates/) live.

In a wheel they are installed as ``drafter/_data/<name>``; in a source checkout
(or an editable install) they are the top-level folders beside the package.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path
from typing import Any

from .userdirs import cache_dir

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    installed = _PKG / "_data" / name
    if installed.is_dir():
        return installed
    return _PKG.parent / name


def read_toml(path: Path) -> dict[str, Any]:
    """``tomllib.loads`` of a data file read each run (``units.toml``, ``words.toml``), kept as JSON
    under the user's cache folder: a cold ``drafter lint`` then neither imports ``tomllib`` nor parses.

    The kept copy is used only when it names this file with its size and modification time (so an
    edited file is parsed again); it is written atomically and ignored when unreadable. A file that
    does not parse raises as ``tomllib`` does (``ValueError``), or ``OSError`` when unreadable.
    ``DRAFTER_NO_CACHE=1`` turns the copy off.
    """
    st = path.stat()
    stamp = [str(path.resolve()), st.st_size, st.st_mtime_ns]
    kept = _kept(path)
    if kept is not None:
        with contextlib.suppress(OSError, ValueError):
            got = json.loads(kept.read_text(encoding="utf-8"))
            if isinstance(got, dict) and got.get("stamp") == stamp and isinstance(got.get("data"), dict):
                return dict(got["data"])
    import tomllib

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if kept is not None:
        with contextlib.suppress(OSError, ValueError, TypeError):  # TypeError: a TOML date is not JSON
            body = json.dumps({"stamp": stamp, "data": data}, ensure_ascii=False)
            kept.parent.mkdir(parents=True, exist_ok=True)
            tmp = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
            try:
                tmp.write_text(body, encoding="utf-8")
                os.replace(tmp, kept)  # on Windows this fails while another run reads the file
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink()
    return data


def _kept(path: Path) -> Path | None:
    """Where the parsed copy of ``path`` is kept (one file per path: a stale copy is overwritten)."""
    base = cache_dir()
    if base is None:
        return None
    name = f"{path.stem}-{zlib.crc32(os.fsencode(str(path.resolve()))):08x}.json"
    return base / "toml" / name
