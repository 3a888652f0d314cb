"""A short report of four parts around a duties part under test, for the tests of whose act a duties sentence
reports (first person, a counted act, another body's head): only the unit and the duties part change."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import Result, check
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


def checked(duties: str, unit: str = "青禾县人民政府", kind: str = "county_gov") -> Result:
    """The check of the report whose duties part is ``duties``, issued by ``unit`` (a checklist of ``kind``)."""
    return check(read_text(REPORT.format(unit=unit, duties=duties)), checklists.load(kind), year=2023)
