"""句式: a checklist item's sentence frames, inserted at the cursor; F7 then visits their blanks.

Frames are data (``frames = [...]`` on an ``[[items]]`` table of a checklist); each blank is
【请填写】, which the placeholder rule reports until it is filled in, so F7 walks from one blank to
the next with its words selected (typing replaces them). A mixin of the draft screen (Ctrl+G and
the palette's 插入句式), kept apart so the drafting screen stays one job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...checklist_model import BLANK, Checklist, Item  # BLANK not from checklist_schema: that builds pydantic models
from .. import editing
from ..linebreak import Prose

FRAME_BINDINGS: list[Binding] = [Binding("ctrl+g", "insert_frame", "插入句式", show=False)]


def frames_for(checklist: Checklist, part: str | None, item: str | None = None) -> list[tuple[Item, str]]:
    """(item, frame) pairs to offer: the item's own when one is named, else the part's items', else all."""
    items = [i for i in checklist.items if i.frames]
    chosen = [i for i in items if i.id == item] or [i for i in items if i.part == part] or items
    return [(i, f) for i in chosen for f in i.frames]


def placed(line: str, col: int, frame: str, *, heading: bool = False, followed: bool = False) -> tuple[str, int]:
    """What to insert at (row, ``col``) of ``line`` and where in it the frame starts: on a blank line the
    frame itself; at the end of a paragraph's line, or anywhere on a heading, a new paragraph after the
    line (a blank line after it too when text ``followed`` the line at once); inside a sentence, there."""
    if not line.strip():
        return frame, 0
    if heading or col >= len(line.rstrip()):
        return "\n\n" + frame + ("\n" if followed else ""), 2
    return frame, 0


class FrameScreen(ModalScreen[str | None]):
    """Returns the chosen frame, or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]

    def __init__(self, choices: list[tuple[Item, str]]) -> None:
        super().__init__(classes="dialog")
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("插入句式", classes="dialog-title")
            yield OptionList(
                *(Option(f"{item.title}：{frame}", id=str(n)) for n, (item, frame) in enumerate(self.choices)),
                id="frame-list",
            )
            yield Prose(
                f"Enter 插入到光标处；{BLANK}是要填的空，按 F7 逐个转到（选中后直接输入即可替换）。", classes="hint"
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.choices[event.option_index][1])

    def action_cancel(self) -> None:
        self.dismiss(None)


class Frames:
    """Ctrl+G on the draft screen: a frame of the outline's item (or of the part at the cursor) inserted."""

    checklist: Checklist

    if TYPE_CHECKING:  # provided by the draft screen
        from textual.widgets import TextArea

        editor: TextArea
        app: Any
        current: int

        def notify(self, message: str, **kw: Any) -> None: ...
        def section_parts(self) -> dict[int, str]: ...
        def heads(self) -> frozenset[int]: ...
        def _apply_change(self, change: editing.Change) -> None: ...

    def _outline_item(self) -> str | None:
        from ..widgets.outline import Outline

        node = self.app.screen.query_one(Outline).cursor_node
        ref = node.data if node is not None else None
        return ref.key if ref is not None and ref.kind == "item" else None

    def action_insert_frame(self) -> None:
        if self.editor.read_only:
            self.notify("只读：这里不能修改", severity="warning")
            return
        choices = frames_for(self.checklist, self.section_parts().get(self.current), self._outline_item())
        if not choices:
            self.notify("本检查清单的条目没有句式", severity="warning")
            return
        self.app.push_screen(FrameScreen(choices), self._frame_chosen)

    def _frame_chosen(self, frame: str | None) -> None:
        if frame is None:
            return
        row, col = self.editor.cursor_location
        lines = self.editor.text.split("\n")
        line = lines[row] if row < len(lines) else ""
        followed = row + 1 < len(lines) and bool(lines[row + 1].strip())
        text, at = placed(line, col, frame, heading=row in self.heads(), followed=followed)
        if at:
            col = len(lines[row])
        start = text.index(BLANK)
        before = text[:start]
        first = (row + before.count("\n"), (col if "\n" not in before else 0) + len(before.rsplit("\n", 1)[-1]))
        self._apply_change(editing.Change((row, col), (row, col), text, first, (first[0], first[1] + len(BLANK))))
        self.editor.focus()
        self.notify(f"已插入句式；{BLANK}已选中，直接输入替换，F7 转到下一个空")
