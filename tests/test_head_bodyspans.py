"""A unit read from a phrase of the body that names none (review4 entry 14): a level's character used as a
rank (下放县级行政审批事项), a list's label or 部分 before 乡镇 (一是部分乡镇法治建设力量薄弱)."""

from __future__ import annotations

import pytest

from .helpers.head import head_of

TITLE = "2023年度法治政府建设情况报告"
MEASURE = "一、主要举措和成效\n（一）深化放管服改革。下放县级行政审批事项33项，办理行政许可1200件。\n"
PLAN = "三、2024年工作安排\n开展执法案卷评查30卷。\n"


@pytest.mark.parametrize(
    ("opening", "shortcoming"),
    [
        # gave 一是部分乡镇人民政府 (a township) before
        (
            "2023年，在县委和县政府的坚强领导下，全镇上下深入学习贯彻习近平法治思想，现将有关情况报告如下。",
            "一是部分乡镇法治建设力量薄弱，主要原因是人员编制不足。",
        ),
        # gave 下放县人民政府 (a county government) before
        (
            "按照市委依法治市办通知要求，现将有关情况报告如下。2023年，市司法局指导我县深入推进依法行政。",
            "执法力量薄弱，主要原因是人员编制不足。一是部分乡镇法治建设力量薄弱。",
        ),
    ],
)
def test_a_rank_or_a_lists_label_before_a_level_names_no_unit(opening: str, shortcoming: str) -> None:
    text = f"{TITLE}\n{opening}\n{MEASURE}二、存在的不足和原因\n{shortcoming}\n{PLAN}"
    assert head_of(text)[1] is None


def test_a_place_before_its_level_still_names_the_unit() -> None:
    """The near miss: 青禾县 as the opening's subject, 县级 further on."""
    opening = "2023年，我县坚持依法行政。青禾县坚持以习近平法治思想为指导，下放县级行政审批事项33项。"
    text = f"{TITLE}\n{opening}\n{MEASURE}二、存在的不足和原因\n人员不足，原因是编制少。\n{PLAN}"
    assert head_of(text)[1] == "青禾县人民政府"
