"""The head of a report, kind by kind, on constructed cases (places that are in no corpus): titles
without 关于, the page's own words, titles split anywhere or repeated, traditional characters, the year."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check

from .helpers.head import BODY, head_of, lint_text, read_text, title_unit_year

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
    assert head_of(f"{title}\n2023年，我们坚持依法行政。\n{BODY}") == (title, unit, unit_type, 2023)


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
    assert title_unit_year(doc) == ("2023年松溪区法治政府建设情况报告", "松溪区人民政府", 2023)
    assert not any("今天是" in b.text or "来源" in b.text or "您所在" in b.text for b in doc.body)


def test_bullet_metadata_list_names_the_publisher_not_the_unit() -> None:
    text = (
        "您当前的位置:首页 >法定主动公开内容 >区政府法治政府建设年度报告\n\n  • 000111222/2024-00011\n  • 法制\n"
        "  • 工作报告\n  • 松溪区司法局\n  • 2024-03-22\n\n青禾市松溪区2023年法治政府建设工作报告\n\n"
        "青禾市松溪区2023年法治政府建设工作报告\n\n2023 年，区政府坚持依法行政。\n" + BODY
    )
    title, unit, unit_type, year = head_of(text)
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
    assert head_of(text) == ("青禾市审计局2025年法治政府建设报告", "青禾市审计局", "department", 2025)


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
    assert head_of(text)[:3] == ("青禾市人民政府关于2025年法治政府建设情况的报告", "青禾市人民政府", "county_gov")


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
    _, unit, unit_type, year = head_of(
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
    assert title_unit_year(doc) == ("大石鄉2024年法治政府建設情況報告", "大石鄉人民政府", 2024)
    decision = checklists.registry().decide(doc.meta.unit)
    assert decision.type == "township" and "鄉人民政府" in decision.explain()


# ---------------------------------------------------------------- 5. the year


def test_year_from_the_opening_when_the_title_has_none() -> None:
    assert head_of("云台乡法治政府建设情况报告\n2025年，我乡坚持依法行政。\n" + BODY)[1:] == (
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
    assert head_of(text)[3] == 2025


def test_a_banner_of_the_sites_name_and_todays_date_is_not_the_title() -> None:
    """ "××区人民政府 2019年12月3日星期二" and "无障碍 简体| 繁体" above the title: the page's words."""
    text = (
        "青禾市松溪区人民政府 2019年12月3日星期二\n\n无障碍 简体| 繁体\n\n"
        "松溪区2023年度法治政府建设情况报告\n来源:松溪区人民政府办公室 发布时间:2024-03-28 09:18\n\n"
        "2023年，松溪区坚持依法行政。\n" + BODY.replace("三、下一步工作安排", "三、2024年工作打算")
    )
    title, unit, unit_type, year = head_of(text)
    assert unit == "松溪区人民政府"
    assert (title, unit_type, year) == ("松溪区2023年度法治政府建设情况报告", "county_gov", 2023)
    result = check(read_text(text), checklists.load("county_gov"))
    assert not [f for f in result.findings if f.rule == "stale-year"]


@pytest.mark.parametrize(("unit", "expected"), [("县人民政府", "县人民政府"), ("青禾县人民政府", "青禾县人民政府")])
def test_the_unit_that_reports_in_an_untitled_opening(unit: str, expected: str | None) -> None:
    """ "…有关规定，现将县人民政府2022年…报告如下" names the unit that reports, never "现将县人民政府";
    one named without its place ("县人民政府"), nothing longer written, is the unit as written."""
    text = (
        f"根据《法治政府建设与责任落实督察工作规定》有关规定，现将{unit}2022年法治政府建设工作情况报告如下。\n" + BODY
    )
    assert head_of(text)[1] == expected
    assert lint_text(text)["unit_type"] == "county_gov"


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
        (  # 一年来 first, the year further on in the opening
            "青禾县司法局法治政府建设情况报告\n一年来，我局坚持依法行政，圆满完成2023年度各项工作任务。\n",
            2023,
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
    assert title_unit_year(doc) == ("青禾县人民政府关于2023年度法治政府建设情况的报告", "青禾县人民政府", 2023)
    assert not any("www." in b.text for b in doc.body)


@pytest.mark.parametrize(
    "opening",
    [
        "一年来，我局坚持依法行政，继2022年获评先进后，2023年再获表彰。",  # two years: which one is unclear
        "一年来，我局坚持依法行政。2024年，我局将继续深化法治建设。",  # a plan's year only
    ],
)
def test_an_opening_of_one_year_without_a_clear_year_gives_none(opening: str) -> None:
    assert read_text(f"青禾县司法局法治政府建设情况报告\n{opening}\n{BODY}").meta.year is None


@pytest.mark.parametrize("party", ["中共青禾街道工作委员会", "青禾街道党工委", "中共青禾街道工委", "中共青禾镇委员会"])
def test_a_townships_party_body_is_a_townships_report(party: str) -> None:
    """A 街道's party body written in full (工作委员会) ends like a department's 委员会: it is a 街道's."""
    assert checklists.registry().infer(party) == "township"


# ---------------------------------------------------------------- a news article's headline on the report


@pytest.mark.parametrize(
    ("text", "unit", "unit_type"),
    [
        (  # set I: the headline was the title, the ministry no unit
            "应急管理部发布2022年度法治政府建设年度报告\n发布时间：2023-03-20\n"
            "新华网北京3月20日电 据应急管理部官方微信公众号消息，应急管理部日前发布2022年度法治政府建设年度报告。"
            "2022年，应急管理部坚持以习近平法治思想为指导。\n",
            "应急管理部",
            "department",
        ),
        (
            "水利部公布2023年法治政府建设情况报告\n来源：人民网\n"
            "本网讯 水利部日前公布2023年法治政府建设情况报告。报告显示，2023年，水利部深入推进依法行政。\n",
            "水利部",
            "department",
        ),
        (
            "青禾县晒出2023年度法治政府建设成绩单\n2024-03-01 09:30\n"
            "2023年，我县坚持以习近平法治思想为指导，扎实推进法治政府建设。\n",
            "青禾县人民政府",
            "county_gov",
        ),
    ],
)
def test_a_news_headline_is_no_title_and_names_the_unit_that_released_it(text: str, unit: str, unit_type: str) -> None:
    title, got, kind, _ = head_of(f"{text}{BODY}")
    assert (title, got, kind) == (None, unit, unit_type)


@pytest.mark.parametrize(
    "title",
    [
        "青禾县人民政府关于发布2022年度法治政府建设情况报告的通知",
        "关于公开发布2023年度法治政府建设情况报告的说明",
        "青禾县司法局2022年度法治政府建设年度报告",
        "青禾县人民政府办公室关于2023年度政务公开和法治政府建设情况的报告",
    ],
)
def test_a_reports_own_title_with_a_news_verb_stays_its_title(title: str) -> None:
    assert head_of(f"{title}\n2023年，我们坚持依法行政。\n{BODY}")[0] == title


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        (  # set I: a ministry named only in the news lead, no headline
            "新华网北京3月20日电 据应急管理部官方微信公众号消息，该部日前发布2022年度法治政府建设年度报告。"
            "报告显示，2022年，该部坚持以习近平法治思想为指导。",
            "应急管理部",
        ),
        ("  据水利部官网消息，水利部日前公布2023年法治政府建设情况报告。", "水利部"),
        ("本网讯（记者 王青）据北湾省司法厅门户网站消息，该厅近日发布2023年度法治政府建设情况报告。", "北湾省司法厅"),
        # the source is not what the news is about: another unit's report, or no news at all
        ("本网讯 据青禾县司法局微信公众号消息，我县发布2023年法治政府建设年度报告。", None),
        ("据统计，全年办理行政复议案件120件。", None),
    ],
)
def test_a_news_lead_names_the_unit_the_news_is_about(lead: str, unit: str | None) -> None:
    assert head_of(f"{lead}\n{BODY}")[1] == unit


@pytest.mark.parametrize("tail", ["的报告", "报告", "汇报"])
def test_a_title_with_its_genre_wrapped_onto_the_next_line_is_one_title(tail: str) -> None:
    """“……工作情况” / “的报告”: the genre on a line of its own is the title's, not a body line after a
    title lacking it (a false title-form note and a missing 主送机关 before)."""
    text = f"青禾县水务局关于2023年度法治政府建设工作情况\n{tail}\n青禾县人民政府：\n2023年，我们坚持依法行政。\n{BODY}"
    doc = read_text(text)
    assert doc.meta.title == f"青禾县水务局关于2023年度法治政府建设工作情况{tail}"
    found = check(doc, checklists.load("department"), year=2023).findings
    assert not [f for f in found if f.rule == "title-form" and "文种" in f.message]
