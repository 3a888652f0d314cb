"""Textual's Select, its open list saying what Esc does in Chinese.

Open, Select's list put "Esc Dismiss menu" in the footer of the start screen and of the settings form
(Textual's own words for its overlay's Esc): the one English left on screen at 80×24.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay, SelectType


class PickList(SelectOverlay):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "收起列表")]


class Pick(Select[SelectType]):
    def compose(self) -> ComposeResult:
        """As Select's own (widgets/_select.py), with the list above."""
        yield SelectCurrent(self.prompt)
        yield PickList(type_to_search=self._type_to_search).data_bind(compact=Select.compact)
