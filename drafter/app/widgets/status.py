"""The drafting screen's status line: at a new width (the window, or the finding list shown beside the
editor at 80 columns) the screen writes it again, its note cut to the rows it has there."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Static


class StatusLine(Static):
    class Resized(Message):
        """The line's width changed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", markup=False, id=id)
        self._width = 0

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.post_message(self.Resized())
