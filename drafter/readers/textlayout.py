"""Text as a website hands it over: page words set aside, run-on lines split, what the page says kept.

``recover_text`` is the one entry for every text format (.txt, .md, the text layer of a .pdf,
the body of an .html page, text pasted into the app): ``webpage`` cuts the site's furniture
out, ``runon`` splits the rest into paragraphs and headings, and the pieces' columns are made
columns of the normalised line, as the model's source locations are. ``page_meta`` files what
a 政府信息公开 table says (发文机关, 成文日期, 标题) as the report's own where the text is silent.
"""

from __future__ import annotations

from ..model import Meta
from ..text import normalise, squash
from .head import unit_from_title
from .rawpara import RawPara
from .runon import recover
from .webpage import PageInfo, set_aside, to_date

__all__ = ["PageInfo", "page_meta", "recover_text"]


def recover_text(paras: list[RawPara]) -> tuple[list[RawPara], PageInfo, list[RawPara]]:
    """(the report's paragraphs, what the page's table said, the page's own words)."""
    raws = {p.line: p.text for p in paras if not p.breaks and p.col == 0}
    pieces, info = set_aside(paras)
    pieces = recover(pieces)
    if len(pieces) != len(paras):
        _normalised_cols(pieces, raws)
    return [p for p in pieces if not p.debris], info, [p for p in pieces if p.debris]


def _normalised_cols(pieces: list[RawPara], raws: dict[int, str]) -> None:
    """A piece's column counted in the normalised line (spaces a PDF or a page left are gone there)."""
    by_line: dict[int, list[RawPara]] = {}
    for p in pieces:
        if p.col and p.line in raws:
            by_line.setdefault(p.line, []).append(p)
    for line, group in by_line.items():
        raw = raws[line]
        norm = normalise(raw)
        if norm == raw:
            continue
        group.sort(key=lambda p: p.col)
        i = j = 0
        for p in group:  # one walk along the line for all its pieces
            while i < p.col and i < len(raw):
                if j < len(norm) and raw[i] == norm[j]:
                    j += 1
                i += 1
            p.col = j


def page_meta(meta: Meta, info: PageInfo) -> None:
    """The table's 标题, 发文机关 and 成文日期 where the report's text did not give them."""
    if meta.title is None and info.title:
        meta.title = squash(info.title)
        meta.title_line = info.line
        if meta.unit is None and (unit := unit_from_title([info.title])):
            meta.unit, meta.unit_source = unit, "title"
    if info.issuer and (meta.unit is None or squash(meta.unit) in info.issuer):
        # the title's "苏平片区" is the table's 平潭综合实验区苏平片区管理局
        meta.unit_source = "title" if meta.unit is not None and meta.unit_source == "title" else "signature"
        meta.unit = info.issuer
    if meta.date is None and info.date and (written := to_date(info.date)):
        meta.date, meta.date_line = written, info.line
