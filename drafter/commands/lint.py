"""``drafter lint``: check reports; exit 0 clean, 1 errors found, 2 unreadable input or misuse."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..checks.originality import Comparison

from ..sameunit import SameUnit
from ..skipped import Skipped

FORMATS = ("text", "json", "sarif", "github", "xlsx")


def add(p: argparse.ArgumentParser, name: str) -> None:
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="报告文件（.docx .doc .wps .rtf .odt .pdf .ofd .html .txt .md）或文件夹",
    )
    p.add_argument(
        "--type",
        dest="unit_type",
        metavar="TYPE",
        help="单位类型：county_gov、department、township（默认按单位名称推断）",
    )
    p.add_argument(
        "--explain-type",
        action="store_true",
        help="说明单位类型是怎样判断的：checklists/units.toml 中哪一条规则、依据单位名称中的哪几个字",
    )
    p.add_argument("--year", type=int, metavar="N", help="报告年度（默认从标题等处识别）")
    p.add_argument("--checklist", metavar="NAME_OR_FILE", help="检查清单名称或 .toml 文件")
    p.add_argument("--format", choices=FORMATS, default="text", help="输出格式")
    p.add_argument("--summary", action="store_true", help="多个文件时输出单位×部分汇总表")
    p.add_argument("--items", action="store_true", help="列出每个清单条目：写到与否，以及写到它的那一句（行号）")
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULE",
        help="在所有报告中忽略此规则（可重复，或用逗号分隔）；被忽略的问题仍列出并计数",
    )
    p.add_argument(
        "--previous",
        metavar="LAST_YEAR_REPORT",
        help="去年的报告（任一可读格式）：找出照搬去年的段落（默认用草稿中 previous 指定的文件）",
    )
    # the reviewer's answers: Word comments, an Excel summary; all cores for a folder
    p.add_argument("-o", "--output", metavar="汇总.xlsx", help="--format xlsx 的输出文件")
    p.add_argument(
        "--annotate",
        nargs="?",
        const="",
        metavar="OUT.docx",
        help="写出加批注的副本（默认：原文件名_批注.docx），原文件不变",
    )
    p.add_argument("--annotate-dir", metavar="OUT/", help="把每份报告的批注副本写入此文件夹")
    p.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    p.add_argument("--jobs", type=int, metavar="N", help="并行进程数（默认：全部 CPU 核）")


def run(args: argparse.Namespace) -> int:
    collecting = gc.isenabled()
    gc.disable()  # imports make only objects that live as long as the run: no garbage to look for
    try:
        from ..lint import broken_checklists, compare_reports, lint_paths, same_unit  # noqa: F401
        from ..readers.errors import ReadError  # noqa: F401
        from . import lint_answers  # noqa: F401
    finally:
        gc.freeze()  # and later collections do not walk them again (a cold start: ~5% of its CPU)
        if collecting:
            gc.enable()
    try:
        return _lint(args)
    finally:
        gc.unfreeze()  # as found: a caller that runs lint in its own process (tests) keeps collecting


def _lint(args: argparse.Namespace) -> int:
    from ..lint import broken_checklists, compare_reports, lint_paths, same_unit
    from ..readers.errors import ReadError
    from . import lint_answers

    skipped: list[Skipped] = []  # a folder's files that are not reports: listed and counted, never an error
    try:
        lint_answers.check_options(args)
        ignore = lint_answers.ignored_rules(args.ignore)
        reports = list(
            lint_paths(
                args.paths,
                unit_type=args.unit_type,
                checklist=args.checklist,
                year=args.year,
                previous=args.previous,
                jobs=args.jobs,
                ignore=ignore,
                skipped=skipped,
            )
        )
        similar = compare_reports(reports)
        twice = same_unit(reports)
        if args.format == "xlsx":
            lint_answers.write_xlsx(args, reports, similar, skipped)
        else:
            _emit(args, reports, similar, skipped, twice)
    except ReadError as e:
        sys.stderr.write(f"drafter: {e}\n")
        return 2
    for why in broken_checklists(args.checklist):  # a bad unit type in a folder: left out, not every lint failed
        sys.stderr.write(f"drafter: 已跳过此检查清单：{why}\n")
    failed = lint_answers.annotate(args, reports)
    for r in reports:
        if r.error is not None:
            sys.stderr.write(f"drafter: {r.path}: {r.error}\n")
        elif r.previous_error is not None:
            sys.stderr.write(f"drafter: {r.path}: {r.previous_error}\n")
    if failed or any(r.error is not None or r.previous_error is not None for r in reports):
        return 2
    return 1 if any(r.result is not None and r.result.count("error") for r in reports) else 0


def _emit(
    args: argparse.Namespace,
    reports: list,  # type: ignore[type-arg]
    similar: Comparison,
    skipped: list[Skipped],
    twice: list[SameUnit],
) -> None:
    if args.format in ("json", "sarif"):
        from ..console import json_stdout

        json_stdout()  # a GBK console or file gets \\uXXXX escapes: the document stays valid and exact
    if args.format == "json":
        from ..output import jsonv1

        print(jsonv1.render(reports, similar.pairs, skipped, similar.clusters, twice))
    elif args.format == "sarif":
        from ..output import sarif

        print(sarif.render(reports))
    elif args.format == "github":
        from ..output import github

        text = github.render(reports)
        if text:
            print(text)
    else:
        from ..output import text as textout

        if args.summary:
            from ..output import summary

            summary.render(reports, textout.console(), similar.pairs, skipped, similar.clusters, twice)
        else:
            out = textout.lines_console()
            textout.render(reports, out, skipped, twice, items=args.items, explain_type=args.explain_type)
