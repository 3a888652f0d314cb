"""Chinese line breaking for the app: where a line of text may wrap, and a Rich renderable that uses it.

Chinese text breaks between any two characters, except that a line never starts
with closing punctuation (。，、；：）」』 …) nor ends with opening punctuation
(（「『“ …) — the rule of 避头尾 (kinsoku). Latin words and numbers are not split
when a break beside them exists. Terminals and Rich know none of this: Rich
folds a run of Chinese at the exact width (so "。" can start a line), and
Textual's editor moves a whole run of Chinese after "## " to the next line.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

NO_START = frozenset("。，、；：？！）」』”’》〉】〕｝〗，．・…‥—～％‰,.;:?!)]}%")
"""Characters a line must not start with."""
NO_END = frozenset("（「『“‘《〈【〔｛〖([{")
"""Characters a line must not end with."""


def _allowed(text: str, p: int) -> bool:
    """Whether a line may break between ``text[p - 1]`` and ``text[p]``."""
    a, b = text[p - 1], text[p]
    if b in NO_START or a in NO_END:
        return False
    if a.isspace():
        return True
    if b.isspace():
        return False  # break after the space, not before it
    return get_character_cell_size(a) == 2 or get_character_cell_size(b) == 2  # beside a Chinese character


def break_points(text: str, width: int) -> list[int]:
    """Offsets where ``text`` (one line, no tabs) wraps to fit ``width`` cells, 避头尾 respected."""
    if width <= 0 or cell_len(text) <= width:
        return []
    breaks: list[int] = []
    start, used = 0, 0
    for i, ch in enumerate(text):
        w = get_character_cell_size(ch)
        if used + w > width and i > start:
            b = i
            while b > start + 1 and not _allowed(text, b):
                b -= 1
            if b <= start + 1 and not _allowed(text, b):
                b = i  # nowhere better on this line: fold at the width
            breaks.append(b)
            start = b
            used = cell_len(text[b:i])
        used += w
    return breaks


def clamp(text: str, width: int, rows: int) -> str:
    """``text`` (one line) cut to the ``rows`` lines it wraps to at ``width`` cells, ending with … when cut."""
    breaks = break_points(text, width)
    if len(breaks) < rows:
        return text
    kept = text[: breaks[rows - 1]].rstrip()
    while kept and len(break_points(kept + "…", width)) >= rows:
        kept = kept[:-1]
    return kept + "…"


def clamp_note(note: str, tail: str, width: int, rows: int) -> str:
    """``note`` cut to ``rows`` lines at ``width`` cells, first without its ``tail`` (the rule's name, which F3's
    list and F1 say too) where the whole would be cut: the message's own words go last."""
    whole = clamp(note, width, rows)
    if whole == note or not tail or not note.endswith(tail):
        return whole
    return clamp(note[: -len(tail)], width, rows)


def wrap_offsets(
    text: str,
    width: int,
    tab_size: int = 4,
    fold: bool = True,
    precomputed_tab_sections: list[tuple[str, int]] | None = None,
) -> list[int]:
    """A drop-in for Textual's ``compute_wrap_offsets`` that breaks Chinese text as Chinese.

    Lines with tabs, or with no character two cells wide, keep Textual's own wrapping.
    """
    if "\t" in text or not any(get_character_cell_size(c) == 2 for c in text):
        from textual._wrap import compute_wrap_offsets

        return compute_wrap_offsets(text, width, tab_size, fold, precomputed_tab_sections)
    return break_points(text, width)


class Wrapped:
    """A Rich ``Text`` wrapped with Chinese line breaking at whatever width it is given; a line that
    starts with one of ``hang`` (a bullet, "· ") wraps under its words, not under the bullet, as a
    bulleted list in Word does."""

    def __init__(self, text: Text | str, hang: tuple[str, ...] = ()) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        self.hang = hang

    @property
    def plain(self) -> str:
        return self.text.plain

    def lines(self, width: int) -> Iterable[Text]:
        for line in self.text.split("\n", allow_blank=True):
            if not line.plain:
                yield line
                continue
            indent = next((cell_len(h) for h in self.hang if line.plain.startswith(h)), 0)
            if not indent or width <= 2 * indent:
                yield from line.divide(break_points(line.plain, width))
                continue
            first, *rest = line.divide(break_points(line.plain, width)[:1])
            yield first
            if rest:
                for part in rest[0].divide(break_points(rest[0].plain, width - indent)):
                    part.pad_left(indent)
                    yield part

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines(options.max_width):
            line.end = "\n"
            line.no_wrap = True
            line.overflow = "crop"
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __str__(self) -> str:
        return self.text.plain


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """A drop-in for Rich's ``divide_line`` (what Textual's ``Content`` wraps with) that breaks Chinese
    as Chinese; text with no character two cells wide keeps Rich's own wrapping."""
    if not any(get_character_cell_size(c) == 2 for c in text):
        from rich._wrap import divide_line as rich_divide_line

        return rich_divide_line(text, width, fold)
    return break_points(text, width)


def install_editor_wrapping() -> None:
    """Make Textual wrap Chinese text with 避头尾 everywhere: the TextArea (``wrap_offsets``) and every
    ``Content`` — labels, Markdown (F1 help), Select, toasts — (``divide_line``). Both are one function
    looked up in a module at call time."""
    from textual import content
    from textual.document import _wrapped_document

    if getattr(_wrapped_document, "compute_wrap_offsets", None) is not wrap_offsets:
        setattr(_wrapped_document, "compute_wrap_offsets", wrap_offsets)  # noqa: B010  (not exported)
    if getattr(content, "divide_line", None) is not divide_line:
        setattr(content, "divide_line", divide_line)  # noqa: B010  (not exported)


__all__ = [
    "NO_END",
    "NO_START",
    "Prose",
    "Wrapped",
    "break_points",
    "divide_line",
    "install_editor_wrapping",
    "wrap_offsets",
]


def prose(content: object) -> object:
    """Plain text and Rich Text as ``Wrapped``; anything else as it is."""
    return Wrapped(content) if isinstance(content, (str, Text)) and content else content


from textual.widgets import Static  # noqa: E402  (the widget below needs the renderable above)


class Prose(Static):
    """A Static for Chinese sentences: wrapped with 避头尾, never parsed as markup."""

    def __init__(self, content: str | Text = "", **kwargs: Any) -> None:
        super().__init__(prose(content), markup=False, **kwargs)  # type: ignore[arg-type]

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        super().update(prose(content), layout=layout)  # type: ignore[arg-type]
