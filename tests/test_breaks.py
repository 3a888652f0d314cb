"""broken-paragraph on .docx reports as a writer makes them: a sentence broken over two paragraphs is
found at the break; a title over three lines, the 主送机关, a table, a list, a signature and a date are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from drafter import checklists
from drafter.checks import Finding, check
from drafter.checks.breaks import BROKEN_PARAGRAPH, MANY
from drafter.readers import read_path
from drafter.readers.txt import decode, read_text

from .conftest import SEEDS

HEAD = [
    "中共青山县委 青山县人民政府",
    "关于2023年度法治政府建设情况的",
    "报告",
    "青山市委、青山市人民政府：",
    "2023年，青山县坚持以习近平法治思想为指导，全面推进依法行政。现将有关情况报告如下：",
    "一、2023年度推进法治政府建设的主要举措和成效",
]
TAIL = [
    "二、2023年度推进法治政府建设存在的不足和原因",
    "一是学法不够深入；二是执法不够规范。原因是重视不够。",
    "2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
    "县政府主要负责同志带头学法4次，主持召开常务会议专题研究法治政府建设。",
    "四、2024年度推进法治政府建设的主要安排",
    "继续加强学法。",
    "特此报告。",
    "中共青山县委          青山县人民政府",
    "2024年3月1日",
]


def _docx(tmp_path: Path, body: list[str], *, table: tuple[str, ...] = (), bullets: tuple[str, ...] = ()) -> Path:
    d = Docx()
    for i, text in enumerate([*HEAD, *body]):
        p = d.add_paragraph(text)
        if i < 3:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if table:
        t = d.add_table(rows=1, cols=len(table))
        for cell, text in zip(t.rows[0].cells, table, strict=True):
            cell.text = text
    for text in bullets:
        d.add_paragraph(text, style="List Bullet")
    for text in TAIL:
        d.add_paragraph(text)
    path = tmp_path / "r.docx"
    d.save(str(path))
    return path


def _found(path: Path) -> list[Finding]:
    doc = read_path(path)
    return [f for f in check(doc, checklists.load("county_gov"), year=2023).findings if f.rule == BROKEN_PARAGRAPH.id]


def test_a_sentence_broken_over_two_paragraphs_is_found_at_the_break(tmp_path: Path) -> None:
    path = _docx(
        tmp_path,
        [
            "（一）加强组织领导。县政府常务会议专题研究法治政府建设4次，主要负责同志主持召开会议，听取汇报，",
            "部署全年重点工作。",
            "全年共审核规范性文件12件，全部报送备案。严格落实重大行政决策程序，全县各行政机关均按规定程序作出决策",
            "2024年，我县将继续推进法治政府建设。",
        ],
    )
    found = _found(path)
    assert [(f.line, f.severity) for f in found] == [(7, "warning"), (9, "info")]
    assert "听取汇报，" in found[0].message and "部署全年重点工作。" in found[0].message
    assert found[0].quote == "听取汇报，"  # the broken paragraph's last clause, as written


def test_head_tail_table_and_list_are_not_broken_paragraphs(tmp_path: Path) -> None:
    """A title over three lines, the 主送机关, a part's heading typed without a number (over 40
    characters), cells and bullets that end mid-phrase, a signature and a date: none is a break."""
    cell = "审核规范性文件，清理政府规章，修订完善各项制度，推进行政执法三项制度全面落实落地见效的各项工作"
    path = _docx(
        tmp_path,
        ["全年办理行政复议案件35件，办结33件。"],
        table=(cell, "已完成全部清理工作，共计清理文件35件"),
        bullets=(cell, "全年办理行政复议案件35件，办结33件，其余"),
    )
    assert _found(path) == []


def test_a_copy_in_plain_text_is_not_judged(tmp_path: Path) -> None:
    """A .txt copy's line breaks are a PDF's or a page's: the reader joins what it can, and the rule is
    silent on the rest (the same two paragraphs in a .docx are a break)."""
    broken = ["县政府主要负责同志主持召开会议", "，听取法治政府建设工作汇报。"]
    path = tmp_path / "r.txt"
    path.write_text("\n".join([HEAD[4], HEAD[5], *broken, "特此报告。"]), encoding="utf-8")
    assert broken[0] in [b.text for b in read_path(path).blocks]  # left apart by the reader
    assert _found(path) == []
    assert [f.severity for f in _found(_docx(tmp_path, broken))] == ["warning"]


def test_a_document_broken_at_every_line_is_one_finding(tmp_path: Path) -> None:
    """A report turned from a PDF into Word line by line: one problem, one finding, with the count."""
    text = "县政府常务会议专题研究法治政府建设4次，主要负责同志主持召开会议，听取汇报，部署全年重点工作。" * 12
    path = _docx(tmp_path, [text[i : i + 28] for i in range(0, len(text), 28)])
    found = _found(path)
    assert len(found) == 1 and found[0].line == 8 and found[0].severity == "warning"
    assert "处段落在句中断开（这是第一处）" in found[0].message


def test_a_list_opening_a_paragraph_after_an_unnumbered_heading_is_no_break(tmp_path: Path) -> None:
    """ "健全矛盾纠纷多元化解机制" ↵ "县、乡、村三级调解组织……": a heading without a number, then a list."""
    path = _docx(tmp_path, ["健全矛盾纠纷多元化解机制", "县、乡、村三级调解组织全年调解纠纷300件，调解成功率98%。"])
    assert _found(path) == []


def test_long_sentences_that_lost_their_full_stop_are_each_a_finding(tmp_path: Path) -> None:
    """Sixteen paragraphs each missing only its final 。 are no PDF broken line by line: each is its own info."""
    body = [
        f"全年共审核规范性文件{k}件，组织开展执法培训{k + 1}次。我局第{k}项工作扎实推进，执法水平明显提升"
        for k in range(16)
    ]
    found = _found(_docx(tmp_path, body))
    assert len(found) > MANY and all(f.severity == "info" for f in found)


# Every shared report as a writer's .docx would hold it: each line of the copy a paragraph. A careful
# reader's verdict on each finding: only seed 003 has sentences broken over lines (its PDF's page breaks),
# and each is found; titles over two or three lines, 主送机关, page words, signatures and dates are not.
BROKEN = {
    "003_42ba359424287cad": [
        "分管领导具体",  # ……分管领导具体 | 抓，各职能部门依法履职
        "政府其他各类文件、合同、",  # ……合同、 | 议题65件。
        "坚持做到各执法单位执法案",  # ……执法案 | 件县级评查全覆盖
        "主要表现为个别领导干部和工",  # ……干部和工 | 作人员的法治思维 (the whole last clause)
    ],
}


def test_the_shared_reports_as_docx_give_only_their_real_breaks(tmp_path: Path) -> None:
    corpus = SEEDS.parent
    paths = sorted(corpus.glob("*/*.txt"))
    if not paths:
        pytest.skip("shared/corpus not present beside the project")
    for path in paths:
        d = Docx()
        for line in decode(path.read_bytes()).splitlines():
            if line.strip():
                d.add_paragraph(line.strip())
        out = tmp_path / f"{path.stem}.docx"
        d.save(str(out))
        assert [f.quote for f in _found(out)] == BROKEN.get(path.stem, []), path.name


@pytest.mark.parametrize(
    ("last", "mark"),
    [
        ("2023年，我局全面推进依法行政。现将有关情况报告如下", "冒号"),
        ("全年开展普法活动。主要做法包括", "冒号"),
        ("全年开展普法活动。全年讲授党课17场次", "句号"),
    ],
)
def test_a_last_sentence_leading_into_a_heading_lacks_a_colon(last: str, mark: str) -> None:
    """missing-end-mark: a paragraph ending in 如下/包括/是 before a heading leads into what follows: the mark
    it lacks is a colon, not a full stop."""
    text = "\n".join(["青山县司法局2023年法治政府建设情况报告", last, "一、2023年度推进法治政府建设的主要举措和成效"])
    res = check(read_text(text), checklists.load("department"), year=2023)
    found = [f.message for f in res.findings if f.rule == "missing-end-mark"]
    assert len(found) == 1 and found[0].startswith(f"请补上{mark}："), found
