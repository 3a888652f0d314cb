"""Which checklist item a sentence is about when it names several: an item it names only in passing (``passing``).

The rule is the sentence's own structure, not any kind of report: a sentence's main topic is the item whose words
stand in its main clauses. An item is named in passing when every one of its cues in the sentence stands

- in a list of topics: a member of a 、 run (its words end at a 、 or 等, or start right after a 、), while the act of
  the clause is another item's word outside the list ("对重大合同、行政规范性文件、重大行政决策等合法性审核98件":
  合法性审核 is the act, 规范性文件 one of what it was done to);
- in a clause of purpose or basis that is not the sentence's last (为贯彻落实……精神，按照……要求，根据……: ``[rival]``
  openers; 为 only before a verb of purpose, ``purpose_verbs``: "为辖区11个社区配备法律顾问" is the act itself), or
  the last clause of a sentence of several when a verb of aim opens it (……组织学习10余次，全面提高……执法能力:
  ``aim_openers``; "组织执法人员培训4次，提升行政执法水平" names the item before it too);
- in an aside: a parenthesis, or a document's title 《……》 the sentence cites (not one it issues: 制定《……》);
- as the agent of a passive: after 被, before its verb (``passive_verbs``: 案卷被市委全面依法治市委员会办公室评为优秀);

and another item of the same part has a cue outside such places, not where the item's own cues stand (that item is
what the sentence reports). ``items`` counts it against the sentence as ``focus`` counts a stance: the sentence is
quoted for the item only when no other sentence reports it, and the search for the item goes on past it.

``only_in_passing`` is the same by the structure alone, a list counted only when it is a list of topics (after 就,
围绕: what a meeting or a survey is about, not what an act is done to): an item every sentence names only so is not
covered, and the sentence is its mention (``items``). The words and the reach are data (``words.toml`` [rival]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..checklists import Item
from ..lazyre import Lazy, compile
from ..text import CLAUSE_BREAKS, last_of, next_of
from ..vocab import alternation, load, word_list, words
from .cues import pattern
from .evidence import restated
from .near import Profiles, nearness

_BREAKS = CLAUSE_BREAKS


@dataclass(frozen=True)
class RivalWords:
    openers: tuple[str, ...] = ()  # 按照 根据: a clause of basis
    purpose_verbs: tuple[str, ...] = ()  # 贯彻 推进: 为 (为了) before one of them opens a clause of purpose
    list_lead: int = 4  # characters a member's words may start after its 、 (、行政规范性文件)
    topic_leads: tuple[str, ...] = ()  # 围绕 聚焦: a list after one of them in its clause is the topic of what follows
    topic_openers: tuple[str, ...] = ()  # 就: the same, where it opens the clause (not 成就)
    not_openers: tuple[str, ...] = ()  # 就业 就近: words an opener begins that open no topic
    # 确保 提高: the sentence's last clause opened by one states what its acts were for
    aim_openers: tuple[str, ...] = ()
    # 评为 授予: the words after 被 and before one of them (被……委员会评为) name a passive's agent, no act
    passive_verbs: tuple[str, ...] = ()
    # xi-thought: items whose topic a study of a document on it reports (学习《习近平法治思想学习纲要》 studies the thought)
    studied_items: tuple[str, ...] = ()
    outweigh: float = 2.0  # another item cued in the sentence whose wording scores this many times the item's


@dataclass(frozen=True)
class Rivals:
    """The items a measures item's sentence may be about instead (the measures part's), and the checklist's wording
    profiles (``near.Profiles``) that weigh how much of a sentence is each item's."""

    items: tuple[Item, ...] = ()
    prof: Profiles | None = None


@lru_cache(maxsize=1)
def rival_words() -> RivalWords:
    return load("words.toml", _rival_words)


def _rival_words(data: dict[str, Any], _: object) -> RivalWords:
    t = data.get("rival", {})
    return RivalWords(
        openers=word_list(t.get("openers", [])),
        purpose_verbs=word_list(t.get("purpose_verbs", [])),
        list_lead=int(t.get("list_lead", 4)),
        topic_leads=word_list(t.get("topic_leads", [])),
        topic_openers=word_list(t.get("topic_openers", [])),
        not_openers=word_list(t.get("not_openers", [])),
        aim_openers=word_list(t.get("aim_openers", [])),
        passive_verbs=word_list(t.get("passive_verbs", [])),
        studied_items=word_list(t.get("studied_items", [])),
        outweigh=float(t.get("outweigh", 2.0)),
    )


def passing(item: Item, sentence: str, rivals: Rivals, year: int | None = None) -> bool:
    """Whether ``sentence`` names ``item`` only in passing while another of ``rivals`` is what it reports (the
    module's rule), or is another item's by its wording: an item of the part whose cue it holds, not where the item's
    own cues stand, weighs ``outweigh`` times as much in the checklist's wording profiles
    ("组织执法人员开展习近平法治思想专题培训" is the study's, not the enforcement's)."""
    if item.part != "measures" or not sentence:
        return False
    own = _matches(item, sentence, year)
    if not own:
        return False
    aside = all(_aside(sentence, s, e) for s, e in own)
    for other in rivals.items:
        if other.id == item.id or other.part != item.part:
            continue
        theirs = [(s, e) for s, e in _matches(other, sentence, year) if not any(s < b and a < e for a, b in own)]
        if not theirs:
            continue
        if aside and any(not _aside(sentence, s, e) for s, e in theirs):
            return True
        if _outweighs(other, item, sentence, rivals):
            return True
    return False


def only_in_passing(item: Item, sentence: str, rivals: Rivals, year: int | None = None) -> bool:
    """Whether ``sentence`` names ``item`` only in passing by its structure alone (the module's rule, not the
    wording's weight), so that it reports none of the item: each of the item's words stands in a title cited, a
    parenthesis, a clause of purpose or basis, or a list of topics led by a word that makes it what a meeting or a
    study is about (``topic_leads``: 就信访法治化、行政应诉等重点工作召开党工委会议4次) — not a list an act is done to
    (对规范性文件、重大行政决策等开展合法性审核56件 reviews each) — while another item of the part is named outside
    such places. ``items`` then leaves the item uncovered and names the sentence as one that mentions it."""
    if item.part != "measures" or not sentence:
        return False
    own = _matches(item, sentence, year)
    if not own or not all(_topic_aside(sentence, s, e) for s, e in own):
        return False
    if item.id in rival_words().studied_items and any(_studied_title(sentence, s) for s, _ in own):
        return False  # 认真学习《习近平法治思想学习纲要》: the document studied is the item's study
    for other in rivals.items:
        if other.id == item.id or other.part != item.part:
            continue
        theirs = [(s, e) for s, e in _matches(other, sentence, year) if not any(s < b and a < e for a, b in own)]
        if any(not _aside(sentence, s, e) for s, e in theirs):
            return True
    return False


def _studied_title(sentence: str, at: int) -> bool:
    """Whether ``at`` stands in a 《title》 of a sentence about study (words.toml ``study_words``: 学习, 学法, 培训):
    the document is what was studied (认真学习《……》, 以《……》为重点开展集中学法). The 《 and the study's words are
    looked for at most ``TITLE_REACH`` characters away (linear)."""
    opened = sentence.rfind("《", max(0, at - TITLE_REACH), at + 1)
    if opened < 0 or sentence.find("》", opened, at) >= 0:
        return False
    closed = sentence.find("》", at, at + TITLE_REACH)
    after = closed + 1 if closed >= 0 else at
    # the title's own 学习 is no study; the words around it within ``TITLE_REACH`` are read (bounded: linear)
    around = sentence[max(0, opened - TITLE_REACH) : opened] + "》" + sentence[after : after + TITLE_REACH]
    return any(w in around for w in words().study_words)


TITLE_REACH = 60  # characters of a cited title before the item's words in it


def _topic_aside(sentence: str, start: int, end: int) -> bool:
    """``_aside`` with a list member counted only in a list of topics: the words between a ``topic_leads`` word and
    the 等 that closes a 、 run after it in their clause (围绕营商环境、行政执法等工作开展调研), or the same after a
    ``topic_openers`` word that opens the clause (就信访法治化、行政应诉等重点工作召开党工委会议4次)."""
    if _side_clause(sentence, start) or _cited(sentence, start, end) or _agent(sentence, start, end):
        return True
    lo = last_of(sentence, _BREAKS, start) + 1
    hi = next_of(sentence, _BREAKS, start)
    hi = len(sentence) if hi < 0 else hi
    w = rival_words()
    head = sentence[lo:start].lstrip()
    opened = any(head.startswith(x) for x in w.topic_openers) and not any(head.startswith(x) for x in w.not_openers)
    if not (opened or any(x in head for x in w.topic_leads)):
        return False
    dun = sentence.rfind("、", lo, hi)
    return dun >= 0 and end <= sentence.find("等", dun, hi)


def names_another(item: Item, sentence: str, rivals: Rivals, year: int | None = None) -> bool:
    """Whether ``sentence`` names another item of ``item``'s part (one of its cues) and none of ``item``'s."""
    if _matches(item, sentence, year):
        return False
    return any(o.id != item.id and o.part == item.part and _matches(o, sentence, year) for o in rivals.items)


def _outweighs(other: Item, item: Item, sentence: str, rivals: Rivals) -> bool:
    """Whether ``other``'s wording outweighs ``item``'s in ``sentence`` (``outweigh`` times its profile score)."""
    if rivals.prof is None:
        return False
    scores = rivals.prof.scores(sentence, nearness().specific)
    mine = scores.get(item.id, (0.0, 0))[0]
    theirs = scores.get(other.id, (0.0, 0))[0]
    return theirs > 0 and theirs >= rival_words().outweigh * mine


def _matches(item: Item, sentence: str, year: int | None) -> tuple[tuple[int, int], ...]:
    """Where ``item``'s cues match in ``sentence`` (kept: each item's sentences are asked of every rival, at every
    re-check in the app)."""
    key = (item.id, item.cues, sentence, year)
    got = _MEMO.get(key)
    if got is None:
        if len(_MEMO) > MEMO_MAX:
            _MEMO.clear()
        spans = (m.span() for c in item.cues for m in pattern(c, year).finditer(sentence))
        got = _MEMO[key] = tuple((s, e) for s, e in spans if e > s)
    return got


_MEMO: dict[tuple[object, ...], tuple[tuple[int, int], ...]] = {}
MEMO_MAX = 20000  # sentences × items kept


def _aside(sentence: str, start: int, end: int) -> bool:
    """Whether the words at ``sentence[start:end]`` stand in a list of topics, a clause of purpose or basis, a title,
    a parenthesis or a passive's agent."""
    return (
        _member(sentence, start, end)
        or _side_clause(sentence, start)
        or _cited(sentence, start, end)
        or _agent(sentence, start, end)
    )


def _agent(sentence: str, start: int, end: int) -> bool:
    """Whether the words at ``sentence[start:end]`` name who did the act of a passive to the clause's subject: after 被
    and before its verb in their clause (2份执法案卷被县委依法治县办评为优秀案卷: the committee judged;
    the unit's act is the case file; ``passive_verbs``)."""
    lo = last_of(sentence, _BREAKS, start) + 1
    if sentence.rfind("被", lo, start) < 0:
        return False
    hi = next_of(sentence, _BREAKS, end)
    return _passive().search(sentence, end, len(sentence) if hi < 0 else hi) is not None


def _member(sentence: str, start: int, end: int) -> bool:
    """A member of a 、 run: its words end at a 、 (or at 等 after a 、 in their clause), or start within ``list_lead``
    characters after a 、 with no 等 or clause mark between (、行政规范性文件; not 、重大决策等合法性审核)."""
    if end < len(sentence) and (sentence[end] == "、" or (sentence[end] == "等" and _after_dun(sentence, start))):
        return True
    before = sentence[max(0, start - rival_words().list_lead - 1) : start]
    at = before.rfind("、")
    return at >= 0 and not any(c in _BREAKS or c == "等" for c in before[at + 1 :])


def _after_dun(sentence: str, start: int) -> bool:
    """Whether a 、 stands before ``start`` in its clause (the 等 then ends a list, not a word: 等 alone ends none)."""
    lo = last_of(sentence, _BREAKS, start) + 1
    return "、" in sentence[lo:start]


def _side_clause(sentence: str, at: int) -> bool:
    """Whether ``at`` stands in a clause of purpose or basis that is not the sentence's last, or in the last clause
    of a sentence of several when a verb of aim opens it (……组织学习10余次，全面提高干部职工的法律意识和执法能力:
    ``aim_openers``, what the acts before it were for)."""
    lo = last_of(sentence, _BREAKS, at) + 1
    hi = next_of(sentence, "，,；;：:", at)
    if hi < 0 or not sentence[hi + 1 :].strip("。；;！？!? "):
        # the last clause: its main one, but an aim, or what the acts before it were for (……，为优化营商环境提供法治保障)
        return lo > 0 and (_aim().match(sentence, lo) is not None or _provided().match(sentence, lo) is not None)
    return _opener().match(sentence, lo) is not None


@lru_cache(maxsize=1)
def _provided() -> re.Pattern[str]:
    """A clause of purpose 为……提供……保障 (``words.toml`` provided: 保障, 支撑, 保证, 服务)."""
    ends = words().provided
    return compile(f"\\s*为[^{_BREAKS}]{{2,30}}提供[^{_BREAKS}]{{0,8}}{alternation(ends)}" if ends else "(?!)")


def _cited(sentence: str, start: int, end: int) -> bool:
    """Whether the words at ``sentence[start:end]`` stand aside in a parenthesis or a title (``_enclosed``) that is not
    what the sentence's act is on (``evidence.restated``: 执行《……规范性文件管理办法》，审核文件12件)."""
    return _enclosed(sentence, start) and not restated(sentence, start, end)


def _enclosed(sentence: str, at: int) -> bool:
    """Whether ``at`` stands inside a parenthesis, or a 《title》 that is no object of an issuing verb right before it
    (制定《……工作要点》 issues the document: its words are the act's; 依据《……》 only cites it). Titles run together
    (印发《……工作安排》《……普法工作要点》, 《……》、《……》) are one object: the verb before the first issues each."""
    issued, last = False, -1
    for m in _ENCLOSED.finditer(sentence):
        if sentence[m.start()] == "《":
            joined = last >= 0 and sentence[last : m.start()] in ("", "、", "和", "及")
            lead = sentence[max(0, m.start() - ISSUE_REACH) : m.start()]
            issued = (joined and issued) or any(v in lead for v in words().plan_task_verbs)
            last = m.end()
        if m.start() < at < m.end():
            return not (sentence[m.start()] == "《" and issued)
        if m.start() > at:
            break
    return False


ISSUE_REACH = 4  # characters between an issuing verb and its 《title》 (制定了《, 修订印发《)


_ENCLOSED = Lazy(r"《[^《》]*》|（[^（）]*）|\([^()]*\)")


@lru_cache(maxsize=1)
def _passive() -> re.Pattern[str]:
    w = rival_words().passive_verbs
    return compile(alternation(w) if w else "(?!)")


@lru_cache(maxsize=1)
def _aim() -> re.Pattern[str]:
    w = rival_words().aim_openers
    return compile(rf"\s*(?:进一步|不断|全面|切实|有效|更好地?)?{alternation(w)}" if w else "(?!)")


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    w = rival_words()
    parts = []
    if w.purpose_verbs:
        parts.append(f"为了?(?:进一步|更好地?|全面|深入|切实|有效|认真)?{alternation(w.purpose_verbs)}")
    if w.openers:
        parts.append(alternation(w.openers))
    return compile(r"\s*(?:" + "|".join(parts) + ")" if parts else "(?!)")
