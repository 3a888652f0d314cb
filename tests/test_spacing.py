"""stray-space reads each line as typed: a .docx paragraph, a draft's line with its markup, a plain text."""

from __future__ import annotations

from pathlib import Path

from docx import Document as Docx
from pytest import MonkeyPatch

from drafter import checklists
from drafter.checks import Finding, check, spacing
from drafter.checks.spacing import MANY, STRAY_SPACE, TRIED
from drafter.readers import read_path
from drafter.text import normalise

TITLE = "青山县司法局关于2024年度法治政府建设情况的报告"


def _found(path: Path) -> list[Finding]:
    doc = read_path(path)
    return [f for f in check(doc, checklists.load("department"), year=2024).findings if f.rule == STRAY_SPACE.id]


def test_a_docx_paragraph_is_read_as_typed(tmp_path: Path) -> None:
    d = Docx()
    for text in (TITLE, "一、主要举措和成效", "2024年，我局为推进 “一案一评” 机制提供支撑，全年审核合同40份。"):
        d.add_paragraph(text)
    path = tmp_path / "r.docx"
    d.save(str(path))
    (f,) = _found(path)
    assert f.line == 3 and "推进 “一案一评” 机制" in f.message


def test_a_drafts_markup_moves_no_place(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    body = "## 一、主要举措和成效\n\n**2024年**，我局为推进 “一案一评” 机制提供支撑。\n"
    path.write_text(f'+++\nunit = "青山县司法局"\ntype = "department"\nyear = 2024\n+++\n\n{body}', encoding="utf-8")
    (f,) = _found(path)
    assert "推进 “一案一评” 机制" in f.message
    b = next(b for b in read_path(path).blocks if b.line == f.line and b.col > 0)  # after the bold 2024年
    assert b.text[f.col - b.col : f.col - b.col + f.length] == "进“一案一评”机"  # the markup moved nothing


def test_spaces_throughout_are_the_copys_and_none_is_reported(tmp_path: Path) -> None:
    spaced = "，".join(f"开展培训 {n} 次" for n in range(1, MANY // 2 + 2))
    path = tmp_path / "r.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{spaced}。\n", encoding="utf-8")
    assert _found(path) == []
    path.write_text(f"{TITLE}\n一、主要举措和成效\n开展培训 3 次，审核合同40份。\n", encoding="utf-8")
    assert len(_found(path)) == 1


def test_a_line_spaced_throughout_is_read_a_bounded_number_of_times(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """A copy that spaces every figure of a 20,000-character line: the rule stops looking after
    ``TRIED`` spaces, so the line is normalised a bounded number of times, not once per space
    (the fuzzer's long-repeat input took over 20 s of CPU before)."""
    path = tmp_path / "r.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{'开展培训 3 次，' * 2000}。\n", encoding="utf-8")
    doc = read_path(path)
    calls = []

    def counted(text: str) -> str:
        calls.append(len(text))
        return normalise(text)

    monkeypatch.setattr(spacing, "normalise", counted)
    found = [f for f in check(doc, checklists.load("department"), year=2024).findings if f.rule == STRAY_SPACE.id]
    assert found == []
    assert len(calls) <= 3 * (TRIED + 1), len(calls)
