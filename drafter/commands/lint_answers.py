"""The reviewer's answers from ``drafter lint``: ``--format xlsx -o 汇总.xlsx``, ``--annotate``, ``--annotate-dir``."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..checks.originality import Comparison
from ..fsutil import common_folder, relative_under
from ..lint import FileReport, display_path
from ..readers.errors import ReadError
from ..skipped import Skipped

SUFFIX = "_批注.docx"


def check_options(args: argparse.Namespace) -> None:
    """Refuse a misused command before any work (a ReadError: one line, exit 2)."""
    from ._common import check_target

    if args.format == "xlsx":
        if not args.output:
            raise ReadError("--format xlsx 需要用 -o 指定输出文件，例如 -o 汇总.xlsx")
        check_target(Path(args.output), args.force, (".xlsx",))
    elif args.output:
        raise ReadError("-o 只用于 --format xlsx；批注副本请用 --annotate OUT.docx 或 --annotate-dir")
    if args.annotate is not None:
        if args.annotate_dir:
            raise ReadError("--annotate 与 --annotate-dir 只能选一个")
        if len(args.paths) != 1 or Path(args.paths[0]).is_dir():
            raise ReadError("--annotate 只用于一份报告；多份报告或文件夹请用 --annotate-dir OUT/")
        out = Path(args.annotate) if args.annotate else _default_out(Path(args.paths[0]))
        if out.resolve() == Path(args.paths[0]).resolve():
            raise ReadError("批注副本不能覆盖原文件；请换一个文件名")
        check_target(out, args.force, (".docx",))
    if args.annotate_dir:
        d = Path(args.annotate_dir)
        if d.exists() and not d.is_dir():
            raise ReadError(f"{d} 不是文件夹；--annotate-dir 需要一个文件夹")
        if d.is_dir() and not args.force:
            _refuse_existing_copies(d, args.paths)


def _refuse_existing_copies(root: Path, paths: list[str]) -> None:
    """Name the first copy already in ``root`` before any report is read or converted (minutes for a
    folder of .doc files); every input that could be read counts, so a copy is never overwritten unasked."""
    from ..lint import expand

    candidates = [p for p, err in expand(paths) if err is None and Path(p).is_file()]
    for out in copy_paths(root, candidates):
        if os.path.lexists(out):
            raise ReadError(f"{out} 已存在；如要覆盖请加 --force，或用 --annotate-dir 指定另一个文件夹")


def ignored_rules(given: list[str]) -> dict[str, str]:
    """``--ignore`` values (repeated or comma-separated) → rule → reason; an unknown rule is misuse."""
    from ..checks.registry import known

    out: dict[str, str] = {}
    for raw in given:
        for rid in (x.strip() for x in raw.replace("，", ",").split(",")):
            if not rid:
                continue
            if not known(rid):
                raise ReadError(f"--ignore：没有名为“{rid}”的规则；drafter rule 列出全部规则")
            out[rid] = f"命令行 --ignore {rid}"
    return out


def write_xlsx(
    args: argparse.Namespace, reports: list[FileReport], similar: Comparison, skipped: list[Skipped] | None = None
) -> None:
    """The Excel summary. ``skipped`` (a folder's files that are not reports) is counted here;
    its rows in the 概览 sheet belong to ``output.xlsx``."""
    from ..fsutil import atomic_write
    from ..output import xlsx
    from ..output.text import counted

    ignored = [
        xlsx.Ignored(r.path, g.line or g.finding.line, g.finding.rule, g.finding.message, g.reason)
        for r in reports
        if r.result is not None
        for g in r.result.ignored
    ]
    data = xlsx.render(
        reports,
        similar=[(p.path_a, p.path_b, p.share) for p in similar.pairs],
        skipped=[(display_path(s.path), s.reason) for s in skipped or ()],
        ignored=ignored,
        clusters=similar.clusters,
        folder="、".join(display_path(p) for p in args.paths),
    )
    out = atomic_write(args.output, data, force=args.force)
    print(f"已写出汇总表：{out}（{counted(len(reports), skipped)}）")


def _default_out(src: Path) -> Path:
    return src.with_name(src.stem + SUFFIX)


@dataclass(frozen=True)
class _Job:
    report: FileReport
    out: str
    force: bool
    base: bytes | str | None = None  # a .doc/.wps/.rtf/.odt report's .docx from LibreOffice, or why not


def _converted(jobs: list[_Job]) -> list[_Job]:
    """The jobs whose reports LibreOffice must convert get their .docx from one batch (``convert.convert``:
    a few soffice calls for the whole folder, not one each: starting LibreOffice costs a second or two)."""
    from dataclasses import replace

    from ..readers import convert, sniff

    todo: list[tuple[int, bytes]] = []
    for i, job in enumerate(jobs):
        suffix = Path(job.report.path).suffix.lower()
        if suffix not in convert.SUFFIXES:
            continue  # another file that needs LibreOffice (a .docx that is an old .doc) converts on its own
        try:
            data = convert.read_limited(job.report.path)
            if sniff(data, suffix) == "convert":
                todo.append((i, data))
        except ReadError:
            continue  # annotating it says why
    if len(todo) < 2:
        return jobs  # one file converts on its own as it is annotated
    out = list(jobs)
    results = convert.convert([(data, Path(jobs[i].report.path).suffix) for i, data in todo])
    for (i, _), res in zip(todo, results, strict=True):
        out[i] = replace(jobs[i], base=str(res) if isinstance(res, ReadError) else res)
    return out


def targets(args: argparse.Namespace, reports: list[FileReport]) -> list[_Job]:
    readable = [r for r in reports if r.error is None and r.result is not None]
    if args.annotate is not None:
        return [_Job(r, args.annotate or str(_default_out(Path(r.path))), args.force) for r in readable]
    if not args.annotate_dir:
        return []
    outs = copy_paths(Path(args.annotate_dir), [r.path for r in readable])
    return [_Job(r, out, args.force) for r, out in zip(readable, outs, strict=True)]


def copy_paths(root: Path, reports: list[str]) -> list[str]:
    """Where ``--annotate-dir root`` puts each report's copy: its path under the reports' common folder."""
    folders = [os.path.dirname(os.path.abspath(p)) for p in reports]
    common = common_folder(folders)  # "" for reports on two drives: each copy then under its drive's letter
    rels = [Path(relative_under(os.path.abspath(p), common)) for p in reports]
    names = Counter(str(rel.parent / rel.stem) for rel in rels)
    outs = []
    for rel in rels:
        # 报告.doc and 报告.pdf side by side: the extension keeps their copies apart
        stem = rel.stem if names[str(rel.parent / rel.stem)] == 1 else f"{rel.stem}_{rel.suffix.lstrip('.')}"
        outs.append(str(root / rel.parent / (stem + SUFFIX)))
    return outs


def _annotate_one(job: _Job) -> str | None:
    """Write one annotated copy; the Chinese reason if it could not be written (a worker's job)."""
    from ..fsutil import atomic_write
    from ..output.annotate import annotate as make

    if isinstance(job.base, str):
        return job.base
    try:
        data = make(job.report) if job.base is None else make(job.report, job.base, True)
        Path(job.out).parent.mkdir(parents=True, exist_ok=True)
        atomic_write(job.out, data, force=job.force)
    except ReadError as e:
        return str(e)
    except OSError as e:
        return f"无法写入 {job.out}（{e.strerror or e}）"
    return None


def _died(job: _Job) -> str:
    return "写批注的进程意外退出（可能内存不足或程序崩溃），已跳过此文件"


def annotate(args: argparse.Namespace, reports: list[FileReport]) -> int:
    """Write the annotated copies asked for; the number that failed (each told on stderr)."""
    from ..parallel import map_ordered

    jobs = _converted(targets(args, reports))
    failed = 0
    for job, err in zip(
        jobs, map_ordered(_annotate_one, jobs, jobs=args.jobs, label="写批注", died=_died), strict=True
    ):
        if err is None:
            sys.stderr.write(f"已写出批注副本：{display_path(job.out)}\n")
        else:
            failed += 1
            sys.stderr.write(f"drafter: {display_path(job.report.path)}: {err}\n")
    return failed
