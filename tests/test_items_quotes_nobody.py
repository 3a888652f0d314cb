"""A duty of the own head is reported by a sentence that names its doer (``owners.unowned``, ``owners.nobodys``): among
the measures, a sentence naming no one — no person, no body the head chairs (党组, 常务会, 中心组) — is the unit's act,
no duty of the head's; under the duties heading the head is the subject the sentence leaves out."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

FOLDED = """青山县司法局关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
（一）加强组织领导。局长主持召开专题会议研究行政执法工作。{m}
（二）规范执法。全年办结行政处罚案件40件。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""
PRESENT = """青山县司法局关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年办结行政处罚案件40件。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
{m}
四、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""

STUDIED = FOLDED.replace(
    "局长主持召开专题会议研究行政执法工作。", "局长带头旁听庭审1次。"
)  # the head acts, deploys nothing
TITLED = FOLDED.replace("（一）加强组织领导。局长主持召开专题会议研究行政执法工作。{m}", "（一）压实法治建设责任\n{m}")

# (kind, report, sentence, item, words the quote holds; None: not covered)
CASES = [
    (
        "the unit's deploying among the measures, no one named",
        STUDIED,
        "安排部署了全县法治政府建设自查工作。",
        "duties-deploy",
        None,
    ),
    ("a study among the measures, no one named", FOLDED, "全年开展集中学法12次。", "duties-study", None),
    (
        "the leading body the head chairs, among the measures",
        FOLDED,
        "局党组专题学法6次。",
        "duties-study",
        "局党组专题学法6次",
    ),
    (
        "the subject before a 分号 acts after it",
        FOLDED,
        "局长带头学习宪法；全年会前学法6次。",
        "duties-study",
        "会前学法6次",
    ),
    (
        "under the duties heading the head is the subject left out",
        PRESENT,
        "全年会前学法6次。",
        "duties-study",
        "全年会前学法6次",
    ),
    (
        "a title's paragraph is not read on past the head's formula to a sentence without him (hits._aim)",
        TITLED,
        "1.严格落实党政主要负责人履行推进法治建设第一责任人职责。局党组书记、局长坚持对法治建设重要工作亲自部署、"
        "重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。全年审议法治建设相关议题20个，专门批示9次。",
        "duties-leader",
        None,
    ),
    (
        "a sentence a pivot opens (推动召开……) reports what it moved, not the head's act (owners._moved)",
        STUDIED,
        "推动召开县委全面依法治县委员会会议，研究部署法治政府建设督察整改工作。",
        "duties-deploy",
        None,
    ),
    (
        "亲自挂帅 (a group's head) is no deploying",
        STUDIED,
        "成立依法行政工作领导小组，由局长亲自挂帅担任组长。",
        "duties-deploy",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "report", "sentence", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_duty_is_quoted_from_a_sentence_naming_its_doer(
    kind: str, report: str, sentence: str, item: str, words: str | None
) -> None:
    got = check(read_text(report.format(m=sentence)), checklists.load("department"), year=2023).items[item]
    if words is None:
        assert got.status == "missing", (kind, got.evidence)
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, (kind, got.evidence)


@pytest.mark.parametrize(
    ("organised", "covered"),
    [
        ("县政府班子成员", True),  # his own team: he studies with them (review8 O1)
        ("县政府党组成员", True),
        ("县直部门主要负责人", False),  # others' heads: their study, not his
        ("各乡镇党委书记", False),
    ],
)
def test_the_head_organising_his_own_teams_study_studies_too(organised: str, covered: bool) -> None:
    text = PRESENT.replace("青山县司法局", "青山县人民政府").format(m=f"县长组织{organised}集中学法6次。")
    got = check(read_text(text), checklists.load("county_gov"), year=2023).items["duties-study"]
    assert (got.status == "covered") is covered, (organised, got.status, got.evidence)
