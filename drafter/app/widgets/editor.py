"""The drafting screen's editor: the report as it will read, with a word processor's keys.

A ``TextArea`` holding a ``View`` of one section (app/view.py): no markup on screen, headings
styled by level, the cursor kept in view when the width changes, and the place's scroll held
until the writer moves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.widgets import TextArea
from textual.widgets.text_area import TextAreaTheme

from .. import editing
from ..linebreak import install_editor_wrapping
from ..view import View, level

THEME = TextAreaTheme(
    "drafter",
    syntax_styles={  # the headings by level, as the report prints them (title, 一、 （一） 1. （1）)
        "heading.0": Style(bold=True, underline=True),
        "heading.1": Style(bold=True, color="bright_blue"),
        "heading.2": Style(bold=True, color="cyan"),
        "heading.3": Style(bold=True),
        "heading.4": Style(italic=True),
    },
)


class Editor(TextArea):
    """The report as it will read, with a word processor's keys, keeping the cursor in view when its
    width changes.

    It holds a ``View`` of one section (app/view.py): the text without markup, and what it hides.
    Each edit carries the hidden lines and heading prefixes over (``View.edited``) before the
    screen hears of it; headings are styled by level through the highlight map.

    Ctrl+Home / Ctrl+End go to the part's start and end (with Shift: select to there), Ctrl+A selects
    all of it; the rest a terminal carries is Textual's (Shift+arrows, Ctrl+Z/Y, Ctrl+C/X/V, the mouse).

    Soft wrapping depends on the width, which is only known after layout (and
    changes with F3 and window resizes); without this the first view of a long
    part can sit at its end while the cursor is at its beginning.
    """

    BINDINGS: ClassVar = [
        Binding("ctrl+home", "document_edge(False, False)", "到开头", show=False),
        Binding("ctrl+end", "document_edge(True, False)", "到末尾", show=False),
        Binding("ctrl+shift+home", "document_edge(False, True)", "选到开头", show=False),
        Binding("ctrl+shift+end", "document_edge(True, True)", "选到末尾", show=False),
        Binding("ctrl+a", "select_all", "全选", show=False),
        Binding("escape", "close_pane", "收起问题", show=False),
    ]

    def action_close_pane(self) -> None:
        """Esc: the finding list left beside the text at 80 columns put away (the screen says when)."""
        close = getattr(self.screen, "close_side_pane", None)
        if close is not None:
            close()

    def _heads(self) -> frozenset[int]:
        return frozenset(i for i, r in enumerate(self.view.rows) if r.prefix)

    async def _on_key(self, event: events.Key) -> None:
        """Enter after text starts a paragraph (a blank line between, as the .docx will have it)."""
        if event.key == "enter" and not self.read_only and self.selection.is_empty:
            event.stop()
            event.prevent_default()  # Textual's own Enter inserts one newline: two lines, one paragraph
            self._restart_blink()
            row, col = self.cursor_location
            self._replace_via_keyboard(editing.paragraph_break(self.document.lines, row, col), *self.selection)
            return
        await super()._on_key(event)

    def action_delete_left(self) -> None:
        """Backspace at a paragraph's start joins it to the paragraph before (the blank line too)."""
        self._delete_joining(editing.join_back, super().action_delete_left)

    def action_delete_right(self) -> None:
        """Delete at a paragraph's end joins the next paragraph to it."""
        self._delete_joining(editing.join_next, super().action_delete_right)

    def _delete_joining(self, join: editing.Join, otherwise: Callable[[], None]) -> None:
        """Delete the stretch ``join`` finds at the cursor (two paragraphs made one, as in Word); where it
        finds none, or text is selected, ``otherwise`` (Textual's own delete of one character)."""
        stretch = None
        if not self.read_only and self.selection.is_empty:
            stretch = join(self.document.lines, *self.cursor_location, heads=self._heads())
        if stretch is None:
            otherwise()
        else:
            self._delete_via_keyboard(*stretch)

    def action_document_edge(self, end: bool, select: bool) -> None:
        self.move_cursor(self.document.end if end else (0, 0), select=select)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        install_editor_wrapping()  # Chinese line breaking: 。 never starts a line
        self.view = View.of("")
        super().__init__(*args, **kwargs)
        self.register_theme(THEME)
        self.theme = THEME.name
        self.pending_scroll: int | None = None  # the scroll to return to (the place), once laid out

    def show(self, view: View) -> None:
        """Hold ``view``: its text in the editor (a new undo history when the text changes)."""
        self.view = view
        if self.text != view.text:
            self.load_text(view.text)
        else:
            self._build_highlight_map()
            self.refresh()

    def sync(self) -> View:
        """The view of the text as it is now (after the writer's last edit)."""
        text = self.text
        if text != self.view.text:
            self.view = self.view.edited(text)
        return self.view

    def _build_highlight_map(self) -> None:
        """Textual calls this after every edit and load: the view follows the text, headings get styled."""
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        if not hasattr(self, "view"):
            return  # still being built
        for row, r in enumerate(self.sync().rows):
            n = level(r)
            if n >= 0 and r.text:
                highlights[row].append((0, None, f"heading.{n}"))

    def restore_scroll(self, y: int | None) -> None:
        """Hold the view at ``y`` through the first layouts (each resize would centre the cursor),
        until the writer presses a key or clicks; None: the cursor decides again."""
        self.pending_scroll = y
        if y is not None:
            self.call_after_refresh(self._scroll_back)

    def _scroll_back(self) -> None:
        if self.pending_scroll is not None:
            self.scroll_to(y=self.pending_scroll, animate=False, immediate=True)

    def on_key(self, event: events.Key) -> None:
        self.pending_scroll = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.pending_scroll = None

    def on_resize(self, event: events.Resize) -> None:
        # Textual re-wraps on resize but repaints only if the wrapped height changed: lines drawn at the
        # new width with the old wrap (F3 and back) stayed on screen, words cut off, until the cursor moved
        self.refresh()
        if self.pending_scroll is not None:
            self.call_after_refresh(self._scroll_back)  # the place's scroll, not the centred cursor
            return
        self.call_after_refresh(self.scroll_cursor_visible, center=True)
