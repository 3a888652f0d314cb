"""Which checklist items a report covers, and the sentence that covers each (``cover_items``).

Run by the engine before the rules (``required-item`` and the app's checklist panel read
``Context.items``). Part of the engine, so it keeps its own results between checks: an item's
hits are kept by the texts of what it searched (``item-hits``), and rebuilt on this check's blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from ..checklists import Item
from ..lazyre import Lazy, Rx
from ..model import Block
from ..wordrx import own_titles, superior_levels
from . import keep
from .audience import staff_study
from .choose import (
    aside,
    cut_off,
    first_task,
    found_elsewhere,
    headed_at_home,
    in_folded_plan,
    joined_heading,
    last_words,
    past_heading,
    past_lead,
    restates_duties,
)
from .context import Context
from .corpus import Corpus
from .cues import pattern
from .evidence import Judge, in_title, judge_for
from .focus import focus
from .hits import item_hits, kept_hits, led_away, rebuilt_hits, under_hits
from .namesonly import names_only
from .near import profiles, quoted
from .opening import concrete_blocks, opening_hit, opening_of
from .owners import headed_by_head, heads_acts, named_head, nobodys
from .ownunit import judged_unit
from .prefer import best
from .results import OPENING, QUOTE_MAX, ItemResult, PartResult, quote_of
from .rival import Rivals, only_in_passing, passing
from .titles import Hit
from .topiclists import done_lists, topic_lists
from .weakness import own_head, topics

_SPACES = Lazy(r"\s{2,}")  # a quote's hard-wrapped gaps


def cover_items(ctx: Context) -> dict[str, ItemResult]:
    """Which checklist items the report covers, and the sentence that covers each.

    An item is searched in the paragraphs of its own part; a part that is folded or missing
    is searched across the body (never the plan for a measures or duties item, nor the
    shortcomings). A measures or duties item is covered only by a sentence that reports
    something done (``evidence``: an action or a figure, as the item's ``evidence`` asks), not
    by a wish, a weakness, the opening or a heading; a sentence without figures that names
    three items or more is a list of topics and covers none of them. An item whose ``since``
    is after the report year is not applicable.
    """

    unit = judged_unit(ctx.doc)
    judge = judge_for(ctx.checklist.evidence, ctx.year, superior_levels(unit), own_titles(unit), unit or "")
    rivals = _rivals(ctx)
    rivals_key = _rivals_key(rivals)
    out: dict[str, ItemResult] = {}
    opening_blocks = opening_of(ctx)
    opening = {id(b) for b in opening_blocks}
    concrete = concrete_blocks(opening_blocks)  # the opening's paragraphs that may report an item
    body = [b for b in ctx.doc.blocks if b.role == "body" and b.kind == "paragraph" and id(b) not in opening]
    elsewhere = {
        id(b) for pid in ("plan", "shortcomings") if ctx.parts[pid].status == "present" for b in ctx.parts[pid].blocks
    }

    def own(key: str, blocks: Callable[[], list[Block]]) -> Corpus:
        """The corpus of ``key``, built once, of the writer's words only (drafter's own opening and
        【请填写】 slots cover nothing)."""
        return ctx.corpus(key, lambda: ctx.own_words(blocks()))

    in_parts: dict[str, list[Block]] = {}
    plan: list[tuple[Item, str, PartResult | None, Corpus]] = []
    for item in ctx.checklist.items:
        if item.since is not None and ctx.year is not None and ctx.year < item.since:
            out[item.id] = ItemResult(item, False, status="not-applicable")
            continue
        need = item.evidence or ("action" if item.part in ("measures", "duties") else "mention")
        pr = ctx.parts.get(item.part)
        if item.part == "plan" and (pr is None or pr.status == "missing"):
            out[item.id] = ItemResult(item, False)  # a list among the measures is no plan
            continue
        if item.headings and pr is not None and pr.status == "present":
            corpus = own(f"{item.part}-all", lambda pr=pr: pr.blocks)  # type: ignore[misc]
        elif pr is None or pr.status != "present":
            if need == "mention":
                corpus = own("body-paragraphs", lambda: body)
            else:
                corpus = own("body-done", lambda: [b for b in body if id(b) not in elsewhere])
        else:
            if item.part not in in_parts:
                in_parts[item.part] = [b for b in _paragraphs(pr.blocks) if id(b) not in opening]
            corpus = own(f"{item.part}-paragraphs", lambda p=item.part: in_parts[p])  # type: ignore[misc]
        plan.append((item, need, pr, corpus))
    kept = ctx.memo.map("item-hits")
    texts: dict[int, tuple[str, ...]] = {}
    body_scope: list[list[Block]] = []
    todo: list[tuple[Item, str, Corpus, list[Block] | None, Hashable]] = []
    found: dict[str, tuple[Corpus, str, list[Hit]]] = {}
    for item, need, pr, corpus in plan:  # an item's hits are kept by what its corpus and scope hold
        scope: list[Block] | None = None
        scope_key: Hashable = None
        if need != "mention" and not item.headings:
            if pr is not None and pr.status == "present":
                scope, scope_key = pr.blocks, keep.part_key(ctx, item.part)
            else:
                if not body_scope:
                    body_scope.append([b for b in ctx.doc.blocks if b.role == "body" and id(b) not in elsewhere])
                scope = body_scope[0]
                scope_key = ("body", tuple((b.kind, b.level, b.number, b.text) for b in scope))
        if id(corpus) not in texts:
            texts[id(corpus)] = tuple(b.text for b in corpus.blocks)
        hit_key: Hashable = _hit_key(ctx, item, need, judge, texts[id(corpus)], scope_key)
        got = kept.get(hit_key)
        if got is None:
            todo.append((item, need, corpus, scope, hit_key))
            continue
        found[item.id] = (corpus, need, rebuilt_hits(got, corpus.blocks, scope))  # type: ignore[arg-type]
    cues: dict[int, tuple[Corpus, list[Rx]]] = {}
    for item, _, corpus, _, _ in todo:  # each corpus searched once for the cues of the items it serves
        cues.setdefault(id(corpus), (corpus, []))[1].extend(pattern(c, ctx.year) for c in item.cues)
    for corpus, rxs in cues.values():
        corpus.prepare(tuple(rxs))
    for item, need, corpus, scope, hit_key in todo:
        hits = item_hits(corpus, item, ctx.year, need, judge, rivals)
        under = under_hits(ctx, item, scope, need, judge) if scope is not None else []
        kept.put(hit_key, kept_hits(hits, corpus.blocks, under, scope))
        found[item.id] = (corpus, need, hits + under)
    found = {item.id: found[item.id] for item, _, _, _ in plan}  # in the checklist's order, as before
    parts_of = {item.id: item.part for item, _, _, _ in plan}
    cues_of = {i.id: i.cues for i in ctx.checklist.items}
    lists = topic_lists(found, parts_of, cues_of, ctx.year, ctx.memo.map("topic-lists"), ctx.memo.hold(ctx.checklist))
    lists = done_lists(judge, heads_acts(judge, lists, found), found)  # the head's acts, topics all settled
    chosen: dict[str, Hit | None] = {}
    passed: dict[str, Hit | None] = {}  # an item every sentence names only in passing: the one to point at
    last = last_words(ctx)
    headed = headed_by_head(judge, ctx.doc.blocks)  # paragraphs under a heading that names the own head
    duties = ctx.parts["duties"]  # ... and the duties part's own: the head is the subject its sentences leave out
    heads_part = headed | ({id(b) for b in duties.blocks} if duties.status == "present" else set())
    for item in ctx.checklist.items:
        if item.id in out:
            continue
        corpus, need, hits = found[item.id]
        listed = [
            h
            for h in hits
            if not h.titled and ((item.part, id(h.block), h.start, item.id) in lists or _aside(ctx, item, h, judge))
        ]
        set_aside = {id(h) for h in listed}
        usable = [
            h
            for h in hits
            if id(h) not in set_aside
            and not (item.part == "duties" and restates_duties(ctx, h.block.text, h.start, h.end, h.cue, judge))
            and not cut_off(h, last)
            and in_folded_plan(ctx, item, h)
            and not staff_study(item, h, ctx.year)
            and not (own_head(item) and nobodys(judge, h, heads_part))
        ]
        named = (lambda h: named_head(judge, headed, h)) if own_head(item) else None
        aim = _aim(ctx, judge, item, rivals)
        reports = [h for h in usable if not names_only(judge, item, h, ctx.year)]  # a stance, a plan, a post: named
        chosen[item.id] = best(reports or usable, aim, named)  # one that names it only is quoted only as a mention
        if usable and not reports:
            passed[item.id], chosen[item.id] = chosen[item.id], None
        if item.part == "measures" and all(_in_passing(ctx, item, h, rivals) for h in usable):
            # named only in passing or as one of a list of topics: mentioned, not reported (``_mentioned``)
            got = chosen[item.id] or best([h for h in listed if not cut_off(h, last)], aim)
            passed[item.id], chosen[item.id] = got, None
    away = [  # items of the measures part not found there: looked for in the other parts, all at once
        item
        for item in ctx.checklist.items
        if item.id in chosen
        and chosen[item.id] is None
        and item.part == "measures"
        and found[item.id][1] != "mention"
        and ctx.parts[item.part].status == "present"
    ]
    done_corpus = own("body-done", lambda: [b for b in body if id(b) not in elsewhere]) if away else None
    away_hits: dict[str, list[Hit]] = {}
    if done_corpus is not None:  # kept as an item's hits are, by the texts searched
        done_texts = tuple(b.text for b in done_corpus.blocks)
        kept_away = ctx.memo.map("item-hits-elsewhere")
        away_keys = {
            i.id: (i.cues, i.acts, topics(i), found[i.id][1], ctx.year, ctx.memo.hold(judge), done_texts, rivals_key)
            for i in away
        }
        for i in away:
            if (got := kept_away.get(away_keys[i.id])) is not None:
                away_hits[i.id] = rebuilt_hits(got, done_corpus.blocks, None)  # type: ignore[arg-type]
        if missed := [i for i in away if i.id not in away_hits]:
            done_corpus.prepare(tuple(pattern(c, ctx.year) for item in missed for c in item.cues))
        for i in missed:
            away_hits[i.id] = item_hits(done_corpus, i, ctx.year, found[i.id][1], judge, rivals)
            kept_away.put(away_keys[i.id], kept_hits(away_hits[i.id], done_corpus.blocks, [], None))
    own_blocks = {id(b) for b in ctx.parts["measures"].blocks} if away else set()
    for item in ctx.checklist.items:
        if item.id not in chosen:
            continue
        need = found[item.id][1]
        hit = chosen[item.id]
        where: str | None = None
        if hit is None and item.id in away_hits:
            hit, where = found_elsewhere(ctx, away_hits[item.id], own_blocks, _aim(ctx, judge, item, rivals))
            if (
                hit is not None
                and where is not None
                and (where in item.also or joined_heading(ctx, item, hit, where) or headed_at_home(ctx, item))
            ):  # a part the item is at home in too, under a heading that names it, or its own part's heading names it
                where = None
        if hit is None and need != "mention" and item.part in ("measures", "duties") and concrete:
            hit = _in_opening(ctx, item, need, judge, own("opening", lambda: concrete))
            where = OPENING if hit is not None else None  # written, only not in its part: a note, no gap
            if hit is not None and item.part == "duties":  # the preamble's act named: the body's counted one first
                done = own("body-done", lambda: [b for b in body if id(b) not in elsewhere])
                hit, where = _counted(ctx, item, need, judge, done, last) or (hit, where)
        if hit is not None and where is not None and _in_passing(ctx, item, hit, rivals):
            passed.setdefault(item.id, hit)  # another part's sentence that names it only in passing: no better
            hit = None
        if hit is None:
            out[item.id] = _mentioned(ctx, item, passed.get(item.id))
            continue
        if item.part == "plan" and ctx.parts[item.part].status == "present":  # a folded plan: its own words only
            hit = first_task(found[item.id][0], hit, judge) or hit
        elif need != "mention":
            hit = past_lead(past_heading(ctx, item, hit, need, judge), need, judge)
            if own_head(item) and nobodys(judge, hit, heads_part):  # read on past the head's formula to no one's act
                out[item.id] = ItemResult(item, False)
                continue
        line, col = hit.block.locate(hit.start)
        words = _SPACES.sub("", hit.block.text[hit.start : hit.end]).strip()
        shown = words
        if where is not None and (at := quote_start(hit.block.text, hit.start, hit.end, hit.cue)) > hit.start:
            line, col = hit.block.locate(at)  # the note quotes the words that cover the item, past the first 40
            shown = _SPACES.sub("", hit.block.text[at : hit.end]).strip()
        out[item.id] = ItemResult(
            item,
            True,
            line,
            col,
            evidence=words,
            kind=hit.kind,
            elsewhere=where,
            quote=quote_of(ctx.doc.as_written(line, quote_of(shown))),  # the words as they stand in the report
            block=hit.block,
            start=hit.start,
            weak=hit.weak > 0,
        )
    return out


def _in_passing(ctx: Context, item: Item, h: Hit, rivals: Rivals) -> bool:
    """Whether the hit's sentence names ``item`` only in passing (``rival.only_in_passing``): a sentence a title or a
    heading that names the item led to is the item's, whatever its words, unless a run-in title before it in its
    paragraph names another item instead (``hits.led_away``). Kept by the sentence as ``_aim`` is."""
    if h.titled or h.under:
        return led_away(item, h, rivals, ctx.year)
    sentence = h.block.text[h.start : h.end]
    key = (ctx.memo.hold(ctx.checklist), item.id, ctx.year, _rivals_key(rivals), sentence)
    kept = ctx.memo.map("item-in-passing")
    got = kept.get(key)
    if got is None:
        got = kept.put(key, only_in_passing(item, sentence, rivals, ctx.year))
    return bool(got)


def _mentioned(ctx: Context, item: Item, h: Hit | None) -> ItemResult:
    """An item not covered; where every sentence naming it does so only in passing (``h`` the best of them), that
    sentence as its ``mention``: the writer is asked to check it, no gap is told. Not a sentence that names it only in
    a document's title (学习《提升行政执法质量三年行动计划》): no mention, as ``mention.py`` has it — the gap is told."""
    if h is None or _titled_only(h):
        return ItemResult(item, False)
    at = quote_start(h.block.text, h.start, h.end, h.cue)
    return ItemResult(item, False, mention=quoted(ctx, h.block, h.start, h.end, at), block=h.block, start=h.start)


def _titled_only(h: Hit) -> bool:
    """Whether each of the hit's words (``h.cue``) in its sentence stands inside a document's title (words not in it
    at all — a heading's, that led to it — are none)."""
    text, at = h.block.text, h.block.text.find(h.cue, h.start, h.end) if h.cue else -1
    if at < 0:
        return False
    while at >= 0:
        if not in_title(text, at):
            return False
        at = text.find(h.cue, at + len(h.cue), h.end)
    return True


def quote_start(text: str, start: int, end: int, cue: str) -> int:
    """Where a quote of at most ``QUOTE_MAX`` characters of the sentence ``text[start:end]`` starts so
    that it holds ``cue`` (the words that cover the item): the sentence's start when they stand in its
    first ``QUOTE_MAX`` characters, else the first clause start from which a quote reaches them, else
    as far before them as a quote reaches ("……带头学法4次，出庭应诉1次" quotes 出庭应诉, not the
    sentence's first words)."""
    at = text.find(cue, start, end) if cue else -1
    if at < 0 or at + len(cue) <= start + QUOTE_MAX:
        return start
    reach = at + len(cue) - QUOTE_MAX
    clauses = (i + 1 for i in range(max(start, reach - 1), at) if text[i] in "，,；;：:")
    return next(clauses, max(reach, start))


def _hit_key(ctx: Context, item: Item, need: str, judge: Judge, texts: tuple[str, ...], *scope: Hashable) -> Hashable:
    """What an item's hits depend on: its words, the evidence it needs, the year, the judge and the texts
    searched (and the scope a heading walk reads): the key they are kept by between re-checks."""
    rivals = _rivals_key(_rivals(ctx))
    return (item.cues, item.acts, topics(item), need, ctx.year, ctx.memo.hold(judge), texts, rivals, *scope)


def _in_opening(ctx: Context, item: Item, need: str, judge: Judge, corpus: Corpus) -> Hit | None:
    """The sentence of the opening that reports ``item`` by a concrete act (``opening.opening_hit``);
    its hits kept by the opening's texts, as an item's hits are."""
    kept = ctx.memo.map("item-hits-opening")
    rivals = _rivals(ctx)
    key = _hit_key(ctx, item, need, judge, tuple(b.text for b in corpus.blocks))
    got = kept.get(key)
    if got is None:
        hits = item_hits(corpus, item, ctx.year, need, judge, rivals)
        kept.put(key, kept_hits(hits, corpus.blocks, [], None))
    else:
        hits = rebuilt_hits(got, corpus.blocks, None)  # type: ignore[arg-type]
    return opening_hit(judge, hits, _aim(ctx, judge, item, rivals), [pattern(c, ctx.year) for c in item.cues])


def _counted(
    ctx: Context, item: Item, need: str, judge: Judge, corpus: Corpus, last: Block | None
) -> tuple[Hit, str] | None:
    """A sentence of another part than the item's own that reports ``item`` with a figure, to the point
    and by the unit: the report's preamble names the act ("局长带头学法，全面推进……"), the body counts it
    ("局长主持党组会前学法12次" among the measures), and the count is what a reviewer searches for."""
    rivals = _rivals(ctx)
    aim = _aim(ctx, judge, item, rivals)
    hits = [
        h
        for h in item_hits(corpus, item, ctx.year, need, judge, rivals)
        if h.kind == "figure" and not h.weak and not cut_off(h, last) and not aim(h.block.text[h.start : h.end])
    ]
    hit, pid = found_elsewhere(ctx, hits, {id(b) for b in ctx.parts[item.part].blocks}, aim)
    return (hit, pid) if hit is not None and pid is not None else None


def _aim(ctx: Context, judge: Judge, item: Item, rivals: Rivals) -> Callable[[str], int]:
    """How far a sentence is from the point of ``item`` (``focus.focus``), as ``choose`` asks it; one more where it
    names the item only in passing, another of ``rivals`` its topic (``rival.passing``). A function of the sentence
    and of what the key holds: kept between re-checks (each asks it of every hit of every item)."""
    year, kept = ctx.year, ctx.memo.map("item-aim")
    key = (ctx.memo.hold(ctx.checklist), item.id, ctx.memo.hold(judge), year, _rivals_key(rivals))

    def aim(sentence: str) -> int:
        got = kept.get((key, sentence))
        if got is None:
            got = kept.put((key, sentence), focus(judge, item, sentence, year) + passing(item, sentence, rivals, year))
        return got  # type: ignore[return-value]

    return aim


def _aside(ctx: Context, item: Item, h: Hit, judge: Judge) -> bool:
    """``choose.aside`` of the hit, kept by its sentence between re-checks as ``_aim`` is."""
    key = (
        ctx.memo.hold(ctx.checklist),
        item.id,
        ctx.memo.hold(judge),
        ctx.year,
        h.titled,
        h.block.text[h.start : h.end],
    )
    kept = ctx.memo.map("item-aside")
    got = kept.get(key)
    if got is None:
        got = kept.put(key, aside(item, h, ctx.year, judge))
    return bool(got)


def _rivals(ctx: Context) -> Rivals:
    """The items a measures item's sentence may be about instead (``rival.passing``): the measures part's, with the
    checklist's wording profiles."""
    return Rivals(tuple(i for i in ctx.checklist.items if i.part == "measures"), profiles(ctx.checklist))


def _rivals_key(rivals: Rivals) -> Hashable:
    return tuple((i.id, i.part, i.cues) for i in rivals.items), id(rivals.prof)


def _paragraphs(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind == "paragraph"]
