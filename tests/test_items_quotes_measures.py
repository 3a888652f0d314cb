"""A covered checklist item of the measures quotes the sentence that reports it, by kind: the party's leadership,
major decisions, disputes, oversight, a list of topics… (a plan's concrete tasks: ``test_items_quotes_plan``; a
topic a meeting deployed: ``test_items_quotes_meetings``)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds — None: the item is not covered)
CASES = [
    (
        "an item named only as one of a list of topics is left uncovered, not quoted by the list",
        "（一）统筹推进。统筹推进重大行政决策、法律顾问、公职律师等各项工作。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "major-decisions",
        None,
    ),
    (
        "a review done to a list of things reports each of them (an act after the list in its clause)",
        "（一）审核。对规范性文件、重大行政决策、行政合同等事项全部进行合法性审核，提出修改意见52条。",
        DUTIES,
        PLAN,
        "normative-documents",
        "全部进行合法性审核",
    ),
    (
        "a list whose clause ends in a rate reports each of them",
        "（一）审核。规范性文件、重大行政决策、行政合同等事项全部经过合法性审核，审核率100%。",
        DUTIES,
        PLAN,
        "normative-documents",
        "全部经过合法性审核",
    ),
    (
        "an item named in the list and again outside it is covered by that sentence",
        "（一）统筹推进。统筹推进重大行政决策、法律顾问等工作，全年审议重大行政决策事项6件。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "major-decisions",
        "审议重大行政决策事项6件",
    ),
    (
        "the party's leadership of rule-of-law building alone covers the leadership item",
        "（一）加强党的领导。局党组坚持党对法治政府建设的全面领导。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "leadership",
        "党对法治政府建设的全面领导",
    ),
    (
        "a mechanism of the leadership item is quoted before the party's leadership",
        "局党组坚持党对法治政府建设的全面领导。落实普法责任制，开展普法活动12场。",
        DUTIES,
        PLAN,
        "leadership",
        "开展普法活动12场",
    ),
    (
        "the leadership mechanism itself is quoted before 普法, the sub-item its title names in brackets",
        "（一）宣传。组织开展法治宣传教育活动，利用宪法宣传周走进社区发放资料。"
        "（二）领导。将法治政府建设纳入全局年度工作计划，与业务工作同部署、同检查。",
        DUTIES,
        PLAN,
        "leadership",
        "纳入全局年度工作计划",
    ),
    (
        "普法 alone still covers the leadership item",
        "（一）宣传。组织开展法治宣传教育活动，利用宪法宣传周走进社区发放资料。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "leadership",
        "法治宣传教育活动",
    ),
    (
        "the opening's 在……坚强领导下 covers no leadership item",
        "在局党组的坚强领导下，全局深入推进法治政府建设，办结行政处罚案件40件。",
        "局长主持会前学法8次，年终述法1次。",  # 听取法治工作汇报 would cover it from the duties part
        PLAN,
        "leadership",
        None,
    ),
    (
        "a run-in title covers its item with the sentence after it",
        "（一）依法决策。三是积极推行法律顾问制度。今年与律师事务所签订法律顾问合同，审核合同12份。",
        DUTIES,
        PLAN,
        "major-decisions",
        "签订法律顾问合同",
    ),
    (
        "the 合法性审查 of 规范性文件 is no major decision",
        "（一）规范性文件。制发的规范性文件均按照《规范性文件管理办法》进行合法性审查，全面清理规范性文件。",
        DUTIES,
        PLAN,
        "major-decisions",
        None,
    ),
    (
        "the item's more specific word reports it before a looser one earlier",
        "（一）决策。聘请法律顾问，在处理信访工作中发挥作用，参与信访接待。"
        "（二）调解。完善人民调解组织，实现村级人民调解全覆盖。",
        DUTIES,
        PLAN,
        "disputes",
        "人民调解全覆盖",
    ),
    (
        "in one paragraph, the sentence with a figure reports the item",
        "（一）复议。认真履行行政复议法定职责，严格办案标准。全年办结行政复议案件33件，纠错3件。",
        DUTIES,
        PLAN,
        "disputes",
        "33件",
    ),
    (
        "a sentence dated only before the report year reports an earlier year",
        "（一）复议。自2021年1月1日起，县政府集中行使行政复议职责。全年办结行政复议案件33件。",
        DUTIES,
        PLAN,
        "disputes",
        "33件",
    ),
    (
        "a cue inside a slogan reports nothing",
        "（一）复议。充分发挥行政复议化解行政争议的主渠道作用。",
        DUTIES,
        PLAN,
        "disputes",
        None,
    ),
    (
        "a title's paragraph: the first of its sentences that reports something",
        "（一）纠纷。二是强化政府采购投诉管理，积极化解矛盾纠纷。严格规范投诉处理程序。全年对3项投诉作出行政裁决。",
        DUTIES,
        PLAN,
        "disputes",
        "3项投诉",
    ),
    (
        "a law or a document studied is not the work it names",
        "（一）学法。组织学习《民法典》《信访工作条例》等法律法规5次。",
        DUTIES,
        PLAN,
        "disputes",
        None,
    ),
    (
        "an 应诉 sentence put into 考核 reports 应诉, not the 推进机制",
        "（一）应诉。将行政机关负责人出庭应诉工作纳入年度考核。（二）组织。成立法治建设领导小组，统筹推进法治建设。",
        DUTIES,
        PLAN,
        "leadership",
        "领导小组",
    ),
    (
        "a clause left open at its paragraph's end does not read on its own: it is no quote",
        "（一）执法。全年办结行政处罚案件40件。（二）规范性文件。全面清理规范性文件，",
        DUTIES,
        PLAN,
        "normative-documents",
        None,
    ),
    (
        "a guiding-thought sentence is no study of 习近平法治思想; the sentence that says how it was studied is",
        "（一）学习。我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实习近平法治思想。"
        "将习近平法治思想纳入党组理论学习中心组学习，全年专题学习4次。",
        DUTIES,
        PLAN,
        "xi-thought",
        "纳入党组理论学习中心组",
    ),
    (
        "internal 督查 of 法治 building is the 推进机制, not oversight; 政务公开 is",
        "（一）监督。扎实开展法治政府实地督查工作。（二）公开。主动公开政府信息120条。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政府信息",
    ),
    (
        "a report the leader heard is no 复议 handled",
        "（一）组织领导。局长先后4次听取行政复议工作汇报，研究了案件办理中的难点问题。"
        "（二）复议。依法办理行政复议案件，做到案结事了。",
        DUTIES,
        PLAN,
        "disputes",
        "依法办理行政复议案件",
    ),
    (
        "a guiding clause on 习近平法治思想 is quoted after the sentence that says how it was studied",
        "（一）理论武装。坚持深入学习贯彻习近平法治思想，开展法治建设5项行动。党组中心组集中学习习近平法治思想。",
        DUTIES,
        PLAN,
        "xi-thought",
        "党组中心组集中学习",
    ),
    (
        "the party group deploying rule-of-law building, without a meeting named, covers the leadership item",
        "（一）加强组织领导。局党组研究部署法治建设工作4次，明确年度重点任务。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "leadership",
        "局党组研究部署法治建设工作4次",
    ),
    (
        "a leading group the unit's head leads, however named, covers the leadership item",
        "（一）加强组织领导。成立以局长为组长的工作领导小组，统筹推进依法行政。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "leadership",
        "以局长为组长的工作领导小组",
    ),
    (
        "an education body's 普法 is aimed at students: 法治副校长, 模拟法庭 cover the 普法 item",
        "（一）执法。全年办结行政处罚案件40件。（二）青少年普法。组织法治副校长进校园，举办模拟法庭活动12场。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "法治副校长",
    ),
    (
        "the study reported after a stance covers the 习近平法治思想 item",
        "（一）强化理论武装。坚持把学习贯彻习近平法治思想作为首要政治任务，纳入党组理论学习中心组学习重点内容。"
        "（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "xi-thought",
        "纳入党组理论学习中心组",
    ),
    (
        "a bare heading over another item's report (a study of laws) is quoted itself, not the report under it",
        "（一）理论武装。深入学习贯彻习近平法治思想。召开局务会议学法12次，学习法律法规12部。"
        "（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "xi-thought",
        "深入学习贯彻习近平法治思想",
    ),
    (
        "a bare heading over a report in the item's own words is quoted by that report",
        "（一）理论武装。深入学习贯彻习近平法治思想。举办习近平法治思想专题讲座3场，干部职工120人参加。"
        "（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "xi-thought",
        "举办习近平法治思想专题讲座3场",
    ),
    (
        "a bare heading over a report no other item names is quoted by that report",
        "（一）营商环境。持续优化法治化营商环境。全面推行“一窗受理、集成服务”，设立帮办窗口6个。"
        "（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "functions",
        "设立帮办窗口6个",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_that_reports_it(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str | None
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)


def test_a_list_of_topics_all_settled_reports_each_of_them() -> None:
    """A township's decisions, documents and contracts "均经法律顾问审核把关" name three measures items and no figure,
    yet say what was done to every one (``topiclists.done_lists``): each is covered, counsel among them."""
    text = REPORT.format(
        measures="（一）依法决策。重大行政决策、行政规范性文件和政府合同均经镇法律顾问审核把关。",
        duties=DUTIES,
        plan=PLAN,
    ).replace("青山县司法局", "青山县石桥镇人民政府")
    items = check(read_text(text), checklists.load("township"), year=2023).items
    for item in ("township-counsel", "major-decisions", "normative-documents"):
        assert items[item].status == "covered", item
    listed = "（一）依法决策。开展了重大行政决策、行政规范性文件和法律顾问等工作。"
    items = check(
        read_text(REPORT.format(measures=listed, duties=DUTIES, plan=PLAN)), checklists.load("township"), year=2023
    ).items
    assert items["township-counsel"].status == "missing"
