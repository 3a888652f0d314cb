"""The start screen's 检查文件: a report's part statuses and findings, as ``drafter lint`` gives them."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from ..model import PART_IDS, PART_NAMES
from ..readers.errors import ReadError
from .widgets.sidepanel import SEVERITY

CHECKING = "正在检查…"
STATUS = {"present": "✓ 有", "folded": "◐ 未单列", "missing": "✗ 缺少"}


def lint_text(path: Path) -> Text:
    """A report's part statuses and findings: the same report ``drafter lint`` makes."""
    from ..lint import lint_paths

    report = next(lint_paths([str(path)]))
    if report.error is not None or report.result is None or report.doc is None:
        raise ReadError(report.error or "无法读取")
    doc, result = report.doc, report.result
    t = Text()
    t.append(f"{path.name}\n", style="bold")
    kind = result.checklist.name
    t.append(f"单位：{doc.meta.unit or '未识别'} · 年度：{result.year or '未识别'}\n按“{kind}”清单检查\n\n")
    for pid in PART_IDS:
        t.append(f"{STATUS[result.parts[pid].status]}  {PART_NAMES[pid]}\n")
    t.append(f"\n错误 {result.count('error')} · 警告 {result.count('warning')} · 提示 {result.count('info')}\n\n")
    for f in result.findings:
        sev, style = SEVERITY[f.severity]
        t.append(sev, style=style)
        t.append(f"·第{f.line}行：" if f.line else "：")
        t.append(f"{f.message}\n")
    return t
