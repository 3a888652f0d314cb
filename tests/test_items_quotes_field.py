"""Among the sentences that cover an item, the quote is the one on the item's own field (``checks/focus.py``):
not another work's sentence that shares a word with it (考核 of 营商环境, 审计 of another field, a 学法 platform as
digital government, the item's words in a plan's task split or a topic taught), not a mechanism's roles or a
title held. Each case holds a sentence of the kind that was quoted before and the one a reviewer quotes."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds)
CASES = [
    (
        "another field's sentence sharing 考核 is quoted after the item's own",
        "（一）安全。将安全生产纳入年度目标考核，考核乡镇12个。（二）普法。开展普法活动12场。",
        DUTIES,
        PLAN,
        "leadership",
        "开展普法活动12场",
    ),
    (
        "another field's sentence sharing 审计 is quoted after the item's own",
        "（一）安全。开展安全生产专项审计2次。（二）监督。开展政府督查3次，督办事项12件。",
        DUTIES,
        PLAN,
        "oversight",
        "开展政府督查3次",
    ),
    (
        "营商环境 sharing 考核 is another field for the leadership item",
        "（一）营商。开展营商环境专项考核，考核单位20个。（二）普法。开展送法进企业活动12场。",
        DUTIES,
        PLAN,
        "leadership",
        "送法进企业",
    ),
    (
        "营商环境 is the functions item's own field",
        "（一）营商。优化营商环境，推行告知承诺制事项12项。（二）审批。深化放管服改革。",
        DUTIES,
        PLAN,
        "functions",
        "告知承诺制事项12项",
    ),
    (
        "another field's violations punished are enforcement (对安全生产违法行为作出行政处罚)",
        "（一）安全。对安全生产违法行为作出行政处罚12件。（二）执法。开展涉企行政检查40次。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "作出行政处罚12件",
    ),
    (
        "another field's enforcement is still enforcement (it names 执法)",
        "（一）安全。开展安全生产执法检查40次。（二）执法。办理行政处罚案件40件。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "安全生产执法检查40次",
    ),
    (
        "another field named in a clause apart from the item's words leaves the sentence on the item",
        "（一）公开。在政府网站主动公开政务信息120条，内容覆盖疫情防控、办事程序等信息。（二）监督。开展政府督查3次。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政务信息120条",
    ),
    (
        "of the sentences an item's same words name, one with a figure is quoted",
        "（一）规范性文件。在全县推广使用规范性文件管理系统，完善备案工作流程。（二）发文。全年制发行政规范性文件7件。",
        DUTIES,
        PLAN,
        "normative-documents",
        "全年制发行政规范性文件7件",
    ),
    (
        "the roles of a mechanism (党组领导、人大政协监督、各股室协同的机制) are no oversight done",
        "（一）领导。局长主持召开党组会议，健全党组领导、人大政协监督、各股室协同的工作机制。",
        DUTIES,
        PLAN,
        "oversight",
        None,
    ),
    (
        "人大监督 named as a role of a 格局 is no oversight done",
        "（一）领导。印发工作方案，形成主要领导负责、人大监督、部门配合的工作格局。",
        DUTIES,
        PLAN,
        "oversight",
        None,
    ),
    (
        "the oversight of the 人大 and 政协 accepted, with their proposals handled, is oversight",
        "（一）监督。自觉接受人大法律监督和政协民主监督，办理人大代表建议、政协委员提案120件。",
        DUTIES,
        PLAN,
        "oversight",
        "办理人大代表建议、政协委员提案120件",
    ),
    (
        "a legal adviser's title the leader holds (兼任……首席法律顾问) is no adviser engaged",
        "（一）领导。局主要负责同志带头履行推进法治建设第一责任人职责，兼任市政府首席法律顾问，按期召开党组会研究法治工作。",
        DUTIES,
        PLAN,
        "major-decisions",
        None,
    ),
    (
        "a legal adviser among the speakers of 学法 (轮流主讲) is no adviser engaged",
        "（一）学法。会前学法由班子成员、法律顾问轮流主讲，全年学法12次。",
        DUTIES,
        PLAN,
        "major-decisions",
        None,
    ),
    (
        "a legal adviser engaged is the item",
        "（一）决策。聘请律师担任法律顾问，审查合同18份。",
        DUTIES,
        PLAN,
        "major-decisions",
        "聘请律师担任法律顾问",
    ),
    (
        "督查 of the rule-of-law tasks (依法行政专项督查) does not cover the oversight item",
        "（一）推进。开展依法行政专项督查3次，督促整改问题12个。",
        DUTIES,
        PLAN,
        "oversight",
        None,
    ),
    (
        "督查 in a sentence on 法治政府建设 deployed does not cover the oversight item",
        "（一）领导。局党组着力研究部署法治政府建设工作，开展定期检查和专项督查，全面了解工作进展。",
        DUTIES,
        PLAN,
        "oversight",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_to_the_point(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)


@pytest.mark.parametrize(
    ("measures", "words"),
    [
        ("（一）应急。修订安全生产事故应急预案3件。开展应急演练12次。", "修订安全生产事故应急预案3件"),
        ("（一）应急。修订森林防火应急预案3件。开展应急演练12次。", "修订森林防火应急预案3件"),
        ("（一）应急。修订秸秆禁烧应急预案3件。开展应急演练12次。", "开展应急演练12次"),
    ],
)
def test_a_field_of_the_items_own_is_no_other_field(measures: str, words: str) -> None:
    """安全生产 and 森林防火 are fields of 突发事件应对 (the item's ``fields``): its sentence there is on the
    point; another field (秸秆禁烧) is not."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load("county_gov"), year=2023).items["emergencies"]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence


@pytest.mark.parametrize(
    "measures",
    [
        "（一）学法。用好学习强国APP等平台，干部参学率100%。",
        "（一）学法。利用法宣在线等平台开展学法，参学率100%。",
        "（一）学法。运用国家工作人员学法用法信息化平台开展学法考试，参考率100%。",
        "（一）学法。利用数字化学法平台，组织干部参加在线学法。",
        "（一）学法。依托国家工作人员学法考法信息化管理系统，组织全体干部参加年度学法考试。",
        "（一）学法。依托省国家工作人员学法用法平台，完成年度学法任务。",
        "（一）发展。全县数字经济规模达到120亿元，数字产业企业32家。",
        "（一）学法。利用智慧普法云平台推送学法内容，干部职工参学率100%。",
        "（一）普法。依托县普法云平台开展线上普法，点击量12万次。",
        "（一）学法。坚持政府常务会议学法，专门学习数字政府相关法规，推动领导干部带头尊法学法。",
        "（一）学法。组织干部学习数字化转型相关知识，参学率100%。",
    ],
)
def test_a_study_platform_or_the_economy_is_no_digital_government(measures: str) -> None:
    """学习强国, 法宣在线, a 学法 platform or system (信息化, 数字化 in its name) carry cadres' study, and
    数字经济 is the economy, not the digital government: the item is not covered by them."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load("county_gov"), year=2023).items["digital"]
    assert got.status == "missing", got.evidence


@pytest.mark.parametrize(
    ("measures", "words"),
    [
        ("（一）数字。建成行政执法信息化平台，执法案件全部网上办理。", "信息化平台"),
        (
            "（一）数字。建成政务服务云平台，286项事项实现网上办理。",
            "政务服务云平台",
        ),  # only a 普法、学法 cloud is none
    ],
)
def test_a_platform_of_the_government_is_digital_government(measures: str, words: str) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load("county_gov"), year=2023).items["digital"]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence


@pytest.mark.parametrize(
    ("kind", "measures", "item", "words"),
    [
        # a plan's item (压实……执法责任 in a task split) is no enforcement done
        (
            "township",
            "（一）领导。组建依法治镇领导小组，镇党委书记任组长，同时制定依法治镇责任方案，拆分任务、压实主体和执法责任、明确考核指标。",
            "township-enforcement",
            None,
        ),
        (
            "township",
            "（一）领导。研究出台了《石岭镇2024年依法行政工作计划》和《考核任务清单》，明晰工作主体、压实执法责任、设定考核目标。",
            "township-enforcement",
            None,
        ),
        (
            "township",
            "（一）执法。落实行政执法责任制，开展执法案卷评查2次。",
            "township-enforcement",
            "开展执法案卷评查2次",
        ),
        # how the work is done (公正公开, 公开透明) is nothing made public
        (
            "township",
            "（一）执法。各执法站所及人员分工明确、责任到人，保证工作公正公开。",
            "township-enforcement",
            None,
        ),
        ("township", "（一）执法。执法队员分工明确、责任到人，做到执法公开透明。", "township-enforcement", None),
        ("township", "（一）执法。公开行政执法信息120条。", "township-enforcement", "公开行政执法信息120条"),
        # what 普法 asks of citizens (用法律途径解决矛盾纠纷) is no dispute resolved
        (
            "county_gov",
            "（一）普法。重点加强对老年人、务工人员等群体的法治宣传，引导他们自觉用法律途径解决矛盾纠纷，营造良好氛围。",
            "disputes",
            None,
        ),
        ("county_gov", "（一）普法。开展法律进社区活动，教育居民通过法律途径化解矛盾纠纷。", "disputes", None),
        ("county_gov", "（一）调解。全年化解矛盾纠纷120件。", "disputes", "全年化解矛盾纠纷120件"),
        # a list of problems to solve (着力解决……等难题) is no work done on any of them
        (
            "township",
            "（一）领导。印发《石岭镇2024年法治建设工作要点》，和产业发展、民生实事等中心任务一同部署推进落实，"
            "全年开法治专题会3次，着力解决执法规范化、纠纷化解、普法宣传等难题。",
            "township-pufa",
            None,
        ),
        (
            "township",
            "（一）领导。印发《石岭镇2024年法治建设工作要点》，全年开法治专题会3次，着力解决执法规范化、纠纷化解、普法宣传等难题。",
            "disputes",
            None,
        ),
        ("county_gov", "（一）领导。召开专题会议4次，破解行政执法、政务公开、复议应诉等重难点。", "oversight", None),
        (
            "township",
            "（一）普法。着力解决群众学法难题，开展送法下乡活动16场。",
            "township-pufa",
            "开展送法下乡活动16场",
        ),
        # a topic taught to cadres (讲授政府信息公开) is no oversight done
        (
            "county_gov",
            "（一）培训。举办年轻干部依法行政研修班，邀请学者讲授政府信息公开，编印案例汇编。",
            "oversight",
            None,
        ),
        (
            "county_gov",
            "（一）培训。组织干部专题培训，由司法局长讲解政务公开工作，提升依法行政能力。",
            "oversight",
            None,
        ),
        (
            "county_gov",
            "（一）公开。邀请专家讲授政务公开实务，全年主动公开政府信息120条。",
            "oversight",
            "全年主动公开政府信息120条",
        ),
    ],
)
def test_an_item_s_words_in_another_s_phrase_cover_nothing(
    kind: str, measures: str, item: str, words: str | None
) -> None:
    """The item's words inside a plan's task split, a manner of working, what 普法 asks of citizens or a
    topic taught to cadres report no work on the item (blind sets' kind D1: "uncovered" is right); the
    item's own act beside them still covers it."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    if words is None:
        assert got.status == "missing", got.evidence
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
