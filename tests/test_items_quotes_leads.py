"""What opens or frames the work is no quote of it: a lead before a colon (……取得新成效，主要做法如下：) is left
out of the quote; a summary in the opening reports with its figures; a stance with only stock verbs
(以……为抓手，全面推进……) covers no measure."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT


@pytest.mark.parametrize(
    ("measures", "item", "words"),
    [
        (
            "（一）复议。行政复议工作取得新成效，具体如下：依法办理行政复议案件33件。",
            "disputes",
            "依法办理行政复议案件33件",
        ),
        (
            "（一）公开。政务公开工作取得明显成效，主要做法如下：\n全年在政府网站主动公开政府信息120条，办理申请25件。",
            "oversight",
            "全年在政府网站主动公开政府信息120条",
        ),
        ("（一）普法。主要做法是：开展送法进企业活动12场。", "leadership", "开展送法进企业活动12场"),
    ],
)
def test_a_lead_into_what_was_done_is_left_out_of_the_quote(measures: str, item: str, words: str) -> None:
    """A lead before a colon (……取得新成效，主要做法如下：) says nothing a reviewer searches for: the quote
    and the evidence begin with what was done after it."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load("department"), year=2023).items[item]
    assert got.status == "covered" and got.evidence is not None and got.evidence.startswith(words), got.evidence
    assert got.quote is not None and got.quote.startswith(words[:20]), got.quote


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，我局以习近平法治思想为指导，全年办理行政复议案件33件，开展送法进企业活动12场，法治政府建设取得新成效。",
        "2023年，我局坚持以习近平法治思想为引领，办结行政复议案件33件，开展送法进企业活动12场。",
    ],
)
def test_a_summary_with_figures_in_the_opening_still_reports(opening: str) -> None:
    """A summary that opens with 以……为指导 is a stance only without a figure: with one (办理行政复议案件33件)
    it reports the items the opening alone names (their cover is the opening's, not lost)."""
    text = f"青山县司法局关于2023年度法治政府建设情况的报告\n{opening}\n" + REPORT.split("\n", 1)[1].format(
        measures="（一）执法。全年办结行政处罚案件40件。", duties=DUTIES, plan=PLAN
    )
    got = check(read_text(text), checklists.load("department"), year=2023).items
    for item in ("disputes", "pufa-responsibility"):
        assert got[item].status == "covered" and got[item].evidence is not None, (item, got[item].evidence)
        assert "33件" in got[item].evidence


@pytest.mark.parametrize(
    ("measures", "item", "covered"),
    [
        (
            "（一）执法。全年办结行政处罚案件40件。以“八五”普法为抓手，全面推进全民守法进程，分层分类抓好落实。",
            "pufa-responsibility",
            False,
        ),
        (
            "（一）执法。全年办结行政处罚案件40件。高度重视普法责任制，不断优化普法工作格局。",
            "pufa-responsibility",
            False,
        ),
        ("（一）执法。全年办结行政处罚案件40件。以“八五”普法为抓手，开展送法进企业活动。", "pufa-responsibility", True),
        ("（一）执法。全年办结行政处罚案件40件。坚持以案释法，推进普法进企业6场。", "pufa-responsibility", True),
        ("（一）公开。持续深化政务公开。在政府网站主动公开政府信息。", "oversight", True),
    ],
)
def test_a_stance_with_only_stock_verbs_covers_no_measure(measures: str, item: str, covered: bool) -> None:
    """A stance (以……为抓手, 高度重视……) whose only act words are stock ones (推进, 落实, 优化) and no figure says
    where the work goes, nothing done: the item is left uncovered (``stance.mere_stance``); with an act (开展) or a
    figure it still covers, and a bare heading is quoted by the sentence after it."""
    text = REPORT.format(measures=measures, duties=DUTIES, plan="一是加强执法监督。")
    got = check(read_text(text), checklists.load("department"), year=2023).items[item]
    assert (got.status == "covered") is covered, (got.status, got.evidence)
