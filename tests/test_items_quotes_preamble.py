"""A duties item the report's preamble names by an act (局长带头学法, 主持……研究法治工作) covers through the
opening only where the body counts it nowhere: a sentence of the body with the act and its count (局长主持党组会前学法
12次 among the measures) is what a reviewer searches for, and is quoted instead (covered, only not in its part)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import PLAN, REPORT

DUTIES = "局长主持召开党组会议3次，研究法治工作。"
STUDY = "（一）执法。全年办结行政处罚案件40件。（二）学法。局长主持党组会前学法12次，带头旁听庭审1次。"

# (kind, preamble, measures, item, words the quote holds)
CASES = [
    (
        "the head's study named in the preamble, counted among the measures",
        "2023年，局长主持党组理论学习中心组学法，全面推进法治政府建设。",
        STUDY,
        "duties-study",
        "局长主持党组会前学法12次",
    ),
    (
        "带头学法 as the preamble's frame (在局长带头学法的示范下), counted among the measures",
        "2023年，在局长带头学法的示范下，我局完成了各项法治工作任务。",
        STUDY,
        "duties-study",
        "局长主持党组会前学法12次",
    ),
    (
        "a list of the head's roles (带头学法、带头讲授法治课), counted among the measures",
        "一年来，局长带头学法、带头讲授法治课，全面推进法治政府建设。",
        STUDY,
        "duties-study",
        "局长主持党组会前学法12次",
    ),
    (
        "述法 named in the preamble, counted among the measures",
        "2023年，局长主持党组会研究法治工作，年底述法，全面推进法治政府建设。",
        "（一）执法。全年办结行政处罚案件40件。（二）述法。局长年底向县委述法1次，报告履职情况。",
        "duties-report",
        "局长年底向县委述法1次",
    ),
    # near misses: no counted act of the own head in the body — the preamble still covers
    (
        "no count in the body: the preamble covers",
        "2023年，局长主持党组理论学习中心组学法，全面推进法治政府建设。",
        "（一）执法。全年办结行政处罚案件40件。",
        "duties-study",
        "局长主持党组理论学习中心组学法",
    ),
    (
        "others' study counted in the body (全县领导干部) is no own head's: the preamble covers",
        "2023年，局长主持党组理论学习中心组学法，全面推进法治政府建设。",
        "（一）执法。全年办结行政处罚案件40件。（二）学法。组织全县各级领导干部集中学法12次。",
        "duties-study",
        "局长主持党组理论学习中心组学法",
    ),
]


@pytest.mark.parametrize(("kind", "preamble", "measures", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_the_body_s_counted_act_is_quoted_before_the_preamble(
    kind: str, preamble: str, measures: str, item: str, words: str
) -> None:
    title, rest = REPORT.split("\n", 1)
    text = f"{title}\n{preamble}\n" + rest.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load("department"), year=2023).items[item]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, (kind, got.evidence)
    assert got.elsewhere is not None, (kind, got.elsewhere)  # not in its own part either way: a note
