"""The unit whose head the duties are judged for, when the head names none: the level of the government
the report's first sentence has as its subject ("2024年，市政府坚持……", "2023年，我县……", "县委、县政府
高度重视……"). A city's report that names itself only so still has its 市委、市政府主要负责同志 as its own head,
not a superior's (``wordrx.superior_levels`` reads the level from the name it is given)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import compile
from ..model import Document
from ..unittype import after_cover, opening_rest
from ..vocab import words

OPENING_SCAN = 3  # body paragraphs the report's first sentence is looked for in (a cover sentence, a year's preamble)


@lru_cache(maxsize=1)
def _subject() -> re.Pattern[str]:
    """A level's government or Party committee as a sentence's subject: 我县, 市政府, 县委、县政府, 区人民政府."""
    levels = "".join(w for group in words().head.levels for w in group.split() if len(w) == 1)
    return compile(
        rf"^(?:我(?P<own>[{levels}])(?![长里])|(?:中共)?(?P<body>[{levels}])(?:委[、，,和及]?(?P=body)?)?(?:人民)?政府"
        rf"(?!办|部门|各|工作部门|组成部门))"
    )


def judged_unit(doc: Document) -> str | None:
    """The report's unit as the head reads it, else its generic name (县人民政府), else the government of the level its
    first sentence's subject names (市人民政府 for "市政府坚持……"); None when none is known (我局 names no level)."""
    unit = doc.meta.unit or doc.meta.generic_unit
    if unit:
        return unit
    body = [b.text for b in doc.blocks if b.role == "body" and b.kind == "paragraph"][:OPENING_SCAN]
    for text in body:
        rest = opening_rest(text[after_cover(text) :].lstrip())
        m = _subject().match(rest)
        if m is not None:
            return f"{m.group('own') or m.group('body')}人民政府"
    return None


__all__ = ["judged_unit"]
