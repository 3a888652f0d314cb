"""The rules on the four parts as ``parts.classify`` found them: a part missing, a part folded into
another, the parts out of the regulation's order."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import PART_IDS, PART_NAMES, PART_SHORT, Block
from .closing import broken_off, is_draft
from .content import unread_gaps
from .contents import contents_orders
from .context import Context
from .evidence import sentence_at
from .gaps import also_missing
from .results import ERROR, INFO, WARNING, Finding, PartResult
from .rule import Rule, Scope

MISSING_PART = Rule("missing-part", "缺少必备部分", Scope.DOCUMENT, {ERROR: "四个必备部分之一既没有单列，也没有写到"})
UNREAD_PARTS = Rule(
    "unread-parts", "文本中途中断，后面的部分没有读到", Scope.DOCUMENT, {INFO: "文本停在半句，其后的必备部分没有读到"}
)
FOLDED_PART = Rule(
    "folded-part",
    "必备部分没有单列",
    Scope.DOCUMENT,
    {WARNING: "某一部分只在其他部分中写到（并入的第一责任人职责没有写到的清单条目也在这一条中列出）"},
)
PART_ORDER = Rule("part-order", "各部分顺序与规定不同", Scope.DOCUMENT, {INFO: "各部分的顺序与规定不同"})


@MISSING_PART.check
def missing_part(ctx: Context) -> Iterator[Finding]:
    cut = _cut_off(ctx)
    for pid in PART_IDS:
        if ctx.parts[pid].status == "missing" and pid not in cut:
            yield MISSING_PART.finding(ERROR, f"补写“{_full_name(pid, ctx.year)}”部分：报告中没有", None, part=pid)


@UNREAD_PARTS.check
def unread_parts(ctx: Context) -> Iterator[Finding]:
    """The parts a text that stops mid-sentence never reached (``_cut_off``), and the part it stops in when items
    of it were not found before the break (``content.unread_gaps``): one note at the break, where the writer or
    reviewer sees the copy is incomplete; no part is called missing or folded there, no item not written. The note
    names no item: what was not found before a break may follow it, and a copy's opening often reports an item
    in words no cue holds — a list of them would call unwritten what the reviewer reads written (three blind
    sets' reviewers judged such lists wrong); what the reviewer can act on is the original, read in full."""
    cut = _cut_off(ctx)
    unread = [pid for pid in PART_IDS if pid in cut and ctx.parts[pid].status != "present"]
    last = _last_body(ctx)
    if last is None or not broken_off(ctx):
        return
    gaps = unread_gaps(ctx)
    if not unread and not gaps:
        return
    start, end = sentence_at(last.text, max(len(last.text.rstrip()) - 1, 0))
    said = []
    if gaps:
        said.append(f"“{PART_SHORT[gaps[0].item.part]}”部分没有读完，其中没有找到的清单条目可能写在中断之后，不作判断")
    if unread:
        said.append("".join(f"“{PART_SHORT[p]}”" for p in unread) + "部分没有读到")
    msg = f"请对照完整的原件核对：文本在这里中断（没有写完的句子，其后没有署名和日期），{'；'.join(said)}"
    yield UNREAD_PARTS.at(last, start, end, INFO, msg)


def _duties_first(ctx: Context, pid: str) -> bool:
    """Whether ``pid`` is the duties part placed before the measures (an order the regulation's readers accept,
    ``part_order``): the parts read after it are the measures', what follows them is not reached. A duties part with
    no measures present before it is placed first too: a copy cut after it never reached them (the opening's cover,
    then 一、……第一责任人职责情况, then the break)."""
    duties, measures = ctx.parts["duties"], ctx.parts["measures"]
    if pid != "duties" or duties.line is None:
        return False
    return measures.status != "present" or (measures.line is not None and duties.line < measures.line)


def _last_body(ctx: Context) -> Block | None:
    return next((b for b in reversed(ctx.doc.blocks) if b.role == "body"), None)


_TAIL = ("closing", "signature", "date")


def _cut_off(ctx: Context) -> frozenset[str]:
    """The parts a copy broke off before: the last parts the report's own table of contents names
    (本报告分为四部分：……), none present (missing, or folded: a sentence of another part that names it is not
    the part the contents say follows), in a copy with no closing, 署名 or date after its body; and in a text that
    stops mid-sentence (``closing.broken_off``: a page archive's opening, "……申请材料525"), the parts the
    regulation's order puts after every part read: what follows the break is unknown, neither missing nor folded.
    A report that ends, or that misses a part its contents name before one it has, misses it. A draft in
    progress is never a copy broken off: its writer has not written the parts yet, they are missing."""
    if is_draft(ctx):
        return frozenset()
    blocks = ctx.doc.blocks
    last_body = max((i for i, b in enumerate(blocks) if b.role == "body"), default=-1)
    if any(b.role in _TAIL for b in blocks[last_body + 1 :]):
        return frozenset()
    cut: set[str] = set()
    if broken_off(ctx):  # a copy's first pages: the parts the regulation's order puts after all those read follow
        for pid in reversed(PART_IDS):
            if ctx.parts[pid].status == "present" and not _duties_first(ctx, pid):
                break
            if ctx.parts[pid].status != "present":
                cut.add(pid)
    for order in contents_orders((b for b in blocks if b.role == "body"), ctx.checklist, ctx.year):
        for pid in reversed(order):
            if ctx.parts[pid].status == "present":
                break
            cut.add(pid)  # missing, or folded: a sentence of another part is no part the contents say follows
    return frozenset(cut)


def unread_study(ctx: Context) -> bool:
    """Whether the duties part is folded only at the own leading body's study of the law (``PartResult.study``) in a
    copy that breaks off before the part could stand (``_cut_off``): the weakest sign claims nothing there — the
    part is unread, not folded (a blind set's reviewer: such a fold "has nothing of the head"); in a report read to
    its end the fold stands (another reviewer: missing there is a false error)."""
    return ctx.parts["duties"].study and "duties" in _cut_off(ctx)


@FOLDED_PART.check
def folded_part(ctx: Context) -> Iterator[Finding]:
    cut = _cut_off(ctx)
    for pid in PART_IDS:
        pr = ctx.parts[pid]
        if pr.status == "folded" and pid not in cut:
            # the part's short name (the outline's): the whole message on the app's three status rows
            msg = f"请把“{PART_SHORT[pid]}”部分单独成节：{_where(ctx, pr)}"
            if pid == "duties":  # the duties items not covered are named here, not one by one
                yield FOLDED_PART.on_part(ctx, pid, WARNING, msg + also_missing(ctx))
            else:
                yield FOLDED_PART.on_part(ctx, pid, WARNING, msg)


@PART_ORDER.check
def part_order(ctx: Context) -> Iterator[Finding]:
    placed = [
        (pr.line, PART_IDS.index(pid), pid)
        for pid in PART_IDS
        if (pr := ctx.parts[pid]).status == "present" and pr.line
    ]
    order = [pid for _, _, pid in sorted(placed)]
    expected = [p for p in PART_IDS if p in order]
    if order == expected:
        return
    if order[0] == "duties" and order[1:] == [p for p in expected if p != "duties"]:
        return  # the duties first, the rest in order: a common layout the 规定 allows (it lists contents, not an order)
    names = "、".join(PART_SHORT[p] for p in order)
    msg = f"可按规定的顺序排列各部分（举措成效、不足原因、第一责任人职责、下一年度安排）：本报告的顺序为{names}"
    yield PART_ORDER.on_part(ctx, order[0], INFO, msg)


def _where(ctx: Context, pr: PartResult) -> str:
    """Where a folded part is written: the part that holds it, or the opening before every part
    ("2023年，局党组书记、局长主持召开……，现将有关情况报告如下：")."""
    host = _host(ctx, pr)
    if host:
        return f"只在“{host}”中有所涉及"
    starts = [(o.line, o.col) for o in ctx.parts.values() if o.status == "present" and o.line is not None]
    if pr.line is not None and (not starts or (pr.line, pr.col) < min(starts)):
        return "只在报告开头的段落中有所涉及"
    return "只散见于其他部分"


def _host(ctx: Context, pr: PartResult) -> str | None:
    block = pr.blocks[0] if pr.blocks else None
    for pid, other in ctx.parts.items():
        if (
            other is not pr
            and other.status == "present"
            and block is not None
            and any(b is block for b in other.blocks)
        ):
            return PART_NAMES[pid]
    return None


def _full_name(pid: str, year: int | None) -> str:
    if year is None:
        return {
            "measures": "推进法治政府建设的主要举措和成效",
            "shortcomings": "推进法治政府建设存在的不足和原因",
            "duties": "党政主要负责人履行推进法治建设第一责任人职责情况",
            "plan": "下一年度推进法治政府建设的主要安排",
        }[pid]
    return {
        "measures": f"{year}年度推进法治政府建设的主要举措和成效",
        "shortcomings": f"{year}年度推进法治政府建设存在的不足和原因",
        "duties": f"{year}年度党政主要负责人履行推进法治建设第一责任人职责情况",
        "plan": f"{year + 1}年度推进法治政府建设的主要安排",
    }[pid]
