"""Among the sentences that cover an item, the quote is an act done (``checks/focus.py``): not a stance
(坚持……, 以……为指导), a duty stated (第一责任人, 四个亲自), a speech's call (会议强调/要求), a bare heading or lead
(……取得明显成效。, 主要做法如下：), a goal or a plan made. Each case holds a sentence of the kind that was quoted before
and the one a reviewer quotes; the item stays covered either way."""

from __future__ import annotations

import pytest

from .helpers.quotes import DUTIES, PLAN, assert_quotes

# (kind, measures, duties, plan, item, words the quote holds)
CASES = [
    (
        "a thought studied and carried out (深学笃用……，深入学习贯彻……) is quoted after the act done",
        "（一）学习。局党组深学笃用习近平法治思想，深入学习贯彻上级法治建设部署。"
        "（二）宣传。扎实开展习近平法治思想“进机关、进社区”活动。",
        DUTIES,
        PLAN,
        "xi-thought",
        "进机关、进社区",
    ),
    (
        "a thought studied that goes on to an act (深入学习贯彻……，组织……专题讲座) is that act's report",
        "（一）学习。深入学习贯彻习近平法治思想，组织局党组中心组专题讲座。（二）宣传。扎实开展习近平法治思想“进机关、进社区”活动。",
        DUTIES,
        PLAN,
        "xi-thought",
        "专题讲座",
    ),
    (
        "the head leading by example (局长带头深入学习贯彻……) is his act for his duty, before a post he is given",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长带头深入学习贯彻习近平法治思想，将其纳入党组中心组学习内容。成立以局长为组长的法治建设领导小组。",
        PLAN,
        "duties-leader",
        "局长带头深入学习贯彻",
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
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_to_the_point(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str
) -> None:
    assert_quotes(kind, measures, duties, plan, item, words)
