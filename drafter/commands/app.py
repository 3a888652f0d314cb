"""``drafter``, ``drafter new``, ``drafter edit``, ``drafter serve``: the app, in a terminal or a browser."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path


def add(p: argparse.ArgumentParser, name: str) -> None:
    if name == "new":
        p.add_argument("--type", dest="unit_type", metavar="TYPE",
                       help="单位类型：county_gov、department、township（默认按单位名称推断）")
        p.add_argument("--unit", metavar="NAME", help="单位名称，如：鲁山县辛集乡人民政府")
        p.add_argument("--year", type=int, metavar="N", help="报告年度（默认：1—6月为上一年，7月起为当年）")
        p.add_argument("--from", dest="source", metavar="LAST_YEAR_REPORT",
                       help="去年的报告（.docx .txt .md）：沿用其结构，年份顺延")
        p.add_argument("-o", "--output", metavar="DRAFT.md", help="草稿文件（默认按单位和年度命名）")
    elif name == "edit":
        p.add_argument("draft", nargs="?", metavar="DRAFT.md", help="要打开的草稿")
    elif name == "serve":
        p.add_argument("draft", nargs="?", metavar="DRAFT.md", help="要打开的草稿（默认显示开始界面）")
        p.add_argument("--host", default="localhost", help="监听地址（默认 localhost）")
        p.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")


def run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return _serve(args)
    from ..readers.errors import ReadError

    if args.command == "new":
        try:
            launch = _new(args)
        except ReadError as e:
            sys.stderr.write(f"drafter: {e}\n")
            return 2
    else:
        draft = getattr(args, "draft", None)
        if draft is not None and not Path(draft).is_file():
            sys.stderr.write(f"drafter: {draft} 不存在；新建草稿请用 drafter new\n")
            return 2
        from ..app.app import Launch

        launch = Launch(draft=Path(draft) if draft else None)
    from ..app.app import DrafterApp

    DrafterApp(launch).run()
    return 0


def _new(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """With unit and year given, make the draft now and open it; else pre-fill the start screen."""
    from ..app.app import Launch
    from ..app.screens.start import make_draft
    from ..checklists import load

    if args.unit_type:
        load(args.unit_type)  # an unknown type is a usage error, named in Chinese
    if args.year is not None and not 2000 <= args.year <= 2100:
        from ..readers.errors import ReadError

        raise ReadError(f"报告年度 {args.year} 不在 2000—2100 之间；请写报告所述的年份，如 --year {_default_year()}")
    ready = bool(args.unit and args.year) or bool(args.source)
    if not ready:
        return Launch(unit=args.unit or "", unit_type=args.unit_type, year=args.year,
                      source=args.source or "", output=args.output or "")
    from ..reportyear import default_year

    year = args.year or default_year()
    path = make_draft(args.unit or "", args.unit_type, year, args.source or "", args.output or "")
    sys.stderr.write(f"已新建草稿 {path}\n")
    return Launch(draft=path)


def _default_year() -> int:
    from ..reportyear import default_year

    return default_year()


def _serve(args: argparse.Namespace) -> int:
    from textual_serve.server import Server

    command = f"{shlex.quote(sys.executable)} -m drafter edit"
    if args.draft:
        command += " " + shlex.quote(str(Path(args.draft).resolve()))
    server = Server(command, host=args.host, port=args.port, title="法治政府建设年度报告起草")
    sys.stderr.write(f"在浏览器中打开 http://{args.host}:{args.port}\n")
    server.serve()
    return 0
