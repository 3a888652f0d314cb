"""The sentences drafter itself writes into a draft (opening, closing, placeholders).

They are the office's frame, not the writer's words: a checklist item is never
ticked by them and they never make a part long enough. This module reads the
templates (I/O) and gives the checking engine the fixed pieces of their wording
as plain strings (``check(..., boilerplate=fragments())``); the engine masks
them before it looks for checklist items or counts a part's length.
"""

from __future__ import annotations

import json
from functools import lru_cache

from .lazyre import Lazy

_SLOT = "\x00"
_FILL = Lazy(r"【[^】]*】")
MIN_FRAGMENT = 4  # shorter pieces ("年，") are too common to be drafter's own


@lru_cache(maxsize=1)
def fragments() -> tuple[str, ...]:
    """The fixed wording of drafter's opening and closing, split at their variables and 【…】 slots.

    Cached as JSON beside the checklists' cache, keyed by the templates' sizes and times: rendering
    them needs jinja2, which a cold ``drafter lint`` of one file should not import.
    """
    from .checklists import cache_dir, cache_stamp, write_cache
    from .resources import data_dir

    sources = [data_dir("templates") / name for name in _TEMPLATES]
    folder = cache_dir()
    try:
        target = folder / f"boilerplate-{cache_stamp(sources)}.json" if folder else None
    except OSError:  # templates missing: nothing to key on, and nothing to cache
        target = None
    if target is not None and target.is_file():
        try:
            cached = json.loads(target.read_text(encoding="utf-8"))
            if isinstance(cached, list) and all(isinstance(x, str) for x in cached):
                return tuple(cached)
        except (OSError, ValueError):
            pass
    pieces = _render_fragments()
    if target is not None:
        write_cache(target, list(pieces))
    return pieces


_TEMPLATES = ("opening.j2", "closing.j2")


def _render_fragments() -> tuple[str, ...]:
    pieces: list[str] = ["现将有关情况报告如下："]  # the built-in opening, used when templates are missing
    try:
        from .render.templates import render as tpl

        texts = [tpl("opening.j2", unit=_SLOT, year=_SLOT), tpl("closing.j2")]
    except Exception:  # templates missing or broken: only the built-in pieces
        texts = []
    for text in texts:
        for piece in _FILL.sub(_SLOT, text).split(_SLOT):
            piece = piece.strip()
            if len(piece) >= MIN_FRAGMENT and piece not in pieces:
                pieces.append(piece)
    return tuple(sorted(pieces, key=len, reverse=True))


__all__ = ["fragments"]
