"""The unit of a report that calls itself 我局 / 我镇 and names itself in full only in its body.

"今年以来，我镇……。青禾镇位于县城东部" or "现将青禾县自然资源局2023年度法治政府建设情况报告如下": the
opening's own name ("我镇", "全局上下": ``self_names`` of words.toml [head]) tells which kind of unit to
look for; a full name of that kind at a clause's start (or after 现将/作为: ``self_leads``) in the first
paragraphs is the unit, when they name one only. A name after 配合/在/联合 (``not_subject``) is another
unit's. A unit given without its place ("县司法局", "司法局") takes the place where the body writes it
in full ("青禾县司法局荣获…"), when the body writes one place only, or writes one most often.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...checklist_model import search_dirs
from ...hanzi import reading, simplified, without_pinyin
from ...lazyre import compile
from ...text import CJK
from ...unittype import opening_rest, subject
from ...vocab import alternation, load, word_list, words

SELF_SCAN = 3  # opening paragraphs a self-named unit's full name is looked for in
FULL_SCAN = 60  # paragraphs a generic unit's full name is looked for in
PLACE_MAX = 7  # characters of a place's own name before its level (巴彦浩特; an autonomous one's may be longer)
_BOUNDARY = "，,。；;：:（(、\n"


@lru_cache(maxsize=1)
def _level() -> str:
    """The levels' characters (省 市 县 镇…: ``levels`` of words.toml [head]), for a character class."""
    return "".join(w for group in words().head.levels for w in group.split() if len(w) == 1)


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """What a name ending as a self-name ends with (``self_forms``): a place's government, a committee."""
    out = {}
    for pair in words().head.self_forms:
        end, _, more = pair.partition("=")
        out[end] = f"{re.escape(end)}(?:{re.escape(more)})?" if more else re.escape(end)
    return out


def self_form(end: str) -> str:
    """The pattern of a full name's end for a self-name's ``end`` ("委" → 委(?:员会)?: 我委's 发展和改革委员会)."""
    return _forms().get(end, re.escape(end))


def _is_place_end(end: str) -> bool:
    """A self-name's end that is a level (镇, 县, 街道): its full name is a place's, the place before it."""
    return any(end in group.split() for group in words().head.levels)


def self_end(texts: list[str]) -> str | None:
    """Which kind of unit the text calls itself in its first paragraphs ("我局" → 局, "全镇上下" → 镇)."""
    head = words().head
    names = sorted(head.self_names, key=len, reverse=True)
    if not names:
        return None
    after = f"(?!{alternation(head.self_not_before)})" if head.self_not_before else ""
    rx = compile(rf"(?:{alternation(tuple(names))}){after}")
    ends = [
        next((e for e in head.self_ends if _kind_of(m.group(0)).startswith(e)), None)
        for t in texts[:SELF_SCAN]
        for m in rx.finditer(simplified(t))
    ]
    found = [e for e in ends if e is not None]
    # a bureau or a town says "我县" too (its county): its own name for itself first
    return next((e for e in found if e not in head.shared_selves), found[0] if found else None)


def _kind_of(name: str) -> str:
    """A self-name without its 我/本/全 (``self_marks``: "我局" → 局…, "全镇上下" → 镇…); one without it as
    it is ("局党组")."""
    return next((name[len(m) :] for m in words().head.self_marks if name.startswith(m)), name)


@lru_cache(maxsize=16)
def _named(end: str) -> re.Pattern[str]:
    """A full name ending as ``end`` after a clause's start or a lead word ("，青禾县司法局…")."""
    head = words().head
    leads = alternation(head.self_leads) if head.self_leads else "(?!)"
    form = _forms().get(end, re.escape(end))
    # a level's character before 级 (下放县级行政审批事项) is a rank, no place's end (``not_level_before``)
    after = f"(?!{alternation(head.not_level_before)})" if head.not_level_before and _is_place_end(end) else ""
    return compile(rf"(?:^|[{_BOUNDARY}]|{leads})((?:(?![的了在把被将])[{CJK}]){{2,24}}?{form}){after}")


def self_named(texts: list[str], end: str) -> str | None:
    """The one full name ending as ``end`` the first paragraphs give the unit, as written; or None."""
    found: list[str] = []
    uses = Uses(texts[:FULL_SCAN])
    for t in texts[:SELF_SCAN]:
        view, at = reading(t)
        for m in _named(end).finditer(view):
            if an_object(view, m.start(1), m.end(1)):
                continue
            if _is_place_name(m.group(1), end) and not uses.common(place_of(m.group(1))):
                found.append(without_pinyin(t[at[m.start(1)] : at[m.end(1)]]))
    return _the_one(found)


def _is_place_name(name: str, end: str) -> bool:
    """Whether ``name`` (ending as ``end``) names a place of its own: a level's character before its
    end ("青禾县司法局"), or a place's name before its level ("青禾镇"); not 我镇, 全县, 乡镇, 配合…"""
    head = words().head
    if name.startswith(head.not_places) or "年" in name or any(n in name for n in head.self_names):
        return False  # "今年我县": a time and the self-name, no place
    view = name
    for w in words().level_words:
        view = view.replace(w, "丨" * len(w))
    forms = _forms()
    stem = view[: len(view) - len(end)] if end not in forms else re.sub(forms[end] + "$", "", view)
    if end in forms and _is_place_end(end):  # a place: its name before the level ("统筹全镇": the whole town)
        written = name[: len(stem)]  # as written: 市政 of 市政府和县 is no 市政 (level_words masked)
        own = re.split(f"[{_level()}丨]", stem)[-1]  # the place's own name, after the county's it may follow
        if len(own) > PLACE_MAX and "自治" not in own:  # "重大行政决策事项首先由镇": a clause cut at a level, no name
            return False
        return len(stem) >= 2 and stem[-1] not in _level() and not _holds_verb(written) and not whole_place(stem)
    cut = next((i for i, c in enumerate(stem) if c in _level() and i > 0), None)
    return cut is not None and not _holds_verb(stem[: cut + 1])


def _holds_verb(stem: str) -> bool:
    """Whether a place's words hold a verb of ``not_subject`` ("积极配合青禾县"); one character's
    (赴, 向) only at the start: a place's name may hold one (安顺市, 向阳区 after 到 …); or a word no
    place's name holds (``not_in_places``: "荣获青禾县", "以上工作得到青禾县": a span cut across a clause)."""
    head = words().head
    return any(w in stem if len(w) > 1 else stem.startswith(w) for w in head.not_subject) or any(
        w in stem for w in head.not_in_places
    )


def whole_place(stem: str) -> bool:
    """Whether a place's words end as the whole place, no name ("统筹安排全" of 统筹安排全镇: ``not_places``
    of one character, 全 我 本…, right before the level)."""
    return any(len(w) == 1 and stem.endswith(w) for w in words().head.not_places)


def place_words(stem: str, rest: str, texts: Uses | list[str] | tuple[str, ...] = ()) -> bool:
    """Whether ``stem`` can be the place's words of a unit whose name goes on as ``rest`` ("青禾县" +
    "司法局"): not a span that holds a verb or a preposition ("围绕省", "积极调整县"), the whole place
    ("带动全乡"), a word no place holds ("年度省": ``not_places``), the name itself again
    ("市商务局在市" + 商务局), nor a word ``texts`` use more often alone than before a level ("服务县人民政府"
    where the report writes 服务 a dozen times: a verb, not a place's name)."""
    head = words().head
    level = next((w for group in head.levels for w in group.split() if stem.endswith(w)), "")
    place = stem[: len(stem) - len(level)]
    return not (
        stem.startswith(head.not_places + head.party_marks)  # "中共县" of 中共县委: the mark, no place
        or _holds_verb(stem)
        or whole_place(place)
        or bool(rest and rest in stem)
        or (texts if isinstance(texts, Uses) else Uses(texts)).common(place)
    )


def common_word(place: str, texts: list[str] | tuple[str, ...]) -> bool:
    """Whether ``texts`` write ``place`` (a place's words without its level: "青禾", "服务") more often
    without a level after it than with one: a place's name stands before its level (青禾县, 青禾镇), a
    word of the report elsewhere (服务企业, 优化服务); a name given alone a few times ("法治青禾") is still one."""
    return _common_in(place, [simplified(t) for t in texts])


def _common_in(place: str, views: list[str]) -> bool:
    """``common_word`` in ``views``, the texts as simplified."""
    if len(place) < MIN_WORD:
        return False
    alone = before_level = 0
    levels = tuple(w for group in words().head.levels for w in group.split())
    for view in views:
        at = view.find(place)
        while at >= 0:
            end = at + len(place)
            if view.startswith(levels, end):
                before_level += 1
            else:
                alone += 1
            at = view.find(place, end)
    return alone > before_level


MIN_WORD = 2  # a one-character place's words ("青" of 青县) are not counted as a word


class Uses:
    """``texts`` read for ``common_word`` once a place: each answer kept, the texts simplified once (a body
    that names its unit 4,000 times in one paragraph asked the same question 4,000 times, each reading up to
    ``FULL_SCAN`` paragraphs: quadratic)."""

    def __init__(self, texts: list[str] | tuple[str, ...]) -> None:
        self.views = [simplified(t) for t in texts]
        self.known: dict[str, bool] = {}

    def common(self, place: str) -> bool:
        """``common_word(place, texts)``."""
        if place not in self.known:
            self.known[place] = _common_in(place, self.views)
        return self.known[place]


def subject_after(after: str, rest: str) -> bool:
    """Whether a place is followed, or its unit's full name (``rest`` after it) is, by a subject's cue
    (``subject_cues`` of units.toml: 坚持, 在, 按照…) or its own Party body (党组, 党委)."""
    after = after.removeprefix(rest) if rest else after
    return after.startswith(subject(search_dirs()).cues + words().head.own_bodies)


_STOPS = "。；;！？!?\n"


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern[str]:
    """Clauses of purpose, grounds or setting before a sentence's subject ("为深入推进法治建设，青禾县司法局…",
    "在全县考核中，青禾县司法局荣获…"): opening with typos.toml's cover_openers (根据, 按照, 为…) or 在."""
    leads = alternation((*load("typos.toml", _openers), "在"))
    return compile(rf"^(?:(?:{leads})[^，,。；;]{{1,60}}[，,]\s*)+")


def _openers(data: dict[str, Any], _: Path) -> tuple[str, ...]:
    return word_list(data.get("cover_openers", []))


def an_object(view: str, start: int, end: int, rest: str = "") -> bool:
    """Whether a name at ``view[start:end]`` is a verb's object, not the unit: no subject's cue or own Party
    body follows it (``rest``: the rest of its unit's name), and its sentence already has the unit's self-name
    for subject ("2023年，我县坚持依法行政，落细县人民政府中心工作"; ``self_names`` of words.toml [head]) or
    a clause before it that is no lead ("2023年，坚持依法行政，覆盖镇人民政府…"; a year, 在…领导下,
    为…/根据… are leads: "为深入推进法治建设，青禾县司法局笃学践行…" names its unit). Not after 现将/作为."""
    lo = max(0, start - REACH)
    stop = max(view.rfind(c, lo, start) for c in _STOPS)
    before = view[max(stop + 1, lo) : start]
    if before.endswith(words().head.self_leads):  # "现将青禾县司法局…": the unit that reports
        return False
    after = view[end : end + len(rest) + REACH]  # enough for ``subject_after``'s words
    if stop < 0 and lo > 0:  # more than REACH characters into its sentence: after words that are no lead
        return not subject_after(after, rest)
    lead = _purpose().sub("", opening_rest(before)).strip("，,、 ")  # what stands before it but its leads
    if not any(n in before for n in words().head.self_names) and not lead:
        return False
    return not subject_after(after, rest)


REACH = 400  # characters looked at around a name for its sentence's start and the words after it (linear work)


def place_of(name: str) -> str:
    """A full name's first place words, before its first level ("青禾" of 青禾县司法局, 青禾镇人民政府)."""
    cut = re.search(f"[{_level()}]|街道", name[1:])
    return name[: cut.start() + 1] if cut else ""


def _the_one(found: list[str]) -> str | None:
    """The name ``found`` holds (one, or one more often than any other), or None."""
    if not found:
        return None
    counts = Counter(found).most_common(2)
    if len(counts) == 1 or counts[0][1] > counts[1][1]:
        return counts[0][0]
    return None


def place_in_body(rest: str, level: str, texts: list[str]) -> str | None:
    """The place of a unit named without it (``level`` + ``rest``: "县" + "司法局"; ``level`` empty for
    "司法局"): the stem the body writes before it in full ("青禾县司法局"), as written; or None."""
    levels = f"[{_level()}]" if not level else re.escape(level)
    rx = compile(rf"(?:^|[^{CJK}]|[在经由将对年])((?:(?![的了把被])[{CJK}]){{1,10}}?{levels}){re.escape(rest)}")
    found: list[str] = []
    uses = Uses(texts[:FULL_SCAN])
    for t in texts[:FULL_SCAN]:
        view, at = reading(t)
        for m in rx.finditer(view):
            stem = m.group(1)
            plain = stem[: -len(level)] if level else stem[:-1]
            named = len(plain) >= 2 and plain[-1] not in _level()
            object_ = an_object(view, m.start(1), m.end())  # not "…考核中，青禾县司法局荣获…": a lead, its subject
            if named and place_words(stem, rest, uses) and not object_:
                found.append(without_pinyin(t[at[m.start(1)] : at[m.end(1)]]))
    return _the_one(found)


def a_subject(name: str) -> bool:
    """Whether a name at a clause's start is the clause's subject, not a unit glued to a verb before it
    ("积极配合青禾县司法局"), nor the whole county ("全县…局")."""
    place = re.search(f"[{_level()}]", name[1:])
    stem = name[: place.end() + 1] if place else name[:1] if name[:1] in _level() else name  # "县人民政府": 县
    return not name.startswith(words().head.not_places) and not _holds_verb(stem)


def bare_name(name: str) -> str:
    """A government's or department's name without the 中共 a 党组 glued to it ("中共青禾县教育局党组",
    "中共青禾县人民政府": ``party_marks``, ``marked_ends``); a department's 党组 is its own ("青禾县司法局党组"
    → 青禾县司法局: ``own_party_bodies``)."""
    head = words().head
    view = simplified(name)
    mark = next((m for m in head.party_marks if view.startswith(m)), None)
    if mark is not None and view.endswith(head.marked_ends):
        name, view = name[len(mark) :], view[len(mark) :]
    for pair in head.own_party_bodies:
        end, _, body = pair.partition("=")
        if view.endswith(end + body) and re.search(f"[{_level()}]", view[: -len(end + body)]):
            return name[: -len(body)]
    return name


@lru_cache(maxsize=1)
def _place_party() -> re.Pattern[str]:
    """A place's Party committee ("中共青禾镇委员会", "青禾街道党工委"): its place in group 1."""
    head = words().head
    mark = alternation(head.party_marks)
    return compile(rf"^{mark}?([{CJK}]{{2,20}}?{alternation(head.party_places)}){alternation(head.place_parties)}$")


@lru_cache(maxsize=1)
def _bureau_party() -> re.Pattern[str]:
    """A department's Party body ("青禾县公安局党委"): the department in group 1."""
    head = words().head
    mark, ends = alternation(head.party_marks), alternation(head.bureau_ends)
    return compile(rf"^{mark}?([{CJK}]{{2,24}}?[{_level()}][{CJK}]{{1,16}}?{ends}){alternation(head.bureau_parties)}$")


def government_of(name: str) -> str:
    """The unit whose Party body ``name`` is, when a body names the Party body as its subject: a place's
    government ("青禾街道党工委" → 青禾街道办事处, "中共青禾镇委员会" → 青禾镇人民政府, "青禾县委" →
    青禾县人民政府), a bureau ("青禾县公安局党委" → 青禾县公安局); else ``name`` as it is."""
    view = simplified(name)
    if (m := _bureau_party().match(view)) is not None:
        return name[m.start(1) : m.end(1)]
    head = words().head
    if (m := _place_party().match(view)) is not None and not m.group(1).startswith(head.not_places + head.party_marks):
        place = name[m.start(1) : m.end(1)]
        return place + _government(place)
    return name


def _government(place: str) -> str:
    """A place's government's name after it (``place_governments``: 街道 → 办事处, the rest 人民政府)."""
    by_level = [p.partition("=") for p in words().head.place_governments]
    level = max((p for p in by_level if p[1] and place.endswith(p[0])), key=lambda p: len(p[0]), default=None)
    return level[2] if level is not None else next((p[0] for p in by_level if not p[1]), "")


def unglued(name: str) -> str:
    """A unit's name without a word glued before it ("在青禾县人民政府", "现将青禾县司法局": ``glued`` of
    words.toml [head]), where what is left still names a place's unit."""
    for w in sorted(words().head.glued, key=len, reverse=True):
        rest = name[len(w) :]
        if name.startswith(w) and len(rest) >= 4 and re.search(f"[{_level()}]", rest[1:]):
            return rest
    return name


__all__ = [
    "Uses",
    "a_subject",
    "an_object",
    "bare_name",
    "common_word",
    "government_of",
    "place_in_body",
    "place_of",
    "place_words",
    "self_end",
    "self_named",
    "subject_after",
    "unglued",
    "whole_place",
]
