"""Regular expressions built from the word lists (``vocab.words()``): figures, leaders, measure words,
promises, turns — each built once, longest word first, each word escaped. Split from ``vocab`` (which
loads the lists) so each module has one job."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lazyre import compile
from .vocab import alternation, words


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words every report uses (``common_words`` and ``lead_verbs``): they tell no promise from another."""
    w = words()
    return frozenset((*w.common_words, *w.lead_verbs))


@lru_cache(maxsize=1)
def lead_verbs() -> tuple[str, ...]:
    """The verbs a promise leads with (longest first, so 进一步 is cut before 进)."""
    return tuple(sorted(dict.fromkeys(words().lead_verbs), key=len, reverse=True))


@lru_cache(maxsize=1)
def leader_rx() -> str:
    """Any of the leaders' titles, not right after a deputy's mark (副书记, 常务副县长) nor right before
    another post's or a rank's word (县长助理, 一级主任科员, 书记员: ``leader_not_before``), a title not
    right after a section's or a grassroots body's name (局办公室主任, 村党支部书记: ``title_not_after``)."""
    w = words()
    before = "".join(f"(?<!{re.escape(d)})" for d in w.leader_not_after)
    limited = dict(w.title_not_after)
    free = tuple(t for t in w.leaders if t not in limited)
    kept = [
        "".join(f"(?<!{re.escape(d)})" for d in limited[t]) + re.escape(t)
        for t in sorted(limited, key=lambda t: (-len(t), t))
        if t in w.leaders
    ]
    after = f"(?!{alternation(w.leader_not_before)})" if w.leader_not_before else ""
    return before + "(?:" + "|".join([alternation(free), *kept]) + ")" + after


@lru_cache(maxsize=1)
def non_head_rx() -> str:
    """Persons never the unit's own head: ``non_heads`` (班子成员, 所长, 群众), a leader's title right after a
    deputy's mark (副县长, 纪委书记: ``leader_not_after``) or right before another post's word (县长助理, 主任科员:
    ``leader_not_before``), or after a section's or a grassroots body's name (村党支部书记, 股室主任:
    ``title_not_after``)."""
    w = words()
    titles = alternation(w.leaders)
    parts = [alternation(w.non_heads)] if w.non_heads else []
    if w.leader_not_after:
        parts.append(f"{alternation(w.leader_not_after)}{titles}")
    if w.leader_not_before:
        parts.append(f"{titles}{alternation(w.leader_not_before)}")
    parts += [f"{alternation(before)}{re.escape(t)}" for t, before in w.title_not_after if before]
    return "|".join(parts) if parts else "(?!)"


@lru_cache(maxsize=1)
def head_rx() -> str:
    """``{head}``: a leader's title (``leader_rx``) or one that names a unit's own head only in that unit's report
    (``unit_heads``: a 司法所's 所长, a 政府办公室's 政府办公室主任); whose it is in a report
    ``checks.persons.mentions`` tells (another 所's 所长 in a 局's report is others')."""
    own = tuple(dict.fromkeys(t for _, titles in words().unit_heads for t in titles))
    return f"(?:{leader_rx()}|{alternation(own)})" if own else leader_rx()


def own_titles(unit: str | None) -> tuple[str, ...]:
    """The titles read as never a head's (``non_heads``, ``title_not_after``) that name the report's own head, by
    the end of its unit's name: ``unit_heads`` (a 司法所's 所长, a 大队's 大队长) and an inner body's title whose body
    the name ends with (青禾县人民政府办公室: 政府办公室主任; 政务服务中心: 中心主任; 人民政府 read as 政府)."""
    w = words()
    names = {unit or ""}
    for form in w.head.short_forms:  # each short form alone: 人民政府办公室 → 政府办公室 (and → 人民政府办)
        full, _, short = form.partition("=")
        names |= {n.replace(full, short) for n in names if full and short}
    own = [t for end, titles in w.unit_heads if any(n.endswith(end) for n in names) for t in titles]
    own += [b + t for t, bodies in w.title_not_after for b in bodies if any(n.endswith(b) for n in names)]
    return tuple(dict.fromkeys(own))


@lru_cache(maxsize=1)
def self_rx() -> str:
    """The head's first person as a clause's subject (``{self}``: 我 of "2023年，我坚持……", not 我们, 我县);
    ``checks.weakness.unvoiced`` takes it only where the paragraph speaks as the head (本人)."""
    w = words()
    if not w.head_selves:
        return "(?!)"
    after = f"(?!{alternation(w.head_self_not_before)})" if w.head_self_not_before else ""
    return rf"(?:^|(?<=[，,。；;：:\s]))(?:{alternation(w.head_selves)}){after}"


@lru_cache(maxsize=1)
def voice_rx() -> str:
    """A paragraph that speaks as the head up to here: 本人 (``head_voice``), 我作为县长, 作为县长（第一责任人），我……
    (a leader's title or a ``head_roles`` word after 作为, then the head's 我)."""
    w = words()
    me = self_rx()
    roles = "|".join(x for x in (alternation(w.head_roles) if w.head_roles else "", leader_rx()) if x)
    voiced = [alternation(w.head_voice)] if w.head_voice else []
    return "|".join(
        [*voiced, rf"{me}作为[^，,。；;]{{0,16}}(?:{roles})", rf"作为[^，,。；;]{{0,16}}(?:{roles})[，,]\s*{me}"]
    )


@lru_cache(maxsize=1)
def measure_rx() -> str:
    """Any of the measure words (件 次 人 册 份 …): a number followed by one is a count, never a year."""
    return alternation(words().measure_words)


def expand(source: str, *, voice: bool = True) -> str:
    """A checklist pattern's placeholders as the words they stand for: ``{leader}`` the leaders' titles,
    ``{head}`` those and the titles naming a unit's own head only in its report, ``{measure}`` the measure
    words, ``{voice}`` the head speaking of himself, ``{self}`` his first person. One reading for the checks
    (``cues.pattern``) and the checklist's screen (``checklist_schema``). The screen has always left ``{voice}``
    as written (``voice=False``): expanded, the one cue holding it reaches past the screen's 400 characters."""
    for name, words_of in _PLACEHOLDERS:
        if name in source and (voice or name != "{voice}"):
            source = source.replace(name, words_of())
    return source


def _voice() -> str:
    return f"(?:{voice_rx()})"


_PLACEHOLDERS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("{leader}", leader_rx),
    ("{head}", head_rx),
    ("{measure}", measure_rx),
    ("{voice}", _voice),
    ("{self}", self_rx),
)


# a count reported without its measure word: after a counting verb, a few characters on, a number
# that is no year and no ordinal, right before a clause's end ("举办“业务大讲堂”16，")
_BARE = r"{verbs}[^，,。；;、！？\d《》〔〕]{{0,14}}?(?<![第\d.．（(])(?P<n>(?!(?:19|20)\d\d(?!\d))\d{{1,6}})(?![\d.．])(?=\s*(?:[，,。；;、）)！？]|$))"


@lru_cache(maxsize=1)
def bare_count_rx() -> re.Pattern[str]:
    """A count given without its measure word (its number is group ``n``): after a counting verb
    with punctuation right after it ("举办讲座12，"), or "约数" 余 with no measure word after it
    ("调解160余其矛盾")."""
    w = words()
    after = alternation((*w.measure_words, *w.after_approx))
    approx = rf"(?<![\d第.．])(?P<n>\d++\s*余)(?!\s*{after})(?=\s*[\u4e00-\u9fff，,。；;、])"
    return compile(_BARE.format(verbs=alternation(w.count_verbs)).replace("(?P<n>", "(?P<m>", 1) + "|" + approx)


@lru_cache(maxsize=1)
def figure_rx() -> re.Pattern[str]:
    """A figure the report gives: a number with its measure word or a percent sign (32件, 达100%),
    or a count after what was counted that lacks its measure word (举办讲座16，)."""
    unit = alternation(words().measure_words)
    return compile(
        rf"(?<![\d第])\d++(?:\.\d++)?\s*+(?:[%％]|{unit})|" + _BARE.format(verbs=alternation(words().count_verbs))
    )


@lru_cache(maxsize=1)
def hanzi_figure_rx() -> re.Pattern[str]:
    """A figure written in Chinese numerals with its measure word ("开展培训三次", "制定十二项制度"):
    from 二 up (一次 一批 一个 are words more often than counts), never an ordinal (第三次)."""
    unit = alternation(words().measure_words)
    return compile(
        rf"(?<![第一二三四五六七八九十百千两])[二三四五六七八九十百千两][一二三四五六七八九十百千万两]{{0,4}}(?:{unit})"
    )


def has_hanzi_figure(text: str) -> bool:
    """``text`` gives a figure in Chinese numerals, outside the set phrases (三项制度) of ``words.toml``."""
    for phrase in words().set_numbers:
        text = text.replace(phrase, "，")
    return hanzi_figure_rx().search(text) is not None


@lru_cache(maxsize=1)
def plan_task_rx() -> re.Pattern[str]:
    """A task one can check in a plan: a producing verb with an object of its own ("出台平台应用配套制度",
    not "制定完善相关制度"), a body or tool named (讲师团, 台账), or a quoted name that is no stock phrase and no goal reached
    ("推出“士兵退役一件事”集成套餐", not "真正实现“一趟不用跑”")."""
    w = words()
    vague = r"(?:和|并|、)?(?:完善|健全|落实|相关|各项|有关|一批|一系列)"
    verbs = rf"{alternation(w.plan_task_verbs)}(?!{vague})[^，,。；;]{{4}}"
    quoted = rf"(?<!实现)(?<!做到)(?<!达到)(?<!确保)[“\"](?!{alternation(w.stock_names)}[”\"])[^”\"\n]{{4,30}}[”\"]"
    return compile(f"{verbs}|{quoted}|《|{alternation(w.plan_things)}")


@lru_cache(maxsize=1)
def causes_rx() -> re.Pattern[str]:
    w = words()
    pairs = [
        f"{re.escape(a)}[^{'。，,；;' if clause else '。'}]{{0,{gap}}}?{re.escape(b)}"
        for a, b, gap, clause in w.cause_pairs
    ]
    return compile("|".join([alternation(w.causes), *pairs]))


@lru_cache(maxsize=1)
def duty_acts_rx() -> re.Pattern[str]:
    return compile(alternation(words().duty_acts))


@lru_cache(maxsize=1)
def own_duties_rx() -> re.Pattern[str]:
    """A duty each head does for himself (``words.toml`` own_duties: 述法): others' is no evidence of the own head's."""
    ws = words().own_duties
    return compile(alternation(ws) if ws else "(?!)")


@lru_cache(maxsize=1)
def turn_rx() -> re.Pattern[str]:
    """A sentence that turns to the shortcomings or to next year (``readers.runon``)."""
    w = words()
    lead, verbs, problems = alternation(w.turn_lead), alternation(w.turn_verbs), alternation(w.turn_problems)
    return compile(
        rf"(?:[^。！？]{{0,60}}?{lead}[^。！？]{{0,40}}?{verbs}[^。！？]{{0,30}}?{problems})"
        r"|(?:20\d{2}\s*年(?:度)?(?:是|[，,]|[^。！？]{0,30}?(?:将|要)))"
        rf"|{alternation(w.turn_next)}"
    )


@lru_cache(maxsize=1)
def name_end_rx() -> re.Pattern[str]:
    """Words after 法制 that make it part of a name (a body, a course): up to 8 characters on, no punctuation,
    no 的 (以局长及组长的依法行政领导小组: the words before 的 qualify the name, they are not in it)."""
    return compile(rf"[^，。；：、,;:！？）)”》\s的]{{0,8}}?{alternation(words().name_suffixes)}")


@lru_cache(maxsize=1)
def plan_dates_rx() -> re.Pattern[str]:
    return compile(alternation(words().plan_dates))


SUPERIOR_RANKS = (
    2  # the ranks (words.toml [head] levels) whose 委/政府 heads a lower unit reads as superiors: 省, 市 州 盟
)
_GOVERNMENT_ENDS = ("人民政府", "政府", "委员会", "党工委", "党委", "委")  # a level's government or Party committee


def superior_levels(unit: str | None = None) -> str:
    """The levels whose Party committee's and government's heads (``{superior}`` in the checklist's slogans:
    "市委、市政府主要负责同志") are a superior's, not the report's own: at least the top ``SUPERIOR_RANKS`` ranks;
    for a government's or a Party committee's own report (沈阳市人民政府, 中共洛宁县委, 石桥镇人民政府) the ranks
    above its own — a city's 市长 is its own, a township's 县长 a superior; for a department's or an office's the
    ranks down to its place's own (青山县司法局: 县长 and 县委书记 are its superiors, 局长 its head). An
    alternation ("省|市|州|盟")."""
    ranks = [group.split() for group in words().head.levels]
    top = SUPERIOR_RANKS
    name = unit or ""
    stem = next((name.removesuffix(end) for end in _GOVERNMENT_ENDS if name.endswith(end)), name)
    own = next((i for i, rank in enumerate(ranks) if stem != name and stem.endswith(tuple(rank))), None)
    if own is not None:
        top = own
    elif name:
        top = max(top, _place_rank(name, ranks) + 1)
    got = [w for rank in ranks[:top] for w in rank]
    return "|".join(map(re.escape, got)) if got else "(?!)"


@lru_cache(maxsize=64)
def own_organs_rx(unit: str) -> re.Pattern[str]:
    """The own leading organs of a government's or a Party committee's own report (青山县人民政府: 县委, 县政府;
    石门镇人民政府: 镇党委, 镇政府; ``words.toml`` own_organs after the unit's own level): the unit's leadership
    collectively, whose duty acts are its head's; none for a department's (its 县委 and 县政府 are superiors)."""
    name = unit.replace(" ", "")
    stem = next((name.removesuffix(end) for end in _GOVERNMENT_ENDS if name.endswith(end)), name)
    if stem == name:
        return compile("(?!)")
    level = next((w for rank in words().head.levels for w in rank.split() if stem.endswith(w)), None)
    if level is None or not words().own_organs:
        return compile("(?!)")
    return compile(f"{re.escape(level)}(?:{alternation(words().own_organs)}){_organ_end()}")


def _organ_end() -> str:
    """Not a body of its own named after the organ (县政府办, 县委办, 县委组织部: ``words.toml`` organ_not_before)."""
    after = words().organ_not_before
    return f"(?!{alternation(after)})" if after else ""


@lru_cache(maxsize=16)
def organs_rx(levels: str) -> re.Pattern[str]:
    """The leading organs of ``levels`` (an alternation: 省|市|县): a level's 委 or 政府 (``words.toml`` own_organs),
    joined as one subject (县委、县政府; 县委县政府); not one that names a body of its own (县政府办, 县委办)."""
    ends = words().own_organs
    if not ends or not levels:
        return compile("(?!)")
    one = f"(?:{levels})(?:{alternation(ends)}){_organ_end()}"
    return compile(f"{one}(?:[、和及与]?{one})*")


def _place_rank(name: str, ranks: list[list[str]]) -> int:
    """The rank of the last level a unit's name names (青山县司法局: 县; 城市管理局's 市 is none), else -1."""
    after = words().head.not_level_before
    best, at = -1, -1
    for i, rank in enumerate(ranks):
        for w in rank:
            k = name.rfind(w)
            while k >= 0 and name.startswith(after, k + len(w)):
                k = name.rfind(w, 0, k)
            if k > at:
                best, at = i, k
    return best
