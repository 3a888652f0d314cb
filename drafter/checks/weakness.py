"""How far a sentence that names a checklist item falls short of reporting that the unit did it.

``items.py`` quotes the sentence that reports an item best: one that falls short (``weakness`` > 0)
only when no better one does. A measure named as a topic a meeting dealt with ("研究部署了放管服、
行政执法等工作") is no report of the work; a sentence without the item's ``acts`` names it only;
and a duty (学法, 述法, 部署) done by others' heads ("各乡镇、各部门主要负责人述法", "全县各级领导
干部带头学法") is not the duty of this unit's own head. A duty done by this unit *to* others' heads
("听取5个政府部门主要负责人述法", "督促各单位主要负责人履行第一责任人职责") is no evidence of the
own head's duty at all (``actor`` gives None). The words are data: ``words.toml`` ``others``,
``groups``, ``to_others`` and ``leaders``; the checklist's ``[evidence]`` topics and slogans.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..checklists import Item
from ..lazyre import compile
from ..vocab import alternation, leader_rx, words
from .cues import pattern
from .evidence import Judge

OTHERS_GAP = 8  # characters between 各乡镇 and 主要负责人 ("5个政府部门及乡镇主要负责人", "全县42名党政主要负责人")
TO_OTHERS_REACH = 24  # characters between 听取 and the heads heard ("听取全面依法治县工作汇报和5个政府部门……")
_GAP_STOP = "，,。；;：:会议上在"  # "全县法治工作会议上县长" is no 全县's 县长


class Mention(NamedTuple):
    """A head named in a sentence: this unit's own (``own``), or others' and perhaps the object of
    an act this unit did to them (``done_to``: 听取……述法, 督促……履行)."""

    start: int
    end: int
    own: bool
    done_to: bool


@lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    """A leader's title (group ``leader``) or a group of leaders (领导干部, 干部)."""
    return compile(f"(?P<leader>{leader_rx()})|{alternation(words().groups)}")


@lru_cache(maxsize=1)
def _others() -> re.Pattern[str]:
    return compile(alternation(words().others) if words().others else "(?!)")


@lru_cache(maxsize=1)
def _done_to() -> re.Pattern[str]:
    return compile(alternation(words().to_others) if words().to_others else "(?!)")


def mentions(judge: Judge, text: str, s: int, e: int) -> list[Mention]:
    """The heads named in ``text[s:e]``, in reading order: a title after one of ``others`` (within
    ``OTHERS_GAP``) is others'; one inside a slogan (习近平总书记, 主任办公会) or a group without a
    qualifier (领导干部) names no one."""
    quals = [m.span() for m in _others().finditer(text, s, e)]
    out = []
    for m in _heads().finditer(text, s, e):
        q = next((q for q in reversed(quals) if q[0] < m.start() and _gap(text, q[1], m.start())), None)
        if q is not None:
            out.append(Mention(m.start(), m.end(), False, _object(text, q[0])))
        elif m.group("leader") is not None and not judge.in_slogan(text, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), True, False))
    return out


def _gap(text: str, end: int, start: int) -> bool:
    """Whether the words between a qualifier (ending at ``end``) and a title (at ``start``) keep them one
    phrase: short, no clause break, no meeting (a qualifier may end inside the title: 乡镇长)."""
    gap = text[end:start]
    return len(gap) <= OTHERS_GAP and not any(c in _GAP_STOP for c in gap)


def _object(text: str, at: int) -> bool:
    """Whether others' heads named from ``at`` on are what an act of this unit is done to: one of
    ``to_others`` before them in their clause (听取, 督促)."""
    lo = max(0, at - TO_OTHERS_REACH)
    clause = max((text.rfind(c, lo, at) for c in "，,。；;：:"), default=-1)
    return _done_to().search(text, max(lo, clause + 1), at) is not None


def actor(judge: Judge, text: str, s: int, e: int, cue: tuple[int, int] | None) -> int | None:
    """Whose act the sentence ``text[s:e]`` reports at the item's words ``cue``: 0 this unit's head's,
    or no one's in particular (a meeting's); 1 others' heads' (weak evidence); None an act done to
    others' heads (no evidence). The head nearest before the words acts; where the words are a head
    (主要负责人) or stand elsewhere (a title's), the sentence's heads decide: its own head first."""
    heads = mentions(judge, text, s, e)
    if not heads:
        return 0
    if cue is not None and not any(h.start < cue[1] and cue[0] < h.end for h in heads):
        before = [h for h in heads if h.start < cue[0]]
        if not before:
            return 0
        heads = before[-1:]
    if any(h.own for h in heads):
        return 0
    return 1 if any(not h.done_to for h in heads) else None


def topics(item: Item) -> bool:
    """Whether a topic a meeting dealt with ("研究部署了普法、政务公开等工作") is a weak report of
    ``item``: of a measure it is; of a duty (亲自部署、听取汇报) the meeting is the leader's act."""
    return item.part != "duties"


def own_head(item: Item) -> bool:
    """Whether ``item`` is a duty of this unit's own head (学法, 部署, 述法): others' heads doing it
    report it weakly, this unit doing it to them not at all."""
    return item.part == "duties"


def topical(judge: Judge, item: Item, text: str, s: int, e: int, year: int | None) -> bool:
    """Whether the sentence ``text[s:e]`` names ``item`` only as topics a meeting dealt with (a sentence
    a title or a heading led to: its own words decide, not the title's)."""
    found = False
    for c in item.cues:
        for m in pattern(c, year).finditer(text, s, e):
            if judge.in_slogan(text, m.start(), m.end()):
                continue
            if not judge.topical(text, m.start(), m.end(), e):
                return False
            found = True
    return found


def weakness(judge: Judge, item: Item, sentence: str, topic: bool, year: int | None) -> int:
    """How far ``sentence`` falls short of reporting that the unit did ``item`` (0: not at all): its cue
    is a topic a meeting deployed or heard (``topic``), and it has none of the item's ``acts``
    (学习《突发事件应对法》 has no 预案、演练 or 处置). A weak sentence is quoted only when no stronger
    one reports the item."""
    weak = int(topic)
    if item.acts and not any(
        not judge.in_slogan(sentence, m.start(), m.end())
        for a in item.acts
        for m in pattern(a, year).finditer(sentence)
    ):
        weak += 1
    return weak


def sentence_weakness(judge: Judge, item: Item, text: str, year: int | None = None) -> int | None:
    """How a sentence standing alone reports ``item``, as the item search judges it: None when it does
    not name the item (its words only in slogans, or in an act done to others' heads), else its
    ``weakness`` plus whose act it is (``actor``), judged at the first of the item's words that counts
    (its cues in order). The checklist's good, weak and bad examples are judged by it."""
    for c in item.cues:
        for m in pattern(c, year).finditer(text):
            if judge.in_slogan(text, m.start(), m.end()):
                continue
            who = actor(judge, text, 0, len(text), m.span()) if own_head(item) else 0
            if who is None:
                continue
            topic = topics(item) and judge.topical(text, m.start(), m.end(), len(text))
            return weakness(judge, item, text, topic, year) + who
    return None


__all__ = ["actor", "mentions", "own_head", "sentence_weakness", "topical", "topics", "weakness"]
