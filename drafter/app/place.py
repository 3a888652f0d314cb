"""Where the writer stopped: cursor and scroll per draft, in ``.NAME.place`` beside the lock.

Never inside the draft (it is the report, and other people read it). The file
line is kept, not the section, so a part added above still finds the spot
roughly; everything is clamped to the draft when it is read back.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..fsutil import WriteError, atomic_write
from ..rollforward import LAST_HEADING, LAST_YEAR
from .view import View


def place_path(draft: Path) -> Path:
    return draft.with_name(f".{draft.name}.place")


@dataclass(frozen=True)
class Place:
    line: int  # 1-based file line of the cursor
    col: int
    scroll: int  # the editor's first visible row (in its wrapped lines), relative to the section


def load(draft: Path) -> Place | None:
    """The place saved for ``draft``, or None (none saved, or not readable: then the default spot)."""
    try:
        data = json.loads(place_path(draft).read_text(encoding="utf-8"))
        return Place(int(data["line"]), int(data["col"]), int(data.get("scroll", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(draft: Path, place: Place) -> None:
    """Best effort: a read-only folder loses the place, never the draft."""
    if load(draft) == place:
        return
    text = json.dumps({"line": place.line, "col": place.col, "scroll": place.scroll})
    with contextlib.suppress(WriteError, OSError):
        atomic_write(place_path(draft), text, force=True)


def writing_spot(text: str) -> tuple[int, int]:
    """Where to start typing: after the heading, or at the end of what is there.

    In a part rolled forward from last year, the first item whose last-year text
    (a comment) has nothing written after it yet: on the blank line below the
    comment, never inside or after it on its own line — and only where the editor
    shows that line as an empty row: the comments and the blank line after each
    are hidden, so the spot of an item with text written under a later item would
    be the start of that text (typing went in front of it: 一是一是高度重视).
    """
    lines = text.split("\n")
    view = View.of(text)
    for i, line in enumerate(lines):
        if not (line.startswith("<!-- " + LAST_YEAR) and line.rstrip().endswith("-->")):
            continue
        rest = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        free = not rest or rest.startswith("#") or rest.startswith("<!-- " + LAST_HEADING)
        if free and i + 1 < len(lines) and not view.rows[view.row_of(i + 1)].text.strip():
            return i + 1, 0
    body = [i for i, line in enumerate(lines) if line.strip() and not line.startswith("## ")]
    if not body:
        return min(2, len(lines) - 1), 0
    last = body[-1]
    if lines[last].rstrip().endswith("-->") and last + 1 < len(lines):
        return last + 1, 0  # after a comment, not on its line
    return last, len(lines[last])
