"""OFD (GB/T 33190-2016): the format offices exchange and publish 电子公文 in, read like a .pdf.

An .ofd is a zip of XML: ``OFD.xml`` names the document (``DocBody/DocRoot`` →
``Doc_0/Document.xml``), which lists its pages (``Pages/Page/@BaseLoc`` →
``Pages/Page_0/Content.xml``); a page's text stands in ``TextObject`` elements, each with a
``Boundary`` ("x y w h", millimetres from the page's top left) and ``TextCode`` runs placed at
``X``/``Y`` inside it, ``DeltaX`` giving the advance of each glyph. Runs on one baseline are one
printed line; the lines, turned into the PDF reader's coordinates, go through its page furniture
and paragraph rules, so findings name their page as for a .pdf.

No OFD library is used: of those on PyPI, easyofd brings PyMuPDF, reportlab and fontTools to
render pages, and ofdkit (0.2, one author) reads the zip without limits. The package is read
through the same bounded reads as a .docx (``docx_ooxml.vet_zip``: bombs and torn zips refused;
``limits.inflate_member``: each part inflated in chunks up to a limit), XML without entities.
"""

from __future__ import annotations

import contextlib
import posixpath
import zipfile
from dataclasses import replace
from io import BytesIO
from typing import Any

from ..lazyre import Lazy
from ..model import Document
from .docx_ooxml import MAX_PART, vet_zip
from .errors import ReadError
from .limits import inflate_member
from .pdf import _Line, from_pages

MAX_PAGES = 400
MAX_CHARS = 60_000
"""Characters drawn in one OFD, as in a PDF (``pdf.MAX_CHARS``): some 40 dense pages; a report has 5–30."""
TOO_MUCH = f"OFD 文件的文字超过 {MAX_CHARS} 个字符，不像一份报告，已拒绝读取；请用原稿 .docx 后再检查"
A4_HEIGHT = 297.0
NOT_OFD = "这不是有效的 OFD 文件（缺少 OFD.xml 或文档结构）；请用原稿 .docx，或重新导出 OFD/PDF 后再检查"
BROKEN = "OFD 文件已损坏，无法读取；请用原稿 .docx，或重新导出 OFD/PDF 后再检查"
SCANNED = "这是扫描版 OFD（没有文字层），无法检查；请用原稿 .docx，或先做文字识别（OCR）后再检查"
_NUMBER = Lazy(r"-?\d+(?:\.\d+)?")


def is_ofd(data: bytes, suffix: str) -> bool:
    """An OFD package: named .ofd, or a zip whose first member is OFD.xml."""
    return suffix == ".ofd" or data[30:37] == b"OFD.xml"


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml(zf: zipfile.ZipFile, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        return etree.fromstring(inflate_member(zf, name, MAX_PART), parser)
    except KeyError:
        raise ReadError(NOT_OFD) from None
    except etree.XMLSyntaxError:
        raise ReadError(BROKEN) from None


def _child_text(root: Any, name: str) -> str | None:
    for el in root.iter():
        if _local(el) == name and el.text and el.text.strip():
            return str(el.text.strip())
    return None


def _resolve(base: str, loc: str) -> str:
    """A location in the package: absolute ("/Doc_0/…"), or relative to ``base``'s folder."""
    loc = loc.strip().replace("\\", "/")
    path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)
    return posixpath.normpath(path).lstrip("/")


def _numbers(text: str | None) -> list[float]:
    return [float(x) for x in _NUMBER.findall(text or "")]


def _advances(delta: str | None, count: int, size: float) -> list[float]:
    """The glyphs' advances from ``DeltaX`` ("5.6 5.6 …", or "g 3 5.6" for three of 5.6)."""
    out: list[float] = []
    tokens = (delta or "").split()
    i = 0
    while i < len(tokens) and len(out) < count:
        if tokens[i] == "g" and i + 2 < len(tokens):
            with contextlib.suppress(ValueError):
                out.extend([float(tokens[i + 2])] * min(int(tokens[i + 1]), count))
            i += 3
            continue
        with contextlib.suppress(ValueError):
            out.append(float(tokens[i]))
        i += 1
    return out + [size] * max(0, count - len(out))


def _page_lines(content: Any, page: int, height: float, budget: int = 10**9) -> list[_Line]:
    """The printed lines of one page, top to bottom, in PDF coordinates (y upwards, points or mm alike);
    ReadError as soon as its runs hold more than ``budget`` characters."""
    runs: list[tuple[float, float, float, float, str]] = []  # baseline, x0, x1, size, text
    for obj in content.iter():
        if _local(obj) != "TextObject":
            continue
        box = _numbers(obj.get("Boundary"))
        bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = (_numbers(obj.get("Size")) or [3.5])[0]
        x = y = 0.0
        for code in obj:
            if _local(code) != "TextCode" or not code.text:
                continue
            text = code.text
            budget -= len(text)
            if budget < 0:
                raise ReadError(TOO_MUCH)
            x = (_numbers(code.get("X")) or [x])[0]
            y = (_numbers(code.get("Y")) or [y])[0]
            steps = _advances(code.get("DeltaX"), len(text) - 1, size)
            width = sum(steps) + size
            runs.append((by + y, bx + x, bx + x + width, size, text))
            x += width
    runs.sort(key=lambda r: (round(r[0], 1), r[1]))
    lines: list[_Line] = []
    current: list[tuple[float, float, float, float, str]] = []
    for run in runs:
        if current and abs(run[0] - current[-1][0]) > 0.3 * max(run[3], 1.0):
            lines.append(_joined(current, page, height))
            current = []
        current.append(run)
    if current:
        lines.append(_joined(current, page, height))
    return [ln for ln in lines if ln.text.strip()]


def _joined(runs: list[tuple[float, float, float, float, str]], page: int, height: float) -> _Line:
    runs.sort(key=lambda r: r[1])
    text = ""
    end = runs[0][1]
    for _base, x0, x1, size, piece in runs:
        if text and x0 - end > 1.5 * size:
            text += " "  # a real gap on the line (a signature and its date)
        text += piece
        end = x1
    base, size = runs[0][0], max(r[3] for r in runs)
    return _Line(text.strip(), page, runs[0][1], end, height - base, height - base + size)


def _pages(data: bytes) -> tuple[list[list[_Line]], list[float]]:
    vet_zip(data)
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = {i.filename for i in zf.infolist()}
            if "OFD.xml" not in names:
                raise ReadError(NOT_OFD)
            root_loc = _child_text(_xml(zf, "OFD.xml"), "DocRoot")
            if root_loc is None:
                raise ReadError(NOT_OFD)
            doc_path = _resolve("", root_loc)
            document = _xml(zf, doc_path)
            box = _numbers(_child_text(document, "PhysicalBox"))
            height = box[3] if len(box) >= 4 else A4_HEIGHT
            locs = [el.get("BaseLoc") for el in document.iter() if _local(el) == "Page" and el.get("BaseLoc")]
            pages: list[list[_Line]] = []
            heights: list[float] = []
            read: dict[str, tuple[list[_Line], float]] = {}  # each part parsed once, however many pages name it
            drawn = 0
            for n, loc in enumerate(locs[:MAX_PAGES], start=1):
                name = _resolve(doc_path, str(loc))
                if name not in read:
                    content = _xml(zf, name)
                    own = _numbers(_child_text(content, "PhysicalBox"))
                    h = own[3] if len(own) >= 4 else height
                    read[name] = (_page_lines(content, n, h, MAX_CHARS - drawn), h)
                lines, h = read[name]
                drawn += sum(len(ln.text) for ln in lines)
                if drawn > MAX_CHARS:  # counted page by page as read, not after every page is in
                    raise ReadError(TOO_MUCH)
                pages.append([replace(ln, page=n) for ln in lines] if lines and lines[0].page != n else lines)
                heights.append(h)
    except ReadError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ReadError(BROKEN) from None
    return pages, heights


def read(data: bytes, path: str = "") -> Document:
    pages, heights = _pages(data)
    if sum(len(ln.text) for page in pages for ln in page) < 20:
        raise ReadError(SCANNED)
    return from_pages(pages, heights, path, "ofd")
