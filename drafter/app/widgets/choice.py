"""A few fixed choices as radio buttons, with a ``value`` like Select's.

Used in the settings form instead of Select: Select's drop-down is drawn over the
widgets below it, and where one of their edges falls in the middle of a Chinese
character the terminal renderer drops that character ("红色版头（发文机  标志）").
Radio buttons are drawn in place, so every label shows whole.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import RadioButton, RadioSet


class Choice(RadioSet):
    def __init__(self, options: list[tuple[str, Any]], value: Any, **kw: Any) -> None:
        super().__init__(compact=True, **kw)
        self.options = options
        self._initial = value

    def compose(self) -> ComposeResult:
        for label, v in self.options:
            yield RadioButton(label, value=v == self._initial, compact=True)

    @property
    def value(self) -> Any:
        k = self.pressed_index
        return self.options[k][1] if 0 <= k < len(self.options) else self._initial

    @value.setter
    def value(self, v: Any) -> None:
        with self.prevent(RadioButton.Changed):  # at once, not when the buttons' messages arrive
            for n, (button, (_, option)) in enumerate(zip(self.query(RadioButton), self.options, strict=False)):
                button.value = option == v
                if option == v:
                    self._pressed_button, self._selected = button, n
