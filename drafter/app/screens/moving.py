"""The draft screen's moving about: sections and parts, the outline and the finding list, the find bar.

A mixin of the draft screen (kept apart so draft.py stays one job): which section the editor
holds, the cursor put at a file line, a missing part's section added where the regulation puts it
(``places.new_part_at``), F8 from part to part, F3 to the findings and back, Ctrl+F / Ctrl+R.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import ListView, TextArea, Tree

from ...checks import Finding, Result
from ...rollforward import part_headings
from .. import place, places
from ..buffer import DraftBuffer
from ..view import View
from ..widgets.editor import Editor
from ..widgets.findbar import FindBar
from ..widgets.outline import Ref
from ..widgets.sidepanel import FindingItem, SidePanel


class Moving(Screen[None]):
    """Which section the editor shows and where its cursor is; the draft screen supplies the state below."""

    buffer: DraftBuffer
    result: Result | None
    current: int
    loaded: bool
    note: str

    if TYPE_CHECKING:  # provided by the draft screen
        editor: TextArea

        def section_parts(self) -> dict[int, str]: ...
        def part_section(self, pid: str) -> int | None: ...
        def _store(self) -> None: ...
        def _check_now(self) -> None: ...
        def _refresh(self) -> None: ...
        def _status(self) -> None: ...
        def walk_list(self) -> list[tuple[int, int, Finding]]: ...
        def go_to_finding(self, found: list[tuple[int, int, Finding]], k: int) -> None: ...

    def show_section(self, i: int, row: int | None = None, col: int = 0, *, scroll: int | None = None) -> None:
        """Put section ``i`` in the editor, the cursor at (``row``, ``col``) of its file lines (None: where
        to start writing); ``scroll``: its first row shown."""
        self._store()
        self._load(i, row, col, scroll=scroll)

    def _load(self, i: int, row: int | None = None, col: int = 0, *, scroll: int | None = None) -> None:
        i = max(0, min(i, len(self.buffer.sections) - 1))
        self.current = i
        self.note = ""  # about where the cursor was (F7 says the finding it goes to after the load)
        text = self.buffer.sections[i]
        view = View.of(text)
        editor = self.editor
        if isinstance(editor, Editor):
            editor.view = view  # before the text: the load must not carry the last section's hidden lines
        editor.load_text(view.text)
        self.loaded = True
        if row is None:
            row, col = place.writing_spot(text)
        editor.move_cursor(view.to_view(row, col), center=scroll is None)
        if isinstance(editor, Editor):  # once laid out (the wrapped height is known only then)
            editor.restore_scroll(scroll)
        self._refresh()

    def show_file_row(self, i: int, row: int, col: int = 0) -> None:
        self.show_section(i, row, col)

    def jump_to_line(self, line: int, col: int = 0) -> None:
        self._store()
        i, row = self.buffer.locate(line)
        self.show_section(i, row, col)
        self.editor.focus()

    def on_tree_node_selected(self, event: Tree.NodeSelected[Ref]) -> None:
        ref = event.node.data
        if ref is None:
            return
        if ref.kind == "preamble":
            self.show_section(0)
        elif ref.kind == "section":
            self.show_section(ref.index)
        elif ref.kind == "item" and self.result is not None:
            res = self.result.items.get(ref.key)
            if res is not None and res.covered and res.line:
                self.jump_to_line(res.line, res.col)  # the sentence that covers it, not just its line
                return
            self.open_part(res.item.part if res else "measures")
        else:
            self.open_part(ref.key)
        self.editor.focus()

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        item = event.item
        if not isinstance(item, FindingItem):
            return
        f = item.finding
        found = self.walk_list()
        k = next((n for n, (_, _, g) in enumerate(found) if g == f), None)
        if k is not None:  # as F7 goes to it: a finding about a whole part put the cursor on its heading's start
            self.go_to_finding(found, k)
        elif f.line is not None:
            self.jump_to_line(f.line, f.col)
        elif f.part:
            self.open_part(f.part)
            self.editor.focus()

    def open_part(self, pid: str) -> None:
        """Show a part's section, adding one with the standard heading if it has none."""
        self._store()
        i = self.part_section(pid)
        if i is None:
            i = self._add_part(pid)
        self.show_section(i)

    def _add_part(self, pid: str) -> int:
        at = places.new_part_at(self.section_parts(), pid, len(self.buffer.sections))
        heading = part_headings(self.buffer.meta.year).get(pid, "五、其他需要报告的情况")
        i = self.buffer.insert_section(at, heading)
        self._check_now()
        self.notify(f"已添加“{heading}”")
        return i

    def _step(self, delta: int) -> None:
        self._store()
        self.show_section((self.current + delta) % len(self.buffer.sections))
        self.editor.focus()

    def action_next_part(self) -> None:
        self._step(1)

    def action_prev_part(self) -> None:
        self._step(-1)

    def action_toggle_side(self) -> None:
        """To the finding list (the side panel shown), and back to the editor (the panel put away)."""
        side = self.query_one(SidePanel)
        narrow = self.has_class("-narrow")
        if self.focused is not None and side in self.focused.ancestors_with_self:
            self.set_class(not narrow, "-side-toggled")  # wide: hide it; narrow: the outline back
            self.editor.focus()
        else:
            self.set_class(narrow, "-side-toggled")
            self.call_after_refresh(side.focus_findings)
        self._status()

    def close_side_pane(self) -> None:
        """Esc in the editor at 80 columns: the finding list, left where the outline was after Enter on a
        finding (as Word's pane stays open while the writer fixes what it points at), put away and the
        outline back; wide, the panel has its own column and stays."""
        if self.has_class("-narrow") and self.has_class("-side-toggled"):
            self.set_class(False, "-side-toggled")
            self._status()

    def action_find(self) -> None:
        self.query_one(FindBar).open(replace=False, words=self.editor.selected_text)

    def action_replace(self) -> None:
        """Open 替换; in the open replace bar the same key replaces the match shown (Ctrl+R is both)."""
        bar = self.query_one(FindBar)
        if (
            bar.display
            and bar.has_class("-replace")
            and self.focused is not None
            and bar in self.focused.ancestors_with_self
        ):
            bar.action_replace()
            return
        bar.open(replace=True, words=self.editor.selected_text)
