"""The side panel: what this part should say, last year's promises, and the findings."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, ListItem, ListView, Static

from ...checks import Finding, Result
from ...rollforward import Commitment

SEVERITY = {"error": ("错误", "bold red"), "warning": ("警告", "yellow"), "info": ("提示", "cyan")}


class FindingItem(ListItem):
    """One finding; selecting it moves the editor to its line."""

    def __init__(self, finding: Finding) -> None:
        name, style = SEVERITY.get(finding.severity, ("", ""))
        t = Text()
        t.append(f"{name} ", style=style)
        t.append(f"第{finding.line}行 " if finding.line else "")
        t.append(finding.message)
        super().__init__(Label(t, classes="finding-text"))
        self.finding = finding


class SidePanel(Vertical):
    def compose(self) -> ComposeResult:
        with VerticalScroll(id="guide"):
            yield Static("", id="guide-text")
        yield Static("检查结果", id="findings-title")
        yield ListView(id="findings")

    def show_guide(self, part: str | None, result: Result, commitments: list[Commitment], done: list[bool]) -> None:
        """Checklist items of ``part`` (covered or not, with guidance), and the commitments."""
        t = Text()
        if part is None:
            t.append("开头\n", style="bold")
            t.append("写明本年度法治政府建设的总体情况，以“现将有关情况报告如下：”收尾。"
                     "标题、主送机关、署名、日期在 F2 设置中修改。\n", style="dim")
        else:
            pr = result.parts.get(part)
            t.append("本部分应写到\n", style="bold")
            for item in result.checklist.items_for(part):
                res = result.items.get(item.id)
                ok = bool(res and res.covered)
                t.append("✓ " if ok else "○ ", style="green" if ok else "dim")
                t.append(item.title + "\n", style="" if ok else "bold")
                if not ok:
                    t.append(item.guidance + "\n", style="dim")
            if pr is not None and pr.status != "present":
                t.append("\n该部分没有单独成节；在目录中点击它即可添加标准标题。\n", style="yellow")
        if part == "measures" and commitments:
            t.append("\n去年承诺\n", style="bold")
            for c, ok in zip(commitments, done, strict=False):
                t.append("✓ " if ok else "○ ", style="green" if ok else "dim")
                t.append((c.text if ok else c.prompt) + "\n", style="" if ok else "yellow")
        self.query_one("#guide-text", Static).update(t)

    def show_findings(self, findings: list[Finding]) -> None:
        lv = self.query_one("#findings", ListView)
        keep = lv.index
        lv.clear()
        lv.extend(FindingItem(f) for f in findings)
        counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY}
        title = f"检查结果：错误 {counts['error']} · 警告 {counts['warning']} · 提示 {counts['info']}"
        self.query_one("#findings-title", Static).update(title if findings else "检查结果：没有发现问题")
        if keep is not None and findings:
            lv.index = min(keep, len(findings) - 1)
