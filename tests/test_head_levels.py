"""The head of reports of every level (issue 26): provinces, 自治区, 州, 盟, 地级市, ministries and
provincial 厅 — their unit read from the title, the signature, the page or the opening's subject,
their type by ``units.toml``, never a wrong one; and the year however a report writes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import checklists

from .conftest import in_process

BODY = "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n三、下一步工作安排\n加强培训。\n"


def _lint(tmp_path: Path, text: str) -> dict[str, object]:
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    f: dict[str, object] = json.loads(in_process("lint", str(report), "--format", "json").stdout)["files"][0]
    return f


# ---------------------------------------------------------------- types of every level, from the name


@pytest.mark.parametrize(
    ("unit", "unit_type"),
    [
        ("北湾省人民政府", "county_gov"),
        ("北湾省政府", "county_gov"),
        ("青川回族自治区人民政府", "county_gov"),
        ("青禾土家族苗族自治州人民政府", "county_gov"),
        ("巴彦盟行政公署", "county_gov"),
        ("青禾市政府", "county_gov"),
        ("中共北湾省委", "county_gov"),
        ("中共北湾省委 北湾省人民政府", "county_gov"),
        ("青川回族自治区党委", "county_gov"),
        ("中共青禾州委", "county_gov"),
        ("青禾州委", "county_gov"),
        ("青禾镇党委", "township"),
        ("中共青禾镇委员会", "township"),
        ("司法部", "department"),
        ("国家统计局", "department"),
        ("北湾省司法厅", "department"),
        ("北湾省人民政府办公厅", "department"),
        ("青禾市发展和改革委员会", "department"),
        ("青禾县人民政府办公室", "department"),
        ("青禾县发改委", "department"),
    ],
)
def test_type_of_every_level(unit: str, unit_type: str) -> None:
    assert checklists.registry().decide(unit).type == unit_type


# ---------------------------------------------------------------- the unit named in the title


@pytest.mark.parametrize(
    ("title", "unit", "unit_type"),
    [
        ("司法部2023年法治政府建设年度报告", "司法部", "department"),
        ("北湾省政府2023年法治政府建设情况报告", "北湾省政府", "county_gov"),
        ("巴彦盟行政公署2023年度法治政府建设情况报告", "巴彦盟行政公署", "county_gov"),
        ("青禾市政府2023年法治政府建设情况报告", "青禾市政府", "county_gov"),
        ("北湾省人民政府关于2023年法治政府建设情况的报告", "北湾省人民政府", "county_gov"),
        ("北湾省司法厅关于2023年度法治政府建设情况的报告", "北湾省司法厅", "department"),
        ("青川回族自治区党委关于2023年度法治建设情况的报告", "青川回族自治区党委", "county_gov"),
    ],
)
def test_unit_of_every_level_in_the_title(tmp_path: Path, title: str, unit: str, unit_type: str) -> None:
    f = _lint(tmp_path, title + "\n现将有关情况报告如下。\n" + BODY)
    assert (f["unit"], f["unit_type"], f["year"]) == (unit, unit_type, 2023)


def test_a_title_naming_no_unit_by_its_last_word_is_no_unit(tmp_path: Path) -> None:
    # 全部, 干部 end as a ministry's name does: never a unit
    f = _lint(tmp_path, "全部2023年法治政府建设年度报告\n现将有关情况报告如下。\n" + BODY)
    assert f["unit"] is None


# ---------------------------------------------------------------- the year, however it is written


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("青禾县司法局关于二〇二三年法治政府建设情况的报告\n现将情况报告如下。\n", 2023),
        ("青禾县司法局二○二三年度法治政府建设情况报告\n现将情况报告如下。\n", 2023),
        ("青禾县司法局２０２３年度法治政府建设情况报告\n现将情况报告如下。\n", 2023),
        ("青禾县民政局2022年法治工作情况暨2023年工作要点\n现将情况报告如下。\n", 2022),
        ("青禾县民政局2024年法治工作要点暨2023年法治工作总结\n现将情况报告如下。\n", 2023),
        ("青禾县民政局法治政府建设年度报告\n二〇二三年，我局坚持依法行政。\n", 2023),
        ("青禾县民政局法治政府建设年度报告\n２０２３年，我局坚持依法行政。\n", 2023),
        # only the page's 成文日期 or 发布时间 says it: January to March of Y+1 is a report on Y
        (
            "[ 发布机构 ] 青禾县民政局\n[ 成文日期 ] 2024-02-20\n青禾县民政局法治政府建设年度报告\n今年以来，我局坚持依法行政。\n",
            2023,
        ),
        ("发布时间：2024-03-05 10:21\n青禾县民政局法治政府建设年度报告\n今年以来，我局坚持依法行政。\n", 2023),
        ("发布时间：2023-12-25 10:21\n青禾县民政局法治政府建设年度报告\n今年以来，我局坚持依法行政。\n", 2023),
        # posted in summer: either year; and nothing at all: never a guess
        ("发布时间：2024-07-05 10:21\n青禾县民政局法治政府建设年度报告\n今年以来，我局坚持依法行政。\n", None),
        ("青禾县民政局法治政府建设工作报告\n今年以来，我局坚持依法行政。\n", None),
    ],
)
def test_year_however_written(tmp_path: Path, text: str, year: int | None) -> None:
    f = _lint(tmp_path, text + BODY)
    assert (f["unit"], f["year"]) == ("青禾县司法局" if "司法局" in text else "青禾县民政局", year)


def test_year_from_the_signature_date_in_chinese_numerals(tmp_path: Path) -> None:
    text = (
        "青禾县民政局法治政府建设年度报告\n今年以来，我局坚持依法行政。\n"
        + BODY
        + "\n青禾县民政局\n二〇二四年一月十五日\n"
    )
    assert _lint(tmp_path, text)["year"] == 2023


def test_western_years_keep_the_offsets() -> None:
    from drafter.dates import western_years

    for text, want in [
        ("二〇二三年度", "2023年度"),
        ("二○二三年", "2023年"),
        ("２０２３年", "2023年"),
        ("一二三四年", "一二三四年"),
    ]:
        assert western_years(text) == want and len(western_years(text)) == len(text)


# ---------------------------------------------------------------- the unit as the opening's subject, any level


@pytest.mark.parametrize(
    ("opening", "unit", "unit_type"),
    [
        ("2023年，司法部坚持以习近平法治思想为指导，全面履行职责。", "司法部", "department"),
        ("2022年，生态环境部认真贯彻落实党中央、国务院决策部署。", "生态环境部", "department"),
        ("2023年，国家林业和草原局坚持以习近平法治思想为指导。", "国家林业和草原局", "department"),
        ("2023年，北湾省司法厅坚持以习近平法治思想为指导。", "北湾省司法厅", "department"),
        ("2023年，在省委省政府的坚强领导下，北湾省司法厅坚持依法行政。", "北湾省司法厅", "department"),
        ("2023年，青川回族自治区党委、政府坚持以习近平法治思想为指导。", "青川回族自治区人民政府", "county_gov"),
        ("2023年，青禾市委市政府坚持以习近平法治思想为指导。", "青禾市人民政府", "county_gov"),
        ("2022年，青禾州委、州政府深入学习贯彻习近平法治思想。", "青禾州人民政府", "county_gov"),
        ("2023年，巴彦盟委、行署坚持依法行政。", "巴彦盟行政公署", "county_gov"),
    ],
)
def test_unit_of_any_level_as_the_opening_s_subject(tmp_path: Path, opening: str, unit: str, unit_type: str) -> None:
    f = _lint(tmp_path, "法治政府建设年度报告\n" + opening + "\n" + BODY)
    assert (f["unit"], f["unit_type"], f["type_source"]) == (unit, unit_type, "body")


@pytest.mark.parametrize(
    ("opening", "unit_type"),
    [
        # the level alone names no place: no unit, but the type is the subject's
        ("2023年，省委、省政府坚持以习近平法治思想为指导。", "county_gov"),
        ("2023年，自治区党委、政府坚持以习近平法治思想为指导。", "county_gov"),
        ("2022年，州党委、政府深入学习贯彻习近平法治思想。", "county_gov"),
        ("2023年，市委市政府坚持以习近平法治思想为指导。", "county_gov"),
        ("2023年，省政府坚持依法行政。", "county_gov"),
        # never a unit: 国务院 (no report's unit), a bare 局党组 (a department's, named by no place; a named
        # body's 党组, 交通运输部党组, names its body: test_head_bodyunit_names), 全省, 本部门
        ("2023年，国务院高度重视法治政府建设。", None),
        ("2023年，局党组坚持依法行政。", "department"),
        ("2023年，全省坚持依法行政。", None),
        ("2023年，本部门坚持依法行政。", None),
    ],
)
def test_no_unit_where_the_subject_names_no_place(tmp_path: Path, opening: str, unit_type: str | None) -> None:
    f = _lint(tmp_path, "法治政府建设年度报告\n" + opening + "\n" + BODY)
    assert (f["unit"], f["unit_type"]) == (None, unit_type)


def test_a_higher_level_named_by_a_department_is_not_its_unit(tmp_path: Path) -> None:
    f = _lint(tmp_path, "法治政府建设年度报告\n2023年，北湾省委、省政府高度重视法治建设，我厅坚持依法行政。\n" + BODY)
    assert (f["unit"], f["unit_type"]) == (None, "department")


def test_the_publisher_line_names_a_province_s_government(tmp_path: Path) -> None:
    head = "[ 发布机构 ] 青川回族自治区人民政府\n[ 成文日期 ] 2024-03-20\n2023年法治政府建设年度报告\n"
    f = _lint(tmp_path, head + "2023年，自治区党委、政府坚持以习近平法治思想为指导。\n" + BODY)
    assert (f["unit"], f["unit_type"], f["year"]) == ("青川回族自治区人民政府", "county_gov", 2023)


# ---------------------------------------------------------------- --explain-type in plain Chinese


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "司法部2023年法治政府建设年度报告\n",
            ["“司法部”（取自标题）", "以“部”结尾", "units.toml", "按“政府部门”（department）检查"],
        ),
        ("法治政府建设年度报告\n2023年，司法部坚持依法行政。\n", ["“司法部”（取自正文开头）", "以“部”结尾"]),
        (
            "法治政府建设年度报告\n2023年，省委、省政府坚持依法行政。\n",
            ["正文开头一句以“省委、省政府”作主语", "按“县级政府”（county_gov）检查"],
        ),
        ("法治政府建设年度报告\n2023年，我镇坚持依法行政。\n", ["正文自称“我镇”", "按“乡镇”（township）检查"]),
    ],
)
def test_explain_type_says_which_rule_and_words(tmp_path: Path, text: str, words: list[str]) -> None:
    report = tmp_path / "r.txt"
    report.write_text(text + BODY, encoding="utf-8")
    out = in_process("lint", str(report), "--explain-type").stdout
    assert all(w in out for w in words), out


def test_the_end_of_a_span_in_the_title_is_no_report_year(tmp_path: Path) -> None:
    title = "青禾县司法局关于《法治政府建设实施纲要（2021—2025年）》落实情况的报告\n"
    assert _lint(tmp_path, title + "今年以来，我局坚持依法行政。\n" + BODY)["year"] is None
    assert _lint(tmp_path, title + "2023年，我局坚持依法行政。\n" + BODY)["year"] == 2023


def test_the_page_s_source_line_names_the_unit_where_nothing_else_does(tmp_path: Path) -> None:
    f = _lint(tmp_path, "来源：北湾省人民政府\n2023年法治政府建设年度报告\n2023年，全省坚持依法行政。\n" + BODY)
    assert (f["unit"], f["unit_type"], f["unit_source"]) == ("北湾省人民政府", "county_gov", "publisher")
    # a page's source below the body is not the report's
    f = _lint(tmp_path, "2023年法治政府建设年度报告\n2023年，全省坚持依法行政。\n" + BODY + "来源：北湾省司法厅\n")
    assert f["unit"] is None
