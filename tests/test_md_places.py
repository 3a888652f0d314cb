"""Where a finding points in a Markdown report: at the writer's characters, whatever markup the reader took out.

Each case writes a report whose paragraph holds one half-width comma (a finding whose quote is known),
wrapped in one Markdown construct, and asks that the finding's line and column (as the JSON gives them)
hold its quote in the file, and that the quote is the comma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.results import Finding
from drafter.model import Document
from drafter.readers import read_path

HEAD = "# 青山县司法局2024年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n"
SENTENCE = "加强执法监督,全年评查执法案卷40卷。"

CASES = {
    "dash": f"- {SENTENCE}\n",
    "star": f"* {SENTENCE}\n",
    "plus": f"+ {SENTENCE}\n",
    "paren number": f"1) {SENTENCE}\n",
    "dot number": f"1. {SENTENCE}\n",
    "indented item": f"  - {SENTENCE}\n",
    "quote": f"> {SENTENCE}\n",
    "nested quote": f"> > {SENTENCE}\n",
    "bold start": "**加强执法监督**,全年评查执法案卷40卷。\n",
    "bold inside": "加强**执法监督**,全年评查执法案卷40卷。\n",
    "underscore": "加强_执法监督_,全年评查执法案卷40卷。\n",
    "code": "加强`执法监督`,全年评查执法案卷40卷。\n",
    "link": "加强[执法监督](https://example.cn/a)工作。全年评查执法案卷40卷,发现问题3个。\n",
    "table": f"| 事项 | 情况 |\n| --- | --- |\n| 执法 | {SENTENCE} |\n",
    "heading": "## （一）加强执法监督,全年评查执法案卷40卷\n",
    "fullwidth indent": f"\u3000\u3000{SENTENCE}\n",
    "wrapped": "全年评查执法案卷40卷，\n发现问题3个,均已整改。\n",
    "wrapped item": "- 全年评查执法案卷40卷，\n  发现问题3个,均已整改。\n",
    "wrapped quote": "> 全年评查执法案卷40卷，\n> 发现问题3个,均已整改。\n",
    "setext heading": f"（一）加强执法监督\n=====\n\n{SENTENCE}\n\n***\n",
}


def _lint(tmp_path: Path, body: str, name: str = "report.md") -> tuple[Document, list[Finding], list[str]]:
    path = tmp_path / name
    path.write_bytes((HEAD + body).encode("utf-8"))
    doc = read_path(path)
    res = check(doc, checklists.load("department"), year=2024)
    lines = (HEAD + body).split("\n")
    return doc, [f for f in res.findings if f.line is not None and f.quote], lines


def _at(doc: Document, lines: list[str], f: Finding) -> str:
    """The file's text at the finding's line and column (1-based, as the JSON gives them)."""
    assert f.line is not None
    col = doc.column(f.line, f.col)
    return lines[f.line - 1][col - 1 : col - 1 + len(f.quote)]


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_finding_points_at_the_writers_characters(case: str, tmp_path: Path) -> None:
    doc, found, lines = _lint(tmp_path, CASES[case])
    commas = [f for f in found if f.rule == "halfwidth-punctuation"]
    assert [f.quote for f in commas] == [","], case
    for f in found:
        assert _at(doc, lines, f) == f.quote, (case, f.rule, f.line, f.col, f.quote)


def test_a_wrapped_paragraph_points_at_its_second_line(tmp_path: Path) -> None:
    doc, found, lines = _lint(tmp_path, CASES["wrapped item"])
    comma = next(f for f in found if f.rule == "halfwidth-punctuation")
    assert comma.line == len(HEAD.split("\n")) + 1  # the item's second line, not its first
    assert doc.column(comma.line, comma.col) == lines[comma.line - 1].index(",") + 1


def test_each_table_row_cell_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    doc, found, _ = _lint(tmp_path, CASES["table"])
    texts = [b.text for b in doc.body]
    assert SENTENCE in texts and "事项" in texts  # not one paragraph of the whole table
    assert not any("---" in t for t in texts)  # the rule under the table's head holds no words
    assert not [f for f in found if f.rule == "broken-paragraph"]  # a cell need not end a sentence


def test_a_rule_line_is_no_words_of_the_report(tmp_path: Path) -> None:
    doc, _, _ = _lint(tmp_path, CASES["setext heading"])
    texts = [b.text for b in doc.blocks]
    assert "（一）加强执法监督" in texts and SENTENCE in texts
    assert not any(set(t) <= set("=*- ") for t in texts)


def test_a_quoted_paragraph_is_the_reports_own_text(tmp_path: Path) -> None:
    doc, _, _ = _lint(tmp_path, CASES["quote"])
    assert SENTENCE in [b.text for b in doc.body]  # not set aside as a page's debris


def test_a_txt_with_a_bom_and_crlf_points_as_typed(tmp_path: Path) -> None:
    text = "青山县司法局2024年度法治政府建设情况报告\r\n一、主要举措和成效\r\n" + SENTENCE + "\r\n"
    path = tmp_path / "report.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    doc = read_path(path)
    res = check(doc, checklists.load("department"), year=2024)
    comma = next(f for f in res.findings if f.rule == "halfwidth-punctuation")
    assert (comma.line, doc.column(comma.line, comma.col), comma.quote) == (3, SENTENCE.index(",") + 1, ",")


def _placed(doc: Document) -> list[tuple[Finding, str]]:
    """Each finding with a quote and the text of the reader's line (the paragraph, the page's text) at its column."""
    res = check(doc, checklists.load("department"), year=2024)
    out = []
    for f in res.findings:
        if f.line is not None and f.quote:
            col = doc.column(f.line, f.col)
            out.append((f, doc.source[f.line - 1][col - 1 : col - 1 + len(f.quote)]))
    return out


def test_a_docx_finding_quotes_its_paragraph_at_its_column(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("青山县司法局2024年度法治政府建设情况报告")
    d.add_paragraph("一、主要举措和成效")
    d.add_paragraph("\u3000\u3000" + SENTENCE)
    p = d.add_paragraph()
    p.add_run("（一）加强执法监督。").bold = True
    p.add_run("全年评查执法案卷40卷,发现问题3个。")
    d.save(str(tmp_path / "report.docx"))
    placed = _placed(read_path(tmp_path / "report.docx"))
    assert {f.quote for f, _ in placed if f.rule == "halfwidth-punctuation"} == {","}
    assert all(at == f.quote for f, at in placed), placed


def test_an_html_finding_quotes_the_pages_text_at_its_column(tmp_path: Path) -> None:
    page = (
        "<html><body><p>青山县司法局2024年度法治政府建设情况报告</p><h2>一、主要举措和成效</h2>\n"
        "<p>&nbsp;&nbsp;加强&ldquo;执法监督&rdquo;,全年评查执法案卷40卷。</p>\n"
        "<p><b>加强</b>执法<span>监督</span>&amp;培训,全年评查执法案卷40卷。</p></body></html>\n"
    )
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    placed = _placed(read_path(tmp_path / "report.html"))
    assert {f.quote for f, _ in placed if f.rule == "halfwidth-punctuation"} == {","}
    assert all(at == f.quote for f, at in placed), placed
