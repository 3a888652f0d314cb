"""Part statuses as a reviewer reads a report, by kind of layout: numbered themed sections are the
measures, the own head acting is the duties part folded (never missing), a measure that names
problems is no shortcomings part, a themed heading that names problems is a measure."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.kinds import DUTIES, HEAD, OPENING, PLAN, SECTIONS, SHORTCOMINGS, STANDARD, STANDARD_TAIL, statuses


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
    got = statuses(text)
    assert {p: got[p] for p in want} == want, kind


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
    assert statuses(text)["duties"] == "missing"
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
    assert statuses(alone)["duties"] == "missing"


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
