"""The punctuation rules of this stop (cover-stop, enumerator-mark, offices-run-together,
attribute-list-comma) say what to do first and
fit the app's 80-column status line, on made-up sentences with their longest shown words."""

from __future__ import annotations

import unicodedata

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青禾县司法局关于2024年度法治政府建设情况的报告\n"


def _columns(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


@pytest.mark.parametrize(
    ("rule", "body"),
    [
        (
            "cover-stop",
            "2024年，我局全面推进依法行政，现将全年推进法治政府建设的具体工作情况报告如下。\n一、主要举措和成效\n",
        ),
        (
            "enumerator-mark",
            "一、主要举措和成效\n全年把依法行政和法治政府建设各项工作列入重要议事日程，一是召开会议3次；二是修订制度2项。\n",
        ),
        (
            "enumerator-mark",
            "一、主要举措和成效\n（二）持续提高依法行政水平和行政执法工作质量一是健全制度2项；二是评查案卷30卷。\n",
        ),
        ("offices-run-together", "一、主要举措和成效\n成立领导小组，由党工委书记党组书记任双组长，全年召开会议3次。\n"),
        (
            "attribute-list-comma",
            "一、主要举措和成效\n形成了镇党委主要领导亲自抓，镇政府分管领导具体抓，各站所负责同志配合抓的工作格局。\n",
        ),
        (
            "attribute-list-comma",
            "一、主要举措和成效\n形成了镇党委主要领导亲自抓、镇政府分管领导具体抓，各站所负责同志配合抓的工作格局。\n",
        ),
    ],
)
def test_a_punctuation_message_starts_with_the_action_and_fits_the_status_line(rule: str, body: str) -> None:
    res = check(read_text(HEAD + body), checklists.load("department"), year=2024)
    (message,) = [f.message for f in res.findings if f.rule == rule]
    assert message.startswith(("请", "可把")), message
    assert _columns(message) <= 80, (_columns(message), message)
