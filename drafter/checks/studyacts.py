"""Cadres' own study and the own head's part in it, as the items' judges weigh a sentence (``focus.focus``,
``owners``, ``audience``): a sentence that opens with cadres' study (全县各级领导干部学法培训) or puts a content into it
(``cadres_study``), cadres counted as the doers of a clause (``counted_learners``), the own head opening a sentence
alone (``head_opens``) or leading by example (``leads_by_example``). The words are data: ``words.toml`` ``learners``,
``study_words``, ``study_placing`` + ``study_plans``, ``example_leads``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import compile
from ..text import CLAUSE_BREAKS
from ..vocab import alternation, words
from .clauses import LEAD as _LEAD
from .clauses import first_clause_end as _first_clause_end
from .cues import pattern
from .evidence import Judge
from .persons import OWN, mentions

_BREAKS = CLAUSE_BREAKS
STUDY_REACH = 12  # characters between the learners and their study ("全县各级领导干部参加网上学法")


@lru_cache(maxsize=1)
def _study() -> re.Pattern[str]:
    """Learners, then (group 1) within their clause a study word, then the rest of the clause."""
    w = words()
    rest = f"[^{_BREAKS}]"
    return compile(f"{alternation(w.learners)}({rest}{{0,{STUDY_REACH}}}?{alternation(w.study_words)}{rest}{{0,40}})")


def _holds_cue(item: Item, sentence: str, start: int, end: int, year: int | None) -> bool:
    """Whether one of ``item``'s cues, or of a measure's acts (培训 of 习近平法治思想 studied), matches inside
    ``sentence[start:end]``; a duty's acts name what it is about (法 of 部署 is in 学法 too)."""
    words = item.cues if item.part == "duties" else (*item.cues, *item.acts)
    return any(start <= m.start() and m.end() <= end for c in words for m in pattern(c, year).finditer(sentence))


def cadres_study(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether ``sentence`` opens with cadres' own study (its first clause: 全县各级领导干部学法培训,
    组织干部参加网上学法考试) or puts a content into it anywhere (列为党委中心组和系统干部培训的必学内容:
    ``study_placing``, ``study_plans``) and the item's words stand only outside that study: the study is 学法 of
    the cadres, neither the leader's duty nor the leadership mechanism ("组织干部参加学法考试，考核
    合格率100%" is no 考核 of the rule of law). Of an item the study names (学法, 纳入考核 of 领导干部学法
    纳入年度考核; of a measure its acts too: 培训 of 将习近平法治思想纳入干部培训课程) it is the item's own; a plan's items are judged as a plan (``choose.first_task``)."""
    if item.part not in ("measures", "duties"):
        return False
    first = _first_clause_end(sentence)
    # the learners' own word is no item's (执法人员 of 组织执法人员参加法律知识考试 names who studied)
    spans = [m.span(1) for m in _study().finditer(sentence) if m.start() < first]
    spans += [m.span() for m in _placed().finditer(sentence)]
    return bool(spans) and not any(_holds_cue(item, sentence, s, e, year) for s, e in spans)


def counted_learners(sentence: str, at: int) -> bool:
    """Whether the clause of ``sentence`` that holds ``at`` (an item's words) opens with cadres counted in
    persons as its doers (210名干部参加网上学法, 全局86名执法人员参加培训): their study, all of them, after
    a clause on another matter ("局长年底向县委述法1次，210名干部……"; not a date: that is cadres_study's) — no study the own head led. A head
    before them in the clause (局长带领210名干部集中学法) makes it his."""
    lo = max((sentence.rfind(c, 0, at) for c in _BREAKS), default=-1) + 1
    lead = _LEAD.match(sentence)  # a date before them (2023年，210名干部……) is no other matter
    return lo > (lead.end() if lead else 0) and _counted().match(sentence, lo) is not None


@lru_cache(maxsize=1)
def _counted() -> re.Pattern[str]:
    """A count of persons, then the learners, at a clause's start (the whole unit or a date before them)."""
    learners = alternation(words().learners)
    return compile(
        rf"\s*(?:全[局县市区镇乡所委办]|机关|共|累计|全年)?\s*\d+(?:余|多)?名(?:[^{_BREAKS}\d]{{0,6}}?){learners}"
    )


@lru_cache(maxsize=1)
def _placed() -> re.Pattern[str]:
    """A content put into cadres' study: a placing word, then within its clause the study it is put into."""
    w = words()
    rest = f"[^{_BREAKS}]"
    return compile(
        f"{alternation(w.study_placing)}{rest}{{0,{STUDY_REACH + 4}}}?{alternation(w.study_plans)}{rest}{{0,12}}"
    )


def head_opens(judge: Judge, sentence: str) -> bool:
    """Whether the own head is the one person ``sentence``'s first clause names, and he opens it (局长带头学习……，将……纳入
    中心组学习内容): the study it arranges is his act — no cadres' study whatever content it puts into one. One who
    leads others in it (局长带领班子成员集中学习) leads their study."""
    end = _first_clause_end(sentence)
    named = [m for m in mentions(judge, sentence, 0, len(sentence)) if m.start < end]
    return len(named) == 1 and named[0].role == OWN and named[0].head and not _learners().search(sentence, 0, end)


def leads_by_example(judge: Judge, sentence: str) -> bool:
    """Whether the own head opens ``sentence`` leading by example (局长带头深入学习贯彻……: ``words.toml`` example_leads in
    its first clause, ``head_opens``): for a duty of his it is his act, not a stance — 带头尊法学法 is the duty itself."""
    lead = sentence[: _first_clause_end(sentence)]
    return any(w in lead for w in words().example_leads) and head_opens(judge, sentence)


@lru_cache(maxsize=1)
def _learners() -> re.Pattern[str]:
    return compile(alternation(words().learners))
