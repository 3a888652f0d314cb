"""Whether a sentence reports an act of the unit's own head: the rule that decides whether the duties part
(党政主要负责人履行推进法治建设第一责任人职责情况) is written anywhere in a report.

A report writes the duties part wherever a sentence has the unit's own head (any title a head holds: 县长, 局长,
主要负责同志, 一把手, 党组书记、局长 — ``persons.mentions`` says whose) as the subject of an act: he opens his clause
(``subject.opens_clause``: after a time or the unit's name at most) or stands after 由, and his clause goes on with what
he did — not 的 (在县长的带领下: a circumstance), not a bare title ending the clause. The act is on the rule of law:
the sentence, or its paragraph, names the law (``focus.names_law``: 局长带队参加全市经济工作会议 is another field), and
no other field of work without naming it (``focus.other_field``: 局长带队检查安全生产); it is no stance alone (``focus.stated``: 主要负责同志高度重视). Nor is the head the one an act is done to or for (向县长
汇报, 陪同局长: a mark of ``with_others``/``to_others`` before him in his clause), nor a slogan's or a document's title
(建立党政主要负责人……清单制度, 《……职责清单》). ``folded.py`` calls the part folded at the first such sentence of
the measures, the opening or another part — never missing."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..lazyre import compile
from ..model import Block
from ..text import CLAUSE_BREAKS
from ..vocab import alternation, words
from ..wordrx import leader_rx
from .evidence import Judge, in_title, sentence_at
from .focus import another_study, names_law, other_field, stated
from .persons import OWN, Mention, mentions
from .subject import after_agent_mark, clause_start, opens_clause

_CLAUSE_END = CLAUSE_BREAKS
_JOINERS = ("、", "和", "及", "与", "兼")  # 党组书记、局长; 县委书记和县长: one person or two, the same subject
_NOT_ACTS = ("的", "之", "是", "为", "任", "担任")  # 县长的带领下; 局长是第一责任人; 局长任组长 (the duty's formula)


def head_act(judge: Judge, text: str, s: int, e: int, lawful: bool | None = None) -> int | None:
    """Where, in the sentence ``text[s:e]``, the unit's own head stands as the subject of an act on the rule of law
    (the module's rule); None when he does not. ``lawful``: whether the paragraph names the law (asked once a block)."""
    sentence = text[s:e]
    if lawful is None:
        lawful = names_law(text)
    if not (lawful or names_law(sentence)) or other_field(sentence) or another_study(sentence):
        return None
    if stated(judge, sentence):
        return None
    heads = mentions(judge, text, s, e)
    for i, m in enumerate(heads):
        if m.role != OWN or not m.head or judge.in_slogan(text, m.start, m.end) or in_title(text, m.start):
            continue
        if not (opens_clause(text, s, m.at) or after_agent_mark(text, s, m.at)):
            continue
        if _marked(text, clause_start(text, s, m.at), m.at):
            continue  # 向县长汇报, 陪同局长调研: done to or with him
        end = _joined_end(text, heads, i)
        if _acts_after(text, end, e):
            return m.start
    return None


def head_acts(judge: Judge, blocks: Iterable[Block]) -> tuple[Block, int] | None:
    """The first block of ``blocks`` and offset where a sentence reports an act of the own head (``head_act``); only
    sentences that hold a leader's title are read (one search a block: linear in the text)."""
    rx = _leader()
    for b in blocks:
        text = b.text
        lawful = names_law(text)  # once a block: a web copy's one long line is read in linear time
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            s, e = sentence_at(text, m.start())
            at = head_act(judge, text, s, e, lawful)
            if at is not None:
                return b, at
            pos = max(e, m.end())
    return None


def _joined_end(text: str, heads: tuple[Mention, ...], i: int) -> int:
    """Where the titles joined to ``heads[i]`` by 、/和 end (党组书记、局长; 县委书记、县长): one subject."""
    end = heads[i].end
    for h in heads[i + 1 :]:
        gap = text[end : h.start]
        if h.role != OWN or gap not in _JOINERS:
            break
        end = h.end
    return end


def _acts_after(text: str, end: int, stop: int) -> bool:
    """Whether the clause goes on after the head's titles ending at ``end`` with what he did: words, not a mark
    ending the clause, and not 的/是/任 (a circumstance, a stance, the duty's formula)."""
    rest = text[end:stop].lstrip(" \u3000")
    if not rest or rest[0] in _CLAUSE_END:
        return False
    return not rest.startswith(_NOT_ACTS)


def _marked(text: str, lo: int, at: int) -> bool:
    """Whether a mark of an act done to or with a person (``to_others``, ``with_others``: 向, 陪同, 听取) stands in
    ``text[lo:at]``, the head's clause before him."""
    return _marks().search(text, lo, at) is not None


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    w = words()
    return compile(alternation((*w.to_others, *w.with_others)))


@lru_cache(maxsize=1)
def _leader() -> re.Pattern[str]:
    return compile(leader_rx())


__all__ = ["head_act", "head_acts"]
