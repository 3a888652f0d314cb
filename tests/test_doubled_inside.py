"""A character typed twice inside a word of the field (依法行行政, 依法治治县): doubled-word finds it where the
word stands alone, wording alone where it is inside a fixed term (one finding per slip), a word's first or last
character twice is two words (依法行政政策), and the words are data a user extends without Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

HEAD = "青禾县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n"
SLIPS = "坚持依法行行政，深入推进依法治治县，开展行政复复议案件评查3次。\n"
RIGHT = "坚持依法行政，推进依法行政政策宣讲，深入推进依法治县，开展行政复议案件评查3次。\n"
IN_TERM = "坚持依法治国、依法执政、依法行行政共同推进。\n"


def _found(tmp_path: Path, body: str, rule: str = "doubled-word") -> list[dict[str, str]]:
    report = tmp_path / "报告.txt"
    report.write_text(HEAD + body, encoding="utf-8")
    got = run_cli("lint", "--format", "json", str(report))
    assert got.returncode in (0, 1), got.stderr
    return [f for f in json.loads(got.stdout)["files"][0]["findings"] if f["rule"] == rule]


def test_a_character_typed_twice_inside_a_word_is_found(tmp_path: Path) -> None:
    found = _found(tmp_path, SLIPS)
    assert [f["quote"] for f in found] == ["行行", "治治", "复复"]
    assert "“行”连写了两次" in found[0]["message"]


def test_the_words_written_right_give_none(tmp_path: Path) -> None:
    assert _found(tmp_path, RIGHT) == []


def test_inside_a_fixed_term_it_is_one_finding(tmp_path: Path) -> None:
    assert _found(tmp_path, IN_TERM) == []
    assert len(_found(tmp_path, IN_TERM, "wording")) == 1


def test_a_user_adds_a_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "加强普法宣宣传月活动。\n"
    assert _found(tmp_path, body) == []
    own = tmp_path / "own"
    own.mkdir()
    (own / "typos.toml").write_text('doubled_inside = ["普法宣传月"]\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert [f["quote"] for f in _found(tmp_path, body)] == ["宣宣"]


def test_a_word_too_short_is_one_chinese_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "typos.toml").write_text('doubled_inside = ["法治"]\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    report = tmp_path / "报告.txt"
    report.write_text(HEAD + SLIPS, encoding="utf-8")
    got = run_cli("lint", str(report))
    assert got.returncode == 2 and "doubled_inside" in got.stderr and "Traceback" not in got.stderr


def test_an_inner_character_of_a_fixed_phrase_typed_twice_is_found(tmp_path: Path) -> None:
    """The fixed phrases of bent-phrase (typos.toml fixed_phrases) are read as doubled_inside's words are."""
    found = _found(tmp_path, "现将有有关情况报告如下：营商环境保持全省第第一方阵。\n")
    assert [f["quote"] for f in found] == ["有有", "第第"]
    assert _found(tmp_path, "现将有关情况报告如下：营商环境保持全省第一方阵。\n") == []
