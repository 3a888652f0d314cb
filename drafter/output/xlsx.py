"""``lint --format xlsx``: the 汇总表 for the leadership (openpyxl), ready to print as it is.

Sheets: 概览 (one row per file, sorted by unit type then errors: unit, type, year, the four
parts as 有/并入/缺, counts by severity; a row for each unreadable or skipped file; a totals
row), 问题清单 (every finding with its unit and the rule's Chinese name; dismissed findings
after them), 相似报告 (pairs of units whose reports share text, from the cross-unit pass).

Every sheet prints on A4 landscape, one page wide, its title and header rows on every page;
a title row names the folder, the report year and the date. Rows are written once, cell by
cell at known row numbers (asking openpyxl for ``max_row`` after each append made 2,000
reports quadratic).
"""

from __future__ import annotations

import datetime
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from ..checks.results import SEVERITY_NAMES
from ..checks.templates import Cluster
from ..fsutil import common_folder
from ..lint import FileReport, display_path
from ..model import PART_IDS, PART_SHORT

STATUS = {"present": "有", "folded": "并入", "missing": "缺"}
TYPE_NAME = {"county_gov": "县级政府", "department": "政府部门", "township": "乡镇（街道）"}
TYPE_ORDER = {"county_gov": 0, "department": 1, "township": 2}
PART_NAME = {**PART_SHORT, "other": "其他"}
FONT = "宋体"  # every Chinese Windows and WPS has it; Calibri has no Chinese glyphs
HEADER_ROW = 2  # row 1 is the title

RED = "FFC7CE"
AMBER = "FFEB9C"
GREY = "D9D9D9"

OVERVIEW_COLS = [
    ("文件", 36),
    ("单位", 30),
    ("类型", 12),
    ("年度", 8),
    *((PART_SHORT[p], 12) for p in PART_IDS),
    ("错误", 8),
    ("警告", 8),
    ("提示", 8),
    ("说明", 40),
]
FINDING_COLS = [
    ("文件", 30),
    ("单位", 24),
    ("位置", 10),
    ("行/段", 8),
    ("部分", 14),
    ("规则", 18),
    ("规则名称", 20),
    ("级别", 8),
    ("问题", 70),
]
SIMILAR_COLS = [("单位甲", 28), ("报告甲", 34), ("单位乙", 28), ("报告乙", 34), ("相同文字占比", 14)]
CLUSTER_COLS = [("底稿", 8), ("单位", 34), ("报告", 44), ("单位数", 10), ("相同文字占比", 14)]


@dataclass(frozen=True)
class Ignored:
    """A finding the reviewer dismissed: listed after the others in 问题清单, marked 已忽略."""

    path: str
    line: int | None
    rule: str
    message: str
    reason: str = ""


def location(r: FileReport, line: int | None) -> str:
    """Where a finding is, in the words of the file's format: 第N页 for PDF, 第N段 for Word, 第N行 else."""
    if line is None or r.doc is None:
        return ""
    page = r.doc.page_of(line)
    if page is not None:
        return f"第{page}页"
    return f"第{line}段" if r.doc.fmt == "docx" else f"第{line}行"


def render(
    reports: list[FileReport],
    similar: Sequence[tuple[str, str, float]] = (),
    *,
    skipped: Sequence[tuple[str, str]] = (),
    ignored: Sequence[Ignored] = (),
    clusters: Sequence[Cluster] = (),
    folder: str | None = None,
    today: datetime.date | None = None,
) -> bytes:
    """The workbook as bytes.

    ``similar`` is (path_a, path_b, share of shared text 0–1); ``skipped`` is (path, reason) for files
    not read at all (listed in 概览); ``ignored`` the dismissed findings; ``folder`` names what was
    checked in the title (default: the reports' common folder); ``clusters`` (reports from one template)
    add a sheet 同一底稿, one row per report, when there are any.
    """
    from openpyxl import Workbook

    wb = Workbook()
    _chinese_font(wb)
    title = _title(reports, folder, today or datetime.date.today())
    overview = wb.active
    overview.title = "概览"
    _overview(_Sheet(overview, f"{title}　概览", OVERVIEW_COLS), reports, skipped)
    _findings(_Sheet(wb.create_sheet("问题清单"), f"{title}　问题清单", FINDING_COLS), reports, ignored)
    _similar(_Sheet(wb.create_sheet("相似报告"), f"{title}　相似报告", SIMILAR_COLS), reports, similar)
    if clusters:
        _clusters(_Sheet(wb.create_sheet("同一底稿"), f"{title}　同一底稿", CLUSTER_COLS), clusters)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _clusters(sh: _Sheet, clusters: Sequence[Cluster]) -> None:
    """Reports that share most of their text, grouped: one row per report, its cluster numbered."""
    from openpyxl.styles import Font

    for n, c in enumerate(clusters, start=1):
        for unit, path in zip(c.units, c.paths, strict=True):
            cells = sh.add([f"第{n}组", unit or "", display_path(path), len(c.paths), round(float(c.share), 4)])
            cells[4].number_format = "0.0%"
    sh.finish()
    sh.add([f"合计：{len(clusters)} 组，{sum(len(c.paths) for c in clusters)} 份报告"])[0].font = Font(
        name=FONT, bold=True
    )


def _row(values: list[Any]) -> list[Any]:
    """Cell values without the control characters a worksheet cannot hold (a NUL in a draft field, a file name)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values]


# The CSV-injection list, and its full-width forms: a Chinese IME types ＝, and some spreadsheets read it as =.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def _text_cell(cell: Any) -> Any:
    """``cell`` kept as text whatever its words begin with: a title or a file name starting with "="
    must not become a live formula (=HYPERLINK(…)). Text is stored as a string, and one that starts
    like a formula (= + - @ tab CR, the CSV-injection list, or their full-width forms) gets Excel's leading-apostrophe mark, so
    editing the cell in Excel keeps it text too."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(_FORMULA_START):
            cell.quotePrefix = True
    return cell


# ------------------------------------------------------------ workbook set-up


def _chinese_font(wb: Any) -> None:
    """宋体 as the workbook's default font (cells without a font of their own, column widths)."""
    from openpyxl.styles import Font

    font = Font(name=FONT, size=11, charset=134)  # 134: GB2312
    wb._fonts = type(wb._fonts)([font])
    wb._named_styles["Normal"].font = font


def _title(reports: list[FileReport], folder: str | None, today: datetime.date) -> str:
    years = Counter(r.result.year for r in reports if r.result is not None and r.result.year)
    year = f"{years.most_common(1)[0][0]}年度" if years else "年度不详"
    if folder is None:
        dirs = [os.path.dirname(os.path.abspath(r.path)) for r in reports]
        folder = display_path(common_folder(dirs)) if dirs else ""
    return (
        f"法治政府建设年度报告检查汇总　文件夹：{folder or '.'}　报告年度：{year}　"
        f"制表日期：{today.year}年{today.month}月{today.day}日"
    )


class _Sheet:
    """A worksheet written row by row at known row numbers, set up to print."""

    def __init__(self, ws: Any, title: str, cols: list[tuple[str, int]]) -> None:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self.ws, self.ncols, self.row = ws, len(cols), HEADER_ROW
        _text_cell(ws.cell(1, 1, _row([title])[0])).font = Font(name=FONT, bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
        ws.row_dimensions[1].height = 24
        head_font, fill = Font(name=FONT, bold=True), PatternFill("solid", fgColor=GREY)
        centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for i, (name, width) in enumerate(cols, start=1):
            c = ws.cell(HEADER_ROW, i, name)
            c.font, c.fill, c.alignment = head_font, fill, centre
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = f"A{HEADER_ROW + 1}"
        _print_setup(ws)

    def add(self, values: list[Any]) -> list[Any]:
        """Write one row after the last; its cells, to style."""
        self.row += 1
        return [_text_cell(self.ws.cell(self.row, i, v)) for i, v in enumerate(_row(values), start=1)]

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter

        self.ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(self.ncols)}{max(self.row, HEADER_ROW)}"


def _print_setup(ws: Any) -> None:
    """A4 landscape, one page wide (as many tall as it takes), title and header on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{HEADER_ROW}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.font = FONT


# ------------------------------------------------------------ sheets


def _sort_key(r: FileReport) -> tuple[int, int, int, str]:
    """Readable reports by unit type, most errors first; unreadable ones last."""
    if r.result is None or r.error is not None or r.doc is None:
        return (1, 0, 0, r.path)
    return (0, TYPE_ORDER.get(r.unit_type or "", len(TYPE_ORDER)), -r.result.count("error"), r.path)


def _overview(sh: _Sheet, reports: list[FileReport], skipped: Sequence[tuple[str, str]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    red, amber = PatternFill("solid", fgColor=RED), PatternFill("solid", fgColor=AMBER)
    centre = Alignment(horizontal="center")
    bad_font = Font(name=FONT, color="9C0006", bold=True)
    missing = Counter[str]()
    totals = [0, 0, 0]
    readable = 0
    blanks = ["" for _ in PART_IDS]
    for r in sorted(reports, key=_sort_key):
        path = display_path(r.path)
        if r.error is not None or r.result is None or r.doc is None:
            cells = sh.add([path, "", "", None, *blanks, None, None, None, f"无法读取：{r.error or ''}"])
            cells[-1].font, cells[0].fill = bad_font, red
            continue
        res = r.result
        readable += 1
        counts = [res.count("error"), res.count("warning"), res.count("info")]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        note = "单位类型由单位名称推断" if r.inferred else ""
        cells = sh.add(
            [
                path,
                r.doc.meta.unit or "",
                TYPE_NAME.get(r.unit_type or "", r.unit_type or "未判断"),
                res.year,
                *(STATUS[res.parts[p].status] for p in PART_IDS),
                *counts,
                note,
            ]
        )
        for i, p in enumerate(PART_IDS):
            cell = cells[4 + i]
            cell.alignment = centre
            status = res.parts[p].status
            if status == "missing":
                cell.fill = red
                missing[p] += 1
            elif status == "folded":
                cell.fill = amber
    for path, reason in skipped:
        cells = sh.add([display_path(path), "", "", None, *blanks, None, None, None, f"未检查：{reason}"])
        cells[-1].font = Font(name=FONT, color="7F6000", bold=True)
    sh.finish()
    unread = len(reports) - readable
    tail = "，".join(
        x for x in (f"{unread} 份无法读取" if unread else "", f"{len(skipped)} 份未检查" if skipped else "") if x
    )
    cells = sh.add(
        [
            f"合计：{readable} 份报告" + (f"（另{tail}）" if tail else ""),
            "",
            "",
            None,
            *(f"缺 {missing[p]}" if missing[p] else "" for p in PART_IDS),
            *totals,
            "",
        ]
    )
    bold = Font(name=FONT, bold=True)
    for c in cells:
        c.font = bold
    for c in cells[4:8]:
        c.alignment = centre


def _findings(sh: _Sheet, reports: list[FileReport], ignored: Sequence[Ignored]) -> None:
    from openpyxl.styles import Alignment, Font

    from ..ruledocs import docs

    names = {rid: d.title for rid, d in docs().items()}
    wrap = Alignment(wrap_text=True, vertical="top")
    units: dict[str, str] = {}
    n = 0
    for r in sorted(reports, key=_sort_key):
        if r.result is None:
            continue
        path = display_path(r.path)
        unit = (r.doc.meta.unit or "") if r.doc is not None else ""
        units[r.path] = unit
        for f in r.result.findings:
            cells = sh.add(
                [
                    path,
                    unit,
                    location(r, f.line),
                    f.line,
                    PART_NAME.get(f.part or "", ""),
                    f.rule,
                    names.get(f.rule, ""),
                    SEVERITY_NAMES.get(f.severity, f.severity),
                    f.message,
                ]
            )
            cells[8].alignment = wrap
            n += 1
        if (note := r.result.omitted_text()) is not None:
            sh.add([path, unit, "", None, "", "", "", "", note])[8].alignment = wrap
    grey = Font(name=FONT, color="808080")
    for g in ignored:
        note = f"（已忽略：{g.reason}）" if g.reason else "（已忽略）"
        cells = sh.add(
            [
                display_path(g.path),
                units.get(g.path, ""),
                "",
                g.line,
                "",
                g.rule,
                names.get(g.rule, ""),
                "已忽略",
                g.message + note,
            ]
        )
        for c in cells:
            c.font = grey
        cells[8].alignment = wrap
    sh.finish()
    cells = sh.add([f"合计：{n} 个问题" + (f"（另有 {len(ignored)} 个已忽略）" if ignored else "")])
    cells[0].font = Font(name=FONT, bold=True)


def _similar(sh: _Sheet, reports: list[FileReport], pairs: Sequence[tuple[str, str, float]]) -> None:
    from openpyxl.styles import Alignment, Font

    units = {r.path: (r.doc.meta.unit or "") for r in reports if r.doc is not None}
    right = Alignment(horizontal="right")
    for a, b, share in sorted(pairs, key=lambda t: -t[2]):
        cells = sh.add([units.get(a, ""), display_path(a), units.get(b, ""), display_path(b), round(float(share), 4)])
        cells[4].number_format = "0.0%"
        cells[4].alignment = right
    sh.finish()
    sh.add([f"合计：{len(pairs)} 对"])[0].font = Font(name=FONT, bold=True)
