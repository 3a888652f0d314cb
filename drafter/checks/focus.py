"""Which of the sentences that cover a checklist item reports it most to the point (``choose.best`` asks).

Every sentence here covers the item; this only orders them, so a covered item stays covered. A
sentence falls behind (``focus`` > 0) for each of: it is on another field of work (安全生产, 学习党的
二十大精神) and names no law, so it shares only a word with the item (``off_topic``); it states a stance,
a duty or a call (坚持……、把……作为……、主要负责人是第一责任人、会议强调) or is a bare heading, without a
figure or a concrete act after it (``stated``); it opens with cadres' own study (全县各级领导干部学法培训,
组织干部参加网上学法考试) and the item's words stand outside it (``studyacts.cadres_study``); it plans work for a measure
(制定……执法计划, 研究部署……普法工作: ``planned``); it only puts a content into cadres' study with no study done
beside it (纳入中心组学习内容 alone: ``planned_study``; ……，全年集中学习8次 beside it is a study done and counted:
``study_besides``); it names the item only in what is studied (学习《关于加强……工作的意见》:
``studied``), only in a requirement followed (落实上级关于……的部署要求: ``followed``) or only as one of a list of topics (统筹推进……、……、……等各项工作: ``listed``). A sentence that reports what other units did (各乡镇……、
辖区企业……: ``by_others``) is quoted last; one firms open covers no item outside the duties part (``others_act``). The words are data:
``words.toml`` ``elsewhere``, ``other_studies``, ``law_words``, ``other_units`` + ``other_unit_kinds``, ``count_verbs``,
``study_verbs`` + ``study_object_ends``,
``plan_task_verbs``, ``done_verbs``, ``learners``, ``study_words``, ``plan_verbs``, ``plan_nouns``; the
checklist's ``[evidence]`` ``stated``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from ..checklists import Item
from ..lazyre import compile
from ..text import CLAUSE_BREAKS
from ..vocab import alternation, words
from ..wordrx import figure_rx
from .asides import followed, listed, planned_study, studied, study_besides
from .clauses import _LEAD, CLAUSE_END
from .clauses import first_clause_end as _first_clause_end
from .cues import pattern
from .evidence import FIGURE, Judge
from .studyacts import cadres_study, head_opens, leads_by_example


def _words_rx(ws: tuple[str, ...]) -> re.Pattern[str]:
    return compile(alternation(ws) if ws else "(?!)")


@lru_cache(maxsize=1)
def _elsewhere() -> re.Pattern[str]:
    return _words_rx(words().elsewhere)


@lru_cache(maxsize=1)
def _studies() -> re.Pattern[str]:
    return _words_rx(words().other_studies)


@lru_cache(maxsize=1)
def _law() -> re.Pattern[str]:
    return _words_rx(words().law_words)


@lru_cache(maxsize=1)
def _others() -> re.Pattern[str]:
    """Other units: one of ``other_units``, or 各 and at most ``KIND_GAP`` characters before one of
    ``other_unit_kinds`` (各县直单位, 各行政执法部门)."""
    w = words()
    kinds = f"|各[^{_BREAKS}、各]{{0,{KIND_GAP}}}?{alternation(w.other_unit_kinds)}" if w.other_unit_kinds else ""
    return compile(_words_rx(w.other_units).pattern + kinds)


KIND_GAP = 6  # characters between 各 and the kind of unit ("各行政执法部门")


@lru_cache(maxsize=1)
def _acts() -> re.Pattern[str]:
    w = words()
    return _words_rx(w.count_verbs + w.plan_task_verbs + w.done_verbs)


def names_law(sentence: str) -> bool:
    """Whether ``sentence`` names the rule of law at all (``words.toml`` law_words: 法治, 依法, 执法……)."""
    return _law().search(sentence) is not None


def off_topic(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether ``sentence`` is on another field of work than the rule of law (安全生产, 疫情防控, 学习
    党的二十大精神) and names no law: a word it shares with the item (考核, 督查, 部署) is chance. A
    field the item itself names (营商环境 of 放管服, 防汛 of 突发事件应对) is the item's own. Only the
    clauses that hold the item's words count ("主动公开政务信息100多条，内容覆盖……疫情防控等信息"
    is on 政务公开); a sentence a title led to without them counts whole. Another study (党的二十大精神,
    ``other_studies``) makes the whole sentence that study."""
    if _law().search(sentence):
        return False
    if _studies().search(sentence):  # 学习党的二十大精神: the whole sentence is that study
        return True
    spans = _cued_clauses(item, sentence, year) or [(0, len(sentence))]
    starts = [s for s, _ in spans]
    return any(
        _within(spans, starts, m.start()) and not _items_own(item, m.group(0), year)
        for m in _elsewhere().finditer(sentence)
    )


def other_field(sentence: str) -> bool:
    """Whether ``sentence`` is on another field of work than the rule of law (``elsewhere``: 安全生产, 乡村振兴) or
    another study (``other_studies``) and names no law: what the own head did there is no duty of his on the rule
    of law (局长带队检查安全生产); ``off_topic`` asks it of an item's own clauses."""
    if _law().search(sentence):
        return False
    return _studies().search(sentence) is not None or _elsewhere().search(sentence) is not None


def another_study(sentence: str) -> bool:
    """Whether ``sentence`` is the study or the deploying of another study (党的二十大精神, 全会精神:
    ``other_studies``) and names no law: for a duty of the own head (学法, 部署) it reports nothing — "召开
    传达贯彻会议，部署全系统学习宣传工作" deploys the study of 二十大, not the rule of law."""
    return _studies().search(sentence) is not None and _law().search(sentence) is None


def _within(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` stands in one of ``spans`` (ascending, apart; ``starts`` their starts)."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i][1]


def _cued_clauses(item: Item, sentence: str, year: int | None) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` (between commas and colons) that hold one of ``item``'s cues."""
    cuts = [0, *(m.end() for m in CLAUSE_END.finditer(sentence)), len(sentence) + 1]
    clauses = list(pairwise(cuts))
    held = {bisect_right(cuts, m.start()) - 1 for c in item.cues for m in pattern(c, year).finditer(sentence)}
    return [clauses[i] for i in sorted(held)]  # each hit's clause found by bisection: linear in the sentence


def _items_own(item: Item, field: str, year: int | None) -> bool:
    """Whether ``field`` is ``item``'s own: one of its ``fields``, or its cues or acts name it."""
    return field in item.fields or any(pattern(c, year).search(field) for c in (*item.cues, *item.acts))


def stated(judge: Judge, sentence: str) -> bool:
    """Whether ``sentence`` states a stance, a duty or a call (its first clause, ``[evidence]`` ``stated``)
    or is a bare heading, with no figure and no concrete act (召开, 印发, 办理……) after its first clause. An act
    word that ends an item of a list (合法性审查 of "落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序")
    names a procedure: no act done; a figure in the stance's own clause, in a clause of purpose or in one that puts
    the work into a plan counts nothing done ("为全县127个村（社区）提供有力法治保障，确保……全覆盖", "坚持把……作为
    “一把手”工程，纳入全年12项重点任务")."""
    if not judge.states(sentence):
        return False
    first = CLAUSE_END.search(sentence)
    if FIGURE.search(sentence) is not None and (first is None or _counts(sentence, first.end())):
        return False
    return first is None or all(
        _listed(sentence, m.end()) or _aimed(sentence, m.start(), m.end())
        for m in _acts().finditer(sentence, first.end())
    )


def _counts(sentence: str, lo: int) -> bool:
    """Whether a figure stands in ``sentence`` from ``lo`` on in a clause that is no purpose (确保……, 为……提供……保障:
    ``words.toml`` aims, ``[evidence]`` stated's purpose openings)."""
    for m in figure_rx().finditer(sentence, lo):
        at = max(sentence.rfind(c, 0, m.start()) for c in _BREAKS) + 1
        if not any(rx.match(sentence, at) for rx in (_aims(), _provided(), _placement())):
            return True
    return False


@lru_cache(maxsize=1)
def _placement() -> re.Pattern[str]:
    """A clause that only puts the work into a plan (纳入全年12项重点任务: ``words.toml`` study_placing, plan_targets)."""
    w = words()
    if not (w.study_placing and w.plan_targets):
        return compile("(?!)")
    rest = f"[^{_BREAKS}]"
    return compile(
        f"\\s*(?:并|同时)?{alternation(w.study_placing)}{rest}{{0,16}}?{alternation(w.plan_targets)}(?=[{_BREAKS}]|$)"
    )


@lru_cache(maxsize=1)
def _provided() -> re.Pattern[str]:
    """A clause of purpose 为……提供……保障 (``words.toml`` provided: 保障, 支撑)."""
    ends = words().provided
    return compile(f"\\s*为[^{_BREAKS}]{{2,30}}提供[^{_BREAKS}]{{0,8}}{alternation(ends)}" if ends else "(?!)")


def _listed(sentence: str, end: int) -> bool:
    """Whether a word ending at ``end`` ends an item of a list (a 、 or 等 right after it)."""
    return end < len(sentence) and sentence[end] in "、等"


def _aimed(sentence: str, at: int, end: int) -> bool:
    """Whether the act word at ``sentence[at:end]`` stands in a clause of purpose (推动矛盾纠纷化解在基层, 确保……
    办结: ``words.toml`` aims), says where it is to happen (把矛盾纠纷化解在基层: ``aimed_places``) or stands in a
    clause naming an approach (以……获得感为落脚点: ``approach_ends``): an aim, not an act done."""
    lo = max(sentence.rfind(c, 0, at) for c in _BREAKS) + 1
    if _aims().match(sentence, lo, at) is not None or sentence.startswith(words().aimed_places, end):
        return True
    hi = min((i for i in (sentence.find(c, end) for c in _BREAKS) if i >= 0), default=len(sentence))
    return _approach().fullmatch(sentence, lo, hi) is not None  # 以不断增强市场主体获得感为落脚点: a stance


@lru_cache(maxsize=1)
def _approach() -> re.Pattern[str]:
    """A clause naming an approach: 以……为 and one of ``words.toml`` approach_ends (抓手, 切入点, 落脚点……)."""
    ends = words().approach_ends
    return compile(f"\\s*以.{{2,40}}为{alternation(ends)}" if ends else "(?!)")


@lru_cache(maxsize=1)
def _aims() -> re.Pattern[str]:
    return compile(alternation(words().aims) if words().aims else "(?!)")


def bare_heading(judge: Judge, sentence: str) -> bool:
    """Whether ``sentence`` is a heading written as a sentence of its own ("深入推进政务公开。"): a stance
    of one short clause. The sentence after it reports what it heads."""
    return len(sentence.strip()) <= HEADING_MAX and CLAUSE_END.search(sentence) is None and stated(judge, sentence)


HEADING_MAX = 20  # characters: "全面落实行政执法公示制度。" is a heading; a stance of two clauses is none


@lru_cache(maxsize=1)
def _plan() -> re.Pattern[str]:
    """A plan verb, then within its clause a plan noun (group ``noun``) or 工作 ending the clause."""
    w = words()
    nouns = alternation(w.plan_nouns)
    return compile(
        f"(?P<verb>{alternation(w.plan_verbs)})[^{_BREAKS}]{{0,30}}?(?:(?P<noun>{nouns})》?|工作)(?=[{_BREAKS}]|$)"
    )


_BREAKS = CLAUSE_BREAKS


def study_stance(sentence: str) -> bool:
    """Whether ``sentence`` opens by studying and carrying out a thought (深学笃用习近平法治思想，深入学习贯彻……精神，
    贯彻落实……部署: ``words.toml`` study_stances in its first clause, a few words of subject before) with no figure
    and no act done (召开, 印发, 举办……) after it: what is studied and followed, not what was done — one that goes on
    to an act (深学笃行……，先后召开……会议) is that act's report."""
    first = _first_clause_end(sentence)
    m = _study_stance().match(sentence, 0, first)
    if m is None or FIGURE.search(sentence) is not None:
        return False
    return all(
        _listed(sentence, a.end()) or _aimed(sentence, a.start(), a.end()) for a in _acts().finditer(sentence, first)
    )


@lru_cache(maxsize=1)
def _study_stance() -> re.Pattern[str]:
    ws = words().study_stances
    return compile(f"[^{_BREAKS}]{{0,{STANCE_LEAD}}}?{alternation(ws)}" if ws else "(?!)")


STANCE_LEAD = 12  # characters of subject before the study (区教委党政主要负责人带头深入学习贯彻)


def planned(item: Item, sentence: str, year: int | None = None) -> bool:
    """Whether ``sentence``, a measure's, opens by planning the work (制定年度行政执法检查计划, 研究部署
    年度普法工作): what was done is to the point. A plan the item itself names (工作要点, 法治建设实施
    方案 of the leadership item: its words cover the plan's noun, or the verb where none) is the item's own."""
    if item.part != "measures":
        return False
    m = _plan().search(sentence, 0, _first_clause_end(sentence))
    if m is None:
        return False
    key = m.span("noun") if m.group("noun") else m.span("verb")
    return not any(
        s <= key[0] and key[1] <= e
        for c in (*item.cues, *item.acts)
        for s, e in (x.span() for x in pattern(c, year).finditer(sentence))
    )


def by_others(sentence: str) -> bool:
    """Whether ``sentence`` opens with other units as the doers (各乡镇……、辖区企业……): their act, not this unit's."""
    lead = _LEAD.match(sentence)
    return _others().match(sentence, lead.end() if lead else 0) is not None


def others_act(item: Item, sentence: str) -> bool:
    """Whether ``sentence`` reports firms' act (``other_firms``: 辖区企业……) for an item outside the
    duties part: no evidence of any government's work. Other government bodies' acts (各乡镇……、各部门……)
    still cover, quoted after this unit's own (``focus``): a county government reports its 乡镇 and
    部门 as its own work. (In the duties part others' heads are weighed by ``weakness.actor``.)"""
    return item.part != "duties" and _firms().match(sentence, _opening(sentence)) is not None


def _opening(sentence: str) -> int:
    lead = _LEAD.match(sentence)
    return lead.end() if lead else 0


@lru_cache(maxsize=1)
def _firms() -> re.Pattern[str]:
    return _words_rx(words().other_firms)


def focus(judge: Judge, item: Item, sentence: str, year: int | None = None) -> int:
    """How far ``sentence`` is from reporting ``item`` to the point (0: not at all; each kind adds one).
    Whose act a duty is (the own head's, others' heads') ``weakness.actor`` tells, heads by heads.
    Kept: each re-check in the app asks it again of every covered item's sentences; the judge itself in
    the key (not its id: a judge gone, its id may come back as another checklist's)."""
    key = (judge, item.id, item.part, item.cues, item.acts, sentence, year)
    got = _MEMO.get(key)
    if got is None:
        if len(_MEMO) > MEMO_MAX:
            _MEMO.clear()
        kinds = (
            off_topic(item, sentence, year),
            stated(judge, sentence)
            or (study_stance(sentence) and not (item.part == "duties" and leads_by_example(judge, sentence))),
            cadres_study(item, sentence, year) and not (item.part == "duties" and head_opens(judge, sentence)),
            planned(item, sentence, year),
            item.part != "duties" and by_others(sentence),
            studied(item, sentence, year),
            followed(item, sentence, year),
            listed(item, sentence, year),
            planned_study(item, sentence, year) and not study_besides(judge, sentence, counted=True),
        )
        got = _MEMO[key] = sum(map(int, kinds))
    return got


_MEMO: dict[tuple[object, ...], int] = {}
MEMO_MAX = 20000  # sentences × items kept (a long report's covering sentences, many times over)


__all__ = [
    "CLAUSE_END",
    "another_study",
    "bare_heading",
    "by_others",
    "focus",
    "listed",
    "names_law",
    "off_topic",
    "other_field",
    "others_act",
    "planned",
    "stated",
    "studied",
    "study_stance",
]
