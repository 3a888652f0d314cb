"""``lint --summary``: one row per unit, one column per part — for a reviewer with forty reports."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..checks.originality import SimilarPair
from ..lint import FileReport
from ..model import PART_IDS
from .text import STATUS

COLUMN = {"measures": "举措", "shortcomings": "不足", "duties": "职责", "plan": "安排"}
MARK = {"present": "✓", "folded": "◐", "missing": "✗"}


def render(reports: list[FileReport], out: Console, pairs: list[SimilarPair] | None = None) -> None:
    table = Table(title="法治政府建设年度报告检查汇总", caption="举措=主要举措和成效 不足=存在的不足和原因 职责=第一责任人职责 安排=下一年度安排；✓ 有 ◐ 并入其他部分 ✗ 缺", pad_edge=False)
    table.add_column("文件", overflow="fold", ratio=2)
    table.add_column("单位", overflow="fold", ratio=3)
    table.add_column("类型", no_wrap=True)
    table.add_column("年度", justify="right", no_wrap=True)
    for pid in PART_IDS:
        table.add_column(COLUMN[pid], justify="center", no_wrap=True)
    table.add_column("错", justify="right", style="red", no_wrap=True)
    table.add_column("警", justify="right", style="yellow", no_wrap=True)
    for r in reports:
        name = Path(r.path).name
        if r.result is None or r.doc is None:
            table.add_row(name, f"[bold red]无法读取[/]：{r.error}", "", "", *[""] * len(PART_IDS), "", "")
            continue
        cells = [f"[{STATUS[s][1]}]{MARK[s]}[/]" for s in (r.result.parts[p].status for p in PART_IDS)]
        kind = r.result.checklist.short if r.unit_type else "—"
        table.add_row(name, r.doc.meta.unit or "—", kind, str(r.result.year or "—"), *cells,
                      str(r.result.count("error")), str(r.result.count("warning")))
    out.print(table)
    if pairs:
        similar(pairs, out)


def similar(pairs: list[SimilarPair], out: Console) -> None:
    """The pairs of units whose reports share much of their body text."""
    table = Table(title="内容相似的报告", caption="相同比例 = 一份报告正文中与另一份基本相同的段落所占比例（取两份中较大者）",
                  pad_edge=False)
    table.add_column("报告甲", overflow="fold", ratio=1)
    table.add_column("报告乙", overflow="fold", ratio=1)
    table.add_column("相同比例", justify="right", no_wrap=True)
    for p in pairs:
        table.add_row(p.path_a, p.path_b, f"{round(p.share * 100)}%")
    out.print(table)
