"""The .docx reader on hand-made Word files: styles, numbering, run-in headings, tables, hostile zips."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from drafter.readers import ReadError, read_bytes, read_path

from .conftest import in_process

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _save(d: docx.document.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _xml(s: str) -> etree._Element:
    return etree.fromstring(f'<root xmlns:w="{W}">{s}</root>')[0]


def _report(d: docx.document.Document) -> None:
    d.add_paragraph("确山县人民政府关于2022年度法治政府建设情况的报告").alignment = 1
    d.add_paragraph("驻马店市人民政府：")


def test_heading_styles_and_outline_inheritance() -> None:
    d = docx.Document()
    _report(d)
    styles = d.styles.element
    # A custom style with an outline level, and one inheriting it through basedOn.
    styles.append(
        _xml(
            '<w:style w:type="paragraph" w:styleId="Lvl2"><w:name w:val="我的二级"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
        )
    )
    styles.append(
        _xml('<w:style w:type="paragraph" w:styleId="Lvl2b"><w:name w:val="派生"/><w:basedOn w:val="Lvl2"/></w:style>')
    )
    styles.append(
        _xml('<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 3"/><w:basedOn w:val="Normal"/></w:style>')
    )
    d.add_paragraph("工作开展情况", style="Heading 1")
    p = d.add_paragraph("落实法治政府建设责任")
    p._p.get_or_add_pPr().append(_xml('<w:pStyle w:val="Lvl2b"/>'))
    p3 = d.add_paragraph("学法用法")
    p3._p.get_or_add_pPr().append(_xml('<w:pStyle w:val="a3"/>'))
    d.add_paragraph("全年组织学法4次。")
    doc = read_bytes(_save(d), "x.docx", ".docx")
    heads = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("工作开展情况", 1), ("落实法治政府建设责任", 2), ("学法用法", 3)]
    assert doc.fmt == "docx" and doc.meta.title and doc.meta.addressee == "驻马店市人民政府"
    assert all(b.styled for b in doc.blocks if b.kind == "heading")


def _numbering(d: docx.document.Document) -> None:
    numbering = d.part.numbering_part.element
    numbering.insert(
        0,
        _xml(
            '<w:abstractNum w:abstractNumId="77">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(_xml('<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))


def _numbered(d: docx.document.Document, text: str, ilvl: int) -> None:
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(_xml(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="77"/></w:numPr>'))


def test_word_numbering_generates_heading_numbers() -> None:
    d = docx.Document()
    _report(d)
    _numbering(d)
    _numbered(d, "主要举措和成效", 0)
    _numbered(d, "坚持党的领导", 1)
    _numbered(d, "学法", 2)
    _numbered(d, "述法", 2)
    _numbered(d, "强化执法监督", 1)
    _numbered(d, "学法", 2)  # restarts under the new （二）
    d.add_paragraph("全年办结案件10件。")
    _numbered(d, "存在的不足和原因", 0)
    doc = read_bytes(_save(d), "x.docx", ".docx")
    heads = [(b.number, b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert heads == [
        ("一、", "一、主要举措和成效", 1),
        ("（一）", "（一）坚持党的领导", 2),
        ("1.", "1.学法", 3),
        ("2.", "2.述法", 3),
        ("（二）", "（二）强化执法监督", 2),
        ("1.", "1.学法", 3),
        ("二、", "二、存在的不足和原因", 1),
    ]
    first = next(b for b in doc.blocks if b.kind == "heading")
    assert first.col == -2 and first.title == "主要举措和成效"  # the number is not in the source text


def test_bold_run_in_heading_and_centred_title() -> None:
    d = docx.Document()
    _report(d)
    p = d.add_paragraph()
    p.add_run("（一）坚持高位推动。").bold = True
    p.add_run("今年以来，召开常务会议研究法治工作3次。")
    p2 = d.add_paragraph()
    p2.add_run("全部加粗的一段。").bold = True
    doc = read_bytes(_save(d), "x.docx", ".docx")
    h = next(b for b in doc.blocks if b.kind == "heading")
    assert h.text == "（一）坚持高位推动。" and h.run_in and h.level == 2
    body = doc.blocks[doc.blocks.index(h) + 1]
    assert body.text.startswith("今年以来") and body.line == h.line and body.col == len(h.text)
    assert doc.meta.title == "确山县人民政府关于2022年度法治政府建设情况的报告" and doc.meta.title_line == 1
    assert any(b.text == "全部加粗的一段。" and b.kind == "paragraph" for b in doc.blocks)


def test_tables_text_in_order_and_line_numbers() -> None:
    d = docx.Document()
    _report(d)
    d.add_paragraph("一、主要举措和成效")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "指标", "数量"
    t.cell(1, 0).text, t.cell(1, 1).text = "行政复议案件", "12件"
    d.add_paragraph("")
    d.add_paragraph("二、存在的不足和原因")
    doc = read_bytes(_save(d), "x.docx", ".docx")
    texts = [b.text for b in doc.blocks]
    assert texts.index("行政复议案件") < texts.index("二、存在的不足和原因")
    assert next(b for b in doc.blocks if b.text == "12件").line == 7
    last = next(b for b in doc.blocks if b.text.startswith("二、"))
    assert last.line == 9 and doc.line_text(9) == "二、存在的不足和原因"  # empty paragraphs count
    frames = {b.text: b.frame for b in doc.blocks}  # a cell's end need not end a sentence (broken-paragraph)
    assert frames["12件"] == "cell" and frames["二、存在的不足和原因"] == frames["驻马店市人民政府："] == ""


def test_list_items_are_marked() -> None:
    d = docx.Document()
    _report(d)
    d.add_paragraph("2023年，我县全面推进依法行政。")
    d.add_paragraph("审核规范性文件，清理政府规章", style="List Bullet")
    doc = read_bytes(_save(d), "x.docx", ".docx")
    frames = {b.text: b.frame for b in doc.blocks}
    assert frames["审核规范性文件，清理政府规章"] == "list" and frames["2023年，我县全面推进依法行政。"] == ""


def test_hyperlinks_and_tracked_changes() -> None:
    d = docx.Document()
    _report(d)
    p = d.add_paragraph("依法")
    p._p.append(_xml("<w:hyperlink><w:r><w:t>公开</w:t></w:r></w:hyperlink>"))
    p._p.append(_xml("<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"))
    p._p.append(_xml("<w:ins><w:r><w:t>政务信息。</w:t></w:r></w:ins>"))
    doc = read_bytes(_save(d), "x.docx", ".docx")
    assert any(b.text == "依法公开政务信息。" for b in doc.blocks)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bomb_by_ratio() -> None:
    data = _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"\0" * (50 * 1024 * 1024)})
    with pytest.raises(ReadError, match=r"压缩炸弹|解压后超过"):
        read_bytes(data, "bomb.docx", ".docx")


def test_zip_bomb_by_declared_size() -> None:
    data = bytearray(_zip({"word/document.xml": b"<w:document/>", "word/a.bin": b"abc"}))
    # Claim 300 MB uncompressed in the central directory for one member.
    at = data.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<I", data, at + 24, 300 * 1024 * 1024 // 2)
        at = data.find(b"PK\x01\x02", at + 4)
    with pytest.raises(ReadError, match=r"200 MB|压缩炸弹|解压后超过"):
        read_bytes(bytes(data), "bomb.docx", ".docx")


def test_truncated_and_non_word_zips() -> None:
    d = docx.Document()
    _report(d)
    good = _save(d)
    with pytest.raises(ReadError, match="损坏或不完整"):
        read_bytes(good[: len(good) // 2], "t.docx", ".docx")
    with pytest.raises(ReadError, match=r"word/document\.xml"):
        read_bytes(_zip({"xl/workbook.xml": b"<x/>"}), "t.docx", ".docx")
    broken = _zip({"[Content_Types].xml": b"<nonsense", "word/document.xml": b"<w:document"})
    with pytest.raises(ReadError, match="损坏"):
        read_bytes(broken, "t.docx", ".docx")


def test_ole_doc_bytes() -> None:
    with pytest.raises(ReadError, match=r"\.doc"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.docx", ".docx")


def test_cli_on_hostile_files(tmp_path: Path) -> None:
    d = docx.Document()
    _report(d)
    good = _save(d)
    (tmp_path / "torn.docx").write_bytes(good[:300])
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    for name in ("torn.docx", "old.doc"):
        r = in_process("import", str(tmp_path / name), "-o", str(tmp_path / "out.md"))
        assert r.returncode == 2 and "Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1
        assert not (tmp_path / "out.md").exists()


def test_reads_own_render(tmp_path: Path) -> None:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    text = '+++\nunit = "县司法局"\nyear = 2023\nfonts = "standard"\n+++\n\n## 一、主要举措和成效\n\n### （一）学法。\n\n学法4次。\n'
    (tmp_path / "x.docx").write_bytes(render(read_text(text)))
    doc = read_path(tmp_path / "x.docx")
    heads = [(b.text, b.level, b.run_in) for b in doc.blocks if b.kind == "heading"]
    assert heads == [("一、主要举措和成效", 1, False), ("（一）学法。", 2, True)]
    assert doc.meta.fonts == "standard" and doc.meta.title == "县司法局关于2023年度法治政府建设情况的报告"


def test_reports_from_one_template_share_parsed_styles_and_others_do_not(tmp_path: Path) -> None:
    """Styles are reused by the digest of styles.xml: the same bytes share them, other bytes never do."""
    import io
    import zipfile

    from drafter.readers import docx_ooxml
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    def draft(fonts: str, body: str) -> bytes:
        return render(
            read_text(
                f'+++\nunit = "县司法局"\nyear = 2023\nfonts = "{fonts}"\n+++\n\n'
                f"## 一、主要举措和成效\n\n### （一）学法。\n\n{body}\n"
            )
        )

    a, b = draft("standard", "学法4次。"), draft("standard", "普法12场。")
    docx_ooxml._STYLES.clear()
    da, db = (read_bytes(x, "x.docx", ".docx") for x in (a, b))
    assert len(docx_ooxml._STYLES) == 1  # one template, parsed once
    assert da.meta.fonts == db.meta.fonts == "standard"
    # the same report with its body font changed in styles.xml: new bytes, its own styles
    src = zipfile.ZipFile(io.BytesIO(a))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/styles.xml":
                assert "仿宋".encode() in data
                data = data.replace("仿宋".encode(), "宋体".encode())
            z.writestr(item, data)
    dc = read_bytes(out.getvalue(), "c.docx", ".docx")
    assert len(docx_ooxml._STYLES) == 2 and dc.meta.fonts != "standard"
