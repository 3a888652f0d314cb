"""Roll-forward carries nothing of last year's content as this year's.

For every seed, every example draft and variants made here (no opening, opening
only, a plan without a heading, duties first): no sentence of 15 characters or
more of last year's body is live text in the new draft (it may only stand in a
comment), and the new plan part holds none of last year's plan, not even as a
comment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from drafter import checklists
from drafter.app import drafts
from drafter.boilerplate import fragments
from drafter.checks import Result, check
from drafter.draft import dump
from drafter.model import Block, Document
from drafter.readers import read_path
from drafter.readers.markdown import read_text

from .conftest import ROOT, seed, seed_paths

EXAMPLES = sorted((ROOT / "examples" / "drafts").glob("*.md"))
_SENTENCE = re.compile(r"[。！？；;!?\n]")
_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*")


def _checked(doc: Document) -> Result:
    cl = checklists.load(doc.meta.unit_type or checklists.registry().infer(doc.meta.unit or "") or "county_gov")
    return check(doc, cl, year=doc.meta.year, boilerplate=fragments())


def _sentences(text: str, least: int) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(_NUMBER.sub("", text)) if len(s.strip()) >= least]


def _assert_nothing_live(last: Document) -> None:
    result = _checked(last)
    started = drafts.roll_document(last)
    new = read_text(started.text)
    live = "\n".join(b.text for b in new.blocks)
    kept = {pr.heading for pr in result.parts.values() if pr.heading}  # part headings stay, a year on
    body = [b for b in last.blocks if b.role in ("body", "opening") and b.text not in kept]
    leaked = [s for b in body for s in _sentences(b.text, 15) if s in live]
    assert not leaked, leaked[:3]
    # part 四: none of last year's plan, not even as a comment
    plan = result.parts["plan"]
    plan_text = [b.title if b.kind == "heading" else b.text for b in plan.blocks if b.text != plan.heading]
    new_plan = _check_part(new, "plan")
    lines = started.text.split("\n")
    start = new_plan.line or 0
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    region = "\n".join(lines[start - 1 : end])
    assert region.startswith("## ")
    carried = [s for t in plan_text for s in _sentences(t, 6) if s in region]
    assert not carried, carried[:3]
    # the draft's own check: four parts, none of last year's ticks
    res = _checked(new)
    assert all(res.parts[p].status == "present" for p in ("measures", "shortcomings", "duties", "plan"))
    assert not [i for i, r in res.items.items() if r.covered], "an item ticked by last year's text"


def _check_part(doc: Document, pid: str):  # type: ignore[no-untyped-def]
    pr = _checked(doc).parts[pid]
    assert pr.status == "present"
    return pr


@pytest.mark.parametrize("path", seed_paths() if (ROOT.parent / "shared").is_dir() else [], ids=lambda p: p.name[:3])
def test_seed_rolls_forward_with_nothing_live(path: Path) -> None:
    _assert_nothing_live(read_path(path))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_draft_rolls_forward_with_nothing_live(path: Path) -> None:
    _assert_nothing_live(read_path(path))


# ------------------------------------------------------------ variants of seed 000


def _rebuild(doc: Document, blocks: list[Block]) -> Document:
    """A variant as a user would have it: written out as a draft and read back."""
    doc = replace(doc, blocks=blocks, meta=replace(doc.meta, unit_type="department"))
    return read_text(dump(doc))


def _no_opening(doc: Document, r: Result) -> Document:
    first = r.parts["measures"].blocks[0]
    return _rebuild(doc, [b for b in doc.blocks if b.role != "body" or b.line >= first.line])


def _opening_only(doc: Document, r: Result) -> Document:
    first = r.parts["measures"].blocks[0]
    return _rebuild(doc, [b for b in doc.blocks if b.role != "body" or b.line < first.line])


def _plan_without_heading(doc: Document, r: Result) -> Document:
    plan = r.parts["plan"].blocks
    words = "".join(b.text if b.kind == "paragraph" else b.title for b in plan[1:])
    keep = [b for b in doc.blocks if not any(b is p for p in plan)]
    tail = Block("paragraph", f"{doc.meta.year + 1 if doc.meta.year else 2024}年，我办将" + words, plan[0].line)
    return _rebuild(doc, [*keep, tail])


def _duties_first(doc: Document, r: Result) -> Document:
    duties = r.parts["duties"].blocks
    rest = [b for b in doc.blocks if not any(b is d for d in duties)]
    at = next(i for i, b in enumerate(rest) if b is r.parts["measures"].blocks[0])
    return _rebuild(doc, [*rest[:at], *duties, *rest[at:]])


VARIANTS: dict[str, Callable[[Document, Result], Document]] = {
    "no-opening": _no_opening,
    "opening-only": _opening_only,
    "plan-without-heading": _plan_without_heading,
    "duties-first": _duties_first,
}


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("prefix", ["000", "002"])
def test_variant_rolls_forward_with_nothing_live(prefix: str, name: str) -> None:
    doc = read_path(seed(prefix))
    variant = VARIANTS[name](doc, _checked(doc))
    r = _checked(variant)
    if name == "plan-without-heading":  # the variant is what it says: an unheaded plan, still found
        assert r.parts["plan"].status == "present" and r.parts["plan"].heading is None
    if name == "duties-first":
        assert r.parts["duties"].line < r.parts["measures"].line  # type: ignore[operator]
    if name == "opening-only":
        assert r.parts["measures"].status != "present" or not r.parts["measures"].heading
    _assert_nothing_live(variant)


def test_plan_becomes_commitments_not_next_years_plan() -> None:
    started = drafts.roll_document(read_path(seed("002")))
    assert [c.text for c in started.commitments][:2] == ["完善制度建设", "规范行政行为"]
    new = read_text(started.text)
    assert not [b for b in new.blocks if b.kind == "heading" and "完善制度建设" in b.text]
    assert "<!-- 去年承诺：完善制度建设；请报告落实情况 -->" in started.text


def test_previous_is_relative_to_the_drafts_folder(tmp_path: Path) -> None:
    src = tmp_path / "去年" / "报告.md"
    src.parent.mkdir()
    src.write_text((ROOT / "examples" / "drafts" / "township_2025.md").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "今年"
    out.mkdir()
    started = drafts.from_report(src, draft_dir=out)
    assert read_text(started.text).meta.previous == "../去年/报告.md"
