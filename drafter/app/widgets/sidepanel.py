"""The side panel: what this part should say, last year's promises, and the findings."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, ListItem, ListView, Static

from ...checks import Finding, Result
from ...checks.results import SEVERITY_NAMES
from ...model import Document
from ...render.preview import Pages
from ...rollforward import Commitment
from ..dismissals import Dismissed, stale
from ..editing import LastYear
from ..linebreak import Wrapped

Where = Callable[[int | None], str]


def _nowhere(line: int | None) -> str:
    return ""


SEVERITY = {
    s: (SEVERITY_NAMES[s], style) for s, style in (("error", "bold red"), ("warning", "yellow"), ("info", "cyan"))
}
# What each part must say (the regulation), shown above the checklist items.
PART_GUIDE = {
    "measures": "上一年度做了什么、成效如何，用件数、次数、比率说明。",
    "shortcomings": "写明存在的问题，并分析产生问题的原因（如“究其原因……”），不要只列问题。",
    "duties": "写党政主要负责人本人做了什么：带头学法、亲自部署、听取汇报、协调解决问题、述法、出庭应诉等，附次数。",
    "plan": "下一年度的具体安排，可列条目（一是……二是……），避免只有口号。",
    "other": "其他需要报告的情况（可选）。",
}


class FindingItem(ListItem):
    """One finding; selecting it moves the editor to its line."""

    def __init__(self, finding: Finding, where: str = "") -> None:
        self.label = Label(classes="finding-text")
        super().__init__(self.label)
        self.shown: tuple[object, ...] = ()
        self.show(finding, where)

    def show(self, finding: Finding, where: str = "") -> None:
        """This row for ``finding``; its words drawn again only where they changed (typing moves the
        findings after the cursor a column on: the row reads the same)."""
        self.finding = finding
        if (finding.severity, where, finding.message) == self.shown:
            return
        self.shown = (finding.severity, where, finding.message)
        name, style = SEVERITY.get(finding.severity, ("", ""))
        t = Text()
        # No spaces: the panel is narrow, and a space lets the long Chinese message jump to the next line.
        t.append(name, style=style)
        t.append(f"·{where}：" if where else "：")
        t.append(finding.message)
        self.label.update(Wrapped(t))


class IgnoredHead(ListItem):
    """The title of the dismissals under the findings (not selectable)."""

    def __init__(self, count: int) -> None:
        self.label = Label(f"已忽略的问题（{count}条）")
        super().__init__(self.label, disabled=True, classes="ignored-head")
        self.count = count

    def show(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.label.update(f"已忽略的问题（{count}条）")


class IgnoredItem(ListItem):
    """One dismissal: the rule's Chinese name, the words, the reason; Enter goes to its paragraph,
    Delete removes it (after a question) so the finding comes back."""

    def __init__(self, entry: Dismissed, where: str = "") -> None:
        self.label = Label(classes="finding-text")
        super().__init__(self.label)
        self.shown: tuple[object, ...] = ()
        self.show(entry, where)

    def show(self, entry: Dismissed, where: str = "") -> None:
        """This row for ``entry``, drawn again only where its words changed."""
        self.entry = entry
        key = (where, entry.name, entry.quote, entry.count, entry.reason, entry.removable)
        if key == self.shown:
            return
        self.shown = key
        t = Text()
        t.append("已忽略", style="dim")
        t.append(f"·{where}：" if where else "：")
        t.append(entry.name, style="bold")
        if entry.quote:
            t.append(f"「{entry.quote}」")
        if entry.count > 1:
            t.append(f"（{entry.count}条）")
        t.append("\n理由：" + entry.reason, style="dim")
        if not entry.removable:
            t.append("（检查清单中设定）", style="dim")
        self.label.update(Wrapped(t))


class FindingList(ListView):
    """The findings, then the dismissals; Enter goes to one, Delete removes a dismissal, Esc back to the editor."""

    BINDINGS: ClassVar = [
        Binding("escape", "back", "返回"),
        Binding("delete", "remove_dismissal", "恢复检查", key_display="Delete"),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Delete is shown (and works) only on a dismissal."""
        if action == "remove_dismissal":
            return self._dismissal() is not None
        return True

    def _dismissal(self) -> Dismissed | None:
        """The dismissal highlighted: one listed under 已忽略的问题, or the comment a finding says is stale."""
        item = self.highlighted_child
        if isinstance(item, IgnoredItem):
            return item.entry
        return stale(item.finding) if isinstance(item, FindingItem) else None

    def on_list_view_highlighted(self) -> None:
        self.refresh_bindings()  # the footer's Delete follows the highlight

    def action_remove_dismissal(self) -> None:
        """Delete on a dismissal: the screen asks, then takes the comment out of the draft."""
        entry = self._dismissal()
        ask = getattr(self.screen, "ask_remove_dismissal", None)
        if entry is not None and ask is not None:
            ask(entry)

    def action_back(self) -> None:
        """Esc: back to the editor as F3 goes back (the outline shown again at 80 columns)."""
        toggle = getattr(self.screen, "action_toggle_side", None)
        if toggle is not None:
            toggle()
        else:
            self.screen.query_one("#editor").focus()


class SidePanel(Vertical):
    _rows: list[ListItem]  # the finding list's rows as last shown (``show_findings``)
    _shape: tuple[int, int]  # ... for how many findings and dismissals

    def compose(self) -> ComposeResult:
        self._rows, self._shape = [], (-1, -1)
        with VerticalScroll(id="guide"):
            pages = Static("", id="pages-text")
            pages.display = False  # shown after an F5 preview
            yield pages
            copies = Static("", id="copies-text")
            copies.display = False  # shown only when the section repeats last year's report
            yield copies
            yield Static("", id="guide-text")
        yield Static("检查结果", id="findings-title")
        yield FindingList(id="findings")

    def focus_findings(self) -> None:
        """F3: the finding list takes the focus, its highlight on a finding."""
        lv = self.query_one("#findings", ListView)
        if lv.index is None and len(lv.children):
            lv.index = 0
        lv.focus()

    def show_pages(self, pages: Pages | None) -> None:
        """The last preview's page count and the 版记's pages (render/preview.py)."""
        box = self.query_one("#pages-text", Static)
        box.display = pages is not None
        if pages is None:
            return
        t = Text()
        t.append(f"预览：约{pages.count}页\n", style="bold")
        if pages.colophon:
            where = "、".join(f"第{n}页" for n in pages.colophon)
            t.append(f"版记在{where}（占{len(pages.colophon)}页）\n", style="dim")
        else:
            t.append("没有版记（抄送、印发机关在 F2 设置中填写）\n", style="dim")
        box.update(Wrapped(t))

    def show_guide(
        self,
        part: str | None,
        result: Result,
        commitments: list[Commitment],
        done: list[bool],
        own: list[Finding] | None = None,
        last_year: list[LastYear] | None = None,
    ) -> None:
        """Last year's commitments, the checklist items of ``part`` (covered or not, with guidance), and
        ``own``: the problems found in the section being edited."""
        t = Text()
        if own:  # the problems first: fixing them matters more than the topics below
            t.append("本部分的问题\n", style="bold")
            for f in own:
                name, style = SEVERITY.get(f.severity, ("", ""))
                t.append(name, style=style)
                t.append("：" + f.message + "\n")
            t.append("\n")
        if part is None:
            t.append("开头\n", style="bold")
            t.append(
                "写明本年度法治政府建设的总体情况，以“现将有关情况报告如下：”收尾。"
                "标题、主送机关、署名、日期在 F2 设置中修改。\n",
                style="dim",
            )
        else:
            pr = result.parts.get(part)
            if last_year:
                _last_year(t, last_year)
            if part == "measures" and commitments:
                _commitments(t, commitments, done)
            t.append("本部分应写到\n", style="bold")
            if part in PART_GUIDE:
                t.append(PART_GUIDE[part] + "\n", style="dim")

            for item in result.checklist.items_for(part):
                res = result.items.get(item.id)
                ok = bool(res and res.covered)
                near = res.near if res is not None and res.standing == "near" else None
                named = res.mention if res is not None and res.standing == "mentioned" else None
                # no space after the mark: Rich wraps at spaces and would leave the mark alone on its line
                seen = near or named
                t.append("✓" if ok else "◐" if seen else "○", style="green" if ok else "yellow" if seen else "dim")
                t.append(item.title + "\n", style="" if ok else "bold")
                if near is not None:  # written in other words, perhaps: the sentence to look at
                    t.append(f"可能已写到：“{near.quote}”，请核对\n", style="yellow")
                elif named is not None:  # its topic named: check that the sentence says what was done
                    t.append(f"提到了：“{named.quote}”，请核对是否写了做法和成效\n", style="yellow")
                elif not ok:
                    t.append(item.guidance + "\n", style="dim")
            if pr is not None and pr.status != "present":
                t.append("\n该部分没有单独成节；在目录中点击它即可添加标准标题。\n", style="yellow")
        self.query_one("#guide-text", Static).update(Wrapped(t))

    def show_findings(
        self, findings: list[Finding], ignored: list[Dismissed] | None = None, where: Where = _nowhere
    ) -> None:
        """The findings, then 已忽略的问题 (each dismissal with its reason); ``where`` says a file line as
        the writer finds it on screen (the part and paragraph)."""
        lv = self.query_one("#findings", ListView)
        ignored = ignored or []
        counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY}
        title = f"检查结果：错误{counts['error']} 警告{counts['warning']} 提示{counts['info']}"
        self.query_one("#findings-title", Static).update(title if findings else "检查结果：没有发现问题")
        rows = self._rows
        if self._shape == (len(findings), len(ignored)):  # as many rows of each kind: each shown anew in its row
            for row, f in zip(rows, findings, strict=False):  # (a re-check while typing: the common case)
                cast(FindingItem, row).show(f, where(f.line))
            if ignored:
                cast(IgnoredHead, rows[len(findings)]).show(len(ignored))
                for row, d in zip(rows[len(findings) + 1 :], ignored, strict=True):
                    cast(IgnoredItem, row).show(d, where(d.span[0] if d.span else None))
            return
        keep = lv.index
        lv.clear()
        self._shape = (len(findings), len(ignored))
        rows[:] = [FindingItem(f, where(f.line)) for f in findings]
        if ignored:
            rows.append(IgnoredHead(len(ignored)))
            rows.extend(IgnoredItem(d, where(d.span[0] if d.span else None)) for d in ignored)
        lv.extend(rows)
        n = len(rows)  # the list's rows once mounted
        if keep is not None and n:
            keep = min(keep, n - 1)
            lv.index = keep + 1 if ignored and keep == len(findings) else keep  # never on the title

    def show_copies(self, copies: list[Finding], previous: Document | None, where: Where = _nowhere) -> None:
        """Paragraphs of the section being edited that repeat last year's report (hidden when none)."""
        box = self.query_one("#copies-text", Static)
        box.display = bool(copies)
        if copies:
            box.update(Wrapped(copies_text(copies, previous, where)))  # 避头尾 like the rest of the panel


_LAST_LINE = re.compile(r"去年报告第(\d+)行")


def copies_text(copies: list[Finding], previous: Document | None, where: Where = _nowhere) -> Text:
    """ "照搬去年": each copied paragraph's line, last year's line and the start of last year's words."""
    t = Text()
    t.append(f"照搬去年（本部分{len(copies)}段）\n", style="bold yellow")
    t.append("这些段落与去年报告基本相同，请改写成今年的情况：\n", style="dim")
    for f in copies:
        m = _LAST_LINE.search(f.message)
        t.append(where(f.line) or "本部分", style="yellow")
        if m is not None:
            t.append(f"≈去年第{m.group(1)}行")
            old = previous.line_text(int(m.group(1))) if previous is not None else ""
            if old:
                t.append("：" + (old[:30] + "…" if len(old) > 30 else old), style="dim")
        t.append("\n")
    return t  # its last line's "\n" leaves the one blank row that parts it from the guide


def _last_year(t: Text, entries: list[LastYear]) -> None:
    """Last year's text of this part: what is still to rewrite, and what was taken over word for word."""
    adopted = sum(1 for e in entries if e.adopted and not e.heading)
    paras = sum(1 for e in entries if not e.heading)
    t.append(f"去年原文（{paras}段，已采用{adopted}段）\n", style="bold")
    t.append("按 Ctrl+O 把下一段未采用的插入光标处，再改写成今年的情况。\n", style="dim")
    for e in entries:
        if e.heading:
            t.append((e.words[:16] + "…" if len(e.words) > 16 else e.words) + "\n", style="bold dim")
            continue
        short = e.words[:14] + "…" if len(e.words) > 14 else e.words  # one line each in the panel
        if e.adopted:
            t.append("已采用未改写：", style="yellow")
        t.append(("○" if not e.adopted else "") + short + "\n", style="" if e.adopted else "dim")
    t.append("\n")


def _commitments(t: Text, commitments: list[Commitment], done: list[bool]) -> None:
    """Last year's promises first: they are what this year's measures must answer.

    Two lists, 未报告 before 已报告, each promise on a line of its own.
    """
    pairs = list(zip(commitments, done, strict=False))
    todo = [c for c, ok in pairs if not ok]
    kept = [c for c, ok in pairs if ok]
    t.append(f"去年承诺：已报告{len(kept)}条，未报告{len(todo)}条\n", style="bold")
    t.append("去年报告的工作安排，今年要逐条报告落实情况。\n", style="dim")
    if todo:
        t.append("未报告\n", style="bold yellow")
        for c in todo:
            t.append("○", style="yellow")
            t.append(c.text + "\n", style="yellow")
    if kept:
        t.append("已报告\n", style="bold green")
        for c in kept:
            t.append("✓", style="green")
            t.append(c.text + "\n")
    t.append("\n")
