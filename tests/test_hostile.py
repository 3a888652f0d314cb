"""Hostile inputs (issue 19): each is read correctly or refused with one Chinese line, never an internal error.

The inputs are built here from their descriptions (``tests/hostile.py``); their time and memory are
measured in ``bench/hostile_bench.py``, not here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.readers import ReadError, read_bytes
from drafter.readers.markdown import heading, strip_comments

from . import hostile as H
from .conftest import run_cli

FAST = [
    "md-heading-spaces",
    "unclosed-comments-1mb",
    "unclosed-comments-80kb-lines",
    "wrapped-10000-lines",
    "million-lines-7mb",
    "one-line-7mb",
    "toml-long-int",
    "nul-field",
]


def test_every_hostile_file_in_a_folder_gets_a_result_and_the_good_report_is_still_checked(tmp_path: Path) -> None:
    names = {}
    for case in FAST:
        fname, data = H.CASES[case]()
        (tmp_path / fname).write_bytes(data)
        names[fname] = case
    (tmp_path / "good.txt").write_text(H.REPORT, encoding="utf-8")
    r = run_cli("lint", str(tmp_path), "--format", "json")
    assert r.returncode in (1, 2), r.stderr
    assert "内部错误" not in r.stderr and "Traceback" not in r.stderr
    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert set(files) == set(names) | {"good.txt"}
    assert files["good.txt"]["parts"]["measures"]["status"] == "present"
    for name, f in files.items():
        if "error" in f:
            assert "\n" not in f["error"] and any("\u4e00" <= c <= "\u9fff" for c in f["error"]), (name, f)


# ------------------------------------------------------------ Markdown: heading and comments


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("## 一、标题", (2, "一、标题")),
        ("## 一、标题 ##", (2, "一、标题")),
        ("### C# ", (3, "C")),
        ("##\u3000标题\u3000##\u3000", (2, "标题")),
        ("## ###", (2, "")),
        ("##标题", None),
        ("####### 七", None),
        ("# 标题" + " " * 3000 + "x", (1, "标题" + " " * 3000 + "x")),
    ],
)
def test_heading_is_parsed_as_the_old_regex_did(line: str, want: tuple[int, str] | None) -> None:
    assert heading(line) == want


def test_heading_with_thousands_of_inner_spaces_is_read() -> None:
    fname, data = H.md_heading_spaces(20000)
    doc = read_bytes(data, fname, ".md")
    assert doc.meta.title is not None and doc.meta.title.startswith("标题")


def test_comments_are_blanked_keeping_lines_and_unclosed_ones_stay_text() -> None:
    assert strip_comments("a<!-- x\ny -->b") == "a\nb"
    assert strip_comments("a<!-- x --><!-- y") == "a<!-- y"
    assert strip_comments("<!--<!-- x -->z") == "z"
    assert strip_comments("<!-- 不闭合" * 100_000).count("<!--") == 100_000


def test_unclosed_commitments_block_is_no_block() -> None:
    from drafter.rollforward import parse_commitments

    assert parse_commitments("<!-- drafter:commitments\n- 甲\n" * 50_000) == []
    assert [c.text for c in parse_commitments("<!-- drafter:commitments\n- 甲\n- 乙\n-->")] == ["甲", "乙"]


# ------------------------------------------------------------ plain text: joining and caps


def test_hard_wrapped_lines_still_join_into_one_paragraph() -> None:
    text = "全年评查行政执法案卷四十一卷发现问题十二个已全部整改" * 40
    lines = [text[i : i + 26] for i in range(0, len(text), 26)]
    doc = read_bytes(
        ("\n".join(["一、主要举措和成效", *lines, "二、存在的不足和原因", "培训不够。"])).encode(), "w.txt", ".txt"
    )
    bodies = [b for b in doc.blocks if b.kind == "paragraph" and b.role == "body"]
    assert bodies[0].text == text
    assert len(bodies[0].breaks) == len(lines) - 1


def test_many_short_wrapped_lines_are_joined(tmp_path: Path) -> None:
    fname, data = H.wrapped_lines(10000)
    doc = read_bytes(data, fname, ".txt")
    assert sum(len(b.text) for b in doc.blocks) >= 10000 * 20 - 100


@pytest.mark.parametrize("case", ["million-lines-7mb", "one-line-7mb"])
def test_text_beyond_any_report_is_refused_with_one_line(case: str) -> None:
    fname, data = H.CASES[case]()
    with pytest.raises(ReadError, match="远超一份报告"):
        read_bytes(data, fname, ".txt")


# ------------------------------------------------------------ drafts, web pages, Word numbering


def test_toml_integer_of_thousands_of_digits_is_one_line() -> None:
    fname, data = H.toml_long_int()
    with pytest.raises(ReadError, match="数字位数过多"):
        read_bytes(data, fname, ".md")


def test_toml_arrays_nested_thousands_deep_are_one_line() -> None:
    data = H.draft(f"attachments = {'[' * 5000}{']' * 5000}\n").encode()
    with pytest.raises(ReadError, match="TOML"):
        read_bytes(data, "deep.md", ".md")


def test_nul_in_a_draft_field_is_refused_by_render_and_dropped_from_the_xlsx(tmp_path: Path) -> None:
    fname, data = H.nul_field()
    (tmp_path / fname).write_bytes(data)
    r = run_cli("render", str(tmp_path / fname), "-o", str(tmp_path / "out.docx"))
    assert r.returncode == 2 and "控制字符" in r.stderr and "内部错误" not in r.stderr
    r = run_cli("lint", str(tmp_path / fname), "--format", "xlsx", "-o", str(tmp_path / "s.xlsx"))
    assert r.returncode in (0, 1), r.stderr
    from openpyxl import load_workbook

    rows = list(load_workbook(tmp_path / "s.xlsx")["概览"].iter_rows(min_row=3, values_only=True))
    assert [row[1] for row in rows[:-1]] == ["青山县司法局"]  # the last row holds the totals


@pytest.mark.parametrize("charset", ["base64", "bz2", "rot13", "idna", "punycode", "uu", "undefined"])
def test_meta_charset_that_is_no_text_encoding_falls_back_to_the_bytes(charset: str) -> None:
    fname, data = H.meta_charset(charset)
    doc = read_bytes(data, fname, ".html")
    assert doc.meta.title == "青山县司法局关于2024年度法治政府建设情况的报告"


def _numbering(data: bytes) -> object:
    import io
    import zipfile

    from lxml import etree

    from drafter.readers.docx_numbering import Numbering

    return Numbering(etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/numbering.xml")))


def test_roman_counter_from_a_huge_start_is_clamped_to_words_range() -> None:
    fname, data = H.numbering_huge("roman")
    numbering = _numbering(data)
    assert numbering.next("1", 0) == "M" * 32 + "DCCLXVII."  # type: ignore[attr-defined]
    doc = read_bytes(data, fname, ".docx")  # not a heading number: the paragraphs are read without it
    assert "2024年度推进法治政府建设的主要举措和成效" in [b.text for b in doc.blocks]


def test_huge_level_text_is_cut_to_a_level_texts_length() -> None:
    fname, data = H.numbering_huge("lvltext")
    assert len(_numbering(data).next("1", 0)) <= 200  # type: ignore[attr-defined]
    doc = read_bytes(data, fname, ".docx")
    assert doc.blocks and max(len(b.text) for b in doc.blocks) < 1000


def test_a_hundred_chinese_counted_list_items_are_read() -> None:
    fname, data = H.numbering_cn_levels(120)
    doc = read_bytes(data, fname, ".docx")
    texts = [b.text for b in doc.blocks]
    assert "九十九、第99项工作安排" in texts and "第120项工作安排" in texts  # 一百、 is no heading number
    numbering = _numbering(data)
    assert [numbering.next("1", 0) for _ in range(120)][99:101] == ["一百、", "一百零一、"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("n", "want"),
    [
        (10, "十"),
        (15, "十五"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1001, "一千零一"),
        (10010, "一万零一十"),
        (-3, "-3"),
    ],
)
def test_cn_number_counts_past_ninety_nine(n: int, want: str) -> None:
    from drafter.text import cn_number

    assert cn_number(n) == want


# ------------------------------------------------------------ render: core properties


@pytest.mark.parametrize("field", ["title", "signature"])
def test_render_shortens_a_property_over_255_characters_with_a_line(tmp_path: Path, field: str) -> None:
    import docx

    text = H.draft()
    if field == "title":
        text = text.replace("# 青山县司法局关于", "# 青山县司法局" + "很长" * 200 + "关于")
    else:
        text = text.replace('signature = "青山县司法局"', 'signature = "' + "长" * 300 + '"')
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    r = run_cli("render", str(tmp_path / "d.md"), "-o", str(tmp_path / "d.docx"))
    assert r.returncode == 0, r.stderr
    assert "已截短" in r.stderr
    cp = docx.Document(str(tmp_path / "d.docx")).core_properties
    value = cp.title if field == "title" else cp.author
    assert len(value) == 255 and value.endswith("…")


# ------------------------------------------------------------ PDF: decompressed content capped


@pytest.mark.parametrize(
    ("case", "why"),
    [("pdf-4m-operators", "页面内容过大"), ("pdf-flate-bomb", "解压后过大"), ("pdf-4m-drawing-operators", "绘制指令")],
)
def test_pdf_content_beyond_any_report_is_refused(case: str, why: str) -> None:
    fname, data = H.CASES[case]()
    with pytest.raises(ReadError, match=why):
        read_bytes(data, fname, ".pdf")


def test_pdf_with_more_characters_than_a_report_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("drafter.readers.pdf.MAX_CHARS", 2000)  # the real cap's case costs a minute of layout
    data = H._pdf(b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * 2001 + b"ET")
    with pytest.raises(ReadError, match="字符"):
        read_bytes(data, "many.pdf", ".pdf")


def test_bounded_zlib_inflates_what_pdfminer_asks_for_like_zlib() -> None:
    import zlib

    from drafter.readers.pdf import _Bounded

    data = b"\xe6\xb3\x95\xe6\xb2\xbb" * 10_000
    assert _Bounded.decompress(zlib.compress(data)) == data
    d = _Bounded.decompressobj()
    assert d.decompress(zlib.compress(data)[:-4]) + d.flush() == data  # pdfminer's CRC-less fallback
    with pytest.raises(zlib.error):
        _Bounded.decompress(zlib.compress(data)[:100])


# ------------------------------------------------------------ .docx: limits in proportion


def test_drafter_reads_its_own_render_of_a_repetitive_draft() -> None:
    fname, data = H.own_render()  # document.xml compresses 400:1: refused as a zip bomb before
    doc = read_bytes(data, fname, ".docx")
    assert sum(len(b.text) for b in doc.blocks) > 900_000


@pytest.mark.parametrize(("case", "why"), [("docx-tiny-paragraphs", "段"), ("docx-huge-paragraph", "字符")])
def test_docx_beyond_any_report_is_refused_before_or_after_parsing(case: str, why: str) -> None:
    fname, data = H.CASES[case]()
    with pytest.raises(ReadError, match=f"远超一份报告.*{why}|{why}.*远超一份报告"):
        read_bytes(data, fname, ".docx")


# ------------------------------------------------------------ LibreOffice: a memory limit


def test_deeply_nested_rtf_is_refused_and_the_rest_of_the_batch_converted(tmp_path: Path) -> None:
    from drafter.readers.convert import soffice

    if soffice() is None:
        pytest.skip("LibreOffice not installed")
    fname, data = H.nested_rtf()
    (tmp_path / fname).write_bytes(data)
    (tmp_path / "small.rtf").write_bytes(
        b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0 "
        + "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in H.REPORT.replace("\n", "\\par ")).encode()
        + b"}"
    )
    r = run_cli("lint", str(tmp_path), "--format", "json")
    assert "内部错误" not in r.stderr and r.returncode == 2, r.stderr
    files = {Path(f["path"]).name: f for f in json.loads(r.stdout)["files"]}
    assert "LibreOffice" in files[fname]["error"]
    assert files["small.rtf"]["parts"]["measures"]["status"] == "present", files["small.rtf"]
