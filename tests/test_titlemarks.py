"""A known title written without its 《》: the finding says how to write it — with the years written after it, and
not for a place's own document named after a central one (review8 R3)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青山县司法局2024年度法治政府建设情况报告\n一、2024年度推进法治政府建设的主要举措和成效\n"


def _wording(body: str) -> list[str]:
    doc = read_text(HEAD + body)
    found = check(doc, checklists.load("department"), year=2024).findings
    return [f.message for f in found if f.rule == "wording"]


@pytest.mark.parametrize(
    ("body", "right"),
    [
        ("按照法治政府建设实施纲要（2021—2025年）要求，推进依法行政。", "《法治政府建设实施纲要（2021—2025年）》"),
        ("对照法治中国建设规划（2020—2025年），逐项抓好落实。", "《法治中国建设规划（2020—2025年）》"),
        ("认真贯彻落实重大行政决策程序暂行条例，作出决策5项。", "《重大行政决策程序暂行条例》"),
    ],
)
def test_a_title_without_its_marks_is_told_with_the_words_written(body: str, right: str) -> None:
    got = _wording(body)
    assert len(got) == 1 and right in got[0] and "……年" not in got[0], got


@pytest.mark.parametrize(
    "body",
    ["深入贯彻江西省优化营商环境条例，办结企业诉求120件。", "认真落实全省重大行政决策程序暂行条例实施办法。"],
)
def test_a_places_own_document_is_not_told_as_the_central_one(body: str) -> None:
    assert not any("《优化营商环境条例》" in m or "《重大行政决策程序暂行条例》" in m for m in _wording(body))
