"""The questions a second writer raises: read-only or take over; reload, keep mine, or see the difference."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..lock import Holder
from .dialogs import Ask


def second_instance(name: str, holder: Holder) -> Ask:
    return Ask(
        f"草稿“{name}”正由{holder.describe()}编辑。\n两处同时修改会互相覆盖，所以这里先以只读方式打开。",
        [("readonly", "只读查看"), ("takeover", "接管编辑")],
        title="草稿已被打开",
    )


def changed_on_disk(name: str, taken: bool) -> Ask:
    why = "此草稿已被另一处接管编辑，" if taken else ""
    return Ask(
        f"{why}磁盘上的“{name}”在你打开后被修改过（另一个窗口、同步软件或其他编辑器）。\n"
        "为免覆盖别人的内容，你的修改尚未保存。请选择：",
        [("keep", "我的另存为冲突副本"), ("reload", "载入磁盘上的版本"), ("diff", "查看差异")],
        title="草稿在别处被修改",
    )


class DiffScreen(ModalScreen[None]):
    """The difference between the file on disk and this window's text."""

    BINDINGS: ClassVar = [Binding("escape,enter", "close", "返回")]

    def __init__(self, diff: str) -> None:
        super().__init__(classes="dialog")
        self.diff = diff

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("差异（- 磁盘上的版本，+ 我的版本；↑ ↓ PgUp PgDn 翻看，Esc 返回）", classes="dialog-title")
            with VerticalScroll(id="diff-view"):
                yield Static(self.diff, markup=False, id="diff-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("返回", id="diff-close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#diff-view").focus()  # ↑ ↓ PgUp PgDn read a difference longer than the box

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
