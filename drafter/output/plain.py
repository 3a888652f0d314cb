"""Styled lines for ``lint``'s text output without importing rich when nothing is styled.

Importing rich costs a cold ``drafter lint one.txt`` about a third of ``import docx``, and when the
output is not a terminal (a pipe, a file, CI) rich prints the bare text anyway. ``Text`` keeps what
``rich.text.Text`` keeps (the text with rich's control codes stripped, a base style, styled spans)
and becomes one through ``__rich__`` for a rich ``Console``; ``Console`` prints the bare text, as
rich does for a stream that is not a terminal. A line with a tab goes through rich itself (rich
expands tabs by display cells), so the two never differ (``tests/test_plain_output.py``).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import rich.console
    import rich.text

__all__ = ["Console", "Text", "plain_stream"]

_STRIP = dict.fromkeys((7, 8, 11, 12, 13))  # what rich.text.Text strips: bell, backspace, VT, FF, CR


class Text:
    """The subset of ``rich.text.Text`` lint's text output uses; the same data."""

    __slots__ = ("_length", "_spans", "_text", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        clean = text.translate(_STRIP)
        self._text = [clean]
        self.style = style
        self._spans: list[tuple[int, int, str]] = []
        self._length = len(clean)

    @property
    def plain(self) -> str:
        if len(self._text) != 1:
            self._text[:] = ["".join(self._text)]
        return self._text[0]

    def __len__(self) -> int:
        return self._length

    def __str__(self) -> str:
        return self.plain

    def append(self, text: str | Text, style: str | None = None) -> Text:
        if isinstance(text, Text):
            if style is not None:
                raise ValueError("style must not be set when appending Text instance")
            at = self._length
            if text.style:
                self._spans.append((at, at + len(text), text.style))
            self._text.append(text.plain)
            self._spans.extend((s + at, e + at, st) for s, e, st in text._spans)
            self._length += len(text)
        elif text:
            clean = text.translate(_STRIP)
            at = self._length
            self._text.append(clean)
            if style:
                self._spans.append((at, at + len(clean), style))
            self._length += len(clean)
        return self

    def copy(self) -> Text:
        out = Text(style=self.style)
        out._text, out._spans, out._length = [self.plain], list(self._spans), self._length
        return out

    def __add__(self, other: str | Text) -> Text:
        return self.copy().append(other)

    def __rich__(self) -> rich.text.Text:
        """The same text as ``rich.text.Text`` (what a rich ``Console`` prints)."""
        from rich.text import Span
        from rich.text import Text as RichText

        return RichText(self.plain, style=self.style, spans=[Span(s, e, st) for s, e, st in self._spans])


def plain_stream(stream: TextIO | None = None) -> bool:
    """Whether rich would print to ``stream`` (default stdout) without styles: as
    ``rich.console.Console.is_terminal`` decides (``TTY_COMPATIBLE``, ``FORCE_COLOR``, ``isatty``)."""
    out = stream if stream is not None else sys.stdout
    if out is None:
        return False
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "0"
    force = os.environ.get("FORCE_COLOR")
    if force is not None:
        return force == ""
    isatty = getattr(out, "isatty", None)
    try:
        return isatty is None or not isatty()
    except ValueError:
        return True


class Console:
    """Prints ``Text`` as rich's ``Console(soft_wrap=True)`` does to a stream that is not a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._rich: rich.console.Console | None = None

    @property
    def file(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stdout

    def print(self, *objects: Any, soft_wrap: bool = True) -> None:
        """One ``Text`` (or nothing: an empty line) as its bare text; anything else through rich."""
        text = "" if not objects else objects[0].plain if isinstance(objects[0], Text) else None
        if text is None or len(objects) > 1 or not soft_wrap or "\t" in text:
            self._fallback().print(*objects, soft_wrap=soft_wrap)
            return
        self.file.write(text + "\n")
        self.file.flush()  # as rich does after each print: a closed pipe is known at once

    def _fallback(self) -> rich.console.Console:
        """A rich console for what is not one plain line (a tab, wrapping): the same text by construction."""
        if self._rich is None:
            from rich.console import Console as RichConsole

            self._rich = RichConsole(file=self._stream, highlight=False, soft_wrap=True, emoji=False)
        return self._rich
