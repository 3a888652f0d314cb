"""Items the opening reports: the paragraphs before the first heading are no part of the report's
body (``opening_of``: evidence of nothing unless ``opening_hit`` finds a concrete act), yet a report cut short, or one that sums its year up in figures there
("全年开展普法宣传活动16场，调解矛盾纠纷42起"), reports items in them. A sentence of the opening
covers an item only with a concrete act at the item's words: a figure or an act done (``words.toml``
done_verbs: 成立, 签订 …) in the clause that names the item or the one after it. Its stances
("在县委的坚强领导下", "深入学习贯彻习近平法治思想，营造良好法治环境") and the honours it sums up
(``words.toml`` honors: "3项改革事项入选……先行区名单", "获评全省法治政府建设示范镇") report nothing, but
the item's own work honoured does ("“春燕”普法品牌被评为……优秀案例": the brand was run)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..lazyre import Lazy, Rx, compile
from ..model import Block
from ..vocab import alternation, words
from ..wordrx import figure_rx
from .context import Context
from .evidence import Judge
from .focus import stated
from .titles import Hit

_CLAUSE = Lazy(r"[，,；;：:。！？]")


@lru_cache(maxsize=1)
def _done() -> re.Pattern[str]:
    """An act done, not one that only qualifies a noun: "市委印发的实施方案", "上级编制的权责清单" are another
    body's documents the unit followed."""
    ws = words().done_verbs
    return compile(alternation(ws) + "(?!的)" if ws else "(?!)")


@lru_cache(maxsize=1)
def _honors() -> re.Pattern[str]:
    ws = words().honors
    return compile(alternation(ws) if ws else "(?!)")


def concrete(judge: Judge, hit: Hit, words: Sequence[Rx] = ()) -> bool:
    """Whether ``hit`` (a sentence of the opening) reports its item by a concrete act: a figure or an
    act done in the clause of one of its cues or the clause after it, the sentence no stance. The cue the
    search met first is one place; every other of the item's ``words`` (its cues) outside a slogan is
    another ("……把学好用好习近平法治思想当作局党组的头等政治任务，列入党组中心组学习计划，全年安排集中
    研学5次": the count follows the study plan, two clauses after the name). An honour in that clause
    reports the item only when the item's own work is what was honoured: one of its ``words`` stands
    before the honour ("“……审批服务模式”做法入选……营商环境改革“优秀实践案例”")."""
    text = hit.block.text
    sentence = text[hit.start : hit.end]
    if hit.weak or stated(judge, sentence) or judge.kind(sentence) is None:
        return False  # a stance; one that goes on to a result ("以……为指导，……全年行政复议均零败诉") is none
    bounds = [m.end() for m in _CLAUSE.finditer(sentence)]
    at = sentence.find(hit.cue) if hit.cue else -1
    places = [(at, len(hit.cue))] if at >= 0 else []
    places += [
        (m.start(), m.end() - m.start())
        for w in words
        for m in w.finditer(sentence)
        if m.end() > m.start() and not judge.in_slogan(text, hit.start + m.start(), hit.start + m.end())
    ]
    return any(_acts_at(sentence, bounds, a, n, words) for a, n in sorted(set(places)))


def _acts_at(sentence: str, bounds: list[int], at: int, size: int, words: Sequence[Rx]) -> bool:
    """Whether a figure or an act done stands in the clause of the cue at ``sentence[at:at + size]`` or
    the clause after it, and the clause is no honour won by something else than the item's own work."""
    lo = max((b for b in bounds if b <= at), default=0)
    ends = [b for b in bounds if b > at + size]
    hi = ends[1] if len(ends) > 1 else len(sentence)
    honour = _honors().search(sentence, lo, ends[0] if ends else len(sentence))
    if honour is not None and honour.start() < at and not any(w.search(sentence, lo, honour.start()) for w in words):
        return False  # the item's words only name the honour won (获评……示范镇, 入选……先行区名单): no report
    span = sentence[lo:hi]
    return figure_rx().search(span) is not None or _done().search(span) is not None


def opening_hit(judge: Judge, hits: list[Hit], aim: Callable[[str], int], words: Sequence[Rx] = ()) -> Hit | None:
    """The first of ``hits`` (an item's sentences in the opening) that reports it concretely and to
    the point (``aim``: the item's focus; ``words``: its cues)."""
    return next((h for h in hits if concrete(judge, h, words) and not aim(h.block.text[h.start : h.end])), None)


def concrete_blocks(blocks: list[Block]) -> list[Block]:
    """The opening's paragraphs that hold a figure or an act done at all: only they can report an item
    (most openings are stances alone, and the one a writer edits is searched again at each pause)."""
    return [b for b in blocks if figure_rx().search(b.text) is not None or _done().search(b.text) is not None]


def opening_of(ctx: Context) -> list[Block]:
    """The paragraphs before the first heading, and the first paragraph under a first heading that
    only sums the year up ("一、总体情况", ``words.toml`` summary_headings): evidence of nothing. The
    opening ends where a part of the report begins without a heading (its numbered sections:
    "一、坚持党的领导，强化组织保障，局党组……"), and where a part folded into it is written (a report
    whose year's work stands in its opening paragraphs: they report the items)."""
    found: list[Block] = []
    summary = False
    # a folded part ends the opening where it starts, even at the first paragraph: keeping that paragraph
    # out of the evidence (it may only sum the year up) lost the items of pages whose summary and themed
    # sections stand in one paragraph (a blind set: 10 items and a false error on 2 reports)
    parts = {id(b) for pr in ctx.parts.values() if pr.status in ("present", "folded") for b in pr.blocks}
    for b in ctx.doc.blocks:
        if b.role != "body":
            continue
        if b.kind == "paragraph" and id(b) in parts and not summary:
            break
        if b.kind == "heading":
            if summary or not _summary(b.text):
                break
            summary = True
            continue
        found.append(b)
        if summary:
            break
    return found


SUMMARY_HEADING = 16  # characters: "一、2022年法治政府建设总体情况" is still a summary's heading


def _summary(heading: str) -> bool:
    """Whether ``heading`` only names a summary of the year ("一、总体情况")."""
    return len(heading.strip()) <= SUMMARY_HEADING and any(w in heading for w in words().summary_headings)
