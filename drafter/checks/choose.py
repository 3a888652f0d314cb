"""Among the sentences that name a checklist item, the one to quote (``items.cover_items`` asks).

A hit is set aside when it is a fragment a copy broke off in (``cut_off``), the restated duty list
(``restates_duties``), a numbered study sentence before a folded plan begins (``in_folded_plan``),
a list of topics that names three items of one part (``topiclists.topic_lists``), or a sentence that names the item only
as one of a list of topics (``aside``: the item is then left uncovered rather than quoted by it); of the rest the best is
quoted (``prefer.best``); a plan is quoted at its first concrete task (``first_task``); a bare heading by the sentence after it
(``past_heading``), a lead into what was done by the words after its colon (``past_lead``); an item of the
measures not found there is looked for in the other parts (``found_elsewhere``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..checklists import Item
from ..lazyre import Lazy, compile
from ..model import Block
from ..vocab import alternation, words
from ..wordrx import plan_dates_rx, plan_task_rx
from .asides import list_ends, listed
from .context import Context
from .corpus import Corpus
from .cues import pattern
from .evidence import FIGURE, Judge, accepts, in_title, sentence_at
from .focus import CLAUSE_END, bare_heading, stated
from .prefer import order
from .stance import mere_stance
from .titles import Hit, is_title, stacked_titles


def last_words(ctx: Context) -> Block | None:
    """The body's last paragraph: where a copy that breaks off mid-sentence breaks off."""
    return next((b for b in reversed(ctx.doc.blocks) if b.role == "body" and b.kind == "paragraph"), None)


def cut_off(h: Hit, last: Block | None) -> bool:
    """Whether the hit's sentence is a fragment that does not read on its own: it trails off at its
    paragraph's end with a comma ("（三）推进政务公开，"), or the text breaks off in it (a copy's
    last words: "……工作。落实", "严格落实《党政主要负"), and what stands before the break (an
    unclosed 《 title left out) is too short to report anything. A title broken off after the item's
    own words ("印发《青山县重大行政决策事项目录管"), or under a title that names the item ("一是优化营商环境。
    制定印发《推进营商环"), names what was issued: it is no fragment."""
    text = h.block.text
    if text[h.end :].strip():
        return False
    tail = text[h.start : h.end].rstrip()
    if not tail or tail[-1] in FINAL or (tail[-1] not in DANGLING and h.block is not last):
        return False
    opened = tail.rfind("《")
    if opened > tail.rfind("》"):
        lead = tail[:opened].strip("，,、：: ")
        if lead and h.cue and h.cue in tail[opened:]:
            return False
        if (h.titled or h.under) and tail[opened + 1 :].strip() and any(v in lead for v in words().plan_task_verbs):
            return False  # a document issued under a title that names the item
        tail = tail[:opened]
    return len(tail.rstrip("，,、：: ")) < CUT_MIN


FINAL = "。！？!?；;…”’）)"  # a sentence or a quote closed
DANGLING = "，,、：:（(《“"  # a clause left open
CUT_MIN = 16  # characters: "领导班子配备到位，分工" broken off is a fragment; "聘请……律师担任法律顾" still reports


def aside(item: Item, h: Hit, year: int | None, judge: Judge | None = None) -> bool:
    """Whether the hit's sentence names ``item`` only as one of a list of topics (统筹推进重大行政决策、法律顾问、
    “放管服”改革等各项工作: ``asides.listed``) and nothing is done to the list in its clause: the work named, none
    of it reported. Such a sentence covers no item outside the duties part (those weigh the head's own acts:
    ``weakness``): the item is left uncovered rather than quoted by it. The item's own words or a figure after the
    list in its clause report the lot (对规范性文件、重大行政决策、行政合同等事项全部进行合法性审核; ……等事项全部经过
    合法性审核，审核率100%); a stock verb (扎实推进) does not. A sentence a title led to (``titled``) is judged by its
    title. (A study's content stays the ordering's, ``focus``: cadres who study 普法知识 take it to the villages.)"""
    if item.part == "duties" or h.titled:
        return False
    sentence = h.block.text[h.start : h.end]
    if judge is not None and mere_stance(judge, item, sentence, year):
        return True
    if not listed(item, sentence, year):
        return False
    return not any(_done_to(item, sentence, end, year) for end in list_ends(sentence))


def _done_to(item: Item, sentence: str, end: int, year: int | None) -> bool:
    """Whether the rest of the clause after a list ending at ``end`` does the item's work to it (one of its cues or
    acts) or counts it (a figure, in that clause or the next: ……合法性审核，审核率100%)."""
    stop = CLAUSE_END.search(sentence, end)
    rest = sentence[end : stop.start() if stop else len(sentence)]
    after = CLAUSE_END.search(sentence, stop.end()) if stop else None
    counted = sentence[end : after.start() if after else len(sentence)]
    return FIGURE.search(counted) is not None or any(pattern(c, year).search(rest) for c in (*item.cues, *item.acts))


def in_folded_plan(ctx: Context, item: Item, h: Hit) -> bool:
    """A plan item of a plan folded into another part is reported only from the plan's mention on
    ("2024年，我们将……") in its paragraph, not by a numbered study sentence among the measures."""
    pr = ctx.parts.get(item.part)
    if item.part != "plan" or pr is None or pr.status != "folded" or not pr.blocks:
        return True
    return h.block is pr.blocks[0] and h.block.locate(h.start) >= (pr.line or 0, pr.col)


def _concrete(sentence: str, judge: Judge) -> bool:
    """Whether a plan ``sentence`` names a task one can check: a figure, a date, a document, a quoted
    name (“一规划两纲要”, not a stock phrase) or a document to issue (出台……制度), and does not open
    with a slogan ("发挥……“关键少数”作用")."""
    if not (FIGURE.search(sentence) or plan_task_rx().search(sentence) or plan_dates_rx().search(sentence)):
        return False
    first = re.split(r"[，,；;：:]", sentence, maxsplit=1)[0]
    return judge.slogans.search(first) is None


def first_task(corpus: Corpus, hit: Hit, judge: Judge) -> Hit | None:
    """The first sentence from ``hit`` on (in the plan) that names a concrete task, else None: a plan
    whose first item is a slogan ("全面学习贯彻党的二十大精神，以……为指导") is quoted by its first task."""
    at = next((i for i, b in enumerate(corpus.blocks) if b is hit.block), None)
    if at is None:
        return None
    pos = hit.start
    for b in corpus.blocks[at:]:
        if b.kind == "paragraph":
            while pos < len(b.text):
                s, e = sentence_at(b.text, pos)
                if e <= pos:
                    break
                if not is_title(b.text, s, e) and _concrete(b.text[s:e], judge):
                    return Hit(b, s, e, hit.kind, hit.cue, hit.titled, hit.rank, hit.under, hit.weak)
                pos = e
        pos = 0
    return None


def past_heading(ctx: Context, item: Item, hit: Hit, need: str, judge: Judge) -> Hit:
    """The sentence after ``hit`` when ``hit`` is a bare heading written as a sentence ("深入推进政务公开。",
    ``focus.bare_heading``) or headings run together (``titles.stacked_titles``) and the next sentence — in its paragraph, else the paragraph right after it —
    reports something done and is no heading or stance itself, nor another item's report (``another_items``:
    "深入学习贯彻习近平法治思想。" over "召开常务会议学法15场" heads a study of laws, not of the thought): a run-in title is quoted by what
    follows it, so is this. Only the quote moves: the heading's sentence covered the item."""
    sentence = hit.block.text[hit.start : hit.end]
    if not (bare_heading(judge, sentence) or stacked_titles(sentence)):
        return hit
    b, pos = hit.block, hit.end
    if not b.text[pos:].strip():
        blocks = ctx.doc.blocks
        at = next((i for i, x in enumerate(blocks) if x is b), None)
        if at is None or at + 1 >= len(blocks) or blocks[at + 1].kind != "paragraph" or blocks[at + 1].role != "body":
            return hit
        b, pos = blocks[at + 1], 0
    s, e = sentence_at(b.text, pos)
    sentence = b.text[s:e]
    kind = judge.kind(sentence)
    if e <= s or is_title(b.text, s, e) or stated(judge, sentence) or not accepts(need, kind):
        return hit
    if another_items(ctx, item, sentence):
        return hit  # what the heading heads is another item's report: the heading names this one
    return Hit(b, s, e, kind, hit.cue, hit.titled, hit.rank, hit.under, hit.weak)


def another_items(ctx: Context, item: Item, sentence: str) -> bool:
    """Whether ``sentence`` holds another item's cues and none of ``item``'s cues or acts: that item's report."""
    year = ctx.year
    if any(pattern(c, year).search(sentence) for c in (*item.cues, *item.acts)):
        return False
    return any(pattern(c, year).search(sentence) for i in ctx.checklist.items if i.id != item.id for c in i.cues)


def past_lead(hit: Hit, need: str, judge: Judge) -> Hit:
    """The words after a lead's colon when ``hit``'s sentence opens with a lead into what was done
    ("政务公开工作取得明显成效，主要做法如下：全年主动公开……", words.toml ``lead_ends`` before the colon,
    no figure in the lead), or with a run-in title ended by its colon ("深化行政执法体制改革：组织执法人员培训4次":
    one short phrase, no clause mark, ``TITLE_LEAD``), and those words report something: only the quote moves."""
    text = hit.block.text
    m = _lead().match(text, hit.start, hit.end) or _TITLE_LEAD.match(text, hit.start, hit.end)
    if m is None or FIGURE.search(m.group(0)):
        return hit
    rest = text[m.end() : hit.end]
    kind = judge.kind(rest)
    if not rest.strip() or not accepts(need, kind):
        return hit
    return Hit(hit.block, m.end(), hit.end, kind, hit.cue, hit.titled, hit.rank, hit.under, hit.weak)


@lru_cache(maxsize=1)
def _lead() -> re.Pattern[str]:
    return compile(f"[^。；;！？!?：:]{{0,{LEAD_MAX}}}?{alternation(words().lead_ends)}[：:]")


LEAD_MAX = 40  # characters of a lead before its colon ("行政复议工作取得新成效，主要做法如下：")
TITLE_LEAD = 20  # characters of a run-in title before its colon ("深化行政执法体制改革：")
_TITLE_LEAD = Lazy(f"\\s*[^，,。；;！？!?：:、]{{2,{TITLE_LEAD}}}[：:](?![\\d０-９])")


def restates_duties(ctx: Context, text: str, start: int, end: int, cue: str = "", judge: Judge | None = None) -> bool:
    """Whether the sentence ``text[start:end]`` restates the 规定's duty list (what duties-restated flags): it reports
    nothing — unless the next sentence carries it on with the head's act counted (县长……亲自督办。全年主持召开……4次),
    or the item's ``cue`` stands in a clause of it beyond the list that reports an act by ``judge``
    (……亲自督办，带头落实年度述法)."""
    from .substance import restates

    after = text[slice(*sentence_at(text, end))] if end < len(text) else ""
    return restates(ctx, text[start:end], after, cue, judge)


def found_elsewhere(
    ctx: Context, hits: list[Hit], own_part: set[int], focus: Callable[[str], int] | None = None
) -> tuple[Hit | None, str | None]:
    """Evidence for an item of a present part that stands in another part (习近平法治思想 studied and
    reported in the duties part): the item is covered, only not where the regulation puts it.
    ``hits``: the item's hits across the body; ``own_part``: the ids of its own part's blocks; ``focus``
    as ``best`` takes it. The sentences are ordered as ``best`` weighs them (``prefer.order``): to the point, then
    by the item's more specific cue and with a figure ("本年度开展习近平法治思想……学法活动6次" before the head's
    stance "坚持落实……新理念新思想新战略"), else in reading order."""

    def key(h: Hit) -> tuple[int, int, bool, int, int, bool, bool, bool]:
        return order(h, focus(h.block.text[h.start : h.end]) if focus is not None else 0)

    for h in sorted(hits, key=key):  # stable: in reading order among the equally strong
        if id(h.block) in own_part:
            continue
        pid = ctx.part_of(h.block)
        if pid is not None and pid not in ("plan", "shortcomings"):
            return h, pid
    return None, None


def joined_heading(ctx: Context, item: Item, h: Hit, pid: str) -> bool:
    """Whether the top heading over ``h`` in part ``pid`` joins the item's own theme to that part's
    ("一、加强党的领导，压实第一责任人职责": the writer put 党的领导 there on purpose): a clause of it that
    is not the part's own (its ``heading`` cues) names the item — one of its cues, or a term of its title
    (党的领导, 推进机制 of "党的领导和推进机制（考核、普法）")."""
    blocks = ctx.parts[pid].blocks
    heads = [b for b in blocks if b.kind == "heading"]
    if not heads:
        return False
    top = min(b.level for b in heads)
    over = None
    for b in blocks:
        if b is h.block:
            break
        if b.kind == "heading" and b.level == top:
            over = b
    if over is None:
        return False
    own = ctx.checklist.parts[pid].heading
    clauses = [
        c for c in _HEADING_CLAUSE.split(over.text) if c and not any(pattern(x, ctx.year).search(c) for x in own)
    ]
    terms = [t for t in _TITLE_TERM.split(item.title) if len(t) >= 2]
    return any(t in c for c in clauses for t in terms) or any(
        pattern(x, ctx.year).search(c) for c in clauses for x in item.cues
    )


_HEADING_CLAUSE = Lazy(r"[，,、；;：:。\s]+")
_TITLE_TERM = Lazy(r"[和与及、（）()“”\s]+")


def headed_at_home(ctx: Context, item: Item) -> bool:
    """Whether a subheading of the item's own part names it ("（一）深入学习贯彻习近平法治思想" in the measures): the
    writer put the item in its place, whatever part its counted act stands in — no note that it belongs there. A
    name cited in 《》 under the heading is no naming."""
    pr = ctx.parts[item.part]
    rxs = [pattern(c, ctx.year) for c in item.cues]
    return any(
        not in_title(b.text, m.start())
        for b in pr.blocks
        if b.kind == "heading" and b.line != pr.line
        for rx in rxs
        for m in rx.finditer(b.text)
    )
