"""cover-sentence is an info readers disagree on (a comma before 现将 is common: two blind sets' reviewers called
every one a style preference): its message says so, and that the writer may dismiss it."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text


def test_the_cover_sentence_info_says_readers_disagree() -> None:
    text = "2023年，我局坚持依法行政，全面推进法治政府建设，取得明显成效，现将有关情况报告如下：\n"
    res = check(read_text(text), checklists.load("department"), year=2023)
    (found,) = [f for f in res.findings if f.rule == "cover-sentence"]
    assert found.severity == "info" and "逗号改为句号" in found.message
    assert "审阅者看法不一" in found.message and "可忽略" in found.message
