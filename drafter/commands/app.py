"""``drafter``, ``drafter new``, ``drafter edit``, ``drafter serve``: the app, in a terminal or a browser."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path


def add(p: argparse.ArgumentParser, name: str) -> None:
    if name == "new":
        p.add_argument(
            "--type",
            dest="unit_type",
            metavar="TYPE",
            help="单位类型：county_gov、department、township（默认按单位名称推断）",
        )
        p.add_argument("--unit", metavar="NAME", help="单位名称，如：鲁山县辛集乡人民政府")
        p.add_argument("--year", type=int, metavar="N", help="报告年度（默认：1—6月为上一年，7月起为当年）")
        p.add_argument(
            "--from",
            dest="source",
            metavar="LAST_YEAR_REPORT",
            help="去年的报告（.docx .txt .md）：沿用其结构，年份顺延",
        )
        p.add_argument("-o", "--output", metavar="DRAFT.md", help="草稿文件（默认按单位和年度命名）")
        p.add_argument("--root", metavar="DIR", help=ROOT_HELP)
    elif name == "edit":
        p.add_argument("draft", nargs="?", metavar="DRAFT.md", help="要打开的草稿")
        p.add_argument("--root", metavar="DIR", help=ROOT_HELP)
    elif name == "serve":
        p.add_argument("draft", nargs="?", metavar="DRAFT.md", help="要打开的草稿（默认显示开始界面）")
        p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，仅本机可访问）")
        p.add_argument(
            "--public", action="store_true", help="允许 --host 为本机以外的地址（局域网内可访问；仍需网址中的令牌）"
        )
        p.add_argument("--port", type=int, default=8000, help="端口（默认 8000；0 表示任选一个空闲端口）")
        p.add_argument("--root", metavar="DIR", help="网页中只能打开和保存此文件夹中的文件（默认为当前文件夹）")


ROOT_HELP = "界面中填写的路径只能在此文件夹内（并在此文件夹中工作）"


def _root(raw: str | None) -> Path | None:
    """``--root``: an existing folder, made the working folder; None when not given."""
    if not raw:
        return None
    from ..readers.errors import ReadError

    root = Path(raw).expanduser().resolve()
    if not root.is_dir():
        raise ReadError(f"--root {raw} 不是已存在的文件夹")
    import os

    os.chdir(root)
    return root


def run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return _serve(args)
    if os.environ.get("DRAFTER_SERVED"):
        _end_with_parent()
    from ..readers.errors import ReadError

    draft = getattr(args, "draft", None)
    if draft is not None:
        draft = str(Path(draft).resolve())  # before --root changes the working folder
    try:
        root = _root(getattr(args, "root", None))
        launch = _new(args) if args.command == "new" else None
    except ReadError as e:
        sys.stderr.write(f"drafter: {e}\n")
        return 2
    if launch is None:
        if draft is not None and not Path(draft).is_file():
            sys.stderr.write(f"drafter: {getattr(args, 'draft', draft)} 不存在；新建草稿请用 drafter new\n")
            return 2
        from ..app.buffer import not_a_draft

        if draft is not None and not_a_draft(Path(draft)):  # `drafter edit 去年报告.docx`
            sys.stderr.write(f"drafter: {not_a_draft(Path(draft))}\n")
            return 2
        from ..app.app import Launch

        launch = Launch(draft=Path(draft) if draft else None)
    launch.root = root
    from ..app.app import DrafterApp

    DrafterApp(launch).run()
    return 0


def _new(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """With unit and year given, make the draft now and open it; else pre-fill the start screen."""
    from ..app.app import Launch
    from ..app.drafts import make_draft
    from ..checklists import load

    if args.unit_type:
        load(args.unit_type)  # an unknown type is a usage error, named in Chinese
    if args.year is not None and not 2000 <= args.year <= 2100:
        from ..readers.errors import ReadError

        raise ReadError(f"报告年度 {args.year} 不在 2000—2100 之间；请写报告所述的年份，如 --year {_default_year()}")
    ready = bool(args.unit and args.year) or bool(args.source)
    if not ready:
        return Launch(
            unit=args.unit or "",
            unit_type=args.unit_type,
            year=args.year,
            source=args.source or "",
            output=args.output or "",
        )
    from ..reportyear import default_year

    year = args.year or default_year()
    warnings: list[str] = []
    path = make_draft(args.unit or "", args.unit_type, year, args.source or "", args.output or "", warnings)
    sys.stderr.write(f"已新建草稿 {path}\n")
    for w in warnings:
        sys.stderr.write(w.replace("\n", "，") + "\n")  # the app's notice says it a phrase a row
    return Launch(draft=path, notes=warnings)  # said again in the app: its screen hides stderr


def _default_year() -> int:
    from ..reportyear import default_year

    return default_year()


def _end_with_parent() -> None:
    """An app started by serve ends when the server does, however it ends (Linux: PR_SET_PDEATHSIG)."""
    import signal

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the server died before the line above
        sys.exit(0)


def app_command(argv: list[str]) -> str:
    """The shell line textual-serve starts each app with. POSIX: ``exec``, so the app is the server's own
    child (no shell between) and the server can end it. Windows (cmd.exe): the variable is inherited from
    the server instead, and the server ends the app's whole tree."""
    if sys.platform == "win32":
        os.environ["DRAFTER_SERVED"] = "1"
        return subprocess.list2cmdline(argv)
    return "exec env DRAFTER_SERVED=1 " + " ".join(shlex.quote(a) for a in argv)


def _serve(args: argparse.Namespace) -> int:
    """The app in a browser: token, Host and Origin checks (serve/security.py), paths kept in the root."""
    from ..serve.security import Policy, is_loopback
    from ..serve.server import DrafterServer, PortBusy

    if not is_loopback(args.host) and not args.public:
        sys.stderr.write(f"drafter: --host {args.host} 会让本机以外的人访问；确需如此请同时加 --public\n")
        return 2
    if not 0 <= args.port <= 65535:
        sys.stderr.write(f"drafter: 端口 {args.port} 无效；请用 1—65535 之间的数，如 --port 8000\n")
        return 2
    root = Path(args.root or ".").expanduser().resolve()
    if not root.is_dir():
        sys.stderr.write(f"drafter: --root {args.root} 不是已存在的文件夹\n")
        return 2
    if args.draft and not Path(args.draft).is_file():
        sys.stderr.write(f"drafter: {args.draft} 不存在；新建草稿请用 drafter new\n")
        return 2
    if args.public:
        sys.stderr.write(
            f"警告：正在 {args.host} 上提供服务，同一网络中的其他计算机也能连接；"
            "只有持有下面完整网址（含令牌）的人才能使用，请勿转发。\n"
        )
    app = [sys.executable, "-m", "drafter", "edit", "--root", str(root)]
    if args.draft:
        app.append(str(Path(args.draft).resolve()))
    server = DrafterServer(
        app_command(app), host=args.host, port=args.port, policy=Policy(port=args.port, public=args.public)
    )
    try:
        server.serve()
    except PortBusy as e:
        sys.stderr.write(f"drafter: {e}\n")
        return 2
    return 0
