"""A sentence that names the item but reports no act is quoted after one that does (kinds_I §D2, kinds_H's
quote sections): a purpose alone (确保……, 保证……, 推动……取得新成效, 为……提供保障), an approach (以……为抓手), a
priority (把……摆在突出位置), an effort (着力……), an awareness (牢固树立……意识) or a requirement followed
(落实……要求); an act word in a clause of purpose after a stance (推动矛盾纠纷化解在基层) is no act done. A sentence that is a purpose
only (确保……, 为……提供保障, 推动……取得新成效, no act, figure or date) covers nothing; the other shapes only move the
quote, and a purpose after the act in one sentence (全年办理……件，确保……) is the act's sentence."""

from __future__ import annotations

import pytest

from .helpers.quotes import DUTIES, PLAN, assert_quotes

# (kind, measures, item, words the quote holds — None: the item is not covered)
CASES = [
    (
        "a purpose of two clauses (保证……，推动……取得新成效) before the cases handled",
        "（一）执法。保证行政执法公正、公开，推动执法工作取得新成效。全年办理行政处罚案件420件。",
        "law-enforcement",
        "全年办理行政处罚案件420件",
    ),
    (
        "a purpose in another section (确保……，推动执法监督取得实效) after the cases handled",
        "（一）执法。全年办理行政处罚案件420件。（二）监督。确保行政执法严格规范，推动执法监督取得实效。",
        "law-enforcement",
        "全年办理行政处罚案件420件",
    ),
    (
        "a purpose of a township's disputes (确保……化解，推动……取得新进展) before the figure",
        "（一）矛盾化解。确保行政争议依法化解在基层，推动复议应诉工作取得新进展。全年办理行政复议案件36件，纠错率8%。",
        "disputes",
        "全年办理行政复议案件36件",
    ),
    (
        "为……提供法治保障 before the 普法 done",
        "（一）普法。为全县优化营商环境提供坚实法治保障，落实“谁执法谁普法”责任制。全年开展“法律进企业”活动36场。",
        "pufa-responsibility",
        "全年开展“法律进企业”活动36场",
    ),
    (
        "an approach (以政务公开为抓手) before the figures of what was published",
        "（一）公开。以政务公开为抓手，推进阳光政府建设。全年在政府网站主动公开政府信息320条。",
        "oversight",
        "全年在政府网站主动公开政府信息320条",
    ),
    (
        "an approach (以……为突破口) before the documents reviewed",
        "（一）文件。以合法性审核为突破口，规范行政规范性文件管理。3月起审核规范性文件18件，备案率100%。",
        "normative-documents",
        "审核规范性文件18件",
    ),
    (
        "a priority (把依法决策摆在突出位置) before the decisions reviewed",
        "（一）决策。把依法决策摆在突出位置，严格落实重大行政决策程序规定。全年对12项重大行政决策事项开展合法性审查。",
        "major-decisions",
        "全年对12项重大行政决策事项开展合法性审查",
    ),
    (
        "an effort (着力化解……) before the disputes mediated",
        "（一）调解。着力化解基层矛盾纠纷，维护社会和谐稳定。全年人民调解组织调解纠纷326件，调解成功率98%。",
        "disputes",
        "调解纠纷326件",
    ),
    (
        "an awareness (牢固树立执法为民理念) before the inspections done",
        "（一）执法。牢固树立执法为民理念，推行柔性执法。全年开展“双随机、一公开”抽查45次。",
        "law-enforcement",
        "抽查45次",
    ),
    (
        "a stance whose second clause is a purpose (构建……体系，推动矛盾纠纷化解在基层): 化解 is aimed at, not done",
        "（一）调解。积极构建多元化矛盾纠纷调解体系，推动矛盾纠纷化解在基层。全年调解纠纷326件。",
        "disputes",
        "全年调解纠纷326件",
    ),
    (
        "a requirement followed (严格落实……普法责任制要求，推动……融合) before the 以案释法 done",
        "（一）普法。严格落实“谁执法谁普法”普法责任制要求，推动普法与执法有机融合。全年开展以案释法活动16次。",
        "pufa-responsibility",
        "开展以案释法活动16次",
    ),
    (
        "a stance then a clause of an act done (构建……体系，化解矛盾纠纷326件) is the act's sentence",
        "（一）调解。积极构建多元化矛盾纠纷调解体系，化解矛盾纠纷326件。推动矛盾纠纷化解在基层。",
        "disputes",
        "化解矛盾纠纷326件",
    ),
    # what stays: the purpose is no cover-killer, and after an act it is the act's sentence
    (
        "an aim placed (把矛盾纠纷化解在基层) after an awareness is no act done",
        "（一）调解。牢固树立“枫桥经验”理念，把矛盾纠纷化解在基层。全年调解纠纷326件。",
        "disputes",
        "全年调解纠纷326件",
    ),
    (
        "an approach of 以……为导向 before the figures of what was published",
        "（一）公开。以群众需求为导向，不断提升政务公开质效。全年主动公开政府信息320条。",
        "oversight",
        "全年主动公开政府信息320条",
    ),
    (
        "approaches in a row (以……为切入点，以……获得感为落脚点): 获得 of 获得感 is no act done",
        "（一）营商环境。坚持党建引领，以优化企业服务为切入点，以增强市场主体获得感为落脚点，持续优化营商环境。"
        "全年为企业办理开办登记86件，压减审批时限40%。",
        "functions",
        "86件",
    ),
    (
        "a goal (以群众满意为目标) before the permits counted (办理取水许可审批46件), which name the item by their count",
        "（一）深化“放管服”改革。以群众满意为目标，持续优化水务审批服务。全年办理取水许可审批46件，办理时限压缩50%。",
        "functions",
        "取水许可审批46件",
    ),
    # a sentence that is a purpose only (its first words 确保/保证, 为……提供保障, 推动……取得新成效) covers nothing:
    # 公开 of 确保行政执法公正、公开 is what is aimed at, no act done
    (
        "a purpose alone (确保行政执法公正、公开，推动……取得新成效) covers nothing",
        "（一）执法。确保行政执法公正、公开，推动执法工作取得新成效。",
        "law-enforcement",
        None,
    ),
    (
        "a purpose alone (保证……公开透明、规范有序) covers nothing",
        "（一）公开。保证政务公开工作公开透明、规范有序。",
        "oversight",
        None,
    ),
    (
        "a purpose alone (确保重大行政决策依法作出、公开透明) covers nothing",
        "（一）决策。确保重大行政决策依法作出、公开透明。",
        "major-decisions",
        None,
    ),
    (
        "a purpose alone (保证矛盾纠纷及时调解、化解在萌芽状态): 调解 and 化解 are aimed at",
        "（一）调解。保证矛盾纠纷及时调解、化解在萌芽状态。",
        "disputes",
        None,
    ),
    (
        "为……提供有力保障 alone covers nothing",
        "（一）复议。为化解行政争议、维护群众合法权益提供有力保障。",
        "disputes",
        None,
    ),
    (
        "推动……取得新成效 alone covers nothing",
        "（一）普法。推动“谁执法谁普法”责任制落实取得新成效。",
        "pufa-responsibility",
        None,
    ),
    (
        "the unit's act then its purpose in one sentence (执行……程序，强化……，确保……公开) still covers",
        "（一）执法。我镇严格执行行政执法程序，强化执法监督，确保行政执法公正、公开、公平。",
        "law-enforcement",
        "严格执行行政执法程序",
    ),
    (
        "a purpose that goes on to the act done (确保……，组织开展……评查) still covers",
        "（一）执法。确保行政执法规范，组织开展执法案卷评查。",
        "law-enforcement",
        "确保行政执法规范，组织开展执法案卷评查",
    ),
    (
        "a purpose after the act (办理……件，确保……) is the act's sentence",
        "（一）执法。全年办理行政处罚案件420件，确保行政执法公正文明。组织执法人员培训2次。",
        "law-enforcement",
        "全年办理行政处罚案件420件，确保",
    ),
    (
        "an approach followed by the act done in one sentence (以……为抓手，召开……3次) is the act's sentence",
        "（一）普法。以“谁执法谁普法”责任制为抓手，召开普法联席会议3次。推进普法工作。",
        "pufa-responsibility",
        "召开普法联席会议3次",
    ),
    (
        "counsel giving legal opinions on decisions (为……重大决策提供法律意见) is an act done, though a purpose follows",
        "（一）依法决策。充分发挥政府法律顾问作用，为县政府重大决策提供法律意见，确保决策合法合规。",
        "major-decisions",
        "为县政府重大决策提供法律意见",
    ),
    (
        "拟 modifying the documents (审核拟出台的……8件, review5 entry 19) is no plan: the review is done",
        "（一）文件。全年审核拟出台的行政规范性文件8件，提出修改意见26条。",
        "normative-documents",
        "全年审核拟出台的行政规范性文件8件",
    ),
    (
        "拟 before 以……印发的 documents is no plan either",
        "（一）文件。对拟以县政府名义印发的规范性文件8件全部进行合法性审核。",
        "normative-documents",
        "对拟以县政府名义印发的规范性文件8件",
    ),
    (
        "拟 as the clause's own verb (拟出台《……办法》) is still a plan: the item not covered",
        "（一）文件。拟出台《青山县行政规范性文件管理办法》。",
        "normative-documents",
        None,
    ),
    (
        "a course listed (将习近平法治思想列为……必修课程) is an act done, as 列入",
        "（一）深入学习贯彻习近平法治思想。将习近平法治思想列为县委党校主体班次必修课程。",
        "xi-thought",
        "将习近平法治思想列为县委党校主体班次必修课程",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_sentence_without_an_act_is_quoted_after_one_with_it(
    kind: str, measures: str, item: str, words: str | None
) -> None:
    assert_quotes(kind, measures, DUTIES, PLAN, item, words)


@pytest.mark.parametrize(
    ("duties", "words"),
    [
        ("局长作为第一责任人，全年主持党组会研究法治工作4次。", "全年主持党组会研究法治工作4次"),
        ("局长始终把法治建设摆在重要位置，主持召开党组会议3次研究法治工作。", "主持召开党组会议3次"),
    ],
)
def test_a_stance_with_a_counted_act_still_covers(duties: str, words: str) -> None:
    """A head's stance and his counted act in one sentence is the act reported: covered, quoted."""
    assert_quotes("stance and act", "（一）执法。全年办结行政处罚案件40件。", duties, PLAN, "duties-leader", words)


@pytest.mark.parametrize(
    ("duties", "item", "words"),
    [
        # an understanding and a mechanism's formula built (建立以……为第一责任人……的工作机制) are no head's act
        (
            "局长充分认识法治建设的重要意义，建立以局长为第一责任人、亲自统筹、全面负责的工作机制。",
            "duties-leader",
            None,
        ),
        ("局长深刻认识到法治建设的紧迫性，构建以局长为第一责任人的工作格局。", "duties-leader", None),
        # near misses: the understanding, then the head's counted act; a mechanism's formula, then a meeting
        (
            "局长充分认识法治建设的重要意义，主持召开党组会议4次研究法治工作。",
            "duties-leader",
            "主持召开党组会议4次",
        ),
        (
            "建立以局长为第一责任人的工作机制，局长主持召开党组会议4次研究法治工作。",
            "duties-leader",
            "局长主持召开党组会议4次",
        ),
    ],
)
def test_an_understanding_or_a_formula_is_no_head_s_act(duties: str, item: str, words: str | None) -> None:
    """充分认识……重要意义 is an understanding; 建立以局长为第一责任人……的工作机制 the duty's formula (kinds_H §D4)."""
    assert_quotes("formula", "（一）执法。全年办结行政处罚案件40件。", duties, PLAN, item, words)
