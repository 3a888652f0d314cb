"""The line-count estimate the 版记's placement rests on (its agreement with LibreOffice is checked in
test_render_layout.py, on every draft there)."""

from __future__ import annotations

from drafter.render.build import para
from drafter.render.paging import _lines, estimate


def test_lines_of_plain_text_on_28_characters() -> None:
    assert _lines("", 26, 28) == 1
    assert _lines("字" * 26, 26, 28) == 1
    assert _lines("字" * 27, 26, 28) == 2
    assert _lines("字" * (26 + 28), 26, 28) == 2
    assert _lines("字" * (26 + 29), 26, 28) == 3


def test_ascii_is_half_and_words_are_not_split() -> None:
    assert _lines("字" * 23 + "2025", 26, 28) == 1  # 23 + 2 and the gap before the number
    assert _lines("字" * 25 + "2025", 26, 28) == 2  # the number goes down whole


def test_figures_among_chinese_take_a_gap_on_each_side() -> None:
    """LibreOffice sets ~0.2 em beside an ASCII run in Chinese: a line dense with figures holds less."""
    assert _lines("字" * 24 + "2025", 26, 28) == 2  # 24 + 2 fits only without the gap
    line = "承接县级下放行政处罚权52项，综合行政执法队12名执法人"  # 26 cells and 4 gaps on 26 (as measured)
    assert _lines(line, 26, 28) == 2
    assert _lines("字" * 10 + "abc def" + "字" * 10, 26, 28) == 1  # gaps only where the scripts meet


def test_commas_hang_closing_brackets_pull_a_character_down_opening_ones_never_end_a_line() -> None:
    assert _lines("字" * 26 + "，", 26, 28) == 1
    assert _lines("字" * 26 + "）", 26, 28) == 2
    assert _lines("字" * 25 + "（字", 26, 28) == 2


def test_keep_with_next_chains_move_to_the_next_page_together() -> None:
    body = [para("GwBody", [("字" * 20, "仿宋")]) for _ in range(21)]
    assert (estimate(body).page, estimate(body).lines) == (1, 21)
    heading = para("GwH1", [("一、标题", "黑体")], keep=True)
    end = estimate([*body, heading, para("GwBody", [("字" * 20, "仿宋")])])
    assert (end.page, end.lines) == (2, 2)  # the heading does not stay alone at the foot of page 1
    end = estimate([*body, para("GwBody", [("字" * 20, "仿宋")])])
    assert (end.page, end.lines) == (1, 22)
