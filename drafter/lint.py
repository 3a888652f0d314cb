"""Lint many files: the adapter between paths on disk and the checking engine.

Reads each input (a folder contributes its report files), picks the checklist
(``--checklist``, ``--type``, the draft's own type, or inferred from the unit),
checks, and yields one ``FileReport`` per input — unreadable inputs included,
so every face can list them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import checklists
from .checks import Result, check
from .model import Document
from .readers import SUFFIXES, ReadError, read_path


@dataclass
class FileReport:
    path: str
    doc: Document | None = None
    result: Result | None = None
    unit_type: str | None = None
    inferred: bool = False
    error: str | None = None


def expand(paths: list[str]) -> Iterator[tuple[str, str | None]]:
    """(path, error) for each input; a folder gives its report files, sorted."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if _is_report_file(f, p))
            if not found:
                yield raw, "文件夹中没有 .docx/.txt/.md 报告"
            yield from ((f, None) for f in found)
        elif p.exists() and p.suffix.lower() not in (*SUFFIXES, ".doc", ".wps") and p.suffix:
            yield raw, f"不支持的文件类型 {p.suffix}；请另存为 .docx、.txt 或 .md 后再检查"
        else:
            yield raw, None


_NOT_REPORTS = ("readme", "index", "changelog", "license", "contributing")
_NOT_FOLDERS = ("node_modules", "__pycache__", "site-packages", "venv")


def _is_report_file(f: Path, root: Path) -> bool:
    """Report files in a folder: skip hidden files and folders, Office lock files, virtual
    environments and project notes (README, INDEX). A dangling link, a link loop or a
    special file (FIFO, device) with a report's name is kept, so reading it reports why
    it cannot be read instead of passing over it in silence."""
    if f.suffix.lower() not in (*SUFFIXES, ".doc", ".wps") or f.name.startswith("~$"):
        return False
    if any(part.startswith(".") or part in _NOT_FOLDERS for part in f.relative_to(root).parts):
        return False
    return f.stem.lower() not in _NOT_REPORTS and not f.is_dir()


def lint_paths(paths: list[str], *, unit_type: str | None = None, checklist: str | None = None,
               year: int | None = None) -> Iterator[FileReport]:
    reg = checklists.registry()
    forced = checklists.load(checklist) if checklist else None
    if unit_type and unit_type not in reg.types:
        raise ReadError(f"未知的单位类型“{unit_type}”；可选：{'、'.join(sorted(reg.types))}")
    for path, error in expand(paths):
        if error:
            yield FileReport(path, error=error)
            continue
        try:
            doc = read_path(path)
        except ReadError as e:
            yield FileReport(path, error=str(e))
            continue
        except (MemoryError, RecursionError):
            yield FileReport(path, error="文件结构过于复杂，无法读取；请另存为 .docx 后再检查")
            continue
        yield _check_one(path, doc, reg, forced, unit_type, year)


def _check_one(path: str, doc: Document, reg: checklists.Registry, forced: checklists.Checklist | None,
               unit_type: str | None, year: int | None) -> FileReport:
    inferred = False
    t = unit_type or doc.meta.unit_type
    if t is None:
        t = reg.infer(doc.meta.unit)
        inferred = t is not None
    cl = forced or (reg.types.get(t) if t else None) or checklists.load("base")
    if t and t not in reg.types and forced is None:
        return FileReport(path, error=f"草稿中的单位类型“{t}”未知；可选：{'、'.join(sorted(reg.types))}")
    doc.meta.unit_type = t
    result = check(doc, cl, year=year)
    return FileReport(path, doc, result, t, inferred)


def display_path(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
