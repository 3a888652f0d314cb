"""Last year's promises: each plan item of last year's report must be reported on this year.

The promises come from the draft itself (the 去年承诺 list roll-forward keeps in
a comment) and from last year's report when the caller gives it
(``check(..., previous=doc)``: ``lint --previous``, or a draft's ``previous``).
A promise counts as reported when this year's measures share enough of its
keywords (``rollforward.covered``); the app's side panel uses the same test.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Block, Document
from ..rollforward import Commitment, commitments, covered, parse_commitments
from . import Context, Finding, PartResult, own_words
from .registry import rule


def promised(ctx: Context) -> list[Commitment]:
    """The draft's own 去年承诺 list, then last year's plan items it does not already name."""
    found = list(_listed(ctx.doc))
    if ctx.previous is not None:
        from .parts import classify

        year = ctx.previous.meta.year
        plan = classify(ctx.previous, ctx.checklist, year)["plan"]
        if plan.status == "present":
            seen = {c.text for c in found}
            found += [c for c in commitments(plan.blocks) if c.text not in seen]
    return found


def _listed(doc: Document) -> list[Commitment]:
    """The 去年承诺 comment of a draft (comments are not blocks: they stand in the source lines)."""
    if doc.fmt != "md" or "drafter:commitments" not in "".join(doc.lines[:400]):
        return []
    return parse_commitments("\n".join(doc.lines))


def measures_text(parts: dict[str, PartResult], body: list[Block], boilerplate: tuple[str, ...] = ()) -> str:
    """What this year's measures say, in the writer's own words: the paragraphs of the measures part
    (of the whole body where there is no such part). Headings keep no promise."""
    pr = parts.get("measures")
    blocks = pr.blocks if pr is not None and pr.status == "present" else body
    return "\n".join(b.text for b in own_words([b for b in blocks if b.kind == "paragraph"], boilerplate))


def reported(cs: list[Commitment], text: str) -> list[bool]:
    """For each commitment, whether ``text`` (``measures_text``) reports on it."""
    return [covered(c, text) for c in cs]


@rule("commitment-unreported")
def commitment_unreported(ctx: Context) -> Iterator[Finding]:
    cs = promised(ctx)
    if not cs:
        return
    body = [b for b in ctx.doc.blocks if b.role == "body"]
    text = measures_text(ctx.parts, body, ctx.boilerplate)
    where = ctx.parts["measures"].line if ctx.parts["measures"].status == "present" else None
    for c, ok in zip(cs, reported(cs, text), strict=True):
        if not ok:
            yield Finding("commitment-unreported", "warning",
                          f"去年报告承诺“{c.text}”，今年的举措和成效中没有报告落实情况；请写明做了什么、成效如何，"
                          "未完成的说明原因", where, part="measures")


__all__ = ["measures_text", "promised", "reported"]
