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
