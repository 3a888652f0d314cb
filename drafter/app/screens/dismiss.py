"""忽略问题: which finding, and why (the reason is required: it is what a reviewer reads).

One finding, never its rule on the whole paragraph: the comment the draft gets quotes the
finding's words (``checks.dismiss.dismissal_key``), so the paragraph's other findings stay."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...checks import Finding
from ...checks.dismiss import dismissal_key
from ...ruledocs import docs
from ..linebreak import Prose


def rule_name(rule: str) -> str:
    """A rule's Chinese name (the screen never shows ids)."""
    got = docs().get(rule)
    return got.title if got is not None else rule


class DismissScreen(ModalScreen[tuple[Finding, str] | None]):
    """Returns (the finding, the reason), or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(classes="dialog")
        self.findings = findings

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("忽略此问题", classes="dialog-title")
            if len(self.findings) > 1:
                yield Select(
                    [(f"{rule_name(f.rule)}：{dismissal_key(f)[:20]}", n) for n, f in enumerate(self.findings)],
                    value=0,
                    allow_blank=False,
                    id="dismiss-which",
                    compact=True,
                )
            yield Prose(self._about(0), id="dismiss-message", classes="dialog-text")
            with Horizontal(classes="form-row"):
                yield Label("理由", classes="form-label")
                yield Input(placeholder="如：此处为引用文件原文，不需改", id="dismiss-reason", compact=True)
            yield Prose(
                "只忽略这一个问题，本段其他问题照常提示；理由写进草稿（段落前的一行注释），不会导出；"
                "以后可用“恢复”（Shift+F9）撤回。",
                classes="hint",
            )
            yield Prose("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("忽略", id="dismiss-ok", variant="primary")
                yield Button("取消", id="dismiss-cancel")

    def _about(self, n: int) -> str:
        f = self.findings[n]
        return f"{f.message}（{rule_name(f.rule)}）"

    def on_mount(self) -> None:
        self.query_one("#dismiss-reason", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, int):
            self.query_one("#dismiss-message", Static).update(self._about(event.value))

    def on_input_submitted(self) -> None:
        self._done()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "dismiss-ok":
            self._done()
        else:
            self.dismiss(None)

    def _done(self) -> None:
        reason = " ".join(self.query_one("#dismiss-reason", Input).value.split())
        if len(reason) < 2:
            self.query_one("#form-error", Static).update("请写明忽略的理由（至少两个字）")
            return
        which = self.query("#dismiss-which")
        n = which.first(Select).value if which else 0
        self.dismiss((self.findings[n if isinstance(n, int) else 0], reason))

    def action_cancel(self) -> None:
        self.dismiss(None)
