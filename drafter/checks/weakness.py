"""How far a sentence that names a checklist item falls short of reporting that the unit did it.

``items.py`` quotes the sentence that reports an item best: one that falls short (``weakness`` > 0)
only when no better one does. A measure named as a topic a meeting dealt with ("研究部署了放管服、
行政执法等工作") is no report of the work at all (``topical``: it covers nothing; reviewers of three
blind sets read it as the deployment, not the measure); a sentence without the item's ``acts`` names it only;
and a duty (学法, 述法, 部署) done by others' heads ("各乡镇、各部门主要负责人述法", "全县各级领导
干部带头学法", the staff, a deputy, a superior) is no evidence of the duty of this unit's own head, nor is a
duty done by this unit *to* others' heads ("听取5个政府部门主要负责人述法", "督促各单位主要负责人履行第一责任人
职责"; ``actor`` gives None): whose act a clause reports ``doer`` reads from the persons ``persons.mentions`` names,
where ``subject`` says its doer stands. ``folded.py`` folds the duties part only where ``actor`` gives 0. The words
are data: ``words.toml`` (see ``persons``; ``pivots``, ``carry_leads``, ``own_duties``); the checklist's
``[evidence]`` topics and slogans.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import Lazy, compile
from ..text import CLAUSE_BREAKS, last_of, next_of
from ..vocab import alternation, words
from ..wordrx import organs_rx, own_duties_rx, voice_rx
from .cues import pattern
from .evidence import Judge, restated, sentence_at
from .focus import another_study, focus, others_act
from .persons import MARK_REACH, OTHERS, OWN, TO, WITH, Mention, mentions, words_rx
from .subject import after_agent_mark, carried_from, clause_start, opens_clause


def actor(judge: Judge, text: str, s: int, e: int, cue: tuple[int, int] | None) -> int | None:
    """Whose act the sentence ``text[s:e]`` reports at the item's words ``cue`` (``doer``): 0 this unit's
    head's, or no one's in particular (a meeting's); 1 others' the act is for or with, no head of this unit
    before them (组织全县领导干部旁听庭审: weak evidence); None others' (others' heads, the staff, a deputy,
    a superior: no evidence) or an act done to others' heads. A study others are organised for (组织干部职工集中学法,
    组织全县领导干部旁听庭审) with no head of this unit before them is theirs: None (blind sets: reviewers read the
    staff's or all leaders' study as no study of the principal leader's)."""
    if superiors_act(judge, text, s) or (cue is not None and superiors_meeting(judge, text, s, cue)):
        return None
    who = doer(judge, text, s, e, cue)
    if who == WITH and cue is not None and _studying(text[cue[0] : cue[1]]):
        return None
    return _WEIGHT.get(who)


def superiors_act(judge: Judge, text: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens (after a time at most) with a superior's leading organs as its subject
    (a department's 县委县政府先后召开……会议: ``wordrx.organs_rx`` of the judge's superior levels): their act, no duty of
    the own head's — the own leadership's organs (a county's 县委、县政府) are his (``owners.unowned``)."""
    at = _TIME.match(text, s)
    return organs_rx(judge.up).match(text, at.end() if at else s) is not None


def superiors_meeting(judge: Judge, text: str, s: int, cue: tuple[int, int]) -> bool:
    """Whether the item's words at ``cue`` (常务会, 常委会) name a superior organ's meeting: the organ right before them
    (a department's 县政府常务会议: ``wordrx.organs_rx`` of the superior levels) — attended or served, not the own
    head's meeting. Words that name no meeting (向县委述法: the head reports TO the superior) are no such one."""
    at = cue[0]
    if "会" not in text[at : cue[1]]:
        return False
    lo = max(s, at - ORGAN_REACH)
    return any(m.end() == at for m in organs_rx(judge.up).finditer(text, lo, at))


ORGAN_REACH = 12  # characters of a superior's organs before its meeting's name (县委、县政府常务会)


_TIME = Lazy(r"\s*(?:(?:20\d\d\s*年度?|今年|全年|年内)(?:以来)?[，,]?\s*)?")


def _studying(words_: str) -> bool:
    """Whether the item's words ``words_`` name a study (``words.toml`` study_words: 学法, 学习, 旁听庭审)."""
    return any(w in words_ for w in words().study_words)


_WEIGHT = {OWN: 0, WITH: 1}


def doer(judge: Judge, text: str, s: int, e: int, cue: tuple[int, int] | None) -> str:
    """Whose act the sentence ``text[s:e]`` reports at ``cue``: ``OWN`` (this unit's head, or no one named),
    ``WITH`` (others the act is for or with, no own head before them), ``OTHERS`` (they act) or ``TO`` (done
    to them). The persons before the words decide, the nearest first (``subject``: others named in an earlier
    clause decide only as the sentence's subject): others acting or done to decide at once, others the act is
    for or with (为全县领导干部讲授) hand on to a head before them (县长). Without one, a person after 由
    decides ("会前学法8次，均由分管副县长主持"), else the previous sentence's subject where the sentence
    carries it on (同时，带头……). Where the words are a head (主要负责人) or stand elsewhere (a title's), the
    sentence's persons decide: its own head first."""
    heads = mentions(judge, text, s, e)
    # the words are a head (主要负责人), or a person's title (所长: ``{head}``), not a long cue over a clause naming one
    if cue is None or any(
        h.start < cue[1] and cue[0] < h.end and (h.head or h.start <= cue[0] < cue[1] <= h.end) for h in heads
    ):
        roles = {h.role for h in heads}
        if OWN in roles:
            return OWN
        if not roles:
            return _carried(judge, text, s)
        return WITH if WITH in roles else (OTHERS if OTHERS in roles else TO)
    before = [h for h in heads if h.start < cue[0]]
    lo = clause_start(text, s, cue[0])
    beside = False
    for i in range(len(before) - 1, -1, -1):
        h = before[i]
        if h.start < lo and (
            (h.role == TO and not _pivoted(text, s, h.at))
            or (h.role == OTHERS and not (i == 0 and opens_clause(text, s, h.at)))
        ):
            # others named in an earlier clause, not the sentence's subject ("班子成员履行一岗双责，形成……"), or others
            # an earlier clause's act is done to ("县长主持召开会议听取班子成员意见，带头学法"): not this clause's doers;
            # others a pivot (督促, 要求) set to work go on doing ("督促各村党支部书记主持召开会议，研究部署……")
            continue
        if h.role == OWN or (h.role == OTHERS and i and _joined(text, before[i - 1], h)):
            return OWN
        if h.role == WITH and h.start >= lo and _organised(text, lo, h.at) and not _own_team(text, h.start, h.end):
            return OTHERS  # 县长组织县直部门主要负责人集中学法: the organised persons do the act, not the organiser
        if h.role == WITH:
            beside = True
            continue
        return WITH if h.role == TO and beside else h.role
    if beside:
        return WITH
    agent = next((h for h in heads if h.start >= cue[1] and after_agent_mark(text, s, h.at)), None)
    if agent is not None:
        return OWN if agent.role == OWN else OTHERS
    return _carried(judge, text, s) if not before else OWN


def carried_act(
    judge: Judge, item: Item, text: str, s: int, e: int, weak: int, year: int | None
) -> tuple[int, int, int] | None:
    """The next sentence of the paragraph and its weakness, where ``text[s:e]`` names the own head as its subject
    and reports ``item`` only weakly (``weak``: a stance, no act) and the next carries the head on with the act
    ("县长认真履行第一责任人职责。同时，主持召开专题会议3次……": the act is the head's, read as if he stood before it);
    else None."""
    ns, ne = sentence_at(text, e)
    if ne <= ns or ns < e or carried_from(text, ns) is None:
        return None
    subject = _subject(judge, text, s, e)
    if subject is None or subject.role != OWN or doer(judge, text, ns, ne, None) != OWN:
        return None
    lead = _leads().match(text, ns)
    body = text[subject.start : subject.end] + text[lead.end() if lead else ns : ne]
    w = weakness(judge, item, body, False, year)
    return (ns, ne, w) if w < weak else None


@lru_cache(maxsize=1)
def _leads() -> re.Pattern[str]:
    return compile(f"\\s*(?:{alternation(words().carry_leads)})[，,]?" if words().carry_leads else "(?!)")


def _organised(text: str, lo: int, at: int) -> bool:
    """Whether the nearest mark before persons named at ``at`` in their clause (from ``lo``) is one of ``organisers``
    (组织, 安排): they do what follows, whoever organised it (组织各科室负责人述法)."""
    marks = [m for m in _marks().finditer(text, max(lo, at - MARK_REACH), at) if not _not_mark(text, m.end())]
    return bool(marks) and marks[-1].group(0) in words().organisers


def _own_team(text: str, start: int, end: int) -> bool:
    """Whether the persons named at ``text[start:end]`` are the head's own team (``words.toml`` own_team: 班子成员):
    organised by him, he takes part (县长组织县政府班子成员集中学法: his study too)."""
    return any(w in text[start:end] for w in words().own_team)


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    w = words()
    return words_rx((*w.to_others, *w.with_others))


def _not_mark(text: str, end: int) -> bool:
    return any(text.endswith(w, 0, end) for w in words().not_marks)  # 作为 is no 为


def _pivoted(text: str, s: int, at: int) -> bool:
    """Whether others' heads named at ``at`` follow a pivot (``words.toml`` pivots: 督促, 要求) in their clause."""
    lo = clause_start(text, s, at)
    return _pivots().search(text, max(lo, at - MARK_REACH), at) is not None


@lru_cache(maxsize=1)
def _pivots() -> re.Pattern[str]:
    return words_rx(words().pivots)


def _carried(judge: Judge, text: str, s: int) -> str:
    """``OTHERS`` where the sentence at ``s`` carries on (同时，……) a previous sentence whose subject is
    others; else ``OWN``."""
    prev = carried_from(text, s)
    if prev is None:
        return OWN
    subject = _subject(judge, text, *prev)
    return OTHERS if subject is not None and subject.role == OTHERS else OWN


def _subject(judge: Judge, text: str, s: int, e: int) -> Mention | None:
    """The subject of the sentence ``text[s:e]``: its first person, where he opens his clause."""
    heads = mentions(judge, text, s, e)
    return heads[0] if heads and opens_clause(text, s, heads[0].at) else None


def unvoiced(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a cue's words, is the head's first person (我: ``words.toml`` head_selves) in a
    paragraph that does not speak as the head up to it (``wordrx.voice_rx``: 本人, 我作为县长, 作为县长，我……; a 我
    there is 我县 short of 县)."""
    return text[start:end] in words().head_selves and not _voice().search(text, 0, end)


@lru_cache(maxsize=1)
def _voice() -> re.Pattern[str]:
    return compile(voice_rx())


def others_duty(judge: Judge, item: Item, text: str, s: int, e: int, year: int | None) -> bool:
    """Whether the sentence ``text[s:e]`` names ``item``'s duty (``words.toml`` own_duties: 述法, a duty
    each head does for himself) done only by others: it names no head of this unit's own, and heads before
    one of the item's words do it (``actor`` gives 1: "组织各镇主要负责人和县直部门主要负责同志年底述法",
    "落实领导干部述法机制，三级1110名党政主要负责同志书面述法"), or it names no head at all and counts
    the doers in persons right after a duty ("当面述法1100多人"); of an item whose words are the heads
    themselves (写明主要负责人本人: "各乡镇、各县直单位一把手均……书面述法"), those heads doing a duty.
    No evidence of the own head's duty: a
    reviewer reads it as others' (blind sets, kind D6); a duty done with others (县长和各部门主要负责人
    带头述法) or to them (听取……述法) is ``actor``'s."""
    heads = mentions(judge, text, s, e)
    duties = own_duties_rx()
    named = [m.span() for c in item.cues for m in pattern(c, year).finditer(text, s, e)]
    spans = [span for span in named if duties.search(text, *span)]
    if (
        spans
        and all(arranged(text, a, b) for a, b in spans)
        and not any(h.role == OWN and not arranged(text, h.start, h.end) for h in heads)
    ):
        return True  # 完善述法制度……召开党政主要负责人现场述法工作会议: the unit arranges others' 述法
    if any(h.role == OWN for h in heads):
        # the own head named in another clause (组织各科室负责人述法，局长现场点评): the duty's own doers decide; the
        # head organising it (县长组织开展年度述法工作) or hearing it (听取……述法) does others' duty, not his own
        return bool(spans) and all(
            doer(judge, text, s, e, span) in (OTHERS, TO) or _organised_duty(text, s, span[0]) for span in spans
        )
    if not spans and any(h.start < b and a < h.end for a, b in named for h in heads):
        spans = [m.span() for m in duties.finditer(text, s, e)]  # the item's words are the heads: their duty decides
    if not spans:
        return False
    if heads:
        return any(doer(judge, text, s, e, span) in (OTHERS, WITH) for span in spans)
    return any(
        _COUNTED.match(text, m.end(), e) or _arranged_duty(text, s, m.start()) for m in duties.finditer(text, s, e)
    )


def _organised_duty(text: str, s: int, at: int) -> bool:
    """Whether the duty at ``at`` follows one of ``organisers`` (组织, 安排) in its own predicate — from its clause's
    start or the last of ``carry_leads`` (并, 带头, 亲自) before it: the head organises it for others
    (县长组织开展年度述法工作), he does not do it himself (……述法大会并现场述法, 带头述法: his)."""
    lo = max(s, last_of(text, _BREAKS, at, s) + 1)
    lo = max([lo, *(m.end() for m in _lead_words().finditer(text, lo, at))])
    return any(text.find(o, lo, at) >= 0 for o in words().organisers)


@lru_cache(maxsize=1)
def _lead_words() -> re.Pattern[str]:
    return words_rx(words().carry_leads)


def _arranged_duty(text: str, s: int, at: int) -> bool:
    """Whether a duty each head does himself (述法) at ``at``, in a sentence from ``s`` naming no one, follows one of
    ``organised`` in its clause (开展现场述法活动, 全面落实年终述法工作): an activity the unit arranges, no 述法 of
    the head's own ("年终述法1次" under the duties heading is his); the own leaders as a group after the mark
    (开展领导干部述法工作, ``own_groups``) are the ones who 述法, the head first among them."""
    lo = max(s, last_of(text, _BREAKS, at, s) + 1)
    marks = [i for w in words().organised if (i := text.find(w, lo, at)) >= 0]
    # 开展领导干部述法工作: the own leaders as a group (``own_groups``) after the mark do it — the head first among them
    return bool(marks) and not any(text.find(g, min(marks), at) >= 0 for g in words().own_groups)


def arranged(text: str, a: int, b: int) -> bool:
    """Whether the words ``text[a:b]`` (述法, or heads named with it) stand in what the unit arranges, not in an act:
    the name of a meeting it holds (``words.toml`` meeting_holds before them in their clause, meeting_nouns within
    ``ARRANGE_REACH`` after: 召开……党政主要负责人现场述法工作会议) or before a system's noun (duty_systems within
    ``SYSTEM_REACH``: 述法制度, 现场述法和书面述法相结合的方式)."""
    w = words()
    lo = last_of(text, _BREAKS, a) + 1
    stop = next_of(text, _BREAKS, b)
    stop = len(text) if stop < 0 else stop
    if any(text.find(x, b, min(stop, b + SYSTEM_REACH + 2)) >= 0 for x in w.duty_systems):
        return True
    held = any(text.find(x, lo, a) >= 0 for x in w.meeting_holds)
    return held and any(text.find(x, b, min(stop, b + ARRANGE_REACH + 2)) >= 0 for x in w.meeting_nouns)


_BREAKS = CLAUSE_BREAKS
ARRANGE_REACH = 12  # characters from 述法 or the heads to the meeting's noun (党政主要负责人现场述法工作会议)
SYSTEM_REACH = 10  # characters from 述法 to the system's noun (现场述法和书面述法相结合的方式)
_COUNTED = Lazy(r"[^，,。；;：:、\d]{0,4}\d[\d.]*\s*万?\s*[多余]?\s*[人名位](?!次)")  # 述法1100多人, 书面述法2.9万余人


_AND = frozenset(("和", "与", "及", "以及", "、", "同"))  # conjunctions: grammar, not the domain's words
JOIN_REACH = 4  # characters from a conjunction to the others joined (县长和分管副县长: 和分管)


def _joined(text: str, prev: Mention, h: Mention) -> bool:
    """Whether others' heads ``h`` act together with this unit's head named just before them
    ("县长和各部门主要负责人带头述法", "县委书记带领各乡镇党委书记现场述法")."""
    gap = text[prev.end : h.at].strip()
    return prev.role == OWN and (gap in _AND or (len(gap) <= JOIN_REACH and gap[:1] in _AND))


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
    ``weakness`` plus whose act it is (``actor``) plus how far from the point it is (``focus.focus``:
    another field, a stance, others' act), judged at the first of the item's words that counts (its cues
    in order). The checklist's good, weak and bad examples are judged by it."""
    for c in item.cues:
        for m in pattern(c, year).finditer(text):
            if (judge.in_slogan(text, m.start(), m.end()) and not restated(text, m.start(), m.end())) or unvoiced(
                text, m.start(), m.end()
            ):
                continue
            who = actor(judge, text, 0, len(text), m.span()) if own_head(item) else 0
            if (
                who is None
                or others_act(item, text)
                or (own_head(item) and (others_duty(judge, item, text, 0, len(text), year) or another_study(text)))
            ):
                continue
            if topics(item) and judge.topical(text, m.start(), m.end(), len(text)):
                continue  # a measure named as a meeting's topic is no report of it
            return weakness(judge, item, text, False, year) + who + focus(judge, item, text, year)
    return None


def slogan_only(judge: Judge, item: Item, text: str, s: int, e: int, year: int | None) -> bool:
    """Whether the sentence ``text[s:e]`` a title led to names ``item`` only inside slogans (各级……中心组,
    《……学法用法制度》): its own words on the item are what the checklist reads as no report of it, so the
    title over it ("（一）学习宣传贯彻习近平法治思想。") reports nothing of the own head either."""
    spans = [m.span() for c in item.cues for m in pattern(c, year).finditer(text, s, e)]
    return bool(spans) and all(judge.in_slogan(text, a, b) and not restated(text, a, b) for a, b in spans)


__all__ = [
    "actor",
    "carried_act",
    "doer",
    "others_duty",
    "own_head",
    "sentence_weakness",
    "slogan_only",
    "superiors_act",
    "superiors_meeting",
    "topical",
    "topics",
    "unvoiced",
    "weakness",
]
