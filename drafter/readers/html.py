"""A saved web page (.html/.htm): the article body, not the site around it.

The encoding comes from a byte-order mark, the page's ``<meta charset>`` (GBK and
GB2312 pages are read as GB18030, their superset), then UTF-8 or GB18030 as for a
.txt. The body is the element holding the most paragraph text that is not link
text; navigation, headers, footers, scripts and forms are dropped first. The title,
which pages often set above the body in its own element, is taken from ``<h1>`` (or
``<title>``) when the body lacks it. Lines are the text lines of the body, so the
web debris rules of the .txt reader still apply to what is left.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from ..model import Document
from .errors import ReadError
from .txt import decode, read_text

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "select",
    "button",
    "template",
    "svg",
)
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dd",
    "dt",
    "center",
    "main",
}
_CONTAINERS = ("div", "article", "section", "td", "main", "body")
_NAV = re.compile(r"nav|menu|footer|header|breadcrumb|crumb|sidebar|share|copyright|foot|top-?bar|links?$", re.I)
_GB = {"gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "gb18030", "cp936", "euc-cn"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def sniff_charset(data: bytes) -> str | None:
    m = _META.search(data[:4096])
    if m is None:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    if name in _GB:
        return "gb18030"
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # base64, bz2, rot13 … are codecs too, but not of text: a page cannot declare them
    return info.name if getattr(info, "_is_text_encoding", True) else None


def to_text(data: bytes) -> str:
    """Decode a page by its BOM, its meta charset, or its bytes."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    enc = sniff_charset(data)
    if enc is not None:
        try:
            return data.decode(enc, errors="replace")
        except (UnicodeError, LookupError, ValueError):  # idna, punycode … refuse bytes even with errors="replace"
            pass
    return decode(data)


def _cjk(text: str) -> int:
    return len(_CJK.findall(text))


def _scores(root: Any) -> dict[Any, int]:
    """Each element's score: Chinese characters in its own paragraphs, less twice those inside links.

    One pass from the leaves up (each element's Chinese characters and those of its links summed from
    its children's): scoring every container by walking its subtree was quadratic in nested ones."""
    inner: dict[Any, int] = {}  # Chinese characters of the element's text content
    links: dict[Any, int] = {}  # … of the links inside it (itself included)
    score: dict[Any, int] = {}
    for el in reversed(list(root.iter())):  # children before their parents
        if not isinstance(el.tag, str):
            continue
        kids = [c for c in el if isinstance(c.tag, str)]
        tails = sum(_cjk(c.tail or "") for c in kids)
        own = _cjk(el.text or "")
        inner[el] = own + tails + sum(inner[c] for c in kids)
        links[el] = (inner[el] if el.tag == "a" else 0) + sum(links[c] for c in kids)
        if el.tag in _CONTAINERS:
            paras = sum(inner[c] for c in kids if c.tag in ("p", "br", "span", "font", "strong", "b"))
            score[el] = paras + own + tails - 2 * links[el]
    return score


def _lines(el: Any) -> list[str]:
    """The element's text, one line per block element or <br> (each line's pieces joined once)."""
    out: list[list[str]] = [[]]

    def walk(node: Any) -> None:  # as deep as the tree: libxml2 stops HTML nesting at 255
        if not isinstance(node.tag, str):
            return
        block = node.tag in _BLOCKS
        if block:
            out.append([])
        if node.text:
            out[-1].append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                out[-1].append(child.tail)
        if block:
            out.append([])

    walk(el)
    lines = ("".join(pieces) for pieces in out)
    return [ln.replace("\xa0", " ").strip() for ln in lines if ln.strip()]


MAX_TAGS = 300_000
"""Tags a web page may hold: a report of the longest kind, marked up as Word saves it, has a tenth of
this; counted on the text before it is parsed (a tree of millions of elements is gigabytes)."""


def read(data: bytes, path: str = "") -> Document:
    import lxml.html

    text = to_text(data)
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise ReadError(
            f"网页有 {tags} 个标记，远超一份报告（上限 {MAX_TAGS} 个）；请确认选对了文件，或把正文复制到 .txt 后再检查"
        )
    try:
        root = lxml.html.document_fromstring(text)
    except Exception:
        raise ReadError("网页文件无法解析；请在浏览器中打开后把正文复制到 .txt，再检查") from None
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    title = _title(root)  # before the page furniture goes: a title may sit in a "header" element
    for el in list(root.iter("div", "ul", "section", "table")):
        key = f"{el.get('id', '')} {el.get('class', '')}"
        if _NAV.search(key) and el.getparent() is not None:
            el.drop_tree()
    candidates = [el for el in root.iter(*_CONTAINERS)]
    if not candidates:
        raise ReadError("网页里没有正文；请确认选对了文件")
    scores = _scores(root)
    best = max(candidates, key=lambda el: scores.get(el, 0))
    lines = _lines(best)
    if title and not any(
        _squash(title) in _squash(ln) or (_squash(ln) in _squash(title) and len(ln) > 8) for ln in lines[:8]
    ):
        lines.insert(0, title)
    if sum(_cjk(ln) for ln in lines) < 20:
        raise ReadError("网页里没有找到报告正文；请在浏览器中打开后把正文复制到 .txt，再检查")
    doc = read_text("\n".join(lines), path)
    doc.fmt = "html"
    return doc


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _title(root: Any) -> str | None:
    for h in root.iter("h1", "h2"):
        t = " ".join(h.text_content().split())
        if _cjk(t) >= 6:
            return t
    for t_el in root.iter("title"):
        t = " ".join(t_el.text_content().split())
        t = re.split(r"\s*[-_|｜—]+\s*", t)[0]
        if _cjk(t) >= 6:
            return t
    return None
