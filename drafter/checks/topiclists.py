"""Sentences that list topics rather than report acts (``items.cover_items`` asks): a sentence without figures that
names three items or more of one part — 开展了法治宣传、行政执法、复议应诉等工作 — is a list of topics
(``topic_lists``), unless it goes on to say what was done to every one (``done_lists``); a first clause that does
something to one item (列入, 纳入: ``words.toml`` list_acts) reports that one, and a clause on another matter
(另外，……: list_breaks) is no member of the list before it.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from functools import lru_cache
from itertools import pairwise
from typing import cast

from ..lazyre import compile
from ..model import Block
from ..needle import Needled
from ..vocab import alternation, words
from .corpus import Corpus
from .cues import pattern
from .evidence import Judge
from .focus import CLAUSE_END
from .memo import LRU
from .titles import Hit


def topic_lists(
    found: dict[str, tuple[Corpus, str, list[Hit]]],
    part: dict[str, str],
    cues: dict[str, tuple[str, ...]],
    year: int | None,
    kept: LRU[Hashable, object] | None = None,
    held: Hashable = None,
) -> set[tuple[str, int, int, str]]:
    """Sentences without figures that would be the evidence of three items or more of one part: a
    list of topics ("开展了法治宣传、行政执法、复议应诉等工作"), not a report of what was done. Items
    of different parts do not make a list: a sentence on 习近平法治思想 studied at a 党组 meeting
    is the evidence of a measure and, where the duties part is folded, of the leader's study. A
    topic named inside a slogan ("规范性文件……合法性审查") reports nothing but still makes the list.
    Each list is given with the items it names, (part, block id, sentence start, item id): a clause that
    turns to another matter (另外，同时，……) is not in the list before it, and its item is reported.
    With ``kept`` (the session's, ``held`` standing for the checklist), each sentence's items listed are kept by the
    sentence, the cues and items that name it and the year: a re-check weighs again only the sentences edited."""
    words: dict[tuple[str, int, int], set[str]] = {}
    spans: dict[tuple[str, int, int], tuple[Block, int, int]] = {}
    named: dict[tuple[str, int, int], set[str]] = {}
    for iid, (_, _, hits) in found.items():
        for h in hits[:1]:
            if h.kind == "action" and not h.titled:
                key = (part[iid], id(h.block), h.start)
                words.setdefault(key, set()).add(h.cue)
                named.setdefault(key, set()).add(iid)
                spans[key] = (h.block, h.start, h.end)
    out: set[tuple[str, int, int, str]] = set()
    parts = tuple(part.items()) if kept is not None else ()  # the items searched (not those not applicable)
    for key, named_words in words.items():
        b, s, e = spans[key]
        at = (held, parts, year, b.text, s, e, key[0], frozenset(named_words), frozenset(named[key]))
        got = kept.get(at) if kept is not None else None
        if got is None:
            got = _listed(b, s, e, key[0], named_words, named[key], part, cues, year)
            if kept is not None:
                kept.put(at, got)
        out.update((*key, iid) for iid in cast(frozenset[str], got))
    return out


def _listed(
    b: Block,
    s: int,
    e: int,
    pid: str,
    named_words: set[str],
    named: set[str],
    part: dict[str, str],
    cues: dict[str, tuple[str, ...]],
    year: int | None,
) -> frozenset[str]:
    """The items of part ``pid`` the sentence ``b.text[s:e]`` lists as topics (``topic_lists``), its first hit's
    words ``named_words`` of the items ``named``."""
    out: set[str] = set()
    sentence = b.text[s:e]
    of_part = [iid for iid, p in part.items() if p == pid]
    # an item whose words stand nowhere in the sentence (a heading over it named the item) is in any list
    led = [iid for iid in of_part if not any(pattern(c, year).search(b.text, s, e) for c in cues[iid])]
    for seg in _segments(b, s, e):  # a clause on another matter (另外，……) is no item of the list
        b, s, e = seg
        # the words named in this clause, and those a heading over the sentence named (in no clause)
        got = _topics(seg, {w for w in named_words if w in b.text[s:e] or w not in sentence})
        if len(got) == 2 and pid == "measures":  # a third topic hidden by a slogan
            hidden = [
                iid
                for iid, p in part.items()
                if p == pid and iid not in named and any(pattern(c, year).search(b.text, s, e) for c in cues[iid])
            ]
            got = got | {f"#{iid}" for iid in hidden[:1]}
        if len(got) >= 3:  # 普法 named once is one topic, whoever asks
            out.update(led)
            listed = [iid for iid in of_part if any(pattern(c, year).search(b.text, s, e) for c in cues[iid])]
            acted = _acted(b.text, s, e, listed, cues, year)
            out.update(iid for iid in listed if iid not in acted)
    return frozenset(out)


def done_lists(
    judge: Judge, lists: set[tuple[str, int, int, str]], found: dict[str, tuple[Corpus, str, list[Hit]]]
) -> set[tuple[str, int, int, str]]:
    """``lists`` (``topic_lists``) less the sentences that go on to say what was done to every topic they name
    (凡重大行政决策、规范性文件和政府合同均经法律顾问审核把关: ``Judge.settles``): each item named is reported."""
    hits = {(id(h.block), h.start): h for _, _, found_hits in found.values() for h in found_hits}
    return {
        key
        for key in lists
        if (h := hits.get((key[1], key[2]))) is None or not judge.settles(h.block.text, h.start, h.end)
    }


def _acted(
    text: str, start: int, end: int, listed: list[str], cues: dict[str, tuple[str, ...]], year: int | None
) -> frozenset[str]:
    """The items of ``listed`` the sentence reports with an act done to each alone, not as topics of its list: the
    one its first clause alone names with an act (列入, 纳入, 印发 …: ``words.toml`` list_acts) — "把“依法治街”列入
    年度考评，组建综治工作领导小组、内控审计小组和合法性审核中心" reports the 考评 done; the groups after the comma
    are the list — and, in any clause, the one item before a placing verb (study_placing: 纳入, 列入), which acts on
    what stands before it, or the one whose own words are that placing (法治建设纳入局党组重点工作: the leadership's act):
    the rest of the clause only says where it is put ("深学笃行习近平法治思想，将习近平法治思想
    纳入中心组学习计划" — the 普法 of a 普法学习清单 it is put into, the 集体讨论 of its study are no topics beside it)."""
    out = set()
    clauses = [m.start() for m in CLAUSE_END.finditer(text, start, end)]
    for n, (a, z) in enumerate(pairwise([start, *clauses, end])):
        a += 1 if n else 0  # past the clause mark
        there = [iid for iid in listed if any(pattern(c, year).search(text, a, z) for c in cues[iid])]
        if n == 0 and len(there) == 1 and _list_act().search(text, a, z) is not None:
            out.add(there[0])
            continue
        placed = _placing().search(text, a, z)  # X纳入Y: X is what is placed, Y only where it is put
        if placed is None:
            continue
        before = [iid for iid in there if any(pattern(c, year).search(text, a, placed.start()) for c in cues[iid])]
        if len(before) == 1:
            out.add(before[0])
        across = [iid for iid in there if any(_spans(pattern(c, year), text, a, z, placed.start()) for c in cues[iid])]
        if len(across) == 1:  # the placing itself is the item's (法治建设纳入……重点工作): the clause's act is that item
            out.add(across[0])
    return frozenset(out)


def _spans(rx: re.Pattern[str] | Needled, text: str, start: int, end: int, at: int) -> bool:
    """Whether a match of ``rx`` in ``text[start:end]`` holds the character at ``at`` (a placing verb)."""
    return any(m.start() < at < m.end() for m in rx.finditer(text, start, end))


@lru_cache(maxsize=1)
def _placing() -> re.Pattern[str]:
    """A verb that places what stands before it into what follows (``words.toml`` study_placing: 纳入, 列入)."""
    ws = words().study_placing
    return compile(alternation(ws) if ws else "(?!)")


@lru_cache(maxsize=1)
def _list_act() -> re.Pattern[str]:
    ws = words().list_acts
    return compile(alternation(ws) + "(?!的)" if ws else "(?!)")


def _segments(block: Block, start: int, end: int) -> list[tuple[Block, int, int]]:
    """The sentence ``block.text[start:end]`` cut where a clause turns to another matter after a comma
    ("……落实行政执法公示制度，另外，对规范性文件加强合法性审核": words.toml list_breaks): topics on either
    side are no one list."""
    cuts = [m.start() for m in _list_break().finditer(block.text, start, end)]
    bounds = [start, *cuts, end]
    return [(block, a, b) for a, b in pairwise(bounds)]


@lru_cache(maxsize=1)
def _list_break() -> re.Pattern[str]:
    ws = words().list_breaks
    return compile(f"[，,；;]\\s*{alternation(ws)}[，,]?" if ws else "(?!)")


def _topics(span: tuple[Block, int, int], cues: set[str]) -> set[str]:
    """The topics the matched ``cues`` name in the sentence ``span``: cues whose words overlap where
    they stand are one topic ("谁执法谁普法" and the 普法 in it, 执法 and 执法办案), so a sentence on
    谁执法谁普法 and 以案释法 in 执法办案 names one topic, not a list of three. Each topic is named
    by its longest cue."""
    block, start, end = span
    text = block.text
    at = {c: [(m, m + len(c)) for m in _occurrences(text, c, start, end)] for c in cues}
    group = {c: c for c in cues}

    def root(c: str) -> str:
        while group[c] != c:
            c = group[c]
        return c

    ordered = sorted(cues)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if any(s1 < e2 and s2 < e1 for s1, e1 in at[a] for s2, e2 in at[b]):
                group[root(a)] = root(b)
    out: dict[str, str] = {}
    for c in ordered:
        r = root(c)
        if r not in out or len(c) > len(out[r]):
            out[r] = c
    return set(out.values())


def _occurrences(text: str, word: str, start: int, end: int) -> list[int]:
    """Where ``word`` stands in ``text[start:end]``."""
    found, i = [], text.find(word, start, end) if word else -1
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1, end)
    return found


__all__ = ["done_lists", "topic_lists"]
