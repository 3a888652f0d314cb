"""Of two sentences side by side, the quote is the one that reports the item (blind sets' kind D5): not the
neighbour that only names its words; and a placing verb (纳入, 列入) reports the one item it puts somewhere, not
the list or the study it is put into."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT

# (checklist, item, measures, words the quote holds): the neighbouring sentence (blind sets' kind D5)
NEIGHBOURS = [
    # under a title on 普法, the law put into the cadres' study plan is passed for the 普法 act after it
    (
        "department",
        "pufa-responsibility",
        "（一）强化普法宣传。将《民法典》《安全生产法》等法律的学习宣传列入局党组中心组学习计划。"
        "组织执法人员深入企业开展宣传活动8场，发放资料1200份。",
        "深入企业",
    ),
    # a law studied as cadres' required content is no 普法; a street stall's 宣传活动 is
    (
        "department",
        "pufa-responsibility",
        "（一）学法。加强习近平法治思想、《反电信网络诈骗法》等的学习宣传，把它们列为党委中心组和系统干部培训的必学内容。"
        "制作展板、上街设点开展宣传活动12场。",
        "制作展板",
    ),
    # a commitment to the procedures (合法性审查 in a list names a procedure, no act) is passed for a decision's
    (
        "county_gov",
        "major-decisions",
        "（一）决策。严格执行重大行政决策程序，全面落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序。"
        "对城区停车收费调整方案开展社会稳定风险评估，组织听证会1场。",
        "停车收费",
    ),
    (
        "county_gov",
        "major-decisions",
        "（一）决策。认真对照决策程序规定，一律落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序。"
        "用好法律顾问，对重大事项决策、规范性文件和大额合同实行事前合法性把关，提升决策的规范化水平。",
        "用好法律顾问",
    ),
    # near-misses: the sentence after is on another matter, the first is to the point, the study is the item's own
    (
        "department",
        "pufa-responsibility",
        "（一）强化普法宣传。将《民法典》的学习宣传列入局党组中心组学习计划。局党组书记带头学法4次。",
        "将《民法典》",
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）强化普法宣传。开展“八五”普法宣传活动12场。将《民法典》列入局党组中心组学习计划。",
        "八五",
    ),
    (
        "department",
        "xi-thought",
        "（一）学习。将习近平法治思想列入党组中心组学习计划，全年集中学习6次。",
        "将习近平法治思想",
    ),
    (
        "county_gov",
        "major-decisions",
        "（一）决策。严格执行重大行政决策程序，对城区停车收费调整方案组织公众参与、专家论证、风险评估。",
        "严格执行",
    ),
]


@pytest.mark.parametrize(("kind", "item", "measures", "words"), NEIGHBOURS)
def test_the_sentence_that_reports_the_item_is_quoted_not_its_neighbour(
    kind: str, item: str, measures: str, words: str
) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence


# a placing verb (纳入, 列入) acts on what stands before it; what follows only says where it is put: the one item
# before it is reported though the rest of the clause names two more items' words (the list it is put into, the
# manner of a study); several items before it are still a list of topics
PLACED = [
    (
        "department",
        "xi-thought",
        "（一）学习。习近平法治思想纳入本系统年度普法学习清单并在局党组理论学习中心组集体讨论学习。",
        "习近平法治思想纳入",
    ),
    (
        "department",
        "major-decisions",
        "（一）学习。习近平法治思想纳入本系统年度普法学习清单并在局党组理论学习中心组集体讨论学习。",
        None,
    ),
    ("department", "law-enforcement", "（一）考核。规范执法、政务公开和普法宣传纳入年度目标考核并逐项集体讨论。", None),
    # the placing clause need not be the sentence's first: a stance opens it, a list of meetings follows
    (
        "county_gov",
        "xi-thought",
        "（一）学习。学深悟透习近平法治思想，将习近平法治思想列入县政府党组理论学习中心组年度学习计划，"
        "相继召开县委依法治县委员会全体会议、重大决策听证会等会议。",
        "将习近平法治思想列入",
    ),
]


@pytest.mark.parametrize(("kind", "item", "measures", "words"), PLACED)
def test_what_a_placing_verb_puts_somewhere_is_reported(kind: str, item: str, measures: str, words: str | None) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    if words is None:
        assert got.status == "missing", got
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got
