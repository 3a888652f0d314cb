"""``lint --annotate``: a copy of the report with a Word comment at each finding.

The copy is the .docx itself (or LibreOffice's .docx of a .doc/.wps/.rtf/.odt), or,
for text, Markdown, PDF and web-page inputs, the report laid out by ``render``. The
original is only read; the copy is repaired where Word would flag it (``docx_repair``) and
its core properties say when it was changed. Each comment (author "drafter") gives the rule
id and Chinese name, the message and the advice for the writer (``checks/advice.toml``), anchored on the offending words where
they can be found in the paragraph, else on the paragraph, the heading of the part
concerned, or the title. A first comment on the title gives the four parts' statuses.
"""

from __future__ import annotations

import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from copy import deepcopy
from io import BytesIO
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..checks import Finding
from ..lint import FileReport
from ..model import PART_IDS, Block, Document
from ..readers.errors import ReadError
from . import docx_package, docx_repair
from .text import SHORT

AUTHOR = "drafter"
INITIALS = "DR"
STATUS = {"present": "有", "folded": "并入", "missing": "缺"}


def advice(rule: str) -> str:
    """What the report's writer should do about a finding of ``rule`` (``checks/advice.toml``)."""
    from ..ruledocs import docs

    doc = docs().get(rule)
    return doc.advice if doc else ""


def rule_name(rule: str) -> str:
    """The rule's Chinese name (its title in the rule documentation), or the id itself."""
    from ..ruledocs import docs

    doc = docs().get(rule)
    return doc.title if doc else rule


def comment_text(f: Finding) -> tuple[str, str]:
    """(first paragraph: rule id, its Chinese name and the message; second: the advice)."""
    tip = advice(f.rule)
    return f"[{f.rule} {rule_name(f.rule)}] {f.message}", f"建议：{tip}" if tip else ""


def status_text(r: FileReport) -> str:
    assert r.result is not None
    parts = "；".join(f"{SHORT[p]}：{STATUS[r.result.parts[p].status]}" for p in PART_IDS)
    res = r.result
    return (
        f"drafter 检查结果 — {parts}。共 {res.count('error')} 个错误、{res.count('warning')} 个警告、"
        f"{res.count('info')} 个提示。" + (res.omitted_text() or "")
    )


def source_docx(r: FileReport) -> tuple[bytes, bool]:
    """(.docx bytes to annotate, whether its paragraphs are the report's own numbering)."""
    from ..readers import convert, sniff

    assert r.doc is not None
    data = convert.read_limited(r.path)
    kind = sniff(data, Path(r.path).suffix.lower())
    if kind == "docx":
        return data, True
    if kind == "convert":
        return convert.convert_one(data, Path(r.path).suffix.lower()), True
    from ..render.gbt9704 import render

    return render(r.doc), False


def annotate(r: FileReport, base: bytes | None = None, own: bool | None = None) -> bytes:
    """The annotated copy of one checked report, as .docx bytes."""
    import docx
    from docx.text.paragraph import Paragraph

    from ..readers.docx import _paragraphs

    if r.doc is None or r.result is None:
        raise ReadError(r.error or "无法读取")
    if base is None or own is None:
        base, own = source_docx(r)
    try:
        d = docx.Document(BytesIO(docx_package.drop_dangling(base)))  # a part named but missing: as Word does
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, zipfile.BadZipFile) as e:
        # lxml's XMLSyntaxError is a ValueError: a part python-docx must parse is broken
        raise ReadError(
            f"无法在这份文件上写批注：其中的部件已损坏（{type(e).__name__}）；请在 Word 中另存为 .docx 后再试"
        ) from None
    docx_repair.repair(d)  # LibreOffice's conversions and foreign files: what Word would flag
    docx_repair.touch(d, AUTHOR)
    paras = [Paragraph(p, d._body) for p in _paragraphs(d.element.body)]
    texts = [_norm(_text(p)) for p in paras]  # each paragraph read once (Paragraph.text: an XPath a run)
    where = _by_line(r.doc, texts, own)
    title = _title_index(r.doc, texts, where)
    runs: dict[int, _Runs] = {}  # each paragraph's runs, read once (thousands of comments in one)

    def comment(i: int, words: str | None, head: str, tail: str) -> None:
        if i not in runs:
            runs[i] = _Runs(paras[i])
        _comment(d, runs[i], words, head, tail)

    comment(title, None, status_text(r), "")
    for f in sorted(r.result.findings, key=lambda f: (f.line or 0, f.col)):
        line = f.line
        if line is None and f.part in r.result.parts:
            line = r.result.parts[f.part].line
        idx = where(line) if line is not None else None
        head, tail = comment_text(f)
        if idx is None:
            comment(title, None, head, tail)
            continue
        words = r.doc.line_text(f.line)[f.col : f.col + f.length] if f.line is not None and f.length else ""
        comment(idx, words or None, head, tail)
    buf = BytesIO()
    d.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------ locating


def _norm(s: str) -> str:
    from ..text import squash

    return squash(s)


Locator = Callable[[int], "int | None"]


def _text(p: Any) -> str:
    """A paragraph's text as its ``w:t`` elements hold it (tabs and breaks left out: only compared squashed)."""
    from docx.oxml.ns import qn

    return "".join(t.text or "" for t in p._p.iter(qn("w:t")))


AHEAD = 200  # paragraphs a block's text is looked for past the last one found (a render adds a few)


def _by_line(doc: Document, texts: list[str], own: bool) -> Locator:
    """A function: source line → index into the paragraphs (``texts``: each squashed; None if not found)."""
    if own:

        def same(line: int) -> int | None:
            return line - 1 if 1 <= line <= len(texts) else None

        return same
    # A rendered copy: walk the blocks and the paragraphs together.
    at: dict[int, int] = {}
    j = 0
    for b in doc.blocks:
        key = _norm(b.text)[:16]
        if not key:
            continue
        k = j
        stop = min(len(texts), j + AHEAD)  # a block not found is not looked for to the end each time
        while k < stop and key not in texts[k]:
            k += 1
        if k < stop:
            j = k
            for ln in _lines_of(b):
                at.setdefault(ln, k)

    def rendered(line: int) -> int | None:
        return at.get(line)

    return rendered


def _lines_of(b: Block) -> list[int]:
    return [b.line, *(ln for _, ln in b.breaks)]


def _title_index(doc: Document, texts: list[str], where: Locator) -> int:
    if doc.meta.title_line is not None:
        i = where(doc.meta.title_line)
        if i is not None:
            return i
    key = _norm(doc.meta.title or "")[:12]
    for i, t in enumerate(texts):
        if key and key in t:
            return i
    return next((i for i, t in enumerate(texts) if t), 0)


# ------------------------------------------------------------ comments


def _comment(d: Any, para: _Runs, words: str | None, head: str, tail: str) -> None:
    runs = para.isolate(words) if words else None
    if not runs:
        runs = para.with_text() or para.runs
    if not runs:
        runs = [para.add()]
    c = d.add_comment(runs, text=head, author=AUTHOR, initials=INITIALS)
    if tail:
        c.add_paragraph(tail)


class _Runs:
    """A paragraph's runs and their texts, read once and kept as runs are split: each comment
    finds its words by a bisection, not by reading every run again (python-docx's ``Run.text``
    is an XPath query; a paragraph with a thousand comments was quadratic)."""

    def __init__(self, para: Any) -> None:
        self.para = para
        self.runs: list[Any] = list(para.runs)
        self.texts: list[str] = [r.text for r in self.runs]
        self.text = "".join(self.texts)  # splitting a run changes where runs start, not the text
        self.starts = list(accumulate((len(t) for t in self.texts[:-1]), initial=0)) if self.runs else []

    def with_text(self) -> list[Any]:
        return [r for r, t in zip(self.runs, self.texts, strict=True) if t]

    def add(self) -> Any:
        run = self.para.add_run("")
        self.runs.append(run)
        self.texts.append("")
        self.starts.append(len(self.text))
        return run

    def isolate(self, words: str) -> list[Any] | None:
        """Runs covering exactly ``words`` in the paragraph (splitting runs at its ends), or None."""
        start = self.text.find(words)
        if start < 0:
            return None
        end = start + len(words)
        if not (self._split(start) and self._split(end)):
            return None
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [r for r, t in zip(self.runs[i:j], self.texts[i:j], strict=True) if t] or None

    def _split(self, pos: int) -> bool:
        """Make ``pos`` a run boundary; False where a run holds more than plain text."""
        from docx.oxml.ns import qn
        from docx.text.run import Run

        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return True
        t, at = self.texts[i], self.starts[i]
        if not at < pos < at + len(t):
            return True  # a boundary already
        el = self.runs[i]._r
        content = [c for c in el if c.tag != qn("w:rPr")]
        if len(content) != 1 or content[0].tag != qn("w:t"):
            return False
        k = pos - at
        new = deepcopy(el)
        _set_text(content[0], t[:k])
        _set_text(next(c for c in new if c.tag == qn("w:t")), t[k:])
        el.addnext(new)
        self.runs.insert(i + 1, Run(new, self.para))
        self.texts[i : i + 1] = [t[:k], t[k:]]
        self.starts.insert(i + 1, pos)
        return True


def _set_text(t: Any, text: str) -> None:
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
