"""PDF: the text layer, laid out again as paragraphs.

pdfminer.six gives every text line with its position, which the paragraphs need:
a line indented two characters starts a paragraph, a line at the left margin
continues the one before it when that one ran to the right margin (a hard wrap,
also across a page break). Page furniture — page numbers such as "— 3 —" and
headers or footers repeated on most pages — is removed first. Source lines are
the kept text lines; ``Document.pages`` gives each one's page, so a finding can
say which page it is on.
"""

from __future__ import annotations

import logging
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from ..lazyre import Lazy
from ..model import Document
from ..text import normalise
from .errors import ReadError
from .rawpara import RawPara
from .structure import build

MAX_PAGES = 400
EDGE = 0.1  # the top and bottom tenth of a page is where headers, footers and page numbers sit
_PAGE_NO = Lazy(r"^[-—－–―\s]*\d{1,4}[-—－–―\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
SCANNED = "这是扫描版 PDF（没有文字层），无法检查；请用原稿 .docx，或先做文字识别（OCR）后再检查"
BROKEN = "PDF 文件已损坏或加密，无法读取；请用原稿 .docx，或重新导出 PDF 后再检查"


@dataclass
class _Line:
    text: str
    page: int
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


MAX_CHARS = 60_000
"""Characters drawn in one PDF (some 40 dense pages; a report has 5–30): pdfminer lays out each one (~0.05 ms)."""
MAX_TOKENS = 400_000
"""Operators and operands in one PDF's pages (a report's page has a few thousand): pdfminer parses and runs each."""
MAX_CONTENT = 8 * 1024 * 1024
"""Bytes of page content in one PDF, decompressed: a report's page holds some 20 KB."""
MAX_STREAM = 32 * 1024 * 1024
"""Bytes one compressed stream may inflate to (fonts and images included); pdfminer itself would inflate any."""
TOO_MUCH = "PDF 文件内容异常（{what}），不像一份报告，已拒绝读取；请用原稿 .docx，或重新导出 PDF 后再检查"


class _Bounded:
    """pdfminer's ``zlib``, capped: ``decompress`` and ``decompressobj`` stop at ``MAX_STREAM`` bytes of output."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS) -> bytes:
        d = zlib.decompressobj(wbits)
        out = d.decompress(data, MAX_STREAM + 1)
        if len(out) > MAX_STREAM or d.unconsumed_tail:
            raise ReadError(TOO_MUCH.format(what="压缩数据解压后过大"))
        if not d.eof:
            raise zlib.error("incomplete or truncated stream")
        return out

    @staticmethod
    def decompressobj(wbits: int = zlib.MAX_WBITS) -> Any:
        return _BoundedObj(zlib.decompressobj(wbits))


class _BoundedObj:
    def __init__(self, d: Any) -> None:
        self.d, self.got = d, 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out: bytes = self.d.decompress(data, max_length) if max_length else self.d.decompress(data, MAX_STREAM + 1)
        self.got += len(out)
        if self.got > MAX_STREAM:
            raise ReadError(TOO_MUCH.format(what="压缩数据解压后过大"))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self.d, name)


def _pages(data: bytes) -> Iterator[Any]:
    """``pdfminer.high_level.extract_pages``, with the characters and page content counted against the caps."""
    from pdfminer import pdftypes
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    setattr(pdftypes, "zlib", _Bounded)  # noqa: B010  # every stream pdfminer inflates, capped
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on a damaged file are not the user's lines

    class Device(PDFPageAggregator):
        chars = 0

        def render_char(self, *args: Any, **kwargs: Any) -> Any:
            self.chars += 1
            if self.chars > MAX_CHARS:
                raise ReadError(TOO_MUCH.format(what=f"超过 {MAX_CHARS} 个字符"))
            return super().render_char(*args, **kwargs)

    class Interpreter(PDFPageInterpreter):
        content = 0  # on the class: Form XObjects run in a copy of the interpreter (``dup``), counted here too

        tokens = 0

        def execute(self, streams: Sequence[object]) -> None:
            for s in streams:
                content = pdftypes.stream_value(s).get_data() or b""
                Interpreter.content += len(content)
                if Interpreter.content > MAX_CONTENT:
                    raise ReadError(TOO_MUCH.format(what="页面内容过大"))
                Interpreter.tokens += len(
                    content.split()
                )  # whitespace-separated: fast, and never fewer than the parser's
                if Interpreter.tokens > MAX_TOKENS:
                    raise ReadError(TOO_MUCH.format(what=f"页面绘制指令超过 {MAX_TOKENS} 项"))
            super().execute(streams)

    rsrc = PDFResourceManager(caching=True)
    device = Device(rsrc, laparams=LAParams())
    interpreter = Interpreter(rsrc, device)
    for page in PDFPage.get_pages(BytesIO(data), maxpages=MAX_PAGES):
        interpreter.process_page(page)
        yield device.get_result()


def _lines(data: bytes) -> tuple[list[list[_Line]], list[float]]:
    """Text lines of each page, top to bottom, and each page's height."""
    from pdfminer.layout import LTTextContainer, LTTextLineHorizontal

    pages: list[list[_Line]] = []
    heights: list[float] = []
    try:
        for n, page in enumerate(_pages(data), start=1):
            found: list[_Line] = []
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                for ln in box:
                    if isinstance(ln, LTTextLineHorizontal):
                        text = _ungap(ln.get_text().strip())
                        if text:
                            found.append(_Line(text, n, ln.x0, ln.x1, ln.y0, ln.y1))
            found.sort(key=lambda ln: (-round(ln.y1), ln.x0))
            pages.append(_merge_rows(found))
            heights.append(float(page.height))
    except ReadError:
        raise
    except Exception:
        raise ReadError(BROKEN) from None
    return pages, heights


def _merge_rows(lines: list[_Line]) -> list[_Line]:
    """Pieces of one printed line that layout analysis put in separate boxes: one line again."""
    out: list[_Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and abs(prev.y1 - ln.y1) < 0.3 * max(prev.height, 1) and ln.x0 >= prev.x1 - 1:
            prev.text += " " + ln.text
            prev.x1 = ln.x1
            continue
        out.append(ln)
    return out


_WIDE = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’—…·"
# Gaps the PDF's glyph positions leave between characters that are not words of a Latin text.
_GAP = Lazy(rf"(?<=[{_WIDE}])\s+|\s+(?=[{_WIDE}])|\s+(?=[,.;:!?%)\]])|(?<=[(\[])\s+")


def _ungap(text: str) -> str:
    return _GAP.sub("", text)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Remove page numbers and headers/footers repeated on most pages."""

    def at_edge(ln: _Line) -> bool:
        h = heights[ln.page - 1]
        return ln.y0 < EDGE * h or ln.y1 > (1 - EDGE) * h

    seen = Counter(s for page in pages for s in {_shape(ln.text) for ln in page if at_edge(ln)})
    repeated = {s for s, n in seen.items() if len(pages) >= 3 and n >= max(2, len(pages) // 2)}
    return [
        [ln for ln in page if not (at_edge(ln) and (_PAGE_NO.match(ln.text) or _shape(ln.text) in repeated))]
        for page in pages
    ]


def _paragraphs(lines: list[_Line]) -> list[tuple[list[int], bool]]:
    """Group line indices into paragraphs: (indices, centred)."""
    if not lines:
        return []
    size = statistics.median(ln.height for ln in lines) or 12.0
    left = min(Counter(round(ln.x0) for ln in lines).most_common(3), key=lambda kv: kv[0])[0]
    rights = sorted(ln.x1 for ln in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    middle = (left + right) / 2
    groups: list[tuple[list[int], bool]] = []
    prev: _Line | None = None
    for i, ln in enumerate(lines):
        indented = ln.x0 > left + 0.8 * size
        centred = indented and abs((ln.x0 + ln.x1) / 2 - middle) < size and ln.x1 < right - size
        if prev is not None and groups:
            full = prev.x1 >= right - 1.5 * size
            gap = prev.y0 - ln.y1 if prev.page == ln.page else 0.0
            if not indented and full and gap < 1.2 * size:
                groups[-1][0].append(i)  # a hard wrap
                prev = ln
                continue
            if centred and groups[-1][1] and prev.page == ln.page and gap < 0.8 * ln.height:
                groups[-1][0].append(i)  # a title over two lines
                prev = ln
                continue
        groups.append(([i], centred))
        prev = ln
    return groups


def read(data: bytes, path: str = "") -> Document:
    pages, heights = _lines(data)
    if sum(len(ln.text) for page in pages for ln in page) < 20:
        raise ReadError(SCANNED)
    return from_pages(pages, heights, path, "pdf")


def from_pages(pages: list[list[_Line]], heights: list[float], path: str, fmt: str) -> Document:
    """A Document from positioned lines per page (PDF's text layer, OFD's TextCode): furniture dropped,
    paragraphs from the indents, every line's page kept for the findings."""
    lines = [ln for page in _drop_furniture(pages, heights) for ln in page]
    paras: list[RawPara] = []
    for idx, centred in _paragraphs(lines):
        text, breaks = "", []
        for k, i in enumerate(idx):
            piece = lines[i].text
            if k:
                breaks.append((len(text), i + 1))
                if centred:  # keep the gap where a title wrapped, as the .txt does
                    text += " "
            text += piece
        paras.append(RawPara(text, idx[0] + 1, breaks=breaks, centred=centred, joinable=True))
    # joinable: the .txt reader's joining still mends what positions could not tell (ragged right margins)
    doc = build(paras, path=path, fmt="txt", lines=[normalise(ln.text) for ln in lines])
    doc.fmt = fmt
    doc.pages = [ln.page for ln in lines]
    return doc
