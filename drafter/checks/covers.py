"""The cover sentence of a report (现将……报告如下): where the writer says what the report is and on which
period. Several rules read it (relative-year, period-heading, cover-genre); its leads are data (``words.toml``
cover_leads: 现将 现把 特将 兹将 现就).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import compile
from ..vocab import alternation, words

COVER_REACH = 60  # characters from a cover lead to its 如下


def cover_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s cover sentences, from the lead to 如下 (现将……报告如下)."""
    rx = _cover_rx(words().cover_leads)
    return [] if rx is None else [m.span() for m in rx.finditer(text)]


@lru_cache(maxsize=2)
def _cover_rx(leads: tuple[str, ...]) -> re.Pattern[str] | None:
    return compile(alternation(leads) + rf"[^。；;！？!?\n]{{1,{COVER_REACH}}}?如下") if leads else None


__all__ = ["cover_spans"]
