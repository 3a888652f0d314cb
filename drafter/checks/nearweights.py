"""The weights ``near`` reads: each item's own bigrams, weighed by how few of the checklist's texts hold them,
and its key terms (see ``near``'s doc). Made of the checklist alone, and kept between runs by what they are made
of: a cold start spent ~20 ms building them (issue 29)."""

from __future__ import annotations

import math
from functools import lru_cache

from ..checklists import Checklist, Item
from ..lazyre import Lazy, derived, source_tag
from ..needle import needles
from .cues import pattern
from .literals import literals

_HAN = Lazy(r"[\u4e00-\u9fff]+")  # compiled where first used, kept between runs (lazyre)
_FILL = "【请填写】"


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent Chinese characters of ``text`` (never across punctuation or a digit)."""
    return {run[i : i + 2] for run in _HAN.compiled.findall(text) for i in range(len(run) - 1)}


def wording(item: Item) -> set[str]:
    """An item's own bigrams: those two of its texts at least hold — title, guidance, the literal runs of
    its cues, its fields, its frames, its good and weak examples. A bigram only one of them holds is often
    the seam of two words ("深入学习" gives 入学) or a word of the writing, not of the topic."""
    sources = (
        item.title,
        item.guidance,
        " ".join(w for c in item.cues for w in literals(c)),
        " ".join(item.fields),
        " ".join(f.replace(_FILL, " ") for f in item.frames),
        " ".join(item.good + item.weak),
    )
    seen: dict[str, int] = {}
    for text in sources:
        for g in bigrams(text):
            seen[g] = seen.get(g, 0) + 1
    return {g for g, n in seen.items() if n > 1}


Weighed = tuple[dict[str, dict[str, float]], dict[str, tuple[frozenset[str], ...]]]


def weighed(checklist: Checklist) -> Weighed:
    """``_weighed(checklist)``, kept between runs by what it is made of (``_made_of``, in lazyre's file)."""
    return derived(_made_of(checklist), 0, _tag(), lambda: _weighed(checklist), _weighed_shape)


def _weighed(checklist: Checklist) -> Weighed:
    """The items' bigrams weighed (``Profiles.weights``) and their key terms (``Profiles.terms``)."""
    items = checklist.items
    terms = {i.id: _terms(i) for i in items}
    own = {i.id: wording(i) for i in items}
    texts = [own[i.id] | bigrams(" ".join(i.good + i.weak + i.bad)) for i in items]
    texts += [bigrams(" ".join((p.title, *map(_words, p.heading + p.intro)))) for p in checklist.parts.values()]
    texts += [bigrams(" ".join(checklist.duties))]
    ev = checklist.evidence
    texts += [bigrams(" ".join(map(_words, ps))) for ps in (ev.actions, ev.slogans, ev.stated, ev.topics)]
    df: dict[str, int] = {}
    for grams in texts:
        for g in grams:
            df[g] = df.get(g, 0) + 1
    n = len(texts)
    weights = {iid: {g: math.log(n / df[g]) for g in grams} for iid, grams in own.items()}
    return weights, terms


def _made_of(checklist: Checklist) -> str:
    """Everything ``_weighed`` reads of ``checklist``, as one text: the items' texts with their cues as they run
    (``{leader}`` and the like expanded from words.toml), the parts' words, the duties, the evidence words."""
    items = [
        (i.id, i.title, i.guidance, i.fields, i.frames, i.good, i.weak, i.bad, [pattern(c).pattern for c in i.cues])
        for i in checklist.items
    ]
    parts = [(p.title, [_words(c) for c in p.heading + p.intro]) for p in checklist.parts.values()]
    ev = checklist.evidence
    evidence = [[_words(c) for c in ps] for ps in (ev.actions, ev.slogans, ev.stated, ev.topics)]
    return repr(("profiles", items, parts, checklist.duties, evidence))


def _weighed_shape(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, dict) for v in value)


@lru_cache(maxsize=1)
def _tag() -> str | None:
    """This module's mark with those of the modules its weights depend on (literals, needles)."""
    from .. import needle
    from . import literals as lit

    tags = [source_tag("near", __file__), source_tag("lit", lit.__file__), source_tag("needle", needle.__file__)]
    return "-".join(t for t in tags if t) if all(tags) else None


def _terms(item: Item) -> tuple[frozenset[str], ...]:
    """Each key term's bigrams: the words every match of one of its cues holds (``needles``: 出庭应诉,
    领导小组 — not the verbs around them, 成立 or 明确). (The checklist's [[synonyms]] as key terms too found
    more paraphrases on the grid but, once their bigrams weigh, 法治宣传教育's 宣传/教育 took 教育基地 and 未成年人教育
    sentences of real reports for 普法: left out.)"""
    got = {frozenset(bigrams(n)) for c in item.cues for n in needles(pattern(c))}
    return tuple(sorted((t for t in got if t), key=sorted))  # in one order whatever the hashing: kept between runs


def _words(source: str) -> str:
    """The literal runs of a pattern, as one text (a pattern that does not parse gives none)."""
    try:
        return " ".join(literals(source))
    except Exception:  # a part's cue may hold a placeholder of its own
        return ""


__all__ = ["Weighed", "bigrams", "weighed"]
