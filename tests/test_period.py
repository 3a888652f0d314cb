"""period-heading: a part heading of an annual report that names part of a year, told once per heading."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.checks.period import PERIOD_HEADING
from drafter.readers.txt import read_text

TITLE = "青山县水务局关于2023年度法治政府建设情况的报告"


def _found(text: str) -> list[tuple[str, str, str | None]]:
    result = check(read_text(f"{TITLE}\n{text}"), checklists.load("department"), year=2023)
    return [(f.severity, f.quote or "", f.part) for f in result.findings if f.rule == PERIOD_HEADING.id]


def test_a_heading_serving_two_parts_is_told_once_as_the_plans() -> None:
    """存在问题和下半年工作打算: one heading of the shortcomings and the plan; its 下半年 is the plan's."""
    found = _found(
        "一、2023年度主要工作\n全年审核合同40份。\n二、存在问题和下半年工作打算\n执法人员不足，原因是编制紧张。\n"
    )
    assert found == [("error", "下半年", "plan")]


def test_a_run_in_heading_is_read_up_to_its_first_stop() -> None:
    """一、主要工作。上半年召开…: the period stands in the text after the heading's words, not in them."""
    assert _found("一、主要工作。上半年召开专题会议2次，全年审核合同40份。\n") == []
    assert _found("一、上半年主要工作。全年审核合同40份。\n") == [("error", "上半年", "measures")]


def test_a_year_told_half_by_half_is_no_half_year_summary() -> None:
    """一、上半年主要工作 … 二、下半年主要工作: the measures of the whole year, in two halves."""
    halves = "一、上半年主要工作\n审核合同20份。\n二、下半年主要工作\n审核合同20份。\n三、存在的问题\n人员不足，原因是编制紧张。\n"
    assert _found(halves) == []
    assert _found("一、上半年主要工作\n审核合同20份。\n二、存在的问题\n人员不足，原因是编制紧张。\n") != []


def test_an_aside_in_brackets_names_no_period_reported() -> None:
    """存在的不足和原因（含上半年督察发现的问题）: the bracket names a topic of the part, not its period."""
    text = "一、2023年度主要工作\n审核合同40份。\n二、存在的不足和原因（含上半年督察发现的问题）\n人员不足，原因是编制紧张。\n"
    assert _found(text) == []


def test_a_period_dating_a_thing_in_a_heading_dated_otherwise_is_none() -> None:
    """The heading names the report year before the period (2023年度……及四季度工作亮点), or an event follows
    the period (上半年督察发现的问题: words.toml period_events): the part is the year's; 2023年上半年 is still
    the period itself (a reviewer found the first two given an error)."""
    rest = "全年审核合同40份。\n二、存在的不足和原因\n执法人员不足，原因是编制紧张。\n"
    assert _found(f"一、2023年度推进法治政府建设的主要举措、成效及四季度工作亮点\n{rest}") == []
    assert (
        _found(
            "一、主要举措和成效\n全年审核合同40份。\n二、上半年督察发现的问题和存在的不足及原因\n人员不足，原因是编制紧张。\n"
        )
        == []
    )
    assert _found(f"一、2023年上半年推进法治政府建设的主要举措和成效\n{rest}") == [("error", "上半年", "measures")]
    assert _found(f"一、上半年推进法治政府建设的主要举措和成效\n{rest}") == [("error", "上半年", "measures")]
