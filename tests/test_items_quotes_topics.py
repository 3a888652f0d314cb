"""A measure's words where the sentence is about something else cover nothing (blind sets' kinds D1, D4): a
list of topics a meeting studied, heard or was told of ("专门研究规章起草、行政执法、复议应诉等事项") reports the
deployment, not the listed work. Near-misses stay covered: the topic followed by a figure of the work, or
the meeting's own item (a duty: 部署)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT

# (checklist, item, measures, duties (None: the usual), words the quote holds, None: not covered)
CASES = [
    # a meeting's topics, in several wordings: covered by none of them
    ("department", "disputes", "（一）领导。局党组会议专题研究行政复议、政务公开等工作3次。", None, None),
    ("department", "oversight", "（一）领导。局党组会议专题研究行政复议、政务公开等工作3次。", None, None),
    ("township", "township-pufa", "（一）领导。镇党委会研究部署了普法宣传、人民调解等工作。", None, None),
    ("township", "township-mediation", "（一）领导。镇党委会研究部署了普法宣传、人民调解等工作。", None, None),
    ("county_gov", "disputes", "（一）领导。县政府常务会议听取了行政复议、行政应诉工作情况汇报。", None, None),
    ("county_gov", "oversight", "（一）领导。县长就政务公开、审计整改等工作作出批示2次。", None, None),
    ("county_gov", "law-enforcement", "（一）领导。召开专题会议研究综合行政执法改革、证明事项清理等问题。", None, None),
    (
        "county_gov",
        "law-enforcement",
        "（一）机制。形成一把手总负责、分管副职具体抓的机制，按期开会专门研究法治机关建设与行政执法工作，安排下步任务。",
        None,
        None,
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）领导。把法治建设写进行业发展规划，全年听取法治工作专题汇报4次，研究处理执法规范、普法宣传等问题3项。",
        None,
        None,
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）领导。全年开党组会专门研究法治工作5次，破解执法规范、普法宣讲等难点问题6项。",
        None,
        None,
    ),
    # near-misses: the work itself reported, or the meeting as the leader's duty
    (
        "county_gov",
        "normative-documents",
        "（一）文件。召开常务会议6次，审议通过规范性文件3件。",
        None,
        "审议通过规范性文件3件",
    ),
    ("county_gov", "law-enforcement", "（一）执法。部署开展案卷评查工作，评查案卷41卷。", None, "评查案卷41卷"),
    (
        "county_gov",
        "oversight",
        "（一）公开。专题研究政务公开工作，全年主动公开政府信息320条。",
        None,
        "主动公开政府信息320条",
    ),
    (
        "county_gov",
        "disputes",
        "（一）复议。县政府常务会议研究行政复议工作，全年办结行政复议案件41件。",
        None,
        "办结行政复议案件41件",
    ),
    (
        "township",
        "township-mediation",
        "（一）调解。镇党委会专题研究人民调解工作，全年调处矛盾纠纷56件。",
        None,
        "调处矛盾纠纷56件",
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）领导。局党组研究普法工作2次。（二）普法。开展送法进企业活动12场。",
        None,
        "送法进企业",
    ),
    (
        "county_gov",
        "duties-deploy",
        "（一）学法。组织干部学法考试1次。",
        "县长主持召开县政府常务会议，研究部署行政执法、普法等工作。",
        "研究部署行政执法",
    ),
]


@pytest.mark.parametrize(("kind", "item", "measures", "duties", "words"), CASES)
def test_an_items_words_on_another_subject_cover_nothing(
    kind: str, item: str, measures: str, duties: str | None, words: str | None
) -> None:
    text = REPORT.format(measures=measures, duties=duties or DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    if words is None:
        assert got.status == "missing", got.evidence
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
