"""The head's form under GB/T 9704 on constructed cases: a 主送机关 without its colon, a 公文 title without 关于."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import Finding, check
from drafter.readers.txt import read_text

OPENING = "2023年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。\n"
BODY = "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n"


def _found(text: str) -> list[Finding]:
    doc = read_text(text + BODY)
    rules = ("addressee-colon", "title-form", "missing-closing")
    return [f for f in check(doc, checklists.load("department"), year=2023).findings if f.rule in rules]


@pytest.mark.parametrize("organ", ["青禾县人民政府", "县委依法治县办、县人民政府", "中共青禾县委"])
def test_an_addressee_without_its_colon_is_one_finding(organ: str) -> None:
    got = _found(f"青禾县司法局关于2023年度法治政府建设情况的报告\n{organ}\n{OPENING}")
    assert [(f.rule, f.quote) for f in got if f.rule == "addressee-colon"] == [("addressee-colon", organ)]
    closing = [f.message for f in got if f.rule == "missing-closing"]
    assert closing and "主送机关" not in closing[0]  # one finding for one problem


@pytest.mark.parametrize(
    "line",
    [
        "青禾县司法局",  # the unit itself under its title
        "县司法局",
        "青禾县交通运输局",  # a bureau: a page's publisher as often
        "青禾县人民政府：",  # with its colon
        "2023年度",
    ],
)
def test_a_line_under_the_title_that_is_no_bare_addressee(line: str) -> None:
    got = _found(f"青禾县司法局关于2023年度法治政府建设情况的报告\n{line}\n{OPENING}")
    assert not [f for f in got if f.rule == "addressee-colon"]


@pytest.mark.parametrize(
    ("unit", "line"),
    [
        ("青禾县人民政府办公室", "县政府办公室"),  # its own byline, short form (县政府办 = 县人民政府办公室)
        ("青禾县公安局", "中共青禾县公安局委员会"),  # its own Party committee: a byline
        ("青禾县交通运输局", "青禾县人民政府办公室"),  # the site's publisher: the same level's office
        ("青禾县人民政府", "青禾县人民政府办公室"),  # the government's own office
        ("青禾县交通运输局", "办公室"),
    ],
)
def test_a_byline_or_a_publisher_leaves_the_addressee_missing(unit: str, line: str) -> None:
    got = _found(f"{unit}关于2023年度法治政府建设情况的报告\n{line}\n{OPENING}")
    assert not [f for f in got if f.rule == "addressee-colon"]
    assert any("主送机关" in f.message for f in got if f.rule == "missing-closing")


@pytest.mark.parametrize(
    ("unit", "line"),
    [
        ("青禾县交通运输局", "青山市人民政府办公室"),  # a higher level's office
        ("青禾县青山镇人民政府", "青禾县人民政府办公室"),
        ("青禾县人民政府", "市政府办公室"),
        ("青禾县交通运输局", "中共青禾县委全面依法治县委员会办公室"),
    ],
)
def test_a_superior_office_is_an_addressee(unit: str, line: str) -> None:
    got = _found(f"{unit}关于2023年度法治政府建设情况的报告\n{line}\n{OPENING}")
    assert [f.quote for f in got if f.rule == "addressee-colon"] == [line]


@pytest.mark.parametrize(
    ("title", "right"),
    [
        ("青禾县交通运输局2023年法治政府建设年度报告", "青禾县交通运输局关于2023年度法治政府建设情况的报告"),
        ("青禾县交通运输局2023年度法治政府建设工作报告", "青禾县交通运输局关于2023年度法治政府建设情况的报告"),
        ("青禾县交通运输局2023年法治政府建设情况年度报告", "青禾县交通运输局关于2023年度法治政府建设情况的报告"),
    ],
)
def test_a_title_form_wording_is_grammatical(title: str, right: str) -> None:
    got = _found(f"{title}\n青禾县人民政府：\n{OPENING}")
    forms = [f.message for f in got if f.rule == "title-form"]
    assert len(forms) == 1 and f"“{right}”" in forms[0]
    assert "年度的报告" not in forms[0]


def test_a_title_form_without_a_sure_wording_gives_none() -> None:
    got = _found(f"青禾县交通运输局2023年法治政府建设年度报告的报告\n青禾县人民政府：\n{OPENING}")
    assert all("宜写作" not in f.message for f in got if f.rule == "title-form")


def test_a_title_without_guanyu_of_a_report_sent_up_is_an_info() -> None:
    got = _found(f"青禾县司法局2023年度法治政府建设情况报告\n县人民政府：\n{OPENING}")
    forms = [f for f in got if f.rule == "title-form"]
    assert len(forms) == 1 and forms[0].severity == "info"
    assert "青禾县司法局关于2023年度法治政府建设情况的报告" in forms[0].message


@pytest.mark.parametrize(
    "head",
    [
        "青禾县司法局2023年度法治政府建设情况报告\n",  # a web page's headline: no 主送机关
        "青禾县司法局关于2023年度法治政府建设情况的报告\n县人民政府：\n",
        "青禾县司法局2023年度法治政府建设工作总结\n县人民政府：\n",  # not a 报告
    ],
)
def test_a_title_that_needs_no_guanyu(head: str) -> None:
    assert not [f for f in _found(head + OPENING) if f.rule == "title-form"]


@pytest.mark.parametrize(
    ("title", "severity"),
    [
        ("青禾县司法局2023年度法治政府建设情况报告", "info"),  # no 关于: the 条例 asks none, readers differ
        ("青禾县司法局2023年度法治政府建设情况的报告", "info"),  # ……的报告 without 关于: a style point
        ("青禾县司法局2023年度法治政府建设年度报告", "warning"),  # 年度 said twice
        ("青禾县司法局关于2023年度法治政府建设情况报告", "warning"),  # 关于 never closed by its 的
    ],
)
def test_a_title_s_style_readers_differ_on_is_an_info_that_says_so(title: str, severity: str) -> None:
    forms = [f for f in _found(f"{title}\n县人民政府：\n{OPENING}") if f.rule == "title-form"]
    assert [f.severity for f in forms] == [severity]
    assert ("看法不一" in forms[0].message) == (severity == "info")
