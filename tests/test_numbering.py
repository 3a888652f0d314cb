"""Heading numbers read as counts, in every form a report types them."""

from __future__ import annotations

import pytest

from drafter.checks.numbering import style, value


@pytest.mark.parametrize(
    ("number", "count"),
    [
        ("一、", 1),
        ("十、", 10),
        ("十二、", 12),
        ("二十、", 20),
        ("二十一、", 21),
        ("（三）", 3),
        ("(四)", 4),
        ("12.", 12),
    ],
)
def test_a_heading_number_is_its_count(number: str, count: int) -> None:
    assert value(number) == count


def test_brackets_of_either_width_are_one_style() -> None:
    assert style("(三)") == style("（三）") != style("三、")


HEAD = "青禾县司法局关于2023年度法治政府建设情况的报告\n2023年，我局坚持依法行政。\n"


def _numbers(text: str) -> list[str]:
    from drafter import checklists
    from drafter.checks import check
    from drafter.readers.txt import read_text

    found = check(read_text(HEAD + text), checklists.load("department"), year=2023).findings
    return [f.quote or "" for f in found if f.rule == "heading-number"]


def test_a_number_written_twice_in_a_row_is_one_finding_not_two() -> None:
    """二、 二、 四、: the second 二 stood for 三 — reported once; 四 goes on from it."""
    text = (
        "一、主要举措和成效\n全年学法12次。\n二、存在的不足和原因\n人员不足，原因是编制少。\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n局长带头学法4次。\n四、2024年工作安排\n继续抓好。\n"
    )
    assert _numbers(text) == ["二、"]


def test_a_repeat_then_its_next_number_is_one_finding() -> None:
    """（一）（二）（二）（三）: the repeat reported, （三） after it in order."""
    text = (
        "一、主要举措和成效\n（一）加强学习。全年学法12次。\n（二）规范执法。检查10次。\n"
        "（二）强化普法。活动20场。\n（三）化解矛盾。调解100件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n"
    )
    assert _numbers(text) == ["（二）"]


def test_a_skip_after_a_repeat_is_still_a_finding() -> None:
    text = "一、主要举措和成效\n全年学法12次。\n二、存在的不足\n人员不足。\n二、职责情况\n学法4次。\n五、安排\n继续抓好。\n"
    assert _numbers(text) == ["二、", "五、"]


def test_sub_items_restart_under_each_listed_item() -> None:
    """一是……（1）（2）二是……（1）（2）: each 一是/二是 numbers its own children (was: （1） after （2) reported)."""
    text = (
        "一、主要举措和成效\n（一）加强学习\n一是集中学法，做法如下：\n（1）专题学习。\n（2）以案释法。\n"
        "二是规范执法：\n（1）开展培训。\n（2）评查案卷。\n（二）强化监督\n一是人大监督：\n（1）办理建议。\n"
    )
    assert _numbers(text) == []


def test_a_list_inside_a_heading_hides_no_skip_of_its_level() -> None:
    """（一）……一是……二是……（三）: the list's items are the （一）'s; （三） after （一） still lacks （二）."""
    text = "一、主要举措和成效\n（一）加强学习\n一是集中学法。\n二是专题讲座。\n（三）强化监督\n办理建议12件。\n"
    assert _numbers(text) == ["（三）"]
