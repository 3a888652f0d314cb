"""A web page's head around a report: a metadata table in pipe form, a column's name shown beside its breadcrumb."""

from __future__ import annotations

import pytest

from .helpers.head import BODY, head_of, lint_text, read_text, title_unit_year

OPENING = "2025年，青禾镇人民政府坚持依法行政，成效明显。现将有关情况报告如下：\n"


def test_a_pipe_tables_title_cell_is_the_title_and_its_rows_are_no_body() -> None:
    text = (
        "广告文字一行\n| 标题: | 青禾镇人民政府2025年度法治政府建设情况报告 | ||\n|---|---|---|---|\n"
        "| 索引号: | 000111/2026-0001 | 文号: | |\n| 发文日期: | 2026-01-08 | 发布机构: | 青山区青禾镇人民政府 |\n"
        + OPENING
        + BODY
    )
    doc = read_text(text)
    assert title_unit_year(doc) == ("青禾镇人民政府2025年度法治政府建设情况报告", "青禾镇人民政府", 2025)
    assert doc.body[0].text.startswith("2025年，青禾镇")
    assert not any("|" in b.text for b in doc.body)
    assert not [f for f in lint_text(text)["findings"] if f["rule"] == "title-year"]


def test_a_pipe_tables_issuer_cell_is_the_page_issuer() -> None:
    text = (
        "| 索引号: | 000111/2026-0002 | 发布机构: | 青山县白石镇人民政府 |\n" + OPENING.replace("青禾镇", "我镇") + BODY
    )
    doc = read_text(text)
    assert doc.meta.page_issuer == "青山县白石镇人民政府"


def test_a_column_name_beside_its_breadcrumb_is_no_title() -> None:
    text = (
        "您的位置:首页 > 政务公开 > 法治政府建设年度报告\n"
        "法治政府建设年度报告 您的位置:首页 > 政务公开 > 法治政府建设年度报告\n"
        "市交通运输委2024年度法治政府建设情况报告\n来源: 青禾市交通运输委员会 时间: 2025-03-10 09:12:00\n"
        "2024年，市交通运输委坚持依法行政。\n" + BODY
    )
    doc = read_text(text)
    assert doc.meta.title == "市交通运输委2024年度法治政府建设情况报告"
    assert not [f for f in lint_text(text)["findings"] if f["rule"] == "title-year"]


def test_a_title_the_breadcrumb_ends_with_stays_the_title() -> None:
    """A report's own title names its year: the crumb's last step that is the title is no column's name."""
    text = (
        "青禾县2024年法治政府建设情况报告 您的位置:首页 > 政务公开 > 青禾县2024年法治政府建设情况报告\n"
        "2024年，青禾县坚持依法行政。\n" + BODY
    )
    assert read_text(text).meta.title == "青禾县2024年法治政府建设情况报告"


def test_a_sites_banner_above_a_breadcrumb_is_no_line_of_the_title_below_it() -> None:
    text = (
        "青禾省政府 青禾市政府 青禾市司法局\n\n当前位置:首页 > 专题专栏 > 法治政府 > 正文\n\n"
        "松溪县2024年度法治政府建设情况报告\n\n时间:2025-03-01 09:24 来源:松溪县司法局\n\n"
        "2024年，松溪县坚持依法行政。\n" + BODY
    )
    assert title_unit_year(read_text(text)) == ("松溪县2024年度法治政府建设情况报告", "松溪县人民政府", 2024)


@pytest.mark.parametrize(
    "line",
    [
        "青禾县人民政府关于2023年度法治政府建设情况的报告-青禾县人民政府网",  # the page's heading: title - site
        "青禾县人民政府关于2023年度法治政府建设情况的报告_青禾县人民政府",
        "【法治政府建设年度报告】青禾县人民政府关于2023年度法治政府建设情况的报告",  # a column's tag before it
        "［法治政府建设］青禾县人民政府关于2023年度法治政府建设情况的报告",
    ],
)
def test_a_title_with_the_sites_name_after_it_or_a_columns_tag_before_it(line: str) -> None:
    text = f"{line}\n2023年，青禾县坚持依法行政，现将有关情况报告如下。\n{BODY}"
    title = "青禾县人民政府关于2023年度法治政府建设情况的报告"
    assert head_of(text) == (title, "青禾县人民政府", "county_gov", 2023)
