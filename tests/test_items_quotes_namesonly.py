"""A duty of the own head is covered only by a sentence that reports an act or a result of it (a doer acting, a figure,
a product named), not by one that only names it — a stance (始终把……作为……, 坚持把……作为……), a study planned (纳入……学习计划
with no study done) or a post given (以局长为组长, 由书记、局长任双组长), nor by a superior's meeting attended (参加县委常委会会议，研究部署……):
that sentence is the item's ``mention``, an info that asks the writer to check it, never a gap (``namesonly.names_only``)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import PLAN, REPORT

MEASURES = "（一）执法。全年办结行政处罚案件40件。"

# (kind, item, duties, words the quote holds, covered): bad ones only name the duty, good ones report it
CASES = [
    (
        "a post given and a product named (制定《……要点》)",
        "duties-leader",
        "成立以局长为组长的法治建设领导小组，制定《2023年依法行政工作要点》。",
        "制定《2023年依法行政工作要点》",
        True,
    ),
    (
        "a study planned, then one done",
        "duties-study",
        "将民法典纳入局党组理论学习中心组学习计划，开展集中学习。",
        "开展集中学习",
        True,
    ),
    (
        "a study planned, no study done",
        "duties-study",
        "局党组将宪法和民法典纳入理论学习中心组年度学习计划。",
        "纳入理论学习",
        False,
    ),
    (
        "a stance, then a study planned",
        "duties-study",
        "坚持把学法作为领导干部的必修课，将宪法纳入党组理论学习中心组学习计划。",
        "坚持把学法",
        False,
    ),
    (
        "a post given (任双组长)",
        "duties-leader",
        "调整法治建设领导小组，由局党组书记、局长任双组长。",
        "任双组长",
        False,
    ),
    ("a post given (以局长为组长)", "duties-leader", "成立以局长为组长的法治建设领导小组。", "以局长为组长", False),
    (
        "a series of posts one giver gives (明确由……为组长，局长为常务副组长，……为成员)",
        "duties-leader",
        "调整法治建设领导小组，明确由局党组书记为组长，局长为常务副组长，其他班子成员为成员。",
        "调整法治建设领导小组",
        False,
    ),
    (
        "a post given, then the head acting in the next clause",
        "duties-leader",
        "明确由局党组书记为组长，局长每季度主持召开党组会议研究法治工作。",
        "局长每季度主持召开党组会议",
        True,
    ),
    (
        "a post given and the head's duty stated: the sentence that names him in the duty is quoted",
        "duties-leader",
        "成立以局长为组长的法治建设领导小组。局长严格履行推进法治建设第一责任人职责，始终把依法行政当作全局一项经常性工作来抓。",
        "局长严格履行",
        True,
    ),
    (
        "the post given, then the head's own act: the act covers",
        "duties-leader",
        "成立以局长为组长的法治建设领导小组。局长主持召开党组会议研究法治工作。",
        "局长主持召开党组会议",
        True,
    ),
    (
        "a study planned and one done, counted",
        "duties-study",
        "将宪法纳入中心组学习计划，局长主持集体学法6次。",
        "集体学法6次",
        True,
    ),
    ("the head leading by example acts", "duties-study", "局长带头深入学习习近平法治思想。", "局长带头", True),
    (
        "the leading body's study done",
        "duties-study",
        "局党组理论学习中心组集中学习宪法和行政复议法。",
        "集中学习宪法",
        True,
    ),
    (
        "a superior's meeting attended (参加县委……会议)",
        "duties-deploy",
        "参加县委常委会会议，研究部署法治建设工作。",
        "参加县委常委会会议",
        False,
    ),
    (
        "a superior's meeting sat in on (列席县政府常务会议)",
        "duties-deploy",
        "先后列席县政府常务会议，专题研究部署法治政府建设工作。",
        "列席县政府常务会议",
        False,
    ),
    (
        "the own leading body's meeting deploys",
        "duties-deploy",
        "局党组会议专题研究部署法治建设工作。",
        "局党组会议专题研究",
        True,
    ),
    (
        "the head attends, then deploys at his own meeting",
        "duties-deploy",
        "局长参加县委常委会会议后，主持召开党组会议研究部署法治建设工作。",
        "局长参加",
        True,
    ),
]


@pytest.mark.parametrize(("kind", "item", "duties", "words", "covered"), CASES, ids=[c[0] for c in CASES])
def test_a_duty_only_named_is_mentioned_not_covered(
    kind: str, item: str, duties: str, words: str, covered: bool
) -> None:
    report = check(
        read_text(REPORT.format(measures=MEASURES, duties=duties, plan=PLAN)), checklists.load("department"), year=2023
    )
    got = report.items[item]
    if covered:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, (kind, got)
        return
    assert got.status == "missing" and got.mention is not None and words in got.mention.quote, (kind, got)
    told = [f for f in report.findings if f.rule == "required-item" and got.item.title in f.message]
    assert all(f.severity == "info" and "提到了它" in f.message for f in told), told  # what to check, never a gap
