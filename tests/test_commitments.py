"""commitment-unreported: last year's plan items that this year's measures do not report on."""

from __future__ import annotations

import json
from pathlib import Path

from drafter import checklists
from drafter.app import drafts
from drafter.checks import check
from drafter.readers import read_path
from drafter.readers.txt import read_text

from .conftest import in_process, seed

# A "this year" report of the same office that reports on one of seed 000's three plan items.
THIS_YEAR = """鲁山县人民政府办公室关于2024年度法治政府建设情况的报告
一、2024年度推进法治政府建设的主要举措和成效
（一）行政复议
全年扎实推进行政复议体制改革，办理行政复议案件36件，行政应诉案件21件，负责人出庭应诉率100%。
二、2024年度推进法治政府建设存在的不足和原因
部分干部法治意识不强，原因是学法培训不够系统。
三、2024年度党政主要负责人履行推进法治建设第一责任人职责的情况
办公室主任主持会前学法8次，听取法治政府建设工作汇报2次，亲自部署年度重点任务。
四、2025年度推进法治政府建设的主要工作安排
一是完善规范性文件审核机制；二是推进政务公开标准化建设。
"""
UNREPORTED = ["提升法治政府建设工作的前瞻性和系统性", "不断提升科学、民主、依法决策水平"]


def _named(messages: list[str]) -> list[str]:
    return [t for t in [*UNREPORTED, "扎实推进行政复议体制改革和行政应诉工作"] if any(f"“{t}”" in m for m in messages)]


def test_names_seed_000s_unreported_plan_items_given_last_years_report() -> None:
    res = check(read_text(THIS_YEAR), checklists.load("department"), previous=read_path(seed("000")))
    found = [f for f in res.findings if f.rule == "commitment-unreported"]
    assert _named([f.message for f in found]) == UNREPORTED
    assert all(f.severity == "warning" and f.part == "measures" and f.line == 2 for f in found)


def test_no_previous_no_finding() -> None:
    res = check(read_text(THIS_YEAR), checklists.load("department"))
    assert not [f for f in res.findings if f.rule == "commitment-unreported"]


def test_lint_previous_names_them(tmp_path: Path) -> None:
    report = tmp_path / "2024.txt"
    report.write_text(THIS_YEAR, encoding="utf-8")
    out = in_process("lint", str(report), "--previous", str(seed("000")), "--format", "json")
    msgs = [
        f["message"] for f in json.loads(out.stdout)["files"][0]["findings"] if f["rule"] == "commitment-unreported"
    ]
    assert _named(msgs) == UNREPORTED


def test_a_rolled_forward_draft_carries_its_commitments(tmp_path: Path) -> None:
    """Linting the draft alone (its 去年承诺 list, and its `previous`) names what is still unreported."""
    text = drafts.from_report(seed("000"), year=2024, draft_dir=tmp_path).text
    written = "全年扎实推进行政复议体制改革，办理行政复议案件36件，行政应诉案件21件。"
    marker = "## 二、"
    text = text.replace(marker, written + "\n\n" + marker, 1)
    draft = tmp_path / "2024.md"
    draft.write_text(text, encoding="utf-8")
    out = in_process("lint", str(draft), "--format", "json")
    msgs = [
        f["message"] for f in json.loads(out.stdout)["files"][0]["findings"] if f["rule"] == "commitment-unreported"
    ]
    assert _named(msgs) == UNREPORTED
    assert len(msgs) == 2  # the draft's list and last year's report name the same three items once each


def test_this_years_heading_reports_a_promise_and_each_names_its_line() -> None:
    text = THIS_YEAR.replace(
        "（一）行政复议",
        "（一）行政复议\n（二）不断提升科学、民主、依法决策水平\n制定重大行政决策事项目录，决策事项5项。",
    )
    res = check(read_text(text), checklists.load("department"), previous=read_path(seed("000")))
    found = [f for f in res.findings if f.rule == "commitment-unreported"]
    assert _named([f.message for f in found]) == UNREPORTED[:1]
    lines = dict(res.commitments)
    assert lines["不断提升科学、民主、依法决策水平"] == 4  # the heading that reports it
    assert lines["扎实推进行政复议体制改革和行政应诉工作"] in (3, 6)
    assert lines[UNREPORTED[0]] is None


def test_json_lists_commitments_with_their_lines(tmp_path: Path) -> None:
    report = tmp_path / "2024.txt"
    report.write_text(THIS_YEAR, encoding="utf-8")
    out = in_process("lint", str(report), "--previous", str(seed("000")), "--format", "json")
    cs = json.loads(out.stdout)["files"][0]["commitments"]
    assert {c["status"] for c in cs} == {"reported", "unreported"}
    assert all((c["line"] is None) == (c["status"] == "unreported") for c in cs)


def test_previous_of_another_unit_or_the_same_year_is_warned(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(THIS_YEAR.replace("鲁山县人民政府办公室", "鲁山县司法局"), encoding="utf-8")
    report = tmp_path / "2024.txt"
    report.write_text(THIS_YEAR, encoding="utf-8")
    out = in_process("lint", str(report), "--previous", str(other), "--format", "json")
    msgs = [f["message"] for f in json.loads(out.stdout)["files"][0]["findings"] if f["rule"] == "previous-mismatch"]
    assert len(msgs) == 2 and any("鲁山县司法局" in m for m in msgs) and any("也是关于2024年度" in m for m in msgs)
    out = in_process("lint", str(report), "--previous", str(seed("000")), "--format", "json")
    assert not [f for f in json.loads(out.stdout)["files"][0]["findings"] if f["rule"] == "previous-mismatch"]


def test_matching_is_on_content_words_with_synonyms_as_data() -> None:
    from drafter.rollforward import Commitment, content_words, covered

    syn = checklists.load("department").synonyms
    assert content_words("完善规范性文件审核机制") == ["规范性文件审核"]
    c = Commitment("扎实推进行政复议体制改革和行政应诉工作")
    assert covered(c, "全年推进复议体制改革，办理复议案件12件，出庭应诉5次。", synonyms=syn)
    # pieces of two characters scattered over unrelated words report nothing
    assert not covered(Commitment("推进政务公开标准化建设"), "公开招聘政务人员，标准厂房建成化工园区。", synonyms=syn)
    assert covered(Commitment("完善规范性文件审核机制"), "全年审核规范性文件12件。", synonyms=syn)  # reordered
    assert covered(Commitment("加强法治宣传教育"), "开展普法活动15场。", synonyms=syn)
    assert not covered(Commitment("加强法治宣传教育"), "开展普法活动15场。")  # without the synonym data
