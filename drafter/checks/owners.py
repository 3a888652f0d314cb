"""Whose duty a sentence a duties item's search found reports, for an item of the own head's (``weakness.own_head``:
学法, 部署, 述法): a sentence where the duty is others' — others' heads do it (``weakness.others_duty``), it is another
study (``focus.another_study``: 党的二十大精神), cadres counted in persons or a whole area or system do it (``focus.
counted_learners``, ``persons.wide_learners``) — is no evidence of his; nor one whose duty's words stand in a
document's title (《……学法清单》: ``evidence.in_title``). ``items._hits`` goes past such sentences."""

from __future__ import annotations

from ..checklists import Item
from .evidence import Judge, in_title
from .focus import another_study, counted_learners
from .persons import OWN, mentions, wide_learners
from .weakness import others_duty, own_head


def titled_duty(item: Item, text: str, start: int) -> bool:
    """Whether ``item`` is the own head's and its words at ``start`` stand in a document's title (编制《……学法清单》)."""
    return own_head(item) and in_title(text, start)


def others_only(judge: Judge, item: Item, text: str, s: int, e: int, start: int, year: int | None) -> bool:
    """Whether the sentence ``text[s:e]``, found at the item's words at ``start``, reports ``item``'s duty done only by
    others (not the own head's): others' heads, another study, cadres counted or a whole area's or system's people."""
    if not own_head(item):
        return False
    sentence = text[s:e]
    if others_duty(judge, item, text, s, e, year) or another_study(sentence):
        return True
    return s <= start < e and (counted_learners(sentence, start - s) or wide_learners(judge, text, s, e, start))


def names_own_head(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` names this unit's own head (局长, 主要负责同志, 本人): of two that report
    a duty as well, a reviewer takes the one that says the head did it for the head's act."""
    return any(m.role == OWN and m.head for m in mentions(judge, text, s, e))


__all__ = ["names_own_head", "others_only", "titled_duty"]
