"""Which of the four required parts a report has, and where: ``classify`` runs the steps, each in
its module.

1. ``sections``: split the body at its top-level headings (whatever their level or numbering), at
   unnumbered one-line paragraphs that name a part ("存在的问题", ``partheads.bare_headings``), and
   where the opening's paragraphs are numbered as the report's sections ("一、坚持党的领导，强化组织
   保障，局党组……", too long for a heading): a report whose body is numbered themed sections of acts
   has its measures part.
2. ``partheads``: name each section by its heading's wording (the checklist's ``heading`` cues);
   a themed heading ("一、提升政治站位……") with no cue is a measure when it comes before the
   shortcomings and the plan; a container heading ("一、2023年法治政府建设情况") whose sub-headings name
   the parts ("（一）主要举措和成效" "（二）存在的不足和原因") is split at them.
3. ``coverend``: paragraphs after the opening's cover (现将……报告如下) that report acts, with no heading over
   them, are the measures written without their heading; then ``unheaded``: at the end of a section — after its last sub-heading and that item's first
   paragraph — an unheaded paragraph that opens like a part (``intro`` cues: "虽然……但也存在一些
   不足", "2024年，××将……") starts that part.
4. ``folded``: a part still without a section is *folded* if its ``content`` cues occur inside
   another part in a sentence that holds it, else *missing* — the shortcomings only where a sentence states one
   (``faults``: 研究存在问题, 问题整改 are measures), the plan only where next year's words open their sentence, the
   measures only at an opening's sentence that reports an act (``coverend``); the duties part's cues count only in a sentence about this unit's
   own head (``weakness.actor``, as the duties items judge it): "听取各部门主要负责人述法" folds
   nothing; where no head acts, the own leading body's meetings on 法治 (``bodies``: 局党组专题研究法治工作3次) fold it
   (a fallback a duties item's sentence of the head acting replaces); a plan written as another part's sub-heading
   ("（二）下一步整改措施") is folded. The duties part is looked for in the opening too: the own head's act written there is
   the part folded.

Here: each part's ``PartResult`` — present (its sections' blocks, its heading, its first sentence),
folded (where it is written about) or missing.
"""

from __future__ import annotations

from ..checklists import Checklist
from ..lazyre import compile
from ..model import PART_IDS, Block, Document
from ..vocab import words
from ..wordrx import own_titles, superior_levels
from .coverend import measures_after_cover
from .evidence import Judge, judge_for, sentence_at
from .focus import focus, names_law
from .folded import STUDY, folded_at, leads_itself
from .owners import posts_only
from .ownunit import judged_unit
from .partheads import bare_headings, name_sections, split_containers
from .persons import OWN, mentions
from .results import ItemResult, PartResult, quote_of
from .sections import Section, numbered_opening, sections_of
from .unheaded import opens_part, split_tail


def classify(doc: Document, checklist: Checklist, year: int | None) -> dict[str, PartResult]:
    body = [b for b in doc.blocks if b.role == "body"]
    sections = numbered_opening(sections_of(body, bare_headings(body, checklist, year)))
    name_sections(sections, checklist, year)
    sections = split_containers(sections, checklist, year)
    sections = split_tail(
        measures_after_cover(sections, lambda b: opens_part(b, checklist, year) is not None), checklist, year
    )
    unit = judged_unit(doc)  # a report naming itself only as 市政府 in its first sentence: 市委 heads are its own
    return _results(sections, body, checklist, year, superior_levels(unit), own_titles(unit), unit or "")


def _results(
    sections: list[Section],
    body: list[Block],
    checklist: Checklist,
    year: int | None,
    superior: str,
    own: tuple[str, ...] = (),
    unit: str = "",
) -> dict[str, PartResult]:
    results: dict[str, PartResult] = {}
    for pid in (*PART_IDS, "other"):
        owned = [s for s in sections if pid in s.parts]
        if owned:
            first = owned[0]
            heading = (
                first.heading.text
                if first.heading is not None and not first.numbered and first.blocks[0] is first.heading
                else None
            )
            blocks = [b for s in owned for b in s.blocks]
            line, col, quote = _place(blocks[0], 0)
            results[pid] = PartResult("present", line, heading, blocks, col, quote)
            continue
        hit, fallback = folded_at(pid, sections, checklist, year, superior, own, unit)
        if hit is not None:
            line, col, quote = _place(*hit)
            results[pid] = PartResult("folded", line, None, [hit[0]], col, quote, bool(fallback), fallback == STUDY)
        else:
            results[pid] = PartResult("missing")
    return results


def folded_by_items(
    parts: dict[str, PartResult],
    items: dict[str, ItemResult],
    checklist: Checklist,
    year: int | None,
    unit: str | None = None,
) -> PartResult | None:
    """The duties part folded where a duties item is covered by this unit's own head acting, though
    ``classify`` found it missing: the items judge the head's acts more widely than the part's ``content``
    cues ("组建由镇党委书记和镇长共任组长的工作专班……适时召开镇党委会研判法治建设的新情况"), and a
    report whose own items show the head at work does not miss the part (a blind set: a false error).
    Only a sentence on the rule of law (``focus.names_law``: 局长带队调研乡村振兴 is another field) that names
    the own head (``persons.mentions``: not 局党组 alone, not others' heads), neither weak (a topic, others'
    act) nor off the point (``focus.focus``: a stance on the duty, a plan); None when the part is neither missing
    nor folded only as a fallback (``PartResult.fallback``: the own leading body's meeting, the first sentence's
    formula), or none does. A report whose duties items are covered only by the own leadership's acts (局党组专题
    研究法治建设, 县委、县政府定期听取……汇报, 领导班子带头学法: a body he chairs, the own organs, the leaders as a group —
    ``folded.leads_itself``) has the part at most folded there, as a fallback — never missing while the report says
    one of its items is done (no verdict of four blind sets called the duties part missing) — not where they only study
    习近平法治思想 (``studies_law``) nor for the item that asks for the head himself (``NOT_FOLDING``)."""
    missing = parts["duties"].status == "missing" or parts["duties"].study  # the leadership's deploying beats its study
    if not missing and not parts["duties"].fallback:
        return None
    judge = judge_for(
        checklist.evidence, year, superior_levels(unit), own_titles(unit), unit or ""
    )  # the items' judge: a city's 市委书记 is its own
    collective: PartResult | None = None
    for got in items.values():
        if got.item.part != "duties" or not got.covered or got.weak or got.block is None:
            continue
        text = got.block.text
        s, e = sentence_at(text, got.start)
        sentence = text[s:e]
        if not names_law(sentence) or focus(judge, got.item, sentence, year):
            continue
        if any(m.role == OWN for m in mentions(judge, text, s, e)):
            line, col, quote = _place(got.block, got.start)
            return PartResult("folded", line, None, [got.block], col, quote)
        study = got.item.id == STUDY_ITEM
        if (
            missing
            and (collective is None or (collective.study and not study))  # its deploying before its study
            and got.item.id not in NOT_FOLDING
            and (not study or studies_law(sentence))
            and leads_itself(judge, text, s, e)
        ):
            line, col, quote = _place(got.block, got.start)  # the own leadership acting: at most folded, a fallback
            collective = PartResult("folded", line, None, [got.block], col, quote, True, study)
    return collective or (_post_given(judge, items) if missing else None)


def _post_given(judge: Judge, items: dict[str, ItemResult]) -> PartResult | None:
    """The duties part folded, as a fallback, at a duties item's mention that gives the own head his post in a
    group on the rule of law (成立以局长为组长……的工作领导小组, 以书记为组长，镇长为副组长……: ``owners.posts_only``):
    no act of his covers an item, but the report names him heading the work — a sign of the part, which a reviewer
    reads as folded there, never missing (the item stays a mention)."""
    for got in items.values():
        if got.item.part != "duties" or got.covered or got.mention is None or got.block is None:
            continue
        text = got.block.text
        s, e = sentence_at(text, got.start)
        if names_law(text[s:e]) and posts_only(judge, text, s, e):
            line, col, quote = _place(got.block, got.start)
            return PartResult("folded", line, None, [got.block], col, quote, True)
    return None


# the item that asks for the head himself: the leadership as a group is not he; its deploying, hearing and 述法 are the
# head's duty done with them
NOT_FOLDING = ("duties-leader",)
STUDY_ITEM = "duties-study"


def studies_law(sentence: str) -> bool:
    """Whether ``sentence`` reports a study of the law in the duty's own words (``words.toml`` law_studies: 学法 — 带头
    学法, 会前学法, the 规定's 带头尊法学法守法用法 —, 旁听庭审: the head's duty done with his leadership): it folds the
    duties part there. A study of 习近平法治思想 or of theory alone (党委中心组专题学习习近平法治思想), the staff's in a
    clause of its own (组织干部职工集中学法), or a body's study of a law named (党组中心组学习会重点学习《民法典》:
    missing-part's example) is the measures' (xi-thought): two blind sets' reviewers read a fold there as "nothing of
    the head"; the 学法治 of a copy that lost 习近平 is none. Like the leading body's study (``PartResult.study``), the
    weakest sign: a copy that breaks off claims nothing by it."""
    ws = words()
    return any(
        any(w in clause for w in ws.law_studies) and not any(s in clause for s in ws.staff)
        for clause in _CLAUSES.split(sentence.replace("学法治", ""))
    )


_CLAUSES = compile(r"[，,；;]")


def _place(block: Block, at: int) -> tuple[int, int, str]:
    """(line, column, quote) of the sentence of ``block`` around ``at``: a part's heading or first
    sentence, a folded part's mention — what a writer searches for on a web copy's one long line."""
    start, end = sentence_at(block.text, at)
    line, col = block.locate(start)
    return line, max(col, 0), quote_of(block.text, start, end)


__all__ = ["classify", "folded_by_items"]
