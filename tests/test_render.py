"""GB/T 9704-2012 layout of ``drafter render``: every number checked in the written XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import in_process
from .docxprops import NS, Docx, q

DRAFT = """+++
unit = "鲁山县人民政府办公室"
type = "department"
year = 2023
title = "鲁山县人民政府办公室关于2023年度法治政府建设情况的报告"
addressee = "鲁山县人民政府"
signature = "鲁山县人民政府办公室"
date = "2024年1月5日"
doc_number = "鲁政办〔2024〕3号"
closing = "特此报告。"
fonts = "gb2312"
+++

2023年，我办深入学习贯彻习近平法治思想。现将有关情况报告如下：

## 一、2023年度推进法治政府建设的主要举措和成效

### （一）坚持党的领导。

成立领导小组，全年召开会议4次。

### （二）规范行政决策

#### 1. 严格合法性审查。

审查文件12件，“三重一大”事项全部上会。

##### （1）法律顾问

法律顾问参与决策8次。

## 二、2023年度推进法治政府建设存在的不足和原因

法治宣传的针对性不强，原因是人员不足。
"""

MM = 1440 / 25.4


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Docx:
    d = tmp_path_factory.mktemp("render")
    (d / "draft.md").write_text(DRAFT, encoding="utf-8")
    r = in_process("render", str(d / "draft.md"))
    assert r.returncode == 0, r.stderr
    assert "draft.docx" in r.stdout
    return Docx(d / "draft.docx")


def _para(x: Docx, starts: str) -> object:
    return next(p for p in x.paragraphs() if x.text(p).startswith(starts))


def test_page_a4_margins_and_grid(rendered: Docx) -> None:
    sect = rendered.sect()
    sz, mar, grid = sect.find(q("pgSz")), sect.find(q("pgMar")), sect.find(q("docGrid"))
    assert (int(sz.get(q("w"))), int(sz.get(q("h")))) == (11906, 16838)
    for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
        assert abs(int(mar.get(q(side))) / MM - mm) < 0.1, side
    text_w = 11906 - int(mar.get(q("left"))) - int(mar.get(q("right")))
    text_h = 16838 - int(mar.get(q("top"))) - int(mar.get(q("bottom")))
    assert abs(text_w / MM - 156) < 0.2 and abs(text_h / MM - 225) < 0.2
    assert grid.get(q("type")) == "linesAndChars"
    pitch = int(grid.get(q("linePitch")))
    assert abs(pitch / 20 - 28.95) < 0.05
    assert 22 * pitch <= text_h < 23 * pitch
    # 28 condensed 3号 characters fill the line and a 29th does not fit (the condensing is inherited
    # from docDefaults by every style).
    rpr = rendered.styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert int(rpr.find("w:sz", NS).get(q("val"))) == 32
    pitch_twips = 16 * 20 + int(rpr.find("w:spacing", NS).get(q("val")))
    assert 28 * pitch_twips <= text_w < 29 * pitch_twips


def test_no_theme_fonts_and_east_asian_fonts_everywhere(rendered: Docx) -> None:
    for f in rendered.styles.iter(q("rFonts")):
        for a in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
            assert f.get(q(a)) is None
    for s in rendered.styles.iter(q("style")):
        if s.get(q("type")) in ("paragraph", "character"):
            assert s.find("w:rPr/w:rFonts", NS).get(q("eastAsia")), s.get(q("styleId"))
    assert rendered.styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS).get(q("eastAsia"))
    for p in rendered.paragraphs():
        for r in rendered.runs(p):
            f = r.find("w:rPr/w:rFonts", NS)
            assert f is not None and f.get(q("eastAsia")) and f.get(q("ascii")) == f.get(q("eastAsia"))


def test_title(rendered: Docx) -> None:
    x = rendered
    paras = [p for p in x.paragraphs() if x.text(p).strip()]
    assert x.text(paras[0]) == "鲁政办〔2024〕3号" and x.ppr(paras[0], "jc") == "center"
    title = paras[1]
    r = x.runs(title)[0]
    assert x.east_asia(title, r) == "方正小标宋简体" and x.size_pt(title, r) == 22
    assert x.ppr(title, "jc") == "center" and not x.bold(title, r)
    lines = [t.text for t in title.iter(q("t"))]
    assert lines == ["鲁山县人民政府办公室", "关于2023年度法治政府建设情况的报告"]  # balanced, before 关于
    assert len(title.findall(".//w:br", NS)) == 1


def test_addressee_one_blank_line_below_title(rendered: Docx) -> None:
    x = rendered
    all_p = x.paragraphs()
    i = next(i for i, p in enumerate(all_p) if x.text(p) == "鲁山县人民政府：")
    assert x.text(all_p[i - 1]) == "" and x.text(all_p[i - 2]).startswith("鲁山县")
    p = all_p[i]
    assert x.ppr(p, "jc") == "left" and x.ppr(p, "ind", "firstLine") == "0"


def test_body_paragraph(rendered: Docx) -> None:
    x = rendered
    p = _para(x, "2023年，我办")
    r = x.runs(p)[0]
    assert x.east_asia(p, r) == "仿宋_GB2312" and x.size_pt(p, r) == 16 and not x.bold(p, r)
    assert x.ppr(p, "ind", "firstLineChars") == "200" and x.ppr(p, "ind", "firstLine") == "640"
    assert x.ppr(p, "spacing", "before") == "0" and x.ppr(p, "spacing", "after") == "0"
    assert x.ppr(p, "spacing", "line") == "579" and x.ppr(p, "spacing", "lineRule") == "exact"
    assert x.ppr(p, "widowControl") == "0"  # 22 full lines on every page
    assert x.style_name(x.style_id(p)) == "公文正文"


@pytest.mark.parametrize(
    ("starts", "font", "level", "name"),
    [
        ("一、", "黑体", "0", "一级标题"),
        ("（二）规范", "楷体_GB2312", "1", "二级标题"),
        ("（1）法律", "仿宋_GB2312", "3", "四级标题"),
    ],
)
def test_headings(rendered: Docx, starts: str, font: str, level: str, name: str) -> None:
    x = rendered
    p = _para(x, starts)
    r = x.runs(p)[0]
    assert x.east_asia(p, r) == font and x.size_pt(p, r) == 16 and not x.bold(p, r)
    assert x.ppr(p, "outlineLvl") == level and x.style_name(x.style_id(p)) == name
    assert x.ppr(p, "ind", "firstLineChars") == "200"


def test_run_in_heading_is_one_paragraph(rendered: Docx) -> None:
    x = rendered
    p = _para(x, "（一）坚持党的领导。")
    runs = x.runs(p)
    texts = [t.text for t in p.iter(q("t"))]  # the body's number in a run of its own (kept whole on a line)
    assert texts == ["（一）坚持党的领导。", "成立领导小组，全年召开会议", "4", "次。"]
    assert x.east_asia(p, runs[0]) == "楷体_GB2312" and x.east_asia(p, runs[1]) == "仿宋_GB2312"
    assert runs[2].find("w:rPr/w:lang", NS).get(q("eastAsia")) == "en-US"
    p3 = _para(x, "1. 严格合法性审查。")
    assert x.ppr(p3, "outlineLvl") == "2" and len(x.runs(p3)) == 4  # heading, then body, its number 12, body


def test_closing_signature_and_date_no_seal_rule(rendered: Docx) -> None:
    x = rendered
    all_p = x.paragraphs()
    i = next(i for i, p in enumerate(all_p) if x.text(p) == "特此报告。")
    assert x.ppr(all_p[i], "ind", "firstLineChars") == "200"
    assert x.text(all_p[i + 1]) == ""  # one line below the body
    sig, date = all_p[i + 2], all_p[i + 3]
    assert (x.text(sig), x.text(date)) == ("鲁山县人民政府办公室", "2024年1月5日")
    assert x.ppr(sig, "jc") == x.ppr(date, "jc") == "right"
    sig_right = int(x.ppr(sig, "ind", "rightChars")) / 100
    date_right = int(x.ppr(date, "ind", "rightChars")) / 100
    assert sig_right == 2  # 右空二字
    ws, wd = 10, 4 / 2 + 3 + 2 / 2  # 鲁山县人民政府办公室; digits are half-width: 2024年1月5日 = 6
    sig_start, date_start = 28 - sig_right - ws, 28 - date_right - wd
    assert date_start - sig_start == 2  # 首字比署名首字右移二字
    assert int(x.ppr(sig, "ind", "right")) == round(sig_right * 320)


def test_long_date_pushes_signature_left(tmp_path: Path) -> None:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    text = DRAFT.replace('signature = "鲁山县人民政府办公室"', 'signature = "县司法局"')
    (tmp_path / "x.docx").write_bytes(render(read_text(text)))
    x = Docx(tmp_path / "x.docx")
    sig = _para(x, "县司法局")
    date = _para(x, "2024年1月5日")
    sr, dr = int(x.ppr(sig, "ind", "rightChars")) / 100, int(x.ppr(date, "ind", "rightChars")) / 100
    assert dr == 2 and (28 - dr - 6) - (28 - sr - 4) == 2


def test_page_numbers_odd_right_even_left(rendered: Docx) -> None:
    x = rendered
    assert x.settings.find(q("evenAndOddHeaders")) is not None
    refs = {
        f.get(q("type")): f.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        for f in x.sect().findall(q("footerReference"))
    }
    assert set(refs) >= {"default", "even"}
    targets = {r.get("Id"): "word/" + r.get("Target") for r in x.rels}
    for kind, side in (("default", "right"), ("even", "left")):
        ftr = x.footers[targets[refs[kind]]]
        p = ftr.find(q("p"))
        assert x.ppr(p, "jc") == side and x.ppr(p, "ind", f"{side}Chars") == "100"
        instr = "".join(t.text for t in p.iter(q("instrText")))
        assert instr.strip() == "PAGE"
        texts = [t.text for t in p.iter(q("t"))]
        assert texts[0] == "— " and texts[-1] == " —"
        for r in x.runs(p):
            assert x.size_pt(p, r) == 14 and x.east_asia(p, r) == "宋体"


def test_standard_font_set(tmp_path: Path) -> None:
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    r = in_process("render", str(tmp_path / "d.md"), "-o", str(tmp_path / "s.docx"), "--fonts", "standard")
    assert r.returncode == 0, r.stderr
    x = Docx(tmp_path / "s.docx")
    body = _para(x, "2023年，我办")
    assert x.east_asia(body, x.runs(body)[0]) == "仿宋"
    h2 = _para(x, "（二）规范")
    assert x.east_asia(h2, x.runs(h2)[0]) == "楷体"
    title = next(p for p in x.paragraphs() if x.style_name(x.style_id(p)) == "公文标题")
    assert x.east_asia(title, x.runs(title)[0]) == "宋体"  # every Windows has it; 华文中宋 ships with Office


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
    a1, a2 = _para(x, "附件：1."), _para(x, "2.重大")
    # wrapped lines hang after "1." / "2.": first lines at 2 and 5 characters, the rest at 6
    assert (x.ppr(a1, "ind", "leftChars"), x.ppr(a1, "ind", "hangingChars")) == ("600", "400")
    assert (x.ppr(a2, "ind", "leftChars"), x.ppr(a2, "ind", "hangingChars")) == ("600", "100")
    cc = _para(x, "抄送：")
    assert x.text(cc).endswith("。") and cc.find("w:pPr/w:framePr", NS) is None
    assert (x.ppr(cc, "ind", "leftChars"), x.ppr(cc, "ind", "hangingChars")) == ("400", "300")
    tbl = next(x.body.iter(q("tbl")))
    assert tbl.find("w:tblPr/w:tblW", NS).get(q("w")) == str(11906 - round(28 * MM) - round(26 * MM))
    borders = {b.tag.split("}")[1]: b.get(q("sz")) for b in tbl.find("w:tblPr/w:tblBorders", NS)}
    assert (borders["top"], borders["insideH"], borders["bottom"]) == ("8", "6", "8")
    issued = _para(x, "鲁山县人民政府办公室2024")
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


def test_font_table_properties_and_settings(rendered: Docx, tmp_path: Path) -> None:
    import zipfile

    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    assert in_process("render", str(tmp_path / "d.md")).returncode == 0
    zf = zipfile.ZipFile(tmp_path / "d.docx")
    from lxml import etree

    fonts = etree.fromstring(zf.read("word/fontTable.xml"))
    table = {f.get(q("name")): f for f in fonts.iter(q("font"))}
    assert set(table) >= {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "黑体", "宋体"}
    alt = {n: f.find(q("altName")).get(q("val")) for n, f in table.items()}
    assert (alt["仿宋_GB2312"], alt["楷体_GB2312"], alt["方正小标宋简体"]) == ("仿宋", "楷体", "宋体")
    for f in table.values():
        assert f.find(q("charset")).get(q("val")) == "86" and len(f.find(q("panose1")).get(q("val"))) == 20
    assert "MS Mincho" not in table
    core = zf.read("docProps/core.xml").decode()
    assert "python-docx" not in core and "2013-12-23" not in core
    assert "<dc:title>鲁山县人民政府办公室关于2023年度法治政府建设情况的报告</dc:title>" in core
    assert "<dc:creator>鲁山县人民政府办公室</dc:creator>" in core and "<dc:language>zh-CN</dc:language>" in core
    import datetime

    assert f"{datetime.datetime.now(datetime.UTC).year}-" in core
    assert not any("thumbnail" in n or "customXml" in n or "stylesWithEffects" in n for n in zf.namelist())
    assert "Macintosh" not in zf.read("docProps/app.xml").decode()
    s = rendered.settings
    modes = [c.get(q("val")) for c in s.iter(q("compatSetting")) if c.get(q("name")) == "compatibilityMode"]
    assert modes == ["15"]  # Word 2013+ layout: no 兼容模式 in the title bar
    lang = s.find(q("themeFontLang"))
    assert lang.get(q("eastAsia")) == "zh-CN" and lang.get(q("val")) == "zh-CN"
    assert all(x.get(q("val"), "zh-CN") == "zh-CN" for x in rendered.styles.iter(q("lang")))
    # Word's 页面设置 shows a line-and-character grid of 22 lines and 28 characters; the paragraphs
    # don't snap to it (LibreOffice 7.4 misplaces snapped characters) but hold 28 condensed characters
    grid = rendered.sect().find(q("docGrid"))
    text_h = 16838 - round(37 * MM) - round(35 * MM)
    assert grid.get(q("type")) == "linesAndChars" and text_h // int(grid.get(q("linePitch"))) == 22
    snap = rendered.styles.find("w:docDefaults/w:pPrDefault/w:pPr/w:snapToGrid", NS)
    assert snap is not None and snap.get(q("val")) == "0"
    pitch = 320 + int(rendered.styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:spacing", NS).get(q("val")))
    assert (11906 - round(28 * MM) - round(26 * MM)) // pitch == 28
    shown = (11906 - round(28 * MM) - round(26 * MM)) / 20 / (16 + int(grid.get(q("charSpace"))) / 4096)
    assert round(shown, 2) == 28  # what Word's 页面设置 computes from the grid's character pitch


@pytest.mark.parametrize("letterhead", ["none", "red", "paper"])
def test_upward_header_number_left_signer_right(tmp_path: Path, letterhead: str) -> None:
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    text = DRAFT.replace('fonts = "gb2312"', f'fonts = "gb2312"\nsigner = "王五"\nletterhead = "{letterhead}"')
    (tmp_path / "x.docx").write_bytes(render(read_text(text)))
    x = Docx(tmp_path / "x.docx")
    line = _para(x, "鲁政办〔2024〕3号")
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
