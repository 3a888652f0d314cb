"""The files of a folder that ``lint`` does not read, each with the reason, so none is passed over in silence.

A reviewer's folder holds more than reports: 附件 spreadsheets, scans, zips, Word's lock files,
notes. Each is listed as skipped — in the text output, ``--summary``, the JSON (``skipped``) and
the Excel summary — and counted ("检查了 13 个文件，跳过 3 个"). Skipped files never change
the exit status; a file named on the command line that cannot be read still does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

NOT_REPORTS = ("readme", "index", "changelog", "license", "contributing")
NOT_FOLDERS = ("node_modules", "__pycache__", "site-packages", "venv")
_KINDS = {
    "图片": (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"),
    "表格": (".xlsx", ".xls", ".et", ".csv", ".ods", ".xlsm"),
    "演示文稿": (".pptx", ".ppt", ".dps", ".odp"),
    "压缩包": (".zip", ".rar", ".7z", ".tar", ".gz", ".bz2", ".xz"),
    "音视频": (".mp3", ".mp4", ".wav", ".avi", ".mov", ".wmv", ".m4a"),
}


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def why_not(f: Path, suffixes: tuple[str, ...]) -> str | None:
    """Why a file of a folder is not read as a report (None: it is read)."""
    name = f.name
    if name.startswith("~$"):
        return "Word/WPS 打开文件时生成的临时文件（~$ 开头），不是报告"
    if name.startswith("."):
        return "隐藏文件，未检查"
    suffix = f.suffix.lower()
    if suffix not in suffixes:
        for kind, endings in _KINDS.items():
            if suffix in endings:
                hint = "；请解压后再检查其中的报告" if kind == "压缩包" else ""
                return f"{kind}文件（{suffix}），不是报告{hint}"
        return f"不支持的文件类型（{suffix or '无扩展名'}），未检查；报告请另存为 .docx 后再检查"
    if f.stem.lower() in NOT_REPORTS:
        return "说明文件（README、INDEX 等），不是报告"
    return None


def walk(root: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[Path, str | None]]:
    """Every file under ``root``, sorted, with why it is skipped (None: a report to read).

    A hidden folder or a program's folder (.git, venv, node_modules) is one skipped entry,
    not one for each file inside it. A dangling link or a special file with a report's name
    is a report: reading it says why it cannot be read.
    """
    passed: set[Path] = set()
    for f in sorted(root.rglob("*")):
        rel = f.relative_to(root).parts
        hidden = next((i for i, part in enumerate(rel[:-1]) if part.startswith(".") or part in NOT_FOLDERS), None)
        if hidden is not None:
            folder = root.joinpath(*rel[: hidden + 1])
            if folder not in passed:
                passed.add(folder)
                yield folder, "隐藏文件夹或程序文件夹，其中的文件未检查"
            continue
        if f.is_dir():
            if f.name.startswith(".") or f.name in NOT_FOLDERS:
                passed.add(f)
                yield f, "隐藏文件夹或程序文件夹，其中的文件未检查"
            continue
        yield f, why_not(f, suffixes)
