"""Last year's promises: each plan item of last year's report must be reported on this year.

The promises come from the draft itself (the 去年承诺 list roll-forward keeps in
a comment) and from last year's report when the caller gives it
(``check(..., previous=doc)``: ``lint --previous``, or a draft's ``previous``).
A promise counts as reported when this year's measures (paragraphs and item headings) name
enough of its content words, a synonym standing for a word (``rollforward.covered``, the
checklist's ``[[synonyms]]``); the app's side panel uses the same test.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..checklists import Checklist
from ..model import Block, Document
from ..rollforward import Commitment, commitments, content_words, covered, found_word, parse_commitments
from .context import Context
from .cues import own_words
from .memo import Memo
from .results import WARNING, Finding, PartResult
from .rule import Rule, Scope


def promised(ctx: Context) -> list[Commitment]:
    """The draft's own 去年承诺 list, then last year's plan items it does not already name."""
    found = list(_listed(ctx.doc))
    if ctx.previous is not None:
        prev, checklist = ctx.previous, ctx.checklist
        key = (ctx.memo.hold(prev), ctx.memo.hold(checklist))  # last year's report is read once per session
        seen = {c.text for c in found}
        found += [
            c for c in ctx.memo.cached("promised", key, lambda: _plan_items(prev, checklist)) if c.text not in seen
        ]
    return found


def _plan_items(previous: Document, checklist: Checklist) -> tuple[Commitment, ...]:
    """The plan items of last year's report."""
    from .parts import classify

    plan = classify(previous, checklist, previous.meta.year)["plan"]
    return tuple(commitments(plan.blocks)) if plan.status == "present" else ()


def _listed(doc: Document) -> list[Commitment]:
    """The 去年承诺 comment of a draft (comments are not blocks: they stand in the source lines)."""
    if doc.fmt != "md" or "drafter:commitments" not in "".join(doc.lines[:400]):
        return []
    return parse_commitments("\n".join(doc.lines))


def measures_blocks(parts: dict[str, PartResult], body: list[Block], boilerplate: tuple[str, ...] = ()) -> list[Block]:
    """This year's measures in the writer's own words: the paragraphs and item headings of the
    measures part (of the whole body where there is no such part), without the part's own heading.
    A heading of this year ("（三）推进行政复议体制改革") reports on the promise it names."""
    pr = parts.get("measures")
    if pr is not None and pr.status == "present":
        blocks = pr.blocks[1:] if pr.heading is not None else pr.blocks
    else:
        blocks = body
    return own_words([b for b in blocks if b.kind == "paragraph" or b.level > 1], boilerplate)


def measures_text(parts: dict[str, PartResult], body: list[Block], boilerplate: tuple[str, ...] = ()) -> str:
    """``measures_blocks`` as one text: what ``reported`` searches."""
    return "\n".join(b.text for b in measures_blocks(parts, body, boilerplate))


def reported_lines(
    cs: list[Commitment], blocks: list[Block], synonyms: tuple[tuple[str, ...], ...] = (), memo: Memo | None = None
) -> list[int | None]:
    """For each commitment, the line of the paragraph (or heading) of ``blocks`` that reports it:
    the one naming most of its content words; None when this year's measures do not report it.
    ``memo`` keeps each paragraph's count of a promise's words (the app's re-check)."""
    memo = memo if memo is not None else Memo()
    text = "\n".join(b.text for b in blocks)
    syn = memo.hold(synonyms)
    out: list[int | None] = []
    for c in cs:
        if not covered(c, text, synonyms=synonyms):
            out.append(None)
            continue
        want = tuple(content_words(c.text.rstrip("…"), tuple(w for g in synonyms for w in g)))

        def named(b: Block, want: tuple[str, ...] = want) -> int:
            return memo.cached(
                "promise-words", (b.text, want, syn), lambda: sum(1 for w in want if found_word(w, b.text, synonyms))
            )

        best = max(blocks, key=named, default=None)
        out.append(best.line if best is not None else None)
    return out


def reported(cs: list[Commitment], text: str, synonyms: tuple[tuple[str, ...], ...] = ()) -> list[bool]:
    """For each commitment, whether ``text`` (``measures_text``) reports on it."""
    return [covered(c, text, synonyms=synonyms) for c in cs]


COMMITMENT_UNREPORTED = Rule(
    "commitment-unreported", "去年承诺未报告落实情况", Scope.PREVIOUS, {WARNING: "去年承诺的一项今年没有报告落实情况"}
)
PREVIOUS_MISMATCH = Rule(
    "previous-mismatch", "去年的报告选错了", Scope.PREVIOUS, {WARNING: "用作去年报告的是别的单位或不早于本年度的报告"}
)


@COMMITMENT_UNREPORTED.check
def commitment_unreported(ctx: Context) -> Iterator[Finding]:
    cs = promised(ctx)
    if not cs:
        return
    body = [b for b in ctx.doc.blocks if b.role == "body"]
    blocks = measures_blocks(ctx.parts, body, ctx.boilerplate)
    where = ctx.parts["measures"].line if ctx.parts["measures"].status == "present" else None
    lines = reported_lines(cs, blocks, ctx.checklist.synonyms, ctx.memo)
    ctx.commitments = [(c.text, line) for c, line in zip(cs, lines, strict=True)]
    for c, line in zip(cs, lines, strict=True):
        if line is None:
            yield COMMITMENT_UNREPORTED.finding(
                WARNING,
                f"去年报告承诺“{c.text}”，今年的举措和成效中没有报告落实情况；请写明做了什么、成效如何，"
                "未完成的说明原因",
                where,
                part="measures",
            )


@PREVIOUS_MISMATCH.check
def previous_mismatch(ctx: Context) -> Iterator[Finding]:
    """Last year's report (``--previous`` or the draft's ``previous``) that is another unit's, or not
    of an earlier year: copies and promises would be judged against the wrong report."""
    prev = ctx.previous
    if prev is None:
        return
    mine, theirs = _unit(ctx.doc.meta.unit), _unit(prev.meta.unit)
    if mine and theirs and mine not in theirs and theirs not in mine:
        yield PREVIOUS_MISMATCH.finding(
            WARNING,
            f"用作去年报告的是“{prev.meta.unit}”的报告，不是本单位（{ctx.doc.meta.unit}）的；"
            "照搬比对和去年承诺都会对不上，请改用本单位去年的报告",
        )
    y = prev.meta.year
    if ctx.year is not None and y is not None and y >= ctx.year:
        same = "也是关于" if y == ctx.year else "是关于更晚的"
        yield PREVIOUS_MISMATCH.finding(
            WARNING, f"用作去年报告的文件{same}{y}年度的报告；请改用{ctx.year - 1}年度的报告"
        )


def _unit(name: str | None) -> str:
    return "".join((name or "").split())


__all__ = ["measures_blocks", "measures_text", "promised", "reported", "reported_lines"]
