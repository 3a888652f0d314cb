"""F4: lay the draft out as a GB/T 9704 .docx at a chosen path."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...readers.errors import ReadError
from .. import paths
from ..drafts import unquote
from ..linebreak import Prose
from .meta import FONTS


class ExportScreen(ModalScreen[tuple[Path, str] | None]):
    """Ask where to write the .docx and with which font set; returns (path, fonts)."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]

    def __init__(self, default: Path, fonts: str, errors: int) -> None:
        super().__init__(classes="dialog")
        self.default, self.fonts, self.errors = default, fonts, errors

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("排版导出（GB/T 9704 公文格式 .docx）", classes="dialog-title")
            if self.errors:
                yield Prose(f"注意：检查还有 {self.errors} 个错误，仍可导出，但建议先改正。", classes="dialog-warn")
            with Horizontal(classes="form-row"):
                yield Label("保存到", classes="form-label")
                yield Input(str(self.default), id="export-path", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("字体", classes="form-label")
                yield Select(FONTS, value=self.fonts, id="export-fonts", compact=True, allow_blank=False)
            yield Prose("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("导出", id="export-ok", variant="primary")
                yield Button("取消", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_input_submitted(self) -> None:
        self._done()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-ok":
            self._done()
        else:
            self.dismiss(None)

    def _done(self) -> None:
        raw = unquote(self.query_one("#export-path", Input).value)
        if not raw:
            self.query_one("#form-error", Static).update("请填写保存位置")
            return
        try:
            path = paths.pick(raw, paths.root_of(self.app))
        except ReadError as e:
            self.query_one("#form-error", Static).update(str(e))
            return
        if path.suffix.lower() != ".docx":
            path = path.with_name(path.name + ".docx")
        if not path.parent.is_dir():
            self.query_one("#form-error", Static).update(f"文件夹 {path.parent} 不存在")
            return
        fonts = self.query_one("#export-fonts", Select).value
        self.dismiss((path, str(fonts)))

    def action_cancel(self) -> None:
        self.dismiss(None)
