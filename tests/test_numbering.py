"""Heading numbers read as counts, in every form a report types them."""

from __future__ import annotations

import pytest

from drafter.checks.numbering import style, value


@pytest.mark.parametrize(
    ("number", "count"),
    [
        ("一、", 1),
        ("十、", 10),
        ("十二、", 12),
        ("二十、", 20),
        ("二十一、", 21),
        ("（三）", 3),
        ("(四)", 4),
        ("12.", 12),
    ],
)
def test_a_heading_number_is_its_count(number: str, count: int) -> None:
    assert value(number) == count


def test_brackets_of_either_width_are_one_style() -> None:
    assert style("(三)") == style("（三）") != style("三、")
