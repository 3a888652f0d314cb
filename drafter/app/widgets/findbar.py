"""Ctrl+F 查找 / Ctrl+H 替换: a bar under the editor, searching the whole draft (every part).

The bar holds the words; the draft screen owns the text, so the bar asks it
(``Searchable``) for the sections and to show, replace or replace all.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static


class Searchable(Protocol):
    def search_sections(self) -> list[str]: ...
    def search_from(self) -> tuple[int, int, int]: ...  # section, selection start, selection end (offsets)
    def search_show(self, section: int, start: int, end: int) -> None: ...
    def search_replace(self, section: int, start: int, end: int, text: str) -> None: ...
    def search_replace_all(self, needle: str, text: str) -> int: ...
    def search_close(self) -> None: ...


def matches(sections: list[str], needle: str) -> list[tuple[int, int]]:
    """(section, offset) of every occurrence, in reading order."""
    from ..editing import find_all

    return [(i, at) for i, s in enumerate(sections) for at in find_all(s, needle)]


class FindBar(Vertical):
    BINDINGS: ClassVar = [
        Binding("enter,down", "step(1)", "下一个", priority=True),
        Binding("up", "step(-1)", "上一个", priority=True),
        Binding("ctrl+r,alt+r", "replace", "替换"),
        Binding("alt+a", "replace_all", "全部替换"),
        Binding("escape", "close", "关闭"),
    ]

    def __init__(self, owner: Searchable, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.owner = owner
        self.at: int | None = None  # index of the match shown

    def compose(self) -> ComposeResult:
        with Horizontal(classes="find-row"):
            yield Label("查找", classes="find-label")
            yield Input(id="find-text", compact=True, placeholder="要查找的文字")
            yield Static("", id="find-count")
        with Horizontal(classes="find-row", id="replace-row"):
            yield Label("替换为", classes="find-label")
            yield Input(id="replace-text", compact=True, placeholder="替换成的文字（可以为空）")

    def open(self, *, replace: bool, words: str = "") -> None:
        self.display = True
        self.set_class(replace, "-replace")
        field = self.query_one("#find-text", Input)
        if words and "\n" not in words:
            field.value = words
        field.focus()
        self._count()

    @property
    def needle(self) -> str:
        return self.query_one("#find-text", Input).value

    @property
    def replacement(self) -> str:
        return self.query_one("#replace-text", Input).value

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "find-text":
            self.at = None
            self._count()

    def _count(self, note: str = "") -> None:
        found = matches(self.owner.search_sections(), self.needle) if self.needle else []
        if not self.needle:
            text = ""
        elif not found:
            text = "没有找到"
        elif self.at is None:
            text = f"共{len(found)}处"
        else:
            text = f"第{self.at + 1}处/共{len(found)}处"
        self.query_one("#find-count", Static).update(text + note)

    def action_step(self, delta: int) -> None:
        found = matches(self.owner.search_sections(), self.needle) if self.needle else []
        if not found:
            self.at = None
            self._count()
            return
        sec, start, end = self.owner.search_from()
        n = len(self.needle)
        if delta > 0:
            # from the shown match (the selection is one), else from the cursor
            here = (sec, start + 1) if end - start == n else (sec, end)
            k = next((i for i, m in enumerate(found) if m >= here), None)
        else:
            k = next((i for i in range(len(found) - 1, -1, -1) if found[i] < (sec, start)), None)
        wrapped = k is None
        k = (0 if delta > 0 else len(found) - 1) if k is None else k
        self.at = k
        i, at = found[k]
        self.owner.search_show(i, at, at + n)
        self._count("（已从头查起）" if wrapped and delta > 0 else "（已从末尾查起）" if wrapped else "")

    def action_replace(self) -> None:
        """Replace the shown match (if the selection is one), then show the next."""
        if not self.has_class("-replace"):
            self.open(replace=True)
            return
        found = matches(self.owner.search_sections(), self.needle) if self.needle else []
        sec, start, end = self.owner.search_from()
        if (sec, start) in found and end - start == len(self.needle):
            self.owner.search_replace(sec, start, end, self.replacement)
            self.at = None
        self.action_step(1)

    def action_replace_all(self) -> None:
        if not self.has_class("-replace"):
            self.open(replace=True)
            return
        if not self.needle:
            return
        n = self.owner.search_replace_all(self.needle, self.replacement)
        self.at = None
        self._count(f"（已全部替换{n}处）")

    def action_close(self) -> None:
        self.display = False
        self.owner.search_close()
