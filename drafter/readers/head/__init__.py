"""The head of a report: title, issuing unit, unit type, year and 主送机关, read in named steps.

0. ``letter``: a cover letter (报送函) the text opens with — its 文号, title, 主送机关, sending sentence,
   signature and date — set aside: none of it is the report's body; the report's title is its own line
   below the letter, else the one the letter cites (《…》, its 附件, its own title), its unit that
   title's, else the sender's.
1. ``page``: the page's own words set aside (banners, breadcrumbs, metadata lists and tables,
   a column's or a site's name), and what they say about who posted the report kept.
2. ``title``: the title block — one line or two or three split anywhere, its repeats set aside.
3. ``unit``: the issuing unit the title names (before 关于, before or after the year), else the
   signature, the page's 发布机构, the body (a unit as the opening's subject: "春江街道按照…"),
   the page's 来源 — a page's or the body's name only where the text does not name itself as
   another type of unit ("2022年，我县认真…" is no 司法局's); its type by the rules of
   ``units.toml`` (``drafter.unittype``, asked by the checklist registry). A unit named without its
   place ("县人民政府", "区司法局") takes it from the page's words, the opening or a document of its own
   (《青禾县…办法》), else stays as the text writes it ("市农业局"; ``Meta.generic_unit`` says it is short).
4. ``year``: the year reported on — the title's, else the opening's, a part heading's, the plan's.
5. ``addressee``: the 主送机关, below the title or, for a cover letter (报送函), above it.

Before the title also stand a red header ("××县人民政府文件") and the 发文字号. Every format's
reader hands its paragraphs to ``structure.build``, which calls ``front_matter`` (steps 1, 2, 3
from the title, 5) and, once the body is known, ``unit.unit_from_body`` and ``year.infer_year``.
Lines are matched in simplified characters without a mirror site's pinyin (``drafter.hanzi.reading``:
"建設(shè)" reads 建设); what is kept is as written. A title may carry its own 文号 in brackets
("…工作報告（潭縣自然資字〔2025〕79號）"), at its end or on the line below: it is the report's 文号.
"""

from __future__ import annotations

from ... import dates
from ...lazyre import Lazy
from ...model import Block, Meta
from ...organs import ADDRESSEE_SHAPE, is_organ_name, organ_list
from ...text import match_number, squash
from ..rawpara import RawPara
from .addressee import cover_letter
from .letter import Letter, cover_letter_block
from .page import DOC_NUMBER, HEADER, after_crumb, bare_title, is_debris, is_field_line, is_page_word, page_facts
from .title import (
    MAX_TITLE_SCAN,
    TITLE,
    TitleBlock,
    find_title,
    is_title,
    is_unit_line,
    own_number,
    own_number_line,
    title_piece,
)
from .unit import full_name, is_generic, unit_from_title, units_of

LABEL_MAX = 8  # "发布时间：", "文章来源：": a label alone on its line, its value on the next
_DATED = Lazy(rf"^(?:[（(]\s*)?(?:{dates.ARABIC}|{dates.CHINESE})(?:\s*[）)])?$")


def front_matter(
    paras: list[RawPara],
    meta: Meta,
    blocks: list[Block],
    seen: list[int] | None = None,
    apart: frozenset[int] = frozenset(),
) -> int:
    """Find the title and the 主送机关; file what precedes the title as debris. Return the body start.

    ``seen`` (for ``splice``) gets the last paragraph index looked at, but for the title scan
    of the first ``MAX_TITLE_SCAN`` paragraphs when it finds no title: what lies beyond it
    changes nothing here. ``apart``: the lines of the page's words set aside (``title.find_title``)."""
    seen = [] if seen is None else seen
    letter = cover_letter_block(paras)  # a cover letter (报送函) first: the report's title is below it
    block = find_title(paras, apart) if letter is None else _title_below(paras, letter.end)  # step 2 (and 1)
    if block is None and letter is not None:
        return _letter_only(paras, letter, meta, blocks, seen)
    if block is None:  # no title: the page's words before the body still tell who posted it
        start = 0
        while start < len(paras) and _untitled_page_line(paras, start):
            start += 1
        seen.append(start)
        _publisher(paras[:start], meta)
        for p in paras[:start]:
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
        return _addressee(paras, start, meta, blocks, None)
    first, title_at = block.first, block.last
    after = _skip_page(paras, block.end, head=True)
    under = block.end  # the first line after the title, its repeats and its own 文号
    numbered = after if after < len(paras) and own_number_line(paras[after].text) else None
    if numbered is not None:  # "（青政文〔2025〕3号）" on its own line under the title
        under, after = numbered + 1, _skip_page(paras, numbered + 1, head=True)
    dated = after if after < len(paras) and _is_dated(paras[after].text) else None
    if dated is not None:  # "（2025年3月5日）" under the title, bracketed or not: its 成文日期
        after = _skip_page(paras, dated + 1, head=True)
    seen.append(max(title_at + 2, after))
    _publisher(paras[:first] + paras[title_at + 1 : after], meta)
    below = after < len(paras) and organ_list(paras[after].text) is not None
    above = None
    if not below and first > 0:
        above = (
            first - 1
            if organ_list(paras[first - 1].text) is not None
            else cover_letter([p.text for p in paras[:first]])
        )
    _before_title(paras[:first], above, meta, blocks)
    _title(paras[first : title_at + 1], meta, blocks)
    if letter is not None and meta.unit is None:
        _unit_of_letter(letter, meta)
    for p in paras[title_at + 1 : numbered if numbered is not None else block.end]:  # its repeats, page words
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
    if numbered is not None:
        p = paras[numbered]
        if meta.doc_number is None:
            number = squash(p.text)
            meta.doc_number = number[1:-1] if number[:1] in "（(" else number  # its brackets off
            meta.doc_number_line = p.line
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="doc_number"))
    if dated is not None:
        for p in paras[under:dated]:
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
        p = paras[dated]
        found = dates.find(p.text)
        meta.date, meta.date_line = (found.text if found else squash(p.text)), p.line
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="date"))
        return _addressee(paras, dated + 1, meta, blocks, after)
    return _addressee(paras, under, meta, blocks, after)


def _title_below(paras: list[RawPara], end: int) -> TitleBlock | None:
    """The report's own title below a cover letter that ends at ``end``, or None."""
    block = find_title(paras[end:])
    return None if block is None else TitleBlock(block.first + end, block.last + end, block.end + end)


def _letter_only(paras: list[RawPara], letter: Letter, meta: Meta, blocks: list[Block], seen: list[int]) -> int:
    """A cover letter, then the report without a title of its own: the letter's lines are no body (its
    date line no part's start); the report's title is the one the letter cites."""
    seen.append(min(len(paras), letter.end + MAX_TITLE_SCAN))
    _publisher(paras[: letter.end], meta)
    _before_title(paras[: letter.end], cover_letter([p.text for p in paras[: letter.end]]), meta, blocks)
    if letter.title is not None:
        meta.title, meta.title_line = squash(letter.title), letter.title_line
        meta.unit = unit_from_title([letter.title])
        meta.unit_source = "title" if meta.unit else None
    if meta.unit is None:
        _unit_of_letter(letter, meta)
    return _addressee(paras, letter.end, meta, blocks, None)


def _unit_of_letter(letter: Letter, meta: Meta) -> None:
    """The sender of a cover letter as the report's unit, where the report's title names none."""
    if letter.sender is not None and not is_generic(letter.sender):
        meta.unit, meta.unit_source = full_name(letter.sender), letter.sender_source


def _is_dated(text: str) -> bool:
    return _DATED.match(squash(text)) is not None


def _before_title(paras: list[RawPara], addressee: int | None, meta: Meta, blocks: list[Block]) -> None:
    """What stands before the title: a 主送机关 (a cover letter's), the 发文字号, a red header, debris."""
    for j, p in enumerate(paras):
        if j == addressee:
            _set_addressee(p, meta, blocks)
            continue
        role = "debris"
        if DOC_NUMBER.match(p.text):
            role = "doc_number"
            meta.doc_number, meta.doc_number_line = squash(p.text), p.line
        elif HEADER.match(p.text):
            role = "header"
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role=role))  # type: ignore[arg-type]


def _title(title_paras: list[RawPara], meta: Meta, blocks: list[Block]) -> None:
    """Step 3 from the title: the title's text and the unit it names."""
    meta.title, number = own_number(bare_title(squash(_without_crumb(" ".join(p.text.strip() for p in title_paras)))))
    if number is not None and meta.doc_number is None:  # "…工作报告（××字〔2025〕79号）"
        meta.doc_number, meta.doc_number_line = number, title_paras[-1].line
    meta.title_line = title_paras[0].line
    meta.unit = unit_from_title([p.raw or p.text for p in title_paras])
    if meta.unit:
        meta.unit_source = "title"
    for p in title_paras:
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="title", breaks=p.breaks))


def _without_crumb(title: str) -> str:
    """A title the page ran into its breadcrumb, without it ("您所在的位置：首页>工作动态××…报告")."""
    rest = after_crumb(title)
    return rest if rest != title and is_title(RawPara(rest, 0)) else title


def _publisher(page: list[RawPara], meta: Meta) -> None:
    """Step 1's facts: who the page says posted the report (used only where nothing names the unit)."""
    words = [p for p in page if is_page_word(p.text) or is_debris(p.text)]
    if words:
        facts = page_facts(page)
        meta.publisher, meta.page_issuer = facts.publisher, facts.issuer
        meta.page_date = facts.written or facts.posted


def _skip_page(paras: list[RawPara], i: int, *, head: bool) -> int:
    """The first line from ``i`` that is not the page's words (``head``: the forms only a head has)."""
    while i < len(paras) and (is_debris(paras[i].text) or (head and _page_line(paras, i))):
        i += 1
    return i


def _untitled_page_line(paras: list[RawPara], i: int) -> bool:
    """Before a body with no title above it: a page word that is no sentence (a sentence citing
    "《…<…>…》" is not a breadcrumb), a metadata field, or a page's furniture."""
    text = paras[i].text
    if is_debris(text) or is_field_line(text):
        return True
    return not any(c in text for c in "。，,；;") and _page_line(paras, i)


def _page_line(paras: list[RawPara], i: int) -> bool:
    """A page word, or the value under a label alone on its line ("来源：" / "万古镇人民政府")."""
    text = paras[i].text
    if is_page_word(text):
        return True
    prev = paras[i - 1].text.strip() if i > 0 else ""
    value = squash(text)
    return (
        prev.endswith(("：", ":"))
        and len(prev) <= LABEL_MAX
        and is_page_word(prev)
        and not match_number(value)
        and len(value) <= 30
        and not any(c in value for c in "。：:")
        and not is_title(paras[i])
    )


def _addressee(paras: list[RawPara], i: int, meta: Meta, blocks: list[Block], after: int | None) -> int:
    """Debris lines from ``i``, then the 主送机关 if the next line is one. Return the body start."""
    after = _skip_page(paras, i, head=False) if after is None else after
    if after < len(paras) and organ_list(paras[after].text) is not None:
        for p in paras[i:after]:
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
        _set_addressee(paras[after], meta, blocks)
        return after + 1
    if after > i and all(is_page_word(p.text) or _page_line(paras, k) for k, p in enumerate(paras[i:after], i)):
        for p in paras[i:after]:  # the page's words under the title: never the body
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
        return after
    return i  # no 主送机关: debris lines are left to the outline, which files them the same way


def _set_addressee(p: RawPara, meta: Meta, blocks: list[Block]) -> None:
    meta.addressee = organ_list(p.text)
    blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="addressee"))


__all__ = [
    "ADDRESSEE_SHAPE",
    "MAX_TITLE_SCAN",
    "TITLE",
    "front_matter",
    "is_debris",
    "is_organ_name",
    "is_page_word",
    "is_title",
    "is_unit_line",
    "organ_list",
    "title_piece",
    "unit_from_title",
    "units_of",
]
