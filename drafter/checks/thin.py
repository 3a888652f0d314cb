"""What the parts say as a whole: shortcomings with causes, parts not thin, a plan of tasks not slogans;
and the one finding on a duties part that stands for its items (folded, thin, restated)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy
from ..model import PART_IDS, PART_NAMES, Block
from ..patternwords import enumerator_rx
from ..wordrx import (
    causes_rx,
    duty_acts_rx,
    figure_rx,
    has_hanzi_figure,
    leader_rx,
    own_titles,
    plan_dates_rx,
    voice_rx,
)
from .context import Context
from .cues import any_cue
from .faults import sentence_states_fault
from .gaps import also_missing, worst
from .results import ERROR, WARNING, Finding, PartResult
from .rule import Rule, Scope
from .substance import restated

NO_CAUSES = Rule("no-causes", "只列不足，不写原因", Scope.PART, {WARNING: "“存在的不足”部分没有分析原因"})
THIN_PART = Rule(
    "thin-part",
    "部分内容单薄",
    Scope.PART,
    {
        WARNING: "某部分没有数字、过短、只有一句话，或安排只有口号",
        ERROR: "单薄的第一责任人职责部分没有写到设为错误的清单条目（如县政府的“写明主要负责人本人”）",
    },
)

_SENTENCE = Lazy(r"[。！？；;]")
_SPACES = Lazy(r" {2,}")


def _blocks_text(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks)


def _words(text: str) -> str:
    """The text without the blanks that masking drafter's own wording left."""
    return "\n".join(t for line in text.split("\n") if (t := _line_words(line)))


@lru_cache(maxsize=8192)
def _line_words(line: str) -> str:
    return _SPACES.sub("", line).strip()


@NO_CAUSES.check_parts(*PART_IDS)
def no_causes(ctx: Context) -> Iterator[Finding]:
    return _no_causes(ctx)


def lacks_causes(ctx: Context) -> bool:
    """Whether the shortcomings (a part of their own, or folded into another) name no cause."""
    return ctx.part_value("shortcomings", lambda: _lacks_causes(ctx))


def _lacks_causes(ctx: Context) -> bool:
    pr = ctx.parts["shortcomings"]
    if pr.status == "missing":
        return False
    if pr.status == "folded":  # the paragraph that mentions them: does it say why?
        return not any(causes_rx().search(b.text) for b in pr.blocks)
    body = [b for b in pr.blocks if b.kind == "paragraph"]
    measures = ctx.parts["measures"]
    if measures.status == "present" and measures.blocks and measures.blocks[0] is pr.blocks[0]:
        body = _listed_shortcomings(ctx, pr.blocks[1:])
    return bool(body) and not any(causes_rx().search(b.text) for b in body)


def _listed_shortcomings(ctx: Context, blocks: list[Block]) -> list[Block]:
    """Under one heading over the measures and the shortcomings (一、……主要举措、成效和不足): the paragraphs from
    the first that lists a shortcoming, or from a sub-heading that names them ((三)存在的不足), on; none in an
    opening cut before them."""
    cues = ctx.checklist.parts["shortcomings"]
    for i, b in enumerate(blocks):
        named = any_cue(b.title, cues.heading, ctx.year) if b.kind == "heading" else False
        if named or (b.kind == "paragraph" and sentence_states_fault(b.text, cues.intro + cues.content, ctx.year)):
            return [x for x in blocks[i:] if x.kind == "paragraph"]
    return []


def _no_causes(ctx: Context) -> Iterator[Finding]:
    if not lacks_causes(ctx):
        return
    pr = ctx.parts["shortcomings"]
    promised = pr.heading is not None and "原因" in pr.heading
    extra = "标题写了“原因”，正文却" if promised else ""
    thin = _thin_shortcomings(ctx)
    short = f"，而且{thin}" if thin else ""
    where = "" if pr.status == "present" else "（并入其他部分的）"
    yield NO_CAUSES.on_part(
        ctx,
        "shortcomings",
        WARNING,
        f"请逐条写明问题及其产生的原因：{where}“存在的不足”部分{extra}只列了问题，没有分析原因{short}",
    )


THIN_FLOOR = 40  # characters: below this a shortcomings or plan part is thin whatever the report
THIN_RATIO = 0.25  # a one-sentence part under this share of the report's shortest other part is thin


@THIN_PART.check_parts("measures")
def no_figure(ctx: Context) -> Iterator[Finding]:
    return _no_figure(ctx)


@THIN_PART.check_parts("duties")
def thin_duties_part(ctx: Context) -> Iterator[Finding]:
    return _thin_duties(ctx)


@THIN_PART.check
def thin_relative(ctx: Context) -> Iterator[Finding]:
    return _thin_relative(ctx)


def _no_figure(ctx: Context) -> Iterator[Finding]:
    measures = ctx.parts["measures"]
    own = ctx.own_words(measures.blocks) if measures.status == "present" else []
    if measures.status == "present" and not any(figure_rx().search(b.text) or has_hanzi_figure(b.text) for b in own):
        yield THIN_PART.on_part(
            ctx, "measures", WARNING, "请用件数、次数、比率说明成效：“主要举措和成效”部分没有一个数字"
        )


def _thin_duties(ctx: Context) -> Iterator[Finding]:
    got = thin_duties(ctx)
    if got is not None:
        said = ("duties-leader",) if got == _NO_LEADER else ()  # the message asks for the head himself already
        yield THIN_PART.on_part(ctx, "duties", worst(WARNING, ctx), got + also_missing(ctx, said))


def thin_duties(ctx: Context) -> str | None:
    """What makes the duties part thin (a message), or None: too short, or no leader named."""
    duties = ctx.parts["duties"]
    if duties.status != "present":
        return None
    paras = ctx.own_words([b for b in duties.blocks if b.kind == "paragraph"])
    text = _words(_blocks_text(paras))
    sentences = len([s for s in _SENTENCE.split(text) if s.strip()])
    acts = len(set(duty_acts_rx().findall(text)))
    concrete = acts >= 3 and len(text) >= 40  # a short part that names three of the leader's acts is not thin
    if (len(text) < 80 or sentences <= 1) and not concrete:
        size = f"只有{sentences}句、{len(text)}字" if text else "还没有写内容"  # a new draft's empty part: no "0字"
        return f"请写明主要负责人学法、部署、听取汇报、述法等具体做法：“第一责任人职责”部分{size}"
    # the leader may be named in the sub-headings ("（一）局长带头尊法学法"), not in the part's own heading
    subheads = ctx.own_words([b for b in duties.blocks[1:] if b.kind == "heading"])
    # or the head speaks himself (本人……; 作为推进法治建设第一责任人，我……)
    # or by a title that names the head only in its own unit's report (a 司法所's 所长: wordrx.own_titles)
    own = own_titles(ctx.doc.meta.unit)
    if (
        not re.search(leader_rx(), text)
        and not re.search(voice_rx(), text)
        and not any(re.search(leader_rx(), h.text) for h in subheads)
        and not any(t in x for t in own for x in (text, *(h.text for h in subheads)))
    ):
        return _NO_LEADER
    return None


_NO_LEADER = "请写明主要负责人本人做了什么：“第一责任人职责”部分没有写到主要负责人本人，不要只写单位或党组（党委）"


def duties_judged(ctx: Context) -> bool:
    """Whether the duties part as a whole has a finding (folded, thin, restated): its items not covered
    are named in that finding's message, not reported one by one."""
    pr = ctx.parts["duties"]
    return pr.status == "folded" or (
        pr.status == "present" and (thin_duties(ctx) is not None or restated(ctx) is not None)
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
            len(enumerator_rx().findall(text)),
            sum(b.kind == "heading" for b in pr.blocks[1:]),
        )
        return len(text), units

    return ctx.part_value(pid, make)


def _thin_relative(ctx: Context) -> Iterator[Finding]:
    """Shortcomings and plan, judged against the report itself.

    Thin: under ``THIN_FLOOR`` characters, or a single statement (one sentence, no 一是/1./（一）
    items) under ``THIN_RATIO`` of the report's shortest other required part. A short plan of
    five items is complete; seed 000's one-sentence 不足 (52 characters beside parts of 453–725)
    is not. On the seeds the one-sentence parts score 0.11 (000, thin) and 0.74 (003, not thin).
    Thin shortcomings without causes are one problem: ``no-causes`` reports it, saying it is short.
    """
    for pid in ("shortcomings", "plan"):
        if ctx.parts[pid].status != "present" or (pid == "shortcomings" and lacks_causes(ctx)):
            continue
        got = _thin_shortcomings(ctx) if pid == "shortcomings" else _thin_plan(ctx)
        if got:
            ask = "存在的问题及其原因" if pid == "shortcomings" else "下一年度的具体安排"
            yield THIN_PART.on_part(ctx, pid, WARNING, f"请逐条写明{ask}：“{PART_NAMES[pid]}”部分{got}")


def _thinness(ctx: Context, pid: str) -> str:
    """Why part ``pid`` is thin beside the report's other parts ("只有一句话、52字……"), or ""."""
    n, units = _size(ctx, pid)
    if n < THIN_FLOOR:
        return f"只有{n}字，过于简略" if n else "还没有写内容"  # a new draft's empty part: not "只有0字"
    sizes = {p: _size(ctx, p)[0] for p in PART_IDS if ctx.parts[p].status == "present" and p != pid}
    others = list(sizes.values())
    if units <= 1 and others and n < THIN_RATIO * min(others):
        return f"只有一句话、{n}字，不到本报告其他部分中最短者（{min(others)}字）的四分之一"
    return ""


def _thin_shortcomings(ctx: Context) -> str:
    return _thinness(ctx, "shortcomings") if ctx.parts["shortcomings"].status == "present" else ""


def _thin_plan(ctx: Context) -> str:
    got = _thinness(ctx, "plan")
    if got:
        return got
    items, slogans = ctx.part_value("plan", lambda: _plan_slogans(ctx))
    if len(items) < SLOGANS_MIN or len(slogans) * 3 < len(items) * 2:
        return ""
    return f"{len(items)}条安排中{len(slogans)}条只是口号（如“{slogans[0][:24]}”），没有具体任务、数字或时间"


def _plan_slogans(ctx: Context) -> tuple[list[str], list[str]]:
    """The plan's items, and those that are only slogans (read from the plan part alone)."""
    items = _plan_items(_inner_text(ctx, ctx.parts["plan"]))
    return items, [i for i in items if _slogan(i)]


SLOGANS_MIN = 3  # items: fewer is judged by its length, not its wording
SLOGAN_CLAUSE = 12  # characters: "强化思想引领" and "发挥核心作用" are slogans; "修订审核办法" alone is a task


def _slogan(item: str) -> bool:
    """A plan item of paired catchwords ("加强党的统一领导，发挥核心作用"): two clauses or more, each
    short, and no figure, date or document. One short clause ("修订审核办法") is a task."""
    if re.search(r"\d|《", item) or plan_dates_rx().search(item):
        return False
    clauses = [c for c in re.split(r"[，,；;。：:]", item) if c.strip()]
    return len(clauses) >= 2 and all(len(c.strip()) <= SLOGAN_CLAUSE for c in clauses)


def _plan_items(text: str) -> list[str]:
    """The plan's items: what follows each 一是/（一）/1. (the words before the first are its lead),
    or its sentences when it is not numbered."""
    parts = enumerator_rx().split(text)  # patterns.toml enumerators
    parts = parts[1:] if len(parts) > 1 else re.split(r"[。；;！？\n]", text)
    return [p.strip() for p in parts if len(p.strip()) >= 4]
