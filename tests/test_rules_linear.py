"""This afternoon's text rules stay linear in a long line of repeated text (the fuzzer's long-repeat shape):
each rule reads a line a bounded number of times, not once per hit."""

from __future__ import annotations

from pathlib import Path

from pytest import MonkeyPatch

from drafter import checklists
from drafter.checks import check, folded
from drafter.readers import read_path

from .conftest import count_calls

TITLE = "青山县司法局关于2024年度法治政府建设情况的报告"


def test_a_blocks_table_of_contents_is_found_once(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """The folded-part search finds a block's tables of contents once, not once for each cue's hit in it
    (a line of 400 hits read the whole line 400 times)."""
    path = tmp_path / "r.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{'局长主持召开专题会议研究法治工作，' * 400}\n", encoding="utf-8")
    calls = count_calls(monkeypatch, folded, "contents_spans")
    check(read_path(path), checklists.load("department"), year=2024)
    assert 0 < len(calls) <= 10, len(calls)
