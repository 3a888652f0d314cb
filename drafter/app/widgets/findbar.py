"""Ctrl+F 查找 / Ctrl+R 替换: a bar under the editor, searching the whole draft (every part).

The bar holds the words; the draft screen owns the text, so the bar asks it
(``Searchable``) for the sections and to show, replace or replace all.
Every key it needs arrives in a terminal: Enter / Shift+Enter (or ↓ ↑), Ctrl+R, Tab between
its fields (never out of the bar: the match shown is selected in the editor, and a letter
typed there would replace it); 全部替换 is a button (Alt+letter types a letter in many terminals).
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static


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
        # in the footer only Esc 关闭, the way out a Word user looks for (F1 and the bar's own words say the rest)
        Binding("enter,down", "step(1)", "下一个", show=False, priority=True),
        Binding("shift+enter,up", "step(-1)", "上一个", show=False, priority=True),
        Binding("ctrl+r", "replace", "替换", show=False),
        Binding("alt+a", "replace_all", "全部替换", show=False),  # where Alt arrives; the button always works
        Binding("tab", "field(1)", "下一栏", show=False, priority=True),
        Binding("shift+tab", "field(-1)", "上一栏", show=False, priority=True),
        Binding("escape", "close", "关闭"),
    ]

    def __init__(self, owner: Searchable, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.owner = owner
        self.at: int | None = None  # index of the match shown
        self.empty_ok = False  # the writer agreed that an empty 替换为 deletes (asked once per needle)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="find-row"):
            yield Label("查找", classes="find-label")
            yield Input(id="find-text", compact=True, placeholder="Enter下一处 Esc关闭")
            yield Static("", id="find-count")
        with Horizontal(classes="find-row", id="replace-row"):
            yield Label("替换为", classes="find-label")
            yield Input(id="replace-text", compact=True, placeholder="替换成的文字")
            yield Button("替换", id="replace-one", compact=True)
            yield Button("全部替换", id="replace-all", compact=True)

    def open(self, *, replace: bool, words: str = "") -> None:
        """Show the bar; the editor's selection fills 查找 only when the bar opens (never over typed words)."""
        was_open = bool(self.display)
        self.display = True
        self.set_class(replace or (was_open and self.has_class("-replace")), "-replace")
        field = self.query_one("#find-text", Input)
        if not was_open and words and "\n" not in words:
            field.value = words
        if replace and was_open and field.value:
            self.query_one("#replace-text", Input).focus()
        else:
            field.focus()
        self._count()

    def _stops(self) -> list[Input | Button]:
        """Where Tab goes in the bar: 查找, then 替换为 and its two buttons (a keyboard alone reaches 全部替换:
        Alt+A does not arrive in every terminal)."""
        out: list[Input | Button] = [self.query_one("#find-text", Input)]
        if self.has_class("-replace"):
            out.append(self.query_one("#replace-text", Input))
            out.append(self.query_one("#replace-one", Button))
            out.append(self.query_one("#replace-all", Button))
        return out

    def action_field(self, delta: int) -> None:
        """Tab / Shift+Tab: the next stop of the bar (the focus stays in the bar, and so do the words)."""
        stops = self._stops()
        here = next((i for i, f in enumerate(stops) if f.has_focus), 0)
        stops[(here + delta) % len(stops)].focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "replace-one":
            self.action_replace()
        elif event.button.id == "replace-all":
            self.action_replace_all()

    @property
    def needle(self) -> str:
        return self.query_one("#find-text", Input).value

    @property
    def replacement(self) -> str:
        return self.query_one("#replace-text", Input).value

    def on_input_changed(self, event: Input.Changed) -> None:
        self.empty_ok = False
        if event.input.id == "find-text":
            self.at = None
            self._count()

    def _deleting_asked(self, then: str) -> bool:
        """An empty 替换为 deletes what is found: ask first (once for these words). True: go on now."""
        if self.replacement or self.empty_ok or not self.needle:
            return True
        from ..screens.dialogs import Ask

        def chosen(choice: str | None) -> None:
            if choice == "delete":
                self.empty_ok = True
                getattr(self, f"action_{then}")()
            else:
                self.query_one("#replace-text", Input).focus()

        self.app.push_screen(
            Ask(
                f"“替换为”是空的：找到的“{self.needle}”将被删除。要删除吗？",
                [("delete", "删除"), ("keep", "取消")],
                title="替换为空",
            ),
            chosen,
        )
        return False

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
        self.query_one("#find-count", Static).update(text + note)  # its column is fixed: never over the words

    def action_step(self, delta: int) -> None:
        focused = self.app.focused
        if delta > 0 and isinstance(focused, Button) and focused in self._stops():
            focused.press()  # Enter on a button presses it (the bar's Enter is otherwise 下一处)
            return
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
        self._count("·从头" if wrapped and delta > 0 else "·从尾" if wrapped else "")

    def action_replace(self) -> None:
        """Replace the shown match (if the selection is one), then show the next."""
        if not self.has_class("-replace"):
            self.open(replace=True)
            return
        if not self._deleting_asked("replace"):
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
        if not self.needle or not self._deleting_asked("replace_all"):
            return
        n = self.owner.search_replace_all(self.needle, self.replacement)
        self.at = None
        self._count(f"已全部替换{n}处")

    def action_close(self) -> None:
        self.display = False
        self.owner.search_close()
