"""An item not found whose topic the report names: ``checks/mention.py`` quotes the sentence and ``required-item``
gives an info that asks the writer to check it, not a warning or an error of absence; absence stays where the body
gives no sign of the topic — none at all, only in the plan or the shortcomings, a sibling term, a document's title."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.results import Result
from drafter.readers.txt import read_text

from .helpers.app import _home, aio, county_guide  # noqa: F401 (_home: autouse)

REPORT = """青山县人民政府关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
（一）学习。{study}
（二）执法。全年办理行政处罚案件420件，评查行政执法案卷41卷。
（三）决策。聘请2家律师事务所担任政府法律参谋，全年审查政府合同86份。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。{weak}
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
县长主持召开县政府常务会议4次专题研究法治政府建设，带头会前学法12次，年终向县委述法。
四、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。{plan}
"""
STUDY = "县政府党组理论学习中心组开展习近平法治思想专题学习4次。"


def _check(study: str, weak: str = "", plan: str = "") -> Result:
    text = REPORT.format(study=study, weak=weak, plan=plan)
    return check(read_text(text), checklists.load("county_gov"), year=2023)


def _xi(res: Result) -> list[tuple[str, str, int | None, str]]:
    title = res.items["xi-thought"].item.title
    return [
        (f.severity, f.message, f.line, f.quote)
        for f in res.findings
        if f.rule == "required-item" and f"“{title}”" in f.message
    ]


def test_the_item_written_has_no_finding() -> None:
    res = _check(STUDY)
    assert res.items["xi-thought"].status == "covered" and _xi(res) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "县政府常务会议研究了习近平法治思想学习、安全生产、招商引资等事项。",  # a meeting's topic
        "县政府召开会议，部署学习宣传习近平法治思想等工作。",  # a deployment, nothing done reported
    ],
)
def test_a_sentence_that_names_the_topic_turns_the_error_into_an_info(sentence: str) -> None:
    res = _check(sentence)
    got = res.items["xi-thought"]
    assert got.status == "missing" and got.near is None and got.standing == "mentioned"
    assert got.mention is not None and got.mention.line == 3 and got.mention.sentence == sentence
    ((severity, message, line, quote),) = _xi(res)
    assert severity == "info" and line == 3  # an error of absence before (the item's severity)
    assert (
        "提到了它" in message
        and message.startswith("请核对第")
        and "是否写了做法和成效" in message
        and quote in message
    )
    assert sentence.startswith(quote)


def test_the_quote_shows_the_words_that_name_the_topic_in_a_long_sentence() -> None:
    lead = "县政府坚持以人民为中心，统筹推进经济发展、民生保障、城乡建设、生态保护、安全稳定等各项工作，"
    res = _check(lead + "部署学习宣传习近平法治思想等工作。")
    got = res.items["xi-thought"].mention
    assert got is not None and got.quote.startswith("部署学习宣传习近平法治思想")
    assert got.col == len("（一）学习。" + lead)  # the quote's place, not the sentence's


@pytest.mark.parametrize(
    ("study", "weak", "plan"),
    [
        ("县政府党组开展学法活动4次。", "", ""),  # no sign at all
        ("县政府党组开展学法活动4次。", "", "三是深入学习贯彻习近平法治思想。"),  # only in the plan: not done
        ("县政府党组开展学法活动4次。", "二是学习贯彻习近平法治思想不够深入。", ""),  # only among the shortcomings
        ("县政府党组理论学习中心组专题学习习近平经济思想4次。", "", ""),  # a sibling term
        ("县政府党组组织学习《习近平法治思想学习纲要》选读4次。", "", ""),  # no: a study of the item is the item
    ],
)
def test_absence_stays_without_a_sign_of_the_topic(study: str, weak: str, plan: str) -> None:
    res = _check(study, weak, plan)
    if "学习纲要" in study:  # the study of the item's own book reports it: covered, or named
        assert [s for s, _, _, _ in _xi(res)] in ([], ["info"])
        return
    assert res.items["xi-thought"].mention is None
    assert [s for s, _, _, _ in _xi(res)] == ["error"]


def test_a_slogan_is_no_sign() -> None:
    """A formula that names a duty without reporting anyone did it (the evidence judge's slogans): 在……的领导和
    ……的监督支持下 names no oversight work."""
    res = _check("县政府党组开展学法活动4次。在县委的坚强领导和县人大及其常委会的监督支持下，全面完成年度任务。")
    title = res.items["oversight"].item.title
    assert res.items["oversight"].mention is None
    assert [f.severity for f in res.findings if f.rule == "required-item" and f"“{title}”" in f.message] == ["warning"]


def test_json_quotes_the_sentence_as_written(tmp_path: Path) -> None:
    sentence = "县政府召开会议，部署学习宣传习近平法治思想等工作。"
    path = tmp_path / "r.txt"
    path.write_text(REPORT.format(study=sentence, weak="", plan=""), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "drafter", "lint", str(path), "--format", "json", "--type", "county_gov"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    data = json.loads(out.stdout)
    (item,) = [i for i in data["files"][0]["items"] if i["id"] == "xi-thought"]
    assert item["status"] == "missing" and item["mention"]["line"] == 3
    assert item["mention"]["sentence"] == sentence and sentence.startswith(item["mention"]["quote"])
    (finding,) = [
        f
        for f in data["files"][0]["findings"]
        if f["rule"] == "required-item" and f["quote"] == item["mention"]["quote"]
    ]
    assert finding["severity"] == "info" and finding["line"] == 3


@aio
async def test_the_panel_shows_an_item_whose_topic_is_named(tmp_path: Path) -> None:
    """The writer sees it in the app's checklist: ◐, the words that name the topic and what to check there."""
    named = "县政府召开会议，部署学习宣传习近平法治思想等工作。"
    guide = await county_guide(tmp_path, "全年办理行政处罚案件420件。" + named)
    assert "◐深入学习贯彻习近平法治思想" in guide and "提到了：“" in guide and "请核对是否写了做法和成效" in guide
    assert "✓严格规范公正文明执法" in guide
