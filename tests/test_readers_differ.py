"""Where careful reviewers differ, a finding is an info that says so; where the words are another body's or the
site's, none. Each case pairs the shape readers differ on with the one they agree is wrong (issue 26: the five
blind sets' reviewers judged the first of each pair 'debatable')."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青山县交通运输局2024年度法治政府建设情况报告\n一、2024年度推进法治政府建设的主要举措和成效\n"


def _found(body: str, rule: str, year: int = 2024) -> list[tuple[str, str]]:
    doc = read_text(HEAD + body)
    return [
        (f.severity, f.message) for f in check(doc, checklists.load("department"), year=year).findings if f.rule == rule
    ]


@pytest.mark.parametrize(
    ("body", "rule", "severity"),
    [
        # a verb read with the nearer of two coordinated objects: 增强 takes 能力, not 水平
        ("组织专题培训，增强执法人员依法办案的能力和水平。\n", "collocation", "info"),
        ("组织专题培训，增强执法人员依法办案的水平。\n", "collocation", "warning"),
        # 增强……质效 is common in official texts; 加强……质效 is not
        ("运用大数据手段，增强行政复议办案质效。\n", "collocation", "info"),
        ("运用大数据手段，加强行政复议办案质效。\n", "collocation", "warning"),
        # bare 法制教育 (education in the legal system) against 法制宣传, renamed in 2015
        ("组织执法人员开展法制教育，全年培训3次。\n", "wording", "info"),
        ("组织执法人员开展法制宣传，全年培训3次。\n", "wording", "warning"),
        # 首要责任 said of a body (主体责任?) against 首要责任人 (the head: 第一责任人)
        ("局党组认真落实法治政府建设的首要责任，全年研究法治工作4次。\n", "wording", "info"),
        ("局长是本局法治建设首要责任人，全年研究法治工作4次。\n", "wording", "warning"),
        # the old name of the thought as what is studied: the new name is advised, readers differ
        ("局党组专题学习习近平总书记全面依法治国新理念新思想新战略3次。\n", "wording", "info"),
    ],
)
def test_where_readers_differ_the_finding_is_an_info_that_says_so(body: str, rule: str, severity: str) -> None:
    found = _found(body, rule)
    assert [s for s, _ in found] == [severity], found
    if severity == "info":
        assert "看法不一" in found[0][1]


@pytest.mark.parametrize(
    "body",
    [
        "局依法治县工作领导小组召开会议2次，研究部署普法工作。\n",
        "调整交通运输系统依法治县工作领导小组成员，明确职责分工。\n",
        "成立依法治县工作领导小组，由局长任组长。\n",
    ],
)
def test_a_body_s_own_leading_group_is_not_the_county_s_renamed_one(body: str) -> None:
    assert _found(body, "outdated-citation") == []


def test_the_county_s_old_leading_group_is_still_told() -> None:
    found = _found("按照县依法治县工作领导小组的部署，开展执法检查3次。\n", "outdated-citation")
    assert [s for s, _ in found] == ["warning"]


def test_a_web_page_s_font_size_button_run_into_the_text_is_no_open_bracket() -> None:
    body = "发布时间：2025-01-09【字号• 所属类目：工作报告• 2024年，全局开展普法活动12场。\n"
    assert _found(body, "unpaired-mark") == []
    assert _found("2024年，全局开展【法治护航行动，覆盖群众3000人次。\n", "unpaired-mark")
