"""Coverage with evidence: an item is ticked only by a sentence of its part that reports something done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.evidence import judge_for
from drafter.readers.txt import read_text

from .conftest import ROOT, in_process

HEAD = "青山县司法局关于{y}年度法治政府建设情况的报告\n"
MEASURES = "一、{y}年度推进法治政府建设的主要举措和成效\n"
REST = """二、{y}年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、{y}年度党政主要负责人履行推进法治建设第一责任人职责的情况
局长主持会前学法8次，听取法治工作汇报3次，年终述法1次。
四、{n}年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


def _report(measures: str, *, opening: str = "", year: int = 2025) -> str:
    return (HEAD + opening + MEASURES).format(y=year) + measures + "\n" + REST.format(y=year, n=year + 1)


def _item(text: str, item: str, kind: str = "department", year: int = 2025):  # type: ignore[no-untyped-def]
    return check(read_text(text), checklists.load(kind), year=year).items[item]


@pytest.mark.parametrize(
    "sentence",
    [
        "积极争取上级对行政执法等工作的业务指导。",
        "下一步，将继续加强行政执法工作。",
        "行政执法规范化水平有待进一步提高。",
        "进一步加强行政执法监督。",
        "力争在行政执法方面取得新突破。",
        "下一步，我局开展行政执法人员轮训。",
        "2026年，我局将建立行政执法案卷评查制度。",
        "新的一年，全局将开展行政执法检查。",
        "行政执法案卷评查将于3月开展。",
        "计划年底前完成行政执法案卷评查。",
        "准备启动行政执法人员轮训。",
        "会议强调，要严格规范公正文明执法，全面落实行政执法三项制度。",
        "局长在会上要求，各科室要规范行政执法行为，落实行政执法公示制度。",
        "力争行政执法案件败诉率低于全市平均水平。",  # a result compared ([evidence] actions) only wished for
    ],
)
def test_a_topic_named_in_a_wish_or_weakness_covers_nothing(sentence: str) -> None:
    it = _item(_report("全年办文800件。" + sentence), "law-enforcement")
    assert it.status == "missing" and it.evidence is None


@pytest.mark.parametrize(
    "sentence",
    [
        "按照县政府要求，我局应当于6月底前完成清理，共开展行政执法案卷评查2次，评查案卷41卷。",
        "根据省厅要求，必须开展行政执法案卷评查，全年评查案卷41卷。",
        "根据县委书记在会议上的要求，开展行政执法案卷评查2次，评查案卷41卷。",
    ],
)
def test_a_requirement_cited_as_the_basis_is_no_call(sentence: str) -> None:
    """按照/根据……要求 names why the unit did it; the work after it is reported (a speech's 强调，要…… is not)."""
    it = _item(_report("全年办文800件。" + sentence), "law-enforcement")
    assert it.status == "covered", sentence


def test_the_report_years_将_is_把_not_a_plan() -> None:
    """ "2025年将……纳入考核" in a report on 2025 reports a thing done; only the next year's 将 is a plan."""
    it = _item(_report("全年办文800件。2025年将行政执法案卷评查纳入年度考核。"), "law-enforcement")
    assert it.status == "covered" and "纳入年度考核" in (it.evidence or "")


def test_a_sentence_that_reports_on_the_topic_covers_it_and_names_its_line() -> None:
    text = _report("全年办文800件。\n全年开展行政执法案卷评查2次，评查案卷41卷。")
    it = _item(text, "law-enforcement")
    assert it.status == "covered" and it.line == 4 and it.kind == "figure"
    assert it.evidence == "全年开展行政执法案卷评查2次，评查案卷41卷。"


def test_the_opening_and_the_plan_cover_no_measures_item() -> None:
    text = _report("全年办文800件。", opening="一年来，我局扎实推进行政执法、依法行政等工作。\n")
    text = text.replace("二是开展普法宣传12场。", "二是开展行政执法案卷评查3次。")
    assert _item(text, "law-enforcement").status == "missing"


def test_a_heading_naming_the_item_counts_only_with_something_done_under_it() -> None:
    done = _report("（一）严格规范公正文明执法\n全年开展案卷评查2次，评查案卷41卷。")
    empty = _report("（一）严格规范公正文明执法\n全面推进各项工作。")
    it = _item(done, "law-enforcement")
    assert it.status == "covered" and it.line == 4
    assert _item(empty, "law-enforcement").status == "missing"


def test_a_sentence_of_nouns_ticks_no_items() -> None:
    text = _report("全年办文800件。统筹推进政务公开、行政执法、法律顾问、规范性文件等工作。")
    res = check(read_text(text), checklists.load("department"), year=2025)
    ticked = [i for i, r in res.items.items() if r.status == "covered" and r.line == 3]
    assert ticked == []


def test_since_makes_an_item_not_applicable_before_its_year() -> None:
    text = _report("全年办文800件。", year=2019)
    it = _item(text, "xi-thought", year=2019)
    assert it.status == "not-applicable"
    found = check(read_text(text), checklists.load("department"), year=2019).findings
    assert not any(f.rule == "required-item" and "习近平法治思想" in f.message for f in found)
    assert _item(_report("全年办文800件。", year=2021), "xi-thought", year=2021).status == "missing"


def test_evidence_figure_is_data(tmp_path: Path) -> None:
    own = tmp_path / "my.toml"
    base = checklists.load("department")
    law = next(i for i in base.items if i.id == "law-enforcement")
    own.write_text(
        'name = "我的清单"\nextends = "department"\n[[items]]\nid = "law-enforcement"\npart = "measures"\n'
        f'title = "{law.title}"\nguidance = "附件数"\ncues = {json.dumps(list(law.cues), ensure_ascii=False)}\n'
        'evidence = "figure"\n',
        encoding="utf-8",
    )
    text = _report("全年办文800件。严格落实行政执法三项制度。")
    assert _item(text, "law-enforcement").status == "covered"  # an action is enough by default
    res = check(read_text(text), checklists.load(str(own)), year=2025)
    assert res.items["law-enforcement"].status == "missing"  # this checklist asks for a figure


def test_every_items_good_example_is_evidence() -> None:
    for name in ("county_gov", "department", "township"):
        cl = checklists.load(name)
        judge = judge_for(cl.evidence)
        for item in cl.items:
            if item.part in ("measures", "duties"):
                for text in item.good:
                    assert judge.kind(text) is not None, f"{item.id}: {text}"


def test_json_items_and_text_items(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(_report("全年办文800件。\n全年开展行政执法案卷评查2次，评查案卷41卷。"), encoding="utf-8")
    out = json.loads(in_process("lint", str(report), "--format", "json").stdout)
    items = {i["id"]: i for i in out["files"][0]["items"]}
    assert set(items["law-enforcement"]) >= {"id", "status", "line", "evidence"}
    assert items["law-enforcement"]["status"] == "covered" and items["law-enforcement"]["line"] == 4
    assert items["law-enforcement"]["evidence"].startswith("全年开展行政执法案卷评查")
    assert {i["status"] for i in items.values()} <= {"covered", "missing", "not-applicable"}
    text = in_process("lint", str(report), "--items").stdout
    assert "清单条目" in text and "第4行：全年开展行政执法案卷评查" in text
    assert "清单条目" not in in_process("lint", str(report)).stdout


def test_example_items_stay_covered_by_their_part() -> None:
    doc = read_text((ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt").read_text(encoding="utf-8"))
    res = check(doc, checklists.load("county_gov"))
    for r in res.items.values():
        if r.status == "covered" and r.item.part in ("measures", "duties"):
            assert r.evidence and r.line is not None


@pytest.mark.parametrize(
    ("sentence", "covered"),
    [
        ("全年行政复议纠错率低于全省平均水平。", True),  # a result compared with a benchmark: done
        ("行政复议案件办理质效位居全市前列。", True),
        ("力争行政争议发案量低于全市平均水平。", False),  # wished for
        ("行政复议案件纠错率仍低于全市平均水平。", False),  # a weakness
    ],
)
def test_a_result_compared_with_a_benchmark_reports_the_item(sentence: str, covered: bool) -> None:
    """A result told against a benchmark (低于全市平均水平, 位居全市前列: [evidence] actions) is something done,
    though it gives no figure; wished for or regretted it is none."""
    it = _item(_report("全年办文800件。" + sentence), "disputes")
    assert (it.status == "covered") is covered, it
