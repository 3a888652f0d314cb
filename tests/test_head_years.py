"""The year a report is on where its head does not say it: a news lead, a cover sentence without 将, the body."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check

from .helpers.head import BODY, read_text


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (  # a news copy posted long after: the lead names the report it releases, the page's date is the repost's
            "水利部公布2022年法治政府建设年度报告\n发布时间:2023-12-05 10:20:11\n"
            "本网讯 据水利部官网消息，水利部公布2022年法治政府建设年度报告。全文如下：\n"
            "一、坚持党的领导\n2022年，水利部党组研究法治工作3次。\n二、存在的不足和原因\n人员不足，原因是编制少。\n",
            2022,
        ),
        (  # 现报告如下 without 将: the year of the work summed up before it
            "依照有关规定，县自然资源局全面总结2023年度法治政府建设工作，现报告如下。\n" + BODY,
            2023,
        ),
        (  # an untitled opening that calls its year a named plan's year: that year, not a plan's (set M m061)
            "2021年是“十四五”规划开局之年，也是建党一百周年。青禾县坚持依法行政，法治政府建设取得新成效。\n" + BODY,
            2021,
        ),
        (  # the same, the plan named without quotes
            "2020年是十三五规划收官之年，青禾镇坚持依法行政，各项工作取得新成效。\n" + BODY,
            2020,
        ),
        (  # a copy that starts at its first heading: the year the body's sentences on work done begin with
            "一、加强组织领导\n局党组重视法治工作。2021年，局党组召开会议4次研究法治工作。\n"
            "二、推进依法决策\n2021年，审核合同20份。\n",
            2021,
        ),
    ],
)
def test_the_year_where_the_head_names_none(text: str, year: int) -> None:
    doc = read_text(text)
    assert doc.meta.year == year
    result = check(doc, checklists.load("base"))
    assert not [f for f in result.findings if f.rule == "stale-year" and f.severity == "error"]


@pytest.mark.parametrize(
    "body",
    [
        "一、加强组织领导\n党组重视。2021年，召开会议4次。\n二、推进依法决策\n2022年，审核合同20份。\n",  # two years, once each
        "一、加强组织领导\n召开会议4次。2022年，我局将加强合同管理。\n",  # a plan's year only
    ],
)
def test_the_bodys_sentences_give_no_year_where_they_do_not_agree(body: str) -> None:
    assert read_text(body).meta.year is None


def test_a_reports_own_publishing_of_last_years_report_is_not_its_year() -> None:
    """Review6 #1: 公开发布了2022年度…报告 is a measure of the report on 2023, not a news lead on it."""
    text = (
        "青禾县人民政府关于法治政府建设情况的报告\n"
        "2023年，青禾县坚持依法行政，法治政府建设取得新成效，并在县政府门户网站公开发布了2022年度法治政府建设"
        "情况报告。现将有关情况报告如下。\n" + BODY
    )
    doc = read_text(text)
    assert doc.meta.year == 2023
    result = check(doc, checklists.load("base"))
    assert not [f for f in result.findings if f.rule == "stale-year" and f.severity == "error"]


def test_the_plans_sentences_do_not_vote_for_the_year() -> None:
    """Review6 #2: under the plan's heading "2025年，持续深化……" names next year, not the year reported on."""
    text = (
        "一、主要举措和成效\n全县执法人员全部持证。2024年，评查行政执法案卷210卷。\n"
        "二、存在的不足和原因\n人员不足，原因是编制少。\n三、下一步工作打算\n"
        "2025年，持续深化“放管服”改革。2025年，力争实现案卷评查全覆盖。\n"
    )
    assert read_text(text).meta.year == 2024


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("青禾县司法局2023法治政府建设工作报告", 2023),  # the title's year written without 年
        ("关于2022度法治政府建设情况的报告", 2022),
        ("青禾县2021法治工作情况暨2022工作要点的报告", 2021),  # the other year a plan's
    ],
)
def test_a_titles_year_written_without_nian_is_its_year_and_no_missing_year(title: str, year: int) -> None:
    """The title still says which year (the plan's 2026 would say 2025): ``wording`` reports the 年 left out,
    ``title-year`` has nothing to say."""
    doc = read_text(f"{title}\n{BODY}2026年，我局将继续加强培训。\n")
    assert doc.meta.year == year
    rules = [f.rule for f in check(doc, checklists.load("base")).findings if f.line == 1]
    assert "title-year" not in rules and "wording" in rules


def test_an_organ_whose_name_holds_a_plan_word_opens_the_year_it_reports() -> None:
    """ "2023年，市自然资源和规划局坚持…" reports on 2023 (规划 is the bureau's name, no plan for 2023); its
    study plan for 2023 under the first heading is no 2024 report's plan either."""
    text = (
        "2023年，市自然资源和规划局坚持依法行政，现将有关情况报告如下：\n"
        "一、主要举措和成效\n1.将习近平法治思想纳入2023年党组理论学习中心组学习计划，全年学习5次。\n"
        "二、存在的不足和原因\n人员不足，原因是编制少。\n"
    )
    doc = read_text(text)
    assert doc.meta.year == 2023
    assert not [f for f in check(doc, checklists.load("base")).findings if f.rule == "stale-year"]


@pytest.mark.parametrize(
    "title",
    [
        "青禾县司法局法治政府建设年度报告（2023）",  # its year in brackets without 年
        "青禾县司法局2023年度法治建设工作情况汇报",  # a 汇报 that names its year
        "青禾县司法局关于2023年度法治政府建设情况的汇报",
        "青禾县司法局2023年法治政府建设工作情况及2024年工作计划",  # 及, not 暨, before the plan
        "青禾县司法局2023年度法治政府建设情况报告（草案）",  # a draft's mark after it
    ],
)
def test_a_title_of_another_form_is_the_title_and_gives_the_year(title: str) -> None:
    """The plan's 2025 would say 2024, and the title's line read as the body a stale year in the opening."""
    doc = read_text(f"{title}\n{BODY}三、2025年工作安排\n加强培训。\n")
    assert (doc.meta.title, doc.meta.year) == (title, 2023)


def test_an_opening_that_leaves_out_the_nian_before_yilai_gives_its_year() -> None:
    """ "2024以来，……" (年 left out: ``wording`` says so) opens the report on 2024, not the plan's year less one."""
    doc = read_text(f"2024以来，青禾镇坚持依法行政，现将有关情况汇报如下：\n{BODY}2026年，我镇将继续加强培训。\n")
    assert doc.meta.year == 2024


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("青禾县司法局２０２３年法治政府建设情况报告", "青禾县司法局"),
        ("青禾县司法局2023度法治政府建设报告", "青禾县司法局"),
    ],
)
def test_a_titles_year_in_full_width_digits_or_without_nian_is_named_and_cuts_the_unit(title: str, unit: str) -> None:
    doc = read_text(f"{title}\n{BODY}")
    assert (doc.meta.unit, doc.meta.year) == (unit, 2023)
    assert "title-year" not in [f.rule for f in check(doc, checklists.load("department")).findings]
