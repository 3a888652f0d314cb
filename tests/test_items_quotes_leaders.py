"""The 第一责任人 items quote what this unit's own head did (kinds of blind set I): others' 述法 or study,
the unit's 督察/评议/考核 of others' heads, the study of another spirit (党的二十大精神) and a head's
stance without an act report nothing of the own head; a folded duties part is not built from others'
duties, and a head's directions on 下一步 work are no plan."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import PLAN, assert_quotes

MEASURES = "（一）执法。全年办结行政处罚案件40件。"

# (kind, duties part, item, words the quote holds — None: the item is not covered)
CASES = [
    # D3: others' heads 述法, counted or qualified, are no act of the own head (any duties item)
    (
        "others' heads 述法 in writing (各乡镇、各县直单位一把手……书面述法) is no own head",
        "各乡镇、各县直单位一把手均就上年度履职情况书面向县委述法。",
        "duties-leader",
        None,
    ),
    (
        "述法 of heads counted by level (市县乡三级……名) is no own head",
        "落实领导干部述法机制，县乡两级420名党政主要负责同志书面述法全覆盖。",
        "duties-leader",
        None,
    ),
    (
        "述法 the unit arranged for lower heads (安排县直部门和乡镇一把手当面述法)",
        "连续3年安排县直部门和乡镇一把手当面述法。",
        "duties-leader",
        None,
    ),
    (
        "述法 of listed lower heads (8个乡镇党委书记、6个执法部门负责人逐一述法)",
        "组织8个乡镇党委书记、6个执法部门负责人逐一述法。",
        "duties-leader",
        None,
    ),
    (
        "the own head 述法 before others' is still the own head's",
        "局长和各股室负责同志年底集中述法。",
        "duties-leader",
        "局长和各股室负责同志年底集中述法",
    ),
    (
        "the own head's 述法 report is the own head's",
        "局主要负责人向县委依法治县办提交年度述法报告。",
        "duties-leader",
        "局主要负责人向县委依法治县办提交年度述法报告",
    ),
    (
        "with the own head's act beside others' 述法, the own head's is quoted",
        "各乡镇、各县直单位一把手均就上年度履职情况书面向县委述法。局长主持召开党组会议3次，研究部署法治工作。",
        "duties-leader",
        "局长主持召开党组会议3次",
    ),
    (
        "others' heads in court (各县直单位一把手出庭应诉) are no own head",
        "全县各县直单位一把手出庭应诉45次，出庭应诉率100%。",
        "duties-leader",
        None,
    ),
    (
        "the own head in court with others' is the own head's",
        "局长和各股室负责同志出庭应诉3次。",
        "duties-leader",
        "局长和各股室负责同志出庭应诉3次",
    ),
    (
        "述法 of counted county secretaries (10个县（市）委书记……逐一述法) is others'",
        "召开述法会议，10个县（市）委书记、5个执法部门负责人逐一述法。",
        "duties-leader",
        None,
    ),
    (
        "述法 of counted county secretaries is no 述法 of the own head",
        "召开述法会议，10个县（市）委书记、5个执法部门负责人逐一述法。",
        "duties-report",
        None,
    ),
    (
        "督察 of counties' and lead units' heads (对……5个县（区）和8家牵头单位就一把手……督察)",
        "对全市5个县（区）和8家牵头单位就一把手的法治建设第一责任人职责开展实地督察。",
        "duties-leader",
        None,
    ),
    (
        # (the report is a 县司法局's: its own head is the 局's, its 县委书记 a superior — test_items_superior_heads)
        "局党组书记 without a count before it is no counted head (个局 needs its 个)",
        "局党组书记在县委全面依法治县委员会会议上述法。",
        "duties-report",
        "局党组书记在县委全面依法治县委员会会议上述法",
    ),
    # C/D3: the unit's 督察, 评议, 考核 of others' heads is done to them
    (
        "民主评议 of others' heads (组织对86名党政一把手履职情况进行民主评议)",
        "出台《一把手述法事项清单》，组织对86名党政一把手履职情况进行民主评议。",
        "duties-leader",
        None,
    ),
    (
        "督察 of others' heads' duty (对……乡镇……就一把手的……职责开展实地督察)",
        "对全县6个乡镇和9家牵头单位就一把手的法治建设第一责任人职责开展实地督察。",
        "duties-leader",
        None,
    ),
    (
        "测评 of lower heads (对各乡镇主要负责人履职情况开展测评)",
        "对各乡镇主要负责人履职情况开展满意度测评，结果在全县通报。",
        "duties-leader",
        None,
    ),
    (
        "a lecture for others' heads is still the own head's (局长为各司法所主要负责人讲授法治课)",
        "局长为各司法所主要负责人讲授法治课2次。",
        "duties-leader",
        "局长为各司法所主要负责人讲授法治课2次",
    ),
    # D3: all levels' study is no study of the own head, nor is a title over it, nor a document named 学法
    (
        "all levels' 党委（党组）会议、理论学习中心组 is others' study",
        "将习近平法治思想纳入政府系统各级党委（党组）会议、理论学习中心组、党校主体培训班的重点内容。",
        "duties-study",
        None,
    ),
    (
        "a run-in title over all levels' study reports no study of the own head",
        "一是深入学习贯彻习近平法治思想。将习近平法治思想列入全县各级党委（党组）理论学习中心组学习重点内容。",
        "duties-study",
        None,
    ),
    (
        "others' 中心组 the unit guided (指导各乡镇党委中心组开展学法) is no study of the own head",
        "指导各乡镇党委中心组开展学法20余次。",
        "duties-study",
        None,
    ),
    (
        "the unit's own 中心组 is its own",
        "局党组理论学习中心组集中学法6次。",
        "duties-study",
        "局党组理论学习中心组集中学法6次",
    ),
    (
        "a document named 学法用法制度 and books handed to all leaders are no study",
        "制发《青山县党员领导干部学法用法制度》，为全县副县级以上领导干部配发法律汇编。",
        "duties-study",
        None,
    ),
    (
        "a run-in title over the leading body's own study is that study",
        "一是深入学习贯彻习近平法治思想。局党组理论学习中心组集中学法6次。",
        "duties-study",
        "局党组理论学习中心组集中学法6次",
    ),
    (
        "a 学法 plan drawn up and cadres' exam are no study; the leading body's 中心组 study is",
        "参加全市执法队伍“学练比”活动，拟定年度学法安排，210名干部年度考法合格率百分之百。"
        "以习近平法治思想作为根本遵循，通过党组会、中心组集中学习、读书会等深学细悟。",
        "duties-study",
        "通过党组会、中心组集中学习",
    ),
    (
        "a 学法 plan issued and the head's study after it is the head's study",
        "印发《局党组理论学习中心组2023年学法计划》，局长带头集中学法6次。",
        "duties-study",
        "局长带头集中学法6次",
    ),
    # D2: a stance, a formula, a principle reports no duty; the act beside it does
    (
        "把学习贯彻习近平法治思想当作……根本遵循 is a stance; the 法治讲座 at the 党组会议 is the study",
        "局党组切实扛起法治建设主体责任，把学习贯彻习近平法治思想当作依法行政的根本遵循。局党组会议举办法治专题讲座3次。",
        "duties-study",
        "局党组会议举办法治专题讲座3次",
    ),
    (
        "把……视为头等大事 alone reports no study",
        "局党组把学习宣传习近平法治思想视为全局工作的头等大事。",
        "duties-study",
        None,
    ),
    (
        "a lecture for the public is no study of the own head",
        "举办法治专题讲座进社区12场。",
        "duties-study",
        None,
    ),
    (
        "坚持一把手带头履职尽责 is a principle, no act of the head",
        "本局一贯在县委领导下谋划推进法治工作，坚持一把手带头履职尽责，把法治工作排上重要议程。",
        "duties-leader",
        None,
    ),
    (
        "the head's act after 作为第一责任人 is still the head's",
        "局长作为第一责任人，全年主持党组会研究法治工作4次。",
        "duties-leader",
        "局长作为第一责任人，全年主持党组会研究法治工作4次",
    ),
    (
        "the head doing it first (局长带头履职尽责，主持……) is still the head's",
        "局长带头履职尽责，全年主持召开专题会议3次。",
        "duties-leader",
        "局长带头履职尽责，全年主持召开专题会议3次",
    ),
    (
        "a list of 亲自 acts (做到亲自谋划、亲自部署、亲自推动) is a formula, no deploying",
        "局主要负责同志始终把法治建设摆在全局工作的突出位置，做到亲自谋划、亲自部署、亲自推动。",
        "duties-deploy",
        None,
    ),
    (
        "the head's meeting after the 亲自 formula is the deploying",
        "局长亲自谋划、亲自部署、亲自推动，全年主持召开党组会议4次研究法治工作。",
        "duties-deploy",
        "全年主持召开党组会议4次研究法治工作",
    ),
    # D6: deploying the study of another spirit is no deploying of the rule of law
    (
        "部署全系统学习宣传 of 二十大精神 is no deploying of the rule of law",
        "我局把学好用好党的二十大精神列入议事日程，召开传达贯彻会议，部署全系统学习宣传工作。",
        "duties-deploy",
        None,
    ),
    (
        "研究部署贯彻落实 a plenum's spirit (no law named) is no deploying of the rule of law",
        "局长主持召开党组会议，传达学习二十届三中全会精神，研究部署贯彻落实工作。",
        "duties-deploy",
        None,
    ),
    (
        "deploying after a 法治 meeting's spirit is the rule of law",
        "局党组召开专题会议，传达中央全面依法治国工作会议精神，研究部署贯彻落实工作。",
        "duties-deploy",
        "研究部署贯彻落实工作",
    ),
    (
        "deploying 行政复议 at a meeting that also relayed 二十大精神 is deploying the rule of law",
        "局长主持召开专题会议，传达党的二十大精神，部署行政复议和规范性文件审核工作。",
        "duties-deploy",
        "部署行政复议和规范性文件审核工作",
    ),
    (
        "the head's 述法 that also reports the study of 二十大精神 is still 述法",
        "局长年底向县委述法，报告学习贯彻党的二十大精神情况。",
        "duties-report",
        "局长年底向县委述法",
    ),
    (
        "a plenum's 部署 as a noun (落实全会有关法治的部署) is no deploying",
        "二十届三中全会闭幕后，局党组把全会精神列为中心组学习重点内容，落实全会有关法治的部署。",
        "duties-deploy",
        None,
    ),
    (
        "意识形态 work arranged and studied is no study of law",
        "局主要负责同志亲自安排意识形态工作，开展中心组扩大学习8次。",
        "duties-study",
        None,
    ),
    (
        "部署全县普法宣传工作 is deploying the rule of law",
        "局长主持召开专题会议，部署全县普法宣传工作。",
        "duties-deploy",
        "部署全县普法宣传工作",
    ),
    # fphunt4: 本单位/我单位's head is the own head (位主要 of 16位主要负责人 counted heads stood before it)
    (
        "本单位主要负责人 is the own head",
        "本单位主要负责人主持召开党组会议研究法治工作4次，带头参加中心组学法6次，年底向县委述法。",
        "duties-leader",
        "本单位主要负责人主持召开党组会议研究法治工作4次",
    ),
    (
        "我单位主要负责人's 述法 is the own head's",
        "我单位主要负责人年底向县委书面述法1次。",
        "duties-report",
        "我单位主要负责人年底向县委书面述法1次",
    ),
    (
        "16位主要负责人述法 are still others'",
        "组织下属16位主要负责人向局党组述法。",
        "duties-report",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "duties", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_duties_item_quotes_the_own_head(kind: str, duties: str, item: str, words: str | None) -> None:
    assert_quotes(kind, MEASURES, duties, PLAN, item, words)


ONLY_MEASURES = """青山县水利局2023年度法治政府建设情况报告
一、2023年度推进法治政府建设的主要举措和成效
（一）加强组织领导
{lead}
（二）严格规范执法
全年办结行政处罚案件40件，案卷评查合格率100%。
"""


def _parts(lead: str) -> dict[str, str]:
    res = check(read_text(ONLY_MEASURES.format(lead=lead)), checklists.load("department"), year=2023)
    return {pid: pr.status for pid, pr in res.parts.items()}


@pytest.mark.parametrize(
    ("kind", "lead", "duties", "plan"),
    [
        (
            "a head's directions on 下一步 work (就下一步……提出要求) are the duties, no plan",
            "局党委书记、局长按期听取本局法治工作汇报，主持法治座谈会，并就下一步全局法治工作提出要求。",
            "folded",
            "missing",
        ),
        (
            "对下一步……作出部署 is the head's act, no plan",
            "局长每季度听取一次法治工作汇报，对下一步依法行政工作提出具体要求。",
            "folded",
            "missing",
        ),
        (
            "研究部署下一步工作 is the head's act, no plan",
            "局长每季度听取法治工作汇报，研究部署下一步工作，督促各股室继续抓好落实。",
            "folded",
            "missing",
        ),
        (
            "a plan after 下一步 is still a plan folded",
            "局长每季度听取一次法治工作汇报。下一步，我局将继续完善执法监督机制。",
            "folded",
            "folded",
        ),
        (
            "a heading on the duty whose paragraph is others' heads' 述法 and 考核 folds no duties",
            "二是层层传导第一责任人职责。\n将法治建设纳入对各乡镇年度综合考核，组织12个乡镇党政主要负责人现场述法。",
            "missing",
            "missing",
        ),
        (
            "a run-in title over a 考核 sentence and then others' heads' 述法 folds no duties",
            "二是层层传导第一责任人职责。将法治建设纳入对各县（区）年度综合考核，考核结果作为评价领导班子的重要依据。"
            "组织12个县区党政主要负责人现场述法。",
            "missing",
            "missing",
        ),
        (
            "a title over others' 述法 and then the leading body's meeting on the rule of law folds the duties",
            "二是压实第一责任人职责。\n组织12个县区党政主要负责人现场述法。局党组召开会议4次研究法治工作。",
            "folded",
            "missing",
        ),
        (
            "a heading on the duty whose paragraph has the own head folds the duties",
            "二是压实第一责任人职责。\n局长主持召开党组会议3次，研究部署法治工作。",
            "folded",
            "missing",
        ),
        (
            "a system named for the heads (建立……第一责任人职责清单制度) folds no duties",
            "积极开展法治示范创建，建立党政主要负责人履行推进法治建设第一责任人职责清单制度，组织专家对12个乡镇开展评估。",
            "missing",
            "missing",
        ),
        (
            "a formula (建立以局长为第一责任人……) then the head's act folds the duties",
            "建立以局长为第一责任人，亲自统筹、全面负责的工作机制，局长全年主持召开专题会议3次，研究部署法治工作。",
            "folded",
            "missing",
        ),
        (
            "a heading that names the duty folds it, whatever its paragraph's leading body did",
            "（三）党政主要负责人履行推进法治建设第一责任人职责\n局党组全年召开会议4次，研究部署法治工作。",
            "folded",
            "missing",
        ),
        (
            "the unit's 督察 of others' heads' duty folds no duties",
            "对全县6个乡镇和9家牵头单位就一把手的法治建设第一责任人职责开展实地督察，反馈问题21个。",
            "missing",
            "missing",
        ),
    ],
)
def test_folded_parts_of_the_own_head(kind: str, lead: str, duties: str, plan: str) -> None:
    got = _parts(lead)
    assert (got["duties"], got["plan"]) == (duties, plan), kind


GOVERNMENT = """{unit}关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
（一）加强组织领导。{lead}
（二）规范执法。全年办结行政处罚案件40件。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


@pytest.mark.parametrize(
    ("kind", "unit", "lead", "words"),
    [
        (
            "a province's own 省长 presiding is the own head; the cities' heads' 述法 is others'",
            "辽北省人民政府",
            "各地市、各省直单位一把手均就上年度履职情况书面向省委述法。省长主持召开省政府常务会议4次，专题研究法治政府建设。",
            "省长主持召开省政府常务会议4次",
        ),
        (
            "a city's own 市委、市政府主要负责同志 are its own heads",
            "松江市人民政府",
            "市委、市政府主要负责同志多次主持召开会议，研究部署法治政府建设。",
            "市委、市政府主要负责同志多次主持召开会议",
        ),
        (
            "a 州's own 州委、州政府主要负责同志 are its own heads",
            "青岭州人民政府",
            "州委、州政府主要负责同志先后研究行政立法、行政执法监督等工作11次。",
            "州委、州政府主要负责同志先后研究",
        ),
        (
            "in a county's report 市委、市政府主要负责同志 are superiors",
            "青山县人民政府",
            "市委、市政府主要负责同志到我县调研法治政府建设工作。",
            None,
        ),
        (
            "in a city department's report 市委、市政府主要负责同志 are superiors",
            "松江市司法局",
            "市委、市政府主要负责同志到我局调研法治政府建设工作。",
            None,
        ),
        (
            "in a city's report 省委、省政府主要负责同志 are superiors",
            "松江市人民政府",
            "省委、省政府主要负责同志到我市调研法治政府建设工作。",
            None,
        ),
    ],
)
def test_a_government_s_own_heads_by_its_level(kind: str, unit: str, lead: str, words: str | None) -> None:
    """The heads of the 委 and 政府 of the report's own level are its own; of a level above, a superior's."""
    doc = read_text(GOVERNMENT.format(unit=unit, lead=lead))
    kind_id = "department" if unit.endswith("局") else "county_gov"
    got = check(doc, checklists.load(kind_id), year=2023).items["duties-leader"]
    if words is None:
        assert got.status == "missing", (kind, got.evidence)
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, (kind, got.evidence)


@pytest.mark.parametrize(
    ("kind", "measures", "words"),
    [
        (
            "深刻领会习近平法治思想的……核心要义 is an understanding, no study done",
            "（一）学习。认真落实上级依法治国的部署要求，深刻领会习近平法治思想的重大意义和核心要义，大力推进行业立法。",
            None,
        ),
        (
            "深入贯彻习近平法治思想 in a summing-up sentence is a stance",
            "（一）学习。局党组在县委领导下，深入贯彻习近平法治思想，为全县水利事业依法运行提供了保障。",
            None,
        ),
        (
            "把……当作根本遵循 is a stance; the study after it is quoted",
            "（一）学习。把学习贯彻习近平法治思想当作依法行政的根本遵循。局党组理论学习中心组开展习近平法治思想专题学习4次。",
            "局党组理论学习中心组开展习近平法治思想专题学习4次",
        ),
        (
            "领会 after a study act is still the study",
            "（一）学习。通过中心组专题学习深刻领会习近平法治思想。",
            "通过中心组专题学习深刻领会习近平法治思想",
        ),
        (
            "把习近平法治思想作为中心组学习的首要任务 is the study listed",
            "（一）学习。把习近平法治思想作为局党组理论学习中心组学习的首要任务。",
            "把习近平法治思想作为局党组理论学习中心组学习的首要任务",
        ),
    ],
)
def test_xi_thought_is_not_a_stance(kind: str, measures: str, words: str | None) -> None:
    assert_quotes(kind, measures, "局长主持会前学法8次。", PLAN, "xi-thought", words)


HEADED = """青山县水利局2023年度法治政府建设情况报告
一、2023年度推进法治政府建设的主要举措和成效
（一）加强组织领导
{lines}
（二）规范执法
全年办结行政处罚案件40件。
"""


@pytest.mark.parametrize(
    ("kind", "lines", "item", "words"),
    [
        (
            "a bare study heading on a line of its own is quoted by the study under it",
            "深入学习贯彻习近平法治思想。\n局党组理论学习中心组集中学法6次，局长带头讲授法治课1次。",
            "xi-thought",
            "局党组理论学习中心组集中学法6次",
        ),
        (
            "a study sentence that goes on to the act is quoted itself",
            "深入学习贯彻习近平法治思想，局党组理论学习中心组开展专题学习4次。",
            "xi-thought",
            "深入学习贯彻习近平法治思想，局党组理论学习中心组开展专题学习4次",
        ),
    ],
)
def test_a_bare_heading_is_quoted_by_what_it_heads(kind: str, lines: str, item: str, words: str) -> None:
    got = check(read_text(HEADED.format(lines=lines)), checklists.load("department"), year=2023).items[item]
    assert got.status == "covered" and got.quote is not None and got.quote.startswith(words[:30]), (kind, got.quote)
