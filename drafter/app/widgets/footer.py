"""The drafting screen's footer: below 80 columns it leaves out the keys F1 lists anyway (F8, Ctrl+F),
so 退出 (Ctrl+Q) and 帮助 (F1) — the keys a writer new to the app looks for — stay in view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Resize
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

FULL_WIDTH = 80  # columns the footer needs for every key it shows (with the side panel's 返回)
SPARE = frozenset({"next_part", "find"})  # shown only when there is room; F1 and the palette list them


class DraftFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._narrow: bool | None = None

    def _is_narrow(self) -> bool:
        return self.app.size.width < FULL_WIDTH

    def compose(self) -> ComposeResult:
        self._narrow = self._is_narrow()
        for widget in super().compose():
            if self._narrow and isinstance(widget, FooterKey) and widget.action in SPARE:
                continue
            yield widget

    def on_resize(self, event: Resize) -> None:
        if self._narrow is not None and self._narrow != self._is_narrow():
            self.call_after_refresh(self.recompose)
