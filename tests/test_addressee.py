"""addressee-government's advice names the report's own level (review4 entry 30): a county bureau addressed to
县委 is told 县委、县人民政府, not a city's 市委、市人民政府."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """{unit}关于2023年度法治政府建设情况的报告
{addressee}：
2023年，我局坚持依法行政，现将有关情况报告如下：
一、2023年度推进法治政府建设的主要举措和成效
全年审核合同40份。
"""


@pytest.mark.parametrize(
    ("unit", "addressee", "example"),
    [
        ("青禾县水务局", "县委", "如“县委、县人民政府：”"),
        ("青禾县水务局", "中共青禾县委员会", "如“中共青禾县委员会、青禾县人民政府：”"),
        ("青山市司法局", "市委", "如“市委、市人民政府：”"),
    ],
)
def test_the_advice_names_the_government_of_the_committee_written(unit: str, addressee: str, example: str) -> None:
    doc = read_text(REPORT.format(unit=unit, addressee=addressee))
    found = [
        f for f in check(doc, checklists.load("department"), year=2023).findings if f.rule == "addressee-government"
    ]
    assert len(found) == 1 and example in found[0].message, [f.message for f in found]
