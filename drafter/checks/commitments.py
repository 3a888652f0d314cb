"""Last year's promises: each plan item of last year's report must be reported on this year.

The promises come from the draft itself (the 去年承诺 list roll-forward keeps in
a comment) and from last year's report when the caller gives it
(``check(..., previous=doc)``: ``lint --previous``, or a draft's ``previous``).
A promise counts as reported when the writer marked the sentence that reports it, or when this
year's measures (paragraphs and item headings, never last year's text adopted as it stood) name
enough of its content words, a synonym standing for a word (``promises.covered``, the
checklist's ``[[synonyms]]``; ``marks.py``); one the writer set aside with a reason is no
finding. The app's outline shows the engine's word (``Result.promises``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..checklists import Checklist
from ..model import Block, Document
from .context import Context
from .cues import own_words
from .keep import kept
from .marks import Mark, Standing, last_year_keys, own_reports, parse_marks, standing
from .promises import Commitment, commitments, content_words, covered, found_word, parse_commitments
from .results import WARNING, Finding, PartResult
from .rule import Rule, Scope


def promised(ctx: Context) -> list[Commitment]:
    """The draft's own 去年承诺 list, then last year's plan items it does not already name."""
    found = list(_listed(ctx.doc))
    if ctx.previous is not None:
        seen = {c.text for c in found}  # last year's report is read once per session (``kept``)
        found += [c for c in _plan_items(ctx.previous, ctx.checklist) if c.text not in seen]
    return found


@kept
def _plan_items(previous: Document, checklist: Checklist) -> tuple[Commitment, ...]:
    """The plan items of last year's report."""
    from .parts import classify

    plan = classify(previous, checklist, previous.meta.year)["plan"]
    return tuple(commitments(plan.blocks)) if plan.status == "present" else ()


def marks(doc: Document) -> dict[str, Mark]:
    """The writer's marks in the draft's 去年承诺 block (``marks.parse_marks``)."""
    if doc.fmt != "md" or "drafter:commitments" not in "".join(doc.lines[:400]):
        return {}
    return parse_marks("\n".join(doc.lines))


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
    cs: list[Commitment], blocks: list[Block], synonyms: tuple[tuple[str, ...], ...] = ()
) -> list[int | None]:
    """For each commitment, the line of the paragraph (or heading) of ``blocks`` that reports it:
    the one naming most of its content words; None when this year's measures do not report it."""
    text = "\n".join(b.text for b in blocks)
    out: list[int | None] = []
    for c in cs:
        if not covered(c, text, synonyms=synonyms):
            out.append(None)
            continue
        want = tuple(content_words(c.text.rstrip("…"), tuple(w for g in synonyms for w in g)))

        best = max(blocks, key=lambda b, want=want: _named(b.text, want, synonyms), default=None)  # type: ignore[misc]
        out.append(best.line if best is not None else None)
    return out


@kept
def _named(text: str, want: tuple[str, ...], synonyms: tuple[tuple[str, ...], ...]) -> int:
    """How many of a promise's words ``text`` names (kept: every re-check asks of every paragraph)."""
    return sum(1 for w in want if found_word(w, text, synonyms))


def reported(cs: list[Commitment], text: str, synonyms: tuple[tuple[str, ...], ...] = ()) -> list[bool]:
    """For each commitment, whether ``text`` (``measures_text``) reports on it."""
    return [covered(c, text, synonyms=synonyms) for c in cs]


COMMITMENT_UNREPORTED = Rule(
    "commitment-unreported", "去年承诺未报告落实情况", Scope.PREVIOUS, {WARNING: "去年承诺的一项今年没有报告落实情况"}
)
PREVIOUS_MISMATCH = Rule(
    "previous-mismatch", "去年的报告选错了", Scope.PREVIOUS, {WARNING: "用作去年报告的是别的单位或不早于本年度的报告"}
)


_last_year_keys = kept(last_year_keys)  # last year's report is the same object all session


@COMMITMENT_UNREPORTED.check
def commitment_unreported(ctx: Context) -> Iterator[Finding]:
    """Each promise of last year: the writer's mark (reported by a sentence, or set aside with a
    reason), else this year's measures in the writer's own words — never a paragraph adopted from
    last year's report as it stood (``marks``)."""
    cs = promised(ctx)
    if not cs:
        return
    body = [b for b in ctx.doc.blocks if b.role == "body"]
    prev = ctx.previous
    adopted = _last_year_keys(prev) if prev is not None else frozenset()
    blocks = own_reports(measures_blocks(ctx.parts, body, ctx.boilerplate), adopted)
    where = ctx.parts["measures"].line if ctx.parts["measures"].status == "present" else None
    lines = reported_lines(cs, blocks, ctx.checklist.synonyms)
    told = marks(ctx.doc)
    ctx.promises = [standing(c, told.get(c.text), blocks, line) for c, line in zip(cs, lines, strict=True)]
    ctx.commitments = [(s.text, s.line) for s in ctx.promises]
    for s in ctx.promises:
        if s.status == "unreported":
            yield COMMITMENT_UNREPORTED.finding(WARNING, _unreported(s), where, part="measures")


def _unreported(s: Standing) -> str:
    if s.lost is not None:
        return (
            f"去年报告承诺“{s.text}”，标记为由“{s.lost[:30]}”报告，但今年的举措和成效中已没有这句；"
            "请重新指明报告它的句子，或写明落实情况"
        )
    return f"请写明做了什么、成效如何，未完成的说明原因：去年报告承诺“{s.text}”，今年的举措和成效中没有报告落实情况"


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
            f"请改用本单位去年的报告：用作去年报告的是“{prev.meta.unit}”的报告，不是本单位（{ctx.doc.meta.unit}）的，"
            "照搬比对和去年承诺都会对不上",
        )
    y = prev.meta.year
    if ctx.year is not None and y is not None and y >= ctx.year:
        same = "也是关于" if y == ctx.year else "是关于更晚的"
        yield PREVIOUS_MISMATCH.finding(
            WARNING, f"请改用{ctx.year - 1}年度的报告：用作去年报告的文件{same}{y}年度的报告"
        )


def _unit(name: str | None) -> str:
    return "".join((name or "").split())


__all__ = ["marks", "measures_blocks", "measures_text", "promised", "reported", "reported_lines"]
