"""What render, template and import share: Chinese error lines and output paths."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ..readers.errors import ReadError


def fail(message: str) -> int:
    """One Chinese line on stderr; exit status 2 (input unusable or command misused)."""
    sys.stderr.write(f"drafter: {message}\n")
    return 2


def guarded(body: Callable[[], int]) -> int:
    """Run a command body; every ReadError/WriteError becomes one line and exit 2."""
    try:
        return body()
    except ReadError as e:
        return fail(str(e))


def check_target(out: Path, force: bool, suffixes: tuple[str, ...]) -> None:
    """Fail before any work if the output cannot be what was asked for."""
    from ..fsutil import check_name

    if out.suffix.lower() not in suffixes:
        raise ReadError(f"输出文件 {out} 的扩展名应为 {' 或 '.join(suffixes)}")
    check_name(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():  # as atomic_write says it, but before any work
        raise ReadError(f"文件夹 {folder} 不存在；请先创建它或换一个输出位置")
    if out.exists() and not force:
        raise ReadError(f"{out} 已存在；如要覆盖请加 --force，或用 -o 指定另一个文件名")
