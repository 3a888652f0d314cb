"""The head's readers stay linear in a long opening that names its unit again and again: each name found
asks how the body uses its place's words once a place, and looks a bounded length back for its sentence."""

from __future__ import annotations

from pytest import MonkeyPatch

from drafter.readers import read_bytes
from drafter.readers.head import selfname
from drafter.readers.head.selfname import REACH

from .conftest import count_calls

TITLE = "司法局关于2024年度法治政府建设情况的报告"
TIMES = 2000


def _report(times: int) -> bytes:
    """A report titled by its unit without its place, whose opening names it in full ``times`` times in
    one sentence (the reviewer's repro: 4,000 names took 4.5 s, each reading the body again)."""
    opening = "2024年，我局坚持依法行政" + "，青禾县司法局坚持服务" * times + "。"
    return f"{TITLE}\n\n县人民政府：\n\n{opening}\n一、主要举措和成效\n全年办理案件12件。\n".encode()


def test_a_place_named_in_every_clause_is_looked_up_once(monkeypatch: MonkeyPatch) -> None:
    """The body's paragraphs are simplified once for the place's question, not once for each of the
    2,000 names (4,000 calls of ``simplified`` a paragraph before)."""
    calls = count_calls(monkeypatch, selfname, "simplified")
    doc = read_bytes(_report(TIMES), "r.txt")
    assert doc.meta.unit == "青禾县司法局"
    assert len(calls) <= 20, len(calls)


def test_a_names_sentence_is_looked_back_a_bounded_length(monkeypatch: MonkeyPatch) -> None:
    """Whether a name is a verb's object reads at most ``REACH`` characters before it for its sentence's
    start (it read back to the start of the one 22,000-character sentence for each name: quadratic)."""
    read = count_calls(monkeypatch, selfname, "opening_rest")
    doc = read_bytes(_report(TIMES), "r.txt")
    assert doc.meta.unit == "青禾县司法局"
    assert sum(map(len, read)) <= (REACH + 1) * TIMES, sum(map(len, read))
