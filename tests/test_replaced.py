"""A replaced document's citation judged by its own sentence and clause: history where they look back, and read
within a bounded reach on a page without stops (review8 R1, R6, R7)."""

from __future__ import annotations

from drafter.checks.evidence import LONGEST
from drafter.checks.replaced import dated_before, replaced_titles


def _at(text: str, title: str) -> tuple[int, int]:
    start = text.index(title)
    return start, start + len(title)


def test_a_look_back_counts_only_in_the_titles_clause() -> None:
    text = "对照《法治政府建设实施纲要（2015—2020年）》，认真总结法治政府示范创建经验。"
    assert not dated_before(text, *_at(text, "《法治政府建设实施纲要（2015—2020年）》"), 2021)
    text = "全面总结《法治政府建设实施纲要（2015—2020年）》实施情况。"
    assert dated_before(text, *_at(text, "《法治政府建设实施纲要（2015—2020年）》"), 2021)


def test_a_year_past_the_reach_of_a_stopless_page_dates_nothing() -> None:
    """A page that lost its stops is no sentence: a year written thousands of characters before the title does
    not make it history (and each citation reads a bounded stretch: a line of 16,000 citations is linear)."""
    text = "2020年" + "推进法治建设" * (LONGEST // 3) + "认真贯彻《信访条例》"
    assert not dated_before(text, *_at(text, "《信访条例》"), 2023)
    assert len(list(replaced_titles(text, 2024))) == 1
    near = "2020年，" + "推进法治建设" * 10 + "认真贯彻《信访条例》"
    assert dated_before(near, *_at(near, "《信访条例》"), 2023)


def test_a_units_word_past_the_reach_of_a_markless_page_owns_no_title() -> None:
    """own_clause reads a bounded stretch before a title (review8 R7: 12,000 titles on one line took 52 s, each
    reading the text from its start)."""
    from drafter.checks.fixednames import own_clause

    text = "我县制定" + "推进法治建设" * (LONGEST // 3) + "《法治政府建设实施纲要（2022—2025年）》"
    assert not own_clause(text, text.index("《"))
    near = "我县制定的《法治政府建设实施纲要（2022—2025年）》"
    assert own_clause(near, near.index("《"))
