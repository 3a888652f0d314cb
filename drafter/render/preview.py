"""F5 预览: the laid-out .docx as a PDF through LibreOffice, and what its pages hold.

LibreOffice runs headless in a private temporary folder with its own profile and
a time limit (as readers/convert.py does for reading); the project's fontconfig
alias file maps the 公文 faces to installed CJK fonts, and blank pages are kept
(the 版记 starts on an even page: the blank page before it is part of the layout).
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import office
from ..readers.convert import soffice
from ..resources import data_dir

LIMIT = 120.0  # seconds: LibreOffice's start and one report
EXPORT = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'
NO_OFFICE = office.missing(reading=False) + "；或用 F4 导出 .docx 后在 Word/WPS 中查看"


class PreviewError(Exception):
    """A Chinese sentence saying why there is no PDF."""


@dataclass(frozen=True)
class Pages:
    """What the PDF's pages hold: how many, and which carry the 版记."""

    count: int
    colophon: list[int]  # 1-based pages of the 版记 (empty when the report has none)


def to_pdf(docx: bytes) -> bytes:
    """The .docx laid out as a PDF by LibreOffice; a PreviewError when it cannot be done."""
    program = soffice()
    if program is None:
        raise PreviewError(NO_OFFICE)
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:  # mode 0700: private
        root = Path(tmp)
        (root / "out").mkdir()
        src = root / "report.docx"
        src.write_bytes(docx)
        fonts = _fontconfig()
        cmd = office.convert_command(program, root / "profile", EXPORT, root / "out", [src])
        env = dict(os.environ, HOME=str(root))  # nothing of the user's LibreOffice is touched
        if fonts is not None and "FONTCONFIG_FILE" not in os.environ:
            env["FONTCONFIG_FILE"] = str(fonts)
        timed_out = _run(cmd, env, root)
        pdf = root / "out" / "report.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise PreviewError(
                f"LibreOffice 转换超时（{LIMIT:.0f} 秒）"
                if timed_out
                else "LibreOffice 未能生成 PDF；请用 F4 导出 .docx 后在 Word/WPS 中查看"
            )
        return pdf.read_bytes()


def _fontconfig() -> Path | None:
    path = data_dir("fonts") / "fontconfig.conf"
    return path if path.is_file() else None


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> bool:
    """LibreOffice, its whole process tree ended at the time limit (``procs.run_bounded``); True if it timed out."""
    from ..procs import run_bounded

    try:
        timed_out, _ = run_bounded(cmd, cwd=cwd, env=env, timeout=LIMIT)
    except OSError:
        raise PreviewError(NO_OFFICE) from None
    return timed_out


def pages(pdf: bytes, colophon_words: list[str]) -> Pages:
    """Count the pages and find the 版记: the pages holding its words (抄送机关, 印发机关 …印发)."""
    from pdfminer.high_level import extract_text_to_fp
    from pdfminer.pdfpage import PDFPage

    count = sum(1 for _ in PDFPage.get_pages(io.BytesIO(pdf)))
    found: list[int] = []
    words = [w.replace(" ", "") for w in colophon_words if w.strip()]
    if words:
        for n in range(count):
            out = io.StringIO()
            extract_text_to_fp(io.BytesIO(pdf), out, page_numbers=[n])
            text = "".join(out.getvalue().split())
            if any(w in text for w in words):
                found.append(n + 1)
    return Pages(count, found)
