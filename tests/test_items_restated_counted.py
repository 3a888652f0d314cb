"""A duties sentence that opens with the duty's own words and counts the head's act (review5 entry 5): it
reports the act, it is no restated duty list — the items it covers were a required-item ERROR (exit 1)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """青禾县人民政府关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年办理行政复议案件12件，审核合同40份，评查执法案卷30卷。
二、2023年度推进法治政府建设存在的不足和原因
执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况
{duties}
四、2024年度推进法治政府建设的主要安排
一是修订合法性审核办法；二是开展执法案卷评查30卷。
"""


@pytest.mark.parametrize(
    ("duties", "covered"),
    [
        (
            "县长认真履行推进法治建设第一责任人职责，带头学法12次。亲自部署法治政府建设工作，3次听取工作汇报，年底述法。",
            True,
        ),
        ("县长切实履行推进法治建设第一责任人职责，带头学法12次。同时，3次听取工作汇报。", True),
        # the duty list restated, no act counted: still no report of the head's act
        ("县长认真履行推进法治建设第一责任人职责，带头学法。", False),
        ("党政主要负责人要履行推进法治建设第一责任人职责，定期听取有关工作汇报，及时研究解决有关重大问题。", False),
    ],
)
def test_a_counted_act_is_no_restated_duty(duties: str, covered: bool) -> None:
    result = check(read_text(REPORT.format(duties=duties)), checklists.load("county_gov"), year=2023)
    got = result.items["duties-leader"]
    assert (got.status == "covered") is covered, (got.status, got.evidence)
    errors = [f for f in result.findings if f.severity == "error" and f.part == "duties"]
    assert not covered or not errors, [(f.rule, f.message) for f in errors]
