"""Lint many files: the adapter between paths on disk and the checking engine.

Reads each input (a folder contributes its report files), picks the checklist
(``--checklist``, ``--type``, the draft's own type, or inferred from the unit),
checks, and yields one ``FileReport`` per input — unreadable inputs included,
so every face can list them.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import checklists
from .boilerplate import fragments
from .checks import SEVERITIES, Finding, Result, check
from .checks.engine import check_folder
from .checks.originality import Comparison, Fingerprint, SimilarPair, fingerprint
from .checks.registry import check_ignore
from .model import Document
from .readers import SUFFIXES, ReadError, read_bytes, read_path
from .sameunit import SameUnit, canonical, groups
from .skipped import Skipped, walk
from .text import strip_controls


@dataclass
class FileReport:
    path: str
    doc: Document | None = None
    result: Result | None = None
    unit_type: str | None = None
    inferred: bool = False
    error: str | None = None
    previous_error: str | None = None  # last year's report named in the draft could not be read
    fingerprint: Fingerprint | None = None  # for the folder comparison; made on demand if None
    type_why: str = ""  # which rule decided the unit type, in Chinese (``lint --explain-type``)


def expand(paths: list[str], skipped: list[Skipped] | None = None) -> Iterator[tuple[str, str | None]]:
    """(path, error) for each input; a folder gives its report files, sorted.

    The folder's other files go to ``skipped`` with the reason (``skipped.walk``)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[str] = []
            for f, reason in walk(p, SUFFIXES):
                if reason is None:
                    found.append(str(f))
                elif skipped is not None:
                    skipped.append(Skipped(str(f), reason))
            if not found:
                yield raw, "文件夹中没有报告文件（.docx .doc .wps .pdf .ofd .html .txt .md 等）"
            yield from ((f, None) for f in found)
        elif p.exists() and p.suffix.lower() not in SUFFIXES and p.suffix:
            yield raw, f"不支持的文件类型 {p.suffix}；请另存为 .docx、.txt 或 .md 后再检查"
        else:
            yield raw, None


def lint_paths(
    paths: list[str],
    *,
    unit_type: str | None = None,
    checklist: str | None = None,
    year: int | None = None,
    previous: str | None = None,
    jobs: int | None = None,
    ignore: dict[str, str] | None = None,
    skipped: list[Skipped] | None = None,
) -> Iterator[FileReport]:
    """One FileReport per input, in order; many files are read and checked on all cores
    (``jobs`` processes; None: every core), old Word/WPS files converted by LibreOffice in batches.

    ``previous`` is last year's report, read once per process for every input; without it a
    draft's own ``previous`` (relative to the draft's folder) is used. ``ignore`` maps rules
    dismissed everywhere (``--ignore``) to the reason shown beside each dismissed finding. The
    files of a folder that are not reports are appended to ``skipped`` (``Skipped``: path and reason), for every face to list."""
    reg, _ = _setup(checklist)  # loaded here, so forked workers start with it
    if unit_type and unit_type not in reg.types:
        if unit_type in reg.broken:
            raise ReadError(reg.broken[unit_type])
        raise ReadError(f"未知的单位类型“{unit_type}”；可选：{'、'.join(sorted(reg.types))}")
    _previous_reports(previous)  # an unreadable --previous stops the run here, before any work
    items = list(expand(paths, skipped))
    converted = _convert_all([p for p, err in items if err is None])
    frozen = tuple((ignore or {}).items())
    tasks = [_Task(p, err, converted.get(p), unit_type, checklist, year, previous, frozen) for p, err in items]
    from .parallel import map_ordered

    yield from map_ordered(_lint_task, tasks, jobs=jobs, died=_died)


WORKER_DIED = "检查它的进程意外退出（可能内存不足或程序崩溃），已跳过此文件"


def _died(task: _Task) -> FileReport:
    """The report of a file whose worker process died abruptly, in the pool and again alone."""
    return FileReport(task.path, error=WORKER_DIED)


@dataclass(frozen=True)
class _Task:
    path: str
    error: str | None
    converted: bytes | str | None  # .docx bytes from LibreOffice, or why conversion failed
    unit_type: str | None
    checklist: str | None
    year: int | None
    previous: str | None = None
    ignore: tuple[tuple[str, str], ...] = ()  # --ignore: (rule, reason)


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
        reg = checklists.registry()
        for t, cl in list(reg.types.items()):  # a type whose ignore names no rule is left out, as a broken file
            try:
                check_ignore(cl)
            except ReadError as e:
                del reg.types[t]
                reg.broken[t] = str(e)
        forced = checklists.load(checklist) if checklist else None
        if forced is not None:
            check_ignore(forced)
        _SETUP[checklist] = (reg, forced)
    return _SETUP[checklist]


def broken_checklists(checklist: str | None = None) -> list[str]:
    """Why checklist files in the folders were left out (each already one Chinese line)."""
    return list(_setup(checklist)[0].broken.values())


def _lint_task(task: _Task) -> FileReport:
    """Read and check one file: what a worker process does (module level, so it pickles)."""
    _send_checklists_by_name()
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
    prev, prev_error = _previous_reports(task.previous).for_doc(task.path, doc)
    report = _check_one(task.path, doc, reg, forced, task.unit_type, task.year, prev, dict(task.ignore))
    report.previous_error = prev_error
    if report.doc is not None and report.result is not None:
        fingerprint_report(report)  # beside the check, in the worker: the folder pass only compares
    return report


_BY_NAME: list[bool] = [False]


def _send_checklists_by_name() -> None:
    """In a pool's worker (multiprocessing loaded): a report's checklist and its items go back to the
    parent by the name they were loaded by (``checklists.reduced``), not whole: unpickling ~60 KB of
    patterns a report cost the parent, which also runs on the cores the workers need, ~0.6 ms each."""
    reduction = sys.modules.get("multiprocessing.reduction")
    if reduction is None or _BY_NAME[0]:
        return
    for kind in (checklists.Checklist, checklists.Item):
        reduction.ForkingPickler.register(kind, checklists.reduced)
    _BY_NAME[0] = True


_PREVIOUS: dict[str | None, PreviousReports] = {}


def _previous_reports(given: str | None) -> PreviousReports:
    """Last year's reports, one reader per process (each worker reads ``--previous`` once)."""
    if given not in _PREVIOUS:
        _PREVIOUS.clear()
        _PREVIOUS[given] = PreviousReports(given)
    return _PREVIOUS[given]


class PreviousReports:
    """Last year's reports, each read once: the one given with ``--previous`` (an unreadable one
    stops the run with a ReadError), or the one a draft names in its front matter."""

    def __init__(self, given: str | None) -> None:
        self.given: Document | None = None
        self._cache: dict[str, Document | str] = {}
        if given is not None:
            try:
                self.given = read_path(given)
            except ReadError as e:
                raise ReadError(f"去年的报告 {given} 无法读取：{e}") from None
            except (MemoryError, RecursionError):
                raise ReadError(f"去年的报告 {given} 结构过于复杂，无法读取；请另存为 .docx 后再指定") from None

    def for_doc(self, path: str, doc: Document) -> tuple[Document | None, str | None]:
        """(last year's report, or None; a Chinese error if the draft's ``previous`` is unreadable)."""
        if self.given is not None or not doc.meta.previous:
            return self.given, None
        target = os.path.normpath(Path(path).parent / doc.meta.previous)
        shown = strip_controls(doc.meta.previous)  # a NUL in the name is not printed
        if target not in self._cache:
            try:
                self._cache[target] = read_path(target)
            except ReadError as e:
                self._cache[target] = f"草稿中的去年报告 {shown} 无法读取：{e}；请改正 previous 或用 --previous 指定"
            except (MemoryError, RecursionError):
                self._cache[target] = f"草稿中的去年报告 {shown} 结构过于复杂，无法读取"
        got = self._cache[target]
        return (None, got) if isinstance(got, str) else (got, None)


UNIT_FROM = {"title": "标题", "signature": "署名", "body": "正文开头", "publisher": "网页的发布机构"}


def _check_one(
    path: str,
    doc: Document,
    reg: checklists.Registry,
    forced: checklists.Checklist | None,
    unit_type: str | None,
    year: int | None,
    previous: Document | None = None,
    ignore: dict[str, str] | None = None,
) -> FileReport:
    inferred = False
    t = unit_type or doc.meta.unit_type
    source = "option" if unit_type else ("draft" if t else None)
    why = "由 --type 指定" if unit_type else ("由草稿的 type 指定" if t else "")
    if t is None:
        decision = reg.decide(doc.meta.unit)
        named_by = doc.meta.unit_source
        if decision.type is None and not doc.meta.unit and doc.meta.generic_unit:  # "县人民政府": its type
            decision, named_by = reg.decide(doc.meta.generic_unit), doc.meta.generic_source
        if decision.type is None and not doc.meta.unit:  # no unit named: how the text names itself
            decision, named_by = reg.decide_by_self("\n".join(b.text for b in doc.body[:40])), "body"
        kind = reg.types.get(decision.type or "")
        where = UNIT_FROM.get(named_by or "", "")
        t, why = decision.type, decision.explain(where, (kind.short or kind.name) if kind else "")
        inferred = t is not None
        source = (named_by or "body") if inferred else None
    doc.meta.type_source = source
    cl = forced or (reg.types.get(t) if t else None) or checklists.load("base")
    if t and t not in reg.types and forced is None:
        return FileReport(path, error=f"草稿中的单位类型“{t}”未知；可选：{'、'.join(sorted(reg.types))}")
    doc.meta.unit_type = t
    result = check(doc, cl, year=year, previous=previous, boilerplate=fragments(), ignore=ignore)
    return FileReport(path, doc, result, t, inferred, type_why=why)


def compare_units(reports: list[FileReport]) -> list[SimilarPair]:
    """Second pass over a folder's reports already checked: ``copied-across-units`` findings are
    added to each report, and the pairs of units sharing much of their text are returned."""
    return compare_reports(reports).pairs


def compare_reports(reports: list[FileReport]) -> Comparison:
    """``compare_units`` with the template clusters too (reports sharing most of their text)."""
    done = [r for r in reports if r.doc is not None and r.result is not None]
    if len(done) < 2:
        return Comparison([[] for _ in done], [], [])
    # one unit's reports (its name typed with a space in one of them) are not compared with each other
    # (and a unit's reports of other years, its name written shorter in some: ``sameunit.canonical``)
    fps = [r.fingerprint or fingerprint_report(r) for r in done]
    keys = canonical([(fp.unit, r.result.year if r.result else None) for fp, r in zip(fps, done, strict=True)])
    prints = [dataclasses.replace(fp, unit=k) for fp, k in zip(fps, keys, strict=True)]
    found = check_folder(prints, [display_path(r.path) for r in done])
    for r, extra in zip(done, found.findings, strict=True):
        if extra and r.result is not None:
            r.result.findings = sorted([*r.result.findings, *extra], key=_reading_order)
    return found


def same_unit(reports: list[FileReport]) -> list[SameUnit]:
    """The units of a folder with two reports or more: one unit submitted twice, not copying."""
    return groups(
        [
            (display_path(r.path), r.doc.meta.unit or r.doc.meta.generic_unit, r.result.year)
            for r in reports
            if r.doc is not None and r.result is not None
        ]
    )


def fingerprint_report(r: FileReport) -> Fingerprint:
    """What the folder comparison needs of one checked report (a worker may make it beside the check)."""
    assert r.doc is not None and r.result is not None
    owner = {id(b): pid for pid, pr in r.result.parts.items() if pr.status == "present" for b in pr.blocks}
    r.fingerprint = fingerprint(r.doc, owner)
    return r.fingerprint


def _reading_order(f: Finding) -> tuple[int, int, int]:
    return (f.line if f.line is not None else 10**9, f.col, SEVERITIES.index(f.severity))


def display_path(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel
