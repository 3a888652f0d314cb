"""Errors planted into the real seed reports, written as reports write them (tests/planting.py).

Each test prints its figures (found / planted, false alarms / planted); run with ``-s`` to see them.
"""

from __future__ import annotations

import pytest

from . import planting, planting_items
from .conftest import seed_paths


@pytest.fixture(scope="module")
def seeds() -> list[planting.Seed]:
    return [planting.load_seed(p) for p in seed_paths()]


def _report(name: str, t: planting.Tally) -> None:
    print(f"\n{name}: {t.hits}/{t.total} ({t.share:.0%})")
    for w in (t.wrong or [])[:10]:
        print("   ", w)


def test_clean_seeds_have_no_figures_findings(seeds: list[planting.Seed]) -> None:
    """No figures finding on the seeds but seed 002's one real slip (“调解160余其矛盾”: 起 typed 其)."""
    got = [f.message for s in seeds for f in s.result.findings if f.rule == "figures"]
    assert got == ["在“160余”后补上量词（次、件、场……）：数字后漏写了"]


def test_planted_figures_are_found(seeds: list[planting.Seed]) -> None:
    t = planting.tally(seeds, lambda rng, s: planting.wrong_figures(rng), "figures", per_seed=30)
    _report("planted figures found", t)
    assert t.total >= 120 and t.share >= 0.9


def test_rates_beside_unrelated_counts_and_targets_are_no_false_alarm(seeds: list[planting.Seed]) -> None:
    t = planting.tally(seeds, lambda rng, s: planting.right_figures(rng), "figures", per_seed=30, at_line=False)
    _report("false alarms on right figures", t)
    assert t.total >= 120 and t.hits == 0, t.wrong


def test_planted_stale_years_are_found(seeds: list[planting.Seed]) -> None:
    t = planting.tally(
        seeds,
        lambda rng, s: planting.stale_years(rng, s.result.year or 2023, s.doc.meta.unit or ""),
        "stale-year",
        per_seed=30,
    )
    _report("planted stale years found", t)
    assert t.total >= 120 and t.share >= 0.9


def test_last_year_only_compared_with_is_no_stale_year(seeds: list[planting.Seed]) -> None:
    t = planting.tally(
        seeds, lambda rng, s: planting.comparisons(rng, s.result.year or 2023), "stale-year", per_seed=30, at_line=False
    )
    _report("false alarms on comparisons with last year", t)
    assert t.total >= 120 and t.hits == 0, t.wrong


def test_clean_seeds_have_no_stale_year_in_the_body(seeds: list[planting.Seed]) -> None:
    assert [f.message for s in seeds for f in s.result.findings if f.rule == "stale-year"] == []


def test_topics_named_only_in_passing_stay_uncovered(seeds: list[planting.Seed]) -> None:
    t = planting_items.tally_items(seeds, planting_items.passing_mentions, covered=False)
    _report("topics named only in passing left uncovered", t)
    assert t.total >= 90 and t.share >= 0.9


def test_real_measures_are_accepted_with_their_line(seeds: list[planting.Seed]) -> None:
    t = planting_items.tally_items(seeds, planting_items.real_measures, covered=True)
    _report("real measures accepted", t)
    assert t.total >= 90 and t.share >= 0.95


def test_the_seeds_own_topic_sentences_are_accepted(seeds: list[planting.Seed]) -> None:
    """Every sentence of the seeds' measures and duties that names an item's topic: ≥ 95% are evidence."""
    from drafter.checks import pattern
    from drafter.checks.evidence import judge_for, sentence_at

    ok = total = 0
    for s in seeds:
        judge = judge_for(s.checklist.evidence)
        for pid in ("measures", "duties"):
            for b in s.result.parts[pid].blocks:
                if b.kind != "paragraph":
                    continue
                starts = {
                    sentence_at(b.text, m.start())
                    for it in s.checklist.items
                    if it.part in ("measures", "duties")
                    for c in it.cues
                    for m in pattern(c, s.result.year).finditer(b.text)
                }
                for st, en in starts:
                    total += 1
                    ok += judge.kind(b.text[st:en]) is not None
    print(f"\nseed topic sentences accepted: {ok}/{total}")
    assert total >= 100 and ok / total >= 0.95
