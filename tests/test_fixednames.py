"""Fixed names bent a little: cited titles and fixed terms found by nearness, traditional reports on their simplified view."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drafter import checklists
from drafter.checklist_model import Wording
from drafter.checks import Finding, check
from drafter.checks.fixednames import bent_titles, distance, key
from drafter.checks.fixedterms import bent_terms
from drafter.checks.titleyears import bent_years
from drafter.readers.txt import read_text

HEAD = "青山县司法局2023年度法治政府建设情况报告\n一、2023年度推进法治政府建设的主要举措和成效\n"


def _wording(body: str, year: int = 2023) -> list[Finding]:
    doc = read_text(HEAD + body)
    return [f for f in check(doc, checklists.load("department"), year=year).findings if f.rule == "wording"]


def test_distance_counts_edits_and_stops_past_the_limit() -> None:
    assert distance("法治政府实施纲要", "法治政府建设实施纲要", 3) == 2
    assert distance("督查", "督察", 1) == 1
    assert distance("甲乙丙丁", "戊己庚辛", 2) == 3  # more than the limit: limit + 1
    assert distance("推进法治建设“第一责任人”职责", "推进法治建设第一责任人职责", 0, "“”") == 0


def test_key_sets_brackets_dashes_and_year_forms_aside() -> None:
    want = "法治政府建设实施纲要2021-2025"
    for written in (
        "法治政府建设实施纲要（2021—2025年）",
        "法治政府建设实施纲要(2021-2025)",
        "法治政府建设实施纲要(20212025年)",
    ):
        assert key(written) == want
    assert key("中华人民共和国行政复议法实施条例") == "行政复议法实施条例"


@pytest.mark.parametrize(
    ("cited", "right"),
    [
        ("《习近平坚持全面依法治国》", "论坚持全面依法治国"),
        ("<法治政府实施纲要(2021-2025)>", "法治政府建设实施纲要（2021—2025年）"),
        (
            "《党政主要负责人履行推进法制建设第一责任人职责规定》",
            "党政主要负责人履行推进法治建设第一责任人职责规定",
        ),
        ("《法治政府建设与责任落实督查工作规定》", "法治政府建设与责任落实督察工作规定"),
        ("《法治政府建设纲要（2021—2025年）》", "法治政府建设实施纲要（2021—2025年）"),
    ],
)
def test_a_bent_title_names_the_right_one(cited: str, right: str) -> None:
    assert [t.name for _, _, t in bent_titles(f"学习{cited}。")] == [right]


@pytest.mark.parametrize(
    "cited",
    [
        "《法治政府建设实施纲要(2021-2025)》",  # only the 年 and the dash: bent_years's business
        "《法治政府建设实施纲要（2015—2020年）》",  # another known title
        "《青山县法治政府建设实施方案（2021—2025年）》",  # a local document
        "《法治政府建设实施方案（2021—2025年）》",  # another kind of document
        "《法治政府建设实施纲要（2022—2025年）》",  # other years: bent_years's business, not the name's
        "《党政主要负责人履行推进法治建设第一责任人职责清单》",
        "《山西省贯彻落实〈法治政府建设实施纲要（2021—2025年）〉的实施方案》",
        "《法治政府建设实施纲要（2021—2025年）》实施方案",
        "《教师法》",  # short names differ from other real names by a character
        "《中国共产党组织工作条例》",
    ],
)
def test_a_right_or_another_title_is_not_bent(cited: str) -> None:
    assert list(bent_titles(f"学习{cited}。")) == []


@pytest.mark.parametrize(
    ("cited", "years", "why"),
    [
        ("《法治政府建设实施纲要（2021—2025）》", "2021—2025", "年份后漏了“年”"),
        ("《法治政府建设实施纲要(2021-2025)》", "2021-2025", "年份后漏了“年”，年份之间用“—”"),
        ("《法治中国建设规划（2020——2025年）》", "2020——2025年", "年份之间用“—”"),
        ("《法治政府建设实施纲要（2021—2015年）》", "2021—2015年", "起止年份有误"),
        ("《法治政府建设实施纲要（2020—2025年）》", "2020—2025年", "起止年份有误"),  # the start of 法治社会
        ("《法治政府建设实施纲要（2021—2035年）》", "2021—2035年", "起止年份有误"),  # the end of another plan
    ],
)
def test_a_known_title_with_its_years_written_otherwise(cited: str, years: str, why: str) -> None:
    text = f"学习{cited}。"
    assert [(text[s:e], w) for s, e, _, w in bent_years(text)] == [(years, why)]


@pytest.mark.parametrize(
    "cited",
    [
        "《法治政府建设实施纲要（2021—2025年）》",
        "《法治政府建设实施纲要(2021—2025年)》",  # half-width brackets: halfwidth-punctuation's
        "《青山县法治政府建设实施方案（2021-2025年）》",  # a local document, written as it is
    ],
)
def test_a_title_with_its_own_years_is_not_bent(cited: str) -> None:
    assert bent_years(f"学习{cited}。") == ()


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("学习《法治政府建设实施纲要（2022—2025年）》。", "2022—2025年"),  # a later start: the central one misdated
        ("落实《法治中国建设规划》（2021—2025年）。", "2021—2025年"),  # the years after the 》 are the name's
        ("对照《法治政府建设实施纲要（2015—2021年）》。", "2015—2021年"),  # an edition's start, another end
        ("贯彻中共中央、国务院印发的《法治政府建设实施纲要（2022—2025年）》。", "2022—2025年"),
    ],
)
def test_a_central_title_misdated_wherever_its_years_stand(text: str, years: str) -> None:
    assert [text[s:e] for s, e, _, _ in bent_years(text)] == [years]


@pytest.mark.parametrize(
    "text",
    [
        "我县制定的《法治政府建设实施纲要（2022—2025年）》已印发实施。",  # the unit's own, its own years
        "县委、县政府印发《法治政府建设实施纲要（2022—2025年）》。",
        "落实《法治中国建设规划》（2020—2025年）。",
    ],
)
def test_the_units_own_plan_with_its_own_years_is_not_misdated(text: str) -> None:
    assert bent_years(text) == ()


def test_a_bent_term_is_found_between_its_ends() -> None:
    text = "主要负责人认真履行推进法治建设责任人职责，严格执行重大执法决定法治审核制度。"
    got = [(text[s:e], t.name) for s, e, t in bent_terms(text)]
    assert got == [
        ("推进法治建设责任人职责", "推进法治建设第一责任人职责"),
        ("重大执法决定法治审核", "重大执法决定法制审核"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "认真履行推进法治建设第一责任人职责。",
        "认真履行推进法治建设“第一责任人”职责。",
        "认真履行推进法治建设第一责任人的职责。",
        "落实推进法治建设第一责任人责任。",
        "严格执行重大行政执法决定法制审核制度。",
    ],
)
def test_a_right_term_is_not_bent(text: str) -> None:
    assert list(bent_terms(text)) == []


def test_a_traditional_report_is_checked_and_quoted_in_its_own_characters() -> None:
    got = _wording("自治區主席認真落實履行推進法治政府建設第一責任人職責規定，嚴格執行重大執法決定法治審核制度。\n")
    assert [f.quote for f in got] == ["推進法治政府建設第一責任人", "重大執法決定法治審核"]
    assert all("“推進" in f.message or "“重大執法" in f.message for f in got)


def test_one_bent_title_is_one_finding() -> None:
    got = _wording("严格落实《党政主要负责人履行推进法制建设第一责任人职责规定》。\n")
    assert len(got) == 1
    assert got[0].message == (
        "请改正“《党政主要负责人履行推进法制建设第一责任人职责规定》”："
        "名称是《党政主要负责人履行推进法治建设第一责任人职责规定》"
    )


def test_a_word_put_into_a_title_is_another_document_but_the_known_garble_stays_one_finding() -> None:
    """A run of two characters put in is another document (关于全面推进基层政务公开工作的意见), not a slip; the
    first-duty rule's known garble (法治政府建设 for 法治建设) is [[names]] data and stays one finding."""
    assert bent_titles("学习《关于全面推进基层政务公开工作的意见》。") == ()
    got = _wording("严格落实《党政主要负责人履行推进法治政府建设第一责任人职责规定》。\n")
    assert [f.quote for f in got] == ["推进法治政府建设第一责任人"]


def test_a_wrong_word_inside_a_bent_name_is_one_finding() -> None:
    got = _wording("主要负责人切实履行推进法制建设第一责任人职责。\n")
    assert [f.quote for f in got] == ["推进法制建设第一责任人职责"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("深入学习习近平治思想。", "习近平治思想"),
        ("深入学习习近平法治思思想。", "习近平法治思思想"),
        ("传达学习中央全面依法治国会议精神。", "中央全面依法治国会议"),
    ],
)
def test_a_term_with_a_character_dropped_or_doubled_is_bent(text: str, quote: str) -> None:
    assert [text[s:e] for s, e, _ in bent_terms(text)] == [quote]


def test_names_dropped_from_a_fixed_name_and_a_notice_cited_as_a_document() -> None:
    got = _wording(
        "局党组持续深入学习法治思想，全面贯彻党的十九大和历届全会精神。"
        "根据《2023年青山县法治政府建设工作要点的通知》，干部职工的法治思想意识明显增强。\n",
        year=2022,
    )
    assert [f.quote for f in got] == ["法治思想", "十九大和历届全会", "2023年青山县法治政府建设工作要点的通知"]


def test_a_title_with_its_issuer_before_it_is_compared_without_it() -> None:
    cited = "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法治审核制度的指导意见》"
    assert [t.name for _, _, t in bent_titles(cited)] == [
        "关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见"
    ]
    assert list(bent_titles("《中共中央办公厅 国务院办公厅关于加强社会主义法治文化建设的意见》")) == []


def test_a_term_near_a_right_name_of_its_own_is_not_bent() -> None:
    assert list(bent_terms("学习习近平新时代中国特色社会主义经济思想。")) == []
    assert [t.name for _, _, t in bent_terms("学习习近平新时代中国特色社会主意思想。")] == [
        "习近平新时代中国特色社会主义思想"
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("坚持以法治思想为指导，推进法治政府建设。", "法治思想"),
        ("深入学习习近平法制思想。", "习近平法制思想"),
        ("贯彻党的二十大三中全会精神。", "二十大三中全会"),
        ("坚持以习近平法治思想为指导，增强法治思想意识。", None),
    ],
)
def test_fixed_names_written_wrong(text: str, quote: str | None) -> None:
    assert [f.quote for f in _wording(text + "\n")] == ([quote] if quote else [])


def test_a_known_title_cited_without_its_brackets_has_its_years_checked() -> None:
    """落实法治政府建设实施纲要（2020—2025年）: the name is known, the years are another plan's."""
    text = "认真贯彻落实法治政府建设实施纲要（2020—2025年），学习《民法典》。"
    assert [(text[s:e], w) for s, e, _, w in bent_years(text)] == [("2020—2025年", "起止年份有误")]
    assert list(bent_years("认真贯彻落实法治政府建设实施纲要（2021—2025年）。")) == []


@pytest.mark.parametrize(
    "cited",
    [
        "《党政主要负责人履行推进第一责任人职责规定》",  # 法治建设 dropped: four characters, past near-title
        "《党政主要负责人履行第一责任人职责规定》",  # 推进法治建设 dropped
        "〈党政主要负责人履行推进依法行政第一责任人职责规定〉",  # another field put in
    ],
)
def test_the_first_duty_rule_garbled_in_any_way_is_one_finding(cited: str) -> None:
    got = _wording(f"认真贯彻落实{cited}。\n")
    assert len(got) == 1
    assert "《党政主要负责人履行推进法治建设第一责任人职责规定》" in got[0].message


@pytest.mark.parametrize(
    "cited",
    [
        "《党政主要负责人履行推进法治建设第一责任人职责规定》",
        "《党政主要负责人履行推进法治建设第一责任人职责规定实施细则》",  # a local document of another kind
        "《青禾县党政主要负责人履行推进法治建设第一责任人职责实施办法》",
    ],
)
def test_the_first_duty_rule_or_a_local_one_is_not_garbled(cited: str) -> None:
    assert _wording(f"认真贯彻落实{cited}。\n") == []


RULE_TITLE = "《党政主要负责人履行推进法治建设第一责任人职责规定》"


@pytest.mark.parametrize(
    "sentence",
    [
        f"全县{RULE_TITLE}落实情况纳入考核。",  # 全县: where it is carried out, not whose rule
        f"认真贯彻落实全县{RULE_TITLE}。",
        f"推动全市{RULE_TITLE}落地见效。",
        f"青禾县委印发贯彻落实{RULE_TITLE}的实施办法。",
    ],
)
def test_a_scope_before_the_central_rule_is_no_local_version(sentence: str) -> None:
    assert not [f for f in _wording(sentence + "\n") if "中央规定" in f.message]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (f"认真落实县委{RULE_TITLE}。", "县委"),  # the issuer
        (f"全县制定{RULE_TITLE}。", "全县"),
        ("认真落实《全县党政主要负责人履行推进法治建设第一责任人职责规定》。", "全县"),  # inside its title
        ("认真落实《青禾省党政主要负责人履行推进法治建设第一责任人职责规定》。", "青禾省"),
    ],
)
def test_a_local_issuer_of_the_central_rule_is_a_finding(sentence: str, quote: str) -> None:
    assert [f.quote for f in _wording(sentence + "\n") if "中央规定" in f.message] == [quote]


def test_the_short_form_many_reports_use_passes_a_garbled_one_warns() -> None:
    """履行法治建设第一责任人职责 (推进 left out) is how most published reports write the duty: two blind
    sets' careful readers (G, J) marked every advice on it wrong, so it is no finding; 履行法治第一责任人职责
    (建设 gone too) stays a warning."""
    assert _wording("局长切实履行法治建设第一责任人职责，主持召开专题会议3次。\n") == []
    (garbled,) = _wording("局长切实履行法治第一责任人职责，主持召开专题会议3次。\n")
    assert garbled.severity == "warning"


def test_a_wording_entry_may_be_an_info() -> None:
    """``[[wording]]``'s ``severity``: a user's entry for a form only advised gives an info."""
    base = checklists.load("department")
    advised = Wording(pattern="依法行政工作(?=会议)", replace="依法行政", message="宜写“依法行政会议”", exceptions=())
    checklist = replace(base, wording=(*base.wording, replace(advised, severity="info")))
    doc = read_text(HEAD + "局长主持召开依法行政工作会议3次。\n")
    (found,) = [f for f in check(doc, checklist, year=2023).findings if f.rule == "wording"]
    assert found.severity == "info" and found.quote == "依法行政工作"


@pytest.mark.parametrize(
    "text",
    [
        "开展宪法宣传教育活动12场。",  # 宪法 + 宣传教育: no 治 dropped from 法治宣传教育
        "深化普法宣传教育，覆盖群众3000人次。",
        "组织税法宣传教育和禁毒法宣传教育。",
        "坚持依法治县、依法执政、依法行政共同推进。",  # the unit's own level in the nation's place
        "坚持依法治疆、依法执政、依法行政共同推进。",
        "推进法治青禾、法治政府、法治社会一体建设。",
        "推进法治市场监管、法治政府、法治社会一体建设。",
        "坚持党的领导、人民当家作主、依法治镇有机统一。",
        "统筹推进法治国家、法治政府、法治社会建设，年内审查文件9件。",  # 推进……建设, not the formula less 一体
    ],
)
def test_a_standard_phrase_ending_in_a_terms_first_word_or_adapted_to_the_level_is_not_bent(text: str) -> None:
    assert list(bent_terms(text)) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("开展法宣传教育活动12场。", "法宣传教育"),  # after a verb: 治 dropped
        ("全面推进法政府建设。", "法政府建设"),
        ("“法宣传教育”进万家。", "法宣传教育"),
        ("坚持依法治县、依法执证、依法行政共同推进。", "依法治县、依法执证、依法行政共同推进"),  # adapted and bent
        ("坚持法治国家、法制政府、法治社会一体建设。", "法治国家、法制政府、法治社会一体建设"),  # still told when bent
    ],
)
def test_a_term_still_bent_after_a_verb_or_beside_its_adapted_place(text: str, quote: str) -> None:
    assert [text[s:e] for s, e, _ in bent_terms(text)] == [quote]


def test_the_pre_2020_name_of_the_thought_is_an_info_that_says_readers_differ() -> None:
    """习近平总书记全面依法治国新理念新思想新战略 is still used to describe the thought: some reviewers call it
    outdated, others accept it — an info the writer can dismiss, never a warning that it is wrong."""
    found = _wording("局党组坚持以习近平总书记全面依法治国新理念新思想新战略为指导，专题学习3次。\n", year=2023)
    assert [f.severity for f in found] == ["info"]
    assert "看法不一" in found[0].message and "有误" not in found[0].message
    assert not _wording("局党组坚持以习近平总书记全面依法治国新理念新思想新战略为指导。\n", year=2020)
    studied = _wording("局党组专题学习习近平总书记全面依法治国新理念新思想新战略3次。\n", year=2023)
    # the name of what is studied: the new name is advised, but readers differ there too (R's reviewer)
    assert [f.severity for f in studied] == ["info"]
    assert "宜改用新名称" in studied[0].message and "看法不一" in studied[0].message


def test_a_notice_s_own_title_cited_keeps_its_notice() -> None:
    """发文机关＋事由＋通知 is a notice's own title (关于 may be left out); only a document's name (ending in its
    文种: 要点, 方案, 清单…) followed by 的通知 has lost its 印发."""
    assert not _wording("印发《青禾县交通运输局学习宣传贯彻全会精神的通知》，组织专题学习。\n")
    assert not _wording("转发《青禾县农业农村局开展执法案卷评查工作的通知》，按期完成评查。\n")
    assert not _wording("按照《青禾县司法局深入学习宣传贯彻宪法精神的通知》要求开展宣传。\n")
    assert [f.quote for f in _wording("执行《青禾县农业农村局2024年普法工作要点的通知》。\n")] == [
        "青禾县农业农村局2024年普法工作要点的通知"
    ]


def test_a_first_responsible_person_system_is_not_told_to_add_duty() -> None:
    """“履行推进法治建设第一责任人制度” names a system (readers differ on 履行…制度): not “漏了职责”;
    “履行推进法治建设第一责任人，”"""
    assert not _wording("严格落实局长履行推进法治建设第一责任人制度，每季度听取汇报。\n")
    assert [f.quote for f in _wording("局长切实履行推进法治建设第一责任人，主持专题会议3次。\n")] == [
        "推进法治建设第一责任人"
    ]


def test_fazhi_publicity_is_told_only_from_2015() -> None:
    """法制宣传教育 and 全国法制宣传日 were the official words until the Fourth Plenum of 2014: a report on 2013
    keeps them; one on 2023 is told 法治 (法制观念 is told in any year)."""
    assert not _wording("开展全国法制宣传日活动，组织法制宣传教育讲座2场。\n", year=2013)
    assert [f.quote for f in _wording("深入开展法制宣传活动12场，增强干部法制观念。\n", year=2013)] == ["法制"]
    assert len(_wording("深入开展法制宣传活动12场，增强干部法制观念。\n", year=2023)) == 2


def test_a_facility_named_fazhi_is_an_info() -> None:
    """法制长廊 is the name a facility was built with: readers differ on changing it — an info."""
    assert [f.severity for f in _wording("依托法制长廊开展宣传4次。\n", year=2023)] == ["info"]
