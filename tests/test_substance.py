"""Restated duties and relative thin parts, on the seeds and on reports made from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers import read_path
from drafter.readers.txt import read_text
from drafter.resources import data_dir

from .conftest import seed


def _result(prefix: str):  # type: ignore[no-untyped-def]
    doc = read_path(seed(prefix))
    reg = checklists.registry()
    return doc, check(doc, reg.types[reg.infer(doc.meta.unit)])  # type: ignore[index]


def test_seed_002_restates_the_duty_list_and_the_others_do_not() -> None:
    _, res = _result("002")
    [f] = [f for f in res.findings if f.rule == "duties-restated"]
    assert f.part == "duties" and f.line == res.parts["duties"].line and f.severity == "warning"
    for prefix in ("000", "001", "003", "004"):
        _, res = _result(prefix)
        assert "duties-restated" not in {f.rule for f in res.findings}, prefix


def test_acts_reported_beside_the_list_are_not_restating() -> None:
    """002's list of duties with the leader's counted acts added is no longer a restatement."""
    text = seed("002").read_text(encoding="utf-8")
    acts = (
        "乡党委书记主持召开党委会会前学法6次，乡长主持专题会议3次研究法治政府建设，听取司法所汇报2次，年底现场述法1次。"
    )
    text = text.replace("6.深入推进法治宣传教育", acts + "\n\n6.深入推进法治宣传教育", 1)
    res = check(read_text(text), checklists.load("township"))
    assert "duties-restated" not in {f.rule for f in res.findings}


def test_duty_list_is_data_and_a_user_folder_overrides_it(tmp_path: Path) -> None:
    shipped = checklists.duty_list([data_dir("checklists")])
    assert any("领导核心作用" in d for d in shipped) and any("出庭应诉" in d for d in shipped)
    (tmp_path / "duties.toml").write_text(
        '[[duties]]\nsource = "本省清单"\nitems = ["每季度专题研究一次法治建设"]\n', encoding="utf-8"
    )
    assert checklists.duty_list([tmp_path, data_dir("checklists")]) == ("每季度专题研究一次法治建设",)
    assert "duties" not in checklists.registry().types


def test_seed_000_one_sentence_shortcomings_is_thin() -> None:
    """Thin and without causes is one problem: no-causes reports it, and says the part is one sentence."""
    _, res = _result("000")
    assert not [f for f in res.findings if f.rule == "thin-part"]
    (got,) = [f for f in res.findings if f.rule == "no-causes"]
    assert "一句话" in got.message and got.line == res.parts["shortcomings"].line


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_no_new_thin_shortcomings_or_plan_on_the_other_seeds(prefix: str) -> None:
    """Only 003's plan is thin: six items of slogans ("强化思想引领""发挥核心作用"), no figure, no date."""
    _, res = _result(prefix)
    thin = [f for f in res.findings if f.rule == "thin-part" and f.part in ("shortcomings", "plan")]
    assert [(f.part, "口号" in f.message) for f in thin] == ([("plan", True)] if prefix == "003" else [])


def test_thin_is_relative_to_the_report() -> None:
    """The same one-sentence 不足 is thin beside long parts, not beside short ones; five short items are a plan."""
    head = "青山县司法局关于2023年度法治政府建设情况的报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
    short = (
        "二、2023年度推进法治政府建设存在的不足和原因\n"
        "法治工作保障有待加强，行政复议办案办公场所建设尚未到位、合法性审核队伍力量较为薄弱，主要原因是经费不足。\n"
    )
    duties_head = "三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n"
    act = "局长带头会前学法10次，听取法治工作汇报3次，年终述法。"
    plan = "四、2024年度推进法治政府建设的主要工作安排\n1.修订审核办法。2.评查案卷。3.培训执法人员。4.办好复议。5.推进公开。\n"
    measures = "全年评查行政执法案卷41卷，办结行政复议案件12件，审核文件46件。"
    cl = checklists.load("department")

    def thin(text: str) -> list[str | None]:
        res = check(read_text(text), cl, year=2023)
        return [f.part for f in res.findings if f.rule == "thin-part" and f.part in ("shortcomings", "plan")]

    assert thin(head + measures + "\n" + short + duties_head + act + "\n" + plan) == []
    items = "".join(f"{n}.{measures}" for n in range(1, 7))
    assert thin(
        head + measures * 8 + "\n" + short + duties_head + act * 8 + "\n" + plan.replace("1.修订", items + "7.修订")
    ) == ["shortcomings"]
