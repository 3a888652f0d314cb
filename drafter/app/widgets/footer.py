"""The drafting screen's footer: where its keys do not fit the window it leaves out the ones F1 lists anyway
(Ctrl+F first, which every Word user knows, then F8, then F2), so 退出 (Ctrl+Q) and 帮助 (F1) — the keys
a writer new to the app looks for — stay in view."""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

SPARE = ("find", "next_part", "meta")  # left out in this order until the rest fit; F1 and the palette list them


def needed(keys: Iterable[FooterKey]) -> int:
    """Columns the compact footer takes for ``keys``: "Ctrl+S 保存", one column between keys."""
    widths = [cell_len(k.key_display) + (1 + cell_len(k.description) if k.description else 0) for k in keys]
    return sum(widths) + max(len(widths) - 1, 0)


def left_out(keys: list[FooterKey], width: int) -> frozenset[str]:
    """The spare keys' actions to leave out so the others fit ``width`` columns."""
    out: set[str] = set()
    for action in SPARE:
        if needed(k for k in keys if k.action not in out) <= width:
            break
        out.add(action)
    return frozenset(out)


class DraftFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self._keys: list[FooterKey] = []
        self._out: frozenset[str] | None = None

    def compose(self) -> ComposeResult:
        widgets: list[Widget] = list(super().compose())
        self._keys = [w for w in widgets if isinstance(w, FooterKey)]
        self._out = left_out(self._keys, self.app.size.width)
        for widget in widgets:
            if not (isinstance(widget, FooterKey) and widget.action in self._out):
                yield widget

    def on_resize(self, event: Resize) -> None:
        if self._out is not None and self._out != left_out(self._keys, self.app.size.width):
            self.call_after_refresh(self.recompose)
