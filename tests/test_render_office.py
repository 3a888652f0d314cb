"""The rendered .docx through LibreOffice: 22 lines on a full page, "— N —" page numbers."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from .conftest import in_process, seed_paths
from .helpers.pdf import SOFFICE, to_pdfs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SOFFICE or not shutil.which("pdftotext"), reason="LibreOffice/poppler absent"),
]


def test_long_seed_pages(tmp_path: Path) -> None:
    src = next(p for p in seed_paths() if p.name.startswith("004"))
    assert in_process("import", str(src), "-o", str(tmp_path / "d.md")).returncode == 0
    assert in_process("render", str(tmp_path / "d.md")).returncode == 0
    to_pdfs(tmp_path, [tmp_path / "d.docx"], "pdf")
    pdf = tmp_path / "d.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages >= 3
    assert "595" in info and "841" in info  # A4 in points
    counts: list[int] = []
    widths: list[int] = []
    for n in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True
        ).stdout
        lines = [x for x in text.splitlines() if x.strip()]
        assert re.fullmatch(rf"\s*—\s*{n}\s*—\s*", lines[-1]), lines[-1]
        counts.append(len(lines) - 1)
        widths += [len(re.sub(r"\s", "", x)) for x in lines[:-1]]
    assert max(counts) == 22  # a full page holds exactly 22 lines
    assert counts.count(22) >= (pages - 2) // 2
    # A full line of body text holds 28 characters (lines with half-width digits hold a few more).
    full = Counter(w for w in widths if w >= 24)
    assert full.most_common(1)[0][0] == 28, full.most_common(5)
