"""What the parts say: checklist items covered (``items`` ticks them), causes named, parts not thin."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..model import PART_IDS, PART_NAMES, Block
from .context import Context
from .results import ERROR, INFO, WARNING, Finding, PartResult
from .rule import Rule, Scope

# Only words that name a cause: "意识不强" restates a shortcoming, it does not explain one.
_CAUSES = re.compile(
    r"原因|由于|因为|源于|归因|归结|根源|究其|根本上|缘于|根子|因素|一方面[^。]{0,60}另一方面"
    r"|(产生|出现|形成|存在)[^。]{0,16}(主要|根本|关键)?在于|造成[^。]{0,10}(问题|不足|现象)的"
)
_FIGURE = re.compile(r"(?<!\d)\d++(?:\.\d++)?\s*+(?:%|％|件|次|项|人|名|场|个|条|卷|万|余|家|期|份|篇|户|元|天|小时)")
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
_ENUM = re.compile(r"[一二三四五六七八九十]是|(?:^|\n)[^\S\n]*+\d++\s*+[.、．]|[（(][一二三四五六七八九十]+[）)]")


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

    return ctx.part_value(pid, make)


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
