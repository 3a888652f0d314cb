"""A superior's head named by a bare title (省长, 市长) or as his 厅's 厅长 is no own head of a lower unit's report
(review4 entry 23); a government's or a 厅's own head by the same title is its own."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """{unit}关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年办结行政处罚案件40件，审核合同40份。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况
{duties}
四、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


@pytest.mark.parametrize(
    ("unit", "duties", "words"),
    [
        # a superior visiting: the county's report names no own head (each was its own head before)
        ("青山县人民政府", "县政府认真履行法治建设职责。省司法厅厅长带队到我县督导法治政府建设，听取工作汇报。", None),
        ("青山县人民政府", "县政府认真履行法治建设职责。省长带队到我县督导法治政府建设，听取工作汇报。", None),
        ("青山县人民政府", "县政府认真履行法治建设职责。市长到我县调研法治政府建设，听取工作汇报。", None),
        # a department's and a township's superiors: their own government's heads (县长, 县委书记), a visitor (到我局)
        ("青山县司法局", "局党组认真履行法治建设职责。县长主持召开县政府常务会议4次，专题研究法治政府建设。", None),
        ("青山县司法局", "局党组认真履行法治建设职责。市司法局局长到我局调研法治政府建设，听取工作汇报。", None),
        ("青山县石桥镇人民政府", "镇党委认真履行法治建设职责。县委书记到我镇督导法治政府建设，听取工作汇报。", None),
        (
            "青山县石桥镇人民政府",
            "镇党委认真履行法治建设职责。县长主持召开县政府常务会议4次，专题研究法治政府建设。",
            None,
        ),
        # near misses: the unit's own head by the same title
        ("青山县司法局", "局长主持召开局党组会议4次，专题研究法治政府建设。", "局长主持召开局党组会议4次"),
        ("青山县石桥镇人民政府", "镇长主持召开镇党委会议4次，专题研究法治政府建设。", "镇长主持召开镇党委会议4次"),
        ("中共青山县委", "县委书记主持召开县委常委会会议4次，专题研究法治建设。", "县委书记主持召开县委常委会会议4次"),
        ("松江市人民政府", "市长主持召开市政府常务会议4次，专题研究法治政府建设。", "市长主持召开市政府常务会议4次"),
        ("辽北省司法厅", "厅党组书记、厅长主持召开厅党组会议4次，专题研究法治政府建设。", "厅长主持召开厅党组会议4次"),
        ("青山县人民政府", "县长主持召开县政府常务会议4次，专题研究法治政府建设。", "县长主持召开县政府常务会议4次"),
    ],
)
def test_a_superiors_bare_title_is_no_own_head(unit: str, duties: str, words: str | None) -> None:
    doc = read_text(REPORT.format(unit=unit, duties=duties))
    kind = "department" if unit.endswith(("厅", "局")) else "township" if "镇" in unit else "county_gov"
    got = check(doc, checklists.load(kind), year=2023).items["duties-leader"]
    if words is None:
        assert got.status == "missing", got.evidence
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
