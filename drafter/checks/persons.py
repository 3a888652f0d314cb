"""Who the persons a sentence names are, for a duty of the unit's own head: its own head (a leader's title, or
one its unit's name gives: a 司法所's 所长), others acting (others' heads after 各乡镇/全县…, the staff, persons never
the head: 班子成员, 副县长, 所长 of another unit; a superior or a visitor: 市长到我县), others the act is done to
(听取, 督促……) or for and with (为, 组织, 陪同……). ``mentions`` reads them in order; ``weakness.doer`` reads whose act
a clause reports from them (``subject``: where its doer stands). The words are data: ``words.toml`` ``others``,
``groups``, ``staff``, ``non_heads``, ``to_others``, ``with_others``, ``assessed``, ``kinds``, ``not_marks``,
``settings``, ``visits``, ``leaders``."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from ..lazyre import compile
from ..text import CLAUSE_BREAKS
from ..vocab import alternation, words
from ..wordrx import leader_rx, non_head_rx
from .evidence import Judge
from .subject import clause_start

OTHERS_GAP = 8  # characters between 各乡镇 and 主要负责人 ("5个政府部门及乡镇主要负责人", "全县42名党政主要负责人")
MARK_REACH = 24  # characters between 听取 and the heads heard ("听取全面依法治县工作汇报和5个政府部门……")
KIND_REACH = 4  # characters between a mark and heads of a kind it governs ("组织开展党政主要负责人")
SETTING_REACH = 6  # characters between the heads and the meeting they sit in ("全县领导干部法治大会上")
ASSESS_REACH = 30  # characters between the heads and the judging of them ("一把手的法治建设第一责任人职责开展实地督察")
_GAP_MARKS = CLAUSE_BREAKS  # a clause break: "全县法治工作会议上，县长" is no 全县's 县长
_CLAUSE_END = CLAUSE_BREAKS

OWN, OTHERS, WITH, TO = "own", "others", "with", "to"
"""A head's role: this unit's own; others' doing the act; others the act is for or with (为全县领导干部
讲授, 组织全县领导干部旁听庭审); others an act of this unit is done to (听取……述法, 督促……履行)."""


class Mention(NamedTuple):
    start: int
    end: int
    role: str
    at: int  # where the phrase starts: its qualifier (各乡镇 of 各乡镇党委书记), else the title
    head: bool = True  # a head or a group of them; False: a person never one (班子成员, 副县长, 所长: ``non_heads``)


@lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    """A leader's title (group ``leader``), the staff or a person never the head (group ``staff``: 干部职工,
    班子成员, 副县长) or a group of leaders (领导干部)."""
    w = words()
    staff, person = words_rx(w.staff).pattern, non_head_rx()
    return compile(f"(?P<staff>{staff})|(?P<person>{person})|(?P<leader>{leader_rx()})|{alternation(w.groups)}")


def words_rx(ws: tuple[str, ...]) -> re.Pattern[str]:
    return compile(alternation(ws) if ws else "(?!)")


@lru_cache(maxsize=1)
def _others() -> re.Pattern[str]:
    """One of ``others``, or 各 not before a thing (``each``, ``each_not``: 各调解组织, not 各项)."""
    w = words()
    each = f"|{re.escape(w.each)}" + (f"(?!{alternation(w.each_not)})" if w.each_not else "") if w.each else ""
    return compile(words_rx(w.others).pattern + each)


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str]:
    """A verb before others' heads: one done to them (group ``to``) or one they are with or for."""
    w = words()
    return compile(f"(?P<to>{words_rx(w.to_others).pattern})|{words_rx(w.with_others).pattern}")


@lru_cache(maxsize=1)
def body_rx() -> re.Pattern[str]:
    """A leading body (``leading_bodies``: 党组, 党委 …), not 党组织."""
    return compile(f"(?:{alternation(words().leading_bodies)})(?!织)")


@lru_cache(maxsize=1)
def _settings() -> re.Pattern[str]:
    # "部门负责人在常务会议上述法": 在 after the heads makes them the speakers, the meeting only where they speak
    return compile(f"[^{_CLAUSE_END}在]{{0,{SETTING_REACH}}}?{words_rx(words().settings).pattern}")


@lru_cache(
    maxsize=32
)  # a sentence is asked about by each duties item and each of its words (a web copy: one paragraph)
def mentions(judge: Judge, text: str, s: int, e: int) -> tuple[Mention, ...]:
    """The heads named in ``text[s:e]``, in reading order: a title after one of ``others`` (within
    ``OTHERS_GAP``) is others' (its role from the verb before it); one inside a slogan (习近平总书记,
    主任办公会), a group without a qualifier (领导干部), or others' heads that only name where a meeting
    sits (在全县领导干部大会上) are no one."""
    own = words().own_markers  # 本部门, 我局: the unit itself, no others
    quals = [
        m.span()
        for m in _others().finditer(text, s, e)
        if not any(text.endswith(o, s, m.start()) for o in own) and not _own_unit(text, s, m.start())
    ]
    starts = [q[0] for q in quals]
    out = []
    for m in _heads().finditer(text, s, e):
        i = bisect_left(starts, m.start())  # the nearest qualifier before the title, if it qualifies it
        q = quals[i - 1] if i and _gap(text, quals[i - 1][1], m.start()) else None
        person = m.group("person") is not None and not _own_title(judge, text, m.start(), m.group("person"))
        if q is None and m.group("person") is not None and not person and not _visiting(text, m.end(), e):
            out.append(_unqualified(text, s, m.start(), m.end()))
            continue
        if q is None and (person or m.group("staff") is not None):
            q = m.span()  # the staff, a deputy, a 所长 are others whatever stands before them
        if q is not None:
            if _settings().match(text, m.end(), e) is None:
                role = _assessed(text, _role(text, q[0]), m.end(), e)
                out.append(Mention(m.start(), m.end(), role, q[0], not person))
        elif m.group("leader") is not None and (
            judge.superior(text, m.start(), m.end()) or _visiting(text, m.end(), e)
        ):
            # 市长到我县调研: a superior or a visitor acts; 陪同县长, 向县长述法: the own head's companion or audience
            out.append(Mention(m.start(), m.end(), _role(text, m.start()), m.start()))
        elif m.group("leader") is not None and not judge.in_slogan(text, m.start(), m.end()):
            body = _another_body(judge, text, s, m.start(), m.group("leader"))
            if body is None and m.group("leader") in words().bare_titles and _others_open(text, s):
                body = m.start()  # 各基层党组织……、书记讲党课: a bare 书记 in others' sentence is one of theirs
            out.append(_unqualified(text, s, m.start(), m.end()) if body is None else Mention(*m.span(), OTHERS, body))
    return _classed(judge, text, s, out)


def _classed(judge: Judge, text: str, s: int, found: list[Mention]) -> tuple[Mention, ...]:
    """``found``, where the sentence also names others' heads (qualified: 全市……, 各级……), with each own head named only by the class term
    (``kinds``: 党政主要负责人) after an act in his clause read as those heads (``TO``): "举办2025年度党政主要负责人
    述法会，全县38名……党政主要负责人依次述法", "健全党政主要负责人述法……机制" speak of the class the unit organises
    or counts; "党政主要负责人带头述法" (his clause's subject) stays his."""
    if not any(m.head and (m.role == OTHERS or (m.role != OWN and _others().match(text, m.at))) for m in found):
        # others' heads named as such (全县38名……, 各级……): not only heads of a kind (落实党政……述法)
        return tuple(found)
    return tuple(m._replace(role=TO) if m.role == OWN and _class_done_to(judge, text, s, m) else m for m in found)


def _class_done_to(judge: Judge, text: str, s: int, m: Mention) -> bool:
    """Whether ``m`` is written as the class term (``kinds``: 党政主要负责人) after an act in his clause (``Judge.kind``)."""
    kind = next((k for k in words().kinds if text.endswith(k, s, m.end)), None)
    if kind is None:
        return False
    at = m.end - len(kind)
    lead = text[clause_start(text, s, at) : at]
    return bool(lead.strip()) and judge.kind(lead) is not None


def _own_unit(text: str, s: int, start: int) -> bool:
    """Whether one of ``others`` matched at ``start`` lies inside a unit's generic noun (``own_units``: 单位) that opens
    its clause of the sentence from ``s`` (单位主要负责人……: the reporting unit itself; 16位主要负责人 counts, 有关单位
    主要负责人 is another unit's)."""
    for w in words().own_units:
        for k in range(1, len(w)):
            b = start - k
            if b >= s and text.startswith(w, b) and b == clause_start(text, s, b):
                return True
    return False


def names_others(text: str) -> bool:
    """Whether ``text`` names others (``others``: 各乡镇, 全县, 下属), the heads it names perhaps theirs."""
    return _others().search(text) is not None


def _others_open(text: str, s: int) -> bool:
    """Whether the sentence at ``s`` opens with others (各基层党组织……, 各村……: ``others``), a date before them aside."""
    at = _DATE.match(text, s)
    return _others().match(text, at.end() if at else s) is not None


_DATE = compile(r"\s*(?:20\d\d\s*年度?(?:以来)?|全年|年内)?[，,]?\s*")  # a date before the doers


def wide_learners(judge: Judge, text: str, s: int, e: int, at: int) -> bool:
    """Whether the duty's words at ``at`` in the sentence ``text[s:e]`` are done by people of a whole area or system
    (``others`` before them in their clause, no head among them: 各级党组织专题学习, 组织全区教育系统开展学习, 组织全市
    1.19万人参加网络专题班学习, 各级行政机关会前学法) and the sentence names no head of this unit's own: their study,
    no duty of the principal leader's (a reviewer: all cadres' study is not his). Heads of others (全县领导干部) are
    ``mentions``' to weigh."""
    lo = max(s, max(text.rfind(c, s, at) for c in _CLAUSE_END) + 1)  # searched within the sentence only
    own = words().own_markers
    wide = [  # an area's or a system's whole (全市, 各级, 各部门), not 基层 of 基层治理 nor 两级 (the own level too)
        m
        for m in _others().finditer(text, lo, at)
        if text[m.start()] in WHOLE and not any(text.endswith(o, lo, m.start()) for o in own)
    ]
    if not wide:
        return False
    if body_rx().search(text, lo, wide[0].start()):  # 厅党委召开全系统……部署会: the own leading body acts for them
        return False
    heads = mentions(judge, text, s, e)
    return not any(h.role == OWN or (h.head and lo <= h.start < at) for h in heads)


WHOLE = "全各"  # the first character of an area's or a system's whole among ``others`` (全县, 各级, 各单位)


def _another_body(judge: Judge, text: str, s: int, start: int, title: str) -> int | None:
    """Where the name of another body starts when one stands right before ``title`` (``words.toml`` body_heads:
    局长 after a 局, 主任 after a 委 or 办) and the report's unit (``Judge.unit``) is not it: "县司法局局长" in the
    county government's report is the 司法局's head, not the county's; in the 司法局's own report he is its head."""
    ends = dict(words().body_heads).get(title, ())
    end = next((e for e in ends if text.endswith(e, s, start)), None)
    if not judge.unit or end is None:
        return None
    at = start - len(end)
    while at > s and at > start - BODY_REACH and "\u4e00" <= text[at - 1] <= "\u9fff":
        at -= 1
    name = text[at:start]
    if any(name.endswith(o + end) for o in words().own_markers):  # 我局局长, 本局局长: the unit itself
        return None
    own = judge.unit.replace(" ", "")
    # the body's own words (司法局 of 县司法局), or its usual short name (市场监管局, 人社局, 卫健委: the full name's
    # characters in order): the unit's name holds them when it is the unit itself
    if named_own(name, end, own) or (end in own and kind_only(name, end)):
        return None
    return at


def named_own(name: str, end: str, own: str) -> bool:
    """Whether ``name`` (a body's name ending in ``end``) names the unit ``own``: its own words (司法局 of 县司法局), or
    its usual short name (市场监管局, 人社局, 卫健委: the full name's characters in order)."""
    if any(name in form for form in _short_forms(own)):  # 县政府 of 青禾县人民政府
        return True
    return any(_in_order(name[i:], own) for i in range(len(name) - len(end) - 1))


def _short_forms(own: str) -> list[str]:
    """``own`` and its usual short forms (``words.toml`` short_forms: 人民政府 → 政府)."""
    forms = [own]
    for form in words().head.short_forms:
        full, _, short = form.partition("=")
        if full and short and full in own:
            forms.append(own.replace(full, short))
    return forms


def kind_only(name: str, end: str) -> bool:
    """Whether ``name`` is the unit's kind alone (``end``: 局, 办公室) after words that name no unit (``words.toml``
    name_breaks: 成立了以办公室主任为组长, 全年局党组): the report's own unit, as 我局 is; 县司法局 names one."""
    rest = name[: len(name) - len(end)]
    return not rest or rest.endswith(words().name_breaks)


def _in_order(short: str, full: str) -> bool:
    """Whether ``short``'s characters stand in ``full`` in the same order (人社局 in 人力资源和社会保障局)."""
    chars = iter(full)
    return all(c in chars for c in short)


BODY_REACH = 12  # characters of a body's name before its head's title (县市场监督管理局)


def _own_title(judge: Judge, text: str, start: int, title: str) -> bool:
    """Whether ``title`` at ``start``, one never a head's elsewhere, names this unit's own head (``Judge.own``: a
    司法所's 所长) and no deputy's mark stands right before it (副所长)."""
    return title in judge.own and not any(text.endswith(d, 0, start) for d in words().leader_not_after)


def _unqualified(text: str, s: int, start: int, end: int) -> Mention:
    """A title without a qualifier: this unit's own head, unless it names heads of a kind (``kinds``:
    党政主要负责人) right after a mark ("组织党政主要负责人述法", "开展党政主要负责人述法工作"): this
    unit doing the act to or with them."""
    kind = next((k for k in words().kinds if text.endswith(k, s, end)), None)
    if kind is not None:
        at = end - len(kind)
        role = _role(text, at, KIND_REACH)
        if role == OTHERS and _kind_marked(text, at):
            role = WITH  # 严格落实党政主要负责人年度述法制度: a system the unit carries out for heads of the kind
        if role != OTHERS:
            return Mention(start, end, _assessed(text, role, end, len(text)), at)
    return Mention(start, end, OWN, start)


def _kind_marked(text: str, at: int) -> bool:
    """Whether one of ``kind_marks`` (落实) stands within ``KIND_REACH`` characters before ``at`` in its clause."""
    lo = max(0, at - KIND_REACH)
    lo = max(lo, max(text.rfind(c, lo, at) for c in _CLAUSE_END) + 1)
    return any(text.find(w, lo, at) >= 0 for w in words().kind_marks)


def _visiting(text: str, end: int, stop: int) -> bool:
    """Whether a title ending at ``end`` is followed, within ``VISIT_REACH`` characters of its clause, by a visit
    to the unit (``words.toml`` visits: 到我, 莅临): a superior's or another unit's head, not the own."""
    return _visit().match(text, end, stop) is not None


@lru_cache(maxsize=1)
def _visit() -> re.Pattern[str]:
    return compile(f"[^{_CLAUSE_END}]{{0,{VISIT_REACH}}}?{words_rx(words().visits).pattern}")


VISIT_REACH = 4  # characters between a title and the visit (带队, 一行)


@lru_cache(maxsize=1)
def _assessing() -> re.Pattern[str]:
    return compile(f"[^{_CLAUSE_END}]{{0,{ASSESS_REACH}}}?{words_rx(words().assessed).pattern}")


def _assessed(text: str, role: str, end: int, stop: int) -> str:
    """``role`` of heads named up to ``end``, made ``TO`` when a mark made them the ones the act is for or
    with and their clause goes on to judge them (``words.toml`` assessed: "组织对86名党政一把手履职情况进行
    民主评议", "对各乡镇主要负责人履职情况开展测评"): this unit's act done to them."""
    if role != WITH or _assessing().match(text, end, stop) is None or _speaking().match(text, end, stop):
        return role
    return TO


@lru_cache(maxsize=1)
def _speaking() -> re.Pattern[str]:
    # "带领各乡镇主要负责人在年度考核会议上述法": 在 and a meeting right after the heads make them the speakers there;
    # the 考核 is the meeting's name, no judging of them
    return compile(f"在[^{_CLAUSE_END}]{{0,{ASSESS_REACH}}}?{words_rx(words().settings).pattern}")


def _gap(text: str, end: int, start: int) -> bool:
    """Whether the words between a qualifier (ending at ``end``) and a title (at ``start``) keep them one
    phrase: short, no clause break, no meeting, no other head ("各部门主要负责人和县长": 县长 is not
    各部门's); a qualifier may end inside the title (乡镇长)."""
    gap = text[end:start]
    return (
        len(gap) <= OTHERS_GAP
        and not any(c in _GAP_MARKS for c in gap)
        and not any(w in gap for w in words().gap_breaks)  # 会议上, 在: where a meeting sits
        and _heads().search(gap) is None
    )


def _role(text: str, at: int, reach: int = MARK_REACH) -> str:
    """The role of others' heads named from ``at`` on, by the nearest mark before them in their clause:
    ``TO`` after one of ``to_others`` (听取, 督促), ``WITH`` after one of ``with_others`` (为, 组织),
    else ``OTHERS`` (they act)."""
    lo = max(0, at - reach)
    lo = max(lo, max(text.rfind(c, lo, at) for c in _CLAUSE_END) + 1)
    last = None
    for m in _marks().finditer(text, lo, at):
        if not any(text.endswith(w, 0, m.end()) for w in words().not_marks):  # 作为 is no 为
            last = m
    if last is None:
        return OTHERS
    return TO if last.group("to") is not None else WITH


__all__ = [
    "MARK_REACH",
    "OTHERS",
    "OWN",
    "TO",
    "WITH",
    "Mention",
    "body_rx",
    "kind_only",
    "mentions",
    "named_own",
    "names_others",
    "wide_learners",
    "words_rx",
]
