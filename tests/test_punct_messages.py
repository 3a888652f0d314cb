"""The punctuation rules (cover-stop, enumerator-mark, offices-run-together, attribute-list-comma,
coordinate-run, clause-comma, joined-sentences, comma-splice, split-comma) say what to do first and
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
        ("coordinate-run", "一、主要举措和成效\n深刻把握法治建设的全局性战略性基础性前瞻性，全年召开专题会议4次。\n"),
        ("clause-comma", "一、主要举措和成效\n全面落实机关节假日值班值守制度根据排班表做好应急处置。\n"),
        (
            "clause-comma",
            "一、主要举措和成效\n将安全生产法规列入全体干部职工年度培训计划把《中华人民共和国安全生产法》编入口袋书。\n",
        ),
        ("clause-comma", "一、主要举措和成效\n司法所每月深入各村各社区开展普法宣传活动印发宣传折页500份。\n"),
        (
            "joined-sentences",
            "2024年，青禾县获评全省法治政府建设示范县现将全年推进法治政府建设的具体工作情况报告如下：\n一、主要举措和成效\n",
        ),
        ("joined-sentences", "一、主要举措和成效\n一是加强学习，全年组织干部学法12次二是完善制度，修订制度5项。\n"),
        (
            "joined-sentences",
            "一、主要举措和成效\n严格落实合法性审查、集体讨论决定等程序2024年上半年，召开常务会议12次。\n",
        ),
        (
            "comma-splice",
            "一、主要举措和成效\n将宪法纳入中心组学习计划并严格执行，2024年，中心组开展法治专题学习4次。\n",
        ),
        ("comma-splice", "一、主要举措和成效\n普法宣传工作亮点纷呈成效明显，综上所述，各级媒体刊发稿件12篇。\n"),
        ("split-comma", "现将青禾县2024年度法治政府建设的具体工作情况，简要报告如下：\n一、主要举措和成效\n"),
        (
            "split-comma",
            "一、主要举措和成效\n在县委、县政府的坚强领导下，青禾县市场监督管理局稽查局，以建设法治机关为目标，扎实推进各项工作。\n",
        ),
    ],
)
def test_a_punctuation_message_starts_with_the_action_and_fits_the_status_line(rule: str, body: str) -> None:
    res = check(read_text(HEAD + body), checklists.load("department"), year=2024)
    (message,) = [f.message for f in res.findings if f.rule == rule]
    assert message.startswith(("请", "可把", "可删去", "改为“")), message
    assert _columns(message) <= 80, (_columns(message), message)
