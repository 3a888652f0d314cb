"""missing-part, the one error a report gets for a part it lacks, says what to do first and fits the app's
80-column status line, on a made-up report lacking its longest-named part (the duties part, named with its year)."""

from __future__ import annotations

import unicodedata

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = (
    "青禾县司法局关于2024年度法治政府建设情况的报告\n"
    "一、2024年度推进法治政府建设的主要举措和成效\n全年办理行政复议案件12件，审核规范性文件3件。\n"
    "二、2024年度推进法治政府建设存在的不足和原因\n执法人员专业能力不足，主要原因是培训不够。\n"
    "三、2025年度推进法治政府建设的主要安排\n一是加强执法培训；二是开展案卷评查。\n"
)


def _columns(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def test_a_missing_parts_message_starts_with_the_action_and_fits_the_status_line() -> None:
    res = check(read_text(REPORT), checklists.load("department"), year=2024)
    (message,) = [f.message for f in res.findings if f.rule == "missing-part"]
    assert message.startswith("补写“2024年度党政主要负责人履行推进法治建设第一责任人职责情况”部分"), message
    assert _columns(message) <= 80, (_columns(message), message)
