"""A checklist item the report covers is not reported missing, by kind: 普法责任制 reported through the
unit's 普法 activities, a major decision's procedures done for a named decision, the functions reported
as 许可事项 cancelled or 最多跑一次, disputes reported by their outcome (零败诉, 全部依法办结). And what
must stay missing: a plan, a call on others, another body's act, a list of topics."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT

# (checklist, item, the measure under test, covered)
CASES = [
    # 普法责任制: 谁执法谁普法 with 以案释法 in 执法办案 is one topic, not a list of three
    ("department", "pufa-responsibility", "严格落实“谁执法谁普法”普法责任制，结合执法办案开展以案释法活动。", True),
    ("department", "pufa-responsibility", "落实“谁执法谁普法”普法责任制，在执法办案中开展以案释法。", True),
    ("township", "township-pufa", "落实“谁执法谁普法”普法责任制，在执法办案中开展以案释法12次。", True),
    ("department", "pufa-responsibility", "组织法律进社区、进企业活动8场，受众1200人次。", True),
    ("department", "pufa-responsibility", "举办法治讲座3期，邀请律师为企业讲解《民法典》。", True),
    ("department", "pufa-responsibility", "开设“税法小课堂”网上普法栏目，推送普法文章45篇。", True),
    ("department", "pufa-responsibility", "下一步，我局将进一步落实“谁执法谁普法”普法责任制。", False),
    ("department", "pufa-responsibility", "邀请专家为干部职工讲授法治课2次。", False),
    # 重大行政决策: the procedures done for a named decision
    ("county_gov", "major-decisions", "对停车收费标准调整开展社会稳定风险评估。", True),
    ("county_gov", "major-decisions", "组织专家对城市燃气专项规划进行论证。", True),
    ("county_gov", "major-decisions", "召开城区供水价格调整听证会，听取群众意见。", True),
    ("county_gov", "major-decisions", "对老旧小区改造方案组织公众参与，征求意见120余条。", True),
    ("county_gov", "major-decisions", "下一步，将严格落实重大行政决策程序，推进决策科学化。", False),
    ("county_gov", "major-decisions", "要求各乡镇严格执行重大行政决策程序。", False),
    ("county_gov", "major-decisions", "组织行政处罚听证2次。", False),
    # 政府职能: 许可、审批事项, 最多跑一次, 证照分离, 便民服务中心
    ("county_gov", "functions", "取消行政许可事项5项，下放乡镇审批事项23项。", True),
    ("county_gov", "functions", "推行“最多跑一次”改革，216项事项实现“最多跑一次”。", True),
    ("county_gov", "functions", "实施“证照分离”改革，办理涉企许可事项310件。", True),
    ("county_gov", "functions", "下一步，继续深化“放管服”改革。", False),
    ("county_gov", "functions", "要求各部门及时调整权责清单。", False),
    # 矛盾纠纷: the outcome of the disputes handled
    ("county_gov", "disputes", "全年行政诉讼案件零败诉。", True),
    ("county_gov", "disputes", "本年度无行政诉讼败诉案件。", True),
    ("county_gov", "disputes", "全年未发生行政诉讼败诉案件，未发生行政复议被纠错案件。", True),
    ("township", "disputes", "全年发生行政诉讼案件3件，均胜诉。", True),
    ("township", "disputes", "全年未发生行政复议和行政诉讼案件。", True),
    ("county_gov", "disputes", "下一步，力争行政诉讼零败诉。", False),
    ("county_gov", "disputes", "要求各部门减少行政诉讼败诉案件。", False),
    ("county_gov", "disputes", "县法院审结行政诉讼案件120件。", False),
    ("department", "pufa-responsibility", "组织干部职工开展普法宣传进社区活动6次。", True),
    ("department", "pufa-responsibility", "组织开展《安全生产法》宣传咨询活动，现场解答群众咨询200余人次。", True),
    ("township", "township-pufa", "以“3·15”国际消费者权益日为契机开展法律咨询活动。", True),
    (
        "county_gov",
        "major-decisions",
        "认真贯彻《重大行政决策程序暂行条例》，县政府常务会议讨论决定重大事项12件。",
        True,
    ),
    ("county_gov", "major-decisions", "全年作出决策事项5项，均履行了法定程序。", True),
    ("county_gov", "functions", "依法全面履行政府职能，承接市级下放权力事项45项。", True),
    ("county_gov", "functions", "全年办理行政许可1235件，按时办结率100%。", True),
    ("county_gov", "disputes", "调处各类矛盾28起，均化解在萌芽状态。", True),
    ("county_gov", "disputes", "全年无行政复议、行政诉讼案件发生。", True),
    ("department", "disputes", "全年涉及我局的行政复议、行政诉讼案件均未被纠错。", True),
    # a decision procedure's rules followed (执行、落实、按照《……决策程序……》) is the procedure done; studied is not
    ("county_gov", "major-decisions", "严格执行《重大行政决策程序暂行条例》，规范决策行为。", True),
    ("county_gov", "major-decisions", "按照《重大行政决策程序暂行条例》要求，履行决策法定程序。", True),
    ("county_gov", "major-decisions", "严格落实《青山省重大行政决策程序规定》，确保决策科学民主依法。", True),
    ("county_gov", "major-decisions", "组织学习《重大行政决策程序暂行条例》。", False),
    ("county_gov", "major-decisions", "召开全县重大行政决策工作会议3次，要求各乡镇严格执行重大行政决策程序。", True),
    # 普法 in 执法办案 is no report of enforcement; 谁执法谁普法 is no 执法 of a township
    ("department", "law-enforcement", "严格落实“谁执法谁普法”普法责任制，结合执法办案开展以案释法活动。", False),
    ("township", "township-enforcement", "落实“谁执法谁普法”普法责任制，全年以案释法12次。", False),
    ("department", "pufa-responsibility", "为干部职工提供法律咨询服务。", False),
    ("township", "township-pufa", "培育“法律明白人”86名，覆盖全镇16个村。", True),
    ("department", "pufa-responsibility", "建成法治文化广场1个、法治文化长廊2处。", True),
    ("county_gov", "functions", "推行“跨省通办”，办理事项120件。", True),
    ("county_gov", "functions", "公示行政许可、行政处罚信息2300条。", False),
    ("department", "major-decisions", "重大事项均经党组会议集体研究，全年研究事项32项。", True),
    ("township", "disputes", "成功调解36起，调解成功率100%。", True),
    ("township", "disputes", "镇领导班子轮流接访，接待群众来访52人次。", True),
    # the leadership item through the leading group (调整充实, 双组长, its meetings) and the year's work plan
    ("township", "leadership", "调整充实了全面依法治镇领导小组。", True),
    ("township", "leadership", "调整充实领导小组成员，明确职责分工。", True),
    ("township", "leadership", "召开领导小组会议2次，研究解决重点难点问题。", True),
    ("township", "leadership", "镇党委书记、镇长任双组长，其他班子成员为成员，下设办公室。", True),
    ("department", "leadership", "制定年度工作计划并分解任务，逐项落实到人。", True),
    ("department", "leadership", "制定年度工作计划，将任务分解到各股室。", True),
    ("township", "leadership", "将年度任务分解到各站所，实行清单化管理。", True),
    ("township", "leadership", "年初制定工作计划，明确责任人和完成时限。", True),
    # 普法: 法律明白人 trained by a department, courses for firms, 法律六进, 法治文艺, a village's 法治课堂
    ("department", "pufa-responsibility", "举办“法律明白人”培训班2期，培训120人次。", True),
    ("department", "pufa-responsibility", "举办《行政处罚法》专题讲座，为辖区企业授课3次。", True),
    ("department", "pufa-responsibility", "开展“法律六进”活动9场次。", True),
    ("department", "pufa-responsibility", "组织法治文艺演出4场。", True),
    ("township", "township-pufa", "开设“乡村法治课堂”，全年授课16期。", True),
    ("township", "township-pufa", "开设村级法治讲堂12个。", True),
    ("department", "pufa-responsibility", "为干部职工授课3次。", False),
    # disputes: no suit brought, decisions upheld by the court
    ("county_gov", "disputes", "全年没有因行政行为引发行政诉讼案件。", True),
    ("county_gov", "disputes", "行政复议决定被诉后，均获法院支持。", True),
    ("county_gov", "disputes", "行政复议决定被诉后，尚未获得法院支持。", False),
    ("department", "disputes", "我局全年无行政诉讼案件。", True),
    ("township", "disputes", "全年无一起因行政行为引发的行政复议和诉讼。", True),
    ("department", "disputes", "下一步，力争全年无行政诉讼案件。", False),
    # a slogan with 执行 reports no work; a cue word in another field's work is not the item
    ("department", "normative-documents", "严格执行规范性文件合法性审核制度。", False),
    ("department", "major-decisions", "认真执行重大行政决策程序规定。", False),
    ("department", "functions", "对辖区市场主体开展双随机抽查120户次。", False),
    ("department", "functions", "各股室依法履行职能，工作效率明显提高。", False),
    ("department", "functions", "执法人员现场收集证明材料，规范制作执法文书42份。", False),
    ("department", "functions", "开展道路运输市场整治，市场主体经营行为更加规范。", False),
    ("department", "functions", "精简企业开办证明材料12项。", True),
    ("department", "major-decisions", "开展宪法宣传周活动，吸引公众参与2000余人次。", False),
    ("department", "major-decisions", "邀请专家对执法案卷评查标准进行论证。", False),
    ("department", "disputes", "审查合同18份，有效防范合同纠纷。", False),
    ("department", "disputes", "审查合同18份，防范败诉风险。", False),
    ("department", "disputes", "方案经局党组会议复议后印发实施。", False),
    ("department", "disputes", "全年办理复议案件3件，均被维持。", True),
    ("department", "disputes", "局长带队走访企业12家，接待来访企业代表30人次。", False),
    ("township", "disputes", "接待来访群众52人次，均依法答复。", True),
    # a call on others after a short subject, others' act (a sentence they open) reports nothing of this unit
    ("department", "major-decisions", "我局要求各运输企业严格执行重大行政决策程序。", False),
    ("department", "functions", "会议要求各股室严格落实行政许可事项清单。", False),
    ("township", "major-decisions", "辖区企业重大事项均经集体研究决定。", False),
    ("county_gov", "major-decisions", "各乡镇按照要求严格执行重大行政决策程序。", False),
    ("department", "pufa-responsibility", "辖区企业开展普法宣传活动120场。", False),
    # a county reports its 乡镇 and 部门 as its own work: their act covers (quoted after its own)
    ("county_gov", "disputes", "各乡镇、各部门开展矛盾纠纷排查化解，调解矛盾纠纷120件。", True),
    ("department", "disputes", "督促各运输企业调解处理乘客投诉纠纷58起。", False),
    ("department", "disputes", "我局召开专题会议2次，要求各运输企业及时调解乘客投诉纠纷。", True),
    ("county_gov", "major-decisions", "按照县政府要求各乡镇重大事项均经集体研究决定，我局重大事项集体研究12件。", True),
    # 普法 by the department's own channels, courses in schools, the old wording and the campaign days
    ("department", "pufa-responsibility", "在局门户网站设立“法治思想学习园地”专栏，集中展示学习成果。", True),
    (
        "department",
        "pufa-responsibility",
        "通过政务微博、服务大厅电子屏等渠道，发布习近平法治思想的解读短文、公益短片。",
        True,
    ),
    ("department", "pufa-responsibility", "依托单位抖音号推送《民法典》系列短视频36期。", True),
    ("department", "pufa-responsibility", "制作宪法知识动漫短片5部，在客运站滚动播放。", True),
    ("department", "pufa-responsibility", "推动省内高等院校把习近平法治思想概论列为必修、选修课。", True),
    ("department", "pufa-responsibility", "指导全县中小学开好道德与法治课，配备专职教师86名。", True),
    ("department", "pufa-responsibility", "借助单位橱窗、工作微信群，并在“12·4”前后集中开展法制宣传。", True),
    ("township", "township-pufa", "在“6·26”国际禁毒日当天设置咨询台，发放禁毒资料500份。", True),
    ("department", "pufa-responsibility", "在单位公众号开设“以案说法”栏目，推送典型案例解读24期。", True),
    ("department", "pufa-responsibility", "举办“宪法进万家”主题活动6场。", True),
    ("department", "pufa-responsibility", "组织开展禁毒知识进校园活动8场。", True),
    ("department", "pufa-responsibility", "编印《安全生产法律知识手册》3000册，免费向企业发放。", True),
    ("township", "township-pufa", "开展法律知识有奖竞答活动，参与群众1200人次。", True),
    ("department", "pufa-responsibility", "组织干部职工参加法律知识竞赛。", False),
    ("department", "pufa-responsibility", "学习《安全生产法律知识手册》。", False),
    ("department", "pufa-responsibility", "在门户网站公开法治政府建设年度报告。", False),
    ("department", "pufa-responsibility", "组织干部到党校参加法治专题课程培训。", False),
    ("department", "pufa-responsibility", "在门户网站发布政策解读12篇。", False),
    # functions by the 履职事项清单 of a township, 政务公开 by a count published, 疫情防控 as an emergency,
    # a special campaign against enforcement's problems
    (
        "county_gov",
        "functions",
        "对全县9个乡镇的履行职责事项清单逐项梳理，合计厘清3100余项，其中基本履职事项1200项。",
        True,
    ),
    ("township", "functions", "梳理本镇履职事项清单，明确基本履职事项86项、配合履职事项42项。", True),
    ("county_gov", "oversight", "公开法治政府建设工作动态信息47条。", True),
    ("department", "oversight", "在门户网站公开部门预决算信息12条。", True),
    ("department", "oversight", "对不予公开的信息3条依法说明理由。", False),
    ("county_gov", "emergencies", "印发《关于依法有序做好疫情防控的通知》等文件，在法治轨道上统筹防控。", True),
    ("township", "emergencies", "落实疫情防控各项措施，设置卡点12个，排查返乡人员3000余人。", True),
    ("department", "law-enforcement", "在全省较早开展客运领域执法突出问题专项治理。", True),
    ("department", "law-enforcement", "开展城市管理执法领域专项整治行动3次。", True),
    # a clause that turns to another matter (另外，同时，) is no item of a list of topics before it
    (
        "township",
        "normative-documents",
        "落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，另外，对规范性文件加强合法性审核。",
        True,
    ),
    (
        "county_gov",
        "normative-documents",
        "健全行政执法、政务公开等制度，同时，对规范性文件实行统一登记、统一编号、统一印发。",
        True,
    ),
    ("department", "normative-documents", "扎实开展了法治宣传、行政执法、规范性文件清理等工作。", False),
    # a list of topics still covers none of them
    ("department", "pufa-responsibility", "扎实开展了法治宣传、行政执法、复议应诉等工作。", False),
    # the widened cues' words in another thing: cadres' own study, a sum of money, another contest, 疫情防控 as a
    # backdrop, a Party duty list, official cars, a village's or the Party's own affairs published
    ("department", "pufa-responsibility", "通过工作微信群向干部职工推送法律法规学习视频20期。", False),
    ("department", "pufa-responsibility", "向全体干部职工发放《法律知识读本》50本。", False),
    ("department", "pufa-responsibility", "投入资金6.26万元，用于森林防火宣传。", False),
    ("township", "township-pufa", "举办全镇广场舞比赛和群众书法竞赛。", False),
    ("county_gov", "emergencies", "在疫情防控常态化背景下，创新开展线上普法活动12场。", False),
    ("county_gov", "functions", "制定班子成员全面从严治党履职事项清单。", False),
    ("department", "law-enforcement", "开展执法执勤用车专项治理，清理超标车辆2辆。", False),
    ("township", "oversight", "指导各村公开村务财务信息120条。", False),
    # the leadership item by the year's rule-of-law points issued and the must-know list of laws made (a 推进
    # 机制 of the 纲要's last chapter); studying the list is cadres' study
    ("department", "leadership", "印发本局年度法治要点，逐项抓落实。", True),
    ("county_gov", "leadership", "县政府下发2023年度依法行政要点，明确重点任务20项。", True),
    ("department", "leadership", "编制全体职工应知应会法规清单，完善班子成员学法用法安排。", True),
    ("township", "leadership", "梳理镇村干部应知应会法律法规清单36部。", True),
    # the counsel used and a legality check done on decisions and contracts; a call to use it is no report
    ("township", "township-counsel", "用好镇聘法律顾问，对重大事项决策和大额合同实行事前合法性把关。", True),
    ("county_gov", "major-decisions", "用足政府法律顾问，对重大行政决策事项逐一进行合法性把关。", True),
    ("township", "township-counsel", "下一步，要用好法律顾问。", False),
    ("township", "township-counsel", "对各类合同严格把关，防范风险。", False),
    # enforcement by its case figures without the word 执法; discipline cases, the police's and the courts' are not
    ("township", "township-enforcement", "今年以来，累计立案查处213件，采取行政强制措施5件，罚没款合计4.2万元。", True),
    ("county_gov", "law-enforcement", "全年立案查处违法建设案件46件，罚没款38万元。", True),
    ("department", "law-enforcement", "对无证经营行为立案查处12起。", True),
    ("county_gov", "law-enforcement", "县纪委监委立案查处违纪违法案件15件。", False),
    ("county_gov", "law-enforcement", "全年立案查处违纪案件3件，给予党纪处分3人。", False),
    # another field's 立案查处 and 罚没款 (fphunt4): discipline, inspection tours, the treasury's revenue
    ("county_gov", "law-enforcement", "对违规违纪干部立案查处3人。", False),
    ("department", "law-enforcement", "配合上级巡视巡察立案查处问题线索6件。", False),
    ("township", "township-enforcement", "全年上缴罚没款收入1200万元，非税收入稳步增长。", False),
    ("county_gov", "law-enforcement", "县公安局立案查处电信诈骗案件60起。", False),
    ("county_gov", "law-enforcement", "对3名违纪干部立案查处，给予党纪处分3人。", False),
    ("county_gov", "law-enforcement", "对违规违纪问题立案查处5起。", False),
    ("county_gov", "law-enforcement", "对违法占地行为立案查处12起。", True),
    # emergencies by hidden hazards found and put right and by safety inspections
    ("township", "emergencies", "开展安全生产大检查41次，排查整改隐患57处。", True),
    ("county_gov", "emergencies", "组织开展燃气安全隐患排查，整改隐患120处。", True),
    ("county_gov", "emergencies", "组织干部学习《安全生产法》。", False),
    ("township", "emergencies", "开展安全生产宣传月活动，发放资料800份。", False),
    # 考核 and 考评 of the rule of law, the law named before or after them
    ("township", "leadership", "将依法行政纳入对各站所的年度目标考评，权重占8%。", True),
    (
        "county_gov",
        "leadership",
        "把法治政府建设成效作为衡量各级领导班子和领导干部工作实绩的重要内容，纳入政绩考核指标体系。",
        True,
    ),
    ("county_gov", "leadership", "年度综合考核中，法治建设指标占6分。", True),
    # a township's legal training that reaches the villages' 两委 and heads is 普法 to the grassroots; the
    # township's own staff trained or examined is its cadres' study
    ("township", "township-pufa", "分两批为镇机关干部和各村“两委”班子举办法律知识培训，覆盖160余人次。", True),
    ("township", "township-pufa", "组织镇村干部和村“两委”成员参加法律知识培训2期，培训180人次。", True),
    ("township", "township-pufa", "面向各村党支部书记、村委会主任开展《村民委员会组织法》专题辅导2场。", True),
    ("township", "township-pufa", "组织镇机关干部参加法律知识考试，参考率100%。", False),
    ("township", "township-pufa", "组织镇机关干部参加法律知识培训2期，培训60人次。", False),
    # all staff watching a film on 习近平法治思想 is their viewing, not the leading body's study of it
    ("department", "xi-thought", "组织全市教育系统干部职工收看习近平法治思想专题片。", False),
    ("county_gov", "xi-thought", "组织全县党员干部集中观看习近平法治思想系列纪录片。", False),
    ("department", "xi-thought", "局党组理论学习中心组集中收看习近平法治思想专题片并开展研讨2次。", True),
]


@pytest.mark.parametrize(("checklist", "item", "measure", "covered"), CASES)
def test_item_covered(checklist: str, item: str, measure: str, covered: bool) -> None:
    text = REPORT.format(measures="（一）工作开展情况。" + measure, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(checklist), year=2023).items[item]
    assert (got.status == "covered") is covered, (measure, got.status, got.evidence)
    if covered:
        assert got.evidence is not None and measure[:8] in got.evidence, got.evidence
