"""A measures item named in passing in a sentence about another item (``rival.passing``: a list member, a clause of
purpose or basis, a title, a passive's agent; or another item's by the wording profiles) is quoted by the sentence
that reports it, when
there is one; headings run together (``titles.stacked_titles``) are quoted by the sentence
under them; another part's sentences are weighed as the item's own part's are (``prefer.order``). Near-misses: the
item's words in the main clause, 为 that names whom an act is for, a list the item's own act is done to, and the
only sentence that names the item by the wording alone (it stays covered). An item every sentence names only as a
topic of a meeting or a survey (就……、……等工作召开会议), as one of a list of topics, or in passing by the structure
alone (a title cited, a clause of purpose or basis, or the last clause when a verb of aim opens it: 确保, 提升), or
led to by a heading past a run-in title that opens another item's text (``hits.led_away``), is not covered: the
sentence is its ``mention`` (an info that asks the writer to check it, never a gap)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.titles import stacked_titles
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT

# (checklist, item, measures, duties (None: the usual), words the quoted sentence holds)
GOOD = [
    # one of a list of topics the act of another item was done to (合法性审核 is 重大行政决策's)
    (
        "county_gov",
        "normative-documents",
        "（一）审核。对重大合同、行政规范性文件、重大行政决策等开展合法性审核56件。全年备案规范性文件4件，清理12件。",
        None,
        "备案规范性文件4件",
    ),
    # named in a clause of purpose before another item's act
    (
        "department",
        "law-enforcement",
        "（一）宣传。为推动行政执法规范化，开展“谁执法谁普法”宣传活动8场。（二）执法。全年办理行政处罚案件36件。",
        None,
        "行政处罚案件36件",
    ),
    # named in a clause of basis
    (
        "county_gov",
        "oversight",
        "（一）执法。按照政务公开工作要求，评查行政执法案卷30卷。（二）公开。全年主动公开政府信息210条。",
        None,
        "主动公开政府信息210条",
    ),
    # named in a parenthesis, or in the title of a document cited (not issued)
    (
        "county_gov",
        "functions",
        "（一）执法。组织行政执法人员培训3次（含“放管服”改革专题）。（二）服务。全年办理行政许可事项420件。",
        None,
        "行政许可事项420件",
    ),
    (
        "county_gov",
        "functions",
        "（一）执法。对照《关于推进“放管服”改革的通知》，组织行政执法人员培训3次。（二）服务。全年办理行政许可事项420件。",
        None,
        "行政许可事项420件",
    ),
    # another item's by its wording: information published, some of it on penalties, is the publishing's
    (
        "county_gov",
        "law-enforcement",
        "（一）公开。全年主动公开政府信息320条，其中行政处罚信息45条。（二）执法。全年作出行政处罚决定56件。",
        None,
        "行政处罚决定56件",
    ),
    (
        "county_gov",
        "law-enforcement",
        "（一）学习。组织执法人员开展习近平法治思想专题培训2次。（二）执法。全年办理行政处罚案件36件。",
        None,
        "行政处罚案件36件",
    ),
    # named only as the agent of a passive (被……评为): the committee judged, the unit's act is the case file
    (
        "county_gov",
        "leadership",
        "（一）执法。全年办理处罚案件40件，2份执法案卷被县委依法治县办评为优秀案卷。",
        None,
        "听取法治工作汇报",
    ),
    # headings run together (a copy that lost its line breaks) are quoted by what follows them
    (
        "county_gov",
        "oversight",
        "（一）概况。全镇法治建设有序推进。二、主要做法（一）加强政务公开一是完善政务公开制度。设立政府信息公开受理点，配备专职人员2名。",
        None,
        "设立政府信息公开受理点",
    ),
    # in another part, a sentence with a figure before the head's stance naming the item's words
    (
        "department",
        "xi-thought",
        "（一）执法。全年办理行政处罚案件36件。",
        "局主要负责人坚持落实全面依法治国新理念新思想新战略，切实履行第一责任人职责，对法治工作亲自部署。"
        "坚持党组会议学法制度，本年度开展习近平法治思想和依法行政、依法治市相关会议精神、法律法规等内容学法活动6次。",
        "学法活动6次",
    ),
]

NEAR = [
    # the item's own words in the main clause, another's in the purpose: it is the sentence's topic
    (
        "county_gov",
        "oversight",
        "（一）公开。为推进行政执法公示，全年主动公开政府信息210条。（二）审计。配合完成审计2次。",
        None,
        "主动公开政府信息210条",
    ),
    # 为 names whom the act is for: the act itself
    (
        "township",
        "township-counsel",
        "（一）顾问。为辖区12个村配备法律顾问，开展法治宣传活动6场。（二）合同。法律顾问审核合同15份。",
        None,
        "为辖区12个村配备法律顾问",
    ),
    # the only sentence that names the item: still covered, still quoted
    (
        "county_gov",
        "normative-documents",
        "（一）审核。对重大合同、行政规范性文件、重大行政决策等开展合法性审核56件。",
        None,
        "合法性审核56件",
    ),
    # the study's sentence is the only one that names the enforcement staff: still covered by it
    (
        "county_gov",
        "law-enforcement",
        "（一）学习。组织执法人员开展习近平法治思想专题培训2次。",
        None,
        "执法人员",
    ),
    # the title of a document issued is the act's object: issuing it reports the item
    (
        "county_gov",
        "functions",
        "（一）执法。印发《关于推进“放管服”改革的通知》，组织行政执法人员培训3次。（二）服务。全年办理行政许可事项420件。",
        None,
        "放管服",
    ),
    # a list the item's own act (合法性审核) is done to: the item is the topic
    (
        "county_gov",
        "major-decisions",
        "（一）审核。对重大合同、行政规范性文件、重大行政决策等开展合法性审核56件。公布重大行政决策事项目录5项。",
        None,
        "合法性审核56件",
    ),
]


@pytest.mark.parametrize(("kind", "item", "measures", "duties", "words"), GOOD + NEAR)
def test_an_item_named_in_passing_is_quoted_where_it_is_reported(
    kind: str, item: str, measures: str, duties: str | None, words: str
) -> None:
    text = REPORT.format(measures=measures, duties=duties or DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence


@pytest.mark.parametrize(
    ("sentence", "stacked"),
    [
        ("二、主要做法（一）加强政务公开一是完善政务公开制度。", True),
        ("（二）依法行政一是严格决策程序。", True),
        ("一是完善政务公开制度。", False),  # one run-in title: ``is_title``'s
        ("（一）加强政务公开，一是设立公开栏。", False),  # a clause mark: a sentence
        ("一是全年开展培训3次二是评查案卷。", False),  # a figure: a report
        ("设立政府信息公开受理点。", False),
    ],
)
def test_headings_run_together(sentence: str, stacked: bool) -> None:
    assert stacked_titles(sentence) is stacked


# (checklist, item, measures, the words the quote begins with): a run-in title ended by its colon is a heading, the
# quote begins after it; a colon after a clause (no title) or before a figure leaves the sentence whole
COLON = [
    (
        "county_gov",
        "law-enforcement",
        "（一）执法。深化行政执法体制改革：组织执法人员参加业务培训4次。",
        "组织执法人员",
    ),
    ("county_gov", "oversight", "（一）公开。政务公开：全年主动公开政府信息210条。", "全年主动公开"),
    ("county_gov", "law-enforcement", "（一）执法。全年办理执法案件48件，其中：行政处罚12件。", "全年办理执法案件"),
]


@pytest.mark.parametrize(("kind", "item", "measures", "begins"), COLON)
def test_a_run_in_title_before_its_colon_is_not_quoted(kind: str, item: str, measures: str, begins: str) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    assert got.status == "covered" and got.quote is not None and got.quote.startswith(begins), got.quote
