"""The unit of a report and its type read in the body: a unit named there only, in full, and its type."""

from __future__ import annotations

import pytest

from .helpers.head import BODY, lint_text, read_text

# ---------------------------------------------------------------- the unit and its type read in the body


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("2022年，柳河镇党委、政府在区委区政府的领导下，坚持依法行政。", "柳河镇人民政府"),
        ("2022年，柳河街道党工委、办事处坚持依法行政。", "柳河街道办事处"),
        ("今年以来，我局坚持依法行政，制定《青禾县市场监督管理局行政执法公示办法》。", "青禾县市场监督管理局"),
        ("今年以来，我镇坚持依法行政，印发《柳河镇法律顾问工作制度》。", "柳河镇人民政府"),
    ],
)
def test_a_unit_named_only_in_the_body_or_its_own_documents(opening: str, unit: str) -> None:
    doc = read_text(f"2022年度法治政府建设工作报告\n{opening}\n{BODY}")
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, "body")


@pytest.mark.parametrize(
    ("opening", "unit_type", "year"),
    [
        ("2022年，全县坚持依法行政，全年办理案件12件。", "county_gov", 2022),
        ("2022年，街道坚持依法行政，全年调解纠纷12件。", "township", 2022),
        ("一年来，我区坚持依法行政，全年办理案件12件。", "county_gov", None),
        (
            "根据要求，现将我局法治政府建设情况报告如下：\n2022年，我局坚持依法行政，全年办理案件12件。",
            "department",
            2022,
        ),
        ("2022年,我局坚持依法行政,现将有关情况报告如下:", "department", 2022),
    ],
)
def test_type_and_year_of_a_text_naming_no_unit_are_read_in_its_body(
    opening: str, unit_type: str, year: int | None
) -> None:
    got = lint_text(f"{opening}\n{BODY}")
    assert (got["unit"], got["unit_type"], got["type_source"], got["year"]) == (None, unit_type, "body", year)


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("县人民政府", True),
        ("区司法局", True),
        ("县卫健委", True),
        ("街道办事处", True),
        ("中共县委 县人民政府", True),
        ("市中区人民政府", False),  # places that begin with a level's character name a place
        ("乡宁县人民政府", False),
        ("镇原县司法局", False),
        ("青禾县人民政府", False),
        ("县市场监督管理局", True),  # 市场 is a word, not a 市
        ("区城乡规划局", True),
        ("市场监督管理局", False),  # no level at all: the name as written
    ],
)
def test_a_unit_named_without_its_place(name: str, generic: bool) -> None:
    from drafter.readers.head.unit import is_generic

    assert is_generic(name) is generic


# ---------------------------------------------------------------- the unit named only in the body, in full


_TITLE = "2023年度法治政府建设工作报告\n"


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        # a 党组 as the opening's subject, 中共 before it: the department's name alone
        ("2023年，中共青禾县教育局党组坚持以习近平新时代中国特色社会主义思想为指导。", "青禾县教育局"),
        ("2023年，青禾县人力资源和社会保障局党组高度重视法治政府建设。", "青禾县人力资源和社会保障局"),
        # the subject past the opening's long preamble
        (
            "为深入贯彻落实习近平法治思想和党的二十大精神，全面推进法治政府建设，根据《法治政府建设与责任落实督察工作规定》"
            "和省、市有关文件要求，青禾县教育局党组认真落实各项工作。",
            "青禾县教育局",
        ),
        # 我镇 in the opening, the town's name once in the same paragraph
        ("今年以来，我镇始终坚持依法行政。青禾镇位于县城东部，辖12个行政村。", "青禾镇人民政府"),
        # 我局, its full name in the opening's 现将 sentence
        (
            "今年以来，我局深入贯彻习近平法治思想，现将青禾县自然资源局2023年度法治政府建设情况报告如下：",
            "青禾县自然资源局",
        ),
        # 全局上下 names a bureau too: the bureau that 印发 a document of its own
        (
            "今年以来，全局上下坚持依法行政。\n（一）完善制度。印发《青禾县司法局行政执法公示制度》，规范执法行为。",
            "青禾县司法局",
        ),
    ],
)
def test_a_unit_named_in_full_only_in_the_body(opening: str, unit: str) -> None:
    doc = read_text(_TITLE + opening + "\n" + BODY)
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, "body")


@pytest.mark.parametrize(
    "opening",
    [
        # another unit: the one the bureau works with, the one that guides it
        "2023年，我局认真贯彻落实县委、县政府的决策部署，配合青禾县司法局开展普法活动。",
        "今年以来，在县委县政府的坚强领导下，在市司法局的精心指导下，我局深入贯彻习近平法治思想。",
        # a 文号 alone names no issuer
        "今年以来，全局上下坚持依法行政。\n（一）完善制度。以青司发〔2023〕5号印发《关于规范行政执法的通知》。",
        # "今年我县": a time and the self-name, no place
        "今年我县新设企业541家，全县市场主体增长。",
    ],
)
def test_no_unit_from_another_units_name_or_a_number(opening: str) -> None:
    assert read_text(_TITLE + opening + "\n" + BODY).meta.unit is None


_LONG = (
    "2023年，我局坚持依法行政。\n一、主要举措和成效\n（一）加强学习。\n局党组中心组学法4次。\n（二）加强执法。\n"
    "开展执法检查10次。\n（三）普法。\n全年开展普法活动20场。\n（四）调解。\n调解纠纷100件。\n（五）复议。\n"
    "办理复议10件。\n（六）荣誉。\n在全县考核中，青禾县司法局荣获先进单位。{more}\n"
)


@pytest.mark.parametrize(
    ("title", "more", "unit"),
    [
        ("县司法局2023年法治政府建设工作报告", "", "青禾县司法局"),
        ("司法局2023年法治政府建设工作报告", "", "青禾县司法局"),  # no level at all
        ("县司法局2023年法治政府建设工作报告", "赴邻水县司法局交流学习。", "青禾县司法局"),  # another's, after a verb
        ("县司法局2023年法治政府建设工作报告", "邻水县司法局来我局交流。", "县司法局"),  # two places: as written
    ],
)
def test_a_short_name_takes_the_full_name_the_body_writes(title: str, more: str, unit: str | None) -> None:
    doc = read_text(title + "\n" + _LONG.format(more=more) + BODY)
    assert doc.meta.unit == unit


@pytest.mark.parametrize(
    ("head", "unit", "source"),
    [
        # a Party committee and a government without a space between them: two issuers
        (
            "中共青禾县委青禾县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。",
            "中共青禾县委 青禾县人民政府",
            "title",
        ),
        # a breadcrumb on its own line: its last step is the unit's column, the name alone
        (
            "首页 » 政务公开 » 青禾镇人民政府\n2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "publisher",
        ),
        (
            "首页 > 政务公开 > 青禾镇人民政府 2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "title",
        ),
        # a breadcrumb whose marks the copy lost, spaced, dashed or squashed
        (
            "首页 政务公开 法治政府建设 青禾镇人民政府关于2023年法治政府建设情况的报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "title",
        ),
        (
            "首页 - 政务公开 - 青禾镇人民政府关于2023年法治政府建设情况的报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "title",
        ),
        # a column's name on the line above the title, a word before the unit, 中共 before a government
        (
            "政务公开 青禾县人民政府\n关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。",
            "青禾县人民政府",
            "title",
        ),
        ("在青禾县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。", "青禾县人民政府", "title"),
        ("中共青禾县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。", "青禾县人民政府", "title"),
        ("中共青禾县司法局党组关于2023年法治政府建设情况的报告\n2023年，我局坚持依法行政。", "青禾县司法局", "title"),
    ],
)
def test_no_word_glued_to_the_unit(head: str, unit: str, source: str) -> None:
    doc = read_text(head + "\n" + BODY)
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, source)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # no title, no unit at the top: a department that leads a task in the measures is not the report's unit
        (
            "2023年，在市委市政府的坚强领导下，法治政府建设取得新成效。\n一、主要举措和成效\n"
            "（一）强化组织领导。青禾县司法局牵头制定年度工作要点，组织开展督察。\n",
            None,
        ),
        # its own 党组 named as the subject of the first measure: the report's
        (
            "一、2023年度法治政府建设主要举措和成效\n（一）加强组织领导。青禾县司法局党组高度重视法治政府建设。\n",
            "青禾县司法局",
        ),
    ],
)
def test_a_unit_in_the_measures_is_the_reports_only_with_its_own_party_group(text: str, unit: str | None) -> None:
    assert read_text(text + BODY).meta.unit == unit


@pytest.mark.parametrize(
    ("opening", "unit_type"),
    [
        ("2023年，全县上下深入学习贯彻习近平法治思想，法治政府建设取得新成效。", "county_gov"),
        ("2023年，全局上下深入学习贯彻习近平法治思想，法治政府建设取得新成效。", "department"),
    ],
)
def test_the_whole_unit_as_the_openings_subject_tells_its_type(opening: str, unit_type: str) -> None:
    got = lint_text(opening + "\n" + BODY)
    assert (got["unit"], got["unit_type"], got["type_source"]) == (None, unit_type, "body")


def test_a_bureau_that_says_我县_too_calls_itself_a_bureau() -> None:
    from drafter.readers.head.selfname import self_end

    assert self_end(["今年以来，我县法治政府建设不断推进，我局在县委县政府的坚强领导下坚持依法行政。"]) == "局"
    assert self_end(["今年以来，我县坚持依法行政。"]) == "县"


@pytest.mark.parametrize(
    "title",
    [
        "青峰区（青峰新区）人民政府关于2023年度法治政府建设情况的报告",
        "青禾市(青禾高新区)人民政府2023年法治政府建设工作报告",
    ],
)
def test_a_title_naming_its_unit_with_a_second_name_in_brackets_types_it(title: str) -> None:
    """A district that is also a 新区 names both ("青峰区（青峰新区）人民政府"): a government, no unknown type."""
    f = lint_text(f"{title}\n2023年，全区坚持依法行政。\n{BODY}")
    assert (f["unit_type"], f["type_source"]) == ("county_gov", "title")
    assert not any(x["rule"] == "unit-type-unknown" for x in f["findings"])
