"""The duties part folded by the own head's acts among the measures (never missing), and not by others' acts: a government's own heads, its leading body's meetings on law, a report naming itself only in its first sentence, a section's or grassroots head."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.kinds import HEAD, STANDARD, STANDARD_TAIL, statuses


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
        # the head given his post in a group on law whose name does not say so (工作领导小组), alone or in a series
        # (……为组长，局长为副组长，……为成员): no act covers an item, but he heads the work — folded, a fallback, never
        # missing (review12: a series' post read as given turned a report's folded part into a false missing-part error)
        "加强执法队伍建设，成立以局党组书记为组长，局长为副组长，各股室负责人为成员的工作领导小组。",
        "成立以局长为组长的工作领导小组，统筹推进依法行政。",
    ],
)
def test_the_own_heads_act_among_the_measures_folds_the_duties_part(act: str) -> None:
    assert statuses(HEAD + STANDARD.format(act) + STANDARD_TAIL)["duties"] == "folded", act


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
        # a post given in a group on another field, or to a deputy: no sign of the head's duty on law
        ("成立以局长为组长的安全生产工作领导小组。", "missing"),
        ("成立以分管副局长为组长的依法行政工作小组。", "missing"),
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
    assert statuses(HEAD + STANDARD.format(act) + STANDARD_TAIL)["duties"] == want, act


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
    assert statuses(text, "county_gov")["duties"] == "folded", act


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
    assert statuses(text, "county_gov")["duties"] == "missing", act


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
    assert statuses(opening + STANDARD.format(act) + STANDARD_TAIL, "county_gov")["duties"] == want, act


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
    assert statuses(HEAD + STANDARD.format(act) + STANDARD_TAIL)["duties"] == "missing", act


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
    assert statuses(text, kind)["duties"] == want, act
