"""A long report through LibreOffice: the 版记 at the foot of its 10th (even, last) page, no wasted sheet.

The township example (dense with figures), given a 抄送 and 印发机关, is lengthened by repeating its
paragraphs until the text ends mid-way down page 10 (or page 9) as ``paging.estimate`` places it;
both drafts are converted in one soffice call. Issue 29: such a report printed as 11 pages, its
版记 on an odd page (the estimate ignored the space LibreOffice sets around figures).
"""

from __future__ import annotations

import shutil

import pytest

from drafter.readers.markdown import read_text
from drafter.render import paging
from drafter.render.fonts import font_set
from drafter.render.gbt9704 import _extras_from, _paragraphs, render

from .conftest import ROOT
from .helpers.pdf import BOTTOM, PAGE_NO, SOFFICE, Line, to_pdfs
from .helpers.pdf import pdf_pages as _pages

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SOFFICE or not shutil.which("pdftotext"), reason="LibreOffice/poppler absent"),
]
SOURCE = ROOT / "examples" / "drafts" / "township_2025.md"
IMPRINT = (
    'cc = "县委办公室，县人大常委会办公室，县政协办公室"\nissuer = "青山县柳河镇党政办公室"\nissued = "2026年1月20日"\n'
)
LINE = 28.95  # one grid line in PDF points


def _draft(end_page: int) -> str:
    """The example with paragraphs of its part one repeated until the text ends mid-way down ``end_page``."""
    text = SOURCE.read_text(encoding="utf-8")
    head, sep, rest = text.partition("\n+++\n")
    head += "\n" + IMPRINT
    paras = [p for p in rest.split("\n\n") if len(p) > 30 and not p.startswith("#")][1:6]
    at = rest.index("\n## 二、") + 1
    for k in range(1, 200):
        extra = "\n\n".join(paras[j % len(paras)] for j in range(k))
        draft = head + sep + rest[:at] + extra + "\n\n" + rest[at:]
        doc = read_text(draft, "long.md")
        end = paging.estimate(_paragraphs(doc, font_set(doc.meta.fonts), _extras_from(doc.meta))[0])
        if end.page == end_page and 11 <= end.lines <= 16:
            return draft
    raise AssertionError(f"no draft ends mid-way down page {end_page}")


@pytest.fixture(scope="module")
def long_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[object, list[list[Line]]]]:
    tmp = tmp_path_factory.mktemp("long")
    docs = {}
    for end_page in (9, 10):
        doc = read_text(_draft(end_page), f"long_{end_page}.md")
        (tmp / f"long_{end_page}.docx").write_bytes(render(doc))
        docs[end_page] = doc
    to_pdfs(tmp, sorted(tmp.glob("*.docx")))
    return {k: (doc, _pages(tmp / f"long_{k}.pdf")) for k, doc in docs.items()}


@pytest.mark.parametrize("end_page", [9, 10])
def test_long_report_has_its_imprint_at_the_foot_of_page_10(long_reports: dict, end_page: int) -> None:
    doc, pages = long_reports[end_page]
    m = doc.meta
    assert len(pages) == 10
    dated = [i + 1 for i, lines in enumerate(pages) if any(ln.text == m.date for ln in lines)]
    assert dated == [end_page]
    foot = [ln for ln in pages[9] if not PAGE_NO.match(ln.text)]
    cc = [ln for ln in foot if ln.text.startswith("抄送：")]
    issued = [ln for ln in foot if ln.text.endswith("印发")]
    assert cc and issued
    assert BOTTOM - LINE <= max(ln.y1 for ln in foot) <= BOTTOM + 1  # at the foot of the 版心
    if end_page == 10:  # the text ends mid-way down: the 版记 well below it, the page keeps its number
        assert any(PAGE_NO.match(ln.text) for ln in pages[9])
        date = next(ln for ln in foot if ln.text == m.date)
        assert date.y1 < cc[0].y0 - 2 * LINE
