"""In a 街道's own report "街道主要负责同志" is its own head: a covered duty quotes his act, not others' heads'."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

TOWNSHIP = """青山县石桥街道办事处关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
（一）执法。全年办理行政处罚案件40件。
（二）领导。{lead}
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


@pytest.mark.parametrize(
    ("lead", "words"),
    [
        (
            "街道主要负责同志带头履行推进法治建设第一责任人职责，围绕全年法治重点任务主持专题会，推动工作落实。"
            "今年来，本街道主要负责同志亲自安排意识形态工作，开展中心组扩大学习8次。",
            "围绕全年法治重点任务主持专题会",
        ),
        (
            "街道主要负责人年初主持召开法治建设专题会议，部署全年法治工作。",
            "街道主要负责人年初主持召开法治建设专题会议",
        ),
    ],
)
def test_a_street_office_names_its_own_head_as_the_street_s(lead: str, words: str) -> None:
    """In a 街道's own report "街道主要负责同志" is its own head (only 各街道、县直单位…'s heads are others'):
    the 意识形态 work the head arranged is not quoted for the duty of leading the rule of law."""
    got = check(read_text(TOWNSHIP.format(lead=lead)), checklists.load("township"), year=2023).items["duties-leader"]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
