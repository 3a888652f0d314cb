"""A duties part whose own heading names the unit's head (一、县政府主要负责同志履行……职责情况): what its sentences
do without a subject of their own, that head does; the regulation's generic 党政主要负责人 heading names nobody."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """青禾县人民政府关于2023年度法治政府建设情况的报告
一、{heading}
{duties}
二、2023年度推进法治政府建设的主要举措和成效
全年办理行政复议案件12件，审核合同40份，评查执法案卷30卷。
三、2023年度推进法治政府建设存在的不足和原因
执法人员不足，主要原因是编制紧张。
四、2024年度推进法治政府建设的主要安排
一是修订合法性审核办法；二是开展执法案卷评查30卷。
"""
DONE = "坚持集体讨论决策制度，主持召开县政府常务会议4次，研究部署法治政府建设工作。"


@pytest.mark.parametrize(
    ("heading", "duties", "covered"),
    [
        # the heading names the county's head: his acts (a false required-item ERROR before)
        ("县政府主要负责同志履行推进法治建设第一责任人职责情况", DONE, True),
        ("县委、县政府主要负责人履行推进法治建设第一责任人职责情况", DONE, True),
        # the regulation's generic wording names nobody: the sentence names no head, as before
        ("2023年度党政主要负责人履行推进法治建设第一责任人职责情况", DONE, False),
    ],
)
def test_a_duties_heading_naming_the_own_head_gives_him_the_acts_under_it(
    heading: str, duties: str, covered: bool
) -> None:
    result = check(read_text(REPORT.format(heading=heading, duties=duties)), checklists.load("county_gov"), year=2023)
    got = result.items["duties-leader"]
    assert (got.status == "covered") is covered, got.evidence
    if covered:
        assert not [f for f in result.findings if f.severity == "error" and f.part == "duties"]
