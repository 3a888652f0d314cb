"""Work per finding stays bounded in a one-line web copy (200,000 characters on one line): what a finding
asks of its line or its block is read once for the line or block, not again from its start for each."""

from __future__ import annotations

from pytest import MonkeyPatch

from drafter import model
from drafter.model import source_column

from .conftest import count_calls

PIECE = "依法 行政，"  # a PDF-made copy's space: the source line and the checks' text differ


def test_a_lines_columns_are_walked_once_for_all_its_findings(monkeypatch: MonkeyPatch) -> None:
    """The columns of 400 findings spread over a 24,000-character line walk it once (each walked it from
    its start: 400 findings read ~5 million characters)."""
    source = PIECE * 4000
    norm = source.replace(" ", "")
    same = count_calls(monkeypatch, model, "_same")
    cols = range(0, len(norm), len(norm) // 400)
    got = [source_column(source, norm, col) for col in cols]
    assert all(source[k] == norm[col] for k, col in zip(got, cols, strict=True))
    assert len(same) <= 2 * len(source), len(same)
