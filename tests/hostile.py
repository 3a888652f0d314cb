"""Hostile inputs, built from their description (issue 19): each is a file name and its bytes.

Shared by ``tests/test_hostile.py`` (each must give exit 0/1/2 and no internal error) and
``bench/hostile_bench.py`` (time and peak memory of ``drafter lint`` on each). Nothing here
is corpus text: the report lines are written for these cases.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

REPORT = (
    "青山县司法局关于2024年度法治政府建设情况的报告\n\n县人民政府：\n\n"
    "一、2024年度推进法治政府建设的主要举措和成效\n全年评查行政执法案卷41卷，发现问题12个，已全部整改。\n"
    "二、2024年度推进法治政府建设存在的不足和原因\n执法人员业务能力有待提高，原因是培训不够。\n"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人主持召开专题会议3次。\n"
    "四、2025年度推进法治政府建设的主要安排\n继续加强行政执法监督。\n\n青山县司法局\n2025年1月10日\n"
)

DRAFT_HEAD = (
    '+++\nunit = "青山县司法局"\ntype = "department"\nyear = 2024\n'
    'addressee = "县人民政府"\nsignature = "青山县司法局"\ndate = "2025年1月10日"\n'
)


def draft(extra: str = "", body: str = "") -> str:
    """A small valid draft, with ``extra`` front-matter lines and ``body`` appended to its body."""
    return (
        DRAFT_HEAD + extra + "+++\n\n# 青山县司法局关于2024年度法治政府建设情况的报告\n\n"
        "## 一、2024年度推进法治政府建设的主要举措和成效\n\n全年评查行政执法案卷41卷。\n\n" + body
    )


# ------------------------------------------------------------ time and memory


def md_heading_spaces(n: int = 5000) -> tuple[str, bytes]:
    """A Markdown heading with thousands of spaces before its last character (the heading regex was cubic)."""
    return "heading.md", ("# 标题" + " " * n + "x\n\n正文。\n").encode()


def unclosed_comments(size: int = 1024 * 1024, sep: str = "") -> tuple[str, bytes]:
    """A draft body of ``<!--`` openers that never close (the comment regex rescanned the rest at each)."""
    piece = "<!-- 去年原文：全年办理案件" + sep
    return "comments.md", draft(body=piece * (size // len(piece.encode()))).encode()


def wrapped_lines(n: int = 10000) -> tuple[str, bytes]:
    """``依法行政，`` hard-wrapped on n short lines (joining them rescanned the joined text at each line)."""
    return "wrapped.txt", ("依法行政，" * 4 + "\n").encode() * n


def million_lines(n: int = 1_000_000) -> tuple[str, bytes]:
    """A 7 MB .txt of a million short lines."""
    return "million.txt", ("第一行文字\n" * n).encode()[: 7 * 1024 * 1024]


def _pdf(content: bytes, twice: bool = False) -> bytes:
    """A one-page PDF whose page content stream is ``content``, FlateDecoded (``twice``: compressed twice)."""
    stream = zlib.compress(content, 9)
    if twice:
        stream = zlib.compress(stream, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter %s >>\nstream\n"
        % (len(stream), b"[/FlateDecode /FlateDecode]" if twice else b"/FlateDecode")
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def pdf_operators(n: int = 4_000_000) -> tuple[str, bytes]:
    """A small .pdf whose one FlateDecode stream holds millions of text operators."""
    return "ops.pdf", _pdf(b"BT /F1 12 Tf 72 700 Td " + b"(a) Tj " * n + b"ET")


def pdf_flate_bomb(size: int = 40 * 1024 * 1024) -> tuple[str, bytes]:
    """A page content stream compressed twice: a few KB that would inflate to ``size`` bytes."""
    return "bomb.pdf", _pdf(b" " * size, twice=True)


def pdf_drawing(n: int = 2_000_000) -> tuple[str, bytes]:
    """Millions of state operators (q Q) and no text: nothing to lay out, everything to run."""
    return "qq.pdf", _pdf(b"q Q " * n)


def _docx(document: str, numbering: str | None = None) -> bytes:
    """A minimal valid .docx from a body XML fragment (and a numbering part)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
    )
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/numbering" '
        'Target="numbering.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{document}</w:body></w:document>',
        )
        if numbering is not None:
            z.writestr(
                "word/numbering.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {w}>{numbering}</w:numbering>',
            )
    return buf.getvalue()


def _para(text: str, num: int | None = None, ilvl: int = 0) -> str:
    ppr = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' if num is not None else ""
    )
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def _body_paras(numbered: Callable[[int], str]) -> str:
    heads = [
        "2024年度推进法治政府建设的主要举措和成效",
        "全年评查行政执法案卷41卷。",
        "2024年度推进法治政府建设存在的不足和原因",
        "执法人员业务能力有待提高，原因是培训不够。",
    ]
    return _para("青山县司法局关于2024年度法治政府建设情况的报告") + "".join(
        numbered(i) if i % 2 == 0 else _para(t) for i, t in enumerate(heads)
    )


def _varied(n: int) -> str:
    """n characters that do not compress away (a zip bomb would be refused before numbering is read)."""
    x, out = 12345, []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append("%1" if x % 7 == 0 else chr(0x4E00 + x % 20000))
    return "".join(out)


def numbering_huge(kind: str = "roman") -> tuple[str, bytes]:
    """Word numbering with a roman counter starting near 10^18, or a 1-MB ``lvlText``."""
    if kind == "roman":
        lvl = (
            '<w:lvl w:ilvl="0"><w:start w:val="999999999999999999"/><w:numFmt w:val="upperRoman"/>'
            '<w:lvlText w:val="%1."/></w:lvl>'
        )
    else:
        lvl = (
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f'<w:lvlText w:val="{_varied(400_000)}"/></w:lvl>'
        )
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{lvl}</w:abstractNum><w:num w:numId="1">'
        '<w:abstractNumId w:val="0"/></w:num>'
    )
    heads = ["2024年度推进法治政府建设的主要举措和成效", "2024年度推进法治政府建设存在的不足和原因"]
    return f"numbering_{kind}.docx", _docx(_body_paras(lambda i: _para(heads[i // 2], 1)), numbering)


def numbering_cn_levels(n: int = 100) -> tuple[str, bytes]:
    """A valid .docx whose chineseCounting list runs to ``n`` items (一 … 一百)."""
    lvl = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{lvl}</w:abstractNum><w:num w:numId="1">'
        '<w:abstractNumId w:val="0"/></w:num>'
    )
    body = _para("青山县司法局关于2024年度法治政府建设情况的报告") + "".join(
        _para(f"第{i + 1}项工作安排", 1) + _para("全年评查行政执法案卷41卷。") for i in range(n)
    )
    return "cn_levels.docx", _docx(body, numbering)


def docx_tiny_paragraphs(size: int = 15 * 1024 * 1024) -> tuple[str, bytes]:
    """A document.xml just under the part cap, of hundreds of thousands of one-character paragraphs."""
    p = _para("法")
    return "tiny.docx", _docx(p * (size // len(p)))


def docx_huge_paragraph(size: int = 15 * 1024 * 1024) -> tuple[str, bytes]:
    """One paragraph of ten million characters in runs (under the part cap as XML)."""
    r = "<w:r><w:t>依法行政依法行政依法行政依法行政</w:t></w:r>"
    return "huge_para.docx", _docx("<w:p>" + r * (size // len(r.encode())) + "</w:p>")


def own_render() -> tuple[str, bytes]:
    """drafter's own render of a long, repetitive draft (its XML compresses 400:1): drafter must read it."""
    from drafter.readers.markdown import read_text
    from drafter.render.gbt9704 import render

    doc = read_text(draft(body=("依法行政，" * 190_000) + "\n"), "big.md")
    return "own.docx", render(doc)


def nested_rtf(depth: int = 200_000) -> tuple[str, bytes]:
    """An .rtf nested ``depth`` groups deep."""
    return "nested.rtf", b"{\\rtf1\\ansi " + b"{" * depth + b"x" + b"}" * depth + b"}"


# ------------------------------------------------------------ internal errors


def toml_long_int(digits: int = 5000) -> tuple[str, bytes]:
    """A draft whose front matter holds an integer of thousands of digits."""
    return "longint.md", draft(f"seal = {'9' * digits}\n").replace("year = 2024", f"year = {'1' * digits}").encode()


def nul_field() -> tuple[str, bytes]:
    """A NUL byte inside a draft field."""
    return "nul.md", draft().replace('unit = "青山县司法局"', 'unit = "青山县\\u0000司法局"').encode()


def meta_charset(name: str) -> tuple[str, bytes]:
    """A web page declaring a bytes-to-bytes or text-transform codec as its charset."""
    page = (
        f'<html><head><meta charset="{name}"><title>报告</title></head><body><div>'
        + "".join(f"<p>{ln}</p>" for ln in REPORT.splitlines() if ln)
        + "</div></body></html>"
    )
    return f"charset_{name}.html", page.encode()


CASES: dict[str, Callable[[], tuple[str, bytes]]] = {
    "md-heading-spaces": md_heading_spaces,
    "unclosed-comments-1mb": unclosed_comments,
    "unclosed-comments-80kb-lines": lambda: unclosed_comments(80 * 1024, "\n"),
    "wrapped-10000-lines": wrapped_lines,
    "million-lines-7mb": million_lines,
    "lines-at-the-cap": lambda: ("cap.txt", ("全年评查行政执法案卷41卷，发现问题12个。\n" * 20_000).encode()),
    "one-line-7mb": lambda: ("oneline.txt", ("依法行政，" * 500_000).encode()),
    "one-line-at-the-cap": lambda: ("oneline_cap.txt", ("依法行政，" * 199_000).encode()),
    "long-lines-at-the-cap": lambda: ("long_cap.txt", (("全年评查行政执法案卷41卷，" * 30 + "\n") * 2_300).encode()),
    "pdf-4m-operators": pdf_operators,
    "pdf-flate-bomb": pdf_flate_bomb,
    "pdf-4m-drawing-operators": pdf_drawing,
    "numbering-roman": lambda: numbering_huge("roman"),
    "numbering-lvltext": lambda: numbering_huge("lvltext"),
    "numbering-100-cn": numbering_cn_levels,
    "docx-tiny-paragraphs": docx_tiny_paragraphs,
    "docx-huge-paragraph": docx_huge_paragraph,
    "own-render-400-to-1": own_render,
    "nested-rtf": nested_rtf,
    "toml-long-int": toml_long_int,
    "nul-field": nul_field,
    "charset-base64": lambda: meta_charset("base64"),
    "charset-bz2": lambda: meta_charset("bz2"),
    "charset-rot13": lambda: meta_charset("rot13"),
}
"""Every case ``drafter lint`` must handle in < 10 s and < 500 MB, with exit 0/1/2 and no 内部错误."""


# ------------------------------------------------------------ round three (issue 29, red team)

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def _report_docx() -> bytes:
    return _docx("".join(_para(line) for line in REPORT.splitlines() if line))


def commented(body: bytes, target: str = "comments.xml", typed: bool = True, mode: str = "") -> bytes:
    """The report as a .docx whose relationships name ``target`` as its comments part, holding ``body``
    (``typed``: with the comments content type; ``mode``: a TargetMode)."""
    src = zipfile.ZipFile(io.BytesIO(_report_docx()))
    parts = {n: src.read(n) for n in src.namelist()}
    parts["word/comments.xml"] = body
    extra = f' TargetMode="{mode}"' if mode else ""
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId9" Type="{_COMMENTS_REL}" Target="{target}"{extra}/>'
        "</Relationships>"
    ).encode()
    if typed:
        override = f'<Override PartName="/word/comments.xml" ContentType="{_COMMENTS_TYPE}"/></Types>'
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", override.encode())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in parts.items():
            z.writestr(n, d)
    return out.getvalue()


_LAUGHS = "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(6)
)  # b = 10 a's … g = 10^6 a's


BROKEN_COMMENTS: dict[str, Callable[[], tuple[str, bytes]]] = {
    "not-xml": lambda: ("c.docx", commented(b"not xml at all")),
    "empty": lambda: ("c.docx", commented(b"")),
    "other-root": lambda: ("c.docx", commented(f"<w:foo {_W}/>".encode())),
    "untyped": lambda: (
        "c.docx",
        commented(f'<w:comments {_W}><w:comment w:id="0"/></w:comments>'.encode(), typed=False),
    ),
    "names-the-document": lambda: ("c.docx", commented(b"<x/>", target="document.xml")),
    "external": lambda: ("c.docx", commented(b"<x/>", target="http://example.invalid/c.xml", mode="External")),
    "entity-laughs": lambda: (
        "c.docx",
        commented(
            f'<?xml version="1.0"?><!DOCTYPE w:comments [<!ENTITY a "aaaaaaaaaa">{_LAUGHS}]><w:comments {_W}>'
            '<w:comment w:id="0"><w:p><w:r><w:t>&g;</w:t></w:r></w:p></w:comment></w:comments>'.encode()
        ),
    ),
}


def html_tiny_paragraphs(n: int = 1_500_000) -> tuple[str, bytes]:
    """A web page of a million and a half one-character paragraphs (a 600-MB tree once parsed)."""
    return "tiny.html", ("<html><body>" + "<p>法</p>" * n + "</body></html>").encode()


def dismissals_in_a_row(n: int = 15_000) -> tuple[str, bytes]:
    """A draft with ``n`` dismissal comments on consecutive lines before one paragraph."""
    return "dismiss_row.md", draft(
        body="〇" * 1000 + "。\n\n" + "<!-- drafter: 忽略 placeholder 理由 -->\n" * n
    ).encode()


CASES.update(
    {
        "html-1.5m-tiny-paragraphs": html_tiny_paragraphs,
        "html-1.5m-line-breaks": lambda: (
            "br.html",
            ("<html><body><p>" + "法<br>" * 1_500_000 + "</p></body></html>").encode(),
        ),
        "md-15000-dismissals-in-a-row": dismissals_in_a_row,
    }
)
