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
BOLD_START = Lazy(r"^\*\*([^*\n]+?)\*\*")  # closed on its line (a bold run over lines stays marked)
LIST_MARK = Lazy(r"^\s*(?:[-+*]|\d+\))\s+")
QUOTE_MARK = Lazy(r"^\s{0,3}(?:>\s?)+")  # a block quote's '>' (nested: '> >')
RULE_LINE = Lazy(r"^\s{0,3}(?:(?:-[ \t]*){3,}|(?:=[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")  # ---, ===, ***
LINK = Lazy(r"(!?)\[([^\[\]\n]{0,200})\]\([^()\s]{0,500}\)")  # [words](address): the words; an image: nothing
TABLE_ROW = Lazy(r"^\s*\|")  # a table's row: a paragraph of its own
TABLE_RULE = Lazy(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # | --- | :-: |: no text


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
    paras, shown = _paragraphs(body, first_line, titled=meta is not None)
    if trace is not None and meta is not None:
        trace.body = first_line
    start = first_line - 1
    seen = [normalise(shown[k - start] if k - start in shown else _strip_md(t)) for k, t in enumerate(lines)]
    doc = build(paras, path=path, fmt="md", lines=seen, trace=trace, source=lines)
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


def _paragraphs(body: str, first_line: int, *, titled: bool) -> tuple[list[RawPara], dict[int, str]]:
    """Markdown blocks as RawParas ('#' depth gives the heading level), and what each line of a
    paragraph holds of it (markup gone), by 0-based line: the lines findings are placed in, so a
    column counts the writer's characters (a list marker, a quote's '>' and a bold run's '**' skipped)."""
    body = strip_comments(body)
    lines = body.split("\n")
    heads = [h[0] for t in lines if (h := heading(t))]
    # With front matter, '#' is the title and '##' level 1; in plain Markdown a
    # single leading '#' is the title too, else '#' is level 1.
    title_depth = 1 if (titled or (heads.count(1) == 1 and heads and heads[0] == 1)) else 0
    paras: list[RawPara] = []
    shown: dict[int, str] = {}
    buf: list[tuple[int, str]] = []  # (0-based line, its piece of the paragraph)

    def flush() -> None:
        if buf:
            paras.append(_para(buf, first_line, shown))
            buf.clear()

    for i, raw in enumerate(lines):
        h = heading(raw)
        raw = QUOTE_MARK.sub("", raw)
        if h:
            flush()
            depth, title = h
            level = depth - title_depth
            if level <= 0:
                paras.append(RawPara(title, first_line + i, is_title=True))
            else:
                paras.append(RawPara(title.replace("**", ""), first_line + i, level=min(level, 4)))
        elif not raw.strip() or TABLE_RULE.match(raw) or RULE_LINE.match(raw):  # no words: a break
            flush()
        elif TABLE_ROW.match(raw):
            flush()
            paras += _cells(raw, first_line + i, shown, i)
        elif LIST_MARK.match(raw):  # each list item a paragraph
            flush()
            buf.append((i, _unlinked(LIST_MARK.sub("", raw)).strip()))
        else:
            buf.append((i, _unlinked(raw).strip()))
    flush()
    return paras, shown


def _unlinked(line: str) -> str:
    """``line`` with each link as its words and each image gone (the address is no word of the report)."""
    return LINK.sub(lambda m: "" if m.group(1) else m.group(2), line) if "](" in line else line


def _cells(row: str, line: int, shown: dict[int, str], i: int) -> list[RawPara]:
    """A table row's cells, each a paragraph of its own at its column (a cell need not end a sentence)."""
    text = shown[i] = normalise(row.strip())
    out: list[RawPara] = []
    at = 0
    for cell in text.split("|"):
        if cell.strip():
            out.append(RawPara(cell.strip(), line, col=at + len(cell) - len(cell.lstrip()), frame="cell"))
        at += len(cell) + 1
    return out


def _para(buf: list[tuple[int, str]], first_line: int, shown: dict[int, str]) -> RawPara:
    """One paragraph of ``buf``'s lines: its text joined, each further line a break; a leading bold run
    (a run-in heading) unmarked where it closes on the first line."""
    pieces = [t for _, t in buf]
    m = BOLD_START.match(pieces[0])
    bold = 0
    if m:
        bold = len(m.group(1))
        pieces[0] = m.group(1) + pieces[0][m.end() :]
    breaks: list[tuple[int, int]] = []
    at = len(pieces[0])
    for (i, _), piece in zip(buf[1:], pieces[1:], strict=True):
        breaks.append((at, first_line + i))
        at += len(piece)
    for (i, _), piece in zip(buf, pieces, strict=True):
        shown[i] = piece
    return RawPara("".join(pieces), first_line + buf[0][0], bold_prefix=bold, breaks=breaks)


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
