"""The unit read from a report's body, on constructed cases: a Party body named as the opening's
subject is its government's or bureau's report; a span cut across a clause is no unit's name."""

from __future__ import annotations

import pytest

from .helpers.head import BODY, head_of, lint_text

TITLE = "关于2023年度法治政府建设情况的报告"


@pytest.mark.parametrize(
    ("opening", "unit", "unit_type"),
    [
        ("2023年，青禾街道党工委坚持以习近平法治思想为指导。", "青禾街道办事处", "township"),
        ("2023年，在区委、区政府的坚强领导下，柳岸街道党工委坚持依法行政。", "柳岸街道办事处", "township"),
        ("2023年，云台镇党委坚持以习近平法治思想为指导。", "云台镇人民政府", "township"),
        ("2023年，中共白沙乡委员会坚持以习近平法治思想为指导。", "白沙乡人民政府", "township"),
        ("2023年，青禾县公安局党委坚持以习近平法治思想为指导。", "青禾县公安局", "department"),
        ("2023年，中共青禾县司法局党组坚持以习近平法治思想为指导。", "青禾县司法局", "department"),
        # the place's committee and its government, the place written twice: the government reports
        ("2023年，中共青禾县委、青禾县人民政府高度重视法治建设。", "青禾县人民政府", "county_gov"),
        ("2023年，中共柳河镇委、柳河镇人民政府坚持依法行政。", "柳河镇人民政府", "township"),
    ],
)
def test_a_party_body_as_the_openings_subject_names_its_unit(opening: str, unit: str, unit_type: str) -> None:
    assert head_of(f"{TITLE}\n{opening}\n{BODY}") == (TITLE, unit, unit_type, 2023)


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，荣获青禾县人民政府表彰，我们坚持依法行政。",
        "2023年，作为青禾县人民政府组成部门，坚持依法行政。",
        "一年来，得到青禾县司法局大力支持，坚持依法行政。",
        "2023年度法治政府建设工作，其中青禾县司法局牵头，坚持依法行政。",
        "2023年，以上工作得到青禾县人民政府充分肯定。",
        "法治政府建设情况报告青禾县司法局坚持依法行政。",  # a title's end run into the opening
        # 全县/全镇 is the whole place, no name (服务全县 + 大局 once made a bureau, 推动全镇 a town)
        "一年来，紧紧围绕县委县政府中心工作，服务全县大局。",
        "2023年，持续推动全镇法治建设，助力全县经济发展。",
    ],
)
def test_a_span_cut_across_a_clause_is_no_unit(opening: str) -> None:
    assert head_of(f"{TITLE}\n{opening}\n{BODY}")[1] is None


def test_a_document_of_its_own_with_a_year_in_its_name_names_the_unit() -> None:
    """A bureau that says 全局 issued 《青禾县市场监督管理局2023年普法工作要点》: its name, a year after it."""
    opening = "2023年，全局干部职工坚持依法行政，印发《青禾县市场监督管理局2023年普法工作要点》。"
    assert head_of(f"{TITLE}\n{opening}\n{BODY}")[1:3] == ("青禾县市场监督管理局", "department")


def test_the_full_name_on_its_own_line_under_the_title_wins_over_a_short_form() -> None:
    """ "青禾县人民政府办公室" under a title naming no unit, "县政府办" in the opening: the line's name."""
    text = f"{TITLE}\n青禾县人民政府办公室\n2023年，县政府办坚持以习近平法治思想为指导。\n{BODY}"
    assert head_of(text)[1:3] == ("青禾县人民政府办公室", "department")


def test_a_line_of_another_type_than_the_text_says_it_is_is_no_byline() -> None:
    """A county government's name under the title of a text that says 我局: not its unit."""
    text = f"{TITLE}\n青禾县人民政府\n2023年，我局坚持以习近平法治思想为指导。\n{BODY}"
    assert head_of(text)[1] != "青禾县人民政府"


def test_a_party_group_named_as_the_bureaus_own_lets_its_document_name_it() -> None:
    """A bureau that says 局党组 issued 《青禾县司法局行政执法公示办法》: its name is the unit."""
    opening = "2023年，局党组坚持以习近平法治思想为指导，制定《青禾县司法局行政执法公示办法》。"
    assert head_of(f"{TITLE}\n{opening}\n{BODY}")[1:3] == ("青禾县司法局", "department")


SHORT_BODY = (
    "一、主要举措和成效\n（一）学法。全年组织集体学法12次。\n（二）执法。开展执法检查10次。\n"
    "（三）优化营商环境。为青禾县经济社会高质量发展提供法治保障。\n"
    "（四）普法。在青禾县各乡镇开展普法活动20场。\n"
)


def test_a_short_form_takes_the_one_county_the_body_names() -> None:
    """A short form in the title (县市场监管局), 青禾县 named twice in the body and no other county."""
    text = f"县市场监管局2023年法治政府建设情况报告\n2023年，我局坚持依法行政。\n{SHORT_BODY}"
    assert head_of(text)[1] == "青禾县市场监管局"


@pytest.mark.parametrize(
    "more",
    [
        "（五）交流。赴邻水县学习执法经验，邻水县司法局介绍做法。\n",  # another county: which is unclear
        "",
    ],
)
def test_a_short_form_keeps_no_place_when_the_body_is_unclear(more: str) -> None:
    """No place read: the short form as the title writes it (nothing longer is written)."""
    body = SHORT_BODY.replace("在青禾县各乡镇", "在各乡镇") if not more else SHORT_BODY + more  # named once / two
    text = f"县市场监管局2023年法治政府建设情况报告\n2023年，我局坚持依法行政。\n{body}"
    assert head_of(text)[1:3] == ("县市场监管局", "department")


def test_the_one_place_needs_two_mentions_and_no_other() -> None:
    from drafter.readers.head.generic import one_place

    assert one_place("县", ["为青禾县经济社会发展提供保障。", "在青禾县各乡镇开展普法。"]) == "青禾县"
    assert one_place("县", ["为青禾县经济社会发展提供保障。"]) is None
    assert one_place("县", ["为青禾县发展提供保障。", "在青禾县开展普法。", "，邻水县司法局介绍做法。"]) is None
    assert one_place("县", ["全县各部门、各乡镇，县委县政府。", "全县上下。"]) is None


@pytest.mark.parametrize(
    ("text", "unit", "unit_type"),
    [
        # the short form the text writes, nothing longer anywhere: that is the unit (blind set H: null)
        (
            "依照《法治政府建设实施纲要（2021—2025年）》有关要求，现将市农业局2023年法治建设情况予以公开发布。",
            "市农业局",
            "department",
        ),
        ("2023年，省农业农村委以习近平法治思想为指导，认真履职尽责。", "省农业农村委", "department"),
        ("2023年，区司法局在区委区政府的正确领导下，坚持依法行政。", "区司法局", "department"),
        # never the name glued to 在 and the name again (blind set H: 市商务局在市商务局)
        ("2023年，市商务局在市委、市政府坚强领导下，认真履职。", "市商务局", "department"),
        ("一年来，县交通运输局在县委、县政府的坚强领导下，扎实推进法治建设。", "县交通运输局", "department"),
    ],
)
def test_a_short_form_with_nothing_longer_is_the_unit_as_written(text: str, unit: str, unit_type: str) -> None:
    assert head_of(f"{text}\n{BODY}")[1:3] == (unit, unit_type)


@pytest.mark.parametrize(
    "opening",
    [
        "依照《法治政府建设实施纲要（2021—2025年）》有关要求，现将市农业局2023年法治建设情况予以公开发布。",
        "根据有关规定，现将我局2023年度法治政府建设情况予以公开。",
        "现将青禾县司法局2023年度法治政府建设情况公布如下：",
    ],
)
def test_a_publication_preface_tells_the_year(opening: str) -> None:
    """ "现将…2023年…予以公开发布": the year of the report a publication's preface presents."""
    assert head_of(f"{opening}\n{BODY}")[3] == 2023


@pytest.mark.parametrize(
    ("title", "opening", "unit"),
    [
        # a place read for a short form never takes the word before it (年度, a verb, a preposition)
        (
            "省水利厅2023年度法治政府建设情况报告",
            "2023年，我厅把习近平法治思想纳入2023年度省水利厅党组中心组学习安排。",
            "省水利厅",
        ),
        (
            "省水利厅2023年度法治政府建设情况报告",
            "2023年，我厅坚持依法行政，围绕省水利厅中心工作开展普法。",
            "省水利厅",
        ),
        (
            "县人民政府2023年度法治政府建设情况报告",
            "2023年，我县坚持依法行政，积极调整县人民政府工作规则。",
            "县人民政府",
        ),
        ("市卫生健康委2023年度法治政府建设情况报告", "2023年，我委统筹安排市卫生健康委年度学法计划。", "市卫生健康委"),
        # the place is read where the text names it
        (
            "县人民政府2023年度法治政府建设情况报告",
            "2023年，青禾县坚持依法行政，积极调整县人民政府工作规则。",
            "青禾县人民政府",
        ),
    ],
)
def test_a_short_forms_place_is_never_a_neighbouring_word(title: str, opening: str, unit: str) -> None:
    assert head_of(f"{title}\n{opening}\n{BODY}")[1] == unit


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，我镇坚持依法行政，统筹安排全镇学习贯彻工作。",  # blind set G: 统筹安排全镇人民政府
        "2023年，全乡上下坚持依法行政，带动全乡学法用法。",
        "2023年，本街道坚持依法行政，推动全街道干部学法用法。",
    ],
)
def test_the_whole_town_after_a_verb_is_no_town(opening: str) -> None:
    assert head_of(f"{TITLE}\n{opening}\n{BODY}")[1] is None


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，街道党工委高度重视法治工作。",
        "一年来，镇党委坚持以习近平法治思想为指导。",
        "2023年，中共县委高度重视法治建设。",
    ],
)
def test_a_party_body_named_by_its_level_alone_is_no_unit(opening: str) -> None:
    """A short form is kept as the unit only where it names a government or a department."""
    assert head_of(f"{TITLE}\n{opening}\n{BODY}")[1] is None


@pytest.mark.parametrize(
    "opening",
    [
        # a government's general office by its level alone names no unit (set I: 市政府办公室 taken as one)
        "去年，市政府办公室着力推进法治机关建设。",
        "2022年，市政府辦公室着力推進法治機關建設。",
        "一年来，县政府办坚持依法行政，全年审核合同40份。",
        "现将县人民政府办公室2022年法治政府建设情况报告如下：",
        "2022年，区政府办公室深入学习贯彻习近平法治思想。",
    ],
)
def test_a_government_office_named_by_its_level_alone_is_no_unit_but_a_department(opening: str) -> None:
    assert lint_text(f"{TITLE}\n{opening}\n{BODY}")["unit"] is None
    assert lint_text(f"{TITLE}\n{opening}\n{BODY}")["unit_type"] == "department"


def test_a_government_office_named_by_its_level_takes_its_place_from_its_own_document() -> None:
    opening = "2022年，市政府办公室坚持依法行政，印发《青禾市人民政府办公室政务公开工作要点》。"
    assert head_of(f"{TITLE}\n{opening}\n{BODY}")[1:3] == ("青禾市政府办公室", "department")


CITED = "依照中共中央《全面深化法治领域改革纲要（2023—2027年）》关于推进基层治理法治化的有关要求，结合市、区工作安排，"


@pytest.mark.parametrize(
    ("opening", "unit", "unit_type", "year"),
    [
        # no title: a citation, then the year opening a clause, then the unit as subject (blind set H: all null)
        (f"{CITED}2023年，青桐街道以落实习近平法治思想为主线，扎实推进法治建设。", "青桐街道办事处", "township", 2023),
        (
            "根据《法治政府建设与责任落实督察工作规定》和区委依法治区办的通知要求，2024年，柳岸街道坚持以习近平法治思想为指导。",
            "柳岸街道办事处",
            "township",
            2024,
        ),
        (
            "按照上级关于法治政府建设的部署，2022年度，石门镇党委、政府认真贯彻落实各项要求。",
            "石门镇人民政府",
            "township",
            2022,
        ),
        ("为深入推进依法行政，2023年，青禾县司法局紧紧围绕中心工作，履职尽责。", "青禾县司法局", "department", 2023),
    ],
)
def test_the_subject_after_a_citation_and_its_year_is_the_unit(
    opening: str, unit: str, unit_type: str, year: int
) -> None:
    assert head_of(f"{opening}\n{BODY}")[1:] == (unit, unit_type, year)


@pytest.mark.parametrize(
    "opening",
    [
        # the 2023—2027 of a cited title is no year of the report; a year inside a clause opens none
        f"{CITED}青桐街道扎实推进法治建设。",
        "根据《青禾县2023年法治建设工作要点》，青桐街道扎实推进法治建设。",
    ],
)
def test_a_citation_without_a_year_opening_a_clause_gives_no_year(opening: str) -> None:
    assert head_of(f"{opening}\n{BODY}")[3] is None


@pytest.mark.parametrize(
    ("opening", "later", "unit", "unit_type"),
    [
        # the unit only inside a document of its own that its leading body reviewed (blind set H: null)
        (
            "2024年，在区委和区政府坚强领导下，我局以习近平法治思想为指导，扎实推进法治建设。",
            "局党组会审议《梅川市临江区卫生健康局法治政府建设实施方案》。",
            "梅川市临江区卫生健康局",
            "department",
        ),
        (
            "2023年，我委坚持依法行政。",
            "委党组会议审定《青禾县发展和改革委员会重大行政决策程序规定》。",
            "青禾县发展和改革委员会",
            "department",
        ),
        # the document's year before the unit's name (blind set G: 我县 …《2023年石门县法治建设要点》)
        ("2023年，我县以习近平法治思想为指导，印发《2023年石门县法治建设要点》。", "", "石门县人民政府", "county_gov"),
        (
            "2023年，我县扎实推进法治建设。",
            "县政府常务会议审议通过《2023年青禾县法治政府建设工作要点》。",
            "青禾县人民政府",
            "county_gov",
        ),
    ],
)
def test_a_document_its_leading_body_reviewed_names_the_unit(
    opening: str, later: str, unit: str, unit_type: str
) -> None:
    body = BODY.replace("全年办理行政复议案件12件。", later + "全年办理行政复议案件12件。")
    assert head_of(f"{opening}\n{body}")[1:3] == (unit, unit_type)


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，我局坚持依法行政，印发《青禾县人民政府办公室关于加强市场监管局执法工作的通知》。",
        "2023年，我委转载并印发《青禾县人民政府关于成立发展改革委法治工作专班》。",
    ],
)
def test_a_documents_name_never_reaches_past_its_guanyu(opening: str) -> None:
    """《…办公室关于加强…局…》: the unit's words stop at 关于; what follows is the topic, no unit's name."""
    assert head_of(f"{opening}\n{BODY}")[1] is None


def test_a_document_cited_as_anothers_names_no_unit() -> None:
    """根据《…》: another unit's document, not one the report's unit issued or reviewed."""
    text = f"2023年，我局根据《2023年青禾县司法局普法要点》开展工作。\n{BODY}"
    assert head_of(text)[1] is None


@pytest.mark.parametrize(
    ("title", "text", "unit"),
    [
        # a verb before a short form, a word the report writes alone elsewhere: no place (blind set G: a verb +
        # 县人民政府); the county named as the subject is one, though 法治青禾 is written more often
        (
            "县人民政府2023年度法治政府建设情况报告",
            "2023年，我县坚持依法行政，服务县人民政府中心工作。\n全年优化政务服务，为企业服务200次，法律服务进村。",
            "县人民政府",
        ),
        (
            "县人民政府2023年度法治政府建设情况报告",
            "2023年，青禾县坚持依法行政，推进法治青禾、平安青禾建设，服务县人民政府中心工作。",
            "青禾县人民政府",
        ),
        (
            TITLE,
            "2023年，我镇坚持依法行政，实施镇人民政府重大决策合法性审查。全面实施行政执法三项制度，实施清单管理。",
            None,
        ),
        # the leaders named in a lead are no place ("市委、市政府和县委": 市政府和县)
        (TITLE, "2023年，在市委、市政府和县委的坚强领导下，我县坚持以习近平法治思想为指导。", None),
        (TITLE, "2023年，各站所共同推进柳河乡法治建设，推进依法行政。", None),
        # a document the town issued names it before a verb's object at a clause's start (建成镇“一站式”…)
        (
            TITLE,
            "2023年，我镇坚持依法行政，建成镇“一站式”矛盾纠纷调处中心，制定《石桥镇关于规范合同审查的规定》。",
            "石桥镇人民政府",
        ),
    ],
)
def test_a_verb_before_a_level_is_no_place(title: str, text: str, unit: str | None) -> None:
    assert head_of(f"{title}\n{text}\n{BODY}")[1] == unit


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        # a province's 厅 as the opening's subject or after 现将, whatever verb follows it
        ("2024年，浙江省交通运输厅笃学践行习近平法治思想，全面落实决策部署。", "浙江省交通运输厅"),
        ("现将青山省自然资源厅2023年度法治政府建设情况报告如下：", "青山省自然资源厅"),
        ("根据有关规定，现将省自然资源厅2023年度法治政府建设情况报告如下：", "省自然资源厅"),
        # another 厅 after a verb is no unit
        ("2024年，我厅坚持依法行政，配合青山省公安厅开展联合执法。", None),
    ],
)
def test_a_provincial_department_named_in_the_opening_is_the_unit(opening: str, unit: str | None) -> None:
    assert head_of(f"{opening}\n{BODY}")[1] == unit


@pytest.mark.parametrize(
    ("title", "opening", "unit"),
    [
        # the sentence's subject is the unit's self-name: a name after a later comma is a verb's object, whatever the
        # verb (blind set G: a verb + 县人民政府), and the short form (or nothing) stays
        ("县人民政府2023年度法治政府建设情况报告", "2023年，我县坚持依法行政，落细县人民政府中心工作。", "县人民政府"),
        ("市商务局2023年度法治政府建设情况报告", "2023年，我局坚持依法行政，汇报市商务局重点任务。", "市商务局"),
        ("省水利厅2023年度法治政府建设情况报告", "2023年，我厅坚持依法行政，衔接省水利厅年度计划。", "省水利厅"),
        (TITLE, "2023年，我镇坚持依法行政，覆盖镇人民政府各项工作。", None),
        (TITLE, "2023年，本街道坚持依法行政，配套街道办事处重点任务。", None),
        # a name after a comma that is its clause's subject (a cue follows) is still the unit's
        (TITLE, "2023年，我局坚持依法行政，青禾县司法局党组高度重视法治建设。", "青禾县司法局"),
    ],
)
def test_a_name_after_the_self_names_clause_is_an_object(title: str, opening: str, unit: str | None) -> None:
    assert head_of(f"{title}\n{opening}\n{BODY}")[1] == unit
