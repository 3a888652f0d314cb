"""Whose duty a sentence a duties item's search found reports, for an item of the own head's (``weakness.own_head``:
学法, 部署, 述法): a sentence where the duty is others' — others' heads do it (``weakness.others_duty``), it is another
study (``focus.another_study``: 党的二十大精神), cadres counted in persons or a whole area or system do it (``focus.
counted_learners``, ``persons.wide_learners``) — is no evidence of his; nor one whose duty's words stand in a
document's title (《……学法清单》: ``evidence.in_title``). ``items._hits`` goes past such sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from ..checklists import Item
from ..lazyre import compile
from ..model import Block
from ..text import CN_DIGITS
from ..vocab import alternation, words
from ..wordrx import duty_acts_rx, leader_rx, own_organs_rx
from .corpus import Corpus
from .evidence import Judge, in_title, sentence_at
from .focus import another_study
from .persons import OWN, mentions, names_others, wide_learners, words_rx
from .studyacts import counted_learners
from .subject import carried_from, clause_start
from .titles import Hit, is_title
from .weakness import others_duty, own_head


def titled_duty(item: Item, text: str, start: int) -> bool:
    """Whether ``item`` is the own head's and its words at ``start`` stand in a document's title (编制《……学法清单》)."""
    return own_head(item) and in_title(text, start)


def others_only(judge: Judge, item: Item, text: str, s: int, e: int, start: int, year: int | None) -> bool:
    """Whether the sentence ``text[s:e]``, found at the item's words at ``start``, reports ``item``'s duty done only by
    others (not the own head's): others' heads, another study, cadres counted or a whole area's or system's people."""
    if not own_head(item):
        return False
    sentence = text[s:e]
    if others_duty(judge, item, text, s, e, year) or another_study(sentence) or _moved(judge, text, s, e):
        return True
    return s <= start < e and (counted_learners(sentence, start - s) or wide_learners(judge, text, s, e, start))


def _moved(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` opens with a pivot (``words.toml`` pivots: 推动, 督促, 指导) and names no
    head of the unit's own outside the pivot's clause: whom or what it moves does the acts after it (推动召开全面依法治区
    委员会会议，研究部署……: the committee's meeting deploys; 推动落实主要负责人……年度述法等制度: the heads it moves
    are its object), no duty of the own head's."""
    at = _LEAD.match(text, s)
    pivot = _pivot().match(text, at.end() if at else s)
    if pivot is None:
        return False
    lo = pivot.end()
    return not any(m.role == OWN and clause_start(text, lo, m.start) > lo for m in mentions(judge, text, s, e))


_LEAD = compile(rf"\s*(?:[{CN_DIGITS}]+是|\d+[.．、]|（[{CN_DIGITS}]+）)?\s*(?:20\d\d\s*年(?:以来)?[，,]?)?")


@lru_cache(maxsize=1)
def _pivot() -> re.Pattern[str]:
    return words_rx(words().pivots)


def unowned(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` names no doer at all: no person (``persons.mentions``: heads, the staff,
    others), no body the own head chairs (``words.toml`` head_bodies: 党组, 常务会, 中心组, and the own leaders as a
    group doing an act: ``group_acts``), no own leading organ (a county's 县委、县政府: ``wordrx.own_organs_rx``), in the whole of its
    sentence (a 分号 divides no sentence, GB/T 15834: the subject before a ； acts after it) nor in the sentence it
    carries on (同时，……: ``subject.carried_from``). Among the measures such a sentence is the unit's act ("安排部署了
    全市自查工作"): no duty of the own head's, which a sentence naming him, or the meetings he chairs, reports."""
    lo = max(text.rfind(c, 0, s) for c in _STOPS) + 1
    hi = (
        e
        if text[e - 1 : e] in tuple(_STOPS)
        else min((i for i in (text.find(c, e) for c in _STOPS) if i >= 0), default=len(text))
    )
    spans = [(lo, max(hi, e))]
    if (prev := carried_from(text, s)) is not None:
        spans.append(prev)
    organs = own_organs_rx(judge.unit)
    return not any(
        mentions(judge, text, a, b)
        or _bodies().search(text, a, b)
        or organs.search(text, a, b)
        or group_acts(text, a, b)
        for a, b in spans
    )


def group_acts(text: str, a: int, b: int) -> bool:
    """Whether the own leaders as a group (``words.toml`` own_groups: 领导班子, 领导干部) do an act in ``text[a:b]``: they
    open their clause, after the unit's kind at most (领导干部定期听取……, 局领导班子……; not after a verb: 制定领导干部
    应知应会……清单, 成为领导干部……), or a duty or a study follows them within ``GROUP_REACH`` characters (开展领导
    干部述法工作, 领导干部带头学法, 组织领导干部深入学习……: ``duty_acts``, ``study_words``); in a document's or a system's
    name they are no doer."""
    for m in _groups().finditer(text, a, b):
        lead = text[clause_start(text, a, m.start()) : m.start()].strip()
        if not lead or (len(lead) <= GROUP_LEAD and lead.endswith(words().body_units)):
            return True
        after = text[m.end() : min(b, m.end() + GROUP_REACH)]
        if duty_acts_rx().search(after) or any(w in after for w in words().study_words):
            return True
    return False


GROUP_REACH = 4  # characters from the group to its duty (领导干部带头述法: 带头)
GROUP_LEAD = (
    2  # characters before the group opening its clause (局领导班子: 局; 分级分类制定领导干部……: a verb, no subject)
)


@lru_cache(maxsize=1)
def _groups() -> re.Pattern[str]:
    return words_rx(words().own_groups)


def nobodys(judge: Judge, h: Hit, heads_part: set[int]) -> bool:
    """Whether the hit names no doer (``unowned``) and its paragraph is not one whose subject is the head left out
    (``heads_part``: the duties part's own section, a paragraph a heading naming the head leads): the unit's act
    among the measures, no duty of the own head's."""
    return id(h.block) not in heads_part and unowned(judge, h.block.text, h.start, h.end)


_STOPS = "。！？!?"  # a sentence's end marks (GB/T 15834 4.1-4.3); ； and ， are within it


@lru_cache(maxsize=1)
def _bodies() -> re.Pattern[str]:
    return words_rx(words().head_bodies)


def names_own_head(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` names this unit's own head (局长, 主要负责同志, 本人), or its paragraph's
    run-in title before it does ("（二）严格落实党政主要负责人履行……职责。通过党委会……听取……汇报"): of two that
    report a duty as well, a reviewer takes the one that says the head did it for the head's act."""
    if any(m.role == OWN and m.head for m in mentions(judge, text, s, e)):
        return True
    ts, te = sentence_at(text, 0)
    return (
        0 < te <= s and is_title(text, ts, te) and any(m.role == OWN and m.head for m in mentions(judge, text, ts, te))
    )


def heads_acts(
    judge: Judge, lists: set[tuple[str, int, int, str]], found: dict[str, tuple[Corpus, str, list[Hit]]]
) -> set[tuple[str, int, int, str]]:
    """``lists`` (``topiclists.topic_lists``) less the duties part's sentences that name this unit's own head: "局长……
    带头学法……，召开党组会议听取……汇报" names three duties because he did them all; it reports his acts, it is no list
    of topics (a sentence only restating the duty list is set aside on its own: ``choose.restates_duties``)."""
    hits = {(id(h.block), h.start): h for _, _, found_hits in found.values() for h in found_hits}
    return {
        key
        for key in lists
        if key[0] != "duties"
        or (h := hits.get((key[1], key[2]))) is None
        or not names_own_head(judge, h.block.text, h.start, h.end)
    }


def named_head(judge: Judge, headed: set[int], h: Hit) -> int:
    """How the hit's sentence names this unit's own head: 2 itself (``names_own_head``), 1 the heading over its
    paragraph (``headed``: ``headed_by_head``) or only as the holder of a post (成立以局长为组长的领导小组: ``posts_only``,
    he is named, no act of his), 0 not."""
    if names_own_head(judge, h.block.text, h.start, h.end):
        return 1 if posts_only(judge, h.block.text, h.start, h.end) else 2
    return int(id(h.block) in headed)


def posts_only(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether every own head ``text[s:e]`` names is named as the holder of a post he is given (成立以局长为组长的领导小组,
    由书记任组长, 明确局长为第一责任人: one of ``words.toml`` post_givers before him in his clause, 任/为/担任 and one of
    head_posts after him): an appointment made, no act of his (局长作为第一责任人，亲自部署…… is his act)."""
    own = [m for m in mentions(judge, text, s, e) if m.role == OWN and m.head]
    judged: dict[int, bool] = {}  # each clause's verdict, by where it ends: a long series is walked back once
    return bool(own) and all(
        _post().match(text, m.end, e) is not None and _given(text, s, m.start, judged) for m in own
    )


def _given(text: str, s: int, at: int, judged: dict[int, bool]) -> bool:
    """Whether the person named at ``at`` is given his post by one of ``post_givers`` in his clause, or his clause
    goes on a series of posts one giver gave (明确由书记为组长，镇长为副组长，……为成员: each clause before his, back to
    the giver's, gives a post). ``judged`` keeps the verdict of each clause walked past: the next person's walk
    stops there (a web copy's one sentence may hold thousands)."""
    walked: list[int] = []
    end = at
    while (got := judged.get(end)) is None:
        start = clause_start(text, s, end)
        if _giver().search(text, start, end):
            got = True
        elif start <= s or _series().search(text[clause_start(text, s, start - 1) : start - 1]) is None:
            got = False
        else:
            walked.append(end)
            end = start - 1
            continue
        judged[end] = got
    for e in walked:  # a series clause is given as the clause before it is
        judged[e] = got
    return got


@lru_cache(maxsize=1)
def _series() -> re.Pattern[str]:
    """A clause that ends by giving a post (……为组长, ……任副组长, ……为成员: ``head_posts``, ``series_posts``)."""
    posts = (*words().head_posts, *words().series_posts)
    return compile(f"(?<!作)(?:任|为|担任)[^，,。；;]{{0,16}}?{alternation(posts)}$" if posts else "(?!)")


@lru_cache(maxsize=1)
def _post() -> re.Pattern[str]:
    """任/为/担任 (not 作为) and a post, after the head within his clause (、乡长任双组长; 为法治政府建设第一责任人)."""
    posts = words().head_posts
    if not posts:
        return compile("(?!)")
    return compile(f"[、和及]?[^，,。；;、]{{0,8}}?(?<!作)(?:任|为|担任)[^，,。；;]{{0,16}}?{alternation(posts)}")


@lru_cache(maxsize=1)
def _giver() -> re.Pattern[str]:
    givers = words().post_givers
    return compile(alternation(givers) if givers else "(?!)")


def headed_by_head(judge: Judge, blocks: list[Block]) -> set[int]:
    """The ids of the paragraphs whose nearest heading above names this unit's own head ("（二）严格落实党政主要负责人
    履行……职责" over "通过党委会……听取……汇报"): what they report of a duty is the head's, as a sentence naming him."""
    out: set[int] = set()
    named = False
    for b in blocks:
        if b.kind == "heading":
            # 严格落实党政主要负责人履行……职责: the title in the duty's name (a slogan to ``mentions``) names him, no others
            named = _leader().search(b.text) is not None and not names_others(b.text)
        elif named:
            out.add(id(b))
    return out


@lru_cache(maxsize=1)
def _leader() -> re.Pattern[str]:
    return compile(leader_rx())


__all__ = [
    "group_acts",
    "headed_by_head",
    "heads_acts",
    "named_head",
    "names_own_head",
    "nobodys",
    "others_only",
    "posts_only",
    "titled_duty",
    "unowned",
]
