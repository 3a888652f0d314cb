"""Markdown: the draft format (TOML front matter) and plain Markdown reports."""

from __future__ import annotations

from functools import lru_cache

from ..lazyre import Lazy
from ..model import Dismissal, Document
from ..text import normalise
from .limits import check_paragraphs, check_text
from .rawpara import RawPara
from .structure import Trace, build
from .txt import decode

_HEADING = Lazy(r"(#{1,6})\s+")  # then the title, less closing #s: ``heading`` (a regex for it backtracked cubically)
# one line, linear however it is cut; not drafter's own ``<!-- drafter:commitments`` block (rollforward.py),
# which every --from draft has
_DIRECTIVE = Lazy(r"<!--\s*drafter\s*[:：](?!commitments\b)([^\n]*?)-->")
BOLD_START = Lazy(r"^\*\*(.+?)\*\*")
LIST_MARK = Lazy(r"^\s*(?:[-+*]|\d+\))\s+")


def read(data: bytes, path: str = "") -> Document:
    return read_text(decode(data), path)


def read_text(text: str, path: str = "", trace: Trace | None = None) -> Document:
    """A draft or Markdown report; ``trace`` (for ``splice``) is filled with where ``build`` looked."""
    from .. import draft  # pydantic only when a draft is read

    check_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    table, body, first_line = draft.split_front_matter(text)
    meta = draft.validate(table) if table is not None else None
    lines = text.split("\n")
    check_paragraphs(sum(1 for t in lines if t and not t.isspace()))
    paras = _paragraphs(body, first_line, titled=meta is not None)
    if trace is not None and meta is not None:
        trace.body = first_line
    doc = build(paras, path=path, fmt="md", lines=[normalise(_strip_md(t)) for t in lines], trace=trace, source=lines)
    if "drafter" in body:
        doc.dismissals = directives(body, first_line)
    if meta is not None:
        _apply(doc, meta)
    return doc


def directives(body: str, first_line: int) -> list[Dismissal]:
    """The ``<!-- drafter: … -->`` comments of a draft's body, each with the paragraph after it.

    The paragraph runs from the first line with text after the comment (other comments and
    blank lines skipped) to the line before the next blank line; a heading is a paragraph of
    its own line.
    """
    plain = strip_comments(body).split("\n")
    text_at, para_end = _reach(plain)
    out = []
    start, at = 0, 0  # the line of the comment, counted on from the last one (linear in the body)
    for m in _DIRECTIVE.finditer(body):
        start += body.count("\n", at, m.start())
        at = m.start()
        i = text_at[min(start, len(plain))]  # comments are blanked in ``plain``: its own line counts for text after it
        if i >= len(plain):
            out.append(Dismissal(m.group(1).strip(), first_line + start))
            continue
        out.append(Dismissal(m.group(1).strip(), first_line + start, first_line + i, first_line + para_end[i]))
    return out


def _reach(plain: list[str]) -> tuple[list[int], list[int]]:
    """For each line: the first line from it on with text (``len(plain)`` if none), and, for a line with
    text, the last line of its paragraph (a heading is one of its own). One backward pass: a draft of
    thousands of comments in a row is not rescanned from each."""
    n = len(plain)
    text_at, para_end = [n] * (n + 1), list(range(n))
    for i in range(n - 1, -1, -1):
        has = bool(plain[i].strip())
        text_at[i] = i if has else text_at[i + 1]
        nxt = i + 1 < n and bool(plain[i + 1].strip()) and not _HEADING.match(plain[i + 1])
        if has and nxt and not _HEADING.match(plain[i]):
            para_end[i] = para_end[i + 1]
    return text_at, para_end


@lru_cache(maxsize=16384)
def heading(line: str) -> tuple[int, str] | None:
    """(depth, title) of an ATX heading line: ``## 一、标题 ##`` → (2, "一、标题"); linear in the line."""
    m = _HEADING.match(line)
    if m is None:
        return None
    return len(m.group(1)), line[m.end() :].rstrip().rstrip("#").rstrip()


def strip_comments(text: str) -> str:
    """``<!-- … -->`` comments blanked out, their line breaks kept; one pass (unclosed ones stay text)."""
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:  # no later opener can close either
            break
        out += [text[at:start], "\n" * text.count("\n", start, end)]
        at = end + 3
    out.append(text[at:])
    return "".join(out)


def _strip_md(line: str) -> str:
    h = heading(line)
    return h[1] if h else line


def _paragraphs(body: str, first_line: int, *, titled: bool) -> list[RawPara]:
    """Markdown blocks as RawParas; '#' depth gives the heading level."""
    body = strip_comments(body)
    lines = body.split("\n")
    heads = [h[0] for t in lines if (h := heading(t))]
    # With front matter, '#' is the title and '##' level 1; in plain Markdown a
    # single leading '#' is the title too, else '#' is level 1.
    title_depth = 1 if (titled or (heads.count(1) == 1 and heads and heads[0] == 1)) else 0
    paras: list[RawPara] = []
    buf: list[str] = []
    buf_line = 0

    def flush() -> None:
        if buf:
            text = "".join(s.strip() for s in buf)
            paras.append(_para(text, buf_line))
            buf.clear()

    for i, raw in enumerate(lines):
        line_no = first_line + i
        h = heading(raw)
        if h:
            flush()
            depth, title = h
            level = depth - title_depth
            if level <= 0:
                paras.append(RawPara(title, line_no, is_title=True))
            else:
                paras.append(RawPara(title.replace("**", ""), line_no, level=min(level, 4)))
        elif not raw.strip() or (LIST_MARK.match(raw) and buf):
            flush()
            if raw.strip():
                buf.append(LIST_MARK.sub("", raw))
                buf_line = line_no
        else:
            if not buf:
                buf_line = line_no
                raw = LIST_MARK.sub("", raw)
            buf.append(raw)
    flush()
    return paras


def _para(text: str, line: int) -> RawPara:
    m = BOLD_START.match(text)
    if m:
        inner = m.group(1)
        return RawPara(inner + text[m.end() :], line, bold_prefix=len(inner))
    return RawPara(text, line)


def _apply(doc: Document, meta: object) -> None:
    """Front-matter fields win over what the body suggests."""
    from ..draft import DraftMeta

    assert isinstance(meta, DraftMeta)
    m = doc.meta
    m.unit, m.unit_source = meta.unit, "draft"
    m.unit_type = meta.type
    m.year, m.year_source = meta.year, "draft"
    m.title = meta.title or m.title
    m.addressee = meta.addressee or m.addressee
    m.signature = meta.signature or None
    m.date = meta.date or None
    m.doc_number = meta.doc_number or None
    m.fonts = meta.fonts
    m.closing = meta.closing
    m.attachments = list(meta.attachments)
    m.cc, m.issuer, m.issued = meta.cc or None, meta.issuer or None, meta.issued or None
    m.signer, m.seal, m.letterhead = meta.signer or None, meta.seal, meta.letterhead
    m.previous = meta.previous or None
