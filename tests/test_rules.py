"""Every rule's spec, good and bad examples (from rules.toml), and every checklist item's."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

import drafter
from drafter import checklists
from drafter.checks import SEVERITIES, Finding, check
from drafter.checks.engine import check_folder
from drafter.checks.originality import fingerprint
from drafter.checks.registry import rules
from drafter.checks.rule import Scope
from drafter.readers.markdown import read_text as read_draft
from drafter.readers.txt import read_text
from drafter.ruledocs import RULES_TOML, Example, docs

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
    return [f.rule for f in _findings(e)]


def _findings(e: Example) -> list[Finding]:
    text = e.text.strip()  # a draft (front matter first) is read as the app and lint read drafts
    doc = read_draft(text) if text.startswith("+++") else read_text(text)
    year = e.year or doc.meta.year or 2023
    cl = checklists.load(e.type or "base")
    previous = read_text(e.previous.strip()) if e.previous else None
    found = check(doc, cl, year=year, previous=previous).findings
    if e.other:  # a folder rule: the example and another unit's report, compared as lint does
        other = read_text(e.other.strip())
        found += check_folder([fingerprint(doc), fingerprint(other)], ["a.txt", "b.txt"]).findings[0]
    return found


def test_registry_has_every_contract_rule_with_docs_and_examples() -> None:
    registry = rules()
    assert set(registry) >= REQUIRED_IDS
    for rid, d in docs().items():
        assert d.title and d.doc and d.severity in SEVERITIES, rid
        assert d.good and d.bad, f"{rid} needs good and bad examples"
        assert d.advice, f"{rid} needs advice for the report's writer"
        assert all(when for when in d.rule.severities.values()), f"{rid}: say when each severity is emitted"
        assert bool(d.rule.checks) != (d.rule.scope is Scope.FOLDER), f"{rid}: per-report checks, or a folder scope"
        assert (d.rule.folder is not None) == (d.rule.scope is Scope.FOLDER), f"{rid}: a folder rule's check"
    assert set(docs()) == set(registry)
    toml = tomllib.loads(RULES_TOML.read_text(encoding="utf-8"))
    assert set(toml) == set(registry), "rules.toml documents exactly the registered rules"


def test_bad_examples_emit_only_declared_severities() -> None:
    """A rule's spec says which severities it can emit: its own bad examples never emit another."""
    for rid, i, e in _cases("bad"):
        got = {f.severity for f in _findings(e) if f.rule == rid}
        assert got <= set(rules()[rid].severities), (rid, i, got)


def _string_constants() -> list[tuple[str, int, str]]:
    out = []
    for path in sorted((Path(drafter.__file__).parent).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append((path.relative_to(Path(drafter.__file__).parent).as_posix(), node.lineno, node.value))
    return out


# The same words used for another thing than a rule: a checklist table and a template field.
NOT_RULE_IDS = {("checklists.py", "wording"), ("commands/template.py", "placeholder")}


def test_each_rule_id_is_written_once_in_python() -> None:
    """A rule's id is written in its ``Rule(...)`` and nowhere else in drafter/: every other use
    goes through the object (``STALE_YEAR.id``), so an id cannot drift."""
    ids = set(rules())
    seen: dict[str, list[str]] = {}
    for path, line, value in _string_constants():
        if value in ids and (path, value) not in NOT_RULE_IDS:
            seen.setdefault(value, []).append(f"{path}:{line}")
    assert {rid: where for rid, where in seen.items() if len(where) > 1} == {}
    assert set(seen) == ids


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
    """Each example judged as the item search judges a sentence (``weakness.sentence_weakness``): a
    good one reports the item (weakness 0), a weak one only names it (a meeting's topic, without the
    item's acts, others' heads doing a duty: quoted only when nothing better does), a bad one is no
    evidence (the words only in a slogan, or a duty done to others' heads)."""
    from drafter.checks.evidence import judge_for
    from drafter.checks.weakness import sentence_weakness

    judge = judge_for(checklists.load("base").evidence)  # a cue inside a slogan (亲自抓) names nothing

    assert item.good and item.bad, f"{item_id} needs good and bad examples"
    assert not item.acts or item.weak, f"{item_id}: acts need weak examples (the item named without them)"
    for text in item.good:
        assert sentence_weakness(judge, item, text) == 0, f"{item_id}: good example not a report: {text}"
    for text in item.bad:
        assert sentence_weakness(judge, item, text) is None, f"{item_id}: bad example covered: {text}"
    for text in item.weak:  # covered, but quoted only when no sentence reports the item better
        assert (sentence_weakness(judge, item, text) or 0) >= 1, f"{item_id}: weak example: {text}"
