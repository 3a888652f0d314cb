"""Work per finding stays bounded in a one-line web copy (200,000 characters on one line): what a finding
asks of its line or its block is read once for the line or block, not again from its start for each."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from drafter import checklists, model, text
from drafter.checks import check, folded
from drafter.model import source_column
from drafter.readers import read_path
from drafter.text import last_of, next_of

from .conftest import count_calls

TITLE = "青山县司法局关于2024年度法治政府建设情况的报告"
PIECE = "依法 行政，"
CHARS = [
    "，。",
    "《",
    "》",
    "，,。；;：:",
]  # marks the checks look for  # a PDF-made copy's space: the source line and the checks' text differ


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


def test_a_leading_bodys_clause_is_found_from_marks_read_once(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """Whether each of 4,000 leading bodies' meetings on 法治 in one paragraph (where no head acts: the duties
    folded there) is the unit's own reads the paragraph's clause marks once (each looked back for seven marks
    to the paragraph's start: quadratic); at twice the length they are read no more often."""
    asked = count_calls(monkeypatch, folded, "_own_body")
    looks = count_calls(monkeypatch, folded, "last_of")
    scans = [_mark_scans(tmp_path, n) for n in (2000, 4000)]
    assert len(asked) >= 2000 + 4000, len(asked)  # every meeting was asked about
    assert len(looks) == len(asked)  # each looked back through the marks read once
    assert scans[0] == scans[1] <= 20, scans


def _mark_scans(tmp_path: Path, n: int) -> int:
    """How often a lint reads a text for its marks (``text.last_of``) in a department's report whose one
    paragraph is ``n`` of its leading body's meetings on 法治."""
    path = tmp_path / f"r{n}.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{'局党组专题研究法治工作3次，' * n}\n", encoding="utf-8")
    text._offsets.cache_clear()
    got = check(read_path(path), checklists.load("department"), year=2024)
    assert got.parts["duties"].status == "folded"
    return text._offsets.cache_info().misses


@given(st.text(alphabet="，。《》依法", max_size=12), st.integers(1, 80), st.sampled_from(CHARS), st.data())
@settings(max_examples=300, deadline=None)
def test_marks_read_once_answer_as_rfind_and_find(piece: str, times: int, chars: str, data: st.DataObject) -> None:
    """``last_of`` and ``next_of`` give what ``rfind`` and ``find`` of each mark give, in looks shorter than
    ``SHORT_LOOK`` (searched directly) and longer (read from the text's marks)."""
    text_ = piece * times
    at = data.draw(st.integers(0, len(text_) + 2))
    lo = data.draw(st.integers(0, at))
    assert last_of(text_, chars, at, lo) == max(text_.rfind(c, lo, at) for c in chars)
    found = [i for c in chars if (i := text_.find(c, at)) >= 0]
    assert next_of(text_, chars, at) == (min(found) if found else -1)
