"""The one finding on a thin duties part names each thing to write once: where it asks for the head himself
(the part names no leader), its list of items not covered does not ask for 写明主要负责人本人 again."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """青禾县农业农村局2025年度法治政府建设情况报告
县人民政府：
现将我局2025年度法治政府建设情况报告如下：
一、2025年度推进法治政府建设的主要举措和成效
全年审核规范性文件3件，办理行政处罚案件42件，开展普法活动15场。
二、2025年度推进法治政府建设存在的不足和原因
一是执法人员不足，原因是编制少；二是培训不够，原因是经费紧张。
三、2025年度党政主要负责人履行推进法治建设第一责任人职责情况
局党组坚持把法治建设摆在重要位置，统筹谋划全局依法行政各项工作，推动法治建设与业务工作同部署、同推进。全年召开党组会议研究法治工作3次，印发年度工作要点1份。组织全局干部参加法律知识考试，参考率100%。
四、2026年度推进法治政府建设的主要安排
一是修订执法工作细则；二是开展执法人员轮训2期；三是完成案卷评查30卷。
青禾县农业农村局
2026年1月20日
"""


def test_a_thin_duties_part_asks_for_the_head_once() -> None:
    result = check(read_text(REPORT), checklists.load("department"), year=2025)
    thin = [f for f in result.findings if f.rule == "thin-part" and f.part == "duties"]
    assert len(thin) == 1, [f.message for f in result.findings]
    message = thin[0].message
    assert message.startswith("请写明主要负责人本人做了什么"), message
    assert "也没有写到" in message, message  # the other duties items are still named
    assert message.count("主要负责人本人") == 2, message  # the ask and the why, not the item's title a third time
    # the part reports the body's acts (会议、要点、考试): the message does not say it only restates the duty
    assert "复述" not in message, message
