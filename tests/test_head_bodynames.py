"""The unit a report names only in its body: a one-character county in its documents, no clause cut at a level's
character, no level's word alone as its 署名."""

from __future__ import annotations

from .helpers.head import BODY, lint_text, read_text


def test_a_one_character_county_in_its_documents_after_their_year() -> None:
    text = (
        "2023年，我县坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效\n"
        "印发《2023年度沛县法治政府建设工作要点》，审核合同12份。\n" + BODY
    )
    assert read_text(text).meta.unit == "沛县人民政府"


def test_the_whole_place_in_a_document_names_no_unit() -> None:
    text = (
        "2023年，我县坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效\n"
        "印发《全县法治政府建设工作要点》，审核合同12份。\n" + BODY
    )
    assert read_text(text).meta.unit is None


def test_a_clause_cut_at_a_towns_level_is_no_name() -> None:
    text = (
        "关于2023年度法治政府建设情况报告\n今年以来，我镇全面推进依法行政。\n一、主要举措和成效\n"
        "落实合法性审查制度，重要合同文本一律首先由镇法律顾问审查，再提交会议讨论。\n" + BODY
    )
    assert read_text(text).meta.unit is None


def test_a_level_word_alone_on_the_last_line_is_no_signature() -> None:
    text = (
        "2024年，柳岸街道坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效\n街道全年审核合同12份。\n"
        "（二）强化执法监督\n街道\n"
    )
    doc = read_text(text)
    assert doc.meta.signature is None
    assert doc.meta.unit == "柳岸街道办事处"


def test_a_place_whose_name_begins_with_duo_is_named() -> None:
    """多 begins a place's name (多福街道, 多伦县) as well as 多个部门: only the words count."""
    text = "2024年，在区委、区政府的领导下，多福街道始终坚持依法行政，现将有关情况报告如下：\n" + BODY
    assert read_text(text).meta.unit == "多福街道办事处"
    many = "2024年，在区委、区政府的领导下，多个部门始终坚持依法行政，现将有关情况报告如下：\n" + BODY
    assert read_text(many).meta.unit is None


def test_a_document_made_and_carried_out_names_its_unit() -> None:
    text = (
        "2024年，我局坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效\n"
        "制定并实施《青禾县交通运输局行政执法公示办法》，局党组审议并通过了《青禾县交通运输局合法性审查规则》。\n"
        + BODY
    )
    assert read_text(text).meta.unit == "青禾县交通运输局"


def test_a_unit_after_the_citation_that_opens_the_report() -> None:
    """ "根据《…》要求，区自然资源局认真…": the subject after the citation is the unit (its short form), a department."""
    text = "根据《法治政府建设与责任落实督察工作规定》要求，区自然资源局认真总结2024年度工作，现报告如下。\n" + BODY
    entry = lint_text(text)
    assert (entry["unit"], entry["unit_type"]) == ("区自然资源局", "department")


def test_a_street_office_named_by_its_short_form() -> None:
    """ "2024年，柳岸街坚持…": a 街道 named "××街" is the unit, a township."""
    text = "2024年，柳岸街坚持依法行政，柳岸街党工委专题研究法治工作3次。现将有关情况报告如下：\n" + BODY
    entry = lint_text(text)
    assert (entry["unit"], entry["unit_type"]) == ("柳岸街", "township")


def test_a_provinces_governments_and_their_departments_as_the_subject() -> None:
    text = "2024年，在省委坚强领导下，全省各级政府及其组成部门坚持依法行政，成效明显。现将有关情况报告如下：\n" + BODY
    assert lint_text(text)["unit_type"] == "county_gov"


def test_a_bureaus_short_name_with_its_own_party_body_takes_its_place_from_its_documents() -> None:
    text = (
        "2023年，我局坚持依法行政。现将我局2023年法治政府建设情况报告如下。\n一、加强组织领导\n"
        "一是强化学习。县交通运输局党组书记、局长带头学法4次。二是制定《青溪县交通运输执法公示办法》。\n" + BODY
    )
    assert read_text(text).meta.unit == "青溪县交通运输局"


def test_a_publication_note_citing_the_reports_title_names_the_unit_in_full() -> None:
    """ "现将《青禾市文化和旅游局2025年度…报告》予以公布", then "市文化旅游局在市委…": the cited title's name."""
    text = (
        "根据有关通知要求，现将《青禾市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n"
        "2025年，市文化旅游局坚持依法行政。现将2025年度法治政府建设情况报告如下：\n" + BODY
    )
    assert read_text(text).meta.unit == "青禾市文化和旅游局"


def test_a_county_owns_the_county_plan_it_carries_out() -> None:
    """ "我县…全面落实《青崖县…实施方案》": a county cites no other county's document."""
    text = (
        "2024年，我县坚持依法行政，全面落实《青崖县法治政府建设实施方案（2021—2025年）》。现将有关情况报告如下：\n"
        + BODY
    )
    assert read_text(text).meta.unit == "青崖县人民政府"


def test_a_bureau_does_not_own_the_county_plan_it_carries_out() -> None:
    text = (
        "2024年，我局坚持依法行政，全面落实《青崖县法治政府建设实施方案（2021—2025年）》。现将有关情况报告如下：\n"
        + BODY
    )
    assert read_text(text).meta.unit is None


def test_a_visiting_bureaus_short_name_is_not_the_unit() -> None:
    """Review6 #14: another bureau's leaders coming to the report's unit are written as its own would be."""
    for visit in ("市水利局党委书记、局长到我局调研指导法治工作。", "县财政局党组书记莅临检查法治建设。"):
        text = (
            "2023年，我局坚持依法行政。现将我局2023年法治政府建设情况报告如下。\n一、加强组织领导\n"
            f"一是强化学习。局长带头学法4次。{visit}\n" + BODY
        )
        assert read_text(text).meta.unit is None


def test_a_city_government_named_by_its_level_takes_its_place_from_a_thing_it_released() -> None:
    """ "市政府坚持…" and "发布“青崖市公共法律服务地图”": the city is 青崖市."""
    text = (
        "2024年，市政府坚持依法行政，全市法治政府建设取得明显成效。现将有关情况报告如下。\n一、工作开展情况\n"
        "推进公共法律服务。发布“青崖市公共法律服务地图”，覆盖全部乡镇。\n" + BODY
    )
    assert read_text(text).meta.unit == "青崖市人民政府"


def test_a_county_does_not_own_a_document_it_learns_from() -> None:
    """Review6 #16: 学习借鉴《××县…》 is a neighbour's document."""
    text = (
        "2023年，我县坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效\n"
        "学习借鉴《石桥县法治政府建设经验汇编》，审核合同12份。\n" + BODY
    )
    assert read_text(text).meta.unit is None


def test_a_group_of_bureaus_with_their_party_bodies_is_not_the_unit() -> None:
    text = (
        "2023年，我局坚持依法行政。现将有关情况报告如下。\n一、加强组织领导\n"
        "一是强化学习。市直各局党组书记带头学法4次。县直部门局党组书记讲法治课。\n" + BODY
    )
    assert read_text(text).meta.unit is None
