"""Checklist patterns compiled, and the writer's own words: drafter's wording masked out."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..lazyre import compile
from ..model import Block
from ..needle import Needled


def own_words(blocks: list[Block], boilerplate: tuple[str, ...] = ()) -> list[Block]:
    """``blocks`` with ``boilerplate`` and 【请填写】 slots blanked out, offsets kept.

    What is left is the writer's words: only they tick a checklist item or make a part long enough.
    """
    out = []
    for b in blocks:
        masked = _masked(b.text, boilerplate)
        out.append(b if masked == b.text else replace(b, text=masked))
    return out


@lru_cache(maxsize=8192)
def _masked(text: str, boilerplate: tuple[str, ...]) -> str:
    """``text`` with ``boilerplate`` and 【请填写】 slots blanked (kept: re-checks ask for the same paragraphs)."""
    return _boilerplate_rx(boilerplate).sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=16)
def _boilerplate_rx(pieces: tuple[str, ...]) -> re.Pattern[str]:
    alts = [re.escape(p) for p in sorted(pieces, key=len, reverse=True)]
    return compile("|".join([r"【[^【】\n]*+】", *alts]))  # a slot holds no 【: linear on 【 never closed


@lru_cache(maxsize=4096)
def pattern(source: str, year: int | None = None) -> Needled:
    """A checklist pattern, compiled where first searched in a text that holds one of its needles (most are
    searched in none: issue 29; the code kept between runs); ``{next}`` is the year after the report year, ``{leader}`` any
    of the leaders' titles, ``{head}`` those and the titles that name a unit's own head only in its report (所长), ``{measure}`` any of the measure words, ``{self}`` the head's first person, ``{voice}`` the head speaking of himself
    (本人, 作为县长，我……: ``words.toml``)."""
    from ..patterns import bounded  # every repeat bounded: a search is linear in the paragraph
    from ..wordrx import expand  # here, as before: the words are read when a pattern first needs them

    nxt = str(year + 1) if year else r"20\d\d"
    return Needled(bounded(expand(source).replace("{next}", nxt)))


@lru_cache(maxsize=16384)
def any_cue(text: str, cues: tuple[str, ...], year: int | None = None) -> bool:
    """Whether one of the checklist patterns ``cues`` matches in ``text`` (kept: the parts and
    items are found by asking this of every paragraph and heading at every re-check)."""
    return any(pattern(c, year).search(text) for c in cues)


__all__ = ["any_cue", "own_words", "pattern"]
