"""A page that lost its stops is read in sentences of bounded length (``evidence._ends``): what the duties
checks do once per mention of a sentence stays bounded, so one stopless line is linear to read (review7 O1:
``局长主持召开会议听取汇报，局长带头学法，`` repeated over 200,000 characters took 253 s)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drafter.checks.evidence import LONGEST, _ends, sentence_at


def _pieces(text: str) -> list[int]:
    ends = _ends(text)
    return [b - a for a, b in zip((0, *ends), (*ends, len(text)), strict=True)]


def test_a_stopless_line_is_read_in_pieces_no_longer_than_the_bound() -> None:
    for n in (2_000, 8_000):
        text = "局长主持召开会议听取汇报，局长带头学法，" * n
        assert max(_pieces(text)) <= LONGEST
        start, end = sentence_at(text, len(text) // 2)
        assert 0 < end - start <= LONGEST and text[end - 1] == "，"  # a piece ends at a comma


def test_a_stopless_line_without_commas_is_cut_at_the_bound() -> None:
    assert max(_pieces("法" * 5_000)) == LONGEST


@given(st.lists(st.sampled_from(["局长带头学法", "，", "。", "；", "开展执法检查3次", "！"]), max_size=60))
def test_a_report_s_sentences_are_its_stops_alone(parts: list[str]) -> None:
    """Text whose sentences are all within the bound is cut at its stops and nowhere else, as before."""
    text = "".join(parts)
    stops = tuple(i + 1 for i, c in enumerate(text) if c in "。！？；")
    assert _ends(text) == stops
