"""The sentences an item's cues find in a report (``item_hits``; under a heading that names the item: ``under_hits``),
and how they are kept between checks (``kept``, ``rebuilt``): ``items.cover_items`` chooses among them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from ..checklists import Item
from ..model import Block
from .context import Context
from .corpus import Corpus
from .cues import pattern
from .evidence import Judge, restated, sentence_at
from .focus import another_study, focus, others_act
from .owners import others_only, titled_duty
from .rival import Rivals, names_another, passing
from .titles import Hit, Step, is_title, onward, reporting, shares, under_headings
from .weakness import actor, carried_act, own_head, slogan_only, topical, topics, unvoiced, weakness

KeptHit = tuple[bool, int, int, int, "str | None", str, bool, int, int]
"""A hit as kept between checks: (under a heading, index of its block, start, end, kind, cue, titled, rank, weak)."""


def kept_hits(hits: list[Hit], blocks: list[Block], under: list[Hit], scope: list[Block] | None) -> tuple[KeptHit, ...]:
    where = {id(b): i for i, b in enumerate(blocks)}
    out = [(False, where[id(h.block)], h.start, h.end, h.kind, h.cue, h.titled, h.rank, h.weak) for h in hits]
    if under:
        assert scope is not None
        at = {id(b): i for i, b in enumerate(scope)}
        out += [(True, at[id(h.block)], h.start, h.end, h.kind, h.cue, h.titled, h.rank, h.weak) for h in under]
    return tuple(out)


def rebuilt_hits(kept: tuple[KeptHit, ...], blocks: list[Block], scope: list[Block] | None) -> list[Hit]:
    """Kept hits on this check's blocks (the same texts, perhaps on other lines)."""
    return [
        Hit((scope if under else blocks)[i], s, e, kind, cue, titled, rank, under, weak)  # type: ignore[index]
        for under, i, s, e, kind, cue, titled, rank, weak in kept
    ]


def under_hits(ctx: Context, item: Item, scope: list[Block], need: str, judge: Judge) -> list[Hit]:
    """The sentence under a heading that names ``item`` (``titles.under_headings``), judged as any hit:
    a topic a meeting dealt with or others' heads' act is weak; an act done to others' heads is none."""
    year = ctx.year

    def topic(text: str, s: int, e: int) -> bool:
        return topical(judge, item, text, s, e, year)

    out = []
    for h in under_headings(ctx, scope, item.cues, need, judge, topic if topics(item) else None):
        h = onward(h, need, judge, _aim(judge, item, year), year, h.cue)
        who = actor(judge, h.block.text, h.start, h.end, None) if own_head(item) else 0
        sentence = h.block.text[h.start : h.end]
        if who is None or others_act(item, sentence):
            continue
        if own_head(item) and (another_study(sentence) or slogan_only(judge, item, h.block.text, h.start, h.end, year)):
            continue
        topic_ = topics(item) and topic(h.block.text, h.start, h.end)
        h.weak = weakness(judge, item, h.block.text[h.start : h.end], topic_, year) + who
        out.append(h)
    return out


def item_hits(
    corpus: Corpus, item: Item, year: int | None, need: str, judge: Judge, rivals: Rivals | None = None
) -> list[Hit]:
    """The accepted evidence sentences for an item, in reading order (at most one per sentence).

    A cue inside a slogan (主要领导亲自抓, 有部署) reports nothing. A title (a heading, or a run-in
    "三是积极推行法律顾问制度。") covers the item only with what follows it: the sentence quoted is the
    first of its paragraph that is no title and reports something done. A sentence dated only before
    the report year ("自2021年1月1日起……") reports an earlier year. The search of a cue goes on past
    weak sentences (``weakness``) and sentences off the point (``focus``: another field, a stance, others'
    act), up to ``WEAK_MAX`` of them, for one that reports the item done. A measure named only as a
    meeting's topic ("专门研究规章起草、行政执法等事项") is no evidence (``weakness.topical``)."""
    at = {id(b): i for i, b in enumerate(corpus.blocks)}
    seen: dict[tuple[int, int], tuple[int, Hit]] = {}
    walked: dict[Step, Hit | None] = {}
    strong = done_to = 0
    for rank, c in enumerate(item.cues):
        for b, start, end, _ in corpus.finditer(pattern(c, year)):
            if (judge.in_slogan(b.text, start, end) and not restated(b.text, start, end)) or unvoiced(
                b.text, start, end
            ):
                continue
            if titled_duty(item, b.text, start):  # 编制《……领导干部学法清单》: a document, no head's act
                continue
            got = reporting(corpus, at[id(b)], start, need, judge, year, walked)
            if got is not None and got.titled:  # a title's paragraph read on past a sentence off its point
                title = b.text if b.kind == "heading" else b.text[slice(*sentence_at(b.text, start))]
                got = onward(got, need, judge, _aim(judge, item, year), year, title)
            if got is None or (id(got.block), got.start) in seen:
                continue
            text = got.block.text
            if got.titled and own_head(item) and slogan_only(judge, item, text, got.start, got.end, year):
                continue  # a title over others' study ("学习宣传贯彻习近平法治思想。将……列入全市各级党委（党组）中心组")
            who = actor(judge, text, got.start, got.end, None if got.titled else (start, end)) if own_head(item) else 0
            if (
                who is None
                or others_act(item, text[got.start : got.end])
                or others_only(judge, item, text, got.start, got.end, start, year)
            ):  # done to others' heads, others' act, a duty only others did
                done_to += 1
                if done_to >= WEAK_MAX:  # bounded as weak sentences are: a sentence of 听取……述法 is judged once each
                    break
                continue
            topic = topics(item) and (
                topical(judge, item, text, got.start, got.end, year)
                if got.titled
                else judge.topical(b.text, start, end, got.end)
            )
            if topic:  # a topic a meeting dealt with ("专门研究行政执法、复议应诉等事项"): none of the work done
                done_to += 1
                if done_to >= WEAK_MAX:
                    break
                continue
            got.cue, got.rank = b.text[start:end], rank
            got.weak = weakness(judge, item, text[got.start : got.end], False, year) + who
            on = carried_act(judge, item, text, got.start, got.end, got.weak, year) if own_head(item) else None
            if on is not None:  # 县长……。同时，主持召开……: the head's act in the sentence carrying him on
                got = Hit(got.block, on[0], on[1], judge.kind(text[on[0] : on[1]]), got.cue, False, rank, weak=on[2])
            seen[(id(got.block), got.start)] = (corpus.starts[at[id(got.block)]] + got.start, got)
            sentence = text[got.start : got.end]
            aside = rivals is not None and passing(item, sentence, rivals, year)
            if got.weak or focus(judge, item, sentence, year) or aside:
                # a better one may follow (one to the point; one the item is the topic of, not named in passing)
                if len(seen) - strong >= WEAK_MAX:
                    break
                continue
            strong += 1
            if got.kind != "action" or strong >= 4:  # alternatives matter only should a list be set aside
                break
    return [h for _, h in sorted(seen.values(), key=lambda x: x[0])]


def led_away(item: Item, h: Hit, rivals: Rivals, year: int | None) -> bool:
    """Whether the sentence ``h`` a title or a heading led to (``titled``, ``under``) stands under a run-in title of
    its paragraph — the last before it — that names another item of the part and not ``item``
    (``rival.names_another``) and goes on with none of the topic words of the title that named it (``h.cue``): a
    numbered title opens the text of what it names ("（二）规范行政行为，提升政务服务水平。一是严格决策程序。司法所全面
    参与街道重大决策……" reports decisions, not services; "（二）持续深化习近平法治思想学习，推动法治宣传落地见效。
    一是建立……习近平法治思想学习宣传阵地。" goes on with its 宣传)."""
    if not (h.titled or h.under) or item.part != "measures":
        return False
    titles = _titles_of(h.block.text)
    at = bisect_right(titles, (h.start, h.start)) - 1
    if at < 0 or titles[at][1] > h.start:
        return False
    title = h.block.text[titles[at][0] : titles[at][1]]
    return names_another(item, title, rivals, year) and not shares(h.cue, title)


@lru_cache(maxsize=4096)
def _titles_of(text: str) -> tuple[tuple[int, int], ...]:
    """The run-in titles of a paragraph (``titles.is_title``), in order: read once per paragraph, not per hit."""
    out, pos = [], 0
    while pos < len(text):
        s, e = sentence_at(text, pos)
        if e <= pos:
            break
        if is_title(text, s, e):
            out.append((s, e))
        pos = e
    return tuple(out)


def _aim(judge: Judge, item: Item, year: int | None) -> Callable[[str], int]:
    """How far a sentence under a title is from the point of ``item`` (``focus.focus``), and, of a duty of the own
    head, how far it falls short of his act (``weakness``: none of the item's ``acts``, 写明主要负责人本人's {head}
    before an act): reading on under "严格落实党政主要负责人……职责。" past "局党组书记、局长坚持……亲自部署" to
    "全年审议议题64个" would quote no head for the item that asks for him."""
    if not own_head(item):
        return lambda x: focus(judge, item, x, year)
    return lambda x: focus(judge, item, x, year) + weakness(judge, item, x, False, year)


WEAK_MAX = 8  # weak sentences a search goes past (bounded: a long report's every 部署 is not walked)
