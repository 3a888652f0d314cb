"""The draft screen's editing keys: walk the findings, paragraphs, last year's text, dismissals.

A mixin of the draft screen (kept apart so draft.py stays one job): the text
work is in app/editing.py, on the rows the editor shows (app/view.py); here only
applying it to the editor as one edit, so Ctrl+Z undoes each key. What the editor
hides (dismissals, last year's text) changes in the section's hidden lines instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from ...checks import Finding, Result
from ...checks.closing import LATE_REPORT, MISSING_CLOSING
from ...checks.dismiss import DISMISSAL, dismissal_comment, dismissal_key
from ...checks.partrules import FOLDED_PART, MISSING_PART, PART_ORDER
from .. import editing
from ..buffer import DraftBuffer
from ..view import View
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


def markup(lines: list[str], line: int) -> int:
    """Length of the heading markup (``## ``) at the start of 1-based file ``line``."""
    return len(View.of(lines[line - 1]).rows[0].prefix) if 0 < line <= len(lines) else 0


class Tools:
    """Actions on the editor's text; the draft screen supplies the state below."""

    buffer: DraftBuffer
    result: Result | None
    current: int
    note: str
    note_tail: str
    noted: tuple[str, int | None, str] | None
    _walk: int | None
    _walk_spot: tuple[int, int] | None  # where the last walk put the cursor (a part's writing spot)

    if TYPE_CHECKING:  # provided by the draft screen
        editor: TextArea
        app: Any

        @property
        def view(self) -> View: ...
        def jump_to_line(self, line: int, col: int = 0) -> None: ...
        def cursor_file(self) -> tuple[int, int]: ...
        def reload_section(self) -> None: ...
        def set_view(self, view: View) -> None: ...
        def section_now(self) -> str: ...
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
        lines = self.buffer.text().split("\n")
        for f in self.result.findings:
            if f.line is not None:  # a column inside a heading's ## is its text's start, where the cursor goes
                out.append((f.line, max(f.col, markup(lines, f.line)), f))
            elif f.part and (i := self.part_section(f.part)) is not None:
                out.append((self.buffer.start_line(i), -1, f))
        return sorted(out, key=lambda t: (t[0], t[1]))

    def cursor_place(self) -> tuple[int, int]:
        return self.cursor_file()

    def heads(self) -> frozenset[int]:
        """The editor's rows that are headings."""
        return frozenset(n for n, r in enumerate(self.view.rows) if r.prefix)

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
        lines = self.buffer.text().split("\n")
        sel = self.editor.selection
        line, col = self.view.to_section(*min(sel.start, sel.end))
        start = self.buffer.start_line(self.current) + line, col
        at = self._walk
        if (
            at is not None
            and at < len(found)
            and (
                (found[at][0], max(found[at][1], markup(lines, found[at][0]))) in (here, start)
                or here == self._walk_spot
            )
        ):
            # still on the finding last gone to (its words selected): the one after (before) it, even at one place
            k = (at + delta) % len(found)
        elif delta > 0:
            k = next((n for n, (ln, c, _) in enumerate(found) if (ln, c) > here), 0)
        else:
            k = next((n for n in range(len(found) - 1, -1, -1) if found[n][:2] < here), len(found) - 1)
        self.go_to_finding(found, k)

    def go_to_finding(self, found: list[tuple[int, int, Finding]], k: int) -> None:
        """The cursor to finding ``k`` of ``found`` (``walk_list()``), its words selected (where to write, for
        one about a whole part: not the start of its heading); the status line says it in full."""
        line, col, f = found[k]
        self.jump_to_line(line, max(col, 0))
        if not f.length and self.editor.cursor_location[0] in self.heads():
            self.show_section(self.current)  # about the whole part: where to write in it, not in its heading
        elif col >= 0 and f.length:
            row, at = self.editor.cursor_location
            self.editor.selection = Selection((row, at), (row, at + f.length))
        self._walk, self._walk_spot = k, self.cursor_place()
        name = SEVERITY.get(f.severity, ("", ""))[0]
        self.note_tail = f"（{rule_name(f.rule)}）"  # dropped before the message is cut (F3 names the rule too)
        self.note = f"{name}{k + 1}/{len(found)}：{f.message}{self.note_tail}"
        self.noted = (f.rule, f.line, f.message)
        self._status()

    def findings_here(self) -> list[Finding]:
        """Findings in the paragraph at the cursor that a dismissal can silence, the one last walked to first."""
        if self.result is None:
            return []
        view = self.view
        row = self.editor.cursor_location[0]
        k = editing.paragraph_at(view.lines, row, self.heads())
        if k is None:
            return []
        a, b = editing.paragraphs(view.lines, self.heads())[k]
        start = self.buffer.start_line(self.current)
        first, last = start + view.line_of(a), start + view.line_of(b)
        out = [
            f for f in self.result.findings if f.line is not None and first <= f.line <= last and f.rule not in WHOLE
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
        view, heads = self.view, self.heads()
        row = self.editor.cursor_location[0]
        k = editing.paragraph_at(view.lines, row, heads)
        if k is None:
            return
        comment = dismissal_comment(rule, reason, quote)
        if self.current > 0 and k == 0:  # the part's heading
            self._before_heading(comment)
        else:  # a hidden line before the paragraph (after any directives already there): the text stays
            a = editing.paragraphs(view.lines, heads)[k][0]
            self._set_hidden(view.with_before(a, (*view.rows[a].before, comment)))
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
        self._check_now()
        return True

    def _set_hidden(self, view: View) -> None:
        """The section with changed hidden lines (the text shown is the same): into the model, checked."""
        if self.editor.read_only:
            self.notify("只读：这里不能修改", severity="warning")
            return
        self.set_view(view)
        self.buffer.set_section(self.current, view.section())
        self._check_now()

    def action_restore_finding(self) -> None:
        view, heads = self.view, self.heads()
        row = self.editor.cursor_location[0]
        k = editing.paragraph_at(view.lines, row, heads)
        if self.current > 0 and k == 0:
            above = self.buffer.sections[self.current - 1].split("\n")
            m = editing.DISMISS.match(above[-1]) if above else None
            if m is not None and self._before_heading(None):
                self.notify(f"已恢复“{m['quote'] or rule_name(m['rule'])}”的检查")
                return
        a = editing.paragraphs(view.lines, heads)[k][0] if k is not None else None
        before = list(view.rows[a].before) if a is not None else []
        m = editing.DISMISS.match(before[-1]) if before else None
        if a is None or m is None:
            self.notify("光标所在段落前没有忽略说明", severity="warning")
            return
        self._set_hidden(view.with_before(a, tuple(before[:-1])))
        self.notify(f"已恢复“{m['quote'] or rule_name(m['rule'])}”的检查")

    # ------------------------------------------------------------ paragraphs

    def action_select_paragraph(self) -> None:
        span = editing.select_paragraph(self.view.lines, self.editor.cursor_location[0], self.heads())
        if span is not None:
            self.editor.selection = Selection(*span)

    def action_delete_paragraph(self) -> None:
        change = editing.delete_paragraph(self.view.lines, self.editor.cursor_location[0], self.heads())
        if change is not None:
            self._apply_change(change)
            self.notify("已删除本段（Ctrl+Z 撤销）")

    def action_move_paragraph(self, delta: int) -> None:
        row, col = self.editor.cursor_location
        change = editing.move_paragraph(self.view.lines, row, col, delta, self.heads())
        if change is not None:
            self._apply_change(change)

    # ------------------------------------------------------------ last year's text

    def action_adopt_last_year(self) -> None:
        """The next of last year's paragraphs of this part (in the side panel's order) at the cursor."""
        entry = editing.next_last_year(self.section_now().split("\n"))
        if entry is None:
            self.notify("本部分没有未采用的去年原文", severity="warning")
            return
        self._apply_change(editing.insert_paragraph(self.view.lines, self.editor.cursor_location[0], entry.words))
        self.notify("已采用去年原文，请改写成今年的情况")

    def action_clean_last_year(self) -> None:
        """Last year's text left in this part (hidden from the editor) removed from the draft."""
        view, total = self.view, 0
        rows = []
        for r in view.rows:
            kept, n = editing.clean_last_year_lines(list(r.before))
            rows.append(replace(r, before=tuple(kept)))
            total += n
        tail, n = editing.clean_last_year_lines(list(view.tail))
        total += n
        if not total:
            self.notify("本部分没有剩下的去年原文")
            return
        self._set_hidden(replace(view, rows=tuple(rows), tail=tuple(tail)))
        self.notify(f"已清理本部分的去年原文 {total} 条")

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
        """Every section as the writer sees it (what the editor hides is not searched)."""
        self._store()
        return [self.view.text if i == self.current else View.of(s).text for i, s in enumerate(self.buffer.sections)]

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
            view = View.of(section)
            n = view.text.count(needle)
            if not n or i == self.current:
                continue
            self.buffer.set_section(i, view.edited(view.text.replace(needle, text)).section())
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
