"""A sentence that may report an item its cues did not find (``near``): absence told only when certain.

The cues are hand lists; a report often writes an item in words they do not hold ("到庭应诉", "审核把关
红头文件"). Before ``required-item`` calls an item missing, this module looks for a *near* sentence: one of
the body outside the opening, the plan and the shortcomings that reports something done (the evidence
``Judge``), holds none of the item's cues (a sentence they matched was judged, and set aside, on purpose)
and shares enough of the item's own distinctive wording. The item stays not covered (status "missing");
``required-item`` gives an info that quotes the sentence instead of a warning or an error of absence.

An item's wording (``wording``) is the character bigrams two of its texts hold at least — title, guidance,
the literal runs of its cues (look-arounds left out: ``(?<!推动)`` is what the item is *not*), fields,
frames, good and weak examples. A bigram weighs ``log(n / df)``, ``df`` the checklist's texts that hold it
(each item's wording with all its examples, each part's words, the restated duties, the evidence words):
法治, 工作, 全年 weigh little, 复议, 出庭, 合同 much. Computed from the checklist at load, nothing
hand-listed. A sentence is near an item when its summed weight reaches ``least``, it holds ``bigrams`` of
the item's key terms (its cues' needles: 出庭应诉, 领导小组 — not the verbs around them; a term is held
by one of its bigrams weighing ``key``, or by half its bigrams, one weighing ``specific``), and no other item scores more than its score over ``share`` (one whose cue the sentence
holds counting ``cued`` times: that item's sentence, not another wording of this one). A sentence holding
a key term's first or last three characters but not the term names a sibling term (习近平经济思想,
习近平总书记关于安全生产的重要论述 beside 习近平法治思想; 合法性和规范性 beside 规范性文件): near nothing.
Sentences are read in simplified characters (``hanzi.simplified``, as the cues read them) and quoted as
written. The thresholds are data: ``words.toml`` [nearness]. ``bench/near.py`` measures them on
``tests/near_grid.toml``.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, cast

from ..checklists import Checklist, Item
from ..hanzi import simplified
from ..lazyre import Rx
from ..model import Block
from ..needle import needles
from ..vocab import load
from ..wordrx import superior_levels
from .context import Context
from .cues import pattern
from .evidence import Judge, judge_for, sentence_at
from .memo import LRU
from .nearweights import bigrams, weighed
from .opening import opening_of
from .ownunit import judged_unit
from .results import ItemResult, NearSentence, quote_of
from .weakness import own_head


@dataclass(frozen=True)
class Nearness:
    """``words.toml`` [nearness]: when a sentence is near an item (see the module's doc)."""

    least: float  # the summed weight of the item's bigrams a sentence holds, at least
    bigrams: int  # key terms (``Profiles.terms``) a sentence holds (``Profiles._terms``), at least
    share: float  # of the best score any item of the checklist gets for the sentence, at least
    specific: float  # a cue's needle whose every bigram weighs this much is the cue's own word
    cued: float  # another item whose cue matches the sentence: its score counts this many times
    key: float  # a key term's bigram that alone shows the term (else half the term's bigrams must be there)


@lru_cache(maxsize=1)
def nearness() -> Nearness:
    def build(data: dict[str, Any], p: object) -> Nearness:
        from ..errors import ReadError

        try:
            t = data["nearness"]
            return Nearness(
                float(t["least"]),
                int(t["bigrams"]),
                float(t["share"]),
                float(t["specific"]),
                float(t["cued"]),
                float(t["key"]),
            )
        except (KeyError, TypeError, ValueError) as e:
            raise ReadError(
                f"{p} 有误（{str(e)[:60]}）；[nearness] 要有 least（数）、bigrams（整数）、share（0 到 1 的数）、specific（数）、cued（数）、key（数）"
            ) from None

    return load("words.toml", build)


@dataclass(frozen=True)
class Profiles:
    """Each item's bigrams and their weights, for one checklist."""

    weights: dict[str, dict[str, float]]  # item id → bigram → weight
    terms: dict[str, tuple[frozenset[str], ...]]  # item id → each key term's bigrams
    cues: dict[str, tuple[Rx, ...]]  # item id → its cues (the report year's ``{next}`` aside)
    parts: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)  # part id → its items' ids

    kept: dict[tuple[str, float], dict[str, tuple[float, int]]] = field(default_factory=dict, compare=False)
    held: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)

    def cued(self, text: str) -> frozenset[str]:
        """The items one of whose cues ``text`` holds (kept, as ``scores``)."""
        got = self.held.get(text)
        if got is None:
            if len(self.held) > 20000:
                self.held.clear()
            got = self.held[text] = frozenset(
                iid for iid, rxs in self.cues.items() if any(rx.search(text) for rx in rxs)
            )
        return got

    def scores(self, sentence: str, strong: float) -> dict[str, tuple[float, int]]:
        """Each item's (score, key bigrams shared that weigh ``strong`` at least) for ``sentence``
        (kept: each missing item asks it of every sentence, at every re-check)."""
        got = self.kept.get((sentence, strong))
        if got is None:
            if len(self.kept) > 20000:
                self.kept.clear()
            got = self.kept[(sentence, strong)] = self._scores(sentence, strong)
        return got

    def _terms(self, iid: str, grams: set[str], strong: float) -> int:
        """How many of the item's key terms ``grams`` (a sentence's bigrams) hold: a bigram of the term that
        weighs ``key`` alone, or half the term's bigrams with one weighing ``strong`` (公众 of 公众参与, shared
        with 征求社会公众意见 of a fair-competition review, is neither)."""
        w = self.weights[iid]
        key = nearness().key
        n = 0
        for term in self.terms[iid]:
            got = term & grams
            if any(w.get(g, 0.0) >= key for g in got) or (
                2 * len(got) >= len(term) and any(w.get(g, 0.0) >= strong for g in got)
            ):
                n += 1
        return n

    def _scores(self, sentence: str, strong: float) -> dict[str, tuple[float, int]]:
        grams = bigrams(sentence)
        out: dict[str, tuple[float, int]] = {}
        for iid, w in self.weights.items():
            shared = [g for g in grams if g in w]
            if shared:
                out[iid] = (sum(w[g] for g in shared), self._terms(iid, grams, strong))
        return out


def build_profiles(checklist: Checklist) -> Profiles:
    """Each item's bigrams weighed by how few of the checklist's texts hold them: a text is an item's own
    wording with its examples (good, weak and bad: bad ones are other items' words or the language every
    report uses), a part's heading and intro words, the restated duties and the evidence words (``nearweights``:
    kept between runs)."""
    items = checklist.items
    weights, terms = weighed(checklist)
    parts = {p: frozenset(i.id for i in items if i.part == p) for p in {i.part for i in items}}
    return Profiles(weights, terms, {i.id: tuple(pattern(c) for c in i.cues) for i in items}, parts)


_KEPT: dict[int, tuple[Checklist, Profiles]] = {}


def profiles(checklist: Checklist) -> Profiles:
    """The profiles of ``checklist``'s items, built once per loaded checklist."""
    got = _KEPT.get(id(checklist))
    if got is None or got[0] is not checklist:
        if len(_KEPT) > 32:
            _KEPT.clear()
        got = _KEPT[id(checklist)] = (checklist, build_profiles(checklist))
    return got[1]


def with_near(ctx: Context) -> dict[str, ItemResult]:
    """``ctx.items`` with a near sentence (``ItemResult.near``) for each measures or duties item not found
    whose part the report has: the sentence the item may be written in (see the module's doc). A duty of
    the own head is near only a sentence that names a head."""
    todo = [
        r
        for r in ctx.items.values()
        if r.status == "missing"
        and r.item.near
        and r.item.part in ("measures", "duties")
        and ctx.parts[r.item.part].status != "missing"
    ]
    if not todo:
        return ctx.items
    judge = judge_for(ctx.checklist.evidence, ctx.year, superior_levels(judged_unit(ctx.doc)))
    away = {id(b) for pid in ("plan", "shortcomings") for b in ctx.parts[pid].blocks}
    away |= {id(b) for b in opening_of(ctx)}
    prof = profiles(ctx.checklist)
    held = (ctx.memo.hold(ctx.checklist), ctx.memo.hold(judge), ctx.year)
    # a paragraph's sentences, each item's verdict on them, and all the items' verdicts at once: kept by its words
    kept_done, kept_best, kept_all = ctx.memo.map("near-done"), ctx.memo.map("near-best"), ctx.memo.map("near-all")
    items = tuple(r.item for r in todo)
    token = ctx.memo.token("near-all", (held, tuple(i.id for i in items)))
    best: list[tuple[float, Block, int, int] | None] = [None] * len(items)
    for b in ctx.doc.blocks:
        if b.role == "body" and b.kind == "paragraph" and id(b) not in away:
            got = kept_all.get((token, b.text))
            if got is None:
                got = kept_all.put(
                    (token, b.text), _near_all(held, kept_done, kept_best, prof, judge, items, b.text, ctx.year)
                )
            for j, (score, start, end) in cast(tuple[tuple[int, tuple[float, int, int]], ...], got):
                was = best[j]
                if was is None or score > was[0]:
                    best[j] = (score, b, start, end)
    out = dict(ctx.items)
    for r, found in zip(todo, best, strict=True):
        if found is not None:
            out[r.item.id] = replace(r, near=quoted(ctx, found[1], found[2], found[3]))
    return out


def _near_all(
    held: Hashable,
    kept_done: LRU[Hashable, object],
    kept_best: LRU[Hashable, object],
    prof: Profiles,
    judge: Judge,
    items: tuple[Item, ...],
    text: str,
    year: int | None,
) -> tuple[tuple[int, tuple[float, int, int]], ...]:
    """(the item's place in ``items``, its verdict) for each item a paragraph holds a near sentence of: its
    sentences of acts (``_done``) and each item's verdict (``near_in``) kept by its words, as the items not found
    change between re-checks."""
    said = kept_done.get((held, text))
    if said is None:
        said = kept_done.put((held, text), _done(judge, text))
    out = []
    for j, item in enumerate(items):
        key = (held, item.id, text)
        got = kept_best.get(key)
        if got is None:  # () for none: a verdict kept too
            got = kept_best.put(key, near_in(prof, item, cast(tuple[Said, ...], said), year, own_head(item)))
        if got:
            out.append((j, cast(tuple[float, int, int], got)))
    return tuple(out)


Said = tuple[int, int, str]
"""A sentence of a paragraph: where it starts and ends, and its words in simplified characters."""


def _done(judge: Judge, text: str) -> tuple[Said, ...]:
    """The sentences of a paragraph that report something done, read in simplified characters as the cues read
    them (a mirror's traditional sentence too)."""
    plain = simplified(text)
    return tuple((s, e, plain[s:e]) for s, e in sentences(plain) if judge.kind(plain[s:e]) is not None)


def quoted(ctx: Context, block: Block, start: int, end: int, at: int | None = None) -> NearSentence:
    """The sentence ``block.text[start:end]``: where its quote starts (``at``, else its start), its words, the
    quote's first words as written."""
    at = start if at is None else at
    line, col = block.locate(at)
    words = block.text[start:end].strip()
    return NearSentence(line, col, words, quote_of(ctx.doc.as_written(line, quote_of(block.text[at:end].strip()))))


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    at = 0
    while at < len(text):
        s, e = sentence_at(text, at)
        if e <= at:
            break
        if text[s:e].strip():
            yield s, e
        at = e


@lru_cache(maxsize=8192)
def leader(sentence: str) -> bool:
    """Whether ``sentence`` names a head (a duty of the own head is near only a sentence naming one)."""
    return pattern("{leader}").search(sentence) is not None


def _sibling(term: str, text: str) -> bool:
    """Whether ``text`` names a sibling of the key ``term``: its first three characters without the next two
    within ``SIBLING_REACH`` after them (习近平经济思想, 习近平总书记关于安全生产的重要论述 beside 习近平法治思想; not
    习近平总书记关于全面依法治国……, whose 法治 is the term's own topic), or its last three without the two before
    them in reach before (……合法性和规范性 beside 规范性文件 is the start's case)."""
    head, nxt = term[:3], term[3:5]
    tail, prev = term[-3:], term[-5:-3]
    at = text.find(head)
    while at >= 0:
        if nxt not in text[at + len(head) : at + len(head) + SIBLING_REACH]:
            return True
        at = text.find(head, at + 1)
    at = text.find(tail)
    while at >= 0:
        if prev not in text[max(0, at - SIBLING_REACH) : at]:
            return True
        at = text.find(tail, at + 1)
    return False


SIBLING_REACH = 20  # characters after a key term's start (before its end) where its own next words may stand


def near_in(
    prof: Profiles, item: Item, said: Iterable[Said], year: int | None, head: bool
) -> tuple[float, int, int] | tuple[()]:
    """(score, start, end) of the first best sentence of a paragraph's ``said`` near ``item``, else () (each already
    judged done; for a duty of the own head, ``head``, only one naming a head). Within a paragraph, then across them in
    reading order, the first best is the first best of all the sentences."""
    rxs = [pattern(c, year) for c in item.cues]
    best: tuple[float, int, int] | tuple[()] = ()
    for s, e, text in said:
        if head and not leader(text):
            continue
        score = near_score(prof, item, text, rxs)
        if score is not None and (not best or score > best[0]):
            best = (score, s, e)
    return best


def near_score(prof: Profiles, item: Item, text: str, rxs: Sequence[Rx], th: Nearness | None = None) -> float | None:
    """How near the sentence ``text`` is ``item`` (its score), or None when it is not near: too little of
    the item's wording or of its key terms, another item's more, or judged by the cues already — one of
    them matches (``rxs``), or a cue's own specific word stands in it and the cue refused it ("县信访局"
    for 信访(?!局)): what a cue sets aside on purpose is no other wording of the item. Another item whose
    cue the sentence holds counts ``cued`` times its score: "建立执法公示、全过程记录、重大执法决定法制审核
    制度" is the enforcement item's sentence (its cue 执法全过程), not another wording of 重大行政决策. ``th``: the
    thresholds, [nearness]'s unless given (``mention`` asks with its looser ones)."""
    th = th or nearness()
    sc = prof.scores(text, th.specific)
    mine = sc.get(item.id)
    if mine is None or mine[0] < th.least or mine[1] < th.bigrams:
        return None
    if any(rx.search(text) for rx in rxs):
        return None
    weights = prof.weights[item.id]
    for rx in rxs:
        for n in needles(rx):
            if n in text and (len(n) > 2 or min(weights.get(g, 0.0) for g in bigrams(n) or {n}) >= th.specific):
                return None
            if len(n) > 3 and _sibling(n, text):
                return None
    cued = prof.cued(text)
    best = (
        max(v * (th.cued if iid in cued else 1.0) for iid, (v, _) in sc.items() if iid != item.id)
        if len(sc) > 1
        else 0.0
    )
    if mine[0] < th.share * best:
        return None
    return mine[0]
