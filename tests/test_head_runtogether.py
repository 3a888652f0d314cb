"""The head of a report whose title, 主送机关 and opening stand on one line (a page that lost its
line breaks in the head only), on constructed cases."""

from __future__ import annotations

import pytest

from .helpers.head import BODY, head_of, read_text


@pytest.mark.parametrize(
    ("line", "title", "unit"),
    [
        (
            "青禾县人民政府关于2023年度法治政府建设情况的报告青山市人民政府：2023年，我县坚持依法行政。",
            "青禾县人民政府关于2023年度法治政府建设情况的报告",
            "青禾县人民政府",
        ),
        (
            "松溪县司法局关于2023年法治政府建设工作情况的报告 县人民政府： 2023年，我局认真履职。",
            "松溪县司法局关于2023年法治政府建设工作情况的报告",
            "松溪县司法局",
        ),
        (
            "柳岸街道办事处2023年度法治政府建设情况报告区人民政府：",
            "柳岸街道办事处2023年度法治政府建设情况报告",
            "柳岸街道办事处",
        ),
    ],
)
def test_a_title_run_into_its_addressee_and_opening_is_read_apart(line: str, title: str, unit: str) -> None:
    doc = read_text(f"{line}\n{BODY}")
    assert (doc.meta.title, doc.meta.unit, doc.meta.year) == (title, unit, 2023)
    assert doc.meta.addressee is not None
    assert doc.blocks[0].role == "title" and doc.blocks[1].role == "addressee"


@pytest.mark.parametrize(
    "line",
    [
        "关于2023年度法治政府建设情况的报告，现报告如下：2023年，我县坚持依法行政。",  # a sentence, no title
        "2023年，我县法治政府建设情况良好，主要做法如下：一是强化学法。",
    ],
)
def test_a_sentence_with_a_colon_is_not_cut_as_a_title(line: str) -> None:
    doc = read_text(f"关于2023年度法治政府建设情况的报告\n{line}\n{BODY}")
    assert doc.meta.title == "关于2023年度法治政府建设情况的报告"
    assert doc.meta.addressee is None
    assert any(b.text == line for b in doc.blocks)


def test_a_title_alone_on_its_line_is_as_before() -> None:
    text = f"青禾县人民政府关于2023年度法治政府建设情况的报告\n青山市人民政府：\n2023年，我县坚持依法行政。\n{BODY}"
    assert head_of(text) == ("青禾县人民政府关于2023年度法治政府建设情况的报告", "青禾县人民政府", "county_gov", 2023)


def test_a_title_run_into_an_opening_that_begins_with_its_year_is_read_apart() -> None:
    doc = read_text(f"青禾县人民政府关于2023年度法治政府建设情况的报告2023年，我县坚持依法行政。\n{BODY}")
    assert (doc.meta.title, doc.meta.unit) == ("青禾县人民政府关于2023年度法治政府建设情况的报告", "青禾县人民政府")
    assert doc.blocks[1].text == "2023年，我县坚持依法行政。"


@pytest.mark.parametrize(
    ("line", "title", "unit"),
    [
        # joint issuers glued, 呈报 in the title (a report's, no 《》 cited), addressee with an ASCII colon (blind set H)
        (
            "中共云峰镇委员会云峰镇人民政府关于呈报2023年法治建设情况的报告 中共江北市委、江北市人民政府: 2023年，在江北市委、市政府领导下，云峰镇坚持依法行政。",
            "中共云峰镇委员会云峰镇人民政府关于呈报2023年法治建设情况的报告",
            "中共云峰镇委员会 云峰镇人民政府",
        ),
        (
            "中共青禾县委青禾县人民政府关于报送2023年度法治政府建设情况的报告青山市委、青山市人民政府：2023年，我县坚持依法行政。",
            "中共青禾县委青禾县人民政府关于报送2023年度法治政府建设情况的报告",
            "中共青禾县委 青禾县人民政府",
        ),
        (
            "中共柳岸街道工作委员会 柳岸街道办事处关于呈报2023年度法治政府建设工作情况的报告 区委、区政府：2023年，街道坚持依法行政。",
            "中共柳岸街道工作委员会柳岸街道办事处关于呈报2023年度法治政府建设工作情况的报告",  # the title squashed
            "中共柳岸街道工作委员会 柳岸街道办事处",
        ),
    ],
)
def test_a_joint_issuers_title_run_into_its_addressee_is_read_apart(line: str, title: str, unit: str) -> None:
    doc = read_text(f"{line}\n{BODY}")
    assert (doc.meta.title, doc.meta.unit, doc.meta.year) == (title, unit, 2023)
    assert doc.meta.addressee is not None


@pytest.mark.parametrize(
    "line",
    [
        "关于报送《青禾县2023年度法治政府建设情况报告》的报告",  # a letter: it sends a report cited in 《》
        "青禾县司法局关于呈报《2023年法治政府建设情况报告》的函",
    ],
)
def test_a_title_that_sends_a_cited_report_is_still_a_letters(line: str) -> None:
    from drafter.readers.head import is_title
    from drafter.readers.rawpara import RawPara

    assert not is_title(RawPara(line, 0))
