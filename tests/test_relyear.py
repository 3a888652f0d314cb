"""relative-year: 今年以来 in a report written the year after its report year, by its 成文日期 or a page's late date."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

BODY = (
    "青禾县人民政府关于2023年度法治政府建设情况的报告\n"
    "{page}"
    "一、2023年度推进法治政府建设的主要举措和成效\n"
    "今年以来，全县办理行政复议案件33件，办结率100%。\n"
    "二、2023年度推进法治政府建设存在的不足和原因\n执法人员不足，主要原因是编制紧张。\n"
)


def _found(page: str) -> list[str]:
    doc = read_text(BODY.format(page=page))
    return [
        f.message for f in check(doc, checklists.load("county_gov"), year=2023).findings if f.rule == "relative-year"
    ]


def test_a_page_posted_from_march_of_the_next_year_tells_the_year_written() -> None:
    assert _found("发布时间：2024-04-10\n") and "2024年" in _found("发布时间：2024-04-10\n")[0]


def test_a_page_posted_in_january_may_hold_a_report_written_in_december() -> None:
    assert _found("发布时间：2024-01-10\n") == []
    assert _found("") == []
