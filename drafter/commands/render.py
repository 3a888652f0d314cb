"""``drafter render DRAFT.md``: lay a draft out as a GB/T 9704 .docx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._common import check_target, guarded


def add(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("draft", metavar="DRAFT.md", help="草稿文件（也可以是 .txt/.docx 报告）")
    parser.add_argument("-o", "--output", metavar="OUT.docx", help="输出文件（默认与草稿同名，扩展名 .docx）")
    parser.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")
    parser.add_argument("--fonts", metavar="gb2312|standard", help="字体方案（默认取草稿设置，否则 gb2312）")


def run(args: argparse.Namespace) -> int:
    return guarded(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    from ..checklists import load
    from ..fsutil import atomic_write
    from ..readers import read_path
    from ..render.fonts import font_set
    from ..render.gbt9704 import render, warnings

    src = Path(args.draft)
    out = Path(args.output) if args.output else src.with_suffix(".docx")
    if out.resolve() == src.resolve():
        from ..readers.errors import ReadError

        raise ReadError("输出文件不能与草稿相同；请用 -o 指定 .docx 文件名")
    if args.fonts:
        font_set(args.fonts)
    check_target(out, args.force, (".docx",))
    doc = read_path(src)
    if doc.meta.unit_type:
        load(doc.meta.unit_type)  # an unknown type is the user's typo: say so
    data = render(doc, fonts=args.fonts)
    for w in warnings(doc):
        sys.stderr.write(w + "\n")
    atomic_write(out, data, force=args.force)
    print(f"已排版：{out}")
    return 0
