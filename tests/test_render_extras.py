"""GB/T 9704-2012 layout of ``drafter render``, the parts a draft may add: a default title, attachments and the imprint, title lines, the letterhead and seal; drafts that fail cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import in_process
from .docxprops import NS, Docx, q
from .helpers.render import DRAFT, MM, para


def test_default_title_from_template(tmp_path: Path) -> None:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    text = DRAFT.replace('title = "鲁山县人民政府办公室关于2023年度法治政府建设情况的报告"\n', "")
    (tmp_path / "x.docx").write_bytes(render(read_text(text)))
    x = Docx(tmp_path / "x.docx")
    title = next(p for p in x.paragraphs() if x.style_name(x.style_id(p)) == "公文标题")
    assert x.text(title) == "鲁山县人民政府办公室关于2023年度法治政府建设情况的报告"


@pytest.mark.parametrize("pad", [0, 20])
def test_attachments_and_imprint(tmp_path: Path, pad: int) -> None:
    """The draft ends on page 2 with room (the 版记 at that page's foot) or, padded, on page 3."""
    from drafter.readers.markdown import read_text
    from drafter.render import paging
    from drafter.render.fonts import font_set
    from drafter.render.gbt9704 import Extras, _paragraphs, render

    extras = Extras(
        attachments=["2023年度法治政府建设工作台账", "重大行政决策目录"],
        cc="县委办公室，县人大常委会办公室",
        issuer="鲁山县人民政府办公室",
        issued="2024年1月5日",
    )
    text = DRAFT + "".join(f"\n\n本年度还完成了第{i}项专项整治工作，成效明显。\n" for i in range(pad))
    end = paging.estimate(_paragraphs(read_text(text), font_set("gb2312"), extras)[0])
    assert (end.page, end.lines <= 18) == ((2, True) if pad == 0 else (3, True))
    (tmp_path / "x.docx").write_bytes(render(read_text(text), extras=extras))
    x = Docx(tmp_path / "x.docx")
    a1, a2 = para(x, "附件：1."), para(x, "2.重大")
    # wrapped lines hang after "1." / "2.": first lines at 2 and 5 characters, the rest at 6
    assert (x.ppr(a1, "ind", "leftChars"), x.ppr(a1, "ind", "hangingChars")) == ("600", "400")
    assert (x.ppr(a2, "ind", "leftChars"), x.ppr(a2, "ind", "hangingChars")) == ("600", "100")
    cc = para(x, "抄送：")
    assert x.text(cc).endswith("。") and cc.find("w:pPr/w:framePr", NS) is None
    assert (x.ppr(cc, "ind", "leftChars"), x.ppr(cc, "ind", "hangingChars")) == ("400", "300")
    tbl = next(x.body.iter(q("tbl")))
    assert tbl.find("w:tblPr/w:tblW", NS).get(q("w")) == str(11906 - round(28 * MM) - round(26 * MM))
    borders = {b.tag.split("}")[1]: b.get(q("sz")) for b in tbl.find("w:tblPr/w:tblBorders", NS)}
    assert (borders["top"], borders["insideH"], borders["bottom"]) == ("8", "6", "8")
    issued = para(x, "鲁山县人民政府办公室2024")
    tabs = issued.find("w:pPr/w:tabs/w:tab", NS)
    assert tabs.get(q("val")) == "right" and int(tabs.get(q("pos"))) == 11906 - round(28 * MM) - round(26 * MM) - 280
    assert x.size_pt(issued, x.runs(issued)[0]) == 14
    paras = x.paragraphs()
    sig = next(p for p in paras if x.text(p) == "鲁山县人民政府办公室")
    # the document ends with a 1 pt paragraph off the grid after the table: Word and WPS add a full
    # line there when there is none, and it falls onto a page of its own
    last = x.body[-2]
    assert x.body[-3].tag == q("tbl") and last.tag == q("p") and x.text(last) == ""
    assert x.ppr(last, "snapToGrid", "val") == "0"
    assert (x.ppr(last, "spacing", "line"), x.ppr(last, "spacing", "lineRule")) == ("20", "exact")
    assert last.find("w:pPr/w:rPr/w:sz", NS).get(q("val")) == "2"
    sect = x.sect()
    assert paras.index(a1) < paras.index(sig) < paras.index(cc)
    assert paras[paras.index(cc) - 1].find("w:pPr/w:sectPr", NS) is None
    date = next(p for p in paras if x.text(p) == "2024年1月5日")
    if pad == 0:  # on the text's last page (even, room): no section, blank grid lines to its foot
        assert sect.find("w:type", NS) is None and sect.find("w:vAlign", NS) is None
        assert not any(p.find("w:pPr/w:sectPr", NS) is not None for p in paras)
        blanks = paras[paras.index(date) + 1 : paras.index(cc)]
        assert all(x.text(p) == "" for p in blanks) and len(blanks) == 22 - end.lines - 2
        return
    # the 版记 is a section of its own: even page, bottom of the 版心, footers without a page number
    assert sect.find("w:type", NS).get(q("val")) == "evenPage"
    assert sect.find("w:vAlign", NS).get(q("val")) == "bottom"
    assert sum(1 for p in paras if p.find("w:pPr/w:sectPr", NS) is not None) == 1
    assert date.find("w:pPr/w:sectPr", NS) is not None


def test_title_lines_balanced() -> None:
    from drafter.render.gbt9704 import title_lines

    assert title_lines(
        "中共洛宁县委洛宁县人民政府关于2023年度法治政府建设情况的报告", "中共洛宁县委 洛宁县人民政府"
    ) == ["中共洛宁县委 洛宁县人民政府", "关于2023年度法治政府建设情况的报告"]
    assert title_lines("关于2023年度法治政府建设情况的报告") == ["关于2023年度法治政府建设情况的报告"]
    long = title_lines("××市××区人民政府办公室关于2023年度推进法治政府建设工作情况和2024年工作安排的报告")
    assert len(long) == 3 and all(len(x) <= 22 for x in long)


@pytest.mark.parametrize(
    "title",
    [
        "××单位关于2025年度法治政府建设情况的报告",  # the template's: × is full-width in a Chinese font
        "柳河镇人民政府关于2025年度法治政府建设情况的报告",
        "青山县城市管理综合行政执法局关于2025年度法治政府建设情况的报告",
        "××市××区人民政府办公室关于2023年度推进法治政府建设工作情况和2024年工作安排的报告",
        "关于青山县2025年度法治政府建设和2026年工作安排情况的报告",
        "青山县人民政府关于2025年度法治政府建设工作情况和2026年度工作安排的报告",
    ],
)
def test_title_lines_trapezoid_without_a_lone_last_word(title: str) -> None:
    from drafter.render.title import cw, title_lines

    lines = title_lines(title)
    assert "".join(lines) == title
    assert len(lines) > 1  # none of these fits 20 characters with half a character to spare
    widths = [cw(x) for x in lines]
    assert all(w <= 19.5 for w in widths) and widths[-1] >= 4, lines
    mid = max(widths[1:-1], default=widths[0])
    assert not (mid < widths[0] and mid < widths[-1]), lines  # no hourglass
    if "关于" in title and not title.startswith("关于") and cw(title.split("关于")[1]) <= 19.5:
        assert lines[1].startswith("关于")  # the issuer on its own line, above the longer rest


@pytest.mark.parametrize(
    ("edit", "needle"),
    [
        (lambda t: t.replace('unit = "鲁山县人民政府办公室"\n', ""), "缺少“单位”"),  # the settings form's name
        (lambda t: t.replace("year = 2023", "year = 2023x"), "TOML"),
        (lambda t: t.replace('type = "department"', 'type = "village"'), "village"),
        (lambda t: t.replace('fonts = "gb2312"', 'fonts = "comic"'), "comic"),
        (lambda t: t.replace('signature = "鲁山县人民政府办公室"', 'signature = "鲁山\\u0001县"'), "控制字符"),
    ],
)
def test_bad_drafts_fail_cleanly(tmp_path: Path, edit: object, needle: str) -> None:
    src = tmp_path / "bad.md"
    src.write_text(edit(DRAFT), encoding="utf-8")  # type: ignore[operator]
    r = in_process("render", str(src))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert needle in r.stderr or (needle == "TOML" and "设置" in r.stderr)
    assert not (tmp_path / "bad.docx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.md"]


def test_output_rules(tmp_path: Path) -> None:
    src = tmp_path / "d.md"
    src.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "d.docx"
    out.write_bytes(b"old")
    r = in_process("render", str(src))
    assert r.returncode == 2 and "--force" in r.stderr and out.read_bytes() == b"old"
    assert in_process("render", str(src), "--force").returncode == 0 and out.read_bytes()[:2] == b"PK"
    r = in_process("render", str(src), "--fonts", "comic", "-o", str(tmp_path / "x.docx"))
    assert r.returncode == 2 and "comic" in r.stderr
    r = in_process("render", str(src), "-o", str(tmp_path / "no" / "such" / "x.docx"))
    assert r.returncode == 2 and "Traceback" not in r.stderr and "文件夹" in r.stderr
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    r = in_process("render", str(src), "-o", str(blocker / "x.docx"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = in_process("render", str(tmp_path / "missing.md"))
    assert r.returncode == 2 and "不存在" in r.stderr


def test_render_warns_about_empty_addressee_signature_and_date(tmp_path: Path) -> None:
    text = DRAFT.replace('addressee = "鲁山县人民政府"', 'addressee = ""').replace('date = "2024年1月5日"', 'date = ""')
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    r = in_process("render", str(tmp_path / "d.md"))
    assert r.returncode == 0 and (tmp_path / "d.docx").exists()
    assert "主送机关为空" in r.stderr and "成文日期为空" in r.stderr and "署名为空" not in r.stderr
    (tmp_path / "ok.md").write_text(DRAFT, encoding="utf-8")
    assert in_process("render", str(tmp_path / "ok.md")).stderr == ""


@pytest.mark.parametrize("letterhead", ["none", "red", "paper"])
def test_upward_header_number_left_signer_right(tmp_path: Path, letterhead: str) -> None:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    text = DRAFT.replace('fonts = "gb2312"', f'fonts = "gb2312"\nsigner = "王五"\nletterhead = "{letterhead}"')
    (tmp_path / "x.docx").write_bytes(render(read_text(text)))
    x = Docx(tmp_path / "x.docx")
    line = para(x, "鲁政办〔2024〕3号")
    tabs = [(t.get(q("val")), int(t.get(q("pos")))) for t in line.iterfind("w:pPr/w:tabs/w:tab", NS)]
    assert tabs == [("left", 320), ("right", 11906 - round(28 * MM) - round(26 * MM) - 320)]
    runs = x.runs(line)
    assert [r.find(q("t")).text for r in runs] == ["鲁政办〔2024〕3号", "签发人：", "王五"]
    assert x.east_asia(line, runs[1]) == "仿宋_GB2312" and x.east_asia(line, runs[2]) == "楷体_GB2312"
    rule = line.find("w:pPr/w:pBdr/w:bottom", NS)
    marks = [p for p in x.paragraphs() if x.style_id(p) == "GwMark"]
    if letterhead == "red":
        assert rule.get(q("color")) == "FF0000" and x.text(marks[0]) == "鲁山县人民政府办公室文件"
        assert x.rpr(marks[0], x.runs(marks[0])[0], "color") == "FF0000"
    else:
        assert rule is None
    assert len(marks) == (0 if letterhead == "none" else 1)


def test_sealed_signature_centred_over_date(tmp_path: Path) -> None:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    (tmp_path / "x.docx").write_bytes(
        render(read_text(DRAFT.replace('fonts = "gb2312"', 'fonts = "gb2312"\nseal = true')))
    )
    x = Docx(tmp_path / "x.docx")
    paras = x.paragraphs()
    i = next(i for i, p in enumerate(paras) if x.text(p) == "特此报告。")
    assert [x.text(p) for p in paras[i + 1 : i + 3]] == ["", ""]  # room for the seal
    sig, date = paras[i + 3], paras[i + 4]
    sr, dr = int(x.ppr(sig, "ind", "rightChars")) / 100, int(x.ppr(date, "ind", "rightChars")) / 100
    assert dr == 4  # 成文日期右空四字
    assert (28 - sr - 10 / 2) == (28 - dr - 6 / 2)  # centres align: 署名 10 chars, date 6
    assert all(p.find("w:pPr/w:keepNext", NS) is not None for p in paras[i - 1 : i + 4])  # kept with the body
