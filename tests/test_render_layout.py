"""The closing block, 版记 and 版头 through LibreOffice: text positions (pdftotext -bbox-layout) and rules (SVG).

Every example draft, each again with a long 抄送 and two long 附件 (and a 签发人, a red or
pre-printed 版头, a seal), and one draft padded line by line with 1..12 extra lines, are rendered
and converted to PDF in one soffice call, with the project's fontconfig aliases.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.commands.template import blank_markdown
from drafter.readers.markdown import read_text
from drafter.render.gbt9704 import Extras, render

from .conftest import ROOT
from .helpers.pdf import BOTTOM, LEFT, PAGE_NO, PT_PER_MM, RIGHT, SOFFICE, TOP, Line, to_pdfs
from .helpers.pdf import pdf_pages as _pages

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not SOFFICE or not shutil.which("pdftotext") or not shutil.which("pdftocairo"),
        reason="LibreOffice/poppler absent",
    ),
]

DRAFTS = ROOT / "examples" / "drafts"
LONG_CC = (
    "县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，市司法局，"
    "县委依法治县办，县发展改革委，县财政局，县审计局，县信访局"
)
LONG_ATTACHMENTS = [
    "2025年度法治政府建设重点任务完成情况统计表（含行政复议、行政应诉和行政执法案卷评查数据）",
    "2025年度重大行政决策事项目录及合法性审查、法律顾问参与情况一览表（按季度汇总）",
]
ISSUER = 'issuer = "青山县人民政府办公室"\nissued = "2026年2月10日"'
PAD = "本年度还完成了第{n}项专项整治工作，成效明显。"


def _variants() -> dict[str, str]:
    out: dict[str, str] = {}
    long_fields = {
        "county_gov": 'signer = "李明"\nletterhead = "red"\n',
        "department": 'signer = "王芳"\nletterhead = "paper"\ndoc_number = "青司文〔2026〕5号"\n',
        "township": "seal = true\n",
    }
    for src in sorted(DRAFTS.glob("*.md")):
        text = src.read_text(encoding="utf-8")
        out[src.stem] = text
        kind = src.stem.split("_2")[0]
        head, sep, rest = text.partition("\n+++\n")
        head = re.sub(r"(?m)^(attachments|cc|issuer|issued) = .*\n?", "", head)
        if "doc_number" in long_fields[kind]:
            head = re.sub(r"(?m)^doc_number = .*\n?", "", head)
        atts = ", ".join(f'"{a}"' for a in LONG_ATTACHMENTS)
        out[f"{src.stem}_long"] = (
            f'{head}\n{long_fields[kind]}attachments = [{atts}]\ncc = "{LONG_CC}"\n{ISSUER}{sep}{rest}'
        )
    head, sep, rest = (DRAFTS / "department_2025.md").read_text(encoding="utf-8").partition("\n+++\n")
    base = f'{head}\ncc = "县委办公室，县人大常委会办公室"\n{ISSUER}{sep}{rest}'.rstrip("\n")
    for k in range(13):
        out[f"padded_{k:02d}"] = base + "".join("\n\n" + PAD.format(n=i) for i in range(1, k + 1)) + "\n"
    # shorter: without (二), (三), (四) of part one, one by one (the text ends higher on page 2 or on page 1)
    for k, cut in enumerate(("### （四）", "### （三）", "### （二）"), start=1):
        at = base.index(cut)
        base = base[:at] + base[base.index("\n\n#", at + 1) + 2 :]
        out[f"trimmed_{k}"] = base + "\n"
    return out


def _rules(pdf: Path, page: int, tmp: Path) -> list[tuple[float, float, float, float]]:
    """Horizontal stroked lines on ``page`` as (y, x0, x1, width) in PDF points from the top."""
    svg = tmp / f"{pdf.stem}-{page}.svg"
    subprocess.run(["pdftocairo", "-svg", "-f", str(page), "-l", str(page), str(pdf), str(svg)], check=True)
    out = []
    for style, d, m in re.findall(
        r'<path style="fill:none;([^"]*)" d="M ([\d. L-]+)" transform="matrix\(([^)]*)\)"', svg.read_text()
    ):
        w = float(re.search(r"stroke-width:([\d.]+)", style).group(1))  # type: ignore[union-attr]
        a, _, _, dd, e, f = (float(v) for v in m.split(","))
        x0, y0, _, x1, y1 = (float(v) if v != "L" else 0 for v in d.split())
        if abs(y0 - y1) < 0.01:
            out.append((dd * y0 + f, a * x0 + e, a * x1 + e, w * abs(a)))
    return sorted(out)


@pytest.fixture(scope="module")
def layouts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, list[list[Line]], Path]]:
    tmp = tmp_path_factory.mktemp("layout")
    docs = {}
    for name, text in _variants().items():
        doc = read_text(text, f"{name}.md")
        (tmp / f"{name}.docx").write_bytes(render(doc))
        docs[name] = doc
    for name, (kind, unit) in TEMPLATES.items():  # what `drafter template -o x.docx` writes
        text, hints = blank_markdown(kind, unit, 2025)
        doc = read_text(text, f"{name}.md")
        (tmp / f"{name}.docx").write_bytes(render(doc, extras=Extras(hints=hints)))
        docs[name] = doc
    to_pdfs(tmp, sorted(tmp.glob("*.docx")))
    return {name: (doc, _pages(tmp / f"{name}.pdf"), tmp / f"{name}.pdf") for name, doc in docs.items()}


TEMPLATES = {"template_township": ("township", "柳河镇人民政府"), "template_county": ("county_gov", None)}
NAMES = sorted(_variants())
WITH_IMPRINT = [n for n, t in _variants().items() if "\ncc = " in t]


def _find(pages: list[list[Line]], pred: object) -> tuple[int, Line]:
    for i, lines in enumerate(pages):
        for ln in lines:
            if pred(ln):  # type: ignore[operator]
                return i, ln
    raise AssertionError("line not found")


@pytest.mark.parametrize("name", sorted(WITH_IMPRINT))
def test_imprint_on_an_even_last_page_at_the_foot(layouts: dict, name: str, tmp_path: Path) -> None:
    doc, pages, pdf = layouts[name]
    m = doc.meta
    assert m.cc and m.issuer
    last = len(pages)
    assert last % 2 == 0, f"{name}: {last} pages"
    p_cc, cc = _find(pages, lambda ln: ln.text.startswith("抄送："))
    p_is, dated = _find(pages, lambda ln: ln.text.endswith("印发"))
    assert p_cc == p_is == last - 1
    imprint = pages[-1]
    issued = min((ln for ln in imprint if abs(ln.y0 - dated.y0) < 2), key=lambda ln: ln.x0)
    assert issued.text.startswith(m.issuer)
    p_date, _ = _find(pages, lambda ln: ln.text == m.date)
    # on the text's own last page that page keeps its number; a 版记 page of its own has none
    assert any(PAGE_NO.match(ln.text) for ln in imprint) == (p_date == last - 1)
    imprint = [ln for ln in imprint if not PAGE_NO.match(ln.text)]
    assert BOTTOM - 35 * PT_PER_MM <= max(ln.y1 for ln in imprint) <= BOTTOM + 1
    # pages between the date and the 版记 are blank, without a number either
    for blank in pages[p_date + 1 : last - 1]:
        assert blank == [], [ln.text for ln in blank]
    # 抄送 and 印发机关 左空一字 (4号 = 14 pt), 印发日期 右空一字
    assert abs(cc.x0 - (LEFT + 14)) < 2 and abs(issued.x0 - (LEFT + 14)) < 2
    right_edge = max(w[2] for ln in imprint for w in ln.words if ln.y0 >= issued.y0 - 1)
    assert abs(right_edge - (RIGHT - 14)) < 2
    # wrapped 抄送 lines start after "抄送："
    wrapped = [ln for ln in imprint if cc.y0 < ln.y0 < issued.y0 - 1]
    if len(m.cc) > 25:
        assert wrapped
    for ln in wrapped:
        assert abs(ln.x0 - (cc.x0 + 3 * 14)) < 2, (ln.text, ln.x0, cc.x0)
    # the rules: as wide as the 版心, 0.35 mm outside and 0.25 mm between, around the text
    rules = _rules(pdf, last, tmp_path)
    assert len(rules) == 3, rules
    for _y, x0, x1, _ in rules:
        assert abs(x0 - LEFT) < 1 and abs(x1 - RIGHT) < 1
    assert [round(r[3], 2) for r in rules] == [1.0, 0.75, 1.0]
    assert rules[0][0] < cc.y0 and rules[1][0] < issued.y0 < rules[2][0]
    assert BOTTOM - 35 * PT_PER_MM <= rules[2][0] <= BOTTOM
    assert rules[2][0] >= BOTTOM - 20  # at the foot: within half a line of the 版心's bottom edge


@pytest.mark.parametrize("name", NAMES + sorted(TEMPLATES))
def test_no_page_holds_only_the_closing(layouts: dict, name: str) -> None:
    doc, pages, _ = layouts[name]
    m = doc.meta
    notes = "".join(f"附件：{a}" for a in m.attachments) + "".join(f"{i}.{a}" for i, a in enumerate(m.attachments, 1))

    def closing(ln: Line) -> bool:
        t = ln.text
        return t in ("特此报告。", m.signature, m.date) or t in notes or PAGE_NO.match(t) is not None

    p_date, date = _find(pages, lambda ln: ln.text == m.date)
    p_sig = p_date
    sig = next(ln for ln in pages[p_date] if ln.text == m.signature and ln.y0 < date.y0)
    assert any(not closing(ln) for ln in pages[p_sig] if ln.y0 < sig.y0), [ln.text for ln in pages[p_sig]]
    for lines in pages:  # and no page holds a lone line
        text = [ln for ln in lines if not PAGE_NO.match(ln.text)]
        assert len(text) != 1, text[0].text


@pytest.mark.parametrize("name", [n for n in NAMES if "long" in n])
def test_attachment_lines_hang_after_their_numbers(layouts: dict, name: str) -> None:
    _doc, pages, _ = layouts[name]
    p1, first = _find(pages, lambda ln: ln.text.startswith("附件：1."))
    p2, second = _find(pages, lambda ln: ln.text.startswith("2.") and ln.x0 > LEFT + 40)
    assert abs(first.x0 - (LEFT + 2 * 15.75)) < 2  # 左空二字
    assert abs(second.x0 - (first.x0 + 3 * 16)) < 2  # "2." under the "1." after "附件："
    number_w = 2 * 7.8  # "1." / "2." in half-width characters
    for start, page, nxt in ((first, p1, second), (second, p2, None)):
        wrapped = [ln for ln in pages[page] if start.y0 + 2 < ln.y0 and (nxt is None or ln.y0 < nxt.y0 - 2)]
        wrapped = wrapped[:1] if nxt is None else wrapped  # the second item wraps once
        assert wrapped, name
        for ln in wrapped:  # wrapped lines start where the text after the number does
            assert abs(ln.x0 - (second.x0 + number_w)) < 2.5, (ln.text, ln.x0, second.x0)


@pytest.mark.parametrize("name", [n for n in NAMES if re.match(r"(county_gov|department).*_long", n)])
def test_upward_number_left_signer_right(layouts: dict, name: str) -> None:
    doc, pages, _ = layouts[name]
    m = doc.meta
    first = pages[0]
    words = [(w, ln) for ln in first for w in ln.words]
    num, nl = next((w, ln) for w, ln in words if w[0].startswith(m.doc_number[:3]))
    name_w, sl = next((w, ln) for w, ln in words if w[0].endswith(m.signer))
    assert abs(num[1] - (LEFT + 16)) < 2  # 居左空一字
    assert abs(name_w[2] - (RIGHT - 16)) < 2  # 居右空一字
    assert abs(nl.y0 - sl.y0) < 2  # one line
    title = next(ln for ln in first if "关于" in ln.text)
    assert title.y0 > nl.y1 + 40  # the title two lines below the 版头's rule
    if m.letterhead == "red":
        mark = next(ln for ln in first if ln.text.endswith("文件"))
        assert abs(mark.y0 - (TOP + 35 * PT_PER_MM)) < 12  # 标志 top edge 35 mm into the 版心
    else:
        assert not any(ln.text.endswith("文件") for ln in first)
        assert nl.y0 > TOP + 35 * PT_PER_MM + 40  # room left for the pre-printed 版头


def test_centred_number_without_signer(layouts: dict) -> None:
    doc, pages, _ = layouts["county_gov_2025"]
    assert doc.meta.doc_number and not doc.meta.signer
    ln = next(ln for ln in pages[0] if ln.text.startswith(doc.meta.doc_number[:3]))
    assert abs((ln.x0 + ln.x1) / 2 - (LEFT + RIGHT) / 2) < 3


def test_padding_moves_the_closing_across_pages(layouts: dict) -> None:
    """The padded drafts do reach a page break: the test above sees the closing pushed over it."""
    date_pages = set()
    for k in range(13):
        doc, pages, _ = layouts[f"padded_{k:02d}"]
        date = doc.meta.date
        date_pages.add(next(i for i, lines in enumerate(pages) if any(ln.text == date for ln in lines)))
    assert len(date_pages) > 1


def _red_top_mm(pdf: Path, page: int = 1, dpi: int = 150) -> float:
    """The first row of red ink on ``page``, in mm from the 版心's top edge (the 标志's glyphs' top)."""
    ppm = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)], capture_output=True, check=True
    ).stdout
    magic, size, _depth, data = ppm.split(b"\n", 3)
    assert magic == b"P6"
    w, h = (int(v) for v in size.split())
    for y in range(h):
        row = data[y * w * 3 : (y + 1) * w * 3]
        if any(row[x] > 180 and row[x + 1] < 80 and row[x + 2] < 80 for x in range(0, len(row), 3)):
            return y * 25.4 / dpi - 37
    raise AssertionError("no red on the page")


@pytest.mark.parametrize("name", [n for n in NAMES if n.startswith("county_gov") and n.endswith("_long")])
def test_mark_top_edge_35_mm_into_the_text_block(layouts: dict, name: str) -> None:
    doc, _pages, pdf = layouts[name]
    assert doc.meta.letterhead == "red"
    assert abs(_red_top_mm(pdf) - 35) < 0.5  # GB/T 9704 7.2.1: 上边缘至版心上边缘为 35 mm


@pytest.mark.parametrize("name", ["county_gov_2025", "township_2025_long", "template_county"])
def test_page_number_dash_7_mm_below_the_text_block(layouts: dict, name: str) -> None:
    _doc, pages, _ = layouts[name]
    numbered = [ln for lines in pages for ln in lines if PAGE_NO.match(ln.text)]
    assert numbered
    for ln in numbered:  # the 一字线 sits mid-box (checked against the ink: within 0.2 mm)
        assert abs(((ln.y0 + ln.y1) / 2 - BOTTOM) / PT_PER_MM - 7) < 0.7, ln.y0


@pytest.mark.parametrize("name", sorted(WITH_IMPRINT))
def test_imprint_wastes_no_sheet(layouts: dict, name: str) -> None:
    """Text ending on an even page with room: the 版记 on that page; on an odd page: exactly one more."""
    from drafter.render import imprint, paging
    from drafter.render.fonts import font_set
    from drafter.render.gbt9704 import _extras_from, _paragraphs

    doc, pages, _ = layouts[name]
    m = doc.meta
    main, _tail = _paragraphs(doc, font_set(m.fonts), _extras_from(m))
    end = paging.estimate(main)
    p_date, date = _find(pages, lambda ln: ln.text == m.date)
    assert (p_date + 1, round((date.y1 - TOP) / 28.95 + 0.3)) == (end.page, end.lines)  # the estimate holds
    rows = imprint.height(imprint.lines(m.cc or "", m.issuer or "", m.issued or ""))
    if end.page % 2 and end.page == p_date + 1:
        assert len(pages) == end.page + 1  # odd: exactly one more page
    elif end.lines + rows + paging.MARGIN <= 22:
        assert len(pages) == end.page  # even with room: no extra page
    else:
        assert len(pages) == end.page + 2  # even and full: GB/T's blank page, then the 版记


def test_imprint_cases_cover_every_layout(layouts: dict) -> None:
    """The drafts above reach all three cases (odd, even with room, even and full)."""
    from drafter.render import paging
    from drafter.render.fonts import font_set
    from drafter.render.gbt9704 import _extras_from, _paragraphs

    cases = set()
    for name in WITH_IMPRINT:
        doc, pages, _ = layouts[name]
        end = paging.estimate(_paragraphs(doc, font_set(doc.meta.fonts), _extras_from(doc.meta))[0])
        cases.add("odd" if end.page % 2 else ("room" if len(pages) == end.page else "full"))
    assert cases == {"odd", "room", "full"}


@pytest.mark.parametrize("name", [*sorted(TEMPLATES), "county_gov_2025", "department_2025_long"])
def test_title_lines_as_planned_without_a_lone_word(layouts: dict, name: str) -> None:
    """The title wraps only where drafter broke it (no line left holding 报告 alone)."""
    from drafter.render.gbt9704 import _title_text, title_lines

    doc, pages, _ = layouts[name]
    planned = title_lines(_title_text(doc), doc.meta.unit)
    shown = [ln.text for ln in pages[0] if 25 < ln.y1 - ln.y0 < 35 and not ln.text.endswith("文件")]
    assert [t.replace(" ", "") for t in shown] == [t.replace(" ", "") for t in planned]
    assert all(len(t) >= 4 for t in shown), shown
