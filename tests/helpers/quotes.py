"""A report built around the words under test, and the check of what a covered item quotes: shared
by the quote tests (measures, duties, whole reports)."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """青山县司法局关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
{measures}
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
{duties}
四、2024年度推进法治政府建设的主要工作安排
{plan}
"""
DUTIES = "局长主持会前学法8次，听取法治工作汇报3次，年终述法1次。"
PLAN = "一是加强执法监督；二是开展普法宣传12场。"


def assert_quotes(kind: str, measures: str, duties: str, plan: str, item: str, words: str | None) -> None:
    """``item`` of the report of ``measures``, ``duties`` and ``plan`` is covered by a sentence holding
    ``words`` that its quote begins (``words`` None: it is not covered); ``kind`` names the case."""
    text = REPORT.format(measures=measures, duties=duties, plan=plan)
    got = check(read_text(text), checklists.load("department"), year=2023).items[item]
    if words is None:
        assert got.status == "missing", (kind, got.evidence)
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, (kind, got.evidence)
        assert got.quote and got.evidence.startswith(got.quote.rstrip("…")), got.quote
