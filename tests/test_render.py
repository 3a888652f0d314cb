"""GB/T 9704-2012 layout of ``drafter render``: every number checked in the written XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import in_process
from .docxprops import NS, Docx, q
from .helpers.render import DRAFT, MM, para


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Docx:
    d = tmp_path_factory.mktemp("render")
    (d / "draft.md").write_text(DRAFT, encoding="utf-8")
    r = in_process("render", str(d / "draft.md"))
    assert r.returncode == 0, r.stderr
    assert "draft.docx" in r.stdout
    return Docx(d / "draft.docx")


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
    p = para(x, "2023年，我办")
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
    p = para(x, starts)
    r = x.runs(p)[0]
    assert x.east_asia(p, r) == font and x.size_pt(p, r) == 16 and not x.bold(p, r)
    assert x.ppr(p, "outlineLvl") == level and x.style_name(x.style_id(p)) == name
    assert x.ppr(p, "ind", "firstLineChars") == "200"


def test_run_in_heading_is_one_paragraph(rendered: Docx) -> None:
    x = rendered
    p = para(x, "（一）坚持党的领导。")
    runs = x.runs(p)
    texts = [t.text for t in p.iter(q("t"))]  # the body's number in a run of its own (kept whole on a line)
    assert texts == ["（一）坚持党的领导。", "成立领导小组，全年召开会议", "4", "次。"]
    assert x.east_asia(p, runs[0]) == "楷体_GB2312" and x.east_asia(p, runs[1]) == "仿宋_GB2312"
    assert runs[2].find("w:rPr/w:lang", NS).get(q("eastAsia")) == "en-US"
    p3 = para(x, "1. 严格合法性审查。")
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
    sig = para(x, "县司法局")
    date = para(x, "2024年1月5日")
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
    body = para(x, "2023年，我办")
    assert x.east_asia(body, x.runs(body)[0]) == "仿宋"
    h2 = para(x, "（二）规范")
    assert x.east_asia(h2, x.runs(h2)[0]) == "楷体"
    title = next(p for p in x.paragraphs() if x.style_name(x.style_id(p)) == "公文标题")
    assert x.east_asia(title, x.runs(title)[0]) == "宋体"  # every Windows has it; 华文中宋 ships with Office


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
