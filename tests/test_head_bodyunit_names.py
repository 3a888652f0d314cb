"""The unit read from a report's body, on constructed cases (continued from test_head_bodyunit, kept under 400
lines): a name after a clause without a subject, the cover sentence's place, a government named by its level,
the opening's subject named with a short name after it, a place of one character, a zone of two places, a
ministry's leading group; a verb before the county committee names no place."""

from __future__ import annotations

import pytest

from .helpers.head import BODY, head_of, lint_text

TITLE = "关于2023年度法治政府建设情况的报告"


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        # a clause before the name, its subject left out: the name is its verb's object
        ("2023年，坚持依法行政，覆盖镇人民政府各项工作。", None),
        ("2023年，坚持依法行政，对接青禾县司法局普法任务。", None),
        # nor the place of a short form the title gives (blind set G: a verb + 县人民政府)
        ("县人民政府2023年度法治政府建设情况报告\n2023年，坚持依法行政，落细县人民政府中心工作。", "县人民政府"),
        ("市商务局2023年度法治政府建设情况报告\n2023年，深化改革，汇报市商务局重点任务。", "市商务局"),
        # after leads only (a year, 在…领导下, 为…, 根据…), or after 现将, a name is the subject
        ("2023年，在县委的坚强领导下，青禾县司法局笃学践行习近平法治思想。", "青禾县司法局"),
        ("为深入推进法治建设，青禾县司法局笃学践行习近平法治思想。", "青禾县司法局"),
        ("一年来，在县委县政府的正确领导下，在县人大的监督下，青禾县应急管理局狠抓落实。", "青禾县应急管理局"),
        ("根据工作安排，现将青禾县司法局2023年度法治政府建设情况报告如下。", "青禾县司法局"),
        # the leads are typos.toml's cover_openers (针对, 遵循, 鉴于…) and 在
        ("针对执法短板，青禾县司法局深入开展案卷评查。", "青禾县司法局"),
        ("遵循法治原则，青禾县司法局笃学践行习近平法治思想。", "青禾县司法局"),
    ],
)
def test_a_name_after_a_clause_without_subject_is_an_object(opening: str, unit: str | None) -> None:
    text = opening if "\n" in opening else f"{TITLE}\n{opening}"
    assert head_of(f"{text}\n{BODY}")[1] == unit


@pytest.mark.parametrize(
    ("opening", "unit", "unit_type", "year"),
    [
        # the cover sentence names its unit by its place alone, before the year (set I: unit null)
        ("现把石桥镇2020年依法治镇情况报告如下：", "石桥镇人民政府", "township", 2020),
        ("现将青禾县2023年法治政府建设情况报告如下：", "青禾县人民政府", "county_gov", 2023),
        ("特将柳岸街道2024年度法治建设工作情况报告如下。", "柳岸街道办事处", "township", 2024),
        ("现把青禾县交通运输局2022年法治政府建设情况报告如下：", "青禾县交通运输局", "department", 2022),
        (
            "根据县委依法治县办通知要求，现将白沙乡2023年度法治政府建设工作总结如下：",
            "白沙乡人民政府",
            "township",
            2023,
        ),
    ],
)
def test_the_cover_sentence_names_the_unit_by_its_place(opening: str, unit: str, unit_type: str, year: int) -> None:
    assert head_of(f"{opening}\n{BODY}")[1:] == (unit, unit_type, year)


@pytest.mark.parametrize(
    "opening",
    [
        "现将我镇2020年依法治镇情况报告如下：",
        "现将全县2023年法治政府建设情况报告如下：",
        "现把本街道2024年度法治建设工作情况报告如下：",
        "现将镇2020年依法治镇情况报告如下：",
        "现将市区2023年法治建设情况报告如下：",
        "现把有关情况报告如下：",
    ],
)
def test_the_cover_sentence_naming_no_place_names_no_unit(opening: str) -> None:
    assert head_of(f"{opening}\n{BODY}")[1] is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the opening names its government by its level alone; a document it issued names the place (set I)
        (
            "中共云岭州委、云岭州人民政府：\n2023年，在州委、州政府的坚强领导下，县委和县政府坚持以习近平法治思想为指导。\n"
            "一、主要举措和成效\n印发《青崖县一把手述法实施细则》，全年述法12人次。\n",
            "青崖县人民政府",
        ),
        (
            "2022年，全市各级政府部门坚持以习近平法治思想为指导。\n一、主要举措和成效\n"
            "制定《松江市贯彻落实〈法治政府建设实施纲要（2021—2025年）〉分工方案》，明确任务86项。\n",
            "松江市人民政府",
        ),
        ("2023年，省委、省政府高度重视法治政府建设，出台《南岭省行政执法监督办法》。\n", "南岭省人民政府"),
        ("2024年，区委区政府坚持依法行政，审议通过《青峰区重大行政决策事项目录》。\n", "青峰区人民政府"),
        ("2023年，县委县政府认真贯彻上级部署，印发《2023年石门县法治政府建设工作要点》。\n", "石门县人民政府"),
    ],
)
def test_a_government_named_by_its_level_takes_its_place_from_its_own_document(text: str, unit: str) -> None:
    assert head_of(f"{text}{BODY}")[1:3] == (unit, "county_gov")


@pytest.mark.parametrize(
    ("text", "unit_type"),
    [
        # a document it follows, not one it issued; another level's document; its own Party committee's body
        ("2023年，县委和县政府坚持依法行政，认真落实《青禾市法治政府建设实施方案》。\n", "county_gov"),
        ("2023年，县委和县政府坚持依法行政，印发《邻水市法治宣传教育规划》。\n", "county_gov"),
        ("2023年，县委、县政府坚持依法行政，印发《县委全面依法治县委员会2023年工作要点》。\n", "county_gov"),
        ("2023年，全县各级政府部门坚持依法行政，转发《青禾市人民政府关于加强执法监督的通知》。\n", "county_gov"),
        # 县委和县政府 not as the opening's subject: no government's report, no place taken
        ("2023年，全年召开县委和县政府联席会议3次，印发《青崖县一把手述法实施细则》。\n", None),
    ],
)
def test_a_government_named_by_its_level_takes_no_other_place(text: str, unit_type: str | None) -> None:
    assert head_of(f"{text}{BODY}")[1] is None
    assert lint_text(f"{text}{BODY}")["unit_type"] == unit_type


@pytest.mark.parametrize("verb", ["印发实施", "制定印发", "修订出台", "制定出台了", "审议通过了"])
def test_a_document_issued_with_two_verbs_names_the_unit(verb: str) -> None:
    """制定印发《…》, 印发实施《…》: the document is still the unit's own."""
    bureau = f"2022年，我局坚持依法行政，{verb}《松江市交通运输局行政执法公示办法》。"
    assert head_of(f"{bureau}\n{BODY}")[1:3] == ("松江市交通运输局", "department")
    city = f"2022年，全市各级政府部门坚持依法行政，{verb}《松江市法治政府建设工作要点》。"
    assert head_of(f"{city}\n{BODY}")[1:3] == ("松江市人民政府", "county_gov")


@pytest.mark.parametrize(
    ("opening", "unit", "unit_type"),
    [  # the short name a unit brings in after its name stands between it and its verb
        (
            "2023年，在市委、市政府的坚强领导下，青禾湾新区（以下简称“新区”）始终坚持依法行政。",
            "青禾湾新区管委会",
            "county_gov",
        ),
        ("2023年，青禾县市场监督管理局(以下简称“县市场监管局”)坚持依法行政。", "青禾县市场监督管理局", "department"),
    ],
)
def test_a_unit_named_with_its_short_name_after_it_is_the_openings_subject(
    opening: str, unit: str, unit_type: str
) -> None:
    assert head_of(f"{TITLE}\n{opening}\n{BODY}") == (TITLE, unit, unit_type, 2023)


@pytest.mark.parametrize(
    ("opening", "unit"),
    [  # a place of one character before its level (巴州, 沛县), its committee written with the level again
        ("2023年，巴州党委、政府坚持以习近平法治思想为指导。", "巴州人民政府"),
        ("2023年，沛县县委、县政府坚持依法行政。", "沛县人民政府"),
    ],
)
def test_a_one_character_places_committee_and_government_name_its_government(opening: str, unit: str) -> None:
    assert head_of(f"{TITLE}\n{opening}\n{BODY}") == (TITLE, unit, "county_gov", 2023)


def test_a_verb_before_the_county_committee_is_no_place_of_a_generic_unit() -> None:
    """ "依托县委……中心组" is no place 依托县: the bureau named without its place stays as written."""
    text = (
        f"{TITLE}\n县委、县政府：\n2023年，县教育局坚持依法行政，现将有关情况报告如下：\n一、主要举措和成效\n"
        "一是强化思想引领。依托县委教育工委理论学习中心组学习会议，专题学习习近平法治思想4次。\n"
        "二、存在的不足和原因\n人员不足，原因是编制少。\n"
    )
    assert head_of(text)[1] == "县教育局"


def test_a_zone_named_by_two_places_joined_by_a_hyphen_is_the_openings_subject() -> None:
    opening = "2023年，青禾-东盟经济技术开发区（以下简称“经开区”）深入贯彻习近平法治思想。"
    assert head_of(f"{TITLE}\n{opening}\n{BODY}") == (TITLE, "青禾-东盟经济技术开发区管委会", "county_gov", 2023)


def test_a_ministrys_leading_group_as_the_openings_subject_names_the_ministry() -> None:
    opening = "2023年，在以习近平同志为核心的党中央坚强领导下，水利部党组深入学习贯彻习近平法治思想。"
    assert head_of(f"{TITLE}\n{opening}\n{BODY}") == (TITLE, "水利部", "department", 2023)
