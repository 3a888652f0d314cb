"""The file-picker rules: every path a writer types in the app goes through ``pick``.

With a root (``drafter serve`` always has one: the folder it was started in,
or ``--root``; the terminal app when given ``--root``), a typed path is
resolved against the root — relative paths, ``~``, ``..`` and symbolic links
all resolved first — and must lie inside it. Without a root (the terminal app
by default: its user already has the shell) paths are taken as typed. Either
way reading goes through the bounded reader (regular files only), and writing
through ``atomic_write`` (never overwriting without asking).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..readers.errors import ReadError


def unquote(raw: str) -> str:
    """A path as pasted: file managers and “复制为路径” wrap it in quotes."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        raw = raw[1:-1].strip()
    return raw


def pick(raw: str, root: Path | None) -> Path:
    """The path a writer typed, confined to ``root`` when there is one."""
    text = unquote(raw)
    if root is None:
        return Path(text).expanduser()
    base = root.resolve()
    p = Path(text)
    if text.startswith("~"):
        p = p.expanduser()
    full = p if p.is_absolute() else base / p
    real = Path(os.path.realpath(full))  # links and .. resolved, even for a file not yet made
    if real != base and not real.is_relative_to(base):
        raise ReadError(
            f"只能使用文件夹 {base} 中的文件；“{text}”在它之外。请把文件放进这个文件夹，或换一个文件夹重新启动程序"
        )
    return real


def inside(path: Path, root: Path | None) -> bool:
    """Whether ``path`` (already on disk) may be offered under ``root``."""
    if root is None:
        return True
    try:
        return Path(os.path.realpath(path)).is_relative_to(root.resolve())
    except OSError:
        return False


def root_of(app: object) -> Path | None:
    """The root the app was started with (None: not confined)."""
    launch = getattr(app, "launch", None)
    root = getattr(launch, "root", None)
    return root if isinstance(root, Path) else None


def current_root() -> Path | None:
    """The running app's root (``--root``, serve) while a screen is being made."""
    from textual._context import NoActiveAppError, active_app

    try:
        return root_of(active_app.get())
    except (LookupError, NoActiveAppError):
        return None
