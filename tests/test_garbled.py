"""Garbled sentences a careful reviewer marks, each a textbook 病句 shape: two sentence patterns run together
(将……作为纳入……, 纳入……之一, 之所以……的原因), one frame written twice (在……领导下和……领导下), a subject
swallowed by a prepositional phrase (在……下，使……), a verb dropped before a name (专题习近平……), two bodies run
together (区委人大常委会), a quantity's wrong verb (加强……权重, 扩增……普惠率). A made-up
report with each is found; its corrected twin gives none of those findings."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import run_cli

HEAD = "青禾县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n"
SLIPS = (
    "在市委、市政府的坚强领导下和省司法厅的精心领导下，全局依法行政水平稳步提升。",
    "将宪法和民法典作为纳入局机关年度学法计划，全年组织学法6次。",
    "其中，5月8日专题习近平总书记关于法治政府建设的重要指示。",
    "依法行政情况纳入了各科室年度考核主要指标之一。",
    "之所以取得这些成绩的原因是领导重视。",
    "在县委的坚强领导下，使全县法治建设取得新成效。",
    "会后召开县委人大常委会联席会议，通报整改进展。",
    "在年度绩效考评中，适当加强依法行政的考核权重。",
    "新建公办幼儿园2所，扩增全县学前教育入学率。",
)
FIXED = (
    "在市委、市政府的坚强领导下和省司法厅的精心指导下，全局依法行政水平稳步提升。",
    "将宪法和民法典作为局机关年度学法计划的重点内容，全年组织学法6次。",
    "其中，5月8日专题学习习近平总书记关于法治政府建设的重要指示。",
    "依法行政情况纳入了各科室年度考核的主要指标，作为考核的重要指标之一。",
    "之所以取得这些成绩，是因为领导重视。",
    "在县委的坚强领导下，全县法治建设取得新成效。",
    "会后召开县委常委会联席会议，通报整改进展。",
    "在年度绩效考评中，适当提高依法行政的考核权重。",
    "新建公办幼儿园2所，提高全县学前教育入学率。",
)
RULES = ("redundancy", "wording", "collocation")


def _found(tmp_path: Path, lines: tuple[str, ...]) -> dict[int, list[str]]:
    report = tmp_path / "报告.txt"
    report.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    got = run_cli("lint", "--format", "json", str(report))
    assert got.returncode in (0, 1), got.stderr
    by_line: dict[int, list[str]] = {}
    for f in json.loads(got.stdout)["files"][0]["findings"]:
        if f["rule"] in RULES:
            by_line.setdefault(f["line"] - 2, []).append(f["message"])
    return by_line


def test_each_garbled_sentence_is_found(tmp_path: Path) -> None:
    found = _found(tmp_path, SLIPS)
    assert sorted(found) == list(range(1, len(SLIPS) + 1)), found
    assert "领导下”写了两次" in found[1][0] and "句式杂糅" in found[2][0] and "漏了动词" in found[3][0]
    assert "之一" in found[4][0] and "之所以" in found[5][0] and "缺了主语" in found[6][0]
    assert "两个机关" in found[7][0] and "权重" in found[8][0] and "入学率" in found[9][0]


def test_the_corrected_sentences_give_none(tmp_path: Path) -> None:
    assert _found(tmp_path, FIXED) == {}


def test_a_collocation_says_the_word_its_object_is_often_a_slip_for(tmp_path: Path) -> None:
    """提升依法行政权力 is most often 能力 mistyped: the message says so as well as 规范……权力 (review9 R4: it told only
    “应为‘规范……权力’”, which changes what the writer meant)."""
    found = _found(tmp_path, ("（一）强化组织领导，提升依法行政权力",))
    (message,) = [m for ms in found.values() for m in ms if "权力" in m]
    assert "规范……权力" in message and "应为“提升……能力”" in message, message
