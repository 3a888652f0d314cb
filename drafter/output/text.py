"""``lint`` text output: file:line:col, severity, rule, message, the words in context, part status."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from ..checks import Finding
from ..checks.dismiss import Ignored
from ..checks.results import SEVERITY_NAMES
from ..lint import FileReport, display_path
from ..model import PART_IDS, Document
from ..sameunit import SameUnit
from ..skipped import Skipped
from ..text import width
from .plain import Console as PlainConsole
from .plain import Text, plain_stream

if TYPE_CHECKING:
    from rich.console import Console

SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS = {"present": ("✓ 有", "green"), "folded": ("◐ 并入", "yellow"), "missing": ("✗ 缺", "bold red")}
SHORT = {
    "measures": "主要举措和成效",
    "shortcomings": "存在的不足和原因",
    "duties": "第一责任人职责",
    "plan": "下一年度安排",
}
WINDOW = 24  # characters of context either side of a finding


def console(stream: TextIO | None = None) -> Console:
    """rich's console (the summary's tables need it)."""
    from rich.console import Console

    return Console(file=stream, highlight=False, soft_wrap=True, emoji=False)


def lines_console(stream: TextIO | None = None) -> Console | PlainConsole:
    """For lines of ``Text``: rich's console on a terminal; on a pipe or a file, where rich prints the
    bare text, one that prints the same text without importing rich (a third of a cold start)."""
    return PlainConsole(stream) if plain_stream(stream) else console(stream)


def excerpt(doc: Document, f: Finding) -> Text | None:
    """The source line around the finding, its words highlighted."""
    line = doc.line_text(f.line)
    if not line or not f.length:
        return None
    start = max(0, f.col - WINDOW)
    end = min(len(line), f.col + f.length + WINDOW)
    t = Text(f"    {f.line:>4} │ ", style="dim")
    t.append("…" if start else "")
    t.append(line[start : f.col])
    t.append(line[f.col : f.col + f.length], style="bold reverse " + SEV_STYLE[f.severity].split()[-1])
    t.append(line[f.col + f.length : end])
    t.append("…" if end < len(line) else "")
    return t


def ignored_block(path: str, ignored: list[Ignored]) -> list[Text]:
    """已忽略 N 条, then each dismissed finding with its reason: dismissed, never silently gone."""
    if not ignored:
        return []
    rows = [Text(f"  已忽略 {len(ignored)} 条：", style="bold")]
    for g in ignored:
        f = g.finding
        t = Text(f"    {path}:{f.line}" if f.line is not None else f"    {path}", style="dim")
        t.append(f" [{f.rule}] ", style="dim")
        t.append(f.message)
        where = f"；第{g.line}行的忽略" if g.line is not None else ""
        t.append(f"（理由：{g.reason}{where}）", style="dim")
        rows.append(t)
    return rows


def finding_line(path: str, f: Finding, doc: Document | None = None) -> Text:
    col = doc.column(f.line, f.col) if doc is not None else f.col + 1
    where = f"{path}:{f.line}:{col}" if f.line is not None else path
    page = doc.page_of(f.line) if doc is not None else None
    if page is not None:
        where += f"（第{page}页）"
    t = Text(where, style="bold")
    t.append(": ")
    t.append(SEVERITY_NAMES[f.severity], style=SEV_STYLE[f.severity])
    t.append(f" [{f.rule}] ", style="dim")
    t.append(f.message)
    return t


UNIT_FROM = {"signature": "单位取自署名", "body": "单位取自正文", "publisher": "单位取自网页的发布机构"}


def part_block(r: FileReport) -> list[Text]:
    assert r.doc is not None and r.result is not None
    m, res = r.doc.meta, r.result
    how = "（由单位名称推断）" if r.inferred else ""
    head = Text("  ")
    head.append(m.unit or "（未识别单位）", style="bold")
    if m.unit and m.unit_source in UNIT_FROM:
        head.append(f"（{UNIT_FROM[m.unit_source]}）", style="dim")
    kind = res.checklist.name if r.unit_type == res.checklist.id else (r.unit_type or "未知类型")
    # the checklist is named by its unit type's Chinese name (县级政府, 政府部门, 乡镇), and only when it is not the type's own
    own = r.unit_type == res.checklist.id
    listed = "" if own else f" · 按“{res.checklist.short or res.checklist.name}”清单检查"
    head.append(f" · {kind}{how} · {res.year or '？'}年度{listed}")
    rows = [head]
    for pid in PART_IDS:
        pr = res.parts[pid]
        label, style = STATUS[pr.status]
        name = SHORT[pid]
        t = Text("    " + name + " " * (18 - width(name)))
        t.append(label + " " * (8 - width(label)), style=style)
        if pr.line is not None:
            page = r.doc.page_of(pr.line)
            t.append(f"  第{pr.line}行" + (f"（第{page}页）" if page is not None else ""), style="dim")
        if pr.heading:
            t.append(f"  {pr.heading}", style="dim")
        rows.append(t)
    return rows


ITEM_MARK = {"covered": ("✓", "green"), "missing": ("○", "bold"), "not-applicable": ("–", "dim")}


def items_block(r: FileReport) -> list[Text]:
    """``--items``: every checklist item, and for a covered one the line and words that cover it."""
    assert r.result is not None
    rows = [Text("  清单条目：", style="bold")]
    for it in r.result.items.values():
        mark, style = ITEM_MARK.get(it.status, ("?", ""))
        t = Text(f"    {mark} ", style=style)
        t.append(it.item.title)
        if it.status == "covered":
            words = it.evidence or ""
            t.append(f"  第{it.line}行：" + (words[:40] + "…" if len(words) > 40 else words), style="dim")
        elif it.status == "not-applicable":
            t.append(f"  （{it.item.since}年起适用）", style="dim")
        elif it.near is not None:  # not found, but a sentence may write it in other words
            t.append(f"  可能已写到，请核对 第{it.near.line}行：{it.near.quote}", style="yellow")
        elif it.mention is not None:  # not found, but a sentence names its topic
            t.append(f"  提到了，请核对是否写了做法 第{it.mention.line}行：{it.mention.quote}", style="yellow")
        else:
            t.append("  未写到", style="yellow")
        rows.append(t)
    return rows


def skipped_lines(skipped: list[Skipped], out: Console | PlainConsole, *, wrap: bool = False) -> None:
    """The folder's files that were not read, one line each with the reason (``wrap``: to the terminal,
    as under the summary table; else one line each, as the findings are)."""
    for s in skipped:
        out.print(
            Text(f"{display_path(s.path)}: ", style="bold") + Text("跳过：", style="dim") + Text(s.reason),
            soft_wrap=not wrap,
        )


def counted(reports: int, skipped: list[Skipped] | None) -> str:
    """ "检查了 13 个文件" and, when a folder held other files, "，跳过 3 个"."""
    return f"检查了 {reports} 个文件" + (f"，跳过 {len(skipped)} 个" if skipped else "")


def same_unit_lines(twice: list[SameUnit], out: Console | PlainConsole, *, wrap: bool = False) -> None:
    """One unit's reports, two or more: said so, with the files."""
    for t in twice:
        out.print(
            Text("同一单位：", style="bold yellow") + Text(t.message + "：" + "、".join(t.paths)), soft_wrap=not wrap
        )


def render(
    reports: list[FileReport],
    out: Console | PlainConsole,
    skipped: list[Skipped] | None = None,
    twice: list[SameUnit] | None = None,
    *,
    items: bool = False,
    explain_type: bool = False,
) -> None:
    errors = warnings = infos = dismissed = 0
    for r in reports:
        path = display_path(r.path)
        if r.error is not None or r.result is None or r.doc is None:
            out.print(Text(f"{path}: ", style="bold") + Text("无法读取：", style="bold red") + Text(r.error or ""))
            continue
        for f in r.result.findings:
            out.print(finding_line(path, f, r.doc))
            ex = excerpt(r.doc, f)
            if ex is not None:
                out.print(ex)
        for row in ignored_block(path, r.result.ignored):
            out.print(row)
        if (note := r.result.omitted_text()) is not None:
            out.print(Text(f"  {note}", style="yellow"))
        for row in part_block(r):
            out.print(row)
        if explain_type:
            out.print(Text(f"    单位类型依据：{r.type_why or '未能判断'}", style="dim"))
        for row in items_block(r) if items else []:
            out.print(row)
        dismissed += len(r.result.ignored)
        errors += r.result.count("error")
        warnings += r.result.count("warning")
        infos += r.result.count("info")
        out.print()
    if skipped:
        skipped_lines(skipped, out)
        out.print()
    if twice:
        same_unit_lines(twice, out)
        out.print()
    bad = sum(1 for r in reports if r.error is not None)
    tail = Text(counted(len(reports), skipped) + "：")
    tail.append(f"{errors} 个错误", style="bold red" if errors else "green")
    tail.append(f"，{warnings} 个警告，{infos} 个提示")
    if dismissed:
        tail.append(f"，已忽略 {dismissed} 条")
    if bad:
        tail.append(f"，{bad} 个文件无法读取", style="bold red")
    out.print(tail)
