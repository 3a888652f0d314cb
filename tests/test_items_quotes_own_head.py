"""Which sentence a duty of the own head quotes (``weakness.actor``, ``asides.planned_study``, ``prefer.best``,
``persons.mentions``): a study organised for others is theirs, a study only arranged (纳入学习计划, 学法制度) is
quoted after one done, a sentence naming the head before the unit's, and a bare 书记 in others' sentence is theirs."""

from __future__ import annotations

import pytest

from .helpers.quotes import PLAN, assert_quotes

MEASURES = "（一）执法。全年办结行政处罚案件40件。"

# (kind, duties, item, words the quote holds; None: not covered)
CASES = [
    (
        "the staff organised to study, no head of the unit before them: their study, no 带头学法",
        "组织全体干部职工集中学法12次。",
        "duties-study",
        None,
    ),
    (
        "all leaders organised for an exam: their exam, no 带头学法",
        "开展领导干部学法考试1次，参考率100%。",
        "duties-study",
        None,
    ),
    (
        "the head leading the staff in study is his own study",
        "局长带领干部职工集中学法12次。",
        "duties-study",
        "局长带领干部职工集中学法12次",
    ),
    (
        "a study system improved is quoted after the leading body's study done",
        "完善干部日常学法与年度学法制度。局党组理论学习中心组专题学习《行政复议法》。",
        "duties-study",
        "局党组理论学习中心组专题学习",
    ),
    (
        "a content put into the study plan is quoted after the leading body's study done",
        "将《民法典》纳入局党组理论学习中心组学习计划。局长主持局党组会议集中学习《行政处罚法》。",
        "duties-study",
        "局长主持局党组会议集中学习",
    ),
    (
        "a study plan alone still covers (its quote of last resort)",
        "将《民法典》纳入局党组理论学习中心组学习计划。",
        "duties-study",
        "纳入局党组理论学习中心组学习计划",
    ),
    (
        "of two counted meetings, the one the head chaired before the unit's conference deploying tasks",
        "召开全系统法治工作推进会，部署推进12项重点任务。局长主持召开党组会议8次，研究法治建设重大问题。",
        "duties-deploy",
        "局长主持召开党组会议8次",
    ),
    (
        "a count of the leading body's study before a named head's act without one",
        "局长带头落实第一责任人职责，召开办公会传达学习上级法治会议精神。局务会会前学法7次。",
        "duties-study",
        "局务会会前学法7次",
    ),
    (
        "a bare 书记 in a sentence others open is theirs: the head's own act is quoted",
        "各村党组织开展主题党日活动，书记讲法治党课。局长主持召开专题会议研究法治工作。",
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "a superior's 重大部署 followed is no deploying by the head",
        "局党组深入学习贯彻上级关于法治建设的重大部署。",
        "duties-deploy",
        None,
    ),
    (
        "a 述法 meeting the unit holds for heads of a kind is theirs, not the head's own 述法",
        "完善领导干部述法制度，召开年度党政主要负责人现场述法工作会议。",
        "duties-report",
        None,
    ),
    (
        "the head's own 述法 beside a 述法 system is his",
        "局长年底向县委述法，完善述法制度。",
        "duties-report",
        "局长年底向县委述法",
    ),
    (
        "the head's 述法 at a meeting is his",
        "局长在全县领导干部会议上述法。",
        "duties-report",
        "局长在全县领导干部会议上述法",
    ),
    (
        "the slogan 同研究、同部署 is no deploying: the head's hearing of reports is",
        "成立全面依法治局委员会，把法治工作列入年度计划，坚持将法治工作与各项工作同研究、同部署，形成齐抓共管的格局。每季度听取一次法治建设工作情况汇报。",
        "duties-deploy",
        "每季度听取一次法治建设工作情况汇报",
    ),
    (
        "a sentence without a subject opening with the head's act (带头……) carries on the head of the stance before it",
        "局主要负责同志严格落实第一责任人职责规定，坚持以法治思维谋划工作。带头学习宪法，召开专题学习交流会。",
        "duties-leader",
        "带头学习宪法",
    ),
    (
        "a superior's 论述和部署, 工作部署和要求 followed is no deploying",
        "局党组深入贯彻落实上级关于法治建设的重要论述和部署，全面贯彻省市法治政府建设工作部署和要求。",
        "duties-deploy",
        None,
    ),
    (
        "heads of every level above the county doing 述法 are others",
        "县级以上地方党政主要负责人述法全覆盖。",
        "duties-report",
        None,
    ),
    (
        "a bare 书记 in the unit's own sentence is its head",
        "书记、局长任法治建设领导小组双组长，全年召开领导小组会议3次。",
        "duties-leader",
        "书记、局长任法治建设领导小组双组长",
    ),
]


@pytest.mark.parametrize(("kind", "duties", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_own_head_quote(kind: str, duties: str, item: str, words: str | None) -> None:
    assert_quotes(kind, MEASURES, duties, PLAN, item, words)


FOLDED = """青山县交通运输局2023年度法治政府建设情况报告
一、主要举措和成效
（一）抓好法治建设重大决策部署落实
制定法治工作要点，对法治政府建设工作部署，纳入年度工作计划。
（二）严格落实党政主要负责人履行推进法治建设第一责任人职责
通过党委会、办公会等形式听取法治建设工作汇报，推动落实年度重点工作。
（三）规范执法
全年办结行政处罚案件40件。
二、存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2024年工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


def test_a_sentence_under_a_heading_naming_the_head_is_his() -> None:
    """Of two sentences that report deploying, neither naming the head, the one under the sub-heading that names the
    head's duty (严格落实党政主要负责人……职责) is quoted for it, not the unit's plan under another heading."""
    from drafter import checklists
    from drafter.checks import check
    from drafter.readers.txt import read_text

    got = check(read_text(FOLDED), checklists.load("department"), year=2023).items["duties-deploy"]
    assert got.status == "covered" and got.evidence is not None and "听取法治建设工作汇报" in got.evidence, got.evidence
