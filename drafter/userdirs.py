"""Where drafter keeps the user's own files: caches and the recent-drafts list.

One place for every platform. ``XDG_CACHE_HOME`` / ``XDG_CONFIG_HOME`` win where set (the tests
give each run its own); otherwise Windows keeps caches under ``%LOCALAPPDATA%`` and settings under
``%APPDATA%`` (a roaming profile takes the settings, not the caches), and Linux (UOS, Kylin) under
``~/.cache`` and ``~/.config``. Standard library only: ``lazyre`` asks before anything else is
imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["cache_dir", "config_dir"]


def _base(xdg: str, windows: str, posix: str) -> Path:
    given = os.environ.get(xdg)
    if given:
        return Path(given)
    if sys.platform == "win32":
        folder = os.environ.get(windows)
        if folder:
            return Path(folder)
    return Path(os.path.expanduser("~")) / posix


def cache_dir() -> Path | None:
    """drafter's cache folder (parsed TOML, compiled patterns, patterns judged safe, checklists); None: caching turned off
    (``DRAFTER_NO_CACHE=1``). Everything in it can be deleted at any time."""
    if os.environ.get("DRAFTER_NO_CACHE"):
        return None
    return _base("XDG_CACHE_HOME", "LOCALAPPDATA", ".cache") / "drafter"


def config_dir() -> Path:
    """drafter's settings folder (the recent drafts list)."""
    return _base("XDG_CONFIG_HOME", "APPDATA", ".config") / "drafter"


def write_cache(target: Path, data: object) -> None:
    """``data`` as JSON into the cache file ``target``, atomically (a reader sees the old file or the
    new one); best effort: a read-only home only costs speed."""
    import json  # here: only a cache miss writes
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass
