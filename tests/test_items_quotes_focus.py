"""Among the sentences that cover an item, the quote is the one to the point (``checks/focus.py``): on the
item's own field (not another work's sentence that shares a word with it, not 党的二十大精神 studied), an
act done (not a stance, a duty stated, a speech's call or a bare heading), by this unit (not 各乡镇、企业).
Each case holds a sentence of the kind that was quoted before and the one a reviewer quotes; the item
stays covered either way."""

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
        "another field named in a clause apart from the item's words leaves the sentence on the item",
        "（一）公开。在政府网站主动公开政务信息120条，内容覆盖疫情防控、办事程序等信息。（二）监督。开展政府督查3次。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政务信息120条",
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
        "the leader studying 党的二十大精神 is quoted after the leader's act on the rule of law",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头学习党的二十大精神，讲授专题党课。局长主持召开专题会议研究法治政府建设工作。",
        PLAN,
        "duties-leader",
        "主持召开专题会议",
    ),
    (
        "a stance (坚持把……作为……) is quoted after the study done",
        "（一）学习。坚持把学习贯彻习近平法治思想作为首要任务纳入学习内容。局党组中心组专题学习习近平法治思想4次。",
        DUTIES,
        PLAN,
        "xi-thought",
        "专题学习习近平法治思想4次",
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
        "a principle (坚持以公开为常态) is quoted after the figures of what was published",
        "（一）公开。坚持以公开为常态、不公开为例外，推进政务公开。在政府网站主动公开政府信息120条。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政府信息120条",
    ),
    (
        "a duty stated (局长是第一责任人) is quoted after the leader's act",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长是法治建设第一责任人，带头履行法治建设职责。局长主持召开专题会议3次，研究法治政府建设工作。",
        PLAN,
        "duties-leader",
        "主持召开专题会议3次",
    ),
    (
        "a duty stated (认真履行第一责任人职责，带头……) is quoted after the leader's act",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长认真履行推进法治建设第一责任人职责，带头抓好法治政府建设各项工作。局长主持召开专题会议研究法治政府建设工作。",
        PLAN,
        "duties-leader",
        "主持召开专题会议",
    ),
    (
        "a duty stated and then done (履行……职责，听取……汇报) is an act done",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长认真履行第一责任人职责，听取法治政府建设工作汇报。局长带头学法。",
        PLAN,
        "duties-leader",
        "听取法治政府建设工作汇报",
    ),
    (
        "a speech's call (会议强调) is quoted after the work done",
        "（一）执法。会议强调，全面落实行政执法三项制度。全年办理行政处罚案件40件。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "办理行政处罚案件40件",
    ),
    (
        "a meeting's demand (会议要求) is quoted after the work done",
        "（一）执法。会议要求，严格落实行政执法三项制度。全年办理行政处罚案件40件。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "办理行政处罚案件40件",
    ),
    (
        "a heading's clause followed by goals only (狠抓……，做到……) is quoted after the study done",
        "（一）执法。全年办结行政处罚案件40件。",
        "一是带头学法。狠抓领导干部法治培训，做到学法用法有章可循、有规可依。局党组中心组集中学习法律法规19次。",
        PLAN,
        "duties-study",
        "集中学习法律法规19次",
    ),
    (
        "a heading's clause followed by an act done is an act done",
        "（一）执法。强化执法监督，开展执法案卷评查工作。全年办理行政处罚案件40件。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "开展执法案卷评查工作",
    ),
    (
        "a heading's clause followed by a result (获评优秀等级) reports the result",
        "（一）普法。严格落实普法责任制，“谁执法谁普法”履职获评优秀等级。落实“谁执法谁普法”普法责任制，明确普法责任。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "获评优秀等级",
    ),
    (
        "a bare heading written as a sentence is quoted after the act under it",
        "（一）执法。健全行政执法监督体系。开展执法案卷评查，评查案卷41卷。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "评查案卷41卷",
    ),
    (
        "a bare heading as the only sentence naming the item is quoted by the act after it",
        "（一）公开。全面推进政务公开。全年在政府网站发布政府信息120条。",
        DUTIES,
        PLAN,
        "oversight",
        "发布政府信息120条",
    ),
    (
        "a bare heading as a paragraph of its own is quoted by the paragraph after it",
        "（一）公开。深入推进政务公开。\n全年在政府网站发布政府信息120条，办理申请25件。",
        DUTIES,
        PLAN,
        "oversight",
        "发布政府信息120条",
    ),
    (
        "a heading line without a number is quoted by the paragraph after it",
        "推进政务公开\n全年在政府网站发布政府信息120条，办理申请25件。",
        DUTIES,
        PLAN,
        "oversight",
        "发布政府信息120条",
    ),
    (
        "a bare heading with another heading after it stays the quote",
        "（一）公开。全面推进政务公开。\n（二）执法。全年在政府网站发布政府信息120条。",
        DUTIES,
        PLAN,
        "oversight",
        "全面推进政务公开",
    ),
    (
        "a bare heading followed by a stance stays the quote",
        "（一）公开。全面推进政务公开。坚持以公开为常态、不公开为例外。",
        DUTIES,
        PLAN,
        "oversight",
        "全面推进政务公开",
    ),
    (
        "a stance after its subject (局党组始终坚持……) is quoted after the act done",
        "（一）公开。局党组始终坚持以人民为中心，深入推进政务公开。在政府网站主动公开政府信息120条。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政府信息120条",
    ),
    (
        "切实 after the subject with 纳入……考核 after it reports the mechanism",
        "（一）领导。镇党委切实履行法治建设主体责任，将法治建设纳入年度综合考核体系。（二）普法。开展普法活动12场。",
        DUTIES,
        PLAN,
        "leadership",
        "纳入年度综合考核体系",
    ),
    (
        "a stance followed by an act in the same sentence is an act done",
        "（一）公开。坚持以公开为常态，印发政务公开工作要点。在政府网站发布信息。",
        DUTIES,
        PLAN,
        "oversight",
        "印发政务公开工作要点",
    ),
    (
        "other units' act (各乡镇……) is quoted after this unit's",
        "（一）普法。各乡镇开展普法宣传活动120场。局机关开展普法进企业活动12场。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "局机关开展普法进企业活动12场",
    ),
    (
        "other units of the whole area (全县各乡镇……) are other units too",
        "（一）普法。2023年，全县各乡镇开展普法宣传活动120场。局机关开展普法进企业活动12场。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "局机关开展普法进企业活动12场",
    ),
    (
        "enterprises' rate (辖区企业普法率) is quoted after this unit's act",
        "（一）普法。辖区企业普法率达到100%。开展法治宣传活动6次，发放宣传材料2000余份。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "开展法治宣传活动6次",
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
        "企业 opening a sentence as its topic (企业开办) is no other unit's act",
        "（一）审批。企业开办“一件事”全程网办，办理时间压缩至1个工作日。推行证明事项告知承诺制。",
        DUTIES,
        PLAN,
        "functions",
        "企业开办",
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
        "a plan made (制定……执法检查计划) is quoted after the enforcement done",
        "（一）执法。制定年度行政执法检查计划，确定检查事项12项。开展行政执法检查40次，查处违法案件12件。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "开展行政执法检查40次",
    ),
    (
        "a 普法 plan issued is quoted after the 普法 done",
        "（一）普法。印发《2023年普法工作计划》，明确重点任务12项。开展送法进企业活动12场。",
        DUTIES,
        PLAN,
        "leadership",
        "开展送法进企业活动12场",
    ),
    (
        "a plan the item names (工作要点 of the leadership item) is the item's own",
        "（一）普法。制定年度普法依法治理工作要点。开展送法进企业活动。",
        DUTIES,
        PLAN,
        "leadership",
        "制定年度普法依法治理工作要点",
    ),
    (
        "a lead that claims results (……工作取得明显成效。) is quoted by the paragraph after it",
        "（一）公开。政务公开工作取得明显成效。\n全年在政府网站主动公开政府信息120条，办理申请25件。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政府信息120条",
    ),
    (
        "a lead that says the work goes on (……工作稳步推进。) is quoted by the paragraph after it",
        "（一）执法。行政执法工作稳步推进。\n全年办理行政处罚案件40件。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "全年办理行政处罚案件40件",
    ),
    (
        "a goal built (着力构建……主渠道) is quoted after the work done",
        "（一）复议。着力构建行政复议化解行政争议主渠道。依法办理行政复议案件。",
        DUTIES,
        PLAN,
        "disputes",
        "依法办理行政复议案件",
    ),
    (
        "a stance under a heading naming the item (……切实履行……职责，将……转化为……动力) is quoted after the act below it",
        "（一）坚持党的全面领导，扛起法治政府建设政治责任\n"
        "局主要负责同志切实履行推进法治建设第一责任人职责，将法治思想转化为推动发展的强大动力。"
        "局务会议研究法治政府建设重大问题8次。",
        DUTIES,
        PLAN,
        "leadership",
        "局务会议研究法治政府建设重大问题8次",
    ),
    (
        "a stance of 坚持 under a heading naming the item is quoted after the act in the next paragraph",
        "（一）加强党对法治政府建设的领导\n局党组始终坚持把法治政府建设摆在突出位置，推动各项任务落实。\n"
        "全年局务会议审议法治工作事项6件。",
        DUTIES,
        PLAN,
        "leadership",
        "全年局务会议审议法治工作事项6件",
    ),
    (
        "四个亲自 stated is quoted after the meeting that heard and studied the rule-of-law work",
        "（一）执法。全年办结行政处罚案件40件。",
        "局主要负责同志对法治建设高度重视，带头履行推进法治建设第一责任人职责，坚持“四个亲自”。"
        "局务会议集中学法4次，听取、研究法治工作6次。",
        PLAN,
        "duties-deploy",
        "听取、研究法治工作6次",
    ),
    (
        "四个亲自 stated is quoted after the 党组 meeting on 法治政府建设",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长坚持“四个亲自”，高度重视法治工作。党组会议研究法治政府建设工作5次。",
        PLAN,
        "duties-deploy",
        "党组会议研究法治政府建设工作5次",
    ),
    (
        "a bare lead (扎实开展普法宣传工作。) is quoted by the sentence after it",
        "（一）普法。扎实开展普法宣传工作。围绕“八五”普法规划，借助“3·15”“6·26”等节点，开展宪法、民法典宣传。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "围绕“八五”普法规划",
    ),
    (
        "a bare lead (深入开展法治宣传教育。) is quoted by the paragraph after it",
        "（一）普法。深入开展法治宣传教育。\n依托新时代文明实践站举办法治讲座8场，发放资料2000份。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "依托新时代文明实践站举办法治讲座8场",
    ),
    (
        "a lead saying where the effort goes (围绕……三个方向用力) under a heading is quoted after the act below it",
        "（二）优化营商环境\n围绕“法律护航”“科技赋能”“暖企服务”三个方向用力，提振市场主体信心，推动高质量发展。"
        "结合企业个性化法律需求，组织律师走进企业做“法治体检”120次。",
        DUTIES,
        PLAN,
        "functions",
        "组织律师走进企业做“法治体检”120次",
    ),
    (
        "a lead of 聚焦……精准发力 under a heading is quoted after the act below it",
        "（二）优化营商环境\n聚焦企业急难愁盼问题精准发力，助力企业发展。组织律师为企业开展“法治体检”86次。",
        DUTIES,
        PLAN,
        "functions",
        "组织律师为企业开展“法治体检”86次",
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
        "a paragraph's summary (2023年，我局以……为指导，统筹推进……) is quoted after the act",
        "（一）综合。2023年，我局以习近平法治思想为指导，统筹推进普法宣传、依法行政工作，法治政府建设取得新成效。"
        "全年开展送法进企业活动12场。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "全年开展送法进企业活动12场",
    ),
    (
        "a summary of 坚持以……为引领 is quoted after the act, whose cue is less specific",
        "（一）普法。2023年，局党组坚持以习近平法治思想为引领，扎实推进“谁执法谁普法”普法责任制落实。"
        "在执法办案中开展以案释法16次。",
        DUTIES,
        PLAN,
        "pufa-responsibility",
        "开展以案释法16次",
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
    ("measures", "item", "words"),
    [
        (
            "（一）复议。行政复议工作取得新成效，具体如下：依法办理行政复议案件33件。",
            "disputes",
            "依法办理行政复议案件33件",
        ),
        (
            "（一）公开。政务公开工作取得明显成效，主要做法如下：\n全年在政府网站主动公开政府信息120条，办理申请25件。",
            "oversight",
            "全年在政府网站主动公开政府信息120条",
        ),
        ("（一）普法。主要做法是：开展送法进企业活动12场。", "leadership", "开展送法进企业活动12场"),
    ],
)
def test_a_lead_into_what_was_done_is_left_out_of_the_quote(measures: str, item: str, words: str) -> None:
    """A lead before a colon (……取得新成效，主要做法如下：) says nothing a reviewer searches for: the quote
    and the evidence begin with what was done after it."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load("department"), year=2023).items[item]
    assert got.status == "covered" and got.evidence is not None and got.evidence.startswith(words), got.evidence
    assert got.quote is not None and got.quote.startswith(words[:20]), got.quote


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


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，我局以习近平法治思想为指导，全年办理行政复议案件33件，开展送法进企业活动12场，法治政府建设取得新成效。",
        "2023年，我局坚持以习近平法治思想为引领，办结行政复议案件33件，开展送法进企业活动12场。",
    ],
)
def test_a_summary_with_figures_in_the_opening_still_reports(opening: str) -> None:
    """A summary that opens with 以……为指导 is a stance only without a figure: with one (办理行政复议案件33件)
    it reports the items the opening alone names (their cover is the opening's, not lost)."""
    text = f"青山县司法局关于2023年度法治政府建设情况的报告\n{opening}\n" + REPORT.split("\n", 1)[1].format(
        measures="（一）执法。全年办结行政处罚案件40件。", duties=DUTIES, plan=PLAN
    )
    got = check(read_text(text), checklists.load("department"), year=2023).items
    for item in ("disputes", "pufa-responsibility"):
        assert got[item].status == "covered" and got[item].evidence is not None, (item, got[item].evidence)
        assert "33件" in got[item].evidence
