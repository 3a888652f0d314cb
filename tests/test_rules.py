"""Every rule's good and bad examples (from rules.toml), and every checklist item's."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.originality import compare, fingerprint
from drafter.checks.registry import rules
from drafter.readers.markdown import read_text as read_draft
from drafter.readers.txt import read_text
from drafter.ruledocs import Example, docs

REQUIRED_IDS = {
    "missing-part",
    "folded-part",
    "part-order",
    "no-causes",
    "stale-year",
    "outdated-citation",
    "wording",
    "placeholder",
    "figures",
    "required-item",
    "thin-part",
    "doc-number",
    "date-form",
}


def _cases(kind: str) -> list[tuple[str, int, Example]]:
    out = []
    for rid, d in docs().items():
        for i, e in enumerate(getattr(d, kind)):
            out.append((rid, i, e))
    return out


def _run(rule_id: str, e: Example) -> list[str]:
    text = e.text.strip()  # a draft (front matter first) is read as the app and lint read drafts
    doc = read_draft(text) if text.startswith("+++") else read_text(text)
    year = e.year or doc.meta.year or 2023
    cl = checklists.load(e.type or "base")
    previous = read_text(e.previous.strip()) if e.previous else None
    found = [f.rule for f in check(doc, cl, year=year, previous=previous).findings]
    if e.other:  # a folder rule: the example and another unit's report, compared as lint does
        other = read_text(e.other.strip())
        extra, _ = compare([fingerprint(doc), fingerprint(other)], ["a.txt", "b.txt"])
        found += [f.rule for f in extra[0]]
    return found


def test_registry_has_every_contract_rule_with_docs_and_examples() -> None:
    registry = rules()
    assert set(registry) >= REQUIRED_IDS
    for rid, d in docs().items():
        assert d.title and d.doc and d.severity in ("error", "warning", "info"), rid
        assert d.good and d.bad, f"{rid} needs good and bad examples"
    assert set(docs()) == set(registry)


@pytest.mark.parametrize(("rule_id", "i", "example"), _cases("good"), ids=lambda v: str(v)[:20])
def test_good_example_passes(rule_id: str, i: int, example: Example) -> None:
    assert rule_id not in _run(rule_id, example)


@pytest.mark.parametrize(("rule_id", "i", "example"), _cases("bad"), ids=lambda v: str(v)[:20])
def test_bad_example_is_reported(rule_id: str, i: int, example: Example) -> None:
    assert rule_id in _run(rule_id, example)


def _items() -> list[tuple[str, checklists.Item]]:
    seen: dict[str, checklists.Item] = {}
    for name in ("county_gov", "department", "township"):
        for item in checklists.load(name).items:
            seen.setdefault(item.id, item)
    return sorted(seen.items())


@pytest.mark.parametrize(("item_id", "item"), _items(), ids=lambda v: v if isinstance(v, str) else "")
def test_checklist_item_examples(item_id: str, item: checklists.Item) -> None:
    from drafter.checks import pattern

    assert item.good and item.bad, f"{item_id} needs good and bad examples"
    for text in item.good:
        assert any(pattern(c).search(text) for c in item.cues), f"{item_id}: good example not covered: {text}"
    for text in item.bad:
        assert not any(pattern(c).search(text) for c in item.cues), f"{item_id}: bad example covered: {text}"
