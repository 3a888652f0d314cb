"""Where a sentence names a checklist item aside from reporting it (``focus.focus`` counts each against it): only in
what is studied (组织干部职工学习《关于加强政务公开工作的意见》: ``studied``) or followed (落实上级关于……的部署要求:
``followed``), or only as one of a list of topics
(统筹推进重大行政决策、法律顾问、“放管服”改革等各项工作: ``listed``), or a duty's study only as one arranged
(纳入党组中心组学习计划, 完善干部学法制度: ``planned_study``). The words are data: ``words.toml``
``study_verbs``, ``study_object_ends``, ``study_words``, ``count_verbs``, ``plan_task_verbs``, ``done_verbs``,
``study_placing``, ``study_plans``, ``study_systems``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import compile
from ..text import CLAUSE_BREAKS
from ..vocab import alternation, words
from .cues import pattern
from .evidence import Judge

_BREAKS = CLAUSE_BREAKS


def _words(ws: tuple[str, ...]) -> re.Pattern[str]:
    return compile(alternation(ws) if ws else "(?!)")


@lru_cache(maxsize=1)
def _acts() -> re.Pattern[str]:
    w = words()
    return _words(w.count_verbs + w.plan_task_verbs + w.done_verbs)


def studied(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether ``item``'s words in ``sentence`` stand only in what is studied: after a study verb in its clause
    (``words.toml`` study_verbs: 组织干部职工学习《关于加强政务公开工作的意见》, 传达学习上级关于行政执法的文件精神):
    a document on the item read, not the item's work done. An item that is a study itself (its cues or acts
    name a study word: 学法 of 带头学法, 培训 of 习近平法治思想) is not judged so."""
    if item.part not in ("measures", "duties") or _studies_itself(item, year):
        return False
    objects = [(m.end(), _object_end(sentence, m.end())) for m in _study_verbs().finditer(sentence)]
    if not objects:
        return False
    named = [m.span() for c in item.cues for m in pattern(c, year).finditer(sentence)]
    return bool(named) and all(any(s <= a and b <= e for s, e in objects) for a, b in named)


def planned_study(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether a duty's words in ``sentence`` (学法, 中心组 of 带头学法) stand only in a study arranged: a clause putting a
    content into it (纳入党组理论学习中心组学习计划: ``words.toml`` study_placing, study_plans) or before a plan's or
    system's noun in their clause (完善干部学法制度, 学习资料: study_systems). The plan is no study the head did:
    a sentence that reports one (全年主持集体学法4次) is quoted first (blind sets: reviewers read 纳入学习计划 as
    no 带头学法)."""
    if item.part != "duties":
        return False
    named = [m.span() for c in item.cues for m in pattern(c, year).finditer(sentence)]
    if not named:
        return False
    placed = [m.span() for m in _placing().finditer(sentence)]
    return all(any(s <= a and b <= e for s, e in placed) or _arranged(sentence, b) for a, b in named)


def _arranged(sentence: str, at: int) -> bool:
    """Whether a plan's or system's noun follows a duty's words ending at ``at`` (``_system``) — not one inside a name
    quoted or titled after them: “一规划两纲要” of 带头学习习近平法治思想、“一规划两纲要” is a name studied, no 纲要 arranged."""
    m = _system().match(sentence, at)
    if m is None:
        return False
    between = sentence[at : m.end()]
    return between.count("“") <= between.count("”") and between.count("《") <= between.count("》")


@lru_cache(maxsize=1)
def _placing() -> re.Pattern[str]:
    """A content put into cadres' study: a placing word, then within its clause the study it is put into."""
    w = words()
    if not (w.study_placing and w.study_plans):
        return compile("(?!)")
    rest = f"[^{_BREAKS}]"
    return compile(
        f"{alternation(w.study_placing)}{rest}{{0,{PLACE_REACH}}}?{alternation(w.study_plans)}{rest}{{0,12}}"
    )


PLACE_REACH = 16  # characters between 纳入 and the study it puts a content into (纳入局党组理论学习中心组)


@lru_cache(maxsize=1)
def _system() -> re.Pattern[str]:
    """A plan's or system's noun within ``SYSTEM_REACH`` characters of the clause (学法制度, 学习计划, 学习资料, 学法用法
    责任), or after the 等 closing a list of systems within ``LIST_REACH`` (领导班子学法、……报告等各项制度)."""
    nouns = words().study_systems
    if not nouns:
        return compile("(?!)")
    rest = f"[^{_BREAKS}]"
    # or the last of a list of systems (领导班子学法、法治政府建设报告等各项制度): 等 and the noun after it
    return compile(
        f"{rest}{{0,{SYSTEM_REACH}}}?{alternation(nouns)}|{rest}{{0,{LIST_REACH}}}?等{rest}{{0,4}}?{alternation(nouns)}"
    )


SYSTEM_REACH = 8  # characters between a duty's words and the plan's noun (干部日常学法与年度学法制度)
LIST_REACH = 24  # characters between a duty's words and the 等 closing a list of systems it stands in


def followed(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether ``item``'s words in ``sentence`` stand only in a requirement named (关于……的 and one of ``words.toml``
    about_nouns: 落实《……纲要》关于行政执法的部署要求, 贯彻上级关于政务公开的决策部署): what others asked, not the
    item's work done. A document the unit issues (印发《关于加强行政执法工作的意见》: plan_task_verbs before it in
    its clause) is its own act."""
    if item.part not in ("measures", "duties"):
        return False
    spans = [m.span() for m in _about().finditer(sentence) if not _issued(sentence, m.start())]
    if not spans:
        return False
    named = [m.span() for c in item.cues for m in pattern(c, year).finditer(sentence)]
    return bool(named) and all(any(s <= a and b <= e for s, e in spans) for a, b in named)


@lru_cache(maxsize=1)
def _about() -> re.Pattern[str]:
    nouns = words().about_nouns
    rest = f"[^{_BREAKS}]"
    return compile(f"关于{rest}{{1,30}}?的{rest}{{0,6}}?{alternation(nouns)}" if nouns else "(?!)")


def _issued(sentence: str, at: int) -> bool:
    """Whether an issuing verb (``plan_task_verbs``: 印发, 制定) stands in the clause before ``at``."""
    lo = max(sentence.rfind(c, 0, at) for c in _BREAKS) + 1
    return _words(words().plan_task_verbs).search(sentence, lo, at) is not None


def _object_end(sentence: str, at: int) -> int:
    """Where what is studied from ``at`` on ends: its clause's end, or a 、 before another act (传达学习……会议精神、
    部署……工作任务: the deploying is done; 学习省、市关于……的文件: one object)."""
    end = min((i for i in (sentence.find(c, at) for c in _BREAKS) if i >= 0), default=len(sentence))
    i = sentence.find("、", at, end)
    while i >= 0:
        if _acts().match(sentence, i + 1) or _object_ends().match(sentence, i + 1):
            return i
        i = sentence.find("、", i + 1, end)
    return end


@lru_cache(maxsize=1)
def _object_ends() -> re.Pattern[str]:
    return _words(words().study_object_ends)


@lru_cache(maxsize=1)
def _study_verbs() -> re.Pattern[str]:
    return _words(words().study_verbs)


@lru_cache(maxsize=256)
def _studies_itself(item: Item, year: int | None) -> bool:
    """Whether one of ``item``'s cues or acts is a study word (``words.toml`` study_words, study_verbs: 学法 of 带头学法,
    培训 of 习近平法治思想; not 法 of 部署's topics, which only names what a study is of)."""
    w = words()
    return any(
        pattern(c, year).fullmatch(x) for c in (*item.cues, *item.acts) for x in (*w.study_words, *w.study_verbs)
    )


def list_ends(sentence: str) -> list[int]:
    """Where each list of topics in ``sentence`` (three or more, 、 between them, 等 and a word for the lot) ends."""
    return [m.end() for m in _LIST.finditer(sentence)]


def listed(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether ``item``'s words in ``sentence`` stand only as members of a list of topics (统筹推进重大行政决策、
    法律顾问、“放管服”改革等各项工作; 研究部署了述法、政务公开、出庭应诉等工作): three or more joined by 、 and
    closed by 等 and a word for the lot (工作, 事项): the work named, none of it reported."""
    lists = [m.span() for m in _LIST.finditer(sentence)]
    if not lists:
        return False
    named = [m.span() for c in item.cues for m in pattern(c, year).finditer(sentence)]
    if named and _studies_itself(item, year):
        lists = [(s, e) for s, e in lists if not _studied_list(sentence, s, min(a for a, _ in named))]
    return bool(named) and all(any(s <= a and b <= e for s, e in lists) for a, b in named)


def _studied_list(sentence: str, start: int, named: int) -> bool:
    """Whether the list starting at ``start`` is what a study takes as its object (组织学习党的二十大精神、习近平法治思想、
    宪法等内容: a study word in its first member or right before it, before the item's words at ``named``): for an
    item that is a study itself each member was studied — no topics only named (统筹推进习近平法治思想学习宣传、……
    等工作 names its study as a topic)."""
    first = sentence.find("、", start)
    lo = max(0, start - STUDY_LEAD)
    lead = sentence[lo : min(first if first >= 0 else start, max(named, lo))]
    w = words()
    return any(x in lead for x in (*w.study_words, *w.study_verbs))


STUDY_LEAD = 4  # characters before a list where the study that takes it stands (学习：党的二十大精神、……)


# three topics or more, 、 between them, 等 and a word for the lot after the last; a topic is short and holds no
# 、 (州党委、州政府主要负责同志先后研究行政立法、……: the doers joined, then their act, is no topic)
_LIST = compile(
    r"(?:(?:[^，,。；;：:、]{2,14}、){2,}[^，,。；;：:、]{2,14}?"  # A、B、C
    r"|(?:[^，,。；;：:、]{2,14}、)+[^，,。；;：:、和及与]{2,14}(?:和|及|以及|与)[^，,。；;：:、]{2,14}?)"  # A、B和C
    r"等[^，,。；;：:、]{0,4}?(?:工作|事项|任务|内容|方面|领域)"
)


__all__ = ["followed", "list_ends", "listed", "studied"]


def placing(text: str) -> bool:
    """Whether ``text`` (a clause) puts a content into cadres' study (纳入……中心组学习计划: ``_placing``)."""
    return _placing().search(text) is not None


def study_besides(judge: Judge, sentence: str, counted: bool = False) -> bool:
    """Whether a clause of ``sentence`` other than a placing one reports a study done (an act or a figure,
    ``Judge.kind``, with one of ``words.toml`` study_words): 纳入中心组学习计划，开展集中学习 reports the study, no plan
    alone (``planned_study``). ``counted``: only a study counted (a figure in its clause: 全年集中学习8次) —
    落实中心组学习制度 beside a placing names a system, no study done."""
    studies = words().study_words
    return any(
        judge.kind(c) == "figure" if counted else judge.kind(c) is not None
        for c in _CLAUSES.split(sentence)
        if c.strip() and not placing(c) and any(w in c for w in studies)
    )


_CLAUSES = compile(r"[，,；;]")
