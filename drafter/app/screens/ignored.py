"""已忽略的问题 on the draft screen: go to a dismissal's paragraph, take one back, say it at the cursor.

A mixin of the draft screen (as tools.py is): the list is the side panel's, the text work is
``checks.dismiss.remove_dismissal``; here only applying it to the buffer's section and showing it
again. The draft file changes when the writer saves, as for every edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import ListView

from ...checks import Result
from ...checks.dismiss import remove_dismissal
from .. import dismissals
from ..buffer import DraftBuffer
from ..widgets.sidepanel import IgnoredItem
from .dialogs import Ask


class IgnoredFindings:
    """The draft screen's dismissals; the screen supplies the state below."""

    buffer: DraftBuffer
    result: Result | None
    current: int

    if TYPE_CHECKING:  # provided by the draft screen
        app: Any
        editor: Any

        def jump_to_line(self, line: int, col: int = 0) -> None: ...
        @property
        def view(self) -> Any: ...
        def show_section(self, i: int, row: int | None = None, col: int = 0) -> None: ...
        def reload_section(self) -> None: ...
        def _store(self) -> None: ...
        def _check_now(self) -> None: ...
        def notify(self, message: str, **kw: Any) -> None: ...

    def dismissed(self) -> list[dismissals.Dismissed]:
        """Every dismissal of the last check, one entry per comment."""
        return dismissals.entries(self.result.ignored) if self.result is not None else []

    def dismissal_mark(self, line: int) -> str:
        """本段已忽略N条（理由…） for the paragraph at file ``line``, or empty."""
        if self.result is None or not self.result.ignored:
            return ""
        return dismissals.mark_at(self.dismissed(), line)

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        """Enter on a dismissal: to the paragraph it stands before (the findings are the screen's own)."""
        item = event.item
        if isinstance(item, IgnoredItem) and item.entry.span is not None:
            self.jump_to_line(item.entry.span[0])

    def ask_remove_dismissal(self, entry: dismissals.Dismissed) -> None:
        if not entry.removable:
            self.notify("这条是检查清单中的忽略设定，不能在这里恢复", severity="warning")
            return
        what = f"{entry.name}「{entry.quote}」" if entry.quote else entry.name
        question = f"恢复对{what}的检查？（删去这条忽略说明）" if entry.rule else "删去这条不起作用的忽略说明？"
        self.app.push_screen(
            Ask(question, [("yes", "恢复检查" if entry.rule else "删去"), ("no", "取消")], title="恢复检查"),
            lambda choice: self._remove_chosen(entry, choice),
        )

    def _remove_chosen(self, entry: dismissals.Dismissed, choice: str | None) -> None:
        if choice == "yes":
            self.remove_dismissal(entry)

    def remove_dismissal(self, entry: dismissals.Dismissed) -> bool:
        """Take ``entry``'s comment out of its section and show the part again; False if the text moved."""
        if entry.line is None:
            return False
        self._store()
        i, row = self.buffer.locate(entry.line)
        text = remove_dismissal(self.buffer.sections[i], row + 1, entry.rule or None, entry.quote)
        if text is None:
            self._check_now()  # the draft changed since the list was made: show it as it is now
            self.notify("这条忽略说明已不在原处（草稿已改动），请在列表中重新选择", severity="warning")
            return False
        here, col = self.view.to_section(*self.editor.cursor_location)  # in the section's lines
        gone = int(i == self.current and row < here and text.count("\n") < self.buffer.sections[i].count("\n"))
        self.buffer.set_section(i, text)
        if i == self.current:  # the words shown stay the same (a hidden line went): view and undo kept
            self.reload_section()
            self.editor.move_cursor(self.view.to_view(here - gone, col))
        self._check_now()
        if not entry.rule:
            self.notify("已删去这条忽略说明")
        else:
            what = f"{entry.name}「{entry.quote}」" if entry.quote else entry.name
            self.notify(f"已恢复对{what}的检查")
        return True
