"""Checklist patterns already judged safe, kept between runs.

Judging a pattern (``patterns.validate``: its parse, its automaton and that automaton's square) costs
about a millisecond, and building the checklists judges some 800: over a second each time a user's
checklist folder changes (the checklists' own cache is keyed by every file of their folders), though
every shipped pattern was judged the same way the time before. So the patterns judged safe are kept
in one file of the cache folder, named by drafter's version, the Python that parsed them and the
judging code itself (any change to one of ``JUDGES`` starts a new file). A refused pattern is judged
again each time: its message comes from the code that runs. The file is believed as the compiled
patterns beside it are (``lazyre``): it is the user's own cache folder. Missing or damaged, it is
empty. ``DRAFTER_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import json
import sys
from pathlib import Path

from .userdirs import cache_dir, write_cache

JUDGES = ("patterns.py", "ambiguity.py", "reach.py", "sre.py")
MAX_KEPT = 20_000  # patterns in the file: a run's own first, then the ones it held
_stamp: str | None = None
_kept: dict[Path, frozenset[str]] = {}
_new: dict[Path, set[str]] = {}


def judged_safe(pattern: str) -> bool:
    """Whether ``pattern`` was judged safe by this code before (False with caching off)."""
    path = kept_file()
    if path is None:
        return False
    if path not in _kept:
        _kept[path] = _read(path)
    return pattern in _kept[path]


def keep(pattern: str) -> None:
    """Note ``pattern`` as judged safe; the file is written when the run ends."""
    path = kept_file()
    if path is None:
        return
    if not _new:
        atexit.register(save)
    _new.setdefault(path, set()).add(pattern)


def kept_file() -> Path | None:
    """The file for this drafter, Python and judging code (None: caching off)."""
    base = cache_dir()
    if base is None:
        return None
    global _stamp
    if _stamp is None:
        from . import __version__

        try:
            from _sha1 import sha1  # type: ignore[import-not-found]  # hashlib loads OpenSSL (checklists._sha1)
        except ImportError:
            from hashlib import sha1
        h = sha1(f"{__version__}|{sys.implementation.cache_tag}|{sys.hexversion:x}".encode())
        try:
            for name in JUDGES:
                h.update((Path(__file__).parent / name).read_bytes())
        except OSError:  # the judging code cannot be read (a zipped install): nothing is kept
            _stamp = ""
        else:
            _stamp = str(h.hexdigest()[:16])
    if not _stamp:
        return None
    return base / f"safe-patterns-{_stamp}.json"


def _read(path: Path) -> frozenset[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(data, list):
        return frozenset()
    return frozenset(p for p in data if isinstance(p, str))


def save() -> None:
    """Write this run's new patterns into their files, after the ones already there (best effort)."""
    for path, new in list(_new.items()):
        fresh = sorted(new - _read(path))
        if not fresh:
            continue
        write_cache(path, (fresh + sorted(_read(path)))[:MAX_KEPT])
    _new.clear()
