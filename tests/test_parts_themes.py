"""A themed measures heading of two phrases that names a part the report heads again later by one phrase
(review4 entries 31 and 32): the later heading is the part's, the themed one a measure."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """青禾县司法局关于2023年度法治政府建设情况的报告
一、坚持高位推动，压实法治建设责任
局党组召开专题会议4次，研究部署法治建设工作，印发年度工作要点。
二、坚持依法决策，规范权力运行
审核合同40份，重大行政决策5件均经合法性审查和集体讨论。
{third}
全年开展执法案卷评查320卷，开展普法活动40场，主动公开政府信息120条。
四、存在的不足和原因
执法人员不足，主要原因是编制紧张。
五、党政主要负责人履行推进法治建设第一责任人职责情况
局长主持召开党组会议4次，专题研究法治政府建设，带头学法6次，年底向县委述法。
六、2024年工作安排
一是修订合法性审核办法；二是开展执法案卷评查30卷。
"""


@pytest.mark.parametrize(
    "third",
    [
        "三、夯实薄弱环节，提升基层执法能力",  # was the shortcomings part
        "三、强化示范引领，主要负责人带头尊法学法",  # was the duties part
        "三、抓住“关键少数”，带头述法履职",  # was the duties part
        "三、主要负责人法治建设责任全面压实",  # was the duties part: one phrase, but the shortcomings stand between
        "三、思路和举措创新，提升基层执法能力",  # was the plan
        "三、完善年度立法工作计划",  # was the plan: one phrase, the shortcomings and the duties between
        "三、严格落实年度普法工作计划",  # was the plan
    ],
)
def test_a_themed_heading_leaves_the_part_to_its_own_later_heading(third: str) -> None:
    res = check(read_text(REPORT.format(third=third)), checklists.load("department"), year=2023)
    lines = {pid: pr.line for pid, pr in res.parts.items() if pid != "other"}
    assert lines == {"measures": 2, "shortcomings": 8, "duties": 10, "plan": 12}, lines
    assert not [f for f in res.findings if f.rule == "part-order"]


def test_a_themed_heading_still_names_a_part_the_report_heads_nowhere_else() -> None:
    """The near miss: without 四、存在的不足和原因, 三's 薄弱环节 … stays what it was (its cue's verbs aside)."""
    text = REPORT.format(third="三、基层执法存在薄弱环节，执法力量不足").replace(
        "四、存在的不足和原因\n执法人员不足，主要原因是编制紧张。\n", ""
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["shortcomings"].line == 6


@pytest.mark.parametrize("first", ["一、统筹做好其他事项，服务中心大局", "一、统筹做好其他事项"])
def test_a_themed_heading_naming_other_matters_is_a_measure(first: str) -> None:
    """一、统筹做好其他事项 (a theme: its verb before 其他事项) named the optional other part: every themed section after
    it followed, and the measures were missing (a false missing-part ERROR). 五、其他事项 still names it."""
    text = REPORT.format(third="三、严格规范执法，提升执法效能").replace("一、坚持高位推动，压实法治建设责任", first)
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["measures"].status == "present" and res.parts["measures"].line == 2
    assert res.parts["other"].status == "missing"
    other = text.replace("六、2024年工作安排", "六、其他事项\n无。\n七、2024年工作安排")
    assert check(read_text(other), checklists.load("department"), year=2023).parts["other"].status == "present"


OPENING = """青禾县石桥镇人民政府关于2023年度法治政府建设情况的报告
2023年，石桥镇坚持依法行政，全年办理行政处罚案件12件，化解矛盾纠纷56件。现将有关情况报告如下。
{first}
（一）强化组织领导。镇党委召开会议4次专题研究法治政府建设工作。
（二）深化普法宣传。开展法治宣传教育活动12场，覆盖群众3000人次。
"""


@pytest.mark.parametrize(
    ("first", "parts"),
    [
        ("一、强化组织领导，落实第一责任人职责", ["measures"]),  # was the duties, the measures folded into the opening
        ("一、谋划部署有力，工作安排到位", ["measures"]),  # was the plan
        ("一、强化“关键少数”引领，落实述法制度", ["measures"]),
        ("一、2023年工作开展情况及下一步打算", ["measures", "plan"]),  # the year's work, then the plan: both
        ("一、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况", ["duties"]),  # its own heading
        ("一、党政主要负责人履行推进法治建设第一责任人职责情况", ["duties"]),
    ],
)
def test_an_opening_cut_after_its_first_themed_heading_has_its_measures_under_it(first: str, parts: list[str]) -> None:
    """A copy that ends after the first section: a first heading naming a part only in a later phrase is the
    measures' theme where no heading says otherwise; a part's own heading names it in its first phrase."""
    res = check(read_text(OPENING.format(first=first)), checklists.load("township"), year=2023)
    assert sorted(p for p, pr in res.parts.items() if pr.status == "present" and pr.line == 3) == sorted(parts)
