"""What the parts say: checklist items covered, causes named, parts not thin."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache

from ..checklists import Item
from ..model import PART_IDS, PART_NAMES, Block
from . import keep
from .context import Context
from .corpus import Corpus
from .cues import any_cue, pattern
from .results import ERROR, INFO, WARNING, Finding, ItemResult, PartResult
from .rule import Rule, Scope

# Only words that name a cause: "意识不强" restates a shortcoming, it does not explain one.
_CAUSES = re.compile(
    r"原因|由于|因为|源于|归因|归结|根源|究其|根本上|缘于|根子|因素|一方面[^。]{0,60}另一方面"
    r"|(产生|出现|形成|存在)[^。]{0,16}(主要|根本|关键)?在于|造成[^。]{0,10}(问题|不足|现象)的"
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|件|次|项|人|名|场|个|条|卷|万|余|家|期|份|篇|户|元|天|小时)")
_DUTY_ACTS = re.compile(r"学法|部署|听取|汇报|述法|出庭|主持|亲自|审定|督办|协调|研究")
_LEADER = re.compile(r"主要负责人|主要领导|一把手|(党委|党组|党工委)书记|[县区市乡镇]长|局长|主任|负责同志")
_SENTENCE = re.compile(r"[。！？；;]")


def _blocks_text(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks)


def _words(text: str) -> str:
    """The text without the blanks that masking drafter's own wording left."""
    return "\n".join(t for line in text.split("\n") if (t := _line_words(line)))


@lru_cache(maxsize=8192)
def _line_words(line: str) -> str:
    return re.sub(r" {2,}", "", line).strip()


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
    from .evidence import judge_for

    judge = judge_for(ctx.checklist.evidence)
    out: dict[str, ItemResult] = {}
    opening = {id(b) for b in _opening(ctx)}
    body = [b for b in ctx.doc.blocks if b.role == "body" and b.kind == "paragraph" and id(b) not in opening]
    elsewhere = {
        id(b) for pid in ("plan", "shortcomings") if ctx.parts[pid].status == "present" for b in ctx.parts[pid].blocks
    }

    def own(key: str, blocks: Callable[[], list[Block]]) -> Corpus:
        """The corpus of ``key``, built once, of the writer's words only (drafter's own opening and
        【请填写】 slots cover nothing)."""
        if key not in ctx._corpora:
            ctx.corpus(key, ctx.own_words(blocks()))
        return ctx._corpora[key]

    plan: list[tuple[Item, str, PartResult | None, Corpus]] = []
    for item in ctx.checklist.items:
        if item.since is not None and ctx.year is not None and ctx.year < item.since:
            out[item.id] = ItemResult(item, False, status="not-applicable")
            continue
        need = item.evidence or ("action" if item.part in ("measures", "duties") else "mention")
        pr = ctx.parts.get(item.part)
        if item.headings and pr is not None and pr.status == "present":
            corpus = own(f"{item.part}-all", lambda pr=pr: pr.blocks)  # type: ignore[misc]
        elif pr is None or pr.status != "present":
            if need == "mention":
                corpus = own("body-paragraphs", lambda: body)
            else:
                corpus = own("body-done", lambda: [b for b in body if id(b) not in elsewhere])
        else:
            corpus = own(
                f"{item.part}-paragraphs",
                lambda pr=pr: [b for b in _paragraphs(pr.blocks) if id(b) not in opening],  # type: ignore[misc]
            )
        plan.append((item, need, pr, corpus))
    kept = ctx.memo.map("item-hits")
    texts: dict[int, tuple[str, ...]] = {}
    body_scope: list[list[Block]] = []
    todo: list[tuple[Item, str, Corpus, list[Block] | None, Hashable]] = []
    found: dict[str, tuple[Corpus, str, list[_Hit]]] = {}
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
        hit_key: Hashable = (item.cues, need, ctx.year, ctx.memo.hold(judge), texts[id(corpus)], scope_key)
        got = kept.get(hit_key)
        if got is None:
            todo.append((item, need, corpus, scope, hit_key))
            continue
        found[item.id] = (corpus, need, _rebuilt(got, corpus.blocks, scope))  # type: ignore[arg-type]
    cues: dict[int, tuple[Corpus, list[re.Pattern[str]]]] = {}
    for item, _, corpus, _, _ in todo:  # each corpus searched once for the cues of the items it serves
        cues.setdefault(id(corpus), (corpus, []))[1].extend(pattern(c, ctx.year) for c in item.cues)
    for corpus, rxs in cues.values():
        corpus.prepare(tuple(rxs))
    for item, need, corpus, scope, hit_key in todo:
        hits = _hits(corpus, item.cues, ctx.year, need, judge)
        under = _under_headings(ctx, scope, item.cues, need, judge) if scope is not None else []
        kept.put(hit_key, _kept(hits, corpus.blocks, under, scope))
        found[item.id] = (corpus, need, hits + under)
    found = {item.id: found[item.id] for item, _, _, _ in plan}  # in the checklist's order, as before
    lists = _topic_lists(found)
    for item in ctx.checklist.items:
        if item.id in out:
            continue
        corpus, need, hits = found[item.id]
        hit = next((h for h in hits if (id(h.block), h.start) not in lists), None)
        if hit is None:
            out[item.id] = ItemResult(item, False)
            continue
        line, col = hit.block.locate(hit.start)
        words = re.sub(r"\s{2,}", "", hit.block.text[hit.start : hit.end]).strip()
        out[item.id] = ItemResult(item, True, line, col, evidence=words, kind=hit.kind)
    return out


class _Hit:
    """A sentence of ``block`` (``start:end``) where an item's cue matched, and what kind of evidence it is."""

    __slots__ = ("block", "end", "kind", "start")

    def __init__(self, block: Block, start: int, end: int, kind: str | None) -> None:
        self.block, self.start, self.end, self.kind = block, start, end, kind


KeptHit = tuple[bool, int, int, int, "str | None"]
"""A hit as kept between checks: (under a heading, index of its block, start, end, kind)."""


def _kept(hits: list[_Hit], blocks: list[Block], under: list[_Hit], scope: list[Block] | None) -> tuple[KeptHit, ...]:
    where = {id(b): i for i, b in enumerate(blocks)}
    out = [(False, where[id(h.block)], h.start, h.end, h.kind) for h in hits]
    if under:
        assert scope is not None
        at = {id(b): i for i, b in enumerate(scope)}
        out += [(True, at[id(h.block)], h.start, h.end, h.kind) for h in under]
    return tuple(out)


def _rebuilt(kept: tuple[KeptHit, ...], blocks: list[Block], scope: list[Block] | None) -> list[_Hit]:
    """Kept hits on this check's blocks (the same texts, perhaps on other lines)."""
    return [_Hit((scope if under else blocks)[i], s, e, kind) for under, i, s, e, kind in kept]  # type: ignore[index]


def _hits(corpus: Corpus, cues: tuple[str, ...], year: int | None, need: str, judge: object) -> list[_Hit]:
    """The accepted evidence sentences for an item, in reading order (at most one per sentence)."""
    from .evidence import Judge, accepts, sentence_at

    assert isinstance(judge, Judge)
    seen: dict[tuple[int, int], tuple[int, _Hit]] = {}
    for c in cues:
        for b, start, _, m in corpus.finditer(pattern(c, year)):
            s, e = sentence_at(b.text, start)
            key = (id(b), s)
            if key in seen:
                continue
            kind = judge.kind(b.text[s:e]) if need != "mention" else "mention"
            if accepts(need, kind):
                seen[key] = (m.start() - start + s, _Hit(b, s, e, kind))
                if kind != "action" or len(seen) >= 4:  # alternatives matter only should a list be set aside
                    break
    return [h for _, h in sorted(seen.values(), key=lambda x: x[0])]


def _under_headings(ctx: Context, blocks: list[Block], cues: tuple[str, ...], need: str, judge: object) -> list[_Hit]:
    """A heading that names the item ("（一）深入学习贯彻习近平法治思想") is covered by the first
    sentence under it that reports something done; a heading with nothing done under it covers nothing."""
    from .evidence import Judge, accepts, sentence_at

    assert isinstance(judge, Judge)
    out: list[_Hit] = []
    for i in _heading_at(ctx, blocks):
        h = blocks[i]
        if not any_cue(h.title, cues, ctx.year):
            continue
        for b in blocks[i + 1 :]:
            if b.kind == "heading" and b.level <= h.level:
                break
            if b.kind != "paragraph":
                continue
            text = ctx.own_words([b])[0].text
            pos = 0
            while pos < len(text):
                s, e = sentence_at(text, pos)
                if e <= s:
                    break
                if accepts(need, judge.kind(text[s:e])):
                    out.append(_Hit(b, s, e, judge.kind(text[s:e])))
                    return out
                pos = e + 1 if e == s else e
        if len(out) >= 1:
            break
    return out


def _heading_at(ctx: Context, blocks: list[Block]) -> list[int]:
    """Where the headings of ``blocks`` are: found once per check for a part's blocks, which
    every item of the part asks about."""
    key = f"headings-{id(blocks)}"
    got = ctx._headings.get(key)
    if got is None or got[0] is not blocks:
        got = ctx._headings[key] = (blocks, [i for i, b in enumerate(blocks) if b.kind == "heading"])
    return got[1]


def _topic_lists(found: dict[str, tuple[Corpus, str, list[_Hit]]]) -> set[tuple[int, int]]:
    """Sentences without figures that would be the evidence of three items or more: a list of
    topics ("开展了法治宣传、行政执法、复议应诉等工作"), not a report of what was done."""
    count: dict[tuple[int, int], int] = {}
    for _, _, hits in found.values():
        for h in hits[:1]:
            if h.kind == "action":
                key = (id(h.block), h.start)
                count[key] = count.get(key, 0) + 1
    return {k for k, n in count.items() if n >= 3}


def _paragraphs(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind == "paragraph"]


def _opening(ctx: Context) -> list[Block]:
    """The paragraphs before the first heading: a summary of the year, evidence of nothing."""
    found = []
    for b in ctx.doc.blocks:
        if b.role != "body":
            continue
        if b.kind == "heading":
            break
        found.append(b)
    return found


REQUIRED_ITEM = Rule(
    "required-item",
    "清单条目没有写到",
    Scope.DOCUMENT,
    {WARNING: "检查清单的条目没有写到（条目的严重程度）", ERROR: "条目设为错误时", INFO: "条目设为提示时"},
)
NO_CAUSES = Rule("no-causes", "只列不足，不写原因", Scope.PART, {WARNING: "“存在的不足”部分没有分析原因"})
THIN_PART = Rule("thin-part", "部分内容单薄", Scope.PART, {WARNING: "某部分没有数字、过短或只有一句话"})


@REQUIRED_ITEM.check
def required_item(ctx: Context) -> Iterator[Finding]:
    for res in ctx.items.values():
        pr = ctx.parts[res.item.part]
        if res.covered or res.status == "not-applicable" or pr.status == "missing":
            continue
        where = f"“{PART_NAMES[res.item.part]}”部分" if pr.status == "present" else "报告"
        yield REQUIRED_ITEM.finding(
            res.item.severity,
            f"{where}没有写到“{res.item.title}”：{res.item.guidance}",
            pr.line,
            part=res.item.part,
        )


@NO_CAUSES.check_parts("shortcomings")
def no_causes(ctx: Context) -> Iterator[Finding]:
    pr = ctx.parts["shortcomings"]
    if pr.status != "present":
        return
    body = [b for b in pr.blocks if b.kind == "paragraph"]
    if not body or any(_CAUSES.search(b.text) for b in body):
        return
    promised = pr.heading is not None and "原因" in pr.heading
    extra = "标题写了“原因”，正文却" if promised else ""
    yield NO_CAUSES.finding(
        WARNING,
        f"“存在的不足”部分{extra}只列了问题，没有分析原因；请写明问题产生的原因",
        pr.line,
        part="shortcomings",
    )


THIN_FLOOR = 40  # characters: below this a shortcomings or plan part is thin whatever the report
THIN_RATIO = 0.25  # a one-sentence part under this share of the report's shortest other part is thin
_ENUM = re.compile(r"[一二三四五六七八九十]是|(?:^|\n)\s*\d+\s*[.、．]|[（(][一二三四五六七八九十]+[）)]")


@THIN_PART.check_parts("measures")
def no_figure(ctx: Context) -> Iterator[Finding]:
    measures = ctx.parts["measures"]
    if measures.status == "present" and not any(_FIGURE.search(b.text) for b in ctx.own_words(measures.blocks)):
        yield THIN_PART.finding(
            WARNING,
            "“主要举措和成效”部分没有一个数字；成效要用件数、次数、比率说明",
            measures.line,
            part="measures",
        )


@THIN_PART.check_parts("duties")
def thin_duties(ctx: Context) -> Iterator[Finding]:
    duties = ctx.parts["duties"]
    if duties.status != "present":
        return
    paras = ctx.own_words([b for b in duties.blocks if b.kind == "paragraph"])
    text = _words(_blocks_text(paras))
    sentences = len([s for s in _SENTENCE.split(text) if s.strip()])
    acts = len(set(_DUTY_ACTS.findall(text)))
    concrete = acts >= 3 and len(text) >= 40  # a short part that names three of the leader's acts is not thin
    if (len(text) < 80 or sentences <= 1) and not concrete:
        yield THIN_PART.finding(
            WARNING,
            f"“第一责任人职责”部分只有{sentences}句、{len(text)}字；请写明主要负责人学法、部署、听取汇报、述法等具体做法",
            duties.line,
            part="duties",
        )
    elif not _LEADER.search(text):
        yield THIN_PART.finding(
            WARNING,
            "“第一责任人职责”部分没有写到主要负责人本人；只复述职责规定而没有本人做了什么，等于没写",
            duties.line,
            part="duties",
        )


def _inner_text(ctx: Context, pr: PartResult) -> str:
    """A part's text under its heading, in the writer's own words (drafter's wording left out)."""
    return _words(_blocks_text(ctx.own_words(pr.blocks[1:] if pr.heading is not None else pr.blocks)))


def _size(ctx: Context, pid: str) -> tuple[int, int]:
    """(characters, statements) of a part under its heading in the writer's own words: statements
    are sentences, 一是/1./（一） items or headings, whichever count is largest. Kept by the part's key."""

    def make() -> tuple[int, int]:
        pr = ctx.parts[pid]
        text = _inner_text(ctx, pr)
        units = max(
            len([x for x in _SENTENCE.split(text) if x.strip()]),
            len(_ENUM.findall(text)),
            sum(b.kind == "heading" for b in pr.blocks[1:]),
        )
        return len(text), units

    return ctx.memo.cached("part-size", (keep.part_key(ctx, pid), ctx.boilerplate), make)


@THIN_PART.check
def thin_relative(ctx: Context) -> Iterator[Finding]:
    """Shortcomings and plan, judged against the report itself.

    Thin: under ``THIN_FLOOR`` characters, or a single statement (one sentence, no 一是/1./（一）
    items) under ``THIN_RATIO`` of the report's shortest other required part. A short plan of
    five items is complete; seed 000's one-sentence 不足 (52 characters beside parts of 453–725)
    is not. On the seeds the one-sentence parts score 0.11 (000, thin) and 0.74 (003, not thin).
    """
    sizes = {pid: _size(ctx, pid)[0] for pid in PART_IDS if ctx.parts[pid].status == "present"}
    for pid in ("shortcomings", "plan"):
        pr = ctx.parts[pid]
        if pr.status != "present":
            continue
        n, units = _size(ctx, pid)
        if n < THIN_FLOOR:
            yield THIN_PART.finding(WARNING, f"“{PART_NAMES[pid]}”部分只有{n}字，过于简略", pr.line, part=pid)
            continue
        others = [v for k, v in sizes.items() if k != pid]
        if units <= 1 and others and n < THIN_RATIO * min(others):
            yield THIN_PART.finding(
                WARNING,
                f"“{PART_NAMES[pid]}”部分只有一句话、{n}字，不到本报告其他部分中最短者（{min(others)}字）的四分之一；"
                "请逐条写明" + ("存在的问题及其原因" if pid == "shortcomings" else "下一年度的具体安排"),
                pr.line,
                part=pid,
            )
