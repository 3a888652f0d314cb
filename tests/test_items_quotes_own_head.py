"""The own head in folded parts and headings: a folded duties part or plan built from the own head's acts only, a government's own heads by its level, 习近平法治思想 studied (not a stance), a bare heading quoted by what it heads."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import PLAN, assert_quotes

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
