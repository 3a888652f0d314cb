"""``drafter template --type TYPE``: a blank report built from the unit type's checklist."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..model import PART_IDS
from ._common import check_target, guarded

_ITEM_PARTS = ("measures", "duties")  # parts that get one heading per checklist item
_PLACEHOLDER = {
    "shortcomings": "存在的主要不足，以及每项不足的原因（主观、客观）",
    "plan": "下一年度的具体工作安排：做什么、何时完成、达到什么目标",
}


def add(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("--type", required=True, metavar="TYPE", help="单位类型：county_gov、department、township")
    parser.add_argument("--unit", metavar="NAME", help="单位名称")
    parser.add_argument("--year", type=int, metavar="N", help="报告年度（默认：1—6月为上一年，7月起为当年）")
    parser.add_argument("-o", "--output", metavar="OUT.docx|OUT.md", help="输出文件（默认 模板-TYPE-N.md）")
    parser.add_argument("--force", action="store_true", help="覆盖已存在的输出文件")


def run(args: argparse.Namespace) -> int:
    return guarded(lambda: _run(args))


def blank_markdown(unit_type: str, unit: str | None, year: int) -> tuple[str, dict[str, str]]:
    """(draft text, heading → guidance) of a blank report for ``unit_type``."""
    from ..checklists import load
    from ..render.templates import render as tpl
    from ..text import cn_number

    cl = load(unit_type)
    name = unit or "××单位"
    parts: list[dict[str, Any]] = []
    hints: dict[str, str] = {}
    for n, pid in enumerate(PART_IDS, start=1):
        items = []
        guide = [i.guidance for i in cl.items_for(pid)]
        if pid in _ITEM_PARTS:
            for k, item in enumerate(cl.items_for(pid), start=1):
                number = f"（{cn_number(k)}）"
                items.append({"number": number, "title": item.title, "guidance": item.guidance})
                hints[number + item.title] = f"指引：{item.guidance}"
            guide = []
        heading = tpl("part_heading.j2", part=pid, year=year)
        if guide:
            hints[f"{cn_number(n)}、{heading}"] = "指引：" + "".join(guide)
        parts.append(
            {
                "id": pid,
                "number": f"{cn_number(n)}、",
                "heading": heading,
                "items": items,
                "guidance": "".join(guide),
                "placeholder": _PLACEHOLDER.get(pid, "本部分内容"),
            }
        )
    title = tpl("title.j2", unit=name, year=year)
    text = tpl(
        "report.md.j2",
        unit=name,
        unit_type=cl.id,
        year=year,
        title=title,
        signature=unit or "",
        closing=tpl("closing.j2"),
        parts=parts,
    )
    return text, hints


def _run(args: argparse.Namespace) -> int:
    from ..fsutil import atomic_write
    from ..readers.errors import ReadError
    from ..reportyear import default_year

    year = args.year or default_year()
    if not 2000 <= year <= 2100:
        raise ReadError(f"年度 {year} 不合理；请写四位年份，如 --year 2024")
    out = Path(args.output) if args.output else Path(f"模板-{args.type}-{year}.md")
    check_target(out, args.force, (".md", ".docx"))
    text, hints = blank_markdown(args.type, args.unit, year)
    if out.suffix.lower() == ".docx":
        from ..readers.markdown import read_text
        from ..render.gbt9704 import Extras, render

        data: bytes | str = render(read_text(text, str(out)), extras=Extras(hints=hints))
    else:
        data = text
    atomic_write(out, data, force=args.force)
    print(f"已生成模板：{out}")
    return 0
