"""Among the sentences that cover an item, the quote is not cadres' own study (``checks/focus.py``): 党的二十大精神
or another thought studied, cadres' training or exam, is quoted after the study of 习近平法治思想, the leader's 学法 or
the leadership mechanism the item asks for."""

from __future__ import annotations

import pytest

from .helpers.quotes import DUTIES, PLAN, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds)
CASES = [
    (
        "党的二十大精神 studied after a title naming 学法 is quoted after the leader's 学法",
        "（一）执法。全年办结行政处罚案件40件。",
        "一是带头学法。局长主持中心组学习党的二十大精神6次。局长带头旁听庭审1次。",
        PLAN,
        "duties-study",
        "旁听庭审",
    ),
    (
        "党的二十大精神 studied after a title naming 习近平法治思想 is quoted after its study",
        "一是学习贯彻习近平法治思想。组织专题学习党的二十大精神8次。局党组中心组专题学习习近平法治思想3次。",
        DUTIES,
        PLAN,
        "xi-thought",
        "专题学习习近平法治思想3次",
    ),
    (
        "党的二十大精神 studied makes the whole sentence that study, the 中心组 in another clause too",
        "（一）执法。全年办结行政处罚案件40件。",
        "落实“第一议题”制度，深入学习党的二十大精神，召开局党组中心组学习会12次。局长带头旁听庭审1次。",
        PLAN,
        "duties-study",
        "旁听庭审1次",
    ),
    (
        "another thought studied after a title naming 习近平法治思想 is quoted after the study of it",
        "一是学习贯彻习近平法治思想。局党组中心组集中学习习近平新时代中国特色社会主义思想12次。"
        "将习近平法治思想纳入干部培训课程，举办专题培训2期。",
        DUTIES,
        PLAN,
        "xi-thought",
        "举办专题培训2期",
    ),
    (
        "党的二十大精神 and 习近平法治思想 studied together is the study of the thought",
        "（一）学习。深入学习党的二十大精神和习近平法治思想，中心组专题学习8次。将习近平法治思想纳入学习内容。",
        DUTIES,
        PLAN,
        "xi-thought",
        "中心组专题学习8次",
    ),
    (
        "a name studied in quotes after the leader's study (“一规划两纲要”) is no 纲要 arranged: the study is quoted",
        "（一）执法。全年办结行政处罚案件40件。",
        "落实党组中心组学习制度，制定领导干部学法清单。在党组会上带头学习习近平法治思想、“一规划两纲要”。",
        PLAN,
        "duties-study",
        "带头学习习近平法治思想",
    ),
    (
        "a study system's noun right after the leader's study words is arranged, not studied: the act is quoted",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头完善党组学法制度。局长带头旁听庭审1次。",
        PLAN,
        "duties-study",
        "旁听庭审1次",
    ),
    (
        "the head opening a sentence that puts a content into the 中心组's study is his act, not cadres' study",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头学习习近平法治思想，将其纳入党组理论学习中心组学习重点内容。成立以局长为组长的法治建设领导小组。",
        PLAN,
        "duties-leader",
        "局长带头学习习近平法治思想",
    ),
    (
        "cadres opening a sentence that puts a content into their study is their study: the head's act is quoted",
        "（一）执法。全年办结行政处罚案件40件。",
        "全局干部职工将宪法纳入党组理论学习中心组学习重点内容。局长主持召开专题会议研究法治政府建设工作。",
        PLAN,
        "duties-leader",
        "主持召开专题会议",
    ),
    (
        "a list a study takes as its object (组织学习……、习近平法治思想、宪法等内容) reports the study of each member",
        "（一）学习。局党组每月组织学习党的二十大精神、习近平法治思想、宪法和民法典等内容。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "xi-thought",
        "习近平法治思想",
    ),
    (
        "the study of the thought named as one of a list of topics (统筹推进……学习宣传、……等工作) reports none of it",
        "（一）统筹。统筹推进习近平法治思想学习宣传、重大行政决策、法律顾问等各项工作。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "xi-thought",
        None,
    ),
    (
        "the leader studying 党的二十大精神 is quoted after the leader's act on the rule of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头学习党的二十大精神，讲授专题党课。局长主持召开专题会议研究法治政府建设工作。",
        PLAN,
        "duties-leader",
        "主持召开专题会议",
    ),
    (
        "an item found in another part is quoted there by the sentence to the point too",
        "（一）执法。全年办结行政处罚案件40件。",
        "坚持把学习贯彻习近平法治思想作为首要任务纳入学习内容。局党组中心组专题学习习近平法治思想4次。",
        PLAN,
        "xi-thought",
        "专题学习习近平法治思想4次",
    ),
    (
        "cadres' training (领导干部法治专题培训) sharing 考核 is quoted after the leadership mechanism",
        "（一）学法。举办全局干部法治专题培训班2期，培训考核合格360人。（二）普法。开展送法进企业活动。",
        DUTIES,
        PLAN,
        "leadership",
        "开展送法进企业活动",
    ),
    (
        "cadres' exam and its pass rate (考核合格率) is no leadership mechanism",
        "（一）学法。组织全局干部参加网上学法考试，考核合格率100%。（二）考核。将法治政府建设纳入年度目标考核。",
        DUTIES,
        PLAN,
        "leadership",
        "纳入年度目标考核",
    ),
    (
        "cadres' exam alone does not cover the leadership item",
        "（一）学法。组织全局干部参加网上学法考试，考核合格率100%。",
        "局长主持会前学法8次，年终述法1次。",
        PLAN,
        "leadership",
        None,
    ),
    (
        "cadres' training deployed is quoted after the leader's own deploying",
        "（一）执法。全年办结行政处罚案件40件。",
        "部署全县各级领导干部学法培训工作。局长主持召开专题会议，听取法治政府建设工作汇报3次。",
        PLAN,
        "duties-deploy",
        "局长主持召开专题会议",
    ),
    (
        "enforcement staff's exam after 同时， (review4 entry 18) is quoted after the sentence of counted cases",
        "（五）加强执法。坚持严格规范公正文明执法，全年办理行政处罚案件420件，评查案卷120卷。"
        "同时，组织执法人员参加法律知识考试。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "行政处罚案件420件",
    ),
    (
        "enforcement staff's exam alone still covers enforcement (its quote of last resort)",
        "（五）加强执法。组织执法人员参加法律知识考试。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "组织执法人员参加法律知识考试",
    ),
    # cadres counted in persons studying in a later clause, after the head's act on another matter: no 带头学法
    (
        "counted cadres' online study after the head's 述法 (局长……述法1次，210名干部参加网上学法)",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长年底向县委述法1次，210名干部参加网上学法，人均学分达标。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "counted staff's study after the 党组's meeting (……研究法治工作，全局86名执法人员参加学法培训)",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党组召开会议研究法治工作3次，全局86名执法人员参加学法培训。",
        PLAN,
        "duties-study",
        None,
    ),
    (
        "counted cadres' study after the head's act is quoted after the head's own study",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长年底向县委述法1次，210名干部参加网上学法。局长主持党组会前学法6次。",
        PLAN,
        "duties-study",
        "局长主持党组会前学法6次",
    ),
    (
        "the head leading the counted cadres (局长……，并带领210名干部集中学法4次) is his study",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长年底向县委述法1次，并带领210名干部集中学法4次。",
        PLAN,
        "duties-study",
        "带领210名干部集中学法4次",
    ),
    (
        "the head's study before the counted cadres' (局长带头学法4次，210名干部……) is his",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头学法4次，210名干部参加网上学法。",
        PLAN,
        "duties-study",
        "局长带头学法4次",
    ),
    (
        "counted cadres after a date only (2023年，210名干部参加网上学法) are left to cadres_study",
        "（一）执法。全年办结行政处罚案件40件。",
        "2023年，210名干部参加网上学法。",
        PLAN,
        "duties-study",
        "210名干部参加网上学法",
    ),
    # a content put into the 中心组's study is no study done, but a study counted beside it in the same sentence is
    (
        "a placing with a study counted beside it (列入……学习内容，全年集中学习8次) is the study the heading leads to",
        "（一）执法。全年办结行政处罚案件40件。",
        "一是深化学法用法。把行政复议法、安全生产法列入镇党委理论学习中心组年度学习内容，全年集中学习8次。"
        "召开依法治镇专题党委会议3次，运用法治方式化解征地矛盾2起。",
        PLAN,
        "duties-study",
        "全年集中学习8次",
    ),
    (
        "a placing beside a study system named (……，健全集中学习制度) is no study done: the heading reads on past it",
        "（一）执法。全年办结行政处罚案件40件。",
        "一是深化学法用法。把行政复议法、安全生产法列入镇党委理论学习中心组年度学习内容，健全集中学习制度。"
        "召开依法治镇专题党委会议3次，运用法治方式化解征地矛盾2起。",
        PLAN,
        "duties-study",
        "召开依法治镇专题党委会议3次",
    ),
    (
        "a placing beside a study not counted (……，组织集中学习) does not outrank a counted act",
        "（一）执法。全年办结行政处罚案件40件。",
        "一是深化学法用法。把行政复议法、安全生产法列入镇党委理论学习中心组年度学习内容，组织集中学习。"
        "召开依法治镇专题党委会议3次，运用法治方式化解征地矛盾2起。",
        PLAN,
        "duties-study",
        "召开依法治镇专题党委会议3次",
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_to_the_point(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str | None
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)
