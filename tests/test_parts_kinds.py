"""Part statuses as a reviewer reads a report, by kind of layout: numbered themed sections are the
measures, the own head acting is the duties part folded (never missing), a measure that names
problems is no shortcomings part, a themed heading that names problems is a measure."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青山县自然资源局2023年法治政府建设情况报告\n"
OPENING = "2023年，我局在县委、县政府的坚强领导下，深入推进法治政府建设，全面提升依法行政水平，现将有关情况报告如下：\n"
SECTIONS = (
    "一、坚持党的领导，强化组织保障，局党组召开会议4次专题研究法治政府建设，制定年度工作要点，明确重点任务18项。\n"
    "二、坚持依法决策，规范权力运行，全年审查合同32份，法律顾问参与重大行政决策5件，制发规范性文件2件。\n"
    "三、坚持严格执法，提升执法水平，全年办理行政处罚案件126件，评查案卷40卷，开展执法检查60次。\n"
)
SHORTCOMINGS = "四、存在的不足和原因\n执法人员专业能力不足，主要原因是培训不够。\n"
DUTIES = "五、党政主要负责人履行推进法治建设第一责任人职责的情况\n局长主持召开局务会议3次，带头学法6次，年终述法。\n"
PLAN = "六、2024年工作打算\n一是加强执法培训，全年培训4期；二是开展案卷评查2次。\n"
STANDARD = (
    "一、2023年度推进法治政府建设的主要举措和成效\n（一）加强组织领导。{}\n（二）规范执法。全年办理行政处罚案件40件。\n"
)
STANDARD_TAIL = (
    "二、2023年度推进法治政府建设存在的不足和原因\n部分执法人员法治意识不强，主要原因是培训不够。\n"
    "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制；二是推进综合行政执法改革。\n"
)


def _parts(text: str, kind: str = "department") -> dict[str, str]:
    res = check(read_text(text), checklists.load(kind), year=2023)
    return {pid: pr.status for pid, pr in res.parts.items()}


@pytest.mark.parametrize(
    ("kind", "text", "want"),
    [
        (
            "numbered themed sections too long for headings, then headed parts: the sections are the measures",
            HEAD + OPENING + SECTIONS + SHORTCOMINGS + DUTIES + PLAN,
            {"measures": "present", "shortcomings": "present", "duties": "present", "plan": "present"},
        ),
        (
            # the 局党组's counted meetings on 法治 are meetings its head chairs: the duties part folded there, not
            # missing (a reviewer of a dev set: "at most folded"; a missing-part error on it is false)
            "a report of numbered themed sections only: the measures present, the duties folded, the rest missing",
            HEAD + OPENING + SECTIONS,
            {"measures": "present", "shortcomings": "missing", "duties": "folded", "plan": "missing"},
        ),
        (
            "a report of numbered themed sections only, no meeting of its own leading body: the duties missing",
            HEAD + OPENING + SECTIONS.replace("局党组召开会议4次专题研究法治政府建设", "局党组高度重视法治建设"),
            {"measures": "present", "shortcomings": "missing", "duties": "missing", "plan": "missing"},
        ),
        (
            "a numbered section that names a part by its first clause is that part",
            HEAD + OPENING + SECTIONS + "四、存在的问题：执法人员专业能力不足，主要原因是培训不够。\n" + DUTIES + PLAN,
            {"measures": "present", "shortcomings": "present", "duties": "present", "plan": "present"},
        ),
        (
            # one numbered paragraph is no run of sections, but it reports acts after the cover sentence: the
            # measures written without their heading (coverend; a blind set's reviewer: present, not folded)
            "one numbered paragraph after the cover that reports acts: the measures present",
            HEAD
            + OPENING
            + SECTIONS.split("。")[0]
            + "，局长带头学法6次，全局干部集中学法12次。\n"
            + SHORTCOMINGS
            + DUTIES
            + PLAN,
            {"measures": "present"},
        ),
        (
            "一是、二是 paragraphs after the cover are a list, no sections, yet they report acts: the measures present",
            HEAD + OPENING + "一是坚持党的领导，压实法治建设责任。全年办理行政复议案件33件。\n"
            "二是深化放管服改革。全年办理行政许可事项1200件，按时办结率100%。\n" + SHORTCOMINGS + DUTIES + PLAN,
            {"measures": "present"},
        ),
        (
            "themed headings that name problems to solve are measures, before the shortcomings' own heading",
            HEAD
            + "一、坚持问题导向，着力解决执法中存在的突出问题\n全年办理行政处罚案件126件。\n"
            + "二、补齐基层薄弱环节，提升执法水平\n培训执法人员120人次。\n"
            + SHORTCOMINGS
            + DUTIES
            + PLAN,
            {"measures": "present", "shortcomings": "present"},
        ),
        (
            "a heading naming a later part, a themed heading and that part's own heading: the first is a theme",
            HEAD
            + "一、立足存在的短板，强化执法监督\n全年办理行政处罚案件126件。\n"
            + "二、坚持依法决策，规范权力运行\n审查合同32份。\n"
            + SHORTCOMINGS
            + DUTIES
            + PLAN,
            {"measures": "present", "shortcomings": "present"},
        ),
        (
            "a first heading that names work's ideas (工作思路) with themed headings after it is a measure, not the plan",
            HEAD
            + "一、明确工作思路，强化组织保障\n局党组召开会议4次专题研究法治政府建设。\n"
            + "二、坚持依法决策，规范权力运行\n审查合同32份。\n"
            + SHORTCOMINGS
            + DUTIES
            + "2024年，我局将加强执法培训，全年培训4期，开展案卷评查2次。\n",
            {"measures": "present", "plan": "present"},
        ),
        (
            "the own head acting in the opening is the duties part folded, not missing",
            HEAD
            + "2023年，局党组书记、局长主持召开党组会议4次研究部署法治政府建设，现将有关情况报告如下：\n"
            + STANDARD.format("制定年度工作要点。")
            + STANDARD_TAIL,
            {"duties": "folded"},
        ),
        (
            "a measure that names problems as a meeting's topic is no shortcomings part",
            HEAD
            + STANDARD.format("局党组专题研究法治政府建设中存在的突出问题，分析研判执法工作中存在的问题。")
            + "二、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n局长带头学法6次。\n"
            + "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n",
            {"shortcomings": "missing"},
        ),
        (
            "problems found in the firms a unit checks are no shortcomings of its own",
            HEAD
            + STANDARD.format("经执法检查，3家企业存在违规问题，均已立案查处；对存在问题的12家企业下达整改通知书。")
            + "二、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n局长带头学法6次。\n"
            + "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n",
            {"shortcomings": "missing"},
        ),
        (
            "a measure's paragraph on problems handled (针对……存在的问题，整改) opens no unheaded shortcomings part",
            HEAD
            + STANDARD.format("局党组召开会议4次。")
            + "针对执法中还存在的问题，局党组研究制定整改方案，整改问题15个。\n"
            + "同时，针对群众反映存在的突出问题，开展专项整治行动3次。\n"
            + "二、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n局长带头学法6次。\n"
            + "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n",
            {"shortcomings": "missing"},
        ),
        (
            "对照……还存在……差距 in one clause states the unit's shortfalls (a predicate): the shortcomings part",
            HEAD
            + STANDARD.format("局党组召开会议4次。")
            + "对照上级要求我局法治政府建设还存在一定差距，主要表现在：执法人员不足，原因是编制紧张。\n"
            + "二、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n局长带头学法6次。\n"
            + "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n",
            {"shortcomings": "present"},
        ),
        (
            "an unheaded paragraph that names the unit's own shortfalls is the shortcomings part",
            HEAD
            + STANDARD.format("局党组召开会议4次。")
            + "对照新要求，我局法治政府建设还存在一些差距，主要表现在：执法人员不足，原因是编制紧张。\n"
            + "二、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n局长带头学法6次。\n"
            + "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n",
            {"shortcomings": "present"},
        ),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_part_status_by_layout(kind: str, text: str, want: dict[str, str]) -> None:
    got = _parts(text)
    assert {p: got[p] for p in want} == want, kind


@pytest.mark.parametrize(
    "act",
    [
        "局主要负责同志对法治政府建设作出批示3次。",
        "局长出庭应诉2次。",
        "局长亲自审签重大执法决定12件。",
        "局长带队开展执法检查6次。",
        "局长主持召开局务会议，审议规范性文件5件。",
        "主要负责人率先垂范，全年参加学法活动12次。",
        "党组书记、局长分别在党组会、局务会上作法治专题讲话。",
        "局党组书记、局长先后研究行政执法监督工作11次。",
        "主要领导多次过问行政复议案件办理。",
        "局长带头旁听庭审1次。",
        "局长讲授宪法专题党课。",
        "局长带头学习《行政处罚法》。",
        "局主要领导带头讲法。",
        "成立以党组书记、局长为双组长的法治政府建设领导小组，全年召开领导小组会议3次。",
        "成立由局党组书记、局长任双组长的依法行政工作领导小组。",
        "局党组书记、局长任法治政府建设领导小组双组长，全年召开领导小组会议3次。",
        # the head leads the rule-of-law work himself (主抓), hears its reports (听……汇报), chairs a group
        # whose deputies and members are listed before its name
        "明确由局党组书记主抓法治工作，各股室负责人具体落实。",
        "将法治建设列入书记专题会议程，每季度听一次法治工作汇报。",
        "局长每半年听一次依法行政工作汇报，及时解决难点问题。",
        "重新组建由局长担任组长、分管副局长任常务副组长、各股室负责人为成员的法治政府建设工作领导小组，小组定期研判重大问题。",
        "明确局党组书记牵头抓总法治建设工作，各股室具体落实。",
        "局党组书记、局长定期研判法治建设重大问题。",
        # the head chairs a task force of another name (工作专班), jointly with the head of government: the
        # duties items cover 写明主要负责人本人 with it, so the part is folded, never missing (a blind set's false error)
        "组建由局党组书记和局长共任组长，分管副局长具体负责，各股室参与的工作专班，统筹推进依法行政。",
        "组建局党组书记、局长共同担任组长的法治工作专班，全年召开专班会议4次。",
    ],
)
def test_the_own_heads_act_among_the_measures_folds_the_duties_part(act: str) -> None:
    assert _parts(HEAD + STANDARD.format(act) + STANDARD_TAIL)["duties"] == "folded", act


@pytest.mark.parametrize(
    ("act", "want"),
    [
        # the own leading body's counted (or 专题, 定期) meetings and 中心组 study on 法治: the meetings its head chairs,
        # the part folded there; others' bodies (各乡镇党委), a stance, a meeting on another field fold nothing
        ("局党组专题研究依法行政工作2次，解决执法难题5个。", "folded"),
        ("全年召开党组会议3次，专题听取法治政府建设工作汇报。", "folded"),
        ("围绕依法行政、行政复议等工作召开党组会议5次。", "folded"),
        ("局党组理论学习中心组集中学习《行政复议法》等法律6次。", "folded"),
        ("督促各乡镇党委专题研究法治建设工作12次。", "missing"),
        ("局党组高度重视法治建设，将其列入年度工作要点。", "missing"),
        ("局党组专题研究安全生产工作4次。", "missing"),
        # a document's title hides no meeting after it; a superior's committee (a department's 县委) is not its own
        (
            "将宪法学习列入《2023年度局党组理论学习中心组学习计划》，局党组理论学习中心组集中学习宪法5次。",
            "folded",
        ),
        ("县委常委会专题研究法治建设工作3次。", "missing"),
        # another unit's leading body, or one the unit makes act (推动, 指导), is not its own (review6 entry 6)
        ("推动全县38个下属单位党组专题研究法治建设工作，实现全覆盖。", "missing"),
        ("局属事业单位党组全年专题研究法治建设工作15次。", "missing"),
        ("县司法局党组专题研究法治政府建设工作3次。", "missing"),
        ("指导青禾镇党委专题研究法治建设工作，打造法治示范镇。", "missing"),
        # the unit's kind alone after a verb or a time is the unit itself
        ("全年局党组专题学习宪法、部署法治建设工作4场次。", "folded"),
        # the duty named only in a document's title, a 述法 system carried out for heads of a kind, a 述法 with no
        # one named: organised for others, not the head's own act
        ("印发《青山县自然资源局主要负责人履行推进法治建设第一责任人职责清单》，细化任务20项。", "missing"),
        ("严格落实党政主要负责人年度述法制度，全县12个乡镇主要负责人现场述法。", "missing"),
        ("全面落实年终述法工作，完成述法评议。", "missing"),
    ],
)
def test_the_own_leading_bodys_meetings_on_law_fold_the_duties_part(act: str, want: str) -> None:
    assert _parts(HEAD + STANDARD.format(act) + STANDARD_TAIL)["duties"] == want, act


def test_the_heads_own_act_stands_before_the_leading_bodys_meeting() -> None:
    """A folded part is quoted where the head acts, though the leading body's meeting comes first."""
    act = "局党组专题研究法治建设工作3次。局长带头学法6次，年终述法。"
    res = check(read_text(HEAD + STANDARD.format(act) + STANDARD_TAIL), checklists.load("department"), year=2023)
    assert res.parts["duties"].status == "folded"
    assert res.parts["duties"].quote.startswith("局长带头学法"), res.parts["duties"].quote


@pytest.mark.parametrize(
    ("title", "act"),
    [
        # a city's own 市委书记/市长 are its own heads, for the part finder as for the items (a reviewer found the
        # city's report given a false missing-part error while its items quoted this very sentence)
        (
            "青州市人民政府",
            "组建由市委书记和市长共任组长，分管副市长具体负责的工作专班，适时召开市政府常务会议研判法治建设的新情况新任务。",
        ),
        ("青州市人民政府", "市长主持召开市政府常务会议4次，专题研究法治政府建设。"),
        ("青禾县人民政府", "县委常委会专题研究法治建设工作3次。"),
        ("青禾县人民政府", "县政府党组专题研究法治政府建设工作3次。"),
        (
            "青禾县人民政府",
            "组建由县委书记和县长共任组长，分管副县长具体负责的工作专班，适时召开县政府常务会议研判法治建设的新情况新任务。",
        ),
    ],
)
def test_a_governments_own_heads_fold_its_duties_part(title: str, act: str) -> None:
    text = f"{title}2023年法治政府建设情况报告\n" + STANDARD.format(act) + STANDARD_TAIL
    assert _parts(text, "county_gov")["duties"] == "folded", act


@pytest.mark.parametrize(
    "act",
    [
        # another unit's leading body or one the county makes act: the county's true missing-part error stays
        "推动全县38个县直部门党组专题研究法治建设工作，实现全覆盖。",
        "县直部门党组全年专题研究法治建设工作156次。",
        "县司法局党组专题研究法治政府建设工作3次。",
        "指导青禾镇党委专题研究法治建设工作，打造法治示范镇。",
        # any Party organisation (党组织) is no unit's 党组; a named body of another kind is another unit's (review6 9)
        "全县312个村级党组织专题学习宪法和民法典。",
        "两新党组织专题学习民法典156次。",
        "县人大常委会党组专题研究法治工作3次。",
    ],
)
def test_other_units_leading_bodies_fold_no_governments_duties_part(act: str) -> None:
    text = "青禾县人民政府2023年法治政府建设情况报告\n" + STANDARD.format(act) + STANDARD_TAIL
    assert _parts(text, "county_gov")["duties"] == "missing", act


@pytest.mark.parametrize(
    ("subject", "act", "want"),
    [
        # a report with no title names itself only as its first sentence's subject: a city's 市委、市政府 heads are
        # then its own (a dev set's false missing-part error), a county's 市委 heads still a superior's
        ("州政府", "州委、州政府主要负责同志多次主持召开州委常委会会议专题研究法治工作。", "folded"),
        ("我县", "县委、县政府主要负责同志主持召开常务会议3次，专题研究法治政府建设。", "folded"),
        ("县政府", "市委、市政府主要负责同志主持召开会议专题研究法治工作。", "missing"),
    ],
)
def test_a_report_naming_itself_only_in_its_first_sentence_has_that_levels_heads(
    subject: str, act: str, want: str
) -> None:
    opening = f"2023年，{subject}坚持依法行政，深入推进法治政府建设，现将有关情况报告如下：\n"
    assert _parts(opening + STANDARD.format(act) + STANDARD_TAIL, "county_gov")["duties"] == want, act


@pytest.mark.parametrize(
    "act",
    [
        "副局长主持召开会议研究行政执法工作。",
        "局长办公会审议规范性文件3件。",
        "开通局长信箱，受理群众法律咨询120件。",
        "听取5个下属单位主要负责人述法。",
        "坚持以习近平总书记关于全面依法治国的重要论述为指导，推进法治建设。",
        "局长带队赴乡镇调研乡村振兴工作。",
        "局长带队参加全市经济工作会议。",
        "开展述法评议，组织12个下属单位主要负责人述法。",
        "组织开展党政主要负责人年终述法工作，共有16名主要负责人述法。",
        "组织股室负责人在局务会议上述法12人次。",
        "明确由分管副局长主抓法治工作。",
        "分管副局长定期研判法治建设问题。",
        "局长每周听一次招商引资工作汇报。",
        # others' heads in a task force, a group's chair of another field
        "组建由分管副局长任组长、各股室负责人参与的工作专班。",
        "组建由局长任组长的疫情防控工作专班，全年召开专班会议4次。",
    ],
)
def test_others_acts_and_a_heads_name_alone_leave_the_duties_part_missing(act: str) -> None:
    assert _parts(HEAD + STANDARD.format(act) + STANDARD_TAIL)["duties"] == "missing", act


@pytest.mark.parametrize(
    ("head", "kind", "act", "want"),
    [
        ("青禾县交通运输局", "department", "局办公室主任带队开展普法宣传进社区活动3次。", "missing"),
        ("青禾县交通运输局", "department", "执法大队主任带队开展执法检查12次。", "missing"),
        ("青禾县城关街道办事处", "township", "社区主任带队开展普法宣传进小区活动3次。", "missing"),
        ("青禾县城关镇人民政府", "township", "村党支部书记带队开展普法宣传活动3次。", "missing"),
        ("青禾县城关镇人民政府", "township", "镇党委书记主持召开会议专题研究法治建设工作2次。", "folded"),
        ("青禾县交通运输局", "department", "局党组书记带头学法4次。", "folded"),
        ("青禾县城关镇人民政府", "township", "镇政府办公室主任带队开展普法宣传活动3次。", "missing"),
        # a 政府办公室's own head is its 办公室主任, written bare
        ("青禾县人民政府办公室", "department", "办公室主任主持会前学法8次，听取法治工作汇报3次。", "folded"),
    ],
)
def test_a_section_or_grassroots_head_folds_no_duties_part(head: str, kind: str, act: str, want: str) -> None:
    """主任 and 书记 after a section's or a grassroots body's name (局办公室主任, 社区主任, 村党支部书记)
    are not the unit's own head: their act folds nothing, and the part stays missing."""
    text = f"{head}2023年法治政府建设情况报告\n" + STANDARD.format(act) + STANDARD_TAIL
    assert _parts(text, kind)["duties"] == want, act


def test_a_part_folded_into_the_opening_is_said_to_stand_there() -> None:
    """The folded-part finding says where the part is written: in the opening, not "散见于其他部分"."""
    text = (
        HEAD
        + "2023年，局党组书记、局长主持召开党组会议4次研究部署法治政府建设，现将有关情况报告如下：\n"
        + STANDARD.format("制定年度工作要点。")
        + STANDARD_TAIL
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    folded = [f for f in res.findings if f.rule == "folded-part" and f.part == "duties"]
    assert len(folded) == 1 and "只在报告开头的段落中有所涉及" in folded[0].message, [f.message for f in folded]


def test_a_themed_heading_on_work_ideas_names_no_plan() -> None:
    """ "二、理清工作思路，强化组织保障" among the measures is a theme: the plan is the plan's own heading."""
    text = (
        HEAD
        + "一、坚持依法决策，规范权力运行\n审查合同32份。\n"
        + "二、理清工作思路，强化组织保障\n局党组召开会议4次专题研究法治政府建设。\n"
        + SHORTCOMINGS
        + DUTIES
        + PLAN
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["plan"].heading == "六、2024年工作打算", res.parts["plan"].heading


NEWSPAPER = (
    "青山县2023年法治政府建设情况报告\n"
    "2023年，青山县在市委、市政府的坚强领导下，深入推进法治政府建设，现将有关情况报告如下。\n"
    "坚持党的领导，压实法治建设责任。一年来，县政府常务会议专题研究法治政府建设工作6次，将法治建设纳入全县目标考核。\n"
    "坚持依法决策，规范权力运行。全年县政府法律顾问审查重大合同86份，重大行政决策事项全部履行合法性审查程序。\n"
    "坚持严格执法，提升执法质效。全年办理行政处罚案件1260件，组织行政执法案卷评查2次，评查案卷320卷。\n"
    "同时，我们也清醒地看到，法治政府建设还存在一些不足：部分执法人员能力不强，主要原因是培训不够。\n"
    "2024年，我县将深入学习贯彻习近平法治思想，继续推进法治政府建设。\n"
)


def test_a_copy_that_lost_its_numbering_keeps_its_themed_paragraphs_as_the_measures() -> None:
    """A newspaper's copy: themed run-in paragraphs (坚持……，……。一年来，……) without 一、二、 are the measures
    part present (it was folded into the opening), the unheaded parts after them still their own, and the
    items the paragraphs report are covered in their part."""
    res = check(read_text(NEWSPAPER), checklists.load("county_gov"), year=2023)
    got = {p: res.parts[p].status for p in ("measures", "shortcomings", "plan")}
    assert got == {"measures": "present", "shortcomings": "present", "plan": "present"}, got
    for item in ("law-enforcement", "major-decisions", "leadership"):
        assert res.items[item].status == "covered" and res.items[item].elsewhere is None, item


def test_one_themed_paragraph_of_acts_after_the_opening_is_the_measures() -> None:
    """One paragraph opening with a short theme is no run of sections, but one that reports acts after the opening,
    with no section of measures anywhere, is the measures written without their heading (coverend), not the opening."""
    text = "\n".join(NEWSPAPER.replace("，现将有关情况报告如下", "").split("\n")[:3]) + "\n"
    res = check(read_text(text), checklists.load("county_gov"), year=2023)
    assert res.parts["measures"].status == "present", res.parts["measures"].status
    assert res.parts["measures"].line == 3


def test_a_stance_after_the_opening_is_no_measures() -> None:
    """A second paragraph of stances alone (no figure, no act done) after an opening with no cover sentence is the
    opening's: no measures part present."""
    text = (
        "青山县2023年法治政府建设情况报告\n2023年，青山县在市委、市政府的坚强领导下，深入推进法治政府建设。\n"
        "坚持党的领导，压实法治建设责任。全县上下牢固树立法治意识，依法行政水平不断提升。\n"
    )
    res = check(read_text(text), checklists.load("county_gov"), year=2023)
    assert res.parts["measures"].status != "present", res.parts["measures"].status


def test_a_copy_that_lost_its_numbering_of_one_phrase_themes_keeps_its_measures() -> None:
    """Three run-in titles of one phrase each ("强化组织领导。县政府……") are sections of measures too."""
    lines = NEWSPAPER.split("\n")
    themes = ("强化组织领导。", "规范科学决策。", "严格规范执法。")
    body = [t + line.split("。", 1)[1] for t, line in zip(themes, lines[2:5], strict=True)]
    res = check(read_text("\n".join(lines[:2] + body + lines[5:])), checklists.load("county_gov"), year=2023)
    assert res.parts["measures"].status == "present", res.parts["measures"].status


def test_a_title_over_others_heads_statement_folds_nothing() -> None:
    """A run-in title that names 述法 ("三是念好“述法”责任经。") over a sentence on others' heads (各镇、各部门的
    第一责任人 made to 述法) is no duties content of this unit's head: the part is folded where the head acts."""
    others = "三是压实述法责任。把各乡镇、各部门的法治建设第一责任人一律列为述法对象，全年组织述法42人。"
    own = "局长主持召开局党组会议4次，专题研究法治政府建设。"  # a 局's own head (its 县长 is a superior)
    text = HEAD + STANDARD.format(others) + STANDARD_TAIL
    assert _parts(text)["duties"] == "missing"
    text = HEAD + STANDARD.format(others + own) + STANDARD_TAIL
    res = check(read_text(text), checklists.load("department"), year=2023)
    folded = [f for f in res.findings if f.rule == "folded-part" and f.part == "duties"]
    assert len(folded) == 1 and folded[0].quote is not None and folded[0].quote.startswith("局长"), folded


TOC_HEAD = (
    "青山市农业局2023年法治政府建设情况报告\n"
    "现将市农业局2023年法治建设情况予以公开发布。本报告分为四部分：主要举措和成效；党政主要负责人履行推进法治"
    "建设第一责任人职责情况；不足和原因；下一年工作安排。\n"
)


def _part_findings(text: str) -> list[str]:
    res = check(read_text(text), checklists.load("department"), year=2023)
    return [f"{f.rule}:{f.part}" for f in res.findings if f.rule in ("missing-part", "folded-part")]


def test_the_reports_table_of_contents_folds_nothing_and_its_parts_are_not_missing() -> None:
    """A page's preface that lists the report's parts (本报告分为四部分：……) names them, it is none of
    them: the duties part is not folded into it, and a part it names is in the report (a copy broke off
    before it), so none is reported missing — nor folded where a measure names the head acting: the part
    the contents promise follows the cut (a dev set's reviewer: such a folded-part is wrong)."""
    cut = TOC_HEAD + "一、主要举措和成效\n（一）规范执法。全年办理行政处罚案件40件。\n"
    assert _part_findings(cut) == []
    with_head = TOC_HEAD + "一、主要举措和成效\n（一）加强领导。局长主持召开专题会议3次，研究法治政府建设。\n"
    assert _part_findings(with_head) == []
    ended = with_head + "青山市农业局\n2024年3月1日\n"  # a report that ends: the part is only folded
    assert "folded-part:duties" in _part_findings(ended)


def test_a_part_the_contents_name_is_missing_from_a_report_that_ends_or_has_a_later_part() -> None:
    """A table of contents promises its parts only where the copy broke off before the last of them: a
    report that ends (署名 and date after its body) without the duties part misses it, and so does a cut
    copy that has the parts named after it."""
    body = (
        "一、主要举措和成效\n（一）规范执法。全年办理行政处罚案件40件。\n二、存在的不足和原因\n执法人员业务能力有待"
        "提高，原因是培训不够。\n三、下一年工作安排\n继续加强行政执法监督。\n"
    )
    cut = TOC_HEAD + body
    assert _part_findings(cut) == ["missing-part:duties"]
    ended = TOC_HEAD + "一、主要举措和成效\n（一）规范执法。全年办理行政处罚案件40件。\n青山市农业局\n2024年1月10日\n"
    assert _part_findings(ended) == ["missing-part:shortcomings", "missing-part:duties", "missing-part:plan"]


def test_a_sentence_on_three_parts_words_without_counting_them_is_no_table_of_contents() -> None:
    """举措、不足、安排 named in a measure's sentence without 部分 is no table of contents: the parts
    missing are still reported."""
    text = (
        HEAD
        + "一、2023年度推进法治政府建设的主要举措和成效\n（一）加强整改。针对存在的不足，研究整改举措，"
        + "作出下一步工作安排。全年办理行政处罚案件40件。\n"
    )
    assert "missing-part:shortcomings" in _part_findings(text)


def test_the_duty_named_in_the_preambles_formula_is_not_where_the_part_is_folded() -> None:
    """The report's first sentence, a stance that names the duty in its formula (……认真履行推进法治建设第一
    责任人职责，围绕……等重点，……) with no head, is not where the duties part is written: a later sentence
    where the head acts is. With no such sentence, the preamble folds nothing: a stance, no duty done (the
    reviewers of two dev sets called such a fold wrong)."""
    preamble = (
        "2023年，省交通运输厅以习近平法治思想为指导，认真履行推进法治建设第一责任人职责，围绕依法行政、规范执法"
        "等重点，扎实推进法治政府建设。\n"
    )
    act = "厅主要负责同志主持召开厅党组会议4次，专题研究法治政府建设。"
    text = "青山省交通运输厅2023年法治政府建设情况报告\n" + preamble + STANDARD.format(act) + STANDARD_TAIL
    res = check(read_text(text), checklists.load("department"), year=2023)
    folded = [f for f in res.findings if f.rule == "folded-part" and f.part == "duties"]
    assert len(folded) == 1 and folded[0].quote is not None and folded[0].quote.startswith("厅主要负责同志"), folded
    alone = (
        "青山省交通运输厅2023年法治政府建设情况报告\n"
        + preamble
        + STANDARD.format("制定年度工作要点。")
        + STANDARD_TAIL
    )
    assert _parts(alone)["duties"] == "missing"


def test_the_head_acting_later_in_the_preambles_paragraph_folds_the_part_there() -> None:
    """The preamble's formula and the head's act in one paragraph: the part is folded at the act, in that
    paragraph (the paragraph stays the part's, so its sentences still report items)."""
    opening = (
        "2023年，省交通运输厅以习近平法治思想为指导，认真履行推进法治建设第一责任人职责，扎实推进法治政府建设。"
        "厅主要负责同志主持召开厅党组会议4次，专题研究法治政府建设。\n"
    )
    text = (
        "青山省交通运输厅2023年法治政府建设情况报告\n" + opening + STANDARD.format("制定年度工作要点。") + STANDARD_TAIL
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    folded = [f for f in res.findings if f.rule == "folded-part" and f.part == "duties"]
    assert len(folded) == 1 and folded[0].quote is not None and folded[0].quote.startswith("厅主要负责同志"), folded


@pytest.mark.parametrize(
    "remark",
    [
        "针对上述问题，2024年我局将加强执法人员培训，完善考核机制。",
        "为此，下一步我局将加强专业人员培训，完善考核机制。",
    ],
)
def test_a_remedy_closing_the_shortcomings_leaves_the_headed_plan_its_own(remark: str) -> None:
    """A part its own heading names is found by it: a remedy paragraph closing the shortcomings (a reviewer
    found it taken as the plan's start, with a false part-order info) stays the shortcomings' remark."""
    text = (
        HEAD
        + "一、2023年度推进法治政府建设的主要举措和成效\n全年办理行政处罚案件40件。\n"
        + f"二、2023年度推进法治政府建设存在的不足和原因\n部分执法人员法治意识不强，主要原因是培训不够。\n{remark}\n"
        + "三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持召开党组会议4次专题研究法治工作。\n"
        + "在新的一年里，局长将继续带头履行第一责任人职责，带头学法。\n"
        + "四、2024年度推进法治政府建设的主要安排\n一是完善规范性文件审核机制；二是推进综合行政执法改革。\n"
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["plan"].heading == "四、2024年度推进法治政府建设的主要安排"
    assert not [f for f in res.findings if f.rule == "part-order"]
