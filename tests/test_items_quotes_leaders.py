"""The 第一责任人 items quote what this unit's own head did (kinds of blind set I): others' 述法 or study,
the unit's 督察/评议/考核 of others' heads, the study of another spirit (党的二十大精神) and a head's
stance without an act report nothing of the own head; a folded duties part is not built from others'
duties, and a head's directions on 下一步 work are no plan."""

from __future__ import annotations

import pytest

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
