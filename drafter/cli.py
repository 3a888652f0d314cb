"""The command line: argparse with Chinese messages, one module per subcommand.

Each module in ``drafter.commands`` exposes ``add(subparsers)`` and
``run(args) -> int``; modules are imported only when their command runs, so
``drafter lint one.txt`` does not pay for Textual or python-docx.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import threading
from typing import NoReturn

from . import __version__

# command name → (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "lint": ("lint", "检查报告（.docx .txt .md 或文件夹）"),
    "render": ("render", "把草稿排成符合 GB/T 9704 的 .docx"),
    "template": ("template", "生成某类单位的空白报告模板"),
    "import": ("import_", "把已有报告转成草稿，便于续写下一年"),
    "new": ("app", "新建草稿并在界面中打开"),
    "edit": ("app", "在界面中打开草稿"),
    "rule": ("rule", "列出检查规则，或解释某一条"),
    "serve": ("app", "在浏览器中使用同一界面"),
}


_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "the following arguments are required: %s": "缺少参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}
# argparse looks its messages up through gettext at call time; answer in Chinese.
argparse._ = lambda s: _ZH.get(s, s)  # type: ignore[attr-defined]


class ChineseParser(argparse.ArgumentParser):
    """Usage errors as one Chinese line and exit 2, never a traceback."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"drafter: 用法错误：{message}（{self.prog} -h 查看帮助）\n")
        raise SystemExit(2)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every argument added (to check its metavar); the formatter asks
        # shutil for the terminal's width, and importing shutil loads bz2 and lzma: 1.5 ms of every start
        # (drafter gives no parser a formatter_class of its own)
        return argparse.HelpFormatter(prog=self.prog, width=_columns() - 2)  # minus 2: as argparse does


def _columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def build_parser() -> ChineseParser:
    parser = ChineseParser(prog="drafter", description="法治政府建设年度报告：起草、检查、排版。")
    parser.add_argument("--version", action="version", version=f"drafter {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", parser_class=ChineseParser, metavar="命令")
    wanted = sys.argv[1] if len(sys.argv) > 1 else None
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if wanted == name:  # only the command that runs pays for its imports
            _module(module).add(p, name)
    return parser


def _module(name: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(f"drafter.commands.{name}")


def main(argv: list[str] | None = None) -> int:
    from .console import safe_streams

    safe_streams()  # a GBK console or file (Chinese Windows' cmd) never ends a run in UnicodeEncodeError
    try:
        return _main(argv)
    except KeyboardInterrupt:
        interrupted()


def quiet_exit() -> None:
    """All is said: a Ctrl-C from now on cannot turn the interpreter's exit (pool finalizers, thread joins)
    into a traceback. For the process's entry point only, after ``main`` returned: ``main`` itself, called
    as a function, leaves the caller's Ctrl-C as it was."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _main(argv: list[str] | None) -> int:
    if argv is not None:
        sys.argv = [sys.argv[0], *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "edit"
        args.draft = None
        return int(_module("app").run(args))
    module = COMMANDS[args.command][0]
    try:
        return int(_module(module).run(args))
    except BrokenPipeError:  # `drafter lint … | head`: the reader left, nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # last resort: a user never sees a traceback
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        from .readers.errors import ReadError

        if isinstance(e, ReadError):
            sys.stderr.write(f"drafter: {e}\n")
        else:
            first = (str(e).splitlines() or [""])[0]
            sys.stderr.write(f"drafter: 内部错误（{type(e).__name__}: {first}）；请把输入文件和这条消息发给维护者\n")
        return 2


def interrupted() -> NoReturn:
    """Ctrl-C: one line, exit 130, now. The stack has unwound (temporary files removed, the progress
    bar stopped); ``os._exit`` skips the exit-time joins of pools and threads, where a hang could wait."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C while leaving changes nothing
    mp = sys.modules.get("multiprocessing")
    if mp is not None:
        from .parallel import end

        for child in mp.active_children():
            end(child)
        util = sys.modules.get("multiprocessing.util")
        with contextlib.suppress(Exception):  # spawn: unlink the pool's named semaphores (the pool's own
            util._run_finalizers(0)  # type: ignore[union-attr]  # finalizer is cancelled), no leak warning
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    with contextlib.suppress(OSError):
        from .console import encode_for

        os.write(2, encode_for(sys.stderr, "已中断\n"))
    os._exit(130)
