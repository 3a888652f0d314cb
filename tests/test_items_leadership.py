"""Leadership and placement of covered items: another field's leading group or plan is no leadership, a rule-of-law meeting, plan or supervision is; an item under a heading joining it to the duties is in its place; a list after a first clause done covers none of its topics."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import PLAN, REPORT


@pytest.mark.parametrize(
    "measure",
    [
        "成立领导小组，统筹推进全镇疫情防控工作。",
        "召开领导小组会议，研究部署安全生产工作。",
        "镇长任组长，负责统筹疫情防控工作。",
        "制定年度安全生产工作计划。",
        "年初制定安全生产工作计划。",
        "调整城区供水价格。",
        "召开专题会研究部署安全生产工作。",
        "组织干部学习法治思想，并召开专题会议研究部署疫情防控工作。",
        "部署全年安全生产工作，明确重点任务。",
        "开展疫情防控督查5次。",
        "细化年度招商引资目标任务。",
        "组织传达学习全面依法治国工作会议精神。",
        "参加全市法治政府建设工作会议。",
        "签订安全生产目标责任书16份。",
        "建立信访工作台账。",
        "印发《行政执法公示制度实施方案》。",
        "印发《2023年安全生产工作要点》。",
        "做好春节期间值班工作安排。",
        "开展民族团结进步示范创建活动。",
        "组织干部参加全市法治政府建设工作推进会。",
        "坚持在法治轨道上统筹推进疫情防控，先后召开专题会议研究部署。",
        "召开党组会议研究部署法治化营商环境建设。",
        "组织干部职工学习应知应会法律法规清单。",
        # another field's must-know list, no law in it (fphunt4: covered before)
        "编制森林防火应知应会清单，发放到户。",
        # another field's 考核 (kinds_I §A2's near-miss): no rule-of-law word on either side of it
        "把垃圾分类纳入年度考核。",
        "将人居环境整治纳入村级年度考核，考核结果与评优挂钩。",
        "对各村开展年度目标考评，评出先进村3个。",
    ],
)
def test_another_fields_leading_group_or_plan_is_no_leadership(measure: str) -> None:
    """A leading group or a year's plan of another field (疫情防控, 安全生产) is no rule-of-law mechanism;
    the duties here name no 法治 meeting, so nothing else covers the item."""
    text = REPORT.format(
        measures="（一）工作开展情况。" + measure, duties="局长主持会前学法8次，年终述法1次。", plan=PLAN
    )
    got = check(read_text(text), checklists.load("township"), year=2023).items["leadership"]
    assert got.status == "missing", (measure, got.evidence)


@pytest.mark.parametrize(
    ("checklist", "measure"),
    [
        ("township", "一是街道办党政主要负责人切实履行第一责任人职责，年初即召集专题会安排全年法治任务。"),
        ("township", "街道主要负责同志带头履行第一责任人职责，围绕全年法治重点任务主持专题会，健全各科室协同的机制。"),
        ("department", "局党组召开专题会议研究部署年度依法行政工作。"),
        ("department", "召开全年工作会安排法治建设重点事项。"),
        ("county_gov", "认真执行《青山县法治政府建设实施方案（2021—2025年）》年度任务，定期召开专题会议研究部署。"),
        ("township", "同时，强化督办，对全部法治任务全程跟踪督查，确保按期完成。"),
        ("department", "对法治建设重点任务落实情况开展督查2次。"),
        ("department", "开展依法行政专项督查3次，督促整改问题12个。"),
        ("township", "对照上级任务分工表，再次细化了年度法治工作的重点目标和具体举措。"),
        ("department", "我局结合本局实际，部署本年度依法行政任务，明确重点事项。"),
        ("township", "把法治政府建设列入街道党工委和办事处全年重点任务，同中心工作一起谋划。"),
        ("county_gov", "坚持定期专门研究法治政府建设。"),
        ("county_gov", "召开法治政府建设工作推进会2次，部署年度重点任务。"),
        ("department", "主要负责人主持召开法治建设专题会议，安排部署年度重点任务。"),
        ("township", "每季度召开一次法治工作例会，通报任务进展。"),
        ("township", "与各站所签订法治建设目标责任书16份。"),
        ("county_gov", "将法治政府建设纳入年度综合目标管理，实行季度通报。"),
        ("department", "建立法治建设工作台账，实行销号管理。"),
        ("county_gov", "对照法治政府建设示范创建指标体系，逐项查漏补缺。"),
        ("township", "制定《2023年依法行政工作计划》，明确重点任务12项。"),
        ("department", "印发《关于做好2023年度法治政府建设工作的通知》。"),
        # the first clause does it (列入考评, 纳入考核, 印发要点); a list of groups or tasks follows
        (
            "township",
            "把“依法治街”列入年度“六项重点工程”考评，陆续组建综治工作领导小组、内控审计小组和合法性审核中心，健全组织保障。",
        ),
        ("county_gov", "将法治政府建设纳入全县年度目标考核，同步推进审计监督、合法性审查和政务公开等制度建设。"),
        ("department", "印发年度依法行政工作要点，明确规范执法、政务公开、合法性审查等重点任务。"),
    ],
)
def test_rule_of_law_meeting_plan_or_supervision_is_leadership(checklist: str, measure: str) -> None:
    """A meeting that deploys the year's rule-of-law work, the rule-of-law plan detailed or carried out,
    its tasks supervised: that is the 推进机制 of the leadership item, even where the same sentence
    names the principal leader's own duty (one sentence reports both). The duties here name no
    法治 meeting, so only the measure can cover the item."""
    text = REPORT.format(
        measures="（一）加强组织领导。" + measure, duties="局长主持会前学法8次，年终述法1次。", plan=PLAN
    )
    got = check(read_text(text), checklists.load(checklist), year=2023).items["leadership"]
    assert got.status == "covered" and got.evidence is not None and measure[:8] in got.evidence, (measure, got.evidence)


@pytest.mark.parametrize(
    ("heading", "placed"),
    [
        ("一、加强党的领导，压实第一责任人职责", True),
        ("一、强化推进机制，履行第一责任人职责", True),
        # the duties part's own heading: the part is "……职责，加强法治政府建设的有关情况" in the regulation, and the
        # leadership item's meetings, 述法 and groups are at home there too (the item's ``also``): no note either
        ("一、党政主要负责人履行推进法治建设第一责任人职责情况", True),
    ],
)
def test_an_item_under_a_heading_that_joins_it_to_the_duties_is_in_its_place(heading: str, placed: bool) -> None:
    """A section whose heading joins the leadership item to the duties (加强党的领导，压实第一责任人职责) holds
    the item where the writer put it: no note that it belongs in the measures; nor does the duties part's
    own heading (the leadership item lists the duties part in ``also``)."""
    text = (
        "青山县人民政府2023年法治政府建设情况报告\n"
        f"{heading}\n县政府主要负责人主持召开常务会议4次，专题研究法治政府建设。\n"
        "二、推进依法行政，规范行政执法\n全面落实行政执法三项制度，办理行政处罚案件120件。\n"
        "三、存在的不足和原因\n一是执法人员不足，主要原因是编制紧张。\n"
        "四、2024年工作安排\n一是加强执法监督；二是开展普法宣传12场。\n"
    )
    res = check(read_text(text), checklists.load("county_gov"), year=2023)
    got = res.items["leadership"]
    assert got.status == "covered", got
    notes = [f for f in res.findings if f.rule == "required-item" and "党的领导和推进机制" in f.message]
    assert (notes == []) is placed, [f.message for f in notes]


def test_a_study_of_the_thought_in_the_duties_part_is_noted_as_placed_elsewhere() -> None:
    """习近平法治思想 studied and reported only in the duties part: covered, with the note that it belongs
    in the measures (the item has no ``also``), unlike the leadership item beside it."""
    text = (
        "青山县人民政府2023年法治政府建设情况报告\n"
        "一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "县政府主要负责人主持召开常务会议4次，专题研究法治政府建设；主持县政府党组理论学习中心组专题学习习近平法治思想3次。\n"
        "二、推进依法行政，规范行政执法\n全面落实行政执法三项制度，办理行政处罚案件120件。\n"
        "三、存在的不足和原因\n一是执法人员不足，主要原因是编制紧张。\n"
        "四、2024年工作安排\n一是加强执法监督；二是开展普法宣传12场。\n"
    )
    res = check(read_text(text), checklists.load("county_gov"), year=2023)
    assert res.items["xi-thought"].status == "covered" and res.items["xi-thought"].elsewhere == "duties"
    assert res.items["leadership"].status == "covered" and res.items["leadership"].elsewhere is None


@pytest.mark.parametrize(
    ("checklist", "measure", "item"),
    [
        ("township", "把“依法治街”列入年度考评，陆续组建综治工作领导小组、内控审计小组和合法性审核中心。", "oversight"),
        (
            "county_gov",
            "将法治政府建设纳入全县年度目标考核，同步推进审计监督、合法性审查和政务公开等制度建设。",
            "major-decisions",
        ),
        ("department", "印发年度依法行政工作要点，明确规范执法、政务公开、合法性审查等重点任务。", "oversight"),
    ],
)
def test_the_list_after_a_first_clause_done_covers_none_of_its_topics(checklist: str, measure: str, item: str) -> None:
    """A first clause that does one item (列入考评) is no topic of the list after it, and the list's
    topics (groups set up, tasks named) still cover nothing."""
    text = REPORT.format(
        measures="（一）工作开展情况。" + measure, duties="局长主持会前学法8次，年终述法1次。", plan=PLAN
    )
    got = check(read_text(text), checklists.load(checklist), year=2023).items[item]
    assert got.status == "missing", (measure, got.evidence)


@pytest.mark.parametrize(
    ("checklist", "measure"),
    [
        (
            "department",
            "局党组始终重视依法治局，将法治建设工作纳入局党组年度重点工作，规范执法程序，推进政务公开，落实普法责任。",
        ),
        (
            "township",
            "镇党委始终重视法治建设，把法治政府建设纳入镇党委年度工作计划，加强执法队伍管理，深化政务公开，抓好普法宣传。",
        ),
    ],
)
def test_a_clause_whose_placing_is_the_items_own_act_reports_it_beside_a_list(checklist: str, measure: str) -> None:
    """法治建设纳入……重点工作 is the leadership's act in its clause (the placing verb inside its own words), so the
    topics listed after it (执法, 政务公开, 普法) do not make that clause one more topic: leadership is covered there."""
    text = REPORT.format(
        measures="（一）加强组织领导。" + measure, duties="局长主持会前学法8次，年终述法1次。", plan=PLAN
    )
    got = check(read_text(text), checklists.load(checklist), year=2023).items["leadership"]
    assert got.status == "covered" and "纳入" in (got.evidence or ""), got.evidence
