"""An item done for the public (普法) is not reported by a sentence whose only audience is the unit's own
staff (``checks/audience.py``): a lecture for 在编人员 or books handed to 班子 are the cadres' own study."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, REPORT

EXEC = "（一）执法。全年办结行政处罚案件40件。"


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        ("组织全局在编人员开展以案释法专题讲座3场。", False),
        ("为局班子成员和干部职工购买普法读本60册。", False),
        ("组织执法人员走进企业开展以案释法专题讲座3场。", True),
        ("面向辖区群众开展普法讲座3场，干部职工全员参加。", True),
        ("将宪法学习纳入本局普法责任清单，组织干部职工集中学习。", True),
    ],
)
def test_a_lecture_for_the_staff_is_no_pufa(sentence: str, covered: bool) -> None:
    text = REPORT.format(measures=EXEC + sentence, duties=DUTIES, plan="一是加强执法监督。")
    got = check(read_text(text), checklists.load("department"), year=2023).items["pufa-responsibility"]
    assert (got.status == "covered") is covered, (got.status, got.evidence)


@pytest.mark.parametrize(
    ("measures", "covered"),
    [
        ("（一）学法。二是完善学法制度，建强执法队伍。组织干部集中学法4次。", False),
        ("（一）学法。二是完善学法制度，建强执法队伍。组织执法人员参加执法资格培训2期。", True),
        ("（一）学法。二是完善学法制度，建强执法队伍。组织干部集中学法4次，开展案卷评查2次。", True),
    ],
)
def test_the_cadres_study_under_a_title_naming_law_enforcement_is_no_enforcement(measures: str, covered: bool) -> None:
    """A title that names the item (建强执法队伍) with the cadres' study after it and none of the item's words: the
    title alone reports nothing (only a heading), the study is the cadres' own."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan="一是开展普法宣传。")
    got = check(read_text(text), checklists.load("department"), year=2023).items["law-enforcement"]
    assert (got.status == "covered") is covered, (got.status, got.evidence)
