"""relative-year: 今年以来 in a report written the year after its report year, by its 成文日期 or a page's late date."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.checks.results import INFO, Finding
from drafter.readers.txt import read_text

BODY = (
    "青禾县人民政府关于2023年度法治政府建设情况的报告\n"
    "{page}"
    "一、2023年度推进法治政府建设的主要举措和成效\n"
    "今年以来，全县办理行政复议案件33件，办结率100%。\n"
    "二、2023年度推进法治政府建设存在的不足和原因\n执法人员不足，主要原因是编制紧张。\n"
)


def _all(page: str, body: str = BODY) -> list[Finding]:
    doc = read_text(body.format(page=page))
    return [f for f in check(doc, checklists.load("county_gov"), year=2023).findings if f.rule == "relative-year"]


def _found(page: str) -> list[str]:
    return [f.message for f in _all(page) if f.severity != INFO]


def test_a_page_posted_from_march_of_the_next_year_tells_the_year_written() -> None:
    assert _found("发布时间：2024-04-10\n") and "2024年" in _found("发布时间：2024-04-10\n")[0]


def test_a_page_posted_in_january_may_hold_a_report_written_in_december() -> None:
    assert _found("发布时间：2024-01-10\n") == []
    assert _found("") == []


def test_a_page_posted_in_the_report_year_itself_was_written_then() -> None:
    """Posted in December of the year it reports, the report was written in that year: its 今年 is the year
    reported — no info, no warning (the copy shows when it was posted; "看不出今年指哪一年" would be untrue)."""
    assert _all("时间：2023-12-07 来源：本站\n") == []
    assert [f.severity for f in _all("时间：2024-01-10 来源：本站\n")] == [INFO]  # January: written either year


def test_an_undated_report_is_told_once_to_name_the_year() -> None:
    """No 成文日期 and no late page: which year 今年 means cannot be told; its first use is one info."""
    twice = BODY.replace("办结率100%。", "办结率100%。今年共计审核规范性文件5件。")
    found = _all("发布时间：2024-01-10\n", twice)
    assert [(f.severity, f.line) for f in found] == [(INFO, 4)]  # title, page date, heading, then the words
    assert found[0].message.startswith("请写“2023年”或“一年来”：") and "2024年写成的“今年”指2024年" in found[0].message


def test_a_dated_report_written_in_its_year_is_silent_and_a_plan_speaks_of_the_next() -> None:
    dated = BODY + "青禾县人民政府\n2023年12月20日\n"
    assert _all("", dated) == []
    plan = BODY.replace(
        "一、2023年度推进法治政府建设的主要举措和成效\n今年以来", "四、2024年度推进法治政府建设的主要安排\n今年以来"
    )
    assert _all("", plan) == []


def test_an_untitled_report_whose_year_follows_a_citation_is_told_about_its_jintian() -> None:
    """No title: the year stands after a citation ("依照…要求，2023年，青桐街道…"); 今年以来 in it is the
    undated report's info, as where the title gives the year (blind set H: missed, the year unknown)."""
    text = (
        "依照《全面深化法治领域改革纲要（2023—2027年）》的要求，结合区工作安排，2023年，青桐街道以法治为引领，扎实推进各项工作。\n"
        "今年以来，青桐街道党工委召开专题会议4次。\n"
        "一、主要举措和成效\n办理行政复议案件3件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n"
    )
    doc = read_text(text)
    assert doc.meta.year == 2023
    found = [f for f in check(doc, checklists.load("township")).findings if f.rule == "relative-year"]
    assert [f.line for f in found] == [2]


def test_jiang_before_a_title_or_a_quote_is_ba_and_speaks_of_no_future() -> None:
    """将《……》纳入 is 把 (blind set H: 今年以来 missed after it); 将 before a verb still speaks of what is to come."""
    page = "发布时间：2024-04-10\n"
    disposal = BODY.replace(
        "今年以来，全县办理行政复议案件33件", "今年以来，县政府将《青禾县法治宣传计划》纳入学习内容"
    )
    assert [f.quote for f in _all(page, disposal) if f.severity != INFO] == ["今年以来"]
    future = BODY.replace("今年以来，全县办理行政复议案件33件", "今年以来，县政府将继续推进行政复议规范化建设")
    assert _all(page, future) == []


def test_this_years_work_and_this_year_we_name_the_wrong_year_too() -> None:
    page = "发布时间：2024-04-10\n"
    said = BODY.replace("今年以来，全县办理行政复议案件33件", "县政府对今年的普法工作作出部署，受理复议案件33件")
    assert [f.quote for f in _all(page, said)] == ["今年的"]
    we = BODY.replace("今年以来，全县办理行政复议案件33件", "今年我县紧紧围绕中心工作，办理复议案件33件")
    (found,) = _all(page, we)
    assert found.quote == "今年我" and "请写“2023年”" in found.message, found.message  # not “2023年我”


def test_a_plan_named_as_a_noun_speaks_of_no_future() -> None:
    page = "发布时间：2024-04-10\n"
    noun = BODY.replace(
        "今年以来，全县办理行政复议案件33件", "今年以来，县政府把宪法纳入年度学习计划，作为常务会议学法内容"
    )
    assert [f.quote for f in _all(page, noun) if f.severity != INFO] == ["今年以来"]
    verb = BODY.replace("今年以来，全县办理行政复议案件33件", "今年以来，县政府计划开展执法检查3次")
    assert _all(page, verb) == []


def test_a_comparison_with_last_year_is_with_the_report_year_itself() -> None:
    """较去年 in a report on 2023 written in 2024 compares with 2023, the report's own year (blind set K: missed)."""
    said = BODY.replace("今年以来，全县办理行政复议案件33件", "全县办理行政复议案件33件，较去年增长10%")
    found = _all("发布时间：2024-04-10\n", said)
    assert [(f.quote, f.severity) for f in found] == [("较去年", "warning")]
    assert "较2022年" in found[0].message
    assert (
        _all(
            "发布时间：2024-04-10\n",
            BODY.replace("今年以来，全县办理行政复议案件33件", "全县办理行政复议案件33件，同比增长10%"),
        )
        == []
    )


def test_this_year_since_written_short_is_one_finding_where_the_report_was_written_later() -> None:
    """今年来 (for 今年以来) is text-date's warning; in a report written the next year relative-year's warning names
    the year to write, which mends both: one finding there, not two on one word."""
    late = BODY.replace("今年以来", "今年来")
    doc = read_text(late.format(page="发布时间：2024-04-10\n"))
    found = [(f.rule, f.quote) for f in check(doc, checklists.load("county_gov"), year=2023).findings]
    assert ("relative-year", "今年来") in found
    assert not [q for r, q in found if r == "text-date" and "今年来" in q]
    doc = read_text(late.format(page=""))  # undated: which year is unknown, the form is still wrong
    found = [(f.rule, f.quote) for f in check(doc, checklists.load("county_gov"), year=2023).findings]
    assert [q for r, q in found if r == "text-date" and "今年来" in q]
    # a clause relative-year leaves: what is planned (将依法行政纳入考核 alone is 把, an act done: relative-year's)
    ahead = BODY.replace("今年以来，全县办理", "今年来，计划将依法行政纳入考核，全县办理")
    doc = read_text(ahead.format(page="发布时间：2024-04-10\n"))
    found = [(f.rule, f.quote) for f in check(doc, checklists.load("county_gov"), year=2023).findings]
    assert not [q for r, q in found if r == "relative-year" and "今年来" in q]
    assert [q for r, q in found if r == "text-date" and "今年来" in q]
