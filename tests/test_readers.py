"""Readers: encodings, line endings, indentation, hard wrapping, debris, Markdown drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers import ReadError, read_bytes, read_path
from drafter.readers.markdown import read_text as read_md
from drafter.readers.txt import read_text

from .conftest import seed

REPORT = """青山县司法局关于2024年度法治政府建设情况的报告

一、2024年度推进法治政府建设的主要举措和成效
（一）加强行政执法监督。全年评查行政执法案卷41卷，发现问题12个。
二、2024年度推进法治政府建设存在的不足和原因
执法人员培训不足，原因是经费紧张。
三、2024年度党政主要负责人履行推进法治建设第一责任人职责的情况
局长带头会前学法6次，主持专题会议研究执法监督工作3次，年底述法。
四、2025年度推进法治政府建设的主要工作安排
一是加强执法培训；二是推进案卷评查。
"""


def _statuses(doc) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    res = check(doc, checklists.load("department"))
    return tuple(res.parts[p].status for p in ("measures", "shortcomings", "duties", "plan"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected_from_bytes(encoding: str, tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_bytes(REPORT.encode(encoding))
    doc = read_path(p)
    assert doc.meta.unit == "青山县司法局"
    assert doc.meta.year == 2024
    assert _statuses(doc) == ("present",) * 4


def test_gbk_bytes_in_a_md_file_still_read(tmp_path: Path) -> None:
    p = tmp_path / "report.md"
    p.write_bytes(REPORT.encode("gbk"))
    assert read_path(p).meta.unit == "青山县司法局"


def test_crlf_and_fullwidth_indentation_keep_lines() -> None:
    text = REPORT.replace("\n", "\r\n").replace("执法人员培训不足", "\u3000\u3000执法人员培训不足")
    doc = read_text(text)
    res = check(doc, checklists.load("department"))
    assert res.parts["shortcomings"].line == 5
    para = next(b for b in doc.blocks if b.text.startswith("执法人员"))
    assert para.line == 6


def test_hard_wrapped_pdf_text_is_rejoined() -> None:
    body = (
        "全年评查行政执法案卷41卷，发现问题12个，全部督促整改到位，并将评查结果纳入年度考核，"
        "推动执法质量持续提升，群众满意度明显提高。"
    )
    wrapped = "\n".join(body[i : i + 30] for i in range(0, len(body), 30))
    text = REPORT.replace("（一）加强行政执法监督。全年评查行政执法案卷41卷，发现问题12个。", wrapped)
    doc = read_text(text)
    paras = [b for b in doc.blocks if b.kind == "paragraph" and b.role == "body"]
    assert paras[0].text == body
    assert paras[0].line == 4
    # a finding late in the paragraph points at the source line it is on
    idx = body.index("群众满意度")
    assert paras[0].locate(idx)[0] == 4 + idx // 30


def test_page_break_inside_a_sentence_is_joined() -> None:
    doc = read_path(seed("003"))
    para = next(b for b in doc.blocks if b.text.startswith("坚持主要领导亲自抓"))
    assert "分管领导具体抓，各职能部门" in para.text


def test_pdf_spaces_inside_words_removed() -> None:
    doc = read_path(seed("003"))
    assert any("2022年度县政府共制定行政规范性文件5件" in b.text for b in doc.blocks)


def test_debris_before_title_does_not_confuse_metadata() -> None:
    text = "首页 > 政务公开 > 法治政府建设\n时间：2025-03-05 11:41 来源：县司法局\n字号：大 中 小\n\n" + REPORT
    doc = read_text(text)
    assert doc.meta.title == "青山县司法局关于2024年度法治政府建设情况的报告"
    assert doc.meta.unit == "青山县司法局" and doc.meta.year == 2024
    assert [b.role for b in doc.blocks[:3]] == ["debris", "debris", "debris"]


def test_title_cut_off_year_and_unit_from_body_plan_and_signature() -> None:
    body = REPORT.split("\n", 2)[2]
    doc = read_text(body + "\n特此报告。\n\n青山县司法局\n2025年1月10日\n")
    assert doc.meta.title is None
    assert doc.meta.year == 2024
    assert doc.meta.unit == "青山县司法局"
    no_headings = (
        "2024年，青山县坚持依法行政，评查案卷41卷。\n虽然取得一定成效，但也存在一些不足，主要原因是培训不够。\n"
        "2025年，青山县将继续推进法治政府建设。\n"
    )
    doc2 = read_text(no_headings)
    assert doc2.meta.year == 2024
    assert doc2.meta.unit == "青山县人民政府"


def test_markdown_draft_front_matter_wins() -> None:
    text = '+++\nunit = "青山县司法局"\ntype = "department"\nyear = 2024\nfonts = "standard"\n+++\n\n' + "\n".join(
        ("## " + line if line[:2] in ("一、", "二、", "三、", "四、") else line) for line in REPORT.splitlines()[2:]
    )
    doc = read_md(text)
    assert (doc.meta.unit, doc.meta.unit_type, doc.meta.year, doc.meta.fonts) == (
        "青山县司法局",
        "department",
        2024,
        "standard",
    )
    assert _statuses(doc) == ("present",) * 4
    heading = next(b for b in doc.blocks if b.kind == "heading")
    assert heading.line == 8 and heading.level == 1  # line 8 of the file, after 7 lines of front matter


def test_plain_markdown_with_hash_title_and_bold_run_in() -> None:
    text = (
        "# 青山县司法局关于2024年度法治政府建设情况的报告\n\n## 一、主要举措和成效\n\n"
        "**（一）加强执法监督。**全年评查案卷41卷。\n\n## 二、存在的不足和原因\n\n培训不足，原因是经费紧张。\n"
    )
    doc = read_md(text)
    assert doc.meta.title and doc.meta.year == 2024
    run_in = next(b for b in doc.blocks if b.kind == "heading" and b.level == 2)
    assert run_in.run_in and run_in.text == "（一）加强执法监督。"


@pytest.mark.parametrize(
    ("head", "error"),
    [
        ('+++\nunit = "青山县"\n', "没有结束行"),
        ("+++\nunit = 青山县\n+++\n", "TOML"),
        ('+++\nunit = "青山县司法局"\n+++\n', "报告年度"),
        ('+++\nunit = "青山县司法局"\nyear = 2024\nfonts = "comic"\n+++\n', "字体"),
    ],
)
def test_broken_front_matter_is_one_chinese_line(head: str, error: str) -> None:
    with pytest.raises(ReadError) as e:
        read_md(head + "\n## 一、主要举措和成效\n")
    assert error in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "空的"),
        (b"   \n\n", "空的"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "另存为"),
        (b"PK\x03\x04garbage-not-a-zip", ".docx"),
        (b"%PDF-1.7\n", "PDF"),
        (bytes(range(256)) * 40, "另存为"),
    ],
    ids=["empty", "blank", "ole-doc", "bad-zip", "pdf", "binary"],
)
def test_bad_bytes_raise_read_error(data: bytes, words: str) -> None:
    with pytest.raises(ReadError) as e:
        read_bytes(data, "x.txt", ".txt")
    assert words in str(e.value)


def test_xml_forbidden_control_characters_are_dropped() -> None:
    doc = read_text(REPORT.replace("全年评查", "全年\x01评\x0b查\x1f"))
    assert any("全年评查行政执法案卷" in b.text for b in doc.blocks)


def test_share_buttons_cut_but_a_channel_the_report_names_kept() -> None:
    """A page's share buttons (微信 微博) are set aside; "官网、微信公众号" in a body sentence is the report's."""
    text = (
        "当前位置：首页 > 政务公开 时间：2024-03-01 微信 微博 QQ空间 某街道2023年法治政府建设年度报告\n"
        "通过街道官网、微信公众号、电子屏等方式主动公开信息120条，借助微信群推送普法内容。\n"
    )
    body = " ".join(b.text for b in read_text(text).body)
    assert "微信 微博" not in body and "QQ空间" not in body
    assert "街道官网、微信公众号、电子屏" in body and "借助微信群推送" in body
