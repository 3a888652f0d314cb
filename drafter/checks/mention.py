"""An item not found whose topic the report names (``mention``): absence is told only without a sign of it.

The cues and the evidence judge decide what *covers* an item; they cannot decide that a report leaves it out.
A report writes an item in words no cue holds (an award of a 示范 project, a public website for 普法, an older
name of 习近平法治思想), or in a sentence a cue matched that the judge set aside (a stance, a slogan, a rule
restated, others' act). Before ``required-item`` calls an item missing, this module looks, past the ``near``
tier, for any sentence that *names the item's topic*: in the body outside the plan and the shortcomings (what
the year did not do is no sign of it), the opening and the headings counted, a wish or a weakness not. A
sentence names it when one of the item's cues matches it (judged done or not), or when its wording is near the
item by the looser thresholds of ``words.toml`` [mention] (``near.near_score``: the item's key terms, a
sibling term — 习近平经济思想 — no sign). A duty of the own head is named only by a sentence naming a head.
The item stays not covered; ``required-item`` gives an info that quotes the sentence and asks the writer to
check that it says what was done, instead of a warning or an error of absence.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, cast

from ..checklists import Item
from ..hanzi import simplified
from ..lazyre import Rx
from ..model import Block
from ..vocab import load
from ..wordrx import superior_levels
from .asides import followed, listed, studied
from .audience import staff_only
from .context import Context
from .cues import pattern
from .evidence import Judge, in_title, judge_for
from .focus import CLAUSE_END
from .memo import LRU
from .near import Nearness, Profiles, leader, near_score, nearness, profiles, quoted, sentences
from .nearweights import bigrams
from .opening import concrete_blocks, opening_of
from .ownunit import judged_unit
from .results import QUOTE_MAX, ItemResult
from .weakness import own_head


@dataclass(frozen=True)
class Mention:
    """``words.toml`` [mention]: the looser thresholds of a sentence that names an item's topic."""

    least: float  # the summed weight of the item's bigrams a sentence holds, at least
    bigrams: int  # the item's key terms the sentence holds, at least
    share: float  # of the best score another item gets for the sentence, at least


@lru_cache(maxsize=1)
def mention() -> Mention:
    def build(data: dict[str, Any], p: object) -> Mention:
        from ..errors import ReadError

        try:
            t = data["mention"]
            return Mention(float(t["least"]), int(t["bigrams"]), float(t["share"]))
        except (KeyError, TypeError, ValueError) as e:
            raise ReadError(
                f"{p} 有误（{str(e)[:60]}）；[mention] 要有 least（数）、bigrams（整数）、share（0 到 1 的数）"
            ) from None

    return load("words.toml", build)


def loose() -> Nearness:
    """[nearness] with [mention]'s looser least, key terms and share."""
    m = mention()
    return replace(nearness(), least=m.least, bigrams=m.bigrams, share=m.share)


Paragraph = tuple[Block, str, tuple[tuple[int, int, str], ...], "str | None"]
"""A paragraph whose sentences may name an item's topic: the block, its own words, its sentences (start, end, words
simplified), and the part it stands in."""


def with_mentions(ctx: Context) -> dict[str, ItemResult]:
    """``ctx.items`` with a sentence that names the topic (``ItemResult.mention``) for each measures or duties
    item not found and near no sentence, whose part the report has (see the module's doc)."""
    todo = [
        r
        for r in ctx.items.values()
        if r.status == "missing"
        and r.near is None
        and r.mention is None  # named in passing (``items``): that sentence is the one
        and r.item.part in ("measures", "duties")
        and ctx.parts[r.item.part].status != "missing"
    ]
    if not todo:
        return ctx.items
    judge = judge_for(ctx.checklist.evidence, ctx.year, superior_levels(judged_unit(ctx.doc)))
    paragraphs = list(_signs(ctx, judge))
    prof = profiles(ctx.checklist)
    th = loose()
    out = dict(ctx.items)
    named = ctx.memo.map("mention-named")  # each verdict kept by its sentence between re-checks: one edit, its own
    best_of = ctx.memo.map("mention-best")  # and each paragraph's best sentence for an item, kept by its words
    base = (ctx.memo.hold(ctx.checklist), ctx.memo.hold(judge), ctx.year)
    items = tuple(r.item for r in todo)
    every = ctx.memo.map("mention-all")  # and all the items' best sentences in a paragraph at once: one look-up
    token = ctx.memo.token("mention-all", (base, tuple(i.id for i in items)))
    best: list[tuple[tuple[int, bool, float], Block, int, int, int] | None] = [None] * len(items)  # words at the sign
    for b, words, said, part in paragraphs:
        heading = b.kind == "heading"
        got = every.get((token, words, heading))
        if got is None:
            got = every.put(
                (token, words, heading),
                _best_all(named, best_of, base, prof, judge, items, said, th, ctx.year, heading, words),
            )
        for j, (rank, score, s, e, at) in cast(tuple[tuple[int, tuple[int, float, int, int, int]], ...], got):
            was, rated = best[j], (rank, part == items[j].part, score)
            if was is None or rated > was[0]:
                best[j] = (rated, b, s, e, at)
    for r, found in zip(todo, best, strict=True):
        if found is not None:
            _, b, s, e, at = found
            out[r.item.id] = replace(r, mention=quoted(ctx, b, s, e, _quote_start(b.text, s, s + at)))
    return out


def _best_all(
    named: LRU[Hashable, object],
    best_of: LRU[Hashable, object],
    base: Hashable,
    prof: Profiles,
    judge: Judge,
    items: tuple[Item, ...],
    said: tuple[tuple[int, int, str], ...],
    th: Nearness,
    year: int | None,
    heading: bool,
    words: str,
) -> tuple[tuple[int, tuple[int, float, int, int, int]], ...]:
    """(the item's place in ``items``, ``_best_sentence``) for each item a paragraph names: each item's kept by the
    paragraph's words, as the items not found change between re-checks."""
    out = []
    for j, item in enumerate(items):
        key = (base, item.id, words, heading)
        got = best_of.get(key)
        if got is None:  # () for none: a verdict kept too
            rxs = [pattern(c, year) for c in item.cues]
            got = best_of.put(
                key, _best_sentence(named, base, prof, judge, item, said, th, rxs, year, heading, own_head(item))
            )
        if got:
            out.append((j, cast(tuple[int, float, int, int, int], got)))
    return tuple(out)


def _best_sentence(
    named: LRU[Hashable, object],
    base: Hashable,
    prof: Profiles,
    judge: Judge,
    item: Item,
    said: tuple[tuple[int, int, str], ...],
    th: Nearness,
    rxs: Sequence[Rx],
    year: int | None,
    heading: bool,
    head: bool,
) -> tuple[int, float, int, int, int] | tuple[()]:
    """(rank, score, start, end, where) of the first sentence of a paragraph that names ``item`` best (``_named``),
    or () for none: within one paragraph every sentence stands in the same part, so the first best of each paragraph,
    compared in reading order with the part weighed in, is the first best of all the sentences."""
    best: tuple[int, float, int, int, int] | tuple[()] = ()
    for s, e, text in said:
        if head and not leader(text):
            continue
        key = (base, item.id, text, heading)
        got = named.get(key)
        if got is None:  # () for none: a verdict kept too
            got = named.put(key, _named(prof, judge, item, text, th, rxs, year, heading) or ())
        got = cast(tuple[int, float, int] | tuple[()], got)
        if got and (not best or (got[0], got[1]) > (best[0], best[1])):
            best = (got[0], got[1], s, e, got[2])
    return best


def _named(
    prof: Profiles,
    judge: Judge,
    item: Item,
    text: str,
    th: Nearness,
    rxs: Sequence[Rx],
    year: int | None,
    heading: bool,
) -> tuple[int, float, int] | None:
    """(2, score, where) when one of the item's cues names it in ``text`` (outside a slogan — 在……的领导和监督下,
    运用法治思维和法治方式化解矛盾 — unless as one of a list of topics the slogan frames: 围绕信访工作、行政应诉、
    安全生产等重点工作开展调研 — and outside a document studied — 学习《行政处罚法》), (1, score, where) when
    the sentence's wording is near it by the loose thresholds ``th``, else None; ``where`` the words' offset."""
    cued = prof.cued(text)
    if item.id in cued:
        topic = listed(item, text, year)  # one of a list of topics names it, in a slogan's frame too (围绕……等工作)
        at = next(
            (
                m.start()
                for rx in rxs
                for m in rx.finditer(text)
                if (topic or not judge.in_slogan(text, m.start(), m.end())) and not in_title(text, m.start())
            ),
            None,
        )
        if at is None or studied(item, text, year) or followed(item, text, year) or staff_only(item, text):
            return None
        sc = prof.scores(text, th.specific)
        mine = sc.get(item.id, (0.0, 0))[0]
        rivals = cued & prof.parts.get(item.part, frozenset())
        if not topic and any(
            v * th.share > mine for iid, (v, _) in sc.items() if iid != item.id and iid in rivals
        ):  # another item's sentence (重大执法决定法制审核 is the enforcement's, not a decision's); one of a list of
            return None  # topics (围绕人民调解、安全生产等重点工作开展调研) names it whatever the sentence is about
        return 2, mine, at
    if not item.near or heading:  # an item of several fields (near = false), a heading: only its cues name it
        return None
    got = near_score(prof, item, text, rxs, th)
    return None if got is None else (1, got, _clause(prof, item.id, text))


def _clause(prof: Profiles, iid: str, text: str) -> int:
    """Where the clause of ``text`` that holds most of the item's wording starts."""
    w = prof.weights[iid]
    best, at, lo = -1.0, 0, 0
    for piece in CLAUSE_END.split(text):
        got = sum(w.get(g, 0.0) for g in bigrams(piece))
        if got > best:
            best, at = got, lo
        lo += len(piece) + 1
    return at


def _quote_start(text: str, start: int, at: int) -> int:
    """Where the quote of the sentence starting at ``start`` starts so that it shows the words at ``at``: the
    sentence's start when they stand in its first ``QUOTE_MAX`` characters, else their clause's start."""
    if at + SHOWN <= start + QUOTE_MAX:
        return start
    return next((i + 1 for i in range(at - 1, start - 1, -1) if CLAUSE_END.match(text, i)), at)


SHOWN = 6  # characters of the words that name the topic a quote shows at least


def _signs(ctx: Context, judge: Judge) -> Iterator[Paragraph]:
    """Every sentence of the body's paragraphs and headings outside the plan and the shortcomings, the
    opening's paragraphs of concrete acts too, but a part's own heading, a wish and a weakness (what the year
    did not do)."""
    away = {id(b) for pid in ("plan", "shortcomings") for b in ctx.parts[pid].blocks}
    opening = opening_of(ctx)  # its formula (在……领导下，深入践行……) names every topic: its concrete acts only
    away |= {id(b) for b in opening} - {id(b) for b in concrete_blocks(opening)}
    heads = {ctx.parts[pid].line for pid in ctx.parts if ctx.parts[pid].heading}
    blocks = [
        b
        for b in ctx.doc.blocks
        if b.role == "body"
        and b.kind in ("paragraph", "heading")
        and id(b) not in away
        and not (b.kind == "heading" and b.line in heads)
    ]
    kept, held = ctx.memo.map("mention-signs"), ctx.memo.hold(judge)  # a paragraph's, kept by its words
    for b, own in zip(blocks, ctx.own_words(blocks), strict=True):
        got = kept.get((held, own.text))
        if got is None:
            got = kept.put((held, own.text), tuple(_sentences(judge, own.text)))
        yield b, own.text, cast(tuple[tuple[int, int, str], ...], got), ctx.part_of(b)


def _sentences(judge: Judge, words: str) -> Iterator[tuple[int, int, str]]:
    """The sentences of a paragraph's own ``words`` (simplified) that may name a topic: not a wish, nor a weakness."""
    plain = simplified(words)
    for s, e in sentences(plain):
        text = plain[s:e]
        if not (judge.wishes.search(text) or judge.weaknesses.search(text)):
            yield s, e, text
