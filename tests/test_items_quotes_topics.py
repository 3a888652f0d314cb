"""An item's words where the sentence is about something else cover nothing (blind sets' kinds D1, D4): a
list of topics a meeting studied, heard or was told of ("专门研究规章起草、行政执法、复议应诉等事项") reports the
deployment, not the listed work; a body named for its heads (4家行政执法单位一把手述法), guided (指导各地应急管理
部门) or lending its force (整合……执法站所的力量), a document cleared (确认《……防疫……通知》失效), a role list
(带头守法、普法、用法), an agenda (排在……会议部署……的首位) and 协调解决 report no work of the item. Near-misses stay
covered: the topic followed by a figure of the work, the body's own act, the item's act on the document, the
meeting as the leader's duty (部署)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT

# (checklist, item, measures, duties (None: the usual), words the quote holds, None: not covered)
CASES = [
    # a meeting's topics, in several wordings: covered by none of them
    ("department", "disputes", "（一）领导。局党组会议专题研究行政复议、政务公开等工作3次。", None, None),
    ("department", "oversight", "（一）领导。局党组会议专题研究行政复议、政务公开等工作3次。", None, None),
    ("township", "township-pufa", "（一）领导。镇党委会研究部署了普法宣传、人民调解等工作。", None, None),
    ("township", "township-mediation", "（一）领导。镇党委会研究部署了普法宣传、人民调解等工作。", None, None),
    ("county_gov", "disputes", "（一）领导。县政府常务会议听取了行政复议、行政应诉工作情况汇报。", None, None),
    ("county_gov", "oversight", "（一）领导。县长就政务公开、审计整改等工作作出批示2次。", None, None),
    ("county_gov", "law-enforcement", "（一）领导。召开专题会议研究综合行政执法改革、证明事项清理等问题。", None, None),
    (
        "county_gov",
        "law-enforcement",
        "（一）机制。形成一把手总负责、分管副职具体抓的机制，按期开会专门研究法治机关建设与行政执法工作，安排下步任务。",
        None,
        None,
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）领导。把法治建设写进行业发展规划，全年听取法治工作专题汇报4次，研究处理执法规范、普法宣传等问题3项。",
        None,
        None,
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）领导。全年开党组会专门研究法治工作5次，破解执法规范、普法宣讲等难点问题6项。",
        None,
        None,
    ),
    # a meeting's list of topics without 等工作 at its end
    ("county_gov", "law-enforcement", "（一）领导。县政府常务会议专门研究了行政执法、复议应诉。", None, None),
    (
        "county_gov",
        "disputes",
        "（一）领导。县政府常务会议先后6次研究行政复议体制改革、综合行政执法改革。",
        None,
        None,
    ),
    (
        "county_gov",
        "disputes",
        "（一）复议。研究出台行政复议体制改革实施方案，设立行政复议咨询服务窗口。",
        None,
        "行政复议",
    ),
    # a body named for its heads, guided, or lending its force; a document cleared; a role list; an agenda
    (
        "county_gov",
        "law-enforcement",
        "（一）述法。召开县委依法治县工作会议暨点评会，8名乡镇书记和4家行政执法单位一把手依次述法。",
        None,
        None,
    ),
    ("county_gov", "law-enforcement", "（一）述法。组织全县18个行政执法部门主要负责人向县委书面述法。", None, None),
    ("township", "township-mediation", "（一）培训。组织各村调解委员会负责人参加业务培训2期。", None, None),
    (
        "county_gov",
        "emergencies",
        "（一）许可。编制公布本系统17项许可事项的实施规范与办事指南，指导各地应急管理部门做好认领实施。",
        None,
        None,
    ),
    (
        "township",
        "township-enforcement",
        "（一）普法。制定年度普法任务清单，整合镇内相关执法站所的力量，在人居环境整治、拆违控违等工作中宣讲法律。",
        None,
        None,
    ),
    (
        "township",
        "township-enforcement",
        "（一）调解。统筹司法所、综合执法队的力量，排查化解矛盾纠纷36件。",
        None,
        None,
    ),
    (
        "county_gov",
        "emergencies",
        "（一）文件。依法清理规范性文件，确认《关于加强畜禽防疫管理的通知》（某政发〔2018〕9号）到期自动失效。",
        None,
        None,
    ),
    ("county_gov", "emergencies", "（一）文件。废止《县防汛抗旱应急工作规程》等规范性文件4件。", None, None),
    ("department", "pufa-responsibility", "（一）学法。引导干部职工做学法、普法、守法、用法的表率。", None, None),
    ("county_gov", "emergencies", "（一）荣誉。县应急管理局被评为全省法治政府建设先进单位。", None, None),
    ("county_gov", "disputes", "（一）机构。选派2名干部到县信访局跟班学习。", None, None),
    ("county_gov", "major-decisions", "（一）学法。邀请法律顾问为机关干部讲授民法典专题课2次。", None, None),
    ("township", "township-counsel", "（一）学法。邀请镇法律顾问为机关干部讲授民法典专题课2次。", None, None),
    (
        "county_gov",
        "duties-deploy",
        "（一）学法。组织干部学法考试1次。",
        "执行“第一议题”要求，将习近平法治思想排在县政府会议部署和集体研学的首位，全年开展政府党组集中学习11次。",
        None,
    ),
    (
        "county_gov",
        "duties-deploy",
        "（一）学法。组织干部学法考试1次。",
        "把宪法学习摆在党组会议部署的突出位置，全年集中学习6次。",
        None,
    ),
    ("department", "disputes", "（一）领导。成立依法行政领导小组，协调解决法治领域重大事项12件。", None, None),
    ("township", "township-mediation", "（一）服务。为企业协调解决用地、用工难题15个。", None, None),
    (
        "county_gov",
        "leadership",
        "（一）领导。我县坚持依法办事，将法治思维视为干部能力的重要标尺，领导干部要担起带头守法、普法、用法之责。",
        "县长主持召开常务会议3次，听取法治政府建设工作汇报2次。",
        "听取法治政府建设工作汇报",
    ),
    # the object of study: 学习……相关知识、规定
    ("county_gov", "law-enforcement", "（一）学习。局党组中心组专题学习行政执法、行政复议相关知识4次。", None, None),
    ("county_gov", "disputes", "（一）学习。局党组中心组专题学习行政执法、行政复议相关知识4次。", None, None),
    ("county_gov", "disputes", "（一）学习。组织干部职工集中学习信访工作相关规定2次。", None, None),
    ("township", "township-enforcement", "（一）学习。组织机关干部学习综合行政执法相关法律法规。", None, None),
    # a meeting's topics and then what was done to every one of them ([evidence] settled): the decisions went
    # through their steps, they were not only discussed (a reviewer's false required-item error)
    (
        "county_gov",
        "major-decisions",
        "（一）决策。县政府常务会议研究部署重大行政决策、规范性文件等事项，全部经过合法性审查。",
        None,
        "全部经过合法性审查",
    ),
    (
        "county_gov",
        "major-decisions",
        "（一）决策。县政府常务会议先后研究重大行政决策、规范性文件等事项18项，均经集体讨论决定。",
        None,
        "均经集体讨论",
    ),
    (
        "county_gov",
        "law-enforcement",
        "（一）领导。县政府常务会议研究规章起草、行政执法等事项，推动法治建设。",
        None,
        None,
    ),
    # a call to use the counsel, no counsel engaged and nothing reviewed (用好 alone is no act: a reviewer's find)
    ("township", "township-counsel", "（四）保障。充分发挥法律顾问作用，用好法律顾问这一“智囊团”。", None, None),
    ("township", "township-counsel", "（四）保障。用足用好公职律师，建好法律服务队伍。", None, None),
    # near-misses: the body's own act, the item's act on the document, the work itself, the leader's duty, a
    # study that is the item's own (习近平法治思想) or reaches the villages (镇村干部学普法知识)
    ("county_gov", "xi-thought", "（一）学习。局党组中心组专题学习习近平法治思想相关知识4次。", None, "习近平法治思想"),
    ("township", "township-pufa", "（一）学习。组织镇村干部集中学习普法知识。", None, "普法知识"),
    (
        "county_gov",
        "law-enforcement",
        "（一）执法。局党组中心组学习行政执法相关知识2次，开展执法案卷评查1次。",
        None,
        "执法案卷评查",
    ),
    ("county_gov", "law-enforcement", "（一）执法。县执法局负责人带队开展执法检查12次。", None, "执法检查12次"),
    ("county_gov", "emergencies", "（一）应急。指导各地应急管理部门修订应急预案32件。", None, "修订应急预案32件"),
    ("county_gov", "emergencies", "（一）应急。完善应急管理体系，修订专项应急预案8件。", None, "完善应急管理体系"),
    ("county_gov", "disputes", "（一）信访。县信访局受理群众信访事项120件，按期办结率100%。", None, "受理群众信访事项"),
    (
        "county_gov",
        "major-decisions",
        "（一）决策。聘请律师担任法律顾问，为机关干部讲授民法典专题课2次。",
        None,
        "聘请律师担任法律顾问",
    ),
    (
        "county_gov",
        "oversight",
        "（一）审计。配合县审计局完成主要负责人经济责任审计1次，整改问题5个。",
        None,
        "经济责任审计",
    ),
    (
        "township",
        "township-enforcement",
        "（一）执法。整合综合执法队力量，开展联合执法检查15次。",
        None,
        "联合执法检查15次",
    ),
    (
        "county_gov",
        "emergencies",
        "（一）应急。修订《县突发事件总体应急预案》，开展应急演练3次。",
        None,
        "修订《县突发事件总体应急预案》",
    ),
    ("county_gov", "normative-documents", "（一）文件。废止《县行政规范性文件管理办法》。", None, "废止"),
    # a name hidden is only a name: the act beside it still reports (废止, 清理, 召开……座谈会 is no enforcement)
    (
        "county_gov",
        "normative-documents",
        "（一）文件。依法废止《关于加强畜禽防疫管理的通知》等规范性文件。",
        None,
        "依法废止",
    ),
    (
        "county_gov",
        "normative-documents",
        "（一）文件。《关于加强畜禽防疫管理的通知》等规范性文件予以废止。",
        None,
        "予以废止",
    ),
    ("county_gov", "law-enforcement", "（一）座谈。召开14个行政执法单位负责人座谈会。", None, None),
    (
        "county_gov",
        "duties-deploy",
        "（一）学法。组织干部学法考试1次。",
        "局长将法治政府建设纳入局党组会议部署，亲自部署推动。",
        "亲自部署推动",
    ),
    ("department", "pufa-responsibility", "（一）普法。开展学法普法进企业活动8场。", None, "学法普法进企业"),
    (
        "county_gov",
        "duties-deploy",
        "（一）学法。组织干部学法考试1次。",
        "局长主持召开局党组会议3次，部署法治政府建设年度任务。",
        "部署法治政府建设",
    ),
    ("township", "township-mediation", "（一）调解。村调解委员会调解纠纷45件。", None, "调解纠纷45件"),
    (
        "county_gov",
        "normative-documents",
        "（一）文件。召开常务会议6次，审议通过规范性文件3件。",
        None,
        "审议通过规范性文件3件",
    ),
    ("county_gov", "law-enforcement", "（一）执法。部署开展案卷评查工作，评查案卷41卷。", None, "评查案卷41卷"),
    (
        "county_gov",
        "oversight",
        "（一）公开。专题研究政务公开工作，全年主动公开政府信息320条。",
        None,
        "主动公开政府信息320条",
    ),
    (
        "county_gov",
        "disputes",
        "（一）复议。县政府常务会议研究行政复议工作，全年办结行政复议案件41件。",
        None,
        "办结行政复议案件41件",
    ),
    (
        "township",
        "township-mediation",
        "（一）调解。镇党委会专题研究人民调解工作，全年调处矛盾纠纷56件。",
        None,
        "调处矛盾纠纷56件",
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）领导。局党组研究普法工作2次。（二）普法。开展送法进企业活动12场。",
        None,
        "送法进企业",
    ),
    (
        "county_gov",
        "duties-deploy",
        "（一）学法。组织干部学法考试1次。",
        "局长主持召开局党组会议，研究部署行政执法、普法等工作。",
        "研究部署行政执法",
    ),
]


@pytest.mark.parametrize(("kind", "item", "measures", "duties", "words"), CASES)
def test_an_items_words_on_another_subject_cover_nothing(
    kind: str, item: str, measures: str, duties: str | None, words: str | None
) -> None:
    text = REPORT.format(measures=measures, duties=duties or DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    if words is None:
        assert got.status == "missing", got.evidence
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got.evidence
