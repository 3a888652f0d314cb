"""The draft screen's editing keys: walk the findings, paragraphs, last year's text, dismissals.

A mixin of the draft screen (kept apart so draft.py stays one job): the text
work is in app/editing.py, here only applying it to the editor as one edit,
so Ctrl+Z undoes each key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from ...checks import Finding, Result
from ...checks.closing import LATE_REPORT, MISSING_CLOSING
from ...checks.dismiss import DISMISSAL, dismissal_comment, dismissal_key
from ...checks.parts import FOLDED_PART, MISSING_PART, PART_ORDER
from .. import editing
from ..buffer import DraftBuffer
from ..widgets.sidepanel import SEVERITY
from .dismiss import DismissScreen, rule_name

# Findings a dismissal comment cannot silence (they are about the whole report or a part, not a paragraph).
# (A part's findings placed on its heading — required-item, thin-part — are dismissed before the heading.)
WHOLE = tuple(r.id for r in (MISSING_PART, FOLDED_PART, PART_ORDER, MISSING_CLOSING, LATE_REPORT, DISMISSAL))

TOOL_BINDINGS: list[Binding] = [
    Binding("f7", "next_finding", "下一问题", priority=True),
    Binding("shift+f7", "prev_finding", "上一个问题", show=False, priority=True),
    Binding("f9", "dismiss_finding", "忽略问题", show=False),
    Binding("shift+f9", "restore_finding", "恢复", show=False),
    Binding("f6", "select_paragraph", "选中本段", show=False, priority=True),
    Binding("ctrl+l", "delete_paragraph", "删除本段", show=False),
    Binding("alt+up", "move_paragraph(-1)", "段落上移", show=False),
    Binding("alt+down", "move_paragraph(1)", "段落下移", show=False),
    Binding("ctrl+o", "adopt_last_year", "采用去年原文", show=False),
]


class Tools:
    """Actions on the editor's text; the draft screen supplies the state below."""

    buffer: DraftBuffer
    result: Result | None
    current: int
    note: str
    _walk: int | None

    if TYPE_CHECKING:  # provided by the draft screen
        editor: TextArea
        app: Any

        def jump_to_line(self, line: int, col: int = 0) -> None: ...
        def part_section(self, pid: str) -> int | None: ...
        def _status(self) -> None: ...
        def _store(self) -> None: ...
        def _check_now(self) -> None: ...
        def notify(self, message: str, **kw: Any) -> None: ...

    # ------------------------------------------------------------ findings, one after another

    def walk_list(self) -> list[tuple[int, int, Finding]]:
        """Every finding with a place: its line, or its part's heading; sorted by where it is."""
        if self.result is None:
            return []
        out: list[tuple[int, int, Finding]] = []
        for f in self.result.findings:
            if f.line is not None:
                out.append((f.line, f.col, f))
            elif f.part and (i := self.part_section(f.part)) is not None:
                out.append((self.buffer.start_line(i), -1, f))
        return sorted(out, key=lambda t: (t[0], t[1]))

    def cursor_place(self) -> tuple[int, int]:
        row, col = self.editor.cursor_location
        return self.buffer.start_line(self.current) + row, col

    def action_next_finding(self) -> None:
        self._walk_step(1)

    def action_prev_finding(self) -> None:
        self._walk_step(-1)

    def _walk_step(self, delta: int) -> None:
        self._store()
        found = self.walk_list()
        if not found:
            self.note = ""
            self.notify("没有发现问题")
            self._status()
            return
        here = self.cursor_place()
        sel = self.editor.selection
        start = self.buffer.start_line(self.current) + min(sel.start, sel.end)[0], min(sel.start, sel.end)[1]
        at = self._walk
        if at is not None and at < len(found) and (found[at][0], max(found[at][1], 0)) in (here, start):
            # still on the finding last gone to (its words selected): the one after (before) it, even at one place
            k = (at + delta) % len(found)
        elif delta > 0:
            k = next((n for n, (ln, c, _) in enumerate(found) if (ln, c) > here), 0)
        else:
            k = next((n for n in range(len(found) - 1, -1, -1) if found[n][:2] < here), len(found) - 1)
        line, col, f = found[k]
        self.jump_to_line(line, max(col, 0))
        if col >= 0 and f.length:
            row = self.editor.cursor_location[0]
            self.editor.selection = Selection((row, col), (row, col + f.length))
        self._walk = k
        name = SEVERITY.get(f.severity, ("", ""))[0]
        self.note = f"{name}{k + 1}/{len(found)}：{f.message}（{rule_name(f.rule)}）"
        self._status()

    def findings_here(self) -> list[Finding]:
        """Findings in the paragraph at the cursor that a dismissal can silence, the one last walked to first."""
        if self.result is None:
            return []
        lines = self.editor.text.split("\n")
        row = self.editor.cursor_location[0]
        k = editing.paragraph_at(lines, row)
        if k is None:
            return []
        a, b = editing.paragraphs(lines)[k]
        start = self.buffer.start_line(self.current)
        out = [
            f
            for f in self.result.findings
            if f.line is not None and start + a <= f.line <= start + b and f.rule not in WHOLE
        ]
        found = self.walk_list()
        if self._walk is not None and self._walk < len(found) and found[self._walk][2] in out:
            out.remove(found[self._walk][2])
            out.insert(0, found[self._walk][2])
        return out

    # ------------------------------------------------------------ dismissing and restoring

    def action_dismiss_finding(self) -> None:
        self._store()
        here = self.findings_here()
        if not here:
            self.notify("光标所在段落没有可忽略的问题；用 F7 转到一个问题再忽略", severity="warning")
            return
        self.app.push_screen(DismissScreen(here), self._dismissed)

    def _dismissed(self, choice: tuple[Finding, str] | None) -> None:
        if choice is None:
            return
        finding, reason = choice
        rule, quote = finding.rule, dismissal_key(finding)
        lines = self.editor.text.split("\n")
        row = self.editor.cursor_location[0]
        if self.current > 0 and editing.paragraph_at(lines, row) == 0:  # the part's heading
            self._before_heading(dismissal_comment(rule, reason, quote))
        else:
            change = editing.dismiss(lines, row, rule, reason, quote)
            if change is None:
                return
            self._apply_change(change)
        self.note = ""
        self.notify(f"已忽略“{quote}”：{reason}（Shift+F9 恢复）")

    def _before_heading(self, comment: str | None) -> bool:
        """Add ``comment`` as the last line before this part's heading (the end of the section above),
        or with None remove the dismissal standing there; True if something changed."""
        i = self.current - 1
        above = self.buffer.sections[i].split("\n")
        if comment is not None:
            above.append(comment)
        elif above and editing.DISMISS.match(above[-1]):
            above.pop()
        else:
            return False
        self.buffer.set_section(i, "\n".join(above))
        self.editor.line_number_start = self.buffer.start_line(self.current)
        self._check_now()
        return True

    def action_restore_finding(self) -> None:
        lines = self.editor.text.split("\n")
        row = self.editor.cursor_location[0]
        if self.current > 0 and editing.paragraph_at(lines, row) == 0:
            above = self.buffer.sections[self.current - 1].split("\n")
            m = editing.DISMISS.match(above[-1]) if above else None
            if m is not None and self._before_heading(None):
                self.notify(f"已恢复“{m['quote'] or rule_name(m['rule'])}”的检查")
                return
        rows = editing.dismissals_before(lines, row)
        change = editing.restore(lines, row)
        if change is None:
            self.notify("光标所在段落前没有忽略说明", severity="warning")
            return
        m = editing.DISMISS.match(lines[rows[0]])
        self._apply_change(change)
        self.notify(f"已恢复“{(m['quote'] or rule_name(m['rule'])) if m else ''}”的检查")

    # ------------------------------------------------------------ paragraphs

    def action_select_paragraph(self) -> None:
        lines = self.editor.text.split("\n")
        span = editing.select_paragraph(lines, self.editor.cursor_location[0])
        if span is not None:
            self.editor.selection = Selection(*span)

    def action_delete_paragraph(self) -> None:
        lines = self.editor.text.split("\n")
        change = editing.delete_paragraph(lines, self.editor.cursor_location[0])
        if change is not None:
            self._apply_change(change)
            self.notify("已删除本段（Ctrl+Z 撤销）")

    def action_move_paragraph(self, delta: int) -> None:
        lines = self.editor.text.split("\n")
        row, col = self.editor.cursor_location
        change = editing.move_paragraph(lines, row, col, delta)
        if change is not None:
            self._apply_change(change)

    # ------------------------------------------------------------ last year's text

    def action_adopt_last_year(self) -> None:
        lines = self.editor.text.split("\n")
        change = editing.adopt_last_year(lines, self.editor.cursor_location[0])
        if change is None:
            self.notify("光标不在“去年原文”注释上；把光标移到 <!-- 去年原文：… --> 一行再按 Ctrl+O", severity="warning")
            return
        self._apply_change(change)
        self.notify("已采用去年原文，请改写成今年的情况")

    def action_clean_last_year(self) -> None:
        text, n = editing.clean_last_year(self.editor.text.split("\n"))
        if not n:
            self.notify("本部分没有剩下的去年原文")
            return
        row = min(self.editor.cursor_location[0], text.count("\n"))
        self._apply_change(editing.Change((0, 0), self.editor.document.end, text, (row, 0)))
        self.notify(f"已清理本部分的去年原文 {n} 条（Ctrl+Z 撤销）")

    # ------------------------------------------------------------ applying

    def _apply_change(self, change: editing.Change) -> None:
        """One TextArea edit (so one Ctrl+Z), then the cursor where the change says."""
        editor = self.editor
        if editor.read_only:
            self.notify("只读：这里不能修改", severity="warning")
            return
        editor.history.checkpoint()
        editor.replace(change.text, change.start, change.end, maintain_selection_offset=False)
        editor.history.checkpoint()
        if change.select_end is not None:
            editor.selection = Selection(change.cursor, change.select_end)
        else:
            editor.move_cursor(change.cursor)
        editor.scroll_cursor_visible()

    # ------------------------------------------------------------ find and replace (widgets/findbar.py asks)

    def search_sections(self) -> list[str]:
        self._store()
        return list(self.buffer.sections)

    def search_from(self) -> tuple[int, int, int]:
        text = self.editor.text
        sel = self.editor.selection
        a, b = sorted((sel.start, sel.end))
        return self.current, editing.offset(text, a), editing.offset(text, b)

    def search_show(self, section: int, start: int, end: int) -> None:
        if section != self.current:
            self.show_section(section)
        text = self.editor.text
        self.editor.selection = Selection(editing.location(text, start), editing.location(text, end))
        self.editor.scroll_cursor_visible(center=True)

    def search_replace(self, section: int, start: int, end: int, text: str) -> None:
        if section != self.current:
            self.show_section(section)
        whole = self.editor.text
        a, b = editing.location(whole, start), editing.location(whole, end)
        end_loc = editing.location(whole[:start] + text, start + len(text))
        self._apply_change(editing.Change(a, b, text, end_loc))

    def search_replace_all(self, needle: str, text: str) -> int:
        """Every occurrence in the draft; the part in the editor as one edit (Ctrl+Z undoes it there)."""
        self._store()
        total = 0
        for i, section in enumerate(self.buffer.sections):
            n = section.count(needle)
            if not n or i == self.current:
                continue
            self.buffer.set_section(i, section.replace(needle, text))
            total += n
        here = self.editor.text
        n = here.count(needle)
        if n:
            row = min(self.editor.cursor_location[0], here.replace(needle, text).count("\n"))
            self._apply_change(editing.Change((0, 0), self.editor.document.end, here.replace(needle, text), (row, 0)))
            total += n
        if total:
            self.buffer.resplit()
            self._check_now()
        return total

    def search_close(self) -> None:
        self.editor.focus()

    if TYPE_CHECKING:

        def show_section(self, i: int, row: int | None = None, col: int = 0) -> None: ...
