"""Step 3 of the head: the issuing unit, from the title first.

A title names its unit before 关于 ("××县司法局关于2024年度…"), before the year when it has no
关于 ("××市司法局2022年度推进法治政府建设情况报告"), or after the year when it opens with it
("2020年××区法治政府建设情况报告"). A place named alone is its government (××镇 → ××镇人民政府,
××街道 → ××街道办事处). Joint issuers stay apart by one space ("中共××县委 ××县人民政府").
Where the title names none: the signature (``tail``), then the body ("我局……印发《××局关于……》",
"2024年，××县人民政府坚持…"), then the page's publisher (``page.PageFacts``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...checklist_model import search_dirs
from ...dates import western_years
from ...hanzi import reading, simplified, without_pinyin
from ...lazyre import Lazy, compile
from ...organs import UNIT_SUFFIX, units_of
from ...text import CJK
from ...unittype import after_cover, decide, opening_rest, rules, subject
from ...vocab import alternation, words
from .generic import CLAUSE_VERBS, is_generic, own_place, qualified, short_own, without_aside
from .ownname import level_own_name, own_name
from .page import after_crumb, news_lead_unit, without_nav
from .selfname import (
    FULL_SCAN,
    SELF_SCAN,
    a_subject,
    an_object,
    bare_name,
    common_word,
    place_of,
    place_words,
    self_end,
    self_named,
    subject_after,
    unglued,
)

_YEAR = Lazy(r"[（(]?20\d{2}\s*[年度]")  # 2023度: the 年 left out
_PLACE_END = Lazy(r"(?:[省市州盟县区旗乡镇]|苏木|街道)$")
_TOPIC = Lazy(r"推进|全面|深化|法治政府|法治建设|依法行政")
_ZONE = Lazy(r"(?:片区|实验区|试验区|新区|开发区|高新区|合作区|示范区|园区|自贸区|保税区)$")  # governed by a 管委会
_AFTER_YEAR = Lazy(
    rf"^(?:关于)?[（(]?(?:20\d{{2}}\s*年度?[）)]?)?([{CJK}]{{2,20}}?)(?=20\d{{2}}|推进|全面|深化|开展|关于|法治政府|法治建设|依法行政|法治)"
)


def unit_from_title(texts: list[str]) -> str | None:
    """The issuing unit the title names (its lines ``texts``), joint issuers kept apart; or None."""
    joined = without_pinyin(" ".join(t.strip() for t in texts))  # a mirror's "湘潭縣(xiàn)…": the name as written
    view = western_years(simplified(joined))  # "…司法局二〇二三年度…": its year cuts the unit's words off too
    about = view.find("关于") > 0  # what stands before 关于 is the unit, whatever its name ends with
    before = joined[: view.index("关于")] if about else _named_without_about(joined, view)
    if before is None:
        return None
    before = without_nav(after_crumb(before))  # a breadcrumb the page ran the title into, a column's name
    units = units_of(before.strip(' 　“”"《》'))
    if units is None:
        return None
    named = [bare_name(unglued(full_name(u))) for u in units.split(" ")]
    if not about and not all(_names_a_unit(u) for u in named):
        return None
    return " ".join(named)


def _named_without_about(joined: str, view: str) -> str | None:
    """The unit's words of a title without 关于 before it: before the year or the topic
    ("××局2022年度…", "××乡法治政府建设…（2024年度）"), or after the year or a leading 关于
    ("2020年××区法治政府…", "关于××县2024年度…")."""
    year = _YEAR.search(view)
    topic = _TOPIC.search(view)
    cut = min(m.start() for m in (year, topic) if m is not None) if (year or topic) else 0
    if view[:cut].strip() and not view.startswith("关于"):
        return joined[:cut]
    flat, flat_view = joined.replace(" ", ""), view.replace(" ", "")
    if (m := _AFTER_YEAR.match(flat_view)) is not None:
        return flat[m.start(1) : m.end(1)]  # the view keeps the text's offsets
    return None


def full_name(unit: str) -> str:
    """A place named alone as its government's name: ××镇 → ××镇人民政府, ××街道 → ××街道办事处,
    ××开发区 → ××开发区管委会."""
    view = simplified(unit)
    if view.endswith("街道"):
        return unit + "办事处"
    if _ZONE.search(view):  # a zone is governed by its 管委会 (a 片区 by its 管理局: left as named)
        return unit if view.endswith("片区") else unit + "管委会"
    if _PLACE_END.search(view) and not view.startswith("中共"):
        return unit + "人民政府"
    return unit


def _names_a_unit(name: str) -> bool:
    view = simplified(name)
    if view.startswith(("全", "我", "本", "该", "各")):  # "2024年全市法治政府建设…": no unit named
        return False
    return 3 <= len(view) <= 40 and bool(UNIT_SUFFIX.search(view) or _PLACE_END.search(view) or _street(view))


def _street(view: str) -> bool:
    """A 街道 named by its short form "××街" (鹤龙街), as units.toml's rules read it."""
    return view.endswith("街") and decide(view, rules(search_dirs())).type is not None


# ------------------------------------------------ the unit named in the body

OPENING_WINDOW = 160  # characters of an opening paragraph a unit as a clause's subject is looked for in


@lru_cache(maxsize=1)
def _unit_in_text() -> re.Pattern[str]:
    """A unit at a clause's start: "…，沈丘县人民政府办公室紧紧围绕", not "召开县委…委员会", "配合青禾县司法局"
    (``not_subject`` of words.toml [head])."""
    verbs = alternation(words().head.not_subject) if words().head.not_subject else CLAUSE_VERBS
    return compile(
        rf"(?:^|(?<=[，,。；;]))(?!{verbs})((?:中共)?(?:(?![了由的把被将在])[{CJK}]){{1,12}}?(?<!全)(?:县|区|市|旗|州|盟|省|乡|镇|街道)"
        rf"(?:人民政府办公室|人民政府|政府办公室|办事处|(?:(?![县区市])[{CJK}]){{1,12}}?(?:局|厅|委员会|办公室)))"
    )


def _a_name(name: str, after: str, paras: list[str]) -> bool:
    """Whether a unit at a clause's start is named, not a verb before a short form ("实施镇人民政府重大决策…"
    where the report writes 实施 elsewhere alone): the subject of its clause, or its place's words no word."""
    return subject_after(after, "") or not common_word(place_of(name), paras[:FULL_SCAN])


# A publication note citing the report's own title: "现将《青禾县文化和旅游局2025年度…报告》予以公布"
_PUBLISHED = Lazy(r"[现特][将把]《([^《》]{6,80}?(?:报告|总结))》(?:予以|全文)?(?:公开|公布|发布)")


def _published_title(text: str) -> str | None:
    """The unit the title a publication note cites names (its full name, where the body writes a short form:
    "市文化旅游局"), or None."""
    m = _PUBLISHED.search(simplified(text))
    return None if m is None else unit_from_title([text[m.start(1) : m.end(1)]])


_OPENING_YEAR = Lazy(r"^20\d{2}\s*年度?[，,]?")
# what an opening may begin with before its subject: its year, or the year told without its number
_OPENING_LEAD = Lazy(r"^(?:20\d{2}\s*年度?(?:以来)?|一年来|今年以来|去年|过去的?一年|本年度|年初以来)?[，,]?")


@lru_cache(maxsize=1)
def _reports() -> re.Pattern[str]:
    """The unit that reports, after the cover sentence's lead (``report_leads`` of words.toml [head]):
    "现将县人民政府2022年法治政府建设工作情况报告如下", "现将青禾县自然资源局2023年度…", or a place named
    alone before the year ("现把石桥镇2020年依法治镇情况报告如下"; not 我镇, 全县, 本街道)."""
    leads = alternation(words().head.report_leads) if words().head.report_leads else "(?!)"
    return compile(
        rf"{leads}((?:中共)?[{CJK}]{{0,12}}?(?<!全)(?:省|州|盟|县|区|市|旗|乡|镇)"
        rf"(?:人民政府办公室|人民政府|办事处|(?:(?![县区市])[{CJK}]){{1,12}}?(?:局|厅|委员会|办公室))"
        rf"|[{CJK}]{{1,12}}?(?<![全我本该各省市州盟县区旗乡镇])(?:省|州|盟|县|区|市|旗|乡|镇|街道)(?=\s*20\d{{2}}\s*年))"
    )


@lru_cache(maxsize=4)
def _place(cues: tuple[str, ...], not_starts: tuple[str, ...]) -> re.Pattern[str]:
    """A place named as a clause's subject, a cue of ``units.toml`` after it ("，春江街道按照…")."""
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    never = f"(?!{'|'.join(re.escape(c) for c in not_starts)})" if not_starts else ""
    # 全县/全镇 is the whole place, no name: "服务全县大局", "持续推动全镇法治建设" name no unit
    return compile(rf"(?:^|[，,。])(?:我|){never}([{CJK}]{{1,6}}?(?<!全)(?:[县区市旗乡镇]|街道))(?:{words})")


_LEVEL = "省|自治区|自治州|市|州|县|区|旗|盟|地区|乡|镇|街道|苏木"
# The Party committee and the government of one place as the opening's subject ("洛阳市委市政府",
# "青川回族自治区党委、政府", "恩施州委、州政府", "柳河镇党委、政府", "柳河街道党工委、办事处"): the place's
# government reports; "锡林郭勒盟委、行署" its 行政公署.
_PAIR = rf"(?:党委|党工委|委)[、和及]?(?:{_LEVEL})?(?:人民政府|政府|办事处|(?P<office>行署))$"
# "中共青禾县委、青禾县人民政府": the place's name again before its government, 中共 before its committee
_JOINT = Lazy(
    rf"^(?:中共)?(?P<place>[{CJK}]{{1,20}}?(?:{_LEVEL}))(?:党委|党工委|委)[、和及]?(?:(?P=place)|{_LEVEL})?"
    r"(?:人民政府|政府|办事处|(?P<office>行署))$"
)
_ANY_PAIR = Lazy(_PAIR)
# What a unit named as the opening's subject ends with: a government, a department, a town, a place
_SUBJECT_END = Lazy(
    r"(?:人民政府|政府|办事处|管委会|管理委员会|行政公署|部|厅|局|委员会|委|办公室|办公厅|办|署|乡|镇|苏木|街道|街"
    r"|[省市州盟县区旗])$"
)


@lru_cache(maxsize=4)
def _subject_at(cues: tuple[str, ...]) -> re.Pattern[str]:
    """The shortest name before one of ``cues`` at the start of the opening's first sentence (a hyphen may join two
    places' names: 广西-东盟经济技术开发区)."""
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    return compile(rf"^((?:[{CJK}]|、|(?<=[{CJK}])[-－](?=[{CJK}])){{2,24}}?)(?:{words})")


def subject_unit(paras: list[str]) -> str | None:
    """The unit the opening's first sentence has as its subject ("2023年，司法部坚持…", "四川省司法厅
    认真…", "洛阳市委市政府坚持…" → 洛阳市人民政府), or None: a place's level alone ("省委、省政府",
    "市委市政府") and what is never a unit ("全省", "各地") name none."""
    words = subject(search_dirs())
    at = _subject_at(words.cues)
    for text in paras[:2]:
        view, where = without_aside(*reading(text))  # "…新区（以下简称“新区”）始终坚持": the name before its verb
        start = after_cover(view)  # "…，现将有关情况报告如下。2024年，柳岸街道在…": the sentence after it
        view, where = view[start:], where[start:]
        if (first := _subject_before_preamble(text, view, where, at, words.not_starts)) is not None:
            return first
        rest = opening_rest(western_years(view))
        m = at.match(rest)
        if m is None:
            continue
        name = m.group(1)
        if name.startswith(words.not_starts):
            return None
        offset = len(view) - len(rest)
        written = without_pinyin(text[where[offset] : where[offset + len(name) - 1] + 1])  # not past an aside
        return _subject_name(written)
    return None


def _subject_before_preamble(
    text: str, view: str, where: tuple[int, ...], at: re.Pattern[str], not_starts: tuple[str, ...]
) -> str | None:
    """A unit named before the opening's "在…领导下" ("2022年，柳河镇党委、政府在区委区政府的领导下，…",
    "一年来，县交通运输局在县委…领导下"),
    which ``opening_rest`` passes over with the preamble; None where the opening does not start so."""
    rest = _OPENING_LEAD.sub("", western_years(view))
    m = at.match(rest)
    if m is None or not rest[m.end(1) :].startswith("在") or m.group(1).startswith(not_starts):
        return None
    offset = len(view) - len(rest)
    return _subject_name(without_pinyin(text[where[offset] : where[offset + len(m.group(1)) - 1] + 1]))


def _subject_name(written: str) -> str | None:
    """The unit a subject names, as its full name, or None."""
    view = simplified(written)
    if (j := _JOINT.match(view)) is not None:
        place = written[j.start("place") : j.end("place")]
        stem = view[j.start("place") : j.end("place")]
        if re.fullmatch(rf"(?:{_LEVEL})|[{CJK}]{{0,2}}自治(?:区|州)", stem) or stem.endswith("自治"):
            return None  # "自治区党委、政府": no place named
        if len(stem) >= 3 and stem[-1] == stem[-2]:
            place = place[:-1]  # "沛县县委、县政府": 沛县 and its 县委
        return place + "行政公署" if j.group("office") else full_name(place)
    if re.fullmatch(rf"(?:{_LEVEL})(?:人民政府|政府)", view):  # "省政府坚持…": no place named (its type: ``subject``)
        return None
    if "、" in view or _ANY_PAIR.search(view):  # "市委市政府": the level alone names no place
        return None
    if view.endswith("党组") and len(view) > 4:  # "司法部党组深入学习……": the ministry's leading group, its report
        return _subject_name(written[:-2].removeprefix("中共"))
    if not _SUBJECT_END.search(view) or not _names_a_unit(written) or not a_subject(view):
        return None
    if decide(view, rules(search_dirs())).type is None:
        return None
    return full_name(written)


def unit_from_body(paras: list[str], opening: int = 3) -> str | None:
    """The unit a report without a title's or signature's names in its body, or None. ``opening``: how
    many of ``paras`` stand before the first heading; a unit as a clause's subject further on is the
    report's only with its own 党组 after it ("青禾县司法局党组高度重视…", not "青禾县司法局牵头…")."""
    opening = max(opening, 1)
    if paras and (cited := _published_title(paras[0])) is not None:  # "现将《××局2025年度…报告》予以公布"
        return cited
    if (named := subject_unit(paras[: min(2, opening)])) is not None:
        return named
    if paras and (named := news_lead_unit(paras[0])) is not None:  # "据应急管理部官方微信公众号消息，…"
        return named
    for k, text in enumerate(paras[:3]):
        view, at = reading(text)  # a mirror's "自治區(qū)人民政府" is read as 自治区人民政府
        cut = len(view) - len(_OPENING_YEAR.sub("", view))
        for u in _unit_in_text().finditer(view[cut : cut + OPENING_WINDOW]):
            ours = k < opening or view.startswith(words().head.own_bodies, cut + u.end(1))
            if an_object(view, cut + u.start(1), cut + u.end(1)):  # "我局坚持…，汇报市商务局…": another's
                continue
            if ours and a_subject(u.group(1)) and _a_name(u.group(1), view[cut + u.end(1) :], paras):
                return bare_name(without_pinyin(text[at[cut + u.start(1)] : at[cut + u.end(1)]]))
        if (r := _reports().search(view[: cut + 300])) is not None and a_subject(r.group(1)):
            return full_name(bare_name(without_pinyin(text[at[r.start(1)] : at[r.end(1)]])))
    # a document the unit issued names it before a name at a clause's start does ("建成镇“一站式”矛调中心"
    # is a verb's object): "我局……印发《××局关于……》", "我镇……制定《柳河镇…制度》"
    if (own := own_name(paras[:SELF_SCAN], paras)) is not None:
        return full_name(own)
    end = self_end(paras)  # "我局"…"现将青禾县自然资源局…", "我镇"…"青禾镇位于…"
    if end is not None and (named := self_named(paras, end)) is not None:
        return bare_name(full_name(named))
    if end is not None and (short := short_own(paras[:SELF_SCAN], end)) is not None:  # "区司法局党委书记、局长率先垂范"
        return short
    if end is not None and (town := own_place(end, paras[:FULL_SCAN])) is not None:  # "本镇" and 青禾镇 alone, twice
        return full_name(town)
    if end is None and (own := level_own_name(paras)) is not None:  # "县委和县政府坚持…印发《青崖县…》"
        return full_name(own)
    subj = subject(search_dirs())
    place = _place(subj.cues, subj.not_starts)
    for text in paras[:3] + paras[-3:]:
        view, at = reading(text)
        cut = len(view) - len(_OPENING_YEAR.sub("", view))
        m = place.search(view[cut : cut + 60])
        if m and place_words(m.group(1), "", paras[:FULL_SCAN]):  # not "共同推进辛集乡" (推进: a verb)
            return full_name(without_pinyin(text[at[cut + m.start(1)] : at[cut + m.end(1)]]))
    return None


__all__ = ["full_name", "is_generic", "qualified", "unit_from_body", "unit_from_title", "units_of"]
