"""Reading a PDF that LibreOffice made: lines with their positions (pdftotext -bbox-layout), page numbers."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PT_PER_MM = 72 / 25.4
LEFT, RIGHT = 28 * PT_PER_MM, (210 - 26) * PT_PER_MM  # 版心 edges in PDF points
TOP, BOTTOM = 37 * PT_PER_MM, (297 - 35) * PT_PER_MM
# Keep the blank pages LibreOffice inserts before an even-page section (its print dialog does by default)
PDF_EXPORT = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
PAGE_NO = re.compile(r"^—\s*\d+\s*—$")


def to_pdfs(folder: Path, docs: list[Path], export: str = PDF_EXPORT) -> None:
    """The .docx files ``docs`` laid out as PDFs in ``folder`` with the repository's fonts (the layout tests
    read where lines fall)."""
    from ..formats import lo_convert

    lo_convert(docs, export, folder, folder / "lo", fonts=True)


@dataclass
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    words: list[tuple[str, float, float]]  # (text, xMin, xMax)


def pdf_pages(pdf: Path) -> list[list[Line]]:
    """Each page's lines, top to bottom, left to right."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages: list[list[Line]] = []
    for page in re.findall(r"<page .*?</page>", xml, re.S):
        lines = []
        for attrs, body in re.findall(r"<line ([^>]*)>(.*?)</line>", page, re.S):
            box = [float(v) for v in re.findall(r'="([\d.]+)"', attrs)]
            words = [
                (html.unescape(t), float(a), float(b))
                for a, b, t in re.findall(
                    r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', body
                )
            ]
            lines.append(Line("".join(w[0] for w in words), *box, words))
        pages.append(sorted(lines, key=lambda ln: (round(ln.y0), ln.x0)))
    return pages
