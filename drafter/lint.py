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
from .readers import SUFFIXES, ReadError, read_bytes, read_path


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
                yield raw, "文件夹中没有报告文件（.docx .doc .wps .pdf .html .txt .md 等）"
            yield from ((f, None) for f in found)
        elif p.exists() and p.suffix.lower() not in SUFFIXES and p.suffix:
            yield raw, f"不支持的文件类型 {p.suffix}；请另存为 .docx、.txt 或 .md 后再检查"
        else:
            yield raw, None


_NOT_REPORTS = ("readme", "index", "changelog", "license", "contributing")
_NOT_FOLDERS = ("node_modules", "__pycache__", "site-packages", "venv")


def _is_report_file(f: Path, root: Path) -> bool:
    """Report files in a folder: skip hidden files and folders, Office lock files, virtual
    environments and project notes (README, INDEX)."""
    if f.suffix.lower() not in SUFFIXES or f.name.startswith("~$"):
        return False
    if any(part.startswith(".") or part in _NOT_FOLDERS for part in f.relative_to(root).parts):
        return False
    return f.stem.lower() not in _NOT_REPORTS and f.is_file()


def lint_paths(paths: list[str], *, unit_type: str | None = None, checklist: str | None = None,
               year: int | None = None, jobs: int | None = None) -> Iterator[FileReport]:
    """One FileReport per input, in order; many files are read and checked on all cores
    (``jobs`` processes; None: every core), old Word/WPS files converted by LibreOffice in batches."""
    reg, _ = _setup(checklist)  # loaded here, so forked workers start with it
    if unit_type and unit_type not in reg.types:
        raise ReadError(f"未知的单位类型“{unit_type}”；可选：{'、'.join(sorted(reg.types))}")
    items = list(expand(paths))
    converted = _convert_all([p for p, err in items if err is None])
    tasks = [_Task(p, err, converted.get(p), unit_type, checklist, year) for p, err in items]
    from .parallel import map_ordered

    yield from map_ordered(_lint_task, tasks, jobs=jobs)


@dataclass(frozen=True)
class _Task:
    path: str
    error: str | None
    converted: bytes | str | None  # .docx bytes from LibreOffice, or why conversion failed
    unit_type: str | None
    checklist: str | None
    year: int | None


def _convert_all(paths: list[str]) -> dict[str, bytes | str]:
    """.doc/.wps/.rtf/.odt files converted to .docx together (a few LibreOffice calls, not one each)."""
    from .readers import convert

    todo = [p for p in paths if Path(p).suffix.lower() in convert.SUFFIXES]
    if len(todo) < 2:
        return {}  # one file converts on its own as it is read
    out: dict[str, bytes | str] = {}
    inputs: list[tuple[str, bytes]] = []
    for p in todo:
        try:
            inputs.append((p, convert.read_limited(p)))
        except ReadError as e:
            out[p] = str(e)
    results = convert.convert([(data, Path(p).suffix) for p, data in inputs])
    for (p, _), res in zip(inputs, results, strict=True):
        out[p] = str(res) if isinstance(res, ReadError) else res
    return out


_SETUP: dict[str | None, tuple[checklists.Registry, checklists.Checklist | None]] = {}


def _setup(checklist: str | None) -> tuple[checklists.Registry, checklists.Checklist | None]:
    """The registry and the forced checklist, once per process."""
    if checklist not in _SETUP:
        _SETUP.clear()
        _SETUP[checklist] = (checklists.registry(), checklists.load(checklist) if checklist else None)
    return _SETUP[checklist]


def _lint_task(task: _Task) -> FileReport:
    """Read and check one file: what a worker process does (module level, so it pickles)."""
    if task.error:
        return FileReport(task.path, error=task.error)
    if isinstance(task.converted, str):
        return FileReport(task.path, error=task.converted)
    try:
        doc = read_bytes(task.converted, task.path, ".docx") if task.converted is not None else read_path(task.path)
    except ReadError as e:
        return FileReport(task.path, error=str(e))
    except (MemoryError, RecursionError):
        return FileReport(task.path, error="文件结构过于复杂，无法读取；请另存为 .docx 后再检查")
    reg, forced = _setup(task.checklist)
    return _check_one(task.path, doc, reg, forced, task.unit_type, task.year)


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
