"""A quote found as written (``model.find_spaced``): the gaps normalising took out walked over, as the
pattern it replaces (the characters joined by a gap class, a compile of milliseconds a quote) found them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.model import Block, Document, Meta, find_spaced

# the pattern find_spaced replaces, kept here as its specification
GAP = r"(?:[\s\u3000\u00a0]|[(（][a-z\u00e0-\u00fc\u0100-\u01dc ]{1,30}[)）])*"

# the characters where the two could part: spaces, brackets, pinyin, an accented letter, words
ALPHABET = "县长 \u3000\n(（)）aüǜ"


def _by_pattern(chars: str, text: str) -> tuple[int, int] | None:
    m = re.search(GAP.join(re.escape(c) for c in chars), text)
    return (m.start(), m.end()) if m else None


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=ALPHABET.replace(" ", "").replace("\u3000", "").replace("\n", ""), min_size=1, max_size=6),
    st.text(alphabet=ALPHABET, max_size=40),
)
def test_the_walk_finds_what_the_pattern_found(chars: str, text: str) -> None:
    assert find_spaced(chars, text) == _by_pattern(chars, text)


def test_each_gap_is_as_long_as_the_rest_allows() -> None:
    assert find_spaced("县(", "县 (a)(") == _by_pattern("县(", "县 (a)(") == (0, 6)  # not (0, 3)


def test_a_long_pinyin_run_is_no_gap() -> None:
    text = "县(" + "a" * 30 + ")长 县(" + "a" * 31 + ")长"
    assert find_spaced("县长", text) == _by_pattern("县长", text) == (0, 34)
    assert find_spaced("县长", "县(" + "a" * 31 + ")长") is None
    assert find_spaced("县长", "县()长") is None  # empty brackets are no pinyin


def test_a_quote_gets_back_the_spaces_of_its_line() -> None:
    doc = Document(
        Meta(),
        [Block("paragraph", "全县召开会议1次。", 1)],
        lines=["全县召开会议1次。"],
        source=["全县召开会议 1 次。"],
    )
    assert doc.as_written(1, "会议1次") == "会议 1 次"
    assert doc.as_written(1, "会议2次") == "会议2次"  # not in the line: the words as given


def test_a_quote_is_read_where_it_stands_not_where_its_words_first_appear() -> None:
    """ "5年" at a stray space ("2025 年") is quoted "5 年", though "2025年" earlier in the line holds "5年"."""
    typed = "2025年，制定《规划（2021—2025 年）》。"
    norm = "2025年，制定《规划（2021—2025年）》。"
    doc = Document(Meta(), [Block("paragraph", norm, 1)], lines=[norm], source=[typed])
    col = norm.index("5年", 5)
    assert doc.as_written(1, "5年", col) == "5 年"
    assert typed[doc.column(1, col) - 1 :].startswith("5 年")
    assert doc.as_written(1, "2025年", 0) == "2025年"
    assert doc.as_written(1, "会议", 3) == "会议"  # not there: the words as given
