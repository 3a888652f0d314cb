"""A sentence that names a duty of the own head but reports no act or result of it (``names_only``).

A sentence covers a duty only when it reports something done in the report's year — a doer acting, a figure, a
product named — not when it states where the work stands (a stance: 始终把学习……作为首要政治任务, 坚持……:
``focus.stated``, ``focus.study_stance``, ``stance.mere_stance``), plans a study (将……纳入中心组学习计划 with no study
done: ``asides.planned_study``) or gives the head a post (成立以局长为组长的领导小组, 由书记、镇长任双组长:
``owners.posts_only``; a product named beside the post — 制定《……要点》 — or a study done beside the plan — ，开展集中学习 —
is a report), or opens by attending or serving a superior's meeting (参加县委常委会会议，研究部署……: ``attended``, the
meeting the superior's). Where every sentence a duties item's search keeps is only such, the item is not covered:
the best of them is its ``mention`` (an info that asks the writer to check it — readers differ — never a gap).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import compile
from ..vocab import alternation, words
from ..wordrx import organs_rx
from .asides import planned_study, study_besides
from .evidence import FIGURE, Judge
from .focus import CLAUSE_END, stated, study_stance
from .owners import names_own_head, posts_only
from .stance import cued_after_first, mere_stance
from .titles import Hit


def names_only(judge: Judge, item: Item, h: Hit, year: int | None) -> bool:
    """Whether the hit's sentence, of a duties item, only names it: no figure, and a stance, a study planned or a post
    given; never one that names the own head but as a post's holder (局长亲自部署……, 局长带头深入学习……: his act)."""
    if item.part != "duties" or h.kind == "figure":
        return False
    text, s, e = h.block.text, h.start, h.end
    sentence = text[s:e]
    if FIGURE.search(sentence) is not None:
        return False
    if posts_only(judge, text, s, e):
        # 成立以局长为组长的领导小组，制定《……工作要点》: a product named; ……，定期召开会议研究……: the group meets
        return "《" not in sentence and not group_meets(sentence)
    if names_own_head(judge, text, s, e):
        return False  # the head himself the subject (局长……亲自部署、带头尊法学法): his act, the ranking weighs it
    if attended(judge, sentence):
        return True  # 参加县委常委会会议，研究部署法治建设工作: the superior's meeting deploys, not the own head
    if planned_study(item, sentence, year) and not study_besides(judge, sentence):
        return True  # 将……纳入中心组学习计划 alone (……，开展集中学习 / 通过专题研讨…… reports a study done)
    if mere_stance(judge, item, sentence, year):
        return True
    if not (stated(judge, sentence) or study_stance(sentence)):
        return False
    # a stance that names the duty in its own clause, or after it only in a study planned (坚持把学法作为必修课，
    # 将宪法纳入中心组学习计划); one that reports it in words of its own (以……作为根本遵循，通过中心组集中学习……) covers
    rest = CLAUSE_END.split(sentence, maxsplit=1)[-1]
    return not cued_after_first(item, sentence, year) or (
        planned_study(item, rest, year) and not study_besides(judge, rest)
    )


def group_meets(sentence: str) -> bool:
    """Whether, after the post the own head is given (``words.toml`` head_posts: 组长, 主任), the sentence goes on with
    the group meeting (``group_meets``: 召开……会议) to study, hear or deploy (``body_deploys``), the law named from the
    post to there (设立由县长担任组长的依法行政工作领导小组，按季度召开全体会议研究部署……): he convenes it, an act, not only
    a post given (……安全生产领导小组，定期召开会议研究安全生产工作 is none; nor a meeting that only studies a speech)."""
    m = _group_meets().search(sentence)
    return m is not None and _LAW.search(sentence, m.start(), m.end()) is not None


_LAW = compile("法治|依法")


@lru_cache(maxsize=1)
def _group_meets() -> re.Pattern[str]:
    w = words()
    if not (w.group_meets and w.head_posts and w.body_deploys):
        return compile("(?!)")
    posts, meets, acts = (alternation(x) for x in (w.head_posts, w.group_meets, w.body_deploys))
    return compile(
        f"(?<!副)(?:{posts})[^。；;！？!?]{{0,80}}?(?:{meets})[^，,。；;]{{0,12}}会议?[^。；;]{{0,20}}?(?:{acts})"
        f"[^，,。；;]{{0,24}}"
    )


def attended(judge: Judge, sentence: str) -> bool:
    """Whether ``sentence`` opens (after a time, a few words of manner at most: 先后) by attending or serving a meeting
    (``words.toml`` attends: 参加, 列席, 筹备) of a superior's organs (``wordrx.organs_rx`` of the judge's superior levels
    right after it, a meeting — 会 — in that clause): the meeting and what it deploys are the superior's, no act of the
    own head's (a department's 列席县政府常务会议，研究部署……); the own leading body's meeting (局党组会议研究部署……)
    is none such."""
    m = _attends().match(sentence)
    if m is None:
        return False
    organ = organs_rx(judge.up).match(sentence, m.end())
    if organ is None:
        return False
    stop = CLAUSE_END.search(sentence, organ.end())
    return "会" in sentence[organ.end() : stop.start() if stop else len(sentence)]


@lru_cache(maxsize=1)
def _attends() -> re.Pattern[str]:
    ws = words().attends
    verbs = alternation(ws) if ws else "(?!)"
    return compile(rf"\s*(?:(?:20\d\d\s*年度?|今年|全年|年内)(?:以来)?[，,]?\s*)?[^，,。；;：:]{{0,4}}?{verbs}了?")
