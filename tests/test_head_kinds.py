"""The head of a report, kind by kind, on constructed cases (places that are in no corpus):
titles without 关于, the page's own words, titles split anywhere or repeated, traditional
characters, a cover letter, units of every kind and level, the year, and a type not told."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.lint import lint_paths
from drafter.model import Document
from drafter.output.jsonv1 import file_entry
from drafter.readers import read_bytes, read_path

from .conftest import in_process

BODY = "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n三、下一步工作安排\n加强培训。\n"


def read_text(text: str) -> Document:
    """A report pasted or saved as plain text (.txt): one paragraph a line."""
    return read_bytes(text.encode("utf-8"), "r.txt", ".txt")


def _head(text: str) -> tuple[str | None, str | None, str | None, int | None]:
    doc = read_text(text)
    m = doc.meta
    return m.title, m.unit, checklists.registry().infer(m.unit), m.year


# ---------------------------------------------------------------- 1. titles without 关于


@pytest.mark.parametrize(
    ("title", "unit", "unit_type"),
    [
        ("青禾市水务局2023年度推进法治政府建设情况报告", "青禾市水务局", "department"),
        ("松溪县卫生健康局2023年法治政府建设年度报告", "松溪县卫生健康局", "department"),
        ("2023年松溪区法治政府建设情况报告", "松溪区人民政府", "county_gov"),
        ("柳岸街道2023年度法治政府建设情况报告", "柳岸街道办事处", "township"),
        ("云台镇2023年法治政府建设工作总结", "云台镇人民政府", "township"),
        ("北湾省生态环境厅2023年度法治政府部门建设工作情况", "北湾省生态环境厅", "department"),
        ("青禾经济开发区2023年法治政府建设情况报告", "青禾经济开发区管委会", "county_gov"),
        ("关于青禾县2023年度法治政府建设情况的报告", "青禾县人民政府", "county_gov"),
        ("白沙镇法治政府建设情况报告（2023年度）", "白沙镇人民政府", "township"),
    ],
)
def test_title_without_guanyu_names_its_unit(title: str, unit: str, unit_type: str) -> None:
    assert _head(f"{title}\n2023年，我们坚持依法行政。\n{BODY}") == (title, unit, unit_type, 2023)


def test_a_title_naming_no_unit_gives_none_from_it() -> None:
    doc = read_text("2023年度全市法治政府建设情况报告\n" + BODY + "青禾市司法局\n2024年1月5日\n")
    assert (doc.meta.unit, doc.meta.unit_source) == ("青禾市司法局", "signature")


# ---------------------------------------------------------------- 2. the page's own words


def test_banner_breadcrumb_and_source_line_are_set_aside() -> None:
    text = (
        "今天是：2021年5月12日 星期三 农历四月初一\n工作动态\n\n您所在的位置：政务公开 > 工作动态\n\n"
        "2023年松溪区法治政府建设情况报告\n文章来源：司法局 更新时间：2024/03/29 10:00:01\n\n"
        "2023年松溪区法治政府建设情况报告\n\n2023年，松溪区坚持依法行政。\n" + BODY
    )
    doc = read_text(text)
    assert (doc.meta.title, doc.meta.unit, doc.meta.year) == (
        "2023年松溪区法治政府建设情况报告",
        "松溪区人民政府",
        2023,
    )
    assert not any("今天是" in b.text or "来源" in b.text or "您所在" in b.text for b in doc.body)


def test_bullet_metadata_list_names_the_publisher_not_the_unit() -> None:
    text = (
        "您当前的位置:首页 >法定主动公开内容 >区政府法治政府建设年度报告\n\n  • 000111222/2024-00011\n  • 法制\n"
        "  • 工作报告\n  • 松溪区司法局\n  • 2024-03-22\n\n青禾市松溪区2023年法治政府建设工作报告\n\n"
        "青禾市松溪区2023年法治政府建设工作报告\n\n2023 年，区政府坚持依法行政。\n" + BODY
    )
    title, unit, unit_type, year = _head(text)
    assert (title, unit, unit_type, year) == (
        "青禾市松溪区2023年法治政府建设工作报告",
        "青禾市松溪区人民政府",
        "county_gov",
        2023,
    )


def test_pipe_table_and_bracketed_labels_before_a_two_line_title() -> None:
    text = (
        "| 索引号: | 000222/2026-00628 | 分类: | |\n| 发文机关: | 青禾市审计局 | 发文日期: | |\n| 文号 : | |||\n"
        "- [ 主题分类 ] 其他\n- [ 发布日期 ] 2026-02-12\n青禾市审计局\n2025年法治政府建设报告\n"
        "青禾市审计局坚持以习近平法治思想为统揽，在市委市政府的坚强领导下，坚持依法履职，全面规范审计行为，"
        "深入推进依法治理。现将2025年法治政府建设情况报告如下：\n"
        "一、推进法治政府建设的主要举措和成效\n（一）强化组织领导\n"
        "我局成立了由局长担任组长、副局长任副组长、各科室负责人为成员的法治建设工作领导小组，办公室设在法规科。\n"
    )
    assert _head(text) == ("青禾市审计局2025年法治政府建设报告", "青禾市审计局", "department", 2025)


def test_page_publisher_is_the_unit_only_where_nothing_else_names_one() -> None:
    text = (
        "关于2024年度法治政府建设情况的报告\n发布时间:\n2025-03-04\n来源:\n石门乡人民政府\n"
        "今年以来，坚持依法行政。\n" + BODY
    )
    doc = read_text(text)
    assert (doc.meta.unit, doc.meta.unit_source, doc.meta.year) == ("石门乡人民政府", "publisher", 2024)
    assert not any(b.text in ("石门乡人民政府", "2025-03-04") for b in doc.body)
    named = read_text(text.replace("关于2024年度", "青禾县人民政府关于2024年度"))
    assert (named.meta.unit, named.meta.unit_source) == ("青禾县人民政府", "title")


def test_a_column_name_above_the_title_is_not_part_of_it() -> None:
    text = "司法信息\n\n青禾市人民政府关于2025年法治政府建设情况的报告\n\n时间：2026-02-25  来源：法治督察处\n\n" + BODY
    assert _head(text)[:3] == ("青禾市人民政府关于2025年法治政府建设情况的报告", "青禾市人民政府", "county_gov")


# ---------------------------------------------------------------- 3. titles over lines, repeated


@pytest.mark.parametrize(
    ("lines", "title", "unit", "unit_type"),
    [
        (
            ["桃源州人民政府2024年度法治政府", "建设情况报告"],
            "桃源州人民政府2024年度法治政府建设情况报告",
            "桃源州人民政府",
            "county_gov",
        ),
        (
            ["松溪县人民政府", "2024年度法治政府建设情况报告"],
            "松溪县人民政府2024年度法治政府建设情况报告",
            "松溪县人民政府",
            "county_gov",
        ),
        (
            ["云台镇人民政府", "关于2024年度法治政府建设情况的报告", "关于2024年度法治政府建设情况的报告"],
            "云台镇人民政府关于2024年度法治政府建设情况的报告",
            "云台镇人民政府",
            "township",
        ),
        (
            ["青禾市教育局关于2024年法治政府建设情况的报告", "青禾市教育局", "关于2024年法治政府建设情况的报告"],
            "青禾市教育局关于2024年法治政府建设情况的报告",
            "青禾市教育局",
            "department",
        ),
        (
            ["柳岸街道2024年度法治政府建设情况报告"] * 2,
            "柳岸街道2024年度法治政府建设情况报告",
            "柳岸街道办事处",
            "township",
        ),
    ],
)
def test_title_over_lines_and_repeated(lines: list[str], title: str, unit: str, unit_type: str) -> None:
    doc = read_text("\n".join(lines) + "\n2024年，坚持依法行政。\n" + BODY)
    assert (doc.meta.title, doc.meta.unit, checklists.registry().infer(doc.meta.unit), doc.meta.year) == (
        title,
        unit,
        unit_type,
        2024,
    )
    assert doc.body[0].text.startswith("2024年"), doc.body[0].text  # the repeats are not the body


def test_joint_party_and_government_title_over_three_lines() -> None:
    text = (
        "发布日期：2026-01-19 11:09:04 大 中 小\n中共北岭镇委员会\n北岭镇人民政府\n关于2025年法治政府建设情况的报告\n"
        "区委，区政府：\n2025年，北岭镇坚持依法行政。\n" + BODY
    )
    doc = read_text(text)
    assert doc.meta.unit == "中共北岭镇委员会 北岭镇人民政府"
    assert checklists.registry().infer(doc.meta.unit) == "township"
    assert doc.meta.addressee == "区委，区政府" and doc.meta.year == 2025


def test_joint_county_title_on_one_line() -> None:
    title = "中共青禾县委 青禾县人民政府 关于2025年度法治政府建设的报告"
    _, unit, unit_type, year = _head(
        f"{title}\n青禾县人民政府门户网站 www.example.gov.cn 发布时间:2026-02-27 10:28\n{BODY}"
    )
    assert (unit, unit_type, year) == ("中共青禾县委 青禾县人民政府", "county_gov", 2025)


# ---------------------------------------------------------------- 4. traditional characters


def test_traditional_characters_are_read_and_kept_as_written() -> None:
    text = (
        "大石鄉2024年法治政府建設情況報告\n\n發布時間:2025-04-11 16:33 信息來源:青禾縣大石鄉\n\n"
        "大石鄉2024年法治政府建設情況報告\n\n2024年，大石鄉堅持依法行政。現就我鄉法治政府建設情況匯報如下：\n" + BODY
    )
    doc = read_text(text)
    assert (doc.meta.title, doc.meta.unit, doc.meta.year) == (
        "大石鄉2024年法治政府建設情況報告",
        "大石鄉人民政府",
        2024,
    )
    decision = checklists.registry().decide(doc.meta.unit)
    assert decision.type == "township" and "鄉人民政府" in decision.explain()


# ---------------------------------------------------------------- 5. a cover letter before the report


def test_cover_letter_gives_the_addressee_and_the_report_its_own_title() -> None:
    text = (
        "中共青禾市委、青禾市人民政府：\n"
        "根据《法治政府建设与责任落实督察工作规定》要求，现将我局《2024年度法治政府建设工作总结》报送如下。\n"
        "青禾市司法局\n2025年1月20日\n"
        "青禾市司法局2024年度法治政府建设工作总结\n2024年，市司法局坚持依法行政。\n" + BODY
    )
    doc = read_text(text)
    assert doc.meta.title == "青禾市司法局2024年度法治政府建设工作总结"
    assert (doc.meta.unit, doc.meta.year) == ("青禾市司法局", 2024)
    assert doc.meta.addressee == "中共青禾市委、青禾市人民政府"
    assert not any("报送如下" in b.text for b in doc.body)  # the letter is not a measure


LETTER_BODY = (
    "2022年，青禾县在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，现将有关情况报告如下：\n"
    "一、2022年度推进法治政府建设的主要举措和成效\n全年办理行政复议案件12件，审核合同40份。\n"
    "二、存在的不足和原因\n人员不足，原因是编制少。\n三、2023年工作安排\n加强培训，年内培训执法人员300人次。\n"
)


def _lint(text: str) -> dict[str, Any]:
    """What ``drafter lint --format json`` says of ``text`` saved as a .txt file."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "r.txt"
        path.write_text(text, encoding="utf-8")
        return file_entry(next(iter(lint_paths([str(path)]))))


@pytest.mark.parametrize(
    "letter",
    [
        (  # the letter's title cites the report; no title of the report's own below: the cited one is its title
            "青禾县人民政府\n青政函〔2023〕12号\n青禾县人民政府关于报送《青禾县2022年法治政府建设情况报告》的函\n"
            "市人民政府:\n根据《法治政府建设与责任落实督察工作规定》,现将《青禾县2022年法治政府建设情况报告》报送你们,"
            "请审阅。\n青禾县人民政府\n2023年1月10日\n"
        ),
        (  # 文号 first, a letter's title without 《》, the sender's signature; the report's own title below it
            "青政文〔2023〕12号\n关于报送2022年法治政府建设情况报告的报告\n市委、市人民政府:\n"
            "现将我县2022年法治政府建设情况予以报送。\n青禾县人民政府\n2023年1月10日\n"
            "青禾县2022年法治政府建设情况报告\n"
        ),
    ],
)
def test_a_cover_letter_is_no_part_and_gives_the_report_its_title_and_sender(letter: str) -> None:
    """Its title is not the report's, its date line no part's start (no plan at the letter's date)."""
    got = _lint(letter + LETTER_BODY)
    assert (got["title"], got["unit"], got["unit_type"], got["year"]) == (
        "青禾县2022年法治政府建设情况报告",
        "青禾县人民政府",
        "county_gov",
        2022,
    )
    parts = got["parts"]
    assert parts["plan"]["heading"] == "三、2023年工作安排"
    assert parts["measures"]["line"] < parts["shortcomings"]["line"] < parts["plan"]["line"]
    assert not [f for f in got["findings"] if f["rule"] in ("part-order", "stale-year")], got["findings"]


@pytest.mark.parametrize(
    ("letter", "title"),
    [
        (  # the signature and the date on one line; the report named in the letter's title
            "关于报送2022年度法治政府建设情况报告的函\n市人民政府:\n现将我县2022年度法治政府建设情况报告报送你们,请审阅。\n"
            "青禾县人民政府 2023年1月10日\n",
            "2022年度法治政府建设情况报告",
        ),
        (  # a red header, the report as its 附件, the date in Chinese numerals, a note under it
            "青禾县人民政府文件\n青政文〔2023〕3号\n青禾县人民政府关于报送2022年度法治政府建设情况报告的报告\n"
            "市委、市人民政府:\n现将我县2022年度法治政府建设情况报告予以报送。\n附件:青禾县2022年度法治政府建设情况报告\n"
            "青禾县人民政府\n二〇二三年一月十日\n(此件公开发布)\n",
            "青禾县2022年度法治政府建设情况报告",
        ),
        (  # a 函 whose title names the report without 报送 ("关于…报告的函"): never the report's title itself
            "青禾县人民政府关于青禾县2022年法治政府建设情况报告的函\n市人民政府:\n"
            "现将我县2022年法治政府建设情况报告报给你们,请审阅。\n青禾县人民政府\n2023年1月10日\n",
            "青禾县2022年法治政府建设情况报告",
        ),
        (  # a page archive's half-width punctuation: [ ] for 〔〕, < > for 《》
            "青政函[2023]12号\n关于报送<青禾县2022年法治政府建设情况报告>的函\n市人民政府:\n"
            "现将<青禾县2022年法治政府建设情况报告>报送你们,请审阅。\n青禾县人民政府\n2023年1月10日\n",
            "青禾县2022年法治政府建设情况报告",
        ),
        (  # a copy without the letter's signature and date: its sentence, then the report's opening
            "关于报送《青禾县2022年法治政府建设情况报告》的报告\n青政函〔2023〕12号\n市人民政府:\n"
            "现将《青禾县2022年法治政府建设情况报告》予以报送。\n",
            "青禾县2022年法治政府建设情况报告",
        ),
        (  # a copy that dropped the letter's date: its signature, then the report
            "关于报送2022年度法治政府建设情况报告的函\n市人民政府:\n现将我县2022年度法治政府建设情况报告报送你们。\n"
            "特此函告。\n青禾县人民政府\n",
            "2022年度法治政府建设情况报告",
        ),
    ],
)
def test_cover_letters_as_pages_keep_them(letter: str, title: str) -> None:
    got = _lint(letter + LETTER_BODY)
    assert (got["title"], got["unit"], got["unit_type"], got["year"]) == (title, "青禾县人民政府", "county_gov", 2022)
    assert got["parts"]["measures"]["heading"] == "一、2022年度推进法治政府建设的主要举措和成效"
    assert got["parts"]["plan"]["heading"] == "三、2023年工作安排"


def test_a_letter_without_a_report_title_takes_the_senders_name() -> None:
    letter = (
        "关于报送2022年度法治政府建设工作总结的函\n县委、县人民政府:\n现将我局2022年度法治政府建设工作总结报送你们,"
        "请审阅。\n青禾县司法局\n2023年1月10日\n"
    )
    doc = read_text(letter + "2022年,我局坚持依法行政,现将有关情况报告如下:\n" + BODY)
    assert (doc.meta.unit, doc.meta.unit_source, doc.meta.year) == ("青禾县司法局", "signature", 2022)
    assert not any("报送你们" in b.text or b.text == "2023年1月10日" for b in doc.body)


@pytest.mark.parametrize(
    ("text", "unit", "source"),
    [
        (  # the title's generic unit, its place in the unit's own document
            "县人民政府2022年法治政府建设情况报告\n2022年,我县深入学习贯彻习近平法治思想,制定《青禾县重大行政决策程序规定》。\n",
            "青禾县人民政府",
            "body",
        ),
        (  # the opening names the place
            "区人民政府关于2022年度法治政府建设情况的报告\n2022年,松溪区在市委市政府的坚强领导下,坚持依法行政。\n",
            "松溪区人民政府",
            "body",
        ),
        (  # nothing names the place: no unit rather than a generic one
            "县人民政府2022年法治政府建设情况报告\n2022年,我县深入学习贯彻习近平法治思想。\n",
            None,
            None,
        ),
    ],
)
def test_a_generic_unit_takes_its_place_from_the_report_or_is_none(
    text: str, unit: str | None, source: str | None
) -> None:
    doc = read_text(text + BODY)
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, source)
    assert _lint(text + BODY)["unit_type"] == "county_gov"


# ---------------------------------------------------------------- 6. units of every kind and level


@pytest.mark.parametrize(
    ("unit", "unit_type"),
    [
        ("青禾县石门乡人民政府", "township"),
        ("青禾县白云民族乡人民政府", "township"),
        ("青禾旗巴音苏木", "township"),
        ("柳岸街道办事处", "township"),
        ("青禾综合实验区南湾片区管理局", "township"),
        ("青禾县人民政府", "county_gov"),
        ("青禾市人民政府", "county_gov"),
        ("桃源州人民政府", "county_gov"),
        ("青禾盟行政公署" if False else "青禾盟人民政府", "county_gov"),
        ("青禾经济开发区管委会", "county_gov"),
        ("青禾新区管理委员会", "county_gov"),
        ("青禾综合实验区管委会", "county_gov"),
        ("青禾县司法局", "department"),
        ("青禾市发展和改革委员会", "department"),
        ("北湾省交通运输厅", "department"),
        ("青禾县人民政府办公室", "department"),
        ("青禾市政务服务中心", "department"),
    ],
)
def test_unit_types_from_units_toml(unit: str, unit_type: str) -> None:
    assert checklists.registry().infer(unit) == unit_type


def test_a_user_adds_a_rule_without_python(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text(
        '[[rules]]\ntype = "township"\nname = "嘎查（村级，按乡镇清单）"\nendings = ["嘎查"]\n', encoding="utf-8"
    )
    reg = checklists.registry([tmp_path, *checklists.search_dirs()])
    decision = reg.decide("青禾旗巴音嘎查")
    assert decision.type == "township" and "嘎查" in decision.explain()
    assert checklists.registry().infer("青禾旗巴音嘎查") is None


def test_a_verb_phrase_before_a_unit_is_not_its_name() -> None:
    """ "调整成立了由乡人民政府乡长任组长的…领导小组": 由乡人民政府 is not a place named 调整成立了由乡."""
    text = (
        "2025年，我乡坚持依法行政。\n"
        + "一、总体情况\n乡党委始终重视法治。调整成立了由乡人民政府乡长任组长的领导小组。\n"
        + BODY
    )
    assert "成立" not in (_head(text)[1] or "")


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("2025年，青禾乡法治政府建设工作在市委的正确领导下扎实推进。", "青禾乡人民政府"),
        ("2022年，在区委、区政府的坚强领导下，青禾路街道深入贯彻习近平法治思想。", "青禾路街道办事处"),
    ],
)
def test_an_opening_that_names_its_township_before_its_topic(opening: str, unit: str) -> None:
    """The unit that reports: "2025年，中村乡法治政府建设工作在市委…", "…，友谊路街道深入贯彻…"."""
    text = "市委全面依法治市委员会：\n" + opening + "\n" + BODY
    assert _head(text)[1:3] == (unit, "township")


def test_body_only_zone_is_not_an_invented_government() -> None:
    doc = read_text("关于2024年度法治政府建设情况的报告\n2024年，青禾经济开发区坚持依法行政。\n" + BODY)
    assert doc.meta.unit != "青禾经济开发区人民政府"


# ---------------------------------------------------------------- 7. the year


def test_year_from_the_opening_when_the_title_has_none() -> None:
    assert _head("云台乡法治政府建设情况报告\n2025年，我乡坚持依法行政。\n" + BODY)[1:] == (
        "云台乡人民政府",
        "township",
        2025,
    )


def test_title_year_wins_over_a_part_heading_and_the_disagreement_is_a_finding() -> None:
    text = BODY.replace("一、主要举措和成效", "一、2023年推进法治政府建设的主要举措和成效")
    doc = read_text("青禾县司法局关于2024年度法治政府建设情况的报告\n" + text)
    assert (doc.meta.year, doc.meta.year_source) == (2024, "title")
    result = check(doc, checklists.load("department"))
    assert any(f.rule == "stale-year" and "2024" in f.message for f in result.findings)


def test_a_page_header_date_is_not_the_year() -> None:
    text = (
        "今天是：2019年10月31日 星期三 农历十月初七\n\n青禾县法治政府建设情况报告\n\n坚持依法行政。\n"
        + BODY.replace("三、下一步工作安排", "三、2026年工作打算")
    )
    assert _head(text)[3] == 2025


def test_a_banner_of_the_sites_name_and_todays_date_is_not_the_title() -> None:
    """ "××区人民政府 2019年12月3日星期二" and "无障碍 简体| 繁体" above the title: the page's words."""
    text = (
        "青禾市松溪区人民政府 2019年12月3日星期二\n\n无障碍 简体| 繁体\n\n"
        "松溪区2023年度法治政府建设情况报告\n来源:松溪区人民政府办公室 发布时间:2024-03-28 09:18\n\n"
        "2023年，松溪区坚持依法行政。\n" + BODY.replace("三、下一步工作安排", "三、2024年工作打算")
    )
    title, unit, unit_type, year = _head(text)
    assert unit == "松溪区人民政府"
    assert (title, unit_type, year) == ("松溪区2023年度法治政府建设情况报告", "county_gov", 2023)
    result = check(read_text(text), checklists.load("county_gov"))
    assert not [f for f in result.findings if f.rule == "stale-year"]


@pytest.mark.parametrize(("unit", "expected"), [("县人民政府", None), ("青禾县人民政府", "青禾县人民政府")])
def test_the_unit_that_reports_in_an_untitled_opening(unit: str, expected: str | None) -> None:
    """ "…有关规定，现将县人民政府2022年…报告如下" names the unit that reports, never "现将县人民政府";
    one named without its place ("县人民政府") is no unit (null rather than generic), but still its type."""
    text = (
        f"根据《法治政府建设与责任落实督察工作规定》有关规定，现将{unit}2022年法治政府建设工作情况报告如下。\n" + BODY
    )
    assert _head(text)[1] == expected
    assert _lint(text)["unit_type"] == "county_gov"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (  # a title without its year; the opening says the year is the 纲要's last (纲要 is not a plan's 要)
            "青禾乡人民政府\n关于法治政府建设的情况报告\n"
            "2025年，是《法治政府建设实施纲要（2021—2025年）》收官决胜的关键之年。现将本年度法治政府建设开展情况汇报如下：\n",
            2025,
        ),
        (  # the year before 现将…报告如下, in the sentence that says what was summed up
            "根据有关工作安排，我局认真总结我局2024年法治政府建设工作开展情况，现将相关情况详细报告如下：\n",
            2024,
        ),
        (  # a page's leftovers before the opening ("分类:", "-", a metadata cell): the opening's year
            "分类:\n-\n青禾县教育局发文日期:2025-02-25 15:58 - 名称:\n2024年，青禾县教育局坚持依法行政，成效明显。\n",
            2024,
        ),
    ],
)
def test_the_year_of_an_untitled_or_yearless_report_is_its_openings(text: str, year: int) -> None:
    doc = read_text(text + BODY)
    assert doc.meta.year == year
    result = check(doc, checklists.load("base"))
    assert not [f for f in result.findings if f.rule == "stale-year" and f.severity == "error"]


def test_a_pages_hit_counter_label_is_not_the_body() -> None:
    """ "来源:××街道 点击率:" (the counter's value left out by the copy) is the page's line."""
    doc = read_text(
        "松溪街道2022年度法治政府建设工作报告\n发布时间:2023-02-10 15:34:38\n来源:松溪街道 点击率:\n\n" + BODY
    )
    assert not any("点击" in b.text for b in doc.body)


def test_a_document_sites_banner_run_into_the_title_is_set_aside() -> None:
    """A copy from a document-sharing site: its slogan and address run on into the title, one line."""
    text = (
        "范文文库—海量文档每日更新www.fanwen-example.com青禾县人民政府关于2023年度法治政府建设情况的报告"
        "2023年，青禾县坚持依法行政，" + "全面推进法治政府建设，" * 20 + "取得新成效。" + BODY.replace("\n", "")
    )
    doc = read_text(text)
    assert (doc.meta.title, doc.meta.unit, doc.meta.year) == (
        "青禾县人民政府关于2023年度法治政府建设情况的报告",
        "青禾县人民政府",
        2023,
    )
    assert not any("www." in b.text for b in doc.body)


# ---------------------------------------------------------------- 8. a type not told, said


@pytest.mark.parametrize(
    ("text", "unit_type"),
    [
        ("中共青禾县委员会、青禾县人民政府：\n2024年，我乡法治政府建设工作扎实推进。\n", "township"),
        ("县委、县政府：\n2024年，我局认真总结法治政府建设工作。局党委理论学习中心组学法4次。\n", "department"),
        ("县委、县政府：\n2024年，我局会同我乡开展联合执法。\n", None),  # two kinds of self: not told
        # a district's words for its towns and sub-districts hold 全镇 / 全乡 but are no town's self-name
        ("市委、市政府：\n2024年，我区实现全镇街公共法律服务站全覆盖，全乡镇配齐法律顾问。\n", None),
    ],
)
def test_a_report_naming_no_unit_is_typed_by_how_it_names_itself(
    tmp_path: Path, text: str, unit_type: str | None
) -> None:
    report = tmp_path / "r.txt"
    report.write_text(text + BODY, encoding="utf-8")
    data = json.loads(in_process("lint", str(report), "--format", "json").stdout)
    f = data["files"][0]
    assert (f["unit"], f["unit_type"]) == (None, unit_type)


def test_unknown_type_is_an_info_finding_in_text_json_and_summary(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("关于2024年度法治政府建设情况的报告\n" + BODY, encoding="utf-8")
    proc = in_process("lint", str(report), "--format", "json")
    f = json.loads(proc.stdout)["files"][0]
    assert (f["unit_type"], f["type_source"]) == (None, None)
    assert any(x["rule"] == "unit-type-unknown" and x["severity"] == "info" for x in f["findings"])
    text = in_process("lint", str(report), "--explain-type").stdout
    assert (
        "未能判断单位类型，已按通用清单检查；请在标题或署名中写出单位全称，或指定单位类型" in text
        and "单位类型依据" in text
    )
    assert "未判断" in in_process("lint", str(report), "--summary").stdout
    typed = json.loads(in_process("lint", str(report), "--format", "json", "--type", "township").stdout)["files"][0]
    assert typed["type_source"] == "option"
    assert not any(x["rule"] == "unit-type-unknown" for x in typed["findings"])


def test_explain_type_names_the_rule(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("青禾县巴音苏木2024年法治政府建设情况报告\n" + BODY, encoding="utf-8")
    out = in_process("lint", str(report), "--explain-type").stdout
    assert "units.toml" in out and "苏木" in out
    f = json.loads(in_process("lint", str(report), "--format", "json").stdout)["files"][0]
    assert (f["unit"], f["unit_type"], f["type_source"]) == ("青禾县巴音苏木人民政府", "township", "title")


# ---------------------------------------------------------------- the same head in every format


def test_same_head_in_every_format(tmp_path: Path) -> None:
    from docx import Document as Docx

    from .ofdfiles import write_ofd

    lines = [
        "您所在的位置：首页 > 工作动态",
        "桃源州人民政府2024年度法治政府",
        "建设情况报告",
        "2024年，全州坚持依法行政。",
    ]
    lines += BODY.strip().split("\n")
    text = "\n".join(lines) + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    d = Docx()
    for ln in lines:
        d.add_paragraph(ln)
    d.save(str(tmp_path / "a.docx"))
    body = "".join(f"<p>{ln}</p>" for ln in lines)
    (tmp_path / "a.html").write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")
    write_ofd(tmp_path / "a.ofd", text)
    for name in ("a.txt", "a.md", "a.docx", "a.html", "a.ofd"):
        m = read_path(tmp_path / name).meta
        assert (m.title, m.unit, m.year) == ("桃源州人民政府2024年度法治政府建设情况报告", "桃源州人民政府", 2024), name
    out = tmp_path / "草稿.md"
    proc = in_process("import", str(tmp_path / "a.docx"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    draft = out.read_text(encoding="utf-8")
    assert 'unit = "桃源州人民政府"' in draft and 'type = "county_gov"' in draft and "year = 2024" in draft


def test_a_justice_bureau_posting_a_report_is_not_its_unit_unless_the_text_says_so() -> None:
    """A 司法局 often posts the government's report: its 来源 names the unit only where the text calls
    itself a bureau ("我局"); a text that names no type of its own is left without a unit (empty, not wrong)."""
    text = (
        "关于2024年度法治政府建设情况的报告\n发布时间:\n2025-03-04\n来源:\n青禾县司法局\n今年以来，坚持依法行政。\n"
        + BODY
    )
    assert read_text(text).meta.unit is None
    own = read_text(text.replace("今年以来，坚持依法行政。", "今年以来，我局坚持依法行政。"))
    assert (own.meta.unit, own.meta.unit_source) == ("青禾县司法局", "publisher")


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
    got = _lint(f"{opening}\n{BODY}")
    assert (got["unit"], got["unit_type"], got["type_source"], got["year"]) == (None, unit_type, "body", year)


def test_a_date_line_under_the_title_is_its_date_not_the_plans_start() -> None:
    """ "2023年1月10日" alone under the title, unbracketed: the 成文日期 (never "2023年…", the plan)."""
    got = _lint(f"青禾县人民政府关于2022年度法治政府建设情况的报告\n2023年1月10日\n{LETTER_BODY}")
    assert got["parts"]["plan"]["heading"] == "三、2023年工作安排"
    assert not [f for f in got["findings"] if f["rule"] in ("part-order", "stale-year")]
    assert read_text(f"青禾县人民政府关于2022年度法治政府建设情况的报告\n2023年1月10日\n{LETTER_BODY}").meta.date == (
        "2023年1月10日"
    )


def test_a_short_reports_own_end_is_no_cover_letter() -> None:
    """ "以上报告，请审阅。", the signature and the date end a short report (a web copy's few lines): the
    report is no letter, its parts stay its own."""
    text = f"{LETTER_BODY}以上报告，请审阅。\n青禾县人民政府\n2023年1月10日\n"
    got = _lint(text)
    assert got["parts"]["measures"]["heading"] == "一、2022年度推进法治政府建设的主要举措和成效"
    assert (got["unit"], got["year"]) == ("青禾县人民政府", 2022)


def test_a_report_titled_关于上报_is_no_cover_letter() -> None:
    """ "关于上报2023年度法治政府建设情况的报告" with no 《》 and no sending sentence is the report's own title."""
    got = _lint(f"关于上报2022年度法治政府建设情况的报告\n青禾县人民政府\n{LETTER_BODY}")
    assert got["title"] == "关于上报2022年度法治政府建设情况的报告"
    assert got["parts"]["measures"]["heading"] == "一、2022年度推进法治政府建设的主要举措和成效"


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
