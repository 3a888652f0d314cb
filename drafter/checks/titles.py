"""How a checklist item's words lead to the sentence that reports the item: titles and headings.

A run-in title ("三是积极推行法律顾问制度。") or a heading that names an item reports nothing itself;
what follows it does. This module recognises titles (``is_title``: numbered and short, paired
catchwords, a list of short tasks) and walks from a title (``reporting``) or from a heading
(``under_headings``) to the first sentence after it that reports something done. ``items.py``
chooses among what these walks find.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lazyre import Lazy
from ..model import Block
from ..patternwords import enumerator_rx
from ..text import CJK, CN_DIGITS
from ..vocab import words
from .context import Context
from .corpus import Corpus
from .cues import any_cue, pattern
from .evidence import Judge, accepts, sentence_at
from .focus import stated
from .partheads import heading_parts

# A run-in item title ("一是学深悟透习近平法治思想。"): the sentence after it reports the item.
TITLE_MAX = 32


class Hit:
    """A sentence of ``block`` (``start:end``) where an item's cue matched, and what kind of evidence it is."""

    __slots__ = ("block", "cue", "end", "kind", "rank", "start", "titled", "under", "weak")

    def __init__(
        self,
        block: Block,
        start: int,
        end: int,
        kind: str | None,
        cue: str = "",
        titled: bool = False,
        rank: int = 0,
        under: bool = False,
        weak: int = 0,
    ) -> None:
        self.block, self.start, self.end, self.kind = block, start, end, kind
        self.cue, self.titled = cue, titled  # the words matched; whether a title names the item
        self.rank, self.under = rank, under  # which of the item's cues matched; under a heading naming the item
        self.weak = weak  # how far it falls short of reporting the item done (``weakness.weakness``): 0 not at all


# where a walk through a paragraph's sentences stands: (block, sentence start, after a title, phase)
Step = tuple[int, int, bool, int]


def reporting(
    corpus: Corpus,
    i: int,
    pos: int,
    need: str,
    judge: Judge,
    year: int | None,
    memo: dict[Step, Hit | None] | None = None,
) -> Hit | None:
    """The sentence that reports what the words at ``pos`` of block ``i`` name: their own sentence,
    or, for a title, the first sentence after it that is no title (in the block, else the next one).

    The walk goes title by title (phase 1), then sentence by sentence until one reports (phase 2).
    ``memo`` holds where each step led, for one item: a paragraph of titles that each name the item
    is walked once, not once per title (that was quadratic in the paragraph)."""
    b = corpus.blocks[i]
    s, e = sentence_at(b.text, pos)
    titled = False
    if b.kind == "heading":
        if i + 1 >= len(corpus.blocks) or corpus.blocks[i + 1].kind != "paragraph":
            return None
        b, s, e, titled = corpus.blocks[i + 1], *sentence_at(corpus.blocks[i + 1].text, 0), True
    memo = {} if memo is None else memo
    path: list[Step] = []
    phase = 1
    result: Hit | None = None
    while True:
        step = (id(b), s, titled, phase)
        if step in memo:
            result = memo[step]
            break
        path.append(step)
        if phase == 1:
            if s < e and is_title(b.text, s, e):
                nxt = _after(b.text, e)
                last = nxt[1] <= nxt[0] or _numbered(b.text, nxt[0]) is not None
                if not last or _catchwords(b.text[s:e]):  # not a list of short tasks ("一是加强学法；二是规范决策。")
                    s, e = nxt  # a title ("三是积极推行法律顾问制度。") or a slogan: what follows reports it
                    titled = True
                    continue
            phase = 2
            continue
        if e <= s:
            break
        sentence = b.text[s:e]
        kind = judge.kind(sentence) if need != "mention" else "mention"
        if accepts(need, kind) and (need == "mention" or kind == "figure" or not _earlier(sentence, year)):
            result = Hit(b, s, e, kind, titled=titled)
            break
        if not titled:
            break
        s, e = _after(b.text, e)  # a title's paragraph: the first of its sentences that reports something
        if _numbered(b.text, s) is not None:
            break
    for step in path:
        memo[step] = result
    return result


def onward(hit: Hit, need: str, judge: Judge, aim: Callable[[str], int], year: int | None, title: str) -> Hit:
    """Under a title or a heading, the first sentence of its paragraph from ``hit`` on that reports the item to the
    point (``aim`` 0: ``focus.focus``) when ``hit``'s own is off it: the title names the item for each of
    them ("（三）普法宣传。将《民法典》等的学习宣传列入中心组学习计划。组织执法人员深入企业开展宣传活动8场。"
    quotes the second: blind sets' kind D5, the neighbouring sentence). The sentence shares a word with the
    ``title`` (宣传; not one of ``words.toml`` title_generic: 加强, 开展): one on another matter under it
    ("局党组书记带头学法4次") is not taken. At most ``ONWARD_MAX`` sentences on, up to the next numbered
    one; else ``hit`` itself."""
    if not (hit.titled or hit.under) or not aim(hit.block.text[hit.start : hit.end]):
        return hit
    text = hit.block.text
    s, e = _after(text, hit.end)
    for _ in range(ONWARD_MAX):
        if e <= s or _numbered(text, s) is not None:
            break
        sentence = text[s:e]
        kind = judge.kind(sentence)
        if (
            accepts(need, kind)
            and not (kind != "figure" and _earlier(sentence, year))
            and not aim(sentence)
            and _shares(title, sentence)
        ):
            return Hit(hit.block, s, e, kind, hit.cue, True, hit.rank, hit.under, hit.weak)
        s, e = _after(text, e)
    return hit


ONWARD_MAX = 3  # sentences a title's paragraph is read on for one to the point
_HAN = Lazy(rf"[{CJK}]{{2,}}")


def shares(title: str, sentence: str) -> bool:
    """``_shares``: whether ``sentence`` holds a two-character topic word of ``title``."""
    return _shares(title, sentence)


def _shares(title: str, sentence: str) -> bool:
    """Whether ``sentence`` holds a two-character word of ``title`` that names a topic (not a generic one)."""
    generic = set(words().title_generic)
    pairs = {run[i : i + 2] for run in _HAN.findall(title) for i in range(len(run) - 1)} - generic
    return any(p in sentence for p in pairs)


def _after(text: str, e: int) -> tuple[int, int]:
    """The sentence after the one ending at ``e``; empty at the end of ``text``. (``sentence_at`` at the
    very end gives the last sentence again when it has no 。: the walk then never moved and kept every
    step it took — a paragraph ending in an unclosed "一是……，……" hung lint and filled the memory.)"""
    return sentence_at(text, e) if e < len(text) else (e, e)


def _names(judge: Judge, text: str, s: int, e: int, cues: tuple[str, ...], year: int | None) -> bool:
    """Whether ``text[s:e]`` names the item: one of its ``cues`` there, not inside a slogan."""
    return any(
        not judge.in_slogan(text, m.start(), m.end()) for c in cues for m in pattern(c, year).finditer(text, s, e)
    )


def _numbered(text: str, at: int) -> int | None:
    """Where the item number at ``text[at:]`` (一是, （一）, 1.; spaces before it skipped) ends, if one is there."""
    while at < len(text) and text[at].isspace():
        at += 1
    m = enumerator_rx().match(text, at)
    return m.end() if m else None


def is_title(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a run-in item title ("一是学深悟透习近平法治思想。"): numbered and short."""
    return e - s <= TITLE_MAX and _numbered(text, s) is not None


def stacked_titles(sentence: str) -> bool:
    """Whether ``sentence`` is headings run together (a copy that lost its line breaks: "二、主要做法（一）加强政务公开
    一是完善政务公开制度。"): it opens with an item number, holds another after it, and has no clause mark and no
    figure — the words of titles, no report. The sentence after it reports what they head (``choose.past_heading``)."""
    body = sentence.strip()
    if _STACK_STOP.search(body) or (_numbered(body, 0) is None and _TOP.match(body) is None):
        return False
    return any(enumerator_rx().match(body, i) for i in range(1, len(body)) if body[i - 1] not in "0123456789")


_STACK_STOP = Lazy(r"[，,；;：:\d０-９]")
_TOP = Lazy(rf"[{CN_DIGITS}]+、")  # a part's number (二、): a heading's


CATCHWORD = 12  # characters: "强化思想引领" and "发挥核心作用" are catchwords; "修订审核办法" alone is a task


def _catchwords(sentence: str) -> bool:
    """Whether a numbered sentence is paired catchwords ("一是深入推进依法行政，加快法治政府建设。"):
    two clauses or more, each short, and no figure or document. One short clause is a task."""
    body = sentence[end:] if (end := _numbered(sentence, 0)) is not None else sentence
    if re.search(r"\d|《", body):
        return False
    clauses = [c for c in re.split(r"[，,；;。：:]", body) if c.strip()]
    return len(clauses) >= 2 and all(len(c.strip()) <= CATCHWORD for c in clauses)


_YEAR = Lazy(r"(?<!\d)(20\d\d)\s*年(?!\s*(?:以来|至今|来))")
# a document's title, and a year's work or report named as the object of an act (听取2021年度……汇报, 审议2022年度……报告)
_TITLED = Lazy(
    r"《[^《》\n]*》|(?<=听取|审议|审定|总结|通报|报送|讨论|撰写|起草|编制|形成)(?:了|通过)?\s*20\d\d\s*年度"
)


def _earlier(sentence: str, year: int | None) -> bool:
    """Whether ``sentence`` is dated only before the report ``year`` (it reports an earlier year). A year inside a
    document's title, or of the year's work an act takes up, dates that, not the act ("审议《2022年度法治政府建设
    情况报告》", "听取2022年度法治建设情况汇报" are done in 2023)."""
    years = [int(y) for y in _YEAR.findall(_TITLED.sub("", sentence))]
    return year is not None and bool(years) and max(years) < year


def under_headings(
    ctx: Context,
    blocks: list[Block],
    cues: tuple[str, ...],
    need: str,
    judge: Judge,
    topic: Callable[[str, int, int], bool] | None = None,
) -> list[Hit]:
    """A heading that names the item ("（一）深入学习贯彻习近平法治思想") is covered by the first
    sentence under it that reports something done; a heading with nothing done under it covers nothing.
    ``topic`` tells a sentence that names the item only as a meeting's topic ("专题研究放管服改革工作"):
    it is taken only when no sentence under the heading reports the item otherwise."""
    out: list[Hit] = []
    parts = {p.heading for p in ctx.parts.values() if p.heading}
    for i in _heading_at(ctx, blocks):
        h = blocks[i]
        if not any_cue(h.title, cues, ctx.year) or (
            (h.text in parts or h.title in parts) and _names_part(ctx, h) and not _heads_own(h.title, cues, ctx.year)
        ):
            continue  # "三、……第一责任人职责" names no item; a themed section's "一、深入学习贯彻习近平法治思想" does
        rank = next(k for k, c in enumerate(cues) if any_cue(h.title, (c,), ctx.year))
        first: tuple[int, Hit] | None = None
        for b in blocks[i + 1 :]:
            if b.kind == "heading" and b.level <= h.level:
                break
            if b.kind != "paragraph":
                continue
            got = _first_reporting(ctx, b, cues, need, judge, topic)
            if got is None:
                continue
            # it stands for the item whatever else it names only if it names the item too
            s, e, level = got
            hit = Hit(b, s, e, judge.kind(b.text[s:e]), h.title, level > UNNAMED, rank, under=True)
            if level == NAMED:
                return [hit]
            if first is None or level > first[0]:
                first = (level, hit)
        if first is not None:
            return [first[1]]
    return out


# A duties part's heading naming the unit's own head (一、区政府主要负责同志履行……职责情况, 县委、县政府主要负责人……,
# 局主要负责人……): what the sentences under it do without a subject of their own, that head does. The regulation's
# generic 党政主要负责人 (单位负责人) names nobody.
_OWN_HEAD = Lazy(
    r"(?:[县区市州旗盟]委、)?(?:[县区市州旗盟镇乡]|街道)(?:人民)?政府主要(?:负责同志|负责人|领导)"
    r"|(?<![各])(?:局|厅)(?:党组|党委)?主要(?:负责同志|负责人|领导)"
)


def _heads_own(title: str, cues: tuple[str, ...], year: int | None) -> bool:
    """Whether ``title`` names the own head (``_OWN_HEAD``) and an item's cue matches there: a duty of the head."""
    m = _OWN_HEAD.search(title)
    return m is not None and any_cue(title[m.start() : m.end()], cues, year)


def _names_part(ctx: Context, h: Block) -> bool:
    """Whether heading ``h`` names a part by its wording (not a themed measures section's heading)."""
    return bool(heading_parts(h, ctx.checklist, ctx.year))


# what a sentence under a heading is, the better the greater: the item's report, the item as a meeting's topic,
# another's report (under "（一）党对法治政府建设的领导坚强有力", 学习 reports no 审议工作要点), a stance
# without a figure or an act after it ("……切实履行第一责任人职责，将……转化为……强大动力": the act follows it)
NAMED, TOPIC, UNNAMED, STANCE = 2, 1, 0, -1


def _first_reporting(
    ctx: Context,
    b: Block,
    cues: tuple[str, ...],
    need: str,
    judge: Judge,
    topic: Callable[[str, int, int], bool] | None = None,
) -> tuple[int, int, int] | None:
    """The sentence of ``b`` (under a heading that names an item) that reports the item: the first
    that reports something done and names the item (``NAMED``), else the first that names the item only
    as a meeting's topic (``TOPIC``), else the first that reports something done (``UNNAMED``), a stance
    (``focus.stated``) only where nothing else does; titles and sentences of an earlier year left out."""
    text = ctx.own_words([b])[0].text
    found: tuple[int, int, int] | None = None
    pos = 0
    while pos < len(text):
        s, e = sentence_at(text, pos)
        if e <= s:
            break
        pos = e + 1 if e == s else e
        sentence = text[s:e]
        kind = judge.kind(sentence)
        if is_title(text, s, e) or not accepts(need, kind) or (kind != "figure" and _earlier(sentence, ctx.year)):
            continue
        level = STANCE if stated(judge, sentence) else UNNAMED
        if _names(judge, text, s, e, cues, ctx.year):
            level = TOPIC if topic is not None and topic(text, s, e) else NAMED
        if level == NAMED:
            return s, e, level
        if found is None or level > found[2]:
            found = (s, e, level)
    return found


def _heading_at(ctx: Context, blocks: list[Block]) -> list[int]:
    """Where the headings of ``blocks`` are: found once per check for a part's blocks, which
    every item of the part asks about."""
    key = f"headings-{id(blocks)}"
    got = ctx._headings.get(key)
    if got is None or got[0] is not blocks:
        got = ctx._headings[key] = (blocks, [i for i, b in enumerate(blocks) if b.kind == "heading"])
    return got[1]
