"""Whom a sentence's work is for: an item done for the public (``words.toml`` public_items: 普法) is not
reported by a sentence whose only audience is the unit's own staff (a lecture for 在编人员, books handed to
班子领导): that is the cadres' own study; nor is an item a title names (……，建强执法队伍) by the cadres' study the
title's sentence reports and that names none of the item's words."""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import compile
from ..vocab import alternation, words
from .cues import pattern
from .studyacts import cadres_study
from .titles import Hit


def staff_study(item: Item, h: Hit, year: int | None) -> bool:
    """Whether ``h``'s sentence reports the staff's own study only, not ``item``: ``staff_only``, or a title named
    the item (二是完善学法制度，建强执法队伍。) and the sentence after it is the cadres' study (``studyacts.cadres_study``:
    组织干部集中学法4次) with none of the item's cues."""
    sentence = h.block.text[h.start : h.end]
    if staff_only(item, sentence):
        return True
    if not h.titled or item.part != "measures" or any(pattern(c, year).search(sentence) for c in item.cues):
        return False
    return cadres_study(item, sentence, year)


def staff_only(item: Item, sentence: str) -> bool:
    """Whether ``item`` is done for the public and ``sentence`` names the unit's staff (``staff``, ``learners``,
    ``own_staff``: 干部职工, 在编人员) and no one of the public (``publics``: 群众, 企业, 学生, 社区……)."""
    if item.id not in words().public_items:
        return False
    return _staff().search(sentence) is not None and _public().search(sentence) is None


@lru_cache(maxsize=1)
def _staff() -> re.Pattern[str]:
    w = words()
    return compile(alternation((*w.staff, *w.learners, *w.own_staff)))


@lru_cache(maxsize=1)
def _public() -> re.Pattern[str]:
    return compile(alternation(words().publics))
