"""needle.py: the words every match of a pattern holds, which let a re-check skip searching a paragraph
without them (memo.search_each). A needle is right only if no text without it has a match: checked for
every pattern of the shipped checklists over every line of the seed reports and the examples."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.checklists import load
from drafter.checks.cues import pattern
from drafter.checks.memo import search_each
from drafter.needle import Needled, absent, holding, needles

from .conftest import ROOT, seed_paths


def test_needles_of_each_form() -> None:
    assert needles(re.compile(r"(?:(?<=学习)|(?<=贯彻))法治")) == ("法治",)  # what look-behinds guard
    assert needles(re.compile(r"法治政府\s{0,100}建设")) == ("法治政府",)  # the longest run
    assert needles(re.compile(r"甲乙(?![丙])|丙丁戊")) == ("甲乙", "丙丁戊")  # one of each branch
    assert needles(re.compile(r"(?<!依)法治(?:政建设|府建设)")) == ("政建设", "府建设")
    assert needles(re.compile(r"(?:甲乙){1,3}丙")) == ("甲乙",)  # a repeat done at least once
    assert needles(re.compile(r"(?:甲乙)?丙")) == ("丙",)  # one that may be skipped holds nothing
    assert needles(re.compile(r"法?治")) == ("治",)
    assert needles(re.compile(r"丙丁|[甲乙]")) == ()  # a branch without a literal: nothing can be told
    assert needles(re.compile(r"(?i)word")) == () and needles(re.compile(r"x(?i:word)")) == ("x",)  # case folds
    assert needles(re.compile(r"\d+年")) == ("年",)
    assert absent(re.compile(r"(?<=学习)法治"), "依法行政") and not absent(re.compile(r"(?<=学习)法治"), "学法治")
    assert not absent(re.compile(r"[甲乙]"), "丙")  # no needle: never a proof


def _patterns() -> list[Needled]:
    """Every pattern the shipped checklists search with (citations, wording, fixed names, item cues)."""
    out: dict[str, Needled] = {}
    for name in ("county_gov", "department", "township"):
        cl = load(name)
        sources = [c.pattern for c in cl.citations] + [w.pattern for w in (*cl.wording, *cl.names)]
        sources += [c for item in cl.items for c in item.cues]
        for s in sources:
            rx = pattern(s, 2024)
            out[rx.pattern] = rx
    return list(out.values())


def _lines() -> list[str]:
    files = [*seed_paths(), *sorted((ROOT / "examples").rglob("*.txt")), *sorted((ROOT / "examples").rglob("*.md"))]
    return sorted({x for p in files for x in Path(p).read_bytes().decode("utf-8", "replace").splitlines() if x.strip()})


def test_a_needle_absent_is_a_proof_of_no_match() -> None:
    rxs, lines = _patterns(), _lines()
    assert len(rxs) > 150 and len(lines) > 200
    told = [rx for rx in rxs if needles(rx)]
    assert len(told) > 0.8 * len(rxs)  # most patterns have needles: the skip is worth it
    skipped = matched = 0
    for rx in told:
        for line in lines:
            if absent(rx, line):
                skipped += 1
                assert rx.compiled.search(line) is None, (rx.pattern, needles(rx), line)
            for m in rx.compiled.finditer(line):  # the words matched hold a needle themselves
                matched += 1
                assert not absent(rx, m.group(0)), (rx.pattern, needles(rx), m.group(0))
    assert skipped > 0.5 * len(told) * len(lines) and matched > 100


def test_search_each_finds_what_each_pattern_finds_alone() -> None:
    """The skip changes nothing: the matches are those of each pattern searched in each line."""
    rxs, lines = _patterns(), _lines()[:300]
    got = search_each(tuple(rxs), lines)
    for rx in rxs:
        for i, line in enumerate(lines):
            want = tuple((m.start(), m.end(), m.group(0)) for m in rx.compiled.finditer(line))
            assert got[i].get(rx, ()) == want, (rx.pattern, line)


def test_holding_names_the_texts_a_needle_stands_in() -> None:
    """search_each searches a pattern in these texts alone when they are few: each text with a needle
    is named, and no other (no needle runs over a join here: the lines hold no newline)."""
    rxs, lines = _patterns(), _lines()[:300]
    joined = "\n".join(lines)
    starts = [sum(len(t) + 1 for t in lines[:i]) for i in range(len(lines))]
    few = 0
    for rx in rxs:
        want = [i for i, t in enumerate(lines) if not absent(rx, t)] if needles(rx) else None
        assert holding(rx, joined, starts) == want, rx.pattern
        few += want is not None and 2 * len(want) <= len(lines)
    assert few > 0.8 * len(rxs)  # most patterns are searched in a few lines only
    assert holding(re.compile("乙(?:丙|丁)"), "乙丙\n甲\n丁乙丁", [0, 3, 5]) == [0, 2]


def _spans(found: object) -> object:
    """Matches as their places and words (a Match is never equal to another)."""
    if isinstance(found, re.Match):
        return (found.span(), found.group(0))
    if isinstance(found, list):
        return found
    return None if found is None else [_spans(m) for m in found]  # type: ignore[attr-defined]


def test_a_needled_pattern_finds_what_the_regex_finds_and_compiles_only_where_a_needle_stands() -> None:
    """cues.pattern's patterns (Needled) are compiled on the first search of a text that holds one of their
    needles: a lint searches most of its ~1,000 checklist patterns in no such text (1,650 compiled a cold lint of
    the example report before, 439 now). Whatever is searched, the answer is the regex's."""
    rxs, lines = [rx for rx in _patterns() if needles(rx)], _lines()[:300]
    lacking = [line for line in lines if all(absent(rx, line) for rx in rxs[:50])]
    assert len(lacking) > 10
    fresh = [Needled(rx.pattern) for rx in rxs]
    for rx in fresh[:50]:
        for line in lacking:
            assert rx.search(line) is None and rx.match(line) is None and rx.fullmatch(line) is None
            assert list(rx.finditer(line)) == [] and rx.findall(line) == []
    assert all(rx._compiled is None for rx in fresh[:50])  # searched, never compiled
    for rx in fresh:
        plain = re.compile(rx.pattern)
        for line in lines:
            for way in ("search", "match", "fullmatch", "finditer", "findall"):
                assert _spans(getattr(rx, way)(line)) == _spans(getattr(plain, way)(line)), (rx.pattern, way, line)
    rx = Needled(r"(?<=学习)法治")
    assert rx.search("学习法治", 3) is None and rx._compiled is None  # the needle stands before the span searched
    assert rx.search("学习法治", 2, 3) is None and rx._compiled is None
    assert _spans(rx.search("学习法治", 2)) == ((2, 4), "法治") and rx._compiled is not None
