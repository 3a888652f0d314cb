"""A stance (以……为抓手、坚持……、高度重视……) that only says where the work goes: it covers no measures item.

"以“八五”普法为抓手，全面推进全民知法守法进程" names 普法 as a frame and reports nothing done; the words it is made of
are data (``words.toml`` stance_openers, stance_verbs). A stance whose later clauses report the item in words of
their own ("坚持以……为抓手，领导班子成员将履职情况写入述职报告") is judged as any report is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import compile
from ..vocab import alternation, words
from .cues import pattern
from .evidence import FIGURE, Judge
from .focus import CLAUSE_END, bare_heading, stated


def mere_stance(judge: Judge, item: Item, sentence: str, year: int | None) -> bool:
    """Whether ``sentence`` is a stance (``focus.stated``; its first clause one of ``words.toml`` stance_openers)
    naming no head, with no figure, whose every act word is a stock one (``words.toml`` stance_verbs: 推进、落实、
    优化), and whose later clauses name ``item`` in no words of their own (``_cued_after``): it says where the work
    goes, not what was done ("健全……领导小组，组长由局长担任", "……“三重一大”事项均经集体研究讨论决定" do)."""
    if FIGURE.search(sentence) is not None or not stated(judge, sentence) or bare_heading(judge, sentence):
        return False  # a bare heading is quoted by the sentence after it (``past_heading``)
    first = CLAUSE_END.split(sentence, maxsplit=1)[0]
    if not any(w in first for w in words().stance_openers):
        return False  # 严格落实行政执法三项制度，规范执法行为: a system followed, still a report
    if _heads().search(sentence) is not None:
        return False  # a head's duty (履行第一责任人职责，召集专题会……): his acts are the duties' to weigh
    stock = words().stance_verbs
    if not all(m.group(0) in stock for m in judge.actions.finditer(sentence)):
        return False
    return not _cued_after(item, sentence, first, year)


def cued_after_first(item: Item, sentence: str, year: int | None) -> bool:
    """Whether a clause after ``sentence``'s first names ``item`` by a cue the first does not hold (``_cued_after``):
    a stance that goes on to report the item in words of its own (以……作为根本遵循，通过党组会、中心组集中学习……)."""
    first = CLAUSE_END.split(sentence, maxsplit=1)[0]
    return _cued_after(item, sentence, first, year)


def _cued_after(item: Item, sentence: str, first: str, year: int | None) -> bool:
    """Whether a clause after the stance's first names the item by a cue the first clause does not hold: new
    content ("……为抓手，领导班子成员将履职情况写入述职报告"), not the frame said again ("高度重视普法责任制，不断优化
    普法工作格局")."""
    rest = sentence[len(first) :]
    for cue in item.cues:
        for m in pattern(cue, year).finditer(rest):
            if m.group(0) and m.group(0) not in first:
                return True
    return False


@lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    return compile(alternation((*words().leaders, "第一责任人")))
