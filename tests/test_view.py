"""app/view.py: the report without its markup, and back to the exact draft text, through any edit."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.app.buffer import DraftBuffer
from drafter.app.view import View, auto_prefix, level

SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt")) if Path("/work/shared/corpus/seeds").is_dir() else []


@cache
def rolled_sections() -> tuple[str, ...]:
    """Every section of a draft rolled forward from each seed report (as `new --from` makes it)."""
    from drafter.app.drafts import from_report

    out: list[str] = []
    for seed in SEEDS:
        text = from_report(seed, year=2025).text
        out += DraftBuffer.from_text(text, Path("d.md")).sections
    return tuple(out)


LINES = st.sampled_from(
    [
        "",
        "",
        "## 一、2025年度推进法治政府建设的主要举措和成效",
        "### （一）推进综合行政执法。",
        "# 标题",
        "##",
        "<!-- 去年原文：承接县级下放行政处罚权52项。 -->",
        "<!-- drafter: 忽略 figures 「办结45件」 引用原文 -->",
        "  <!-- 缩进的注释 -->",
        "<!-- drafter:commitments",
        "- 完善制度建设",
        "-->",
        "全年受理行政复议申请12件，办结12件。",
        "正文第二行",
        "   ",
    ]
)
SECTIONS = st.lists(LINES, max_size=14).map("\n".join)


@given(SECTIONS)
def test_round_trip(section: str) -> None:
    assert View.of(section).section() == section


def test_round_trip_seeds() -> None:
    for section in rolled_sections():
        assert View.of(section).section() == section


def test_rolled_forward_shows_no_markup() -> None:
    for section in rolled_sections():
        text = View.of(section).text
        assert "<!--" not in text and "-->" not in text
        assert not any(line.startswith("#") for line in text.split("\n"))
        assert "\n\n\n" not in text  # no run of blank rows where comments were


def test_view_of_a_part() -> None:
    section = (
        "## 一、举措\n\n<!-- 去年原文：甲。 -->\n\n乙。\n<!-- drafter: 忽略 x 「乙」 理由 -->\n丙。\n\n### （一）执法\n"
    )
    v = View.of(section)
    assert v.text == "一、举措\n\n乙。\n丙。\n\n（一）执法\n"
    assert [r.prefix for r in v.rows] == ["## ", "", "", "", "", "### ", ""]
    assert v.rows[2].before == ("<!-- 去年原文：甲。 -->", "")
    assert v.rows[3].before == ("<!-- drafter: 忽略 x 「乙」 理由 -->",)
    assert v.line_of(2) == 4 and v.row_of(2) == 2 and v.row_of(6) == 3
    assert v.to_view(0, 5) == (0, 2) and v.to_section(0, 2) == (0, 5)
    assert v.to_view(2, 7) == (2, 0)  # a hidden line: the start of the row after it
    assert [level(r) for r in v.rows] == [1, -1, -1, -1, -1, 2, -1]


def test_auto_prefix() -> None:
    assert auto_prefix("五、其他需要报告的情况") == "## "
    assert auto_prefix("（二）严格执法") == "### "
    assert auto_prefix("一、今年我们做了很多工作。") == ""
    assert auto_prefix("（一）推进综合行政执法。") == "### "
    assert auto_prefix("（一）推进。综合行政执法。") == ""
    assert auto_prefix("全年受理") == ""


def test_typing_keeps_a_heading_and_its_hidden_lines() -> None:
    section = "## 一、举措\n<!-- drafter: 忽略 x 「a」 r -->\n正文。"
    v = View.of(section)
    v2 = v.edited("一、举措和成效\n正文。补充")
    assert v2.section() == "## 一、举措和成效\n<!-- drafter: 忽略 x 「a」 r -->\n正文。补充"
    # Enter in the heading: the part before keeps ##; Backspace joins it back
    v3 = v2.edited("一、举措\n和成效\n正文。补充")
    assert v3.section().startswith("## 一、举措\n和成效\n<!--")
    assert v3.edited("一、举措和成效\n正文。补充").section() == v2.section()
    # Backspace at the start of the heading, after a blank row: still a heading
    w = View.of("## 一、举措\n\n### （一）执法\n\n正文").edited("一、举措\n（一）执法\n\n正文")
    assert w.section() == "## 一、举措\n### （一）执法\n\n正文"


def test_deleted_rows_give_their_hidden_lines_to_the_next_row() -> None:
    v = View.of("甲\n<!-- a -->\n乙\n<!-- b -->\n丙")
    assert v.edited("甲\n丙").section() == "甲\n<!-- a -->\n<!-- b -->\n丙"
    assert v.edited("甲").section() == "甲\n<!-- a -->\n<!-- b -->"


def test_a_moved_paragraph_takes_its_dismissal() -> None:
    v = View.of("一段。\n\n<!-- drafter: 忽略 x 「二」 r -->\n二段。")
    assert v.edited("二段。\n\n一段。").section() == "<!-- drafter: 忽略 x 「二」 r -->\n二段。\n\n一段。"


def test_typed_markup_is_text_until_saved() -> None:
    """What the writer types is kept as typed on screen; in the file it is what it says."""
    v = View.of("正文").edited("正文\n<!-- 这是我写的")
    assert v.text == "正文\n<!-- 这是我写的"
    assert v.section() == "正文\n<!-- 这是我写的"


def test_phantom_row() -> None:
    v = View.of("<!-- a -->\n")
    assert v.text == "" and v.section() == "<!-- a -->\n"
    assert v.edited("甲").section() == "甲\n<!-- a -->\n"


TYPED = st.text(alphabet="一二、（）。甲乙丙\n x", max_size=12)


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[float, float, str]]:
    return draw(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1), TYPED), min_size=1, max_size=8))


def _apply(text: str, a: float, b: float, words: str) -> str:
    i, j = sorted((round(a * len(text)), round(b * len(text))))
    return text[:i] + words + text[j:]


@settings(max_examples=300)
@given(SECTIONS, edits())
def test_no_hidden_line_is_ever_dropped(section: str, steps: list[tuple[float, float, str]]) -> None:
    v = View.of(section)
    hidden = Counter(v.hidden())
    for a, b, words in steps:
        text = _apply(v.text, a, b, words)
        v = v.edited(text)
        assert v.text == text
        assert Counter(v.hidden()) == hidden
        out = v.section()
        assert Counter(line for r in v.rows for line in r.before) + Counter(v.tail) == hidden
        # what the editor shows is what the file says, markup aside
        visible = [line for line in View.of(out).lines if line.strip()]
        assert visible == [line for line in text.split("\n") if line.strip()] or any(
            line.lstrip().startswith(("<!--", "#", "-->")) for line in text.split("\n")
        )


@pytest.mark.skipif(not SEEDS, reason="seed corpus not present")
@settings(max_examples=60, deadline=None)
@given(st.integers(0, 200), edits())
def test_seed_sections_survive_edits(which: int, steps: list[tuple[float, float, str]]) -> None:
    sections = rolled_sections()
    section = sections[which % len(sections)]
    v = View.of(section)
    hidden = Counter(v.hidden())
    for a, b, words in steps:
        v = v.edited(_apply(v.text, a, b, words))
    assert Counter(v.hidden()) == hidden
    assert View.of(v.section()).section() == v.section()
