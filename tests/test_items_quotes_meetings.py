"""A topic a meeting deployed, studied or dealt with (or the leader 调度) is no measure done: the item is quoted
at the sentence that reports the work, and the topic only where nothing else reports it."""

from __future__ import annotations

import pytest

from .helpers.quotes import DUTIES, PLAN, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds — None: the item is not covered)
CASES = [
    (
        "a topic a meeting deployed, even with a figure, is quoted after a sentence that did it",
        "（一）组织领导。全年召开党组会议12次，研究部署普法宣传和政务公开等工作。"
        "（二）公开。严格落实政务公开制度，及时公开行政许可结果。",
        DUTIES,
        PLAN,
        "oversight",
        "及时公开行政许可结果",
    ),
    (
        "topics named before the verb (对……等工作作出部署) are a meeting's topics too",
        "（一）组织领导。对政务公开、执法监督等工作作出安排部署。（二）公开。严格落实政务公开制度，及时公开行政许可结果。",
        DUTIES,
        PLAN,
        "oversight",
        "及时公开行政许可结果",
    ),
    (
        "a deployed topic with a figure after it reports the work done",
        "（一）组织领导。部署开展政务公开专项检查工作，检查政府网站12个。（二）公开。严格落实政务公开制度。",
        DUTIES,
        PLAN,
        "oversight",
        "检查政府网站12个",
    ),
    (
        "a topic a meeting dealt with covers nothing: reviewers read it as the deployment, not the measure",
        "（一）组织领导。县政府常务会议专题研究了政务公开工作。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "oversight",
        None,
    ),
    (
        "a topic the leader 调度 is quoted after the sentence that reports the work",
        "（一）组织领导。主要负责人专题调度放管服改革、行政执法等工作5次。（二）执法。严格落实行政执法三项制度，规范执法行为。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "严格落实行政执法三项制度",
    ),
    (
        "under a heading naming the item, a meeting's topic is quoted after the sentence that reports the work",
        "（一）深化放管服改革\n县政府主要负责人主持召开常务会议5次，专题研究放管服改革工作。全年推行告知承诺制事项12项。",
        DUTIES,
        PLAN,
        "functions",
        "告知承诺制事项12项",
    ),
    (
        "after a run-in title naming the item, a meeting's topic is quoted after the sentence that reports the work",
        "（一）改革。一是深化放管服改革。主要负责人主持召开会议研究放管服改革等工作。全年推行告知承诺制事项12项。",
        DUTIES,
        PLAN,
        "functions",
        "告知承诺制事项12项",
    ),
    (
        "a topic a meeting 专题研究 is quoted after the sentence that reports the work",
        "（一）组织领导。主要负责人先后12次专题研究营商环境、综合行政执法改革。（二）审批。推行告知承诺制，压缩审批时限。",
        DUTIES,
        PLAN,
        "functions",
        "推行告知承诺制",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_that_reports_it(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str | None
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)
