"""``lint --summary``: one row per unit, one column per part — for a reviewer with forty reports."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..checks.originality import SimilarPair
from ..checks.templates import PAIRS_PER_CLUSTER, Cluster
from ..lint import FileReport, display_path
from ..model import PART_IDS
from ..sameunit import SameUnit
from ..skipped import Skipped
from .text import STATUS, counted, same_unit_lines, skipped_lines

COLUMN = {"measures": "举措", "shortcomings": "不足", "duties": "职责", "plan": "安排"}
MARK = {"present": "✓", "folded": "◐", "missing": "✗"}


# Columns other than the file and the unit: their content (类型: 县级政府, 政府部门, 乡镇) and the gaps between columns, in cells
# (no box: at 80 columns every cell counts).
_FIXED = 8 + 4 + 4 * 4 + 2 + 2 + 4 + 10 * 2
MAX_LINES = 2  # a file name takes at most two lines


def render(
    reports: list[FileReport],
    out: Console,
    pairs: list[SimilarPair] | None = None,
    skipped: list[Skipped] | None = None,
    clusters: list[Cluster] | None = None,
    twice: list[SameUnit] | None = None,
) -> None:
    names = [Path(r.path).name for r in reports]
    room = max(16, out.width - _FIXED)  # what the file and unit columns share
    longest = max((cell_len(n) for n in names), default=4)
    # the whole name where the width allows, else half of it (two lines), never squeezing the unit out
    file_width = max(8, min(longest, max(room - 12, min((longest + 1) // MAX_LINES, room - 10))))
    table = Table(
        title="法治政府建设年度报告检查汇总",
        caption="举措=主要举措和成效 不足=存在的不足和原因 职责=第一责任人职责 "
        "安排=下一年度安排；✓ 有 ◐ 并入其他部分 ✗ 缺；错 警 提示：各级问题的个数",
        box=None,
        pad_edge=False,
        padding=(0, 1),
        header_style="bold underline",
    )
    table.add_column("文件", overflow="fold", width=file_width)
    table.add_column("单位", overflow="fold", width=max(6, room - file_width))
    table.add_column("类型", no_wrap=True)
    table.add_column("年度", justify="right", no_wrap=True)
    for pid in PART_IDS:
        table.add_column(COLUMN[pid], justify="center", no_wrap=True)
    table.add_column("错", justify="right", style="red", no_wrap=True)
    table.add_column("警", justify="right", style="yellow", no_wrap=True)
    table.add_column("提示", justify="right", style="cyan", no_wrap=True)
    for r, full in zip(reports, names, strict=True):
        name = Text(shorten(full, file_width * MAX_LINES))
        if r.result is None or r.doc is None:
            table.add_row(name, f"[bold red]无法读取[/]：{r.error}", "", "", *[""] * len(PART_IDS), "", "", "")
            continue
        cells = [f"[{STATUS[s][1]}]{MARK[s]}[/]" for s in (r.result.parts[p].status for p in PART_IDS)]
        kind = r.result.checklist.short if r.unit_type else "未判断"
        table.add_row(
            name,
            r.doc.meta.unit or "—",
            kind,
            str(r.result.year or "—"),
            *cells,
            str(r.result.count("error")),
            str(r.result.count("warning")),
            str(r.result.count("info")),
        )
    out.print(table)
    if clusters:
        templates(clusters, out)
    if skipped:
        out.print(Text(counted(len(reports), skipped) + "。跳过的文件：", style="bold"), soft_wrap=False)
        skipped_lines(skipped, out, wrap=True)
    if twice:
        same_unit_lines(twice, out, wrap=True)
    if pairs:
        units = {display_path(r.path): r.doc.meta.unit for r in reports if r.doc is not None and r.doc.meta.unit}
        similar(pairs, out, units, capped=bool(clusters))


SHOWN = 10  # units named in a cluster's line; the JSON lists them all
_TENTHS = "零一二三四五六七八九"


def templates(clusters: list[Cluster], out: Console) -> None:
    """One paragraph per cluster: how many units, how much of their text is the same, who they are."""
    out.print(Text("来源于同一底稿的报告", style="bold"))
    for c in clusters:
        tenths = round(c.share * 10)
        how = "几乎完全相同" if tenths >= 10 else f"有{_TENTHS[tenths]}成相同"
        names = [u or Path(p).name for u, p in zip(c.units, c.paths, strict=True)]
        shown = "、".join(names[:SHOWN]) + (f"等 {len(names)} 个" if len(names) > SHOWN else "")
        out.print(Text(f"这 {len(names)} 个单位的报告{how}，来源于同一底稿：{shown}"))
    out.print()


def similar(pairs: list[SimilarPair], out: Console, units: dict[str, str] | None = None, capped: bool = False) -> None:
    """The pairs of units whose reports share much of their body text: each unit, with its file below."""
    caption = "相同比例 = 一份报告正文中与另一份基本相同的段落所占比例（取两份中较大者）"
    if capped:
        caption += f"；同一底稿的报告只列最相似的 {PAIRS_PER_CLUSTER} 对"
    table = Table(title="内容相似的报告", caption=caption, pad_edge=False)
    table.add_column("单位甲（文件）", overflow="fold", ratio=1)
    table.add_column("单位乙（文件）", overflow="fold", ratio=1)
    table.add_column("相同比例", justify="right", no_wrap=True)
    named = units or {}
    for p in pairs:
        cells = [Text(f"{named[path]}\n{path}") if path in named else Text(path) for path in (p.path_a, p.path_b)]
        table.add_row(*cells, f"{round(p.share * 100)}%")
    out.print(table)


def shorten(name: str, cells: int) -> str:
    """A file name cut in the middle to ``cells`` cells, its start and its extension kept."""
    if cell_len(name) <= cells:
        return name
    stem, dot, ext = name.rpartition(".")
    end = (dot + ext) if stem and len(ext) <= 5 else ""
    head = ""
    for ch in name[: len(name) - len(end)]:
        if cell_len(head + ch) > cells - 1 - cell_len(end):
            break
        head += ch
    return head + "…" + end
