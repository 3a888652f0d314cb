"""A unit named without its place ("县人民政府", "区司法局", "司法局"): whether a name is one, and its
place where the report gives it (the page's publisher, the signature, the opening, a document of its own)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ...hanzi import reading, simplified, without_pinyin
from ...lazyre import Lazy, compile
from ...text import CJK
from ...vocab import alternation, words
from .selfname import Uses, a_subject, an_object, place_in_body, place_words, subject_after

# a clause's verb or preposition before a unit or a place ("依托县委……" names no 依托县)
CLAUSE_VERBS = (
    "现将|特将|现就|召开|组织|成立|印发|制定|出台|推动|推进|建立|健全|完善|加强|落实|坚持|深入|全面|持续|按照|根据|在|经|由|向|对"
    "|依托|借助|通过|利用|结合|围绕|对照|聚焦|立足|紧扣|针对|依据|依照|遵照"
)

_LEVELS = "省市州盟县区旗乡镇"
# A government or an office named by its level alone ("县人民政府", "区政府办公室", "镇党委", "街道办事处"),
# or a department of one ("县司法局", "市场监督管理局"): no place named ("市中区人民政府" names one)
_GENERIC = Lazy(
    rf"^(?:中共)?(?:[{_LEVELS}]|街道)(?:人民政府办公室|人民政府|政府办公室|政府办|政府|党委|党工委|委员会|委|办事处)$"
    rf"|^(?:中共)?[{_LEVELS}](?:(?![{_LEVELS}])[{CJK}]){{1,12}}(?:局|委员会|办公室|中心|厅|委|办)$"
)
_OWN_DOC = r"《([{cjk}]{{1,10}}?{level})(?![{cjk}]{{0,2}}》)"


_LEVELLESS = Lazy(rf"^(?!街道)(?:(?![{_LEVELS}])[{CJK}]){{2,14}}(?:局|委员会|办公室|中心|委|办)$")  # 街道 is a level


def is_generic(name: str) -> bool:
    """Whether a unit's name (or one of joint issuers') names no place: "县人民政府", "区司法局",
    "县市场监督管理局" (the 市 of 市场 is a word's, not a place's: ``level_words`` of words.toml)."""
    return any(_GENERIC.match(_masked(simplified(without_pinyin(u)))) is not None for u in name.split())


def levelless(name: str) -> bool:
    """A department named without any level ("司法局"; not a central unit's: ``national``): kept as
    written unless the body writes it in full."""
    bare = _masked(simplified(without_pinyin(name))).removeprefix("中共")
    return _LEVELLESS.match(bare) is not None and not bare.startswith(words().head.national)


def _masked(view: str) -> str:
    """``view`` with the words that hold a level's character (市场, 城乡, 乡村) blanked, so that only a
    place's level character reads as one ("市场监督管理局" names no level)."""
    return _level_word().sub(lambda m: "丨" * len(m.group(0)), view)


@lru_cache(maxsize=1)
def _level_word() -> re.Pattern[str]:
    """A word of ``level_words`` that is no government's name's start (the 市政 of 市政府 is 市 + 政府)."""
    return compile(f"{alternation(words().level_words)}(?!府)" if words().level_words else "(?!)")


def qualified(name: str, heads: list[tuple[str, str]], texts: list[str]) -> tuple[str, str] | None:
    """A generic unit's full name and where its place was read: the page's publisher, the signature
    or the opening ("青山县司法局", "青山县在…"; ``heads``: (text, source)), a document of its own cited
    in the body ("《青山县…办法》"); or None."""
    view = simplified(name).removeprefix("中共")
    party = "中共" if simplified(name).startswith("中共") else ""
    level = "街道" if view.startswith("街道") else view[0]
    place = compile(
        rf"(?:^|(?<=[^{CJK}])|(?<=[在经由于将对年]))(?!{CLAUSE_VERBS}|[我全本该各年月日的和与及以为从])"
        rf"((?:[{CJK}]{{1,6}}?[省市州盟])?[{CJK}]{{1,6}}?{level})"
    )
    own = compile(_OWN_DOC.format(cjk=CJK, level=level))
    found = [(m, source) for t, source in heads for m in place.finditer(reading(t)[0][:80])]
    found += [(m, "body") for t in texts for m in own.finditer(reading(t)[0])]
    rest = view[len(level) :]
    uses = Uses(texts)  # each place's words asked once, not once for each name found
    for m, source in found:
        stem = m.group(1)
        # a place that is the subject ("青禾县坚持…", "青禾县人民政府在…") is a name, though 法治青禾 is written
        # more often; elsewhere its words must not be a word of the report ("服务县人民政府中心工作")
        words_of: Uses | tuple[str, ...] = () if subject_after(m.string[m.end() :], rest) else uses
        in_doc = m.re is own  # "《青禾县…规定》": a document's name, no clause's subject or object
        if not in_doc and an_object(m.string, m.start(1), m.end(), rest):  # "我县坚持…，落细县人民政府中心工作"
            continue
        if len(stem) > len(level) and place_words(stem, rest, words_of):
            return party + stem + rest, source
    if (stem := place_in_body(view[len(level) :], level, texts)) is not None:  # "…，青禾县司法局荣获…"
        return party + stem + view[len(level) :], "body"
    if level in _ALONE_LEVELS and (stem := one_place(level, texts)) is not None:  # "为青禾县经济社会发展…"
        return party + stem + view[len(level) :], "body"
    return None


# Levels whose place a body names alone often enough to tell; 市 区 镇 乡 end common words too (农贸市场,
# 工业园区, 特色小镇): not read so
_ALONE_LEVELS = ("县", "旗")
_NEVER_IN_PLACE = "的了和与及在为对向于由被把我全本该各所每其两多个省市州盟县区旗乡镇"  # 由镇党委: a level alone
MIN_ALONE = 2  # times the one place must be named


def one_place(level: str, texts: list[str]) -> str | None:
    """The one place of ``level`` the body names alone, at least ``MIN_ALONE`` times, after a clause's
    start or a preposition ("为青禾县经济社会发展提供保障", "在青禾县各乡镇"), when it names no other place
    of that level (a visit to 邻水县 makes two: none); as written, or None."""
    rx = compile(
        rf"(?:^|(?<=[^{CJK}])|(?<=[在为对向于]))((?:(?![{_NEVER_IN_PLACE}])[{CJK}]){{2,4}}?{re.escape(level)})"
    )
    found: Counter[str] = Counter()
    for t in texts:
        view, at = reading(t)
        for m in rx.finditer(view):
            if a_subject(m.group(1)):  # not "根据镇党政班子调整": a verb's, the level alone
                found[without_pinyin(t[at[m.start(1)] : at[m.end(1)]])] += 1
    if len(found) != 1:
        return None
    ((stem, count),) = found.items()
    return stem if count >= MIN_ALONE else None


def own_place(end: str, texts: list[str]) -> str | None:
    """The town of a report that calls itself by its level (本镇, 全乡上下: ``end`` 镇 or 乡, ``self_end``) and
    names one town only, alone, at least ``MIN_ALONE`` times (``one_place``): a town's report names its own."""
    return one_place(end, texts) if end in _SELF_LEVELS else None


_SELF_LEVELS = ("镇", "乡")


# A Party committee or a government's general office named by its level alone ("街道党工委", "市政府办公室",
# "县政府办"): every place has one, no unit is named (its type is still read from it: ``generic_unit``)
NO_NAME = Lazy(
    r"^(?:中共)?(?:[省市州盟县区旗乡镇]|街道)(?:党委|党工委|工委|委员会|委"
    r"|人民政府办公室|政府办公室|人民政府办|政府办|办公室)$"
)


@lru_cache(maxsize=16)
def _short_own_rx(end: str) -> re.Pattern[str]:
    """A unit named by its level and kind ("区司法局") at a clause's start, its own Party body after it."""
    levels = "".join(w for group in words().head.levels for w in group.split() if len(w) == 1)
    bodies = alternation(words().head.own_bodies) if words().head.own_bodies else "(?!)"
    return compile(rf"(?:^|[。；;！!])\s*([{levels}][{CJK}]{{1,10}}?{re.escape(end)})(?={bodies})")


def short_own(paras: list[str], end: str) -> str | None:
    """The short form of a unit that calls itself 我局 where its opening names it with its own 党委 or 党组
    after it ("区司法局党委书记、局长率先垂范"): settle_unit gives it its place where the report writes one."""
    for text in paras:
        view, at = reading(text)
        for m in _short_own_rx(end).finditer(view):
            name = m.group(1)
            if _a_short_name(name) and not _a_visit(view, m.end(1)):
                return without_pinyin(text[at[m.start(1)] : at[m.end(1)]])
    return None


def _a_short_name(name: str) -> bool:
    """A unit's short name ("区司法局"), not a group of units ("市直各局", "县直部门局": the whole place's words
    and ``group_marks`` of words.toml [head] inside it)."""
    head = words().head
    inside = name[1:]
    if any(w in inside for w in head.group_marks) or any(len(w) == 1 and w in inside for w in head.not_places):
        return False
    return is_generic(name) and not NO_NAME.match(name) and a_subject(name)


def _a_visit(view: str, at: int) -> bool:
    """Whether the sentence from ``at`` tells of another unit coming to the report's (review6 #14: "市交通运输局
    党委书记、局长到我局调研"): it names the report's own unit by its self-name, or a visit (``visits``)."""
    end = view.find("。", at)
    sentence = view[at : len(view) if end < 0 else end]
    head = words().head
    return any(w in sentence for w in head.self_names + head.visits)


_ASIDE = Lazy(r"[（(]\s*以下简称[^（）()。，,]{1,24}[）)]")


def without_aside(view: str, where: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """``view`` without the short name it brings in after a name ("滨海湾新区（以下简称“新区”）始终坚持…"), so
    the name stands before its verb again; ``where`` (each character's place in the text) kept in step."""
    m = _ASIDE.search(view)
    if m is None:
        return view, where
    return view[: m.start()] + view[m.end() :], where[: m.start()] + where[m.end() :]


__all__ = [
    "CLAUSE_VERBS",
    "NO_NAME",
    "is_generic",
    "levelless",
    "one_place",
    "own_place",
    "qualified",
    "short_own",
    "without_aside",
]
