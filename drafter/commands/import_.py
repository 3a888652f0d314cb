"""``drafter import REPORT``: turn an existing report into a draft for next year's work."""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date
from pathlib import Path

from ..model import Document
from ..readers.errors import ReadError
from ._common import check_target, guarded


def add(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("report", metavar="REPORT", help="已有报告（.docx .txt .md）")
    parser.add_argument("-o", "--output", metavar="DRAFT.md", help="草稿文件（默认与报告同名，扩展名 .md）")
    parser.add_argument("--force", action="store_true", help="覆盖已存在的草稿")


def default_output(src: Path) -> Path:
    """REPORT.md beside the report; a Markdown report gets REPORT.draft.md instead."""
    if src.suffix.lower() in (".md", ".markdown"):
        return src.with_name(src.stem + ".draft.md")
    return src.with_suffix(".md")


def run(args: argparse.Namespace) -> int:
    return guarded(lambda: _run(args))


def to_draft(src: Path) -> tuple[str, list[str]]:
    """(draft text, notes for the user) for one report file."""
    from ..checklists import registry
    from ..draft import dump
    from ..readers import read_path

    doc = read_path(src)
    notes: list[str] = []
    m = doc.meta
    types = registry().types
    if m.unit_type and m.unit_type not in types:  # the same check lint makes of a draft's type
        raise ReadError(f"草稿中的单位类型“{m.unit_type}”未知；可选：{'、'.join(sorted(types))}")
    if not m.unit_type:
        m.unit_type = registry().infer(m.unit)
        if m.unit_type:
            name = types[m.unit_type].name if m.unit_type in types else m.unit_type
            notes.append(f'单位类型推断为“{name}”（依据单位名称“{m.unit}”；草稿开头写作 type = "{m.unit_type}"）')
    # The draft must read back (lint, render, edit): unknowns get a value to correct, and a note.
    if not m.unit:
        m.unit = UNKNOWN_UNIT
        notes.append(f"未能识别发文单位，已写作“{UNKNOWN_UNIT}”；请在草稿开头改正 unit")
    if m.year is None:
        m.year = date.today().year - 1
        notes.append(f"未能识别报告年度，暂按{m.year}年填写；请在草稿开头核对 year")
    if not m.title:  # render would make this title; the draft says so, and import → render → import is stable
        from ..render import templates
        from ..text import squash

        m.title = squash(templates.render("title.j2", unit=m.unit, year=m.year))
        notes.append(f"报告没有标题，已按单位和年度拟定为“{m.title}”；请在草稿开头核对 title")
    fixed = normalise_brackets(doc)
    if fixed:
        notes.append(f"已将 {fixed} 处半角括号序号改为全角，如“（一）”")
    if not m.unit_type:
        notes.append("未能推断单位类型；请在草稿开头填写 type（county_gov、department 或 township）")
    return dump(doc), notes


UNKNOWN_UNIT = "（请填写单位）"
# "(一)" "（二)" "(3）" at the start of a heading or paragraph: GB/T 9704 numbering is full-width
_HALF_NUMBER = re.compile(r"^\s*[(（]\s*([一二三四五六七八九十百]{1,3}|\d{1,2})\s*[)）]")


def normalise_brackets(doc: Document) -> int:
    """Rewrite half-width numbering brackets at the start of blocks as full-width; how many changed."""
    n = 0
    for b in doc.blocks:
        m = _HALF_NUMBER.match(b.text)
        if m and m.group(0).strip() != f"（{m.group(1)}）":
            b.text = f"（{m.group(1)}）" + b.text[m.end() :]
            n += 1
    return n


def _run(args: argparse.Namespace) -> int:
    from ..fsutil import atomic_write

    src = Path(args.report)
    out = Path(args.output) if args.output else default_output(src)
    check_target(out, args.force, (".md", ".markdown"))
    if _same_file(src, out):
        raise ReadError(f"输出文件 {out} 就是输入的报告；请用 -o 指定另一个文件名（即使加 --force 也不会覆盖原文件）")
    text, notes = to_draft(src)
    atomic_write(out, text, force=args.force)
    for n in notes:
        sys.stderr.write(f"提示：{n}\n")
    print(f"已生成草稿：{out}")
    return 0


def _same_file(src: Path, out: Path) -> bool:
    """``out`` names the input itself (same path, a link to it, or another spelling of it)."""
    try:
        return out.exists() and src.exists() and os.path.samefile(src, out)
    except OSError:
        return False
