"""Read a .docx's XML and resolve effective properties the way Word does.

Direct formatting first, then the character style chain (runs), then the
paragraph style chain (basedOn), then docDefaults — attribute by attribute.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    return f"{{{W}}}{tag.split(':')[-1]}"


class Docx:
    def __init__(self, path: Path | str) -> None:
        with zipfile.ZipFile(path) as zf:
            self.names = zf.namelist()
            self.doc = etree.fromstring(zf.read("word/document.xml"))
            self.styles = etree.fromstring(zf.read("word/styles.xml"))
            self.settings = etree.fromstring(zf.read("word/settings.xml"))
            self.rels = etree.fromstring(zf.read("word/_rels/document.xml.rels"))
            self.footers = {n: etree.fromstring(zf.read(n)) for n in self.names if n.startswith("word/footer")}
        self.by_id = {s.get(q("styleId")): s for s in self.styles.iter(q("style"))}
        self.body = self.doc.find(q("body"))

    # ---------------------------------------------------------------- structure

    def paragraphs(self) -> list[Any]:
        return list(self.body.iter(q("p")))

    def text(self, p: Any) -> str:
        return "".join(t.text or "" for t in p.iter(q("t")))

    def runs(self, p: Any) -> list[Any]:
        return [r for r in p.iter(q("r")) if r.find(q("t")) is not None]

    def sect(self) -> Any:
        return self.body.find(q("sectPr"))

    def style_id(self, p: Any) -> str | None:
        ps = p.find("w:pPr/w:pStyle", NS)
        if ps is not None:
            return ps.get(q("val"))
        default = self.styles.find("w:style[@w:type='paragraph'][@w:default='1']", NS)
        return default.get(q("styleId")) if default is not None else None

    def chain(self, sid: str | None) -> list[Any]:
        out: list[Any] = []
        while sid and sid in self.by_id and self.by_id[sid] not in out:
            s = self.by_id[sid]
            out.append(s)
            b = s.find(q("basedOn"))
            sid = b.get(q("val")) if b is not None else None
        return out

    def style_name(self, sid: str | None) -> str:
        s = self.by_id.get(sid)
        n = s.find(q("name")) if s is not None else None
        return n.get(q("val")) if n is not None else ""

    # ---------------------------------------------------------------- resolution

    def ppr(self, p: Any, tag: str, attr: str = "val") -> str | None:
        """Effective paragraph property attribute (``tag`` inside w:pPr)."""
        sources = [p.find(q("pPr"))]
        sources += [s.find(q("pPr")) for s in self.chain(self.style_id(p))]
        sources.append(self.styles.find("w:docDefaults/w:pPrDefault/w:pPr", NS))
        for src in sources:
            if src is None:
                continue
            e = src.find(q(tag))
            if e is not None and e.get(q(attr)) is not None:
                return e.get(q(attr))
        return None

    def rpr(self, p: Any, r: Any, tag: str, attr: str = "val") -> str | None:
        """Effective run property attribute (``tag`` inside w:rPr)."""
        direct = r.find(q("rPr"))
        sources = [direct]
        rs = direct.find(q("rStyle")) if direct is not None else None
        if rs is not None:
            sources += [s.find(q("rPr")) for s in self.chain(rs.get(q("val")))]
        sources += [s.find(q("rPr")) for s in self.chain(self.style_id(p))]
        sources.append(self.styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS))
        for src in sources:
            if src is None:
                continue
            e = src.find(q(tag))
            if e is not None:
                v = e.get(q(attr))
                if v is not None:
                    return v
                if attr == "val" and tag in ("b", "bCs", "i", "keepNext"):
                    return "1"  # a toggle element without w:val is on
        return None

    def bold(self, p: Any, r: Any) -> bool:
        v = self.rpr(p, r, "b")
        return v is not None and v not in ("0", "false", "off")

    def size_pt(self, p: Any, r: Any) -> float:
        return int(self.rpr(p, r, "sz") or 20) / 2

    def east_asia(self, p: Any, r: Any) -> str | None:
        return self.rpr(p, r, "rFonts", "eastAsia")
