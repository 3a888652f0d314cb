"""Marks and words typed wrong (unpaired-mark, doubled-mark, doubled-word): where they point, what they
let pass, and their words as data a user extends without Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.checklists import load
from drafter.checks import check
from drafter.readers.txt import read_text

from .conftest import run_cli

SLIPS = ("unpaired-mark", "doubled-mark", "doubled-word")
TITLE = "青山县司法局关于2023年度法治政府建设情况的报告\n"


def _found(text: str) -> list[tuple[str, int | None, int, str]]:
    doc = read_text(text)
    found = check(doc, load("department"), year=2023).findings
    return [(f.rule, f.line, f.col, doc.line_text(f.line)[f.col : f.col + f.length]) for f in found if f.rule in SLIPS]


def test_a_web_copy_on_one_line_points_at_each_slip() -> None:
    """A web copy is one long line: each finding's column is the slip's, in that line."""
    text = (
        "当前位置：首页 政务公开 " + TITLE.strip() + " 时间：2024-01-05 一、2023年度推进法治政府建设的主要举措和成效 "
        "（一）规范文件管理。全年审核《行政处罚法实施文件5件，，落实普法责任制。推进推进法治建设，的的确确有成效。"
        "（二）加强队伍建设。全年培训5次。\n"
    )
    got = _found(text)
    assert [(r, w[:2]) for r, _, _, w in got] == [
        ("unpaired-mark", "《行"),
        ("doubled-mark", "，，"),
        ("doubled-word", "推进"),
    ]
    assert all(line == 1 for _, line, _, _ in got)


def test_a_quote_of_several_paragraphs_and_a_cut_paragraph_are_right() -> None:
    """Each paragraph of a long quote opens with “ and only the last closes it; an opening cut mid-sentence."""
    text = (
        TITLE + "一、2023年度推进法治政府建设的主要举措和成效\n"
        "书记强调：“要把法治政府建设摆在全局工作的重要位置。\n"
        "“要压紧压实第一责任人职责。\n"
        "“要抓好年度报告。”\n"
        "全年集体学法10次，制定印发《推进营商环"
    )
    assert _found(text) == []


def test_one_stray_half_width_bracket_is_one_finding() -> None:
    text = TITLE + "一、2023年度推进法治政府建设的主要举措和成效\n落实《法治政府建设实施纲要2021-2025年)》精神。\n"
    found = check(read_text(text), load("department"), year=2023).findings
    assert [f.rule for f in found if f.rule in ("unpaired-mark", "halfwidth-punctuation")] == ["unpaired-mark"]


def test_a_long_report_is_read_once_through() -> None:
    """Every check walks a paragraph once: 2,000 paragraphs, each with its slips, give each rule its findings."""
    line = "落实《民法典》（2020年）“谁执法谁普法”，全年学法10次。推进推进法治，，建设。\n"
    found = check(read_text(TITLE + line * 2000), load("department"), year=2023)
    assert {f.rule for f in found.findings if f.rule in SLIPS} == {"doubled-mark", "doubled-word"}
    assert "unpaired-mark" not in found.omitted


def test_a_user_adds_a_right_doubling_without_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(TITLE + "一、主要举措\n加强行政执法人员的的培训，全年培训5次。\n", encoding="utf-8")

    def rules() -> list[str]:
        got = run_cli("lint", "--format", "json", str(report))
        assert got.returncode in (0, 1), got.stderr
        return [f["rule"] for f in json.loads(got.stdout)["files"][0]["findings"]]

    assert "doubled-word" in rules()
    own = tmp_path / "own"
    own.mkdir()
    (own / "typos.toml").write_text('doubled_right = ["人员的的培训"]\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert "doubled-word" not in rules()


@pytest.mark.parametrize(
    ("sentence", "slips"),
    [
        # a clause's first character typed twice before a common word: a slip, at its place
        ("全年开展培训5次，课课程设置合理。", [("doubled-word", "课课")]),
        ("加强执法人员的培培训。", [("doubled-word", "培培")]),
        # a character before it makes a word with it (党课 + 课程, 开展 + 展览, 学习 + 习近平, 履行 + 行政)
        ("优化党课课程设置，开展展览活动，深入学习习近平法治思想，依法履行行政应诉职责，推行行政执法三项制度。", []),
        # a reduplication, and one of the function characters (their own list)
        ("人人学法，层层落实，好好学习，执法人员被被要求持证上岗。", [("doubled-word", "被被")]),
        # a 顿号 against a bracket's half; a bracket without its other half is unpaired-mark's alone
        ("开展（宪法、民法典、）宣传。", [("doubled-mark", "、）")]),
        ("开展宪法、民法典、）宣传。", [("unpaired-mark", "）")]),
        # one 顿号 between two halves is one slip; a 顿号 quoted as a mark is spoken of, no slip
        ("开展“宪法、”宣传周活动，（、民法典）进社区。", [("doubled-mark", "、”"), ("doubled-mark", "（、")]),
        ("审核规范性文件5件，将“、”改为“，”。", []),
    ],
)
def test_a_character_typed_twice_and_a_stray_comma(sentence: str, slips: list[tuple[str, str]]) -> None:
    got = _found(TITLE + sentence + "\n")
    assert [(r, w[: len(s)]) for (r, _, _, w), (_, s) in zip(got, slips, strict=False)] == slips
    assert len(got) == len(slips)


def test_a_quote_closed_by_a_look_alike_is_told_its_mark_not_that_none_closes_it() -> None:
    """“法律六进〞: the quote is closed, by a double prime a converter put for ”: the finding is on that mark
    and names the right one (补上或删去 would send the writer to add a second closing mark)."""
    doc = read_text(TITLE + "一、2023年度推进法治政府建设的主要举措和成效\n深化开展“法律六进〞活动，走访群众300户。\n")
    found = [f for f in check(doc, load("department"), year=2023).findings if f.rule == "unpaired-mark"]
    assert [(f.quote, f.message.startswith("改为“””："), "补上" in f.message) for f in found] == [("〞", True, False)]
