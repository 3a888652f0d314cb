"""A head's title right after another body's name is that body's head (review5 entry 22): in a county government's
report 县司法局局长 is the 司法局's head, and the county's 写明主要负责人本人 is not written; in the 司法局's own
report the same words name its own head."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """{unit}关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年办理行政复议案件12件，审核合同40份，评查执法案卷30卷。
二、2023年度推进法治政府建设存在的不足和原因
执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况
{duties}
四、2024年度推进法治政府建设的主要安排
一是修订合法性审核办法；二是开展执法案卷评查30卷。
"""
COUNTY, BUREAU = ("青禾县人民政府", "county_gov"), ("青禾县司法局", "department")


@pytest.mark.parametrize(
    ("unit", "duties", "covered"),
    [
        (COUNTY, "县司法局局长主持召开专题会议研究法治政府建设工作3次，带头学法12次，年底述法。", False),
        (COUNTY, "县发改委主任带头学法4次。", False),
        (COUNTY, "县长主持召开县政府常务会议4次专题研究法治政府建设。", True),
        (BUREAU, "县司法局局长主持召开专题会议研究法治政府建设工作3次，带头学法12次，年底述法。", True),
        (BUREAU, "局长主持召开局党组会议3次研究法治建设。", True),
        (BUREAU, "我局局长主持召开局党组会议3次研究法治建设。", True),
        (BUREAU, "局党组书记、局长主持召开党组会议3次研究法治建设。", True),
        (BUREAU, "县财政局局长带头学法4次。", False),
        # the unit's usual short name is the unit itself (review5 entry 25)
        (("青禾县市场监督管理局", "department"), "县市场监管局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县人力资源和社会保障局", "department"), "县人社局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县卫生健康委员会", "department"), "县卫健委主任主持召开委党组会议专题研究法治建设工作4次。", True),
        (("青禾县住房和城乡建设局", "department"), "县住建局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县交通运输局", "department"), "县交通局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县市场监督管理局", "department"), "县司法局局长带头学法4次。", False),
        (COUNTY, "县民政局局长带头学法4次。", False),
        (COUNTY, "县政府办公室主任带头学法4次。", False),
    ],
)
def test_another_bodys_head_is_not_the_own(unit: tuple[str, str], duties: str, covered: bool) -> None:
    doc = read_text(REPORT.format(unit=unit[0], duties=duties))
    result = check(doc, checklists.load(unit[1]), year=2023)
    got = result.items["duties-leader"]
    assert (got.status == "covered") is covered, (got.status, got.evidence)
