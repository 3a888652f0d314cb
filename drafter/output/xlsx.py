"""``lint --format xlsx``: the 汇总表 for the leadership (openpyxl).

Sheets: 概览 (one row per file: unit, type, year, the four parts as 有/并入/缺, counts by
severity; an error row for each unreadable file), 问题清单 (every finding), 相似报告
(pairs of reports that share text, given by the cross-unit pass).
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from ..lint import FileReport, display_path
from ..model import PART_IDS

STATUS = {"present": "有", "folded": "并入", "missing": "缺"}
PART_HEAD = {"measures": "举措和成效", "shortcomings": "不足和原因", "duties": "第一责任人职责", "plan": "下一年度安排"}
TYPE_NAME = {"county_gov": "县级政府", "department": "政府部门", "township": "乡镇（街道）"}
SEV_NAME = {"error": "错误", "warning": "警告", "info": "提示"}
PART_NAME = {**PART_HEAD, "other": "其他"}

RED = "FFC7CE"
AMBER = "FFEB9C"
GREY = "D9D9D9"


def location(r: FileReport, line: int | None) -> str:
    """Where a finding is, in the words of the file's format: 第N页 for PDF, 第N段 for Word, 第N行 else."""
    if line is None or r.doc is None:
        return ""
    page = r.doc.page_of(line)
    if page is not None:
        return f"第{page}页"
    return f"第{line}段" if r.doc.fmt == "docx" else f"第{line}行"


def render(reports: list[FileReport], similar: Sequence[tuple[str, str, float]] = ()) -> bytes:
    """The workbook as bytes; ``similar`` is (path_a, path_b, share of shared text 0–1)."""
    from openpyxl import Workbook

    wb = Workbook()
    overview = wb.active
    overview.title = "概览"
    _overview(overview, reports)
    _findings(wb.create_sheet("问题清单"), reports)
    _similar(wb.create_sheet("相似报告"), similar)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _row(values: list[Any]) -> list[Any]:
    """Cell values without the control characters a worksheet cannot hold (a NUL in a draft field, a file name)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]


def _header(ws: Any, names: list[str], widths: list[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(names)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=GREY)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"


def _finish(ws: Any) -> None:
    ws.auto_filter.ref = ws.dimensions


def _overview(ws: Any, reports: list[FileReport]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    names = ["文件", "单位", "类型", "年度", *(PART_HEAD[p] for p in PART_IDS), "错误", "警告", "提示", "说明"]
    _header(ws, names, [36, 30, 12, 8, 12, 12, 14, 14, 8, 8, 8, 50])
    red = PatternFill("solid", fgColor=RED)
    amber = PatternFill("solid", fgColor=AMBER)
    for r in reports:
        path = display_path(r.path)
        if r.error is not None or r.result is None or r.doc is None:
            ws.append(_row([path, "", "", None, *("" for _ in PART_IDS), None, None, None, f"无法读取：{r.error or ''}"]))
            row = ws[ws.max_row]
            row[-1].font = Font(color="9C0006", bold=True)
            row[0].fill = red
            continue
        res = r.result
        note = "单位类型由单位名称推断" if r.inferred else ""
        ws.append(_row([path, r.doc.meta.unit or "", TYPE_NAME.get(r.unit_type or "", r.unit_type or ""), res.year,
                   *(STATUS[res.parts[p].status] for p in PART_IDS),
                   res.count("error"), res.count("warning"), res.count("info"), note]))
        row = ws[ws.max_row]
        for i, p in enumerate(PART_IDS):
            cell = row[4 + i]
            cell.alignment = Alignment(horizontal="center")
            if res.parts[p].status == "missing":
                cell.fill = red
            elif res.parts[p].status == "folded":
                cell.fill = amber
    _finish(ws)


def _findings(ws: Any, reports: list[FileReport]) -> None:
    from openpyxl.styles import Alignment

    _header(ws, ["文件", "位置", "行/段", "部分", "规则", "级别", "问题"], [36, 10, 8, 16, 18, 8, 80])
    for r in reports:
        if r.result is None:
            continue
        path = display_path(r.path)
        for f in r.result.findings:
            ws.append(_row([path, location(r, f.line), f.line, PART_NAME.get(f.part or "", ""), f.rule,
                       SEV_NAME.get(f.severity, f.severity), f.message]))
            ws[ws.max_row][6].alignment = Alignment(wrap_text=True, vertical="top")
    _finish(ws)


def _similar(ws: Any, pairs: Sequence[tuple[str, str, float]]) -> None:
    from openpyxl.styles import Alignment

    _header(ws, ["报告甲", "报告乙", "相同文字占比"], [40, 40, 14])
    for a, b, share in sorted(pairs, key=lambda t: -t[2]):
        ws.append(_row([display_path(a), display_path(b), round(float(share), 4)]))
        cell = ws[ws.max_row][2]
        cell.number_format = "0.0%"
        cell.alignment = Alignment(horizontal="right")
    _finish(ws)
