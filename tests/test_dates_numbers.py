"""Dates, years and numbers as GB/T 15835 and the yearly report state them: the cases a rule's own examples do
not pin down — which finding a place gets, and at what severity."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.checks.results import INFO, WARNING, Finding
from drafter.readers.txt import read_text

HEAD = "青禾县水务局关于2023年度法治政府建设情况的报告\n一、2023年度推进法治政府建设的主要举措和成效\n"


def _findings(body: str, tail: str = "青禾县水务局\n2024年1月20日\n") -> list[Finding]:
    doc = read_text(HEAD + body + "\n" + tail)
    return list(check(doc, checklists.load("department"), year=2023).findings)


def _of(rule: str, body: str, tail: str = "青禾县水务局\n2024年1月20日\n") -> list[Finding]:
    return [f for f in _findings(body, tail) if f.rule == rule]


def test_an_approximate_number_in_digits_is_one_finding_that_gives_the_chinese_form() -> None:
    """培训5、6次 is 五六次: approximate-comma says so; figures does not call the 5 a count without its measure word."""
    found = _findings("全年组织执法培训5、6次，参训人员120人。")
    assert [f.rule for f in found if f.rule in ("approximate-comma", "figures")] == ["approximate-comma"]
    assert "五六" in next(f.message for f in found if f.rule == "approximate-comma")


def test_jiang_that_is_ba_tells_no_future() -> None:
    """今年以来，将……纳入: 将 is 把 — the act is done, its 今年 is the year written in; 将进一步把……纳入 is to come."""
    assert _of("relative-year", "今年以来，将普法工作纳入局党组议事日程，研究普法3次。")
    assert not _of("relative-year", "今年，局党组将进一步把普法工作纳入议事日程。")
    assert not _of("relative-year", "今年，局党组将纳入考核的事项再梳理一遍。")


def test_since_last_year_is_a_warning_whenever_the_report_was_written() -> None:
    for tail in ("青禾县水务局\n2024年1月20日\n", "青禾县水务局\n2023年12月20日\n", ""):
        got = _of("relative-year", "去年以来，局党组研究依法行政工作5次。", tail)
        assert [f.severity for f in got] == [WARNING], tail


def test_last_year_alone_is_an_info_and_only_when_written_the_next_year() -> None:
    body = "在去年建成执法监督平台的基础上，全年审核合同40份。"
    assert [f.severity for f in _of("relative-year", body)] == [INFO]
    assert _of("relative-year", body, "青禾县水务局\n2023年12月20日\n") == []


def test_a_month_after_this_year_is_a_time_of_the_year_written_but_a_deadline_is_not() -> None:
    assert _of("relative-year", "今年6月，局党组听取执法监督工作汇报。")
    assert not _of("relative-year", "今年6月底前完成全部清理。")


def test_a_year_end_after_the_year_is_no_doubled_unit_and_a_count_of_months_no_date() -> None:
    assert not _of("impossible-date", "2023年年底前完成清理，连续13月无败诉案件，2月29日举办培训。")
    assert [f.rule for f in _findings("2023年2月29日召开党组会。") if f.rule == "impossible-date"] == [
        "impossible-date"
    ]


def test_this_year_opening_a_clause_tells_its_work_but_not_what_the_year_is() -> None:
    assert _of("relative-year", "全年审核合同40份，今年组织合法性审查13次。")
    assert not _of("relative-year", "今年是“八五”普法收官之年，全年审核合同40份。")
