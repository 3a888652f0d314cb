"""stray-space reads each line as typed: a .docx paragraph, a draft's line with its markup, a plain text."""

from __future__ import annotations

from pathlib import Path

from docx import Document as Docx
from pytest import MonkeyPatch

from drafter import checklists
from drafter.checks import Finding, check, spacing
from drafter.checks.spacing import MANY, STRAY_SPACE, TRIED
from drafter.readers import read_path

from .conftest import count_calls

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


def test_spaces_throughout_are_not_told_one_by_one(tmp_path: Path) -> None:
    """Past ``MANY`` spaces no space is a warning of its own: figures spaced throughout are one info (an
    opening of 700 characters with five spaced figures too); other spacing is one warning a line, at the line's
    first space (a writer's habit: spaces around words or quotes, 31a33fd), not one a space."""
    spaced = "，".join(f"开展培训 {n} 次" for n in range(1, MANY // 2 + 2))
    path = tmp_path / "r.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{spaced}。\n", encoding="utf-8")
    assert [f.severity for f in _found(path)] == ["info"]
    words = "，".join(f"开展 法治 培训{n}次" for n in range(1, MANY // 2 + 2))
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{words}。\n", encoding="utf-8")
    (line,) = _found(path)
    assert line.severity == "warning" and "多了空格" in line.message and line.quote.startswith("展 法治 培训1次")
    path.write_text(f"{TITLE}\n一、主要举措和成效\n开展培训 3 次，审核合同40份。\n", encoding="utf-8")
    assert len(_found(path)) == 1


def test_figures_spaced_throughout_are_told_once(tmp_path: Path) -> None:
    """A text whose figures are padded with spaces throughout (全年召开会议 1 次，专题会议 4 次, kinds_I §F5) gets
    one info at the first, with the count; a text spaced between every character, or spacing Latin tokens and
    units, does not (its spaces pad no figure, or too few)."""
    figures = "，".join(f"开展培训 {n} 次" for n in range(1, MANY + 2))  # 14 spaces, each beside a figure
    path = tmp_path / "r.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{figures}。\n", encoding="utf-8")
    (f,) = _found(path)
    assert f.severity == "info" and f.message.startswith(
        f"请删去数字两侧的空格：全文有{2 * (MANY + 1)}处数字两侧加了空格"
    )
    assert "开展培训 1 次" in f.message and f.quote == "训 1"  # the quote as the report has it
    spaced = " ".join("全年审核合同40份，开展普法活动十二场，办理行政复议案件三件。")
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{spaced}\n", encoding="utf-8")
    assert _found(path) == []
    latin = "，".join(f"建成 {n}G 基站、{n} kV 线路" for n in range(1, MANY + 2))
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{latin}。\n", encoding="utf-8")
    assert _found(path) == []


def test_a_line_spaced_throughout_is_read_a_bounded_number_of_times(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """A copy that spaces every figure of a 20,000-character line: the rule stops looking after
    ``TRIED`` spaces, so the line is normalised a bounded number of times, not once per space
    (the fuzzer's long-repeat input took over 20 s of CPU before)."""
    path = tmp_path / "r.txt"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{'开展培训 3 次，' * 2000}。\n", encoding="utf-8")
    doc = read_path(path)
    calls = count_calls(monkeypatch, spacing, "normalise")
    found = [f for f in check(doc, checklists.load("department"), year=2024).findings if f.rule == STRAY_SPACE.id]
    assert [f.severity for f in found] == ["info"]  # figures spaced throughout: told once, at the first
    assert len(calls) <= 3 * (TRIED + 1) + 1, len(calls)


def _one_line(blocks: int) -> str:
    """A web copy that runs the whole report on one line, one slip in its opening (推进 “一案一评” 机制)."""
    body = "".join(f"{i + 1}.加强执法监督。全年办理案件{i}件，开展培训{i}次。" for i in range(blocks))
    return (
        f"{TITLE}\n县人民政府：\n2024年，我局推进 “一案一评” 机制。一、2024年度推进法治政府建设的主要举措和成效{body}"
        "二、存在的不足和原因培训不够。三、党政主要负责人履行推进法治建设第一责任人职责情况主要负责人主持召开专题会议3次。"
        "四、2025年度主要安排继续加强行政执法监督。\n青山县司法局\n2025年1月10日\n"
    )


def test_a_report_run_on_one_line_is_read_once_and_its_slip_found(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    """Each source line is read for its spaces once, however many blocks it holds, and each space is
    looked at once: the line's 45 blocks each read the whole line again (the work O(blocks × line)) and
    counted its two spaces again, so ``TRIED`` ran out after a dozen blocks and the slip went unreported."""
    path = tmp_path / "r.txt"
    path.write_text(_one_line(20), encoding="utf-8")
    doc = read_path(path)
    assert sum(1 for b in doc.blocks if b.line == 3) > TRIED // 2  # the line holds many blocks
    read = count_calls(monkeypatch, spacing, "_gaps")
    found = [f for f in check(doc, checklists.load("department"), year=2024).findings if f.rule == STRAY_SPACE.id]
    distinct = len(set(read))
    assert len(read) == distinct  # no line read twice (13 reads of the one line before)
    (f,) = found
    assert "推进 “一案一评” 机制" in f.message


def test_spaces_either_side_of_a_long_quote_are_one_slip(tmp_path: Path) -> None:
    """锚定 “政府行为全面纳入法治轨道” 的总目标: the spaces round one quoted phrase are one slip, however long."""
    path = tmp_path / "q.txt"
    body = "2024年，我局锚定 “政府行为全面纳入法治轨道” 的总目标，全年审核合同40份。"
    path.write_text(f"{TITLE}\n一、主要举措和成效\n{body}\n", encoding="utf-8")
    (f,) = _found(path)
    assert "两处" in f.message and "锚定 “政府行为全面纳入法治轨道” 的总" in f.message
