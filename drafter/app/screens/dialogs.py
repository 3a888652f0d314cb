"""Small modal questions: each returns the chosen key, or None when dismissed."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..linebreak import Prose


class Ask(ModalScreen[str | None]):
    """A question with a few buttons; Esc means "none of these"."""

    BINDINGS: ClassVar = [
        Binding("escape", "dismiss_none", "取消"),
        # as in a Windows message box, ← → move between the buttons (Tab too); Enter presses the one focused
        Binding("left", "app.focus_previous", "上一个按钮", show=False),
        Binding("right", "app.focus_next", "下一个按钮", show=False),
    ]

    def __init__(self, question: str, choices: list[tuple[str, str]], *, title: str = "请确认") -> None:
        super().__init__(classes="dialog")
        self.question, self.choices, self.heading = question, choices, title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.heading, classes="dialog-title")
            yield Prose(self.question, classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                for i, (key, label) in enumerate(self.choices):
                    yield Button(label, id=f"choice-{key}", variant="primary" if i == 0 else "default")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("choice-"))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


def recover(name: str) -> Ask:
    return Ask(
        f"草稿“{name}”有一份与它不同的自动保存（上次可能没有正常退出）。\n要恢复这份自动保存的内容吗？",
        [("recover", "恢复"), ("discard", "丢弃")],
        title="恢复未保存的内容",
    )


def quit_unsaved() -> Ask:
    return Ask(
        "草稿有尚未保存的修改。",
        [("save", "保存并退出"), ("discard", "不保存，退出"), ("cancel", "取消")],
        title="退出",
    )


def overwrite(path: str) -> Ask:
    return Ask(f"“{path}”已存在。要覆盖它吗？", [("yes", "覆盖"), ("no", "不覆盖")], title="文件已存在")
