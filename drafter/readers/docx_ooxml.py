"""How Word's XML parts are read: the vetted zip package, styles and numbering.

The half of the .docx reader that knows OOXML: opening the package through its
relationships (the zip vetted first: a bomb or a torn file is a ReadError; the
parser resolves no entities and fetches nothing) and the style chain for heading
levels and alignment; list numbering is ``docx_numbering.py``. ``readers/docx.py`` walks
the paragraphs with these.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from .errors import ReadError
from .limits import MAX_PARAGRAPHS, check_paragraphs, inflate_member

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{" + W + "}"


def _q(tag: str) -> str:
    return _W + tag


P, R, T, TAB, BR, CR, PPR, RPR = (_q(x) for x in ("p", "r", "t", "tab", "br", "cr", "pPr", "rPr"))
PSTYLE, RSTYLE, VAL, JC, OUTLINE, NUMPR = (_q(x) for x in ("pStyle", "rStyle", "val", "jc", "outlineLvl", "numPr"))
ILVL, NUMID, B, RFONTS, EA = (_q(x) for x in ("ilvl", "numId", "b", "rFonts", "eastAsia"))
NBH, TC = _q("noBreakHyphen"), _q("tc")
FALLBACK = "{" + MC + "}Fallback"
# Containers whose runs are part of the paragraph's text; w:del and
# w:moveFrom (deleted text) are deliberately absent.
_CONTAINERS = frozenset(
    _q(x)
    for x in ("hyperlink", "ins", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml", "moveTo", "dir", "bdo")
)

MAX_TOTAL = 200 * 1024 * 1024  # every member as declared: a 20 MB report of photos inflates to about as much
MAX_PART = 16 * 1024 * 1024  # one XML part, inflated whatever its header says (a long report's is a few MB)
MAX_RATIO = 1100
"""Deflate cannot compress more than 1032:1, so a larger declared ratio is a lie. The ratio alone decides nothing
below that: drafter's own render of a repetitive draft reaches 400:1 (2.8 MB of XML in 7 KB), and what a member
really inflates to is capped at ``MAX_PART`` by ``inflate_member``, what it holds by the paragraph and
character caps of ``limits``."""
_PARA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?p[\s>/]")  # a paragraph's start tag, whatever the prefix
_RATIO_FLOOR = 100 * 1024  # tiny members compress wildly (empty XML); only judge real payloads
_BROKEN = "文件已损坏或不完整；请在 Word 中打开后重新另存为 .docx"
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)
_EMPH_FONT = ("黑体", "楷体", "小标宋")
_OFF = frozenset(("0", "false", "off", "none"))


# ------------------------------------------------------------ the package


def check_zip(data: bytes) -> None:
    """Refuse what python-docx should never be handed: bombs, torn zips, non-Word zips."""
    infos = vet_zip(data)
    if "word/document.xml" not in {i.filename for i in infos}:
        raise ReadError("这不是 Word 文档（缺少 word/document.xml）；请在 Word 中另存为 .docx 后再检查")


def vet_zip(data: bytes) -> list[zipfile.ZipInfo]:
    """A zip package's members, refusing bombs (ratio, total) and torn zips: .docx and .ofd alike."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise ReadError(_BROKEN) from None
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART and info.filename.endswith((".xml", ".rels")):
            raise ReadError(
                f"文件中的“{info.filename[:60]}”解压后超过 {MAX_PART // (1024 * 1024)} MB，不像一份报告，"
                "已拒绝读取；请确认文件来源，或在 Word 中重新另存为 .docx"
            )
        if info.file_size >= _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReadError(
                "文件内容异常（压缩比过高，疑似“压缩炸弹”），已拒绝读取；请确认文件来源，或在 Word 中重新另存为 .docx"
            )
    if total > MAX_TOTAL:
        raise ReadError("文件解压后超过 200 MB，不像一份报告，已拒绝读取；请确认选对了文件")
    return infos


_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


@dataclass
class _Package:
    body: Any
    styles: Any
    numbering: Any
    styles_key: bytes = b""  # digest of styles.xml: reports made from one template share their Styles


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship type (last path segment) → target part name, for ``part``."""
    from lxml import etree

    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    rels_name = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    try:
        root = etree.fromstring(inflate_member(zf, rels_name, MAX_PART), _parser())
    except KeyError:
        return {}
    out: dict[str, str] = {}
    for rel in root.iter(_REL):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        full = target.lstrip("/") if target.startswith("/") else "/".join(filter(None, (folder, target)))
        out.setdefault(kind, _normpath(full))
    return out


def _normpath(path: str) -> str:
    parts: list[str] = []
    for seg in path.split("/"):
        if seg == "..":
            if parts:
                parts.pop()
        elif seg and seg != ".":
            parts.append(seg)
    return "/".join(parts)


def _open(data: bytes) -> _Package:
    """The main document's body, styles and numbering roots (None where absent)."""
    from lxml import etree

    check_zip(data)
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            main = _rels(zf, "").get("officeDocument", "word/document.xml")
            related = _rels(zf, main)
            parser = _parser()
            main_xml = inflate_member(zf, main, MAX_PART)
            if (tags := len(_PARA_TAG.findall(main_xml))) > 2 * MAX_PARAGRAPHS:  # text boxes hold a copy each
                check_paragraphs(tags)  # refused before lxml builds a tree of them all
            doc = etree.fromstring(main_xml, parser)

            def raw(kind: str) -> bytes | None:
                name = related.get(kind)
                if name is None or name not in zf.namelist():
                    return None
                return inflate_member(zf, name, MAX_PART)

            def part(kind: str) -> Any:
                data = raw(kind)
                return None if data is None else etree.fromstring(data, parser)

            styles_xml = raw("styles")
            key = hashlib.sha1(styles_xml).digest() if styles_xml is not None else b""
            styles = _STYLE_ROOTS.get(key) if key else None
            if styles is None and styles_xml is not None:
                styles = etree.fromstring(styles_xml, parser)
            numbered = b"numPr" in main_xml or (styles is not None and styles.find(".//" + NUMPR) is not None)
            numbering = part("numbering") if numbered else None
    except ReadError:
        raise
    except Exception:  # zlib, KeyError, XMLSyntaxError, ValueError …
        raise ReadError(_BROKEN) from None
    body = doc.find(_q("body"))
    if body is None:
        raise ReadError("这不是 Word 正文（缺少 w:body）；请在 Word 中另存为 .docx 后再检查")
    if key:
        _remember(_STYLE_ROOTS, key, styles)
    return _Package(body, styles, numbering, key)


_STYLE_ROOTS: dict[bytes, Any] = {}
_STYLES: dict[bytes, Any] = {}
"""Parsed styles.xml by digest. A folder of one office's reports repeats one template, whose styles part
(hundreds of KB) otherwise costs more to parse than the report's own text."""
_KEEP = 8


def _remember(cache: dict[bytes, Any], key: bytes, value: Any) -> None:
    if key not in cache and len(cache) >= _KEEP:
        cache.pop(next(iter(cache)))
    cache[key] = value


# ------------------------------------------------------------ styles


@dataclass
class _Style:
    name: str = ""
    based: str | None = None
    outline: int | None = None  # 0-based outline level stated by the style itself
    jc: str | None = None
    num: tuple[str, int] | None = None
    bold: bool | None = None
    font: str | None = None


class Styles:
    """Style lookups with basedOn inheritance, each style parsed only when first asked for.

    A template carries a hundred or more styles; a report uses a handful.
    """

    @classmethod
    def of(cls, pkg: _Package) -> Styles:
        """The package's styles, shared with earlier reports whose styles.xml is the same bytes."""
        if not pkg.styles_key:
            return cls(pkg.styles)
        found = _STYLES.get(pkg.styles_key)
        if found is None:
            found = cls(pkg.styles)
            _remember(_STYLES, pkg.styles_key, found)
        return found

    def __init__(self, root: Any) -> None:
        self._elements: dict[str, Any] = {}
        self._parsed: dict[str, _Style] = {}
        self.default_para: str | None = None
        self._level: dict[str, int | None] = {}
        if root is None:
            return
        sid_attr, type_attr, default_attr = _q("styleId"), _q("type"), _q("default")
        for s in root.iterchildren(_q("style")):
            sid = s.get(sid_attr) or ""
            self._elements[sid] = s
            if s.get(default_attr) in ("1", "true") and s.get(type_attr) == "paragraph":
                self.default_para = sid

    @property
    def styles(self) -> dict[str, _Style]:
        """Every style, parsed (for callers that want them all)."""
        return {sid: self._style(sid) for sid in self._elements}  # type: ignore[misc]

    def _style(self, sid: str) -> _Style | None:
        st = self._parsed.get(sid)
        if st is None:
            s = self._elements.get(sid)
            if s is None:
                return None
            st = _parse_style(s)
            self._parsed[sid] = st
        return st

    def _chain(self, sid: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while sid and sid not in seen:
            st = self._style(sid)
            if st is None:
                return
            seen.add(sid)
            yield st
            sid = st.based

    def level(self, sid: str | None) -> int | None:
        """Heading level 1-4 a paragraph style states (by name or outline level)."""
        sid = sid or self.default_para
        if sid is None:
            return None
        if sid not in self._level:
            lvl: int | None = None
            for st in self._chain(sid):
                m = _HEADING_NAME.match(st.name.strip())
                if m:
                    lvl = int(m.group(1))
                    break
                if st.outline is not None:
                    lvl = st.outline + 1
                    break
            self._level[sid] = lvl if lvl is not None and 1 <= lvl <= 9 else None
        return self._level[sid]

    def get(self, sid: str | None, attr: str) -> Any:
        for st in self._chain(sid or self.default_para):
            v = getattr(st, attr)
            if v is not None:
                return v
        return None


def _parse_style(s: Any) -> _Style:
    st = _Style()
    name = s.find(_q("name"))
    st.name = (name.get(VAL) or "") if name is not None else ""
    based = s.find(_q("basedOn"))
    st.based = based.get(VAL) if based is not None else None
    ppr = s.find(PPR)
    if ppr is not None:
        st.outline = _int(ppr.find(OUTLINE))
        jc = ppr.find(JC)
        st.jc = jc.get(VAL) if jc is not None else None
        st.num = _numpr(ppr)
    rpr = s.find(RPR)
    if rpr is not None:
        st.bold = _on(rpr.find(B))
        st.font = _ea_font(rpr)
    return st


def _int(el: Any) -> int | None:
    if el is None:
        return None
    try:
        return int(el.get(VAL))
    except (TypeError, ValueError):
        return None


def _on(el: Any) -> bool | None:
    if el is None:
        return None
    return (el.get(VAL) or "1").lower() not in _OFF


def _ea_font(rpr: Any) -> str | None:
    f = rpr.find(RFONTS)
    return f.get(EA) if f is not None else None


def _numpr(ppr: Any) -> tuple[str, int] | None:
    n = ppr.find(NUMPR)
    if n is None:
        return None
    nid = n.find(NUMID)
    if nid is None:
        return None
    return nid.get(VAL) or "0", _int(n.find(ILVL)) or 0
