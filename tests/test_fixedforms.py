"""Fixed formulas and names a report bends (each a rule of the official text, its facts in names.toml): the
seven-phrase goal of 法治政府 with parts changed into other words or left out, 严格规范公正文明执法 with a word
doubled, a superseded central document, a regulation cited by its short name without 《》, the body a government
reports to, and the short forms of 履行推进法治建设第一责任人职责 told once per report."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import Finding, check
from drafter.checks.formulas import MISSING, bent_parts
from drafter.checks.replaced import replaced_titles
from drafter.checks.titlemarks import unmarked
from drafter.readers.txt import read_text

GOAL = "职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意"


def _findings(text: str, year: int = 2024) -> list[Finding]:
    return check(read_text(text), checklists.load("county_gov"), year=year).findings


def _quotes(text: str, rule: str, year: int = 2024) -> list[str]:
    return [f.quote or "" for f in _findings(text, year) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "quote", "part"),
    [
        (
            "审核合同40份，努力打造职责明确、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
            "职责明确",
            "职能科学”“权责法定",
        ),
        (
            "建设职能科学、权责法定、执法严明、公开公正、高效便民、廉洁诚信、人民满意的法治政府。",
            "高效便民",
            "智能高效",
        ),
        (
            "加快建设执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
            GOAL[10:],
            MISSING + "职能科学”“权责法定",
        ),
        # another word for the last part, the sentence's words run into it after 的 (review9 R8: the quote held them)
        (
            "对标职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民群众满意的目标要求。",
            "人民群众满意",
            "人民满意",
        ),
    ],
)
def test_the_goal_with_parts_changed_or_left_out(text: str, quote: str, part: str) -> None:
    assert [(text[s:e], p) for s, e, p, _ in bent_parts(text)] == [(quote, part)]


@pytest.mark.parametrize(
    "text",
    [
        f"加快建设{GOAL}的法治政府。",
        "坚持职能科学、权责法定，推进执法严明、公开公正。",  # two pairs of the goal's words, no citation of it
        "坚持职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信和人民满意，推动各项工作落实。",
        "围绕执法严明、公开公正、智能高效、廉洁诚信、人民满意等目标推进工作。",  # 等: some parts on purpose
        "努力建设职能科学、权责法定、执法严明、公开公正、守法诚信的法治政府。",  # the old goal: outdated-citation's
        "以建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标。",
    ],
)
def test_the_goal_written_whole_or_the_old_goal_is_no_bent_formula(text: str) -> None:
    assert bent_parts(text) == ()


def test_a_regulation_named_without_the_nation_and_its_marks() -> None:
    text = "严格落实政府信息公开条例，学习《政府信息公开条例》，执行青禾省政府信息公开条例。"
    assert [text[s:e] for s, e, _ in unmarked(text)] == ["政府信息公开条例"]
    assert any("《中华人民共和国政府信息公开条例》" in f.message for f in _findings(text) if f.rule == "wording")


def test_a_superseded_central_opinion_unless_a_local_body_issued_its_namesake() -> None:
    central = "我镇全面贯彻落实国务院《关于加强法治政府建设的意见》。"
    local = "市委、市政府印发《关于加强法治政府建设的意见》，细化本市任务。"
    assert [t.name for _, _, t, _ in replaced_titles(central, 2023)] == ["关于加强法治政府建设的意见"]
    assert list(replaced_titles(local, 2023)) == []
    assert list(replaced_titles("2010年，我县贯彻国务院《关于加强法治政府建设的意见》。", 2023)) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("推进严格规范公正文明规范执法。", "严格规范公正文明规范执法"),
        ("认真学习贯彻习近平视察湖南讲话精神。", "习近平视察湖南讲话精神"),
        ("以加强和创新社会管理为重点。", "加强和创新社会管理"),
        ("报送市政府，并向区委、区人大报告。", "区人大"),
    ],
)
def test_a_bent_formula_or_body_name_is_a_warning(text: str, quote: str) -> None:
    assert quote in _quotes(text, "wording")


@pytest.mark.parametrize(
    "text",
    [
        "坚持严格规范公正文明执法，推进规范公正文明执法。",
        "深入贯彻习近平总书记考察江西重要讲话精神。",
        "完善经济调节、市场监管、社会管理、公共服务职能，加强和创新社会治理。",
        "按时向县委、县人大常委会报告法治政府建设情况，向县委、县人大及其常委会报告。",
        "在县委、县人大、县政协的监督支持下，镇党委、镇人大听取报告。",
        "县委、县人大领导听取专题报告。",
        "重大事项及时向县委、县人大请示报告。",  # 请示报告: asking leave on a matter, not the yearly report
    ],
)
def test_the_right_forms_are_left_alone(text: str) -> None:
    assert _quotes(text, "wording") == []


def test_short_forms_of_the_heads_duty_are_one_info_per_report() -> None:
    text = (
        "一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "县长切实履行法治建设第一责任人职责，带头学法4次。\n"
        "各部门主要负责人严格履行推进法治政府建设第一责任人职责。\n"
        "认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》，压实法治建设第一责任人职责。\n"
    )
    found = [f for f in _findings(text) if f.rule == "short-name"]
    assert [(f.severity, f.quote) for f in found] == [("info", "法治建设第一责任人职责")]
    assert "另有2处" in found[0].message and "可忽略" in found[0].message
    dropped = [f for f in _findings("2.法治政府建设第一责任全面压实。县长带头学法。\n") if f.rule == "short-name"]
    assert [f.quote for f in dropped] == ["法治政府建设第一责任"]
    changed = [f for f in _findings("县长严格履行推进法治政府建设第一责任人职责。\n") if f.rule == "short-name"]
    assert len(changed) == 1 and "与规定中的名称不同" in changed[0].message and "可忽略" in changed[0].message
    right = "县长切实履行推进法治建设第一责任人职责。\n学习《党政主要负责人履行推进法治建设第一责任人职责规定》。\n"
    assert [f for f in _findings(right) if f.rule == "short-name"] == []
