"""Safe writes: never a half-written file, never an overwrite without --force."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from .readers.errors import ReadError

REPLACE_TRIES = 5
NAME_MAX = 255  # bytes in one file name (Linux, macOS, Windows in UTF-16 units: the strictest that matters)


class WriteError(ReadError):
    """An output that cannot be written; ``str()`` is the Chinese message."""


def check_name(target: Path) -> None:
    """Refuse a file name longer than the file system allows, with a line that says so."""
    size = len(os.fsencode(target.name))
    if size > NAME_MAX:
        raise WriteError(
            f"文件名过长（{size} 字节，最多 {NAME_MAX} 字节）：{target.name[:20]}…；请换一个短一些的文件名"
        )


def side_name(name: str, tag: str, room: int = 0) -> str:
    """``.NAME.TAG`` for a file kept beside ``name`` (temporary file, lock), shortened to a digest of the
    name when the whole would pass ``NAME_MAX`` with ``room`` bytes still to add (mkstemp's random part)."""
    whole = f".{name}.{tag}"
    if len(os.fsencode(whole)) + room <= NAME_MAX:
        return whole
    import hashlib  # here: lint imports this module, and hashlib loads OpenSSL

    return f".drafter-{hashlib.sha256(os.fsencode(name)).hexdigest()[:16]}.{tag}"


def atomic_write(path: str | os.PathLike[str], data: bytes | str, *, force: bool = False) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then move it into place.

    Without ``force`` the move is ``os.link`` (fails if the name exists), so
    "does it exist?" and "create it" are one atomic step: two writers racing for
    one name cannot both win. With ``force`` it is ``os.replace``. Either way a
    crash leaves the old file or the new one, never a torn one, and the folder
    is fsynced so the new name itself survives a power cut.
    """
    target = Path(path)
    check_name(target)
    if target.exists() and not force:
        raise WriteError(_exists(target))
    if target.is_dir():
        raise WriteError(f"{target} 是文件夹；请用 -o 指定文件名")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"文件夹 {folder} 不存在；请先创建它或换一个输出位置")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    import tempfile  # here: lint imports this module without writing

    try:
        # the temporary name stays within NAME_MAX, whatever the length of the target's
        fd, tmp = tempfile.mkstemp(prefix=side_name(target.name, "", room=12), suffix=".tmp", dir=folder)
    except OSError:
        raise WriteError(f"无法在 {folder} 中写入（没有写权限或磁盘已满）；请换一个输出位置") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        # a replaced file keeps its permissions; a new one gets the usual rw-r--r-- (FAT, exFAT and SMB
        # mounts may refuse any chmod: the file is written all the same)
        with contextlib.suppress(OSError):
            os.chmod(tmp, target.stat().st_mode & 0o777 if force and target.exists() else 0o644)
        if force:
            replace(tmp, target)
        else:
            link_exclusive(tmp, target)
        fsync_dir(folder)
    except FileExistsError:
        Path(tmp).unlink(missing_ok=True)
        raise WriteError(_exists(target)) from None
    except PermissionError as e:
        Path(tmp).unlink(missing_ok=True)
        held = "；文件可能正在 Word/WPS 中打开，请先关闭它" if target.exists() else ""
        raise WriteError(f"写入 {target} 失败（{e.strerror or e}）{held}") from None
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise WriteError(f"写入 {target} 失败（{e.strerror or e}）") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _exists(target: Path) -> str:
    return f"{target} 已存在；如要覆盖请加 --force，或用 -o 指定另一个文件名"


def replace(tmp: str, target: Path) -> None:
    """``os.replace``, retried a few times on Windows' sharing violations (an antivirus scanner or a search
    indexer holding the file for a moment); a file kept open by Word/WPS still fails, with PermissionError."""
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


def link_exclusive(tmp: str, target: Path) -> None:
    """Give ``tmp`` the name ``target`` only if no file has that name (atomically)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        # no hard links here (FAT, some network shares): claim the name with O_EXCL,
        # then move the full file onto the placeholder (readers see empty or whole)
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        replace(tmp, target)
        return
    os.unlink(tmp)


def fsync_dir(folder: Path) -> None:
    """Make a rename or new name in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def common_folder(paths: Sequence[str], flavour: ModuleType = os.path) -> str:
    """The deepest folder holding all ``paths``; "" when there is none (Windows: files on different
    drives or shares, where ``os.path.commonpath`` raises). ``flavour``: ``ntpath`` to ask as Windows would."""
    try:
        return str(flavour.commonpath(list(paths))) if paths else ""
    except ValueError:
        return ""


def relative_under(path: str, base: str, flavour: ModuleType = os.path) -> str:
    """``path`` relative to ``base`` (a folder holding it, from ``common_folder``). Without one (another drive
    or share) the drive becomes the first folder, ``D:\\2024\\a.docx`` → ``D\\2024\\a.docx``, so copies made
    beside each other from two drives never collide."""
    if base:
        with contextlib.suppress(ValueError):
            return str(flavour.relpath(path, base))
    drive, rest = flavour.splitdrive(path)
    first = "_".join(p for p in drive.replace(":", "").replace("\\", "/").split("/") if p)
    rest = rest.lstrip("\\/")
    return str(flavour.join(first, rest)) if first else rest
