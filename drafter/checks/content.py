"""Checklist items not written (``items`` ticks them before the rules run)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import PART_SHORT
from .closing import unfinished as _unfinished
from .context import Context
from .results import ERROR, INFO, OPENING, WARNING, Finding, ItemResult, NearSentence
from .rule import Rule, Scope

REQUIRED_ITEM = Rule(
    "required-item",
    "清单条目没有写到",
    Scope.DOCUMENT,
    {
        WARNING: "检查清单的条目没有写到（条目的严重程度）",
        ERROR: "条目设为错误时",
        INFO: "条目设为提示时；写在别的部分，或有一句换了说法、可能写的就是它，或有一句提到了它时",
    },
)


@REQUIRED_ITEM.check
def required_item(ctx: Context) -> Iterator[Finding]:
    unfinished = _unfinished(ctx)  # parts a copy broke off in or before
    broken = _broken(ctx, unfinished)  # the part the break falls in: its gaps are unread-parts' one note
    pointed: dict[tuple[int, str], list[tuple[ItemResult, NearSentence, str]]] = {}  # by the sentence, not its quote
    placed: dict[tuple[int | None, int | None, str, str], list[ItemResult]] = {}  # written elsewhere, by the quote
    for res in ctx.items.values():
        pr = ctx.parts[res.item.part]
        if res.status == "not-applicable" or pr.status == "missing":
            continue
        if res.covered and res.elsewhere is not None and res.line is not None:
            # covered, only not where the regulation puts it: a reviewer's note, never a gap; it says where
            # (part, line, the words) so a reviewer does not read it as a gap — unless the part it belongs in
            # was never read to its end (a copy broken off in or before it): it may stand there after the break
            if res.item.part in unfinished:
                continue
            placed.setdefault((res.line, res.col, res.elsewhere, res.item.part), []).append(res)
            continue
        if res.covered or (res.item.part == "duties" and _duties_judged(ctx)):
            continue
        if res.item.part in broken:  # not found before the break: it may stand after it, unjudged (unread-parts)
            continue
        if res.near is not None:  # written in other words, perhaps: a note that quotes it, no gap
            pointed.setdefault((res.near.line, res.near.sentence), []).append((res, res.near, _NEAR))
            continue
        if res.mention is not None:  # its topic named: what to check, no gap
            pointed.setdefault((res.mention.line, res.mention.sentence), []).append((res, res.mention, _MENTION))
            continue
        # the part's short name (the outline's): the item's guidance, not the frame, fills the app's status rows
        where = f"“{PART_SHORT[res.item.part]}”部分" if pr.status == "present" else "报告中"
        yield REQUIRED_ITEM.on_part(
            ctx, res.item.part, res.item.severity, f"在{where}补写“{res.item.title}”：{res.item.guidance}"
        )
    for group in pointed.values():  # one sentence, one note: the items it may write or names, together
        yield _pointing(ctx, group)
    for same in placed.values():  # one sentence covering several items out of their part: one note too
        res = same[0]
        message = _elsewhere_message(same, "段" if ctx.doc.fmt == "docx" else "行")
        yield Finding(REQUIRED_ITEM.id, INFO, message, res.line, res.col, len(res.quote), res.item.part, res.quote)


_NEAR = "可能写的就是它"
_MENTION = "提到了它，是否写了做法和成效"


def _pointing(ctx: Context, group: list[tuple[ItemResult, NearSentence, str]]) -> Finding:
    """The info on items not found that point at one sentence (``near``, ``mention``): where it stands, its
    words, and what the reviewer should check there — one note for every item pointing at it (a sentence naming
    两个条目 is one thing to check, not two findings)."""
    unit = "段" if ctx.doc.fmt == "docx" else "行"
    res, got, says = group[0]
    got = min((g for _, g, _ in group), key=lambda g: g.col)  # items quoting two clauses of it: from the first
    if len(group) == 1:
        message = (
            f"请核对第{got.line}{unit}“{got.quote}”：没有找到明确写到“{res.item.title}”的句子，这句{says}"
            f"（{res.item.guidance}）"
        )
    else:
        titles = "".join(f"“{r.item.title}”" for r, _, _ in group)
        says = _NEAR if all(s == _NEAR for _, _, s in group) else _MENTION
        says = says.replace("它", "它们")
        guidance = "；".join(f"{r.item.title}：{r.item.guidance}" for r, _, _ in group)
        message = f"请核对第{got.line}{unit}“{got.quote}”：没有找到明确写到{titles}的句子，这句{says}（{guidance}）"
    return Finding(REQUIRED_ITEM.id, INFO, message, got.line, got.col, len(got.quote), res.item.part, got.quote)


def _elsewhere_message(same: list[ItemResult], unit: str) -> str:
    """The note on items written in another part than the regulation's, all by one sentence: that they are
    written, where (the part, the line — ``unit`` 段 in a .docx, whose lines are paragraphs —, its first words)
    and where the regulation puts them."""
    res = same[0]
    assert res.elsewhere is not None
    words = f"：“{res.quote}”" if res.quote else ""
    place = "报告开头" if res.elsewhere == OPENING else f"“{PART_SHORT[res.elsewhere]}”部分"
    titles = "".join(f"“{r.item.title}”" for r in same)
    these = "这一内容" if len(same) == 1 else "这些内容"
    return f"可移到“{PART_SHORT[res.item.part]}”部分：已写到{titles}（在{place}第{res.line}{unit}{words}），不是漏写，按规定{these}宜写在那里"


def _duties_judged(ctx: Context) -> bool:
    """Whether the duties part as a whole has a finding: read from that part alone (with the
    checklist), so the engine keeps it by what the part holds."""
    from .thin import duties_judged

    return ctx.part_value("duties", lambda: duties_judged(ctx))


def unread_gaps(ctx: Context) -> list[ItemResult]:
    """The items a copy broke off before they were found: of the part the break falls in, not found — also those
    a sentence only names or may write in other words (``near``, ``mention``): "no sentence clearly writes it" is
    as unknown there as "not written" (the sentence that reports it may follow the break; blind sets' reviewers
    judged such notes wrong where the opening reports the item) — ``required_item`` leaves them all to the one note
    at the break, which judges none of them."""
    broken = _broken(ctx, _unfinished(ctx))
    return [
        res
        for res in ctx.items.values()
        if res.item.part in broken
        and res.status != "not-applicable"
        and not res.covered
        and not (res.item.part == "duties" and _duties_judged(ctx))
    ]


def _broken(ctx: Context, unfinished: frozenset[str]) -> frozenset[str]:
    """The present part a copy breaks off in (at most one)."""
    return frozenset(pid for pid in unfinished if ctx.parts[pid].status == "present")
