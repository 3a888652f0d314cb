"""Real .ofd packages (GB/T 33190) built from a report's text, laid out as a 公文 is on A4."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
SIZE = 5.6  # 三号 in mm: 16 pt
LEFT, TOP = 28.0, 37.0
CHARS, LINES = 28, 22
PITCH = 10.2  # line pitch in mm for 22 lines in the 225 mm 版心


def _page(lines: list[tuple[float, str]], number: int) -> str:
    objs = []
    for i, (x, text) in enumerate(lines):
        y = TOP + i * PITCH
        delta = " ".join([f"{SIZE}"] * (len(text) - 1))
        objs.append(
            f'<ofd:TextObject ID="{number * 1000 + i}" Boundary="{x} {y} {SIZE * len(text)} {SIZE * 1.2}" '
            f'Font="3" Size="{SIZE}"><ofd:TextCode X="0" Y="{SIZE}" DeltaX="{delta}">{escape(text)}'
            f"</ofd:TextCode></ofd:TextObject>"
        )
    folio = f"— {number} —"
    objs.append(
        f'<ofd:TextObject ID="{number * 1000 + 999}" Boundary="150 270 30 7" Font="3" Size="4.9">'
        f'<ofd:TextCode X="0" Y="4.9" DeltaX="g {len(folio) - 1} 4.9">{escape(folio)}</ofd:TextCode>'
        f"</ofd:TextObject>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
        f'<ofd:Layer ID="{number}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
    )


def _layout(text: str) -> list[list[tuple[float, str]]]:
    """Each paragraph indented two characters and wrapped at 28; 22 lines a page."""
    rows: list[tuple[float, str]] = []
    for para in (ln.strip() for ln in text.splitlines()):
        if not para:
            continue
        first = True
        while para:
            room = CHARS - (2 if first else 0)
            piece, para = para[:room], para[room:]
            rows.append((LEFT + (2 * SIZE if first else 0), piece))
            first = False
    return [rows[i : i + LINES] for i in range(0, len(rows), LINES)]


def write_ofd(path: Path, text: str, *, pages: list[str] | None = None) -> Path:
    """An .ofd of ``text``; ``pages`` replaces the pages' Content.xml (a scan, broken XML)."""
    laid = _layout(text)
    contents = pages if pages is not None else [_page(rows, n) for n, rows in enumerate(laid, start=1)]
    page_list = "".join(
        f'<ofd:Page ID="{n}" BaseLoc="Pages/Page_{n - 1}/Content.xml"/>' for n in range(1, len(contents) + 1)
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.1" '
            f'DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo>'
            f"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        zf.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}">'
            f"<ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea>"
            f"<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>"
            f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>",
        )
        for n, content in enumerate(contents):
            zf.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", content)
    return path
