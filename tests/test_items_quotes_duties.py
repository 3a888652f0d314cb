"""A covered item of the 第一责任人 part quotes the sentence that reports the unit's own head doing it,
by kind: not a meeting's name, not a deputy, not others' heads, not a duty urged on others."""

from __future__ import annotations

import pytest

from .helpers.quotes import PLAN, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds — None: the item is not covered)
CASES = [
    (
        "the head named only as the holder of a post he is given (以局长为组长) is quoted after his own act",
        "（一）执法。全年办结行政处罚案件40件。",
        "成立以局长为组长的法治建设领导小组。局长主持召开党组会议研究法治工作。",
        PLAN,
        "duties-leader",
        "局长主持召开党组会议",
    ),
    (
        "a head given a post (由党委书记、镇长任双组长) and nothing else: not covered, a mention (namesonly)",
        "（一）执法。全年办结行政处罚案件40件。",
        "调整法治建设领导小组，由局党组书记、局长任双组长。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "the lower levels' heads named as a whole (县区, 乡镇（街道）) 述法 are others', not the own head",
        "（一）执法。全年办结行政处罚案件40件。",
        "推动实现县区党委、政府主要负责人述法全覆盖。乡镇（街道）党政主要负责人年底书面述法。",
        PLAN,
        "duties-report",
        None,
    ),
    (
        "a whole area's or system's study (各级行政机关会前学法, 组织全区卫生系统开展学习) is theirs, not the head's",
        "（一）执法。全年办结行政处罚案件40件。",
        "将宪法列为各级行政机关会前学法必学内容。组织全区卫生系统开展学习宣传宪法活动，参与8000余人次。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "the head's own study is quoted, the whole system's beside it is not",
        "（一）执法。全年办结行政处罚案件40件。",
        "组织全区卫生系统开展学习宣传宪法活动。局长带头开展会前学法6次。",
        PLAN,
        "duties-study",
        "局长带头开展会前学法6次",
    ),
    (
        "the own leading body acting for the whole system (局党委召开全系统……部署会) is not the system's study",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党委召开全系统法治建设部署会，研究部署年度法治工作任务12项。",
        PLAN,
        "duties-deploy",
        "局党委召开全系统法治建设部署会",
    ),
    (
        "述法 counted in persons (三级当面述法1100多人) is others', not the own head's",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持会前学法8次。全面推行领导干部述法：三级当面述法1100多人、书面述法2.9万余人。",
        PLAN,
        "duties-report",
        None,
    ),
    (
        "述法 of lower-level heads the unit organised (组织各镇……主要负责同志年底述法) is others'",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持会前学法8次。组织各镇主要负责人和县直部门主要负责同志年底述法。",
        PLAN,
        "duties-report",
        None,
    ),
    (
        "others' heads listed as 述法对象 and 处级班子 述法 are others'",
        "（一）执法。全年办结行政处罚案件40件。",
        "把各镇、各部门的法治建设第一责任人一律列为述法对象。组织处级班子和成员述职述廉述法，对1200余名处级干部考评。",
        PLAN,
        "duties-report",
        None,
    ),
    (
        "the own head's 述法 is quoted, others' beside it is not",
        "（一）执法。全年办结行政处罚案件40件。",
        "组织市、县两级党政主要负责人集中述法。局长在县委全面依法治县委员会会议上现场述法。",
        PLAN,
        "duties-report",
        "局长在县委全面依法治县委员会会议上现场述法",
    ),
    (
        "the own head 述法 together with others' heads is the own head's",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长和各股室负责同志年底集中述法。",
        PLAN,
        "duties-report",
        "局长和各股室负责同志年底集中述法",
    ),
    (
        "a mechanism's formula (建立以局长为第一责任人，亲自统筹、全面负责) is no act of the leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "充分认识法治建设的重要意义，建立以局长为第一责任人，亲自统筹、全面负责；分管领导抓落实、各股室协同配合的工作机制。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "a formula of 党组书记为第一责任人，亲自部署、亲自推动 is no act of the leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "建立以党组书记为第一责任人，亲自部署、亲自推动的工作机制。",
        PLAN,
        "duties-deploy",
        None,
    ),
    (
        "the leader's act after the formula is still the leader's",
        "（一）执法。全年办结行政处罚案件40件。",
        "建立以局长为第一责任人的工作机制，局长全年主持召开专题会议3次，研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长全年主持召开专题会议3次",
    ),
    (
        "县直单位主要负责人 is another unit's head",
        "（一）执法。全年办结行政处罚案件40件。",
        "组织县直单位主要负责人参加旁听庭审。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "deploying the study of 二十大精神 (部署学习宣传贯彻工作) is no deploying of the rule of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "随即召开班子会、职工大会，传达二十大精神，部署学习宣传贯彻工作。",
        PLAN,
        "duties-deploy",
        None,
    ),
    (
        "研究部署学习贯彻 a plenum's spirit is no deploying of the rule of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党组传达学习二十届三中全会精神，研究部署学习贯彻工作。",
        PLAN,
        "duties-deploy",
        None,
    ),
    (
        "deploying the study of 习近平法治思想 is deploying the rule of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党组研究部署学习贯彻习近平法治思想工作。",
        PLAN,
        "duties-deploy",
        "研究部署学习贯彻习近平法治思想工作",
    ),
    (
        "学习 and 法治 in two clauses (上线……学习平台，开展法治讲堂) are no study of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "把习近平法治思想作为党员干部轮训的重点，上线法治学习平台，开展法治讲堂、专题宣讲等活动，覆盖干部10万人次。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "a 学习 app and a 法治 lecture in two clauses are no study of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长依托学习平台推送资料，组织法治讲座2场。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "the leader studying laws in one clause is the study of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头学习民法典等法律法规4次。",
        PLAN,
        "duties-study",
        "局长带头学习民法典等法律法规4次",
    ),
    (
        "the 中心组 of all levels' Party bodies (县以上各级党组织中心组) is others' study",
        "（一）执法。全年办结行政处罚案件40件。",
        "把习近平法治思想列入县以上各级党组织中心组年度学习安排、党校主体班课程和基层宣讲内容，开展宣讲300余场。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "the 中心组 of 各级党委（党组） is others' study",
        "（一）执法。全年办结行政处罚案件40件。",
        "将习近平法治思想纳入各级党委（党组）理论学习中心组学习内容，开展宣讲120场。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "the own 党组's 中心组 is the leading body's study",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党组理论学习中心组集中学法6次。",
        PLAN,
        "duties-study",
        "局党组理论学习中心组集中学法6次",
    ),
    (
        "主要负责人作为第一责任人负总责、亲自抓 is a formula, no act of the leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "压实主要负责人作为第一责任人负总责、亲自抓的责任，推动法治建设各项任务落实。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "the leader's title in a meeting's name is not the leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "主任办公会会前学法7次。局长主持召开专题会议3次，部署法治建设。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "the 书记 of 习近平总书记 is not the unit's leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党委召开专题会议，认真学习了习近平总书记关于全面依法治国的重要讲话。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "a study meeting is no deploying, and 同部署、同推进 is a stock phrase",
        "（一）执法。全年办结行政处罚案件40件。",
        "在政府常务会议上组织会前学法6次。将法治建设与业务工作同部署、同推进。局长主持召开专题会议2次，研究部署执法改革。",
        PLAN,
        "duties-deploy",
        "研究部署执法改革",
    ),
    (
        "the 规定's name and a deputy are not the leader; a figure's sentence counts by the same words only",
        "（一）执法。全年办结行政处罚案件40件。",
        "认真落实党政主要负责人履行推进法治建设第一责任人职责规定。局主要负责人每年年初召开专题会议部署法治工作。"
        "成立法治办公室，由分管副局长任主任，配备工作人员2名。",
        PLAN,
        "duties-leader",
        "局主要负责人每年年初",
    ),
    (
        "a document's name is not the leader, nor a 述法",
        "（一）执法。全年办结行政处罚案件40件。",
        "印发《青山县党政主要负责人履行推进法治建设第一责任人职责实施办法》《青山县党政主要负责人述法办法》。"
        "局长主持召开专题会议2次，研究部署执法改革。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "other units' heads and their 述法 meeting are not this unit's leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "全覆盖选派12所民办高校党组织书记。组织召开全面依法治区委员会会议暨党政主要负责人述法会议。局长带头学法6次。",
        PLAN,
        "duties-leader",
        "局长带头学法",
    ),
    (
        "the heads of its sections are not the unit's head",
        "（一）执法。全年办结行政处罚案件40件。",
        "各股室负责同志参加法治培训4次。局长带头学法6次。",
        PLAN,
        "duties-leader",
        "局长带头学法",
    ),
    (
        "another body's leader, or a leader's plan, is no act of this unit's head: the sentence with his act is",
        "（一）执法。全年办结行政处罚案件40件。",
        "县委书记在全县法治工作会议上提出明确要求。主要负责人将带头学法。局长亲自研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长亲自研究部署",
    ),
    (
        "leaders at every level studying are quoted after this unit's head studying",
        "（一）执法。全年办结行政处罚案件40件。",
        "全县各级领导干部带头学法，集中学法12次。局长带头旁听庭审1次，主持会前学法6次。",
        PLAN,
        "duties-study",
        "局长带头旁听庭审",
    ),
    (
        "others' heads' 述法 is quoted after this unit's head's own",
        "（一）执法。全年办结行政处罚案件40件。",
        "各乡镇、各部门主要负责人述法全覆盖。局长在县委全面依法治县委员会会议上述法。",
        PLAN,
        "duties-report",
        "局长在县委",
    ),
    (
        "a 述法 this unit heard from others' heads is no 述法 of its own head",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持召开专题会议3次。召开局党组会议，听取5个下属单位主要负责人述法。",
        PLAN,
        "duties-report",
        None,
    ),
    (
        "a duty urged on others' heads is no act of this unit's head: the sentence with his act is",
        "（一）执法。全年办结行政处罚案件40件。",
        "督促各单位一把手切实履行第一责任人职责。局长主持召开专题会议3次，研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "leaders organised to study are quoted after this unit's head teaching them and studying",
        "（一）执法。全年办结行政处罚案件40件。",
        "组织全县领导干部旁听庭审、集中学法2次。局长为全县各级领导干部讲授法治课，带头学法。",
        PLAN,
        "duties-study",
        "局长为全县各级领导干部讲授法治课",
    ),
    (
        "a head who 切实履行第一责任人职责 is quoted after the head who chaired a meeting",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党组书记、局长切实履行法治建设第一责任人职责。局长主持召开专题会议3次，研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "the part's own heading names no item: its first sentence is not the leader's act",
        "（一）执法。全年办结行政处罚案件40件。",
        "将习近平法治思想纳入党组会会前学习内容，全年学法6次。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "a year in a document's title (审议《……2022年度……报告》) dates the document, not the meeting held this year",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持召开局党组会议，审议《青山县司法局2022年度法治政府建设情况报告》，研究部署法治工作。",
        PLAN,
        "duties-deploy",
        "审议《青山县司法局2022年度",
    ),
    (
        "the problems a head learns of (了解……存在问题情况) are a report's topic, no shortcoming of the sentence",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持召开专题会议，听取法治工作汇报，了解推进情况及存在问题情况。",
        PLAN,
        "duties-deploy",
        "局长主持召开专题会议",
    ),
    (
        "the head doing three duties in one sentence (带头学法……听取……汇报) reports his acts, no list of topics",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长切实履行第一责任人职责，带头学习宪法和行政处罚法，召开党组会议听取法治工作汇报，年底向局党组述法。",
        PLAN,
        "duties-study",
        "局长切实履行第一责任人职责",
    ),
    (
        "a year's report heard (听取2022年度……汇报) is the object of the act, not its date",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持召开局务会议，专题听取2022年度本局法治建设情况汇报。",
        PLAN,
        "duties-deploy",
        "专题听取2022年度",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_that_reports_it(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str | None
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)


TOWNSHIP = """青山县石桥街道办事处关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
（一）执法。全年办理行政处罚案件40件。
（二）领导。{lead}
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


@pytest.mark.parametrize(
    ("lead", "words"),
    [
        (
            "街道主要负责同志带头履行推进法治建设第一责任人职责，围绕全年法治重点任务主持专题会，推动工作落实。"
            "今年来，本街道主要负责同志亲自安排意识形态工作，开展中心组扩大学习8次。",
            "围绕全年法治重点任务主持专题会",
        ),
        (
            "街道主要负责人年初主持召开法治建设专题会议，部署全年法治工作。",
            "街道主要负责人年初主持召开法治建设专题会议",
        ),
    ],
)
def test_a_street_office_names_its_own_head_as_the_street_s(lead: str, words: str) -> None:
    """In a 街道's own report "街道主要负责同志" is its own head (only 各街道、县直单位…'s heads are others'):
    the 意识形态 work the head arranged is not quoted for the duty of leading the rule of law."""
    from drafter import checklists
    from drafter.checks import check
    from drafter.readers.txt import read_text

    got = check(read_text(TOWNSHIP.format(lead=lead)), checklists.load("township"), year=2023).items["duties-leader"]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
