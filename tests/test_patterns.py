"""User checklist patterns are validated at load: a catastrophic one is refused, never run."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from drafter import checklists, unittype
from drafter.patterns import REACH, UnsafePattern, bounded, max_reach, validate
from drafter.readers.errors import ReadError
from drafter.resources import data_dir

from .conftest import ROOT, in_process

GOOD = ROOT / "examples" / "drafts" / "department_2025.md"


def _checklist(tmp_path: Path, cue: str) -> Path:
    cl = tmp_path / "mine.toml"
    cl.write_text(
        'name = "我的清单"\nextends = "department"\n[[items]]\nid = "archives"\npart = "measures"\n'
        f'title = "档案法治"\nguidance = "写档案工作"\ncues = [\'{cue}\']\nseverity = "error"\n'
        'good = ["档案"]\nbad = ["无"]\n',
        encoding="utf-8",
    )
    return cl


def test_catastrophic_cue_is_refused_when_the_checklist_loads(tmp_path: Path) -> None:
    # a report with a long run of 一 not at the end: (一+)+$ would backtrack 2^n times on it
    report = tmp_path / "r.txt"
    report.write_text(
        GOOD.read_text(encoding="utf-8").replace("## 二、", "一" * 40 + "二\n\n## 二、"), encoding="utf-8"
    )
    r = in_process("lint", str(report), "--checklist", str(_checklist(tmp_path, "(一+)+$")))
    assert r.returncode == 2
    assert "(一+)+$" in r.stderr and "不安全" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("pattern", ["(一+)+$", r"(\w+\s?)+$", "(a*b?)*", r"(?:\d+)*", "(.*a){25}", r"(a)\1"])
def test_unsafe_shapes(pattern: str) -> None:
    with pytest.raises(UnsafePattern):
        validate(pattern)


@pytest.mark.parametrize("pattern", [r"(?:\d+、)+", "第[一二三]+次", "(?:[^。]+。)+", "法治政府|依法行政", "一+"])
def test_safe_shapes(pattern: str) -> None:
    validate(pattern)


def test_every_shipped_checklist_passes_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_NO_CACHE", "1")
    reg = checklists.registry()
    assert {"base", "county_gov", "department", "township"} <= set(reg.types) | {"base"}
    for name in reg.types:
        checklists.load(name)


def test_every_shipped_unit_pattern_is_safe() -> None:
    """The shipped units.toml is not screened when it loads (cold start): it is screened here."""
    shipped = unittype.rules([data_dir("checklists")])
    patterns = [p for r in shipped for p in r.patterns]
    assert patterns and all(unittype._shipped(Path(r.path)) for r in shipped)
    for p in patterns:
        validate(p)


def test_a_users_unit_pattern_is_still_screened(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text('[[rules]]\ntype = "township"\npatterns = ["(一+)+$"]\n', encoding="utf-8")
    with pytest.raises(ReadError, match="不安全"):
        unittype.rules([tmp_path])


# Every repeat of a checklist pattern is bounded when it runs (patterns.bounded): one attempt reads at most
# max_reach characters, so a search over a paragraph costs at most that per position: linear. These hold
# sizes, never times (bench/scaling.py times the user-pattern cases on n and 4n).


@pytest.mark.parametrize(
    ("pattern", "runs_as"),
    [
        (".*！", ".{0,100}！"),
        (r"\s*[（(]\s*2015", r"\s{0,100}[（(]\s{0,100}2015"),
        ("a*?b++c?+", "a{0,100}?b{1,100}+c?+"),
        ("x{2,}y{,5}z{3}w{0,1000}", "x{2,100}y{,5}z{3}w{0,100}"),
        (r"[]*]*[^]+]+\*+\{1,\}", r"[]*]{0,100}[^]+]{1,100}\*{1,100}\{1,\}"),
        ("(?#a*)(?P<x>年+)(?=建设*)", "(?#a*)(?P<x>年{1,100})(?=建设{0,100})"),
        ("第[一二三]{1,3}次", "第[一二三]{1,3}次"),
    ],
)
def test_every_repeat_runs_bounded(pattern: str, runs_as: str) -> None:
    assert bounded(pattern) == runs_as
    assert max_reach(pattern) < 3 * (REACH + 1) + 10


def test_a_lone_dot_star_reads_a_bounded_window() -> None:
    """``.*！`` read the rest of the line from every position of a paragraph with no ！ (quadratic:
    8.7 s on 80,000 characters); bounded, each position reads at most REACH + 1 characters."""
    from drafter.checks.cues import pattern

    assert max_reach(".*！") == REACH + 1
    rx = pattern(".*！")
    assert rx.pattern == ".{0,100}！"
    assert rx.search("依法行政" * 30 + "！").span() == (20, 121)  # the longest match it may give: REACH + 1


def test_every_shipped_pattern_reads_a_bounded_window() -> None:
    """What the shipped checklists and units.toml run: each attempt reads a bounded number of characters."""
    import tomllib

    sources: list[str] = []

    def walk(o: object) -> None:
        if isinstance(o, dict):
            for k, v in o.items():
                keys = ("pattern", "cues", "heading", "intro", "content", "match", "patterns", "except")
                vs = [v] if isinstance(v, str) else v if isinstance(v, list) else []
                if k in keys:
                    sources.extend(s for s in vs if isinstance(s, str))
                else:
                    walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    for f in sorted(data_dir("checklists").glob("*.toml")):
        walk(tomllib.loads(f.read_text(encoding="utf-8")))
    assert len(sources) > 100
    for s in sources:
        assert max_reach(s.replace("{next}", r"20\d\d").replace("{leader}", "书记")) <= 20 * REACH, s


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([".*！", r"\s*[（(]", r"\d+件", "年.*建设", "(?:[^。]+。)+", "a*?b"]),
    st.text("年建设！ 1件。ab（\n", max_size=80),
)
def test_bounded_finds_what_the_pattern_finds_within_its_reach(pattern: str, text: str) -> None:
    """On text whose runs are shorter than REACH the bounded pattern matches exactly as the user's."""
    import re

    want = [m.span() for m in re.finditer(pattern, text)]
    assert [m.span() for m in re.finditer(bounded(pattern), text)] == want


def test_a_long_paragraph_with_a_dot_star_cue_is_linted(tmp_path: Path) -> None:
    """A user's ``.*！`` cue on a paragraph of 20,000 characters without ！: lint ends normally."""
    report = tmp_path / "r.txt"
    report.write_text(
        GOOD.read_text(encoding="utf-8").replace("## 二、", "依法行政" * 5000 + "\n\n## 二、"), encoding="utf-8"
    )
    r = in_process("lint", str(report), "--checklist", str(_checklist(tmp_path, ".*！")))
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr


def test_every_shipped_word_pattern_is_safe() -> None:
    """patterns.toml's shipped entries are not judged on each run (patternwords._shipped_patterns): they are here."""
    import tomllib

    data = tomllib.loads((data_dir("checklists") / "patterns.toml").read_text(encoding="utf-8"))
    pats = [*data["placeholders"], *data["enumerators"]]
    assert pats
    for p in pats:
        validate(p)


@settings(max_examples=200, deadline=None)
@given(
    st.booleans(),
    st.lists(
        st.sampled_from(["a", "年", "一-龥", "0-9", r"\d", r"\s", r"\w", r"\W", "、-〉", "Ａ-ｚ", "_"]), min_size=2
    ),
    st.text(max_size=40),
)
def test_class_bits_are_what_class_test_says_of_each_character(negate: bool, parts: list[str], extra: str) -> None:
    """Validation compares classes as bits (``class_bits``, one pass per item): each bit is the predicate's verdict."""
    from drafter.ambiguity import _BASE, class_bits, class_test
    from drafter.sre import const, parser

    ((op, items),) = parser.parse(f"[{'^' if negate else ''}{''.join(parts)}]")
    assume(op == const.IN)  # [aa] is read as a literal
    chars = _BASE + list(extra)
    test = class_test(items)
    assert test is not None
    assert class_bits(items, chars) == sum(1 << i for i, ch in enumerate(chars) if test(ch)), (op, items)
