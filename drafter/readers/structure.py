"""Turn a reader's paragraphs into the document model.

Every reader (txt, md, docx) yields ``RawPara`` items — text, source line and
whatever layout hints its format carries (a Markdown ``##``, a Word heading
style, a bold run-in prefix, Word numbering). This module does the rest once:
debris before the title, the title, the addressee, the heading outline with
run-in headings split from their body, the closing block, and the metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Block, Document, Meta
from ..text import CJK, CN_NUM_VALUE, SENTENCE_END, match_number, normalise, squash


@dataclass
class RawPara:
    """One paragraph (or one source line, for plain text) as a reader saw it."""

    text: str
    line: int
    level: int | None = None  # heading level the format states (md '##', Word style)
    number: str = ""  # numbering that Word generated, not typed
    bold_prefix: int = 0  # length of a leading bold run (docx run-in heading)
    centred: bool = False
    breaks: list[tuple[int, int]] = field(default_factory=list)
    joinable: bool = False  # plain-text line that may be a hard-wrapped fragment
    is_title: bool = False  # the format marks it as the title (Markdown "#")
    raw: str = ""  # text before normalisation (keeps the gap between joint issuers)


# ---------------------------------------------------------------- patterns

_TITLE = re.compile(r"(法治政府|依法行政|法治建设|法治).{0,40}(报告|情况)$|关于.{0,60}(法治|依法行政).{0,30}(报告|情况)")
_DOC_NUMBER = re.compile(rf"^[{CJK}]{{1,10}}\s*[〔\[【（(［]\s*\d{{2,4}}\s*[〕\]】）)］]\s*第?\s*\d+\s*号$")
_HEADER = re.compile(rf"^[{CJK}\s]{{2,30}}(文件|文件$)$")
_DATE = re.compile(r"^(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_CN_DATE = re.compile(r"^[〇○零一二三四五六七八九]{2,4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$")
_CLOSING = re.compile(r"^(特此(报告|报告如下)|以上报告|专此报告)[。.]?$")
_PAGE_NUMBER = re.compile(r"^[-—－–\s]*\d{1,3}[-—－–\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
_DEBRIS = re.compile(r"^(时间|来源|发布时间|发布日期|浏览次数|字号|【?打印】?|首页|当前位置|分享到|作者)[:：\s]|^首页|[>›»]")
UNIT_SUFFIX = re.compile(
    r"(人民政府办公室|人民政府|政府办公室|办公室|办事处|委员会|街道|[县区市旗]委|[局委办院所站队中心乡镇])$"
)
_ADDRESSEE = re.compile(rf"^[{CJK}、，, ]{{2,40}}[：:]$")

MAX_TITLE_SCAN = 25
HEADING_MAX = 60  # longest plausible heading title, in characters


def build(paras: list[RawPara], *, path: str = "", fmt: str = "txt", lines: list[str] | None = None) -> Document:
    """Assemble a Document from a reader's paragraphs."""
    paras = [p for p in (_clean(p) for p in paras) if p.text]
    if fmt == "txt":
        paras = _join_wrapped(paras)
    meta = Meta()
    blocks: list[Block] = []
    start = _front_matter(paras, meta, blocks)
    end = _back_matter(paras, start, meta)
    _outline(paras[start:end], blocks)
    _tail_blocks(paras[end:], blocks, meta)
    _infer_meta(meta, blocks)
    return Document(meta=meta, blocks=blocks, lines=lines or [], path=path, fmt=fmt)


def _clean(p: RawPara) -> RawPara:
    raw = p.text
    p.raw = raw
    p.text = normalise(raw)
    if p.breaks and p.text != raw:  # offsets moved: keep only line starts
        p.breaks = _rebase_breaks(raw, p.text, p.breaks)
    return p


def _rebase_breaks(raw: str, norm: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map break offsets from ``raw`` to ``norm`` by counting kept characters."""
    out: list[tuple[int, int]] = []
    j = 0
    i = 0
    for at, ln in breaks:
        while i < at and i < len(raw):
            if j < len(norm) and raw[i] == norm[j]:
                j += 1
            i += 1
        out.append((j, ln))
    return out


# ------------------------------------------------ hard-wrapped plain text


def _wrap_width(paras: list[RawPara]) -> int | None:
    """Line width of text hard-wrapped out of a PDF, if that is what this is."""
    lengths = [len(p.text) for p in paras if p.joinable and len(p.text) >= 12]
    if len(lengths) < 6:
        return None
    common = Counter(lengths).most_common(1)[0][0]
    near = sum(1 for n in lengths if abs(n - common) <= 2)
    if common <= 48 and near >= 5 and near >= 0.3 * len(lengths):
        return common
    return None


def _ends_open(text: str) -> bool:
    return text[-1] not in SENTENCE_END + "；;：:”’」』"


def _looks_like_heading(p: RawPara) -> bool:
    m = match_number(p.text)
    if m is None:
        return False
    rest = p.text[len(m[1]):]
    return not any(c in rest for c in SENTENCE_END) and len(rest) <= HEADING_MAX


def _join_wrapped(paras: list[RawPara]) -> list[RawPara]:
    """Join lines that a PDF copy or a page break cut in mid-sentence."""
    width = _wrap_width(paras)
    out: list[RawPara] = []
    for p in paras:
        prev = out[-1] if out else None
        if prev is not None and p.joinable and prev.joinable and _continues(prev, p, width):
            prev.breaks.append((len(prev.text), p.line))
            prev.breaks.extend((len(prev.text) + at, ln) for at, ln in p.breaks)  # a PDF paragraph's own wraps
            prev.text += p.text
            continue
        out.append(p)
    return out


def _continues(prev: RawPara, nxt: RawPara, width: int | None) -> bool:
    if match_number(nxt.text) or _DATE.match(nxt.text) or _CLOSING.match(nxt.text):
        return False
    if _ADDRESSEE.match(nxt.text) or _TITLE.search(squash(prev.text)):
        return False
    full = width is not None and len(prev.text) >= width - 3
    if full and prev.text[-1] not in SENTENCE_END and not _looks_like_heading(prev):
        return True  # a full line of hard-wrapped text
    if not _ends_open(prev.text) or _looks_like_heading(prev):
        return False
    # A page break inside a paragraph: a long line cut in mid-sentence.
    return len(prev.text) >= 20 and any(c in prev.text for c in "，。、；")


# ------------------------------------------------ front and back matter


def _front_matter(paras: list[RawPara], meta: Meta, blocks: list[Block]) -> int:
    """Find the title; file what precedes it as debris. Return the body start."""
    title_at = None
    for i, p in enumerate(paras[:MAX_TITLE_SCAN]):
        if p.is_title or _is_title(p):
            title_at = i
            break
    if title_at is None:
        return _addressee(paras, 0, meta, blocks)
    first = title_at
    prev = paras[title_at - 1] if title_at else None
    if prev is not None and squash(paras[title_at].text).startswith("关于") and _is_unit_line(prev.text):
        first = title_at - 1
    for p in paras[:first]:
        role = "debris"
        if _DOC_NUMBER.match(p.text):
            role = "doc_number"
            meta.doc_number, meta.doc_number_line = squash(p.text), p.line
        elif _HEADER.match(p.text):
            role = "header"
        blocks.append(Block("paragraph", p.text, p.line, role=role))  # type: ignore[arg-type]
    title_paras = paras[first : title_at + 1]
    meta.title = "".join(squash(p.text) for p in title_paras)
    meta.title_line = title_paras[0].line
    meta.unit = _unit_from_title([p.raw or p.text for p in title_paras])
    if meta.unit:
        meta.unit_source = "title"
    for p in title_paras:
        blocks.append(Block("paragraph", p.text, p.line, role="title", breaks=p.breaks))
    return _addressee(paras, title_at + 1, meta, blocks)


def _is_title(p: RawPara) -> bool:
    s = squash(p.text)
    if len(s) > 80 or any(c in s for c in "。；"):
        return False
    return bool(_TITLE.search(s)) and not match_number(s)


def _is_unit_line(text: str) -> bool:
    s = text.strip()
    return 2 <= len(squash(s)) <= 30 and bool(UNIT_SUFFIX.search(squash(s))) and not _HEADER.match(s)


def _unit_from_title(texts: list[str]) -> str | None:
    """The issuing unit: what precedes 关于 in the title (joint issuers kept apart)."""
    joined = " ".join(t.strip() for t in texts)
    before = joined.split("关于", 1)[0] if "关于" in joined else ""
    tokens = [t for t in re.split(r"[ \u3000]+", before.strip()) if t]
    if not tokens:
        return None
    units: list[str] = []
    for tok in tokens:  # "确山县人民 政府" → one unit; "中共洛宁县委 洛宁县人民政府" → two
        if units and not UNIT_SUFFIX.search(units[-1]):
            units[-1] += tok
        else:
            units.append(tok)
    return " ".join(units) if units else None


def _addressee(paras: list[RawPara], i: int, meta: Meta, blocks: list[Block]) -> int:
    if i < len(paras) and _ADDRESSEE.match(paras[i].text):
        p = paras[i]
        meta.addressee = p.text[:-1].strip()
        blocks.append(Block("paragraph", p.text, p.line, role="addressee"))
        return i + 1
    return i


_ATTACH = re.compile(r"^附件[:：]\s*(?:1\s*[.．、]\s*)?(?P<name>.+)$")
_ATTACH_MORE = re.compile(r"^\d{1,2}\s*[.．、]\s*(?P<name>[^。；;]{1,60})$")
_CC = re.compile(r"^抄送[:：]\s*(?P<cc>.+?)[。.]?$")
_ISSUED = re.compile(r"^(?P<issuer>\S.{0,40}?)\s*(?P<issued>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发$")
TAIL_SCAN = 12


def _tail_role(paras: list[RawPara], i: int, start: int, end: int, seen_date: bool) -> str | None:
    """The role of paragraph ``i`` if it belongs to the closing block, else None."""
    t = paras[i].text
    if _DATE.match(t) or _CN_DATE.match(t):
        return "date"
    if _CLOSING.match(t):
        return "closing"
    if _PAGE_NUMBER.match(t):
        return "debris"
    if _CC.match(t) or _ISSUED.match(t):
        return "imprint"
    if _ATTACH.match(t) or (_ATTACH_MORE.match(t) and _under_attachment(paras, i, start)):
        return "attachment"
    if _is_unit_line(t) and (seen_date or i == end - 1):
        return "signature"
    return None


def _under_attachment(paras: list[RawPara], i: int, start: int) -> bool:
    """A numbered line continues 附件说明 if only numbered lines separate it from "附件：1.…"."""
    j = i - 1
    while j >= start and i - j <= 10:
        t = paras[j].text
        if _ATTACH.match(t):
            return True
        if not _ATTACH_MORE.match(t):
            return False
        j -= 1
    return False


def _back_matter(paras: list[RawPara], start: int, meta: Meta) -> int:
    """Index where the closing block (结束语, 附件说明, signature, date, 版记) begins."""
    end = len(paras)
    i = end - 1
    seen_date = False
    while i >= start and end - i <= TAIL_SCAN:
        role = _tail_role(paras, i, start, end, seen_date)
        if role is None:
            break
        seen_date = seen_date or role == "date"
        i -= 1
    return i + 1


def _tail_blocks(tail: list[RawPara], blocks: list[Block], meta: Meta) -> None:
    seen_date = any(_DATE.match(p.text) or _CN_DATE.match(p.text) for p in tail)
    for i, p in enumerate(tail):
        t = p.text
        role = _tail_role(tail, i, 0, len(tail), seen_date) or "signature"
        if role == "attachment":
            m = _ATTACH.match(t) or _ATTACH_MORE.match(t)
            if m:
                meta.attachments.append(m.group("name").strip())
        elif role == "imprint":
            if (cc := _CC.match(t)) is not None:
                meta.cc = cc.group("cc").strip()
            elif (iss := _ISSUED.match(t)) is not None:
                meta.issuer, meta.issued = iss.group("issuer").strip(), squash(iss.group("issued"))
        blocks.append(Block("paragraph", t, p.line, role=role))  # type: ignore[arg-type]


# ------------------------------------------------ the outline


def _outline(paras: list[RawPara], blocks: list[Block]) -> None:
    start = len(blocks)
    _outline_blocks(paras, blocks)
    _relevel(blocks[start:])


def _relevel(blocks: list[Block]) -> None:
    """Levels from the document's own numbering when it departs from the standard order.

    GB/T 9704 nests 一、 > （一） > 1. > （1）, and most reports do; one that
    numbers its parts "1、" and their items "（一）" means 1、 as the top level.
    So when the numbering kinds first appear in a non-standard order, each kind's
    level is its rank of first appearance. Styled headings (Word styles, Markdown
    '#') keep the level their format states.
    """
    order: list[int] = []
    for b in blocks:
        if b.kind == "heading" and not b.styled and b.number:
            std = _std_level(b.number)
            if std is not None and std not in order:
                order.append(std)
    if order == sorted(order):
        return
    rank = {std: i + 1 for i, std in enumerate(order)}
    for b in blocks:
        if not b.styled and b.number and (std := _std_level(b.number)) in rank:
            b.level = min(4, rank[std])


def _std_level(number: str) -> int | None:
    m = match_number(number)
    return m[0] if m else None


def _outline_blocks(paras: list[RawPara], blocks: list[Block]) -> None:
    last_level = 0
    for p in paras:
        if _PAGE_NUMBER.match(p.text) or (_DEBRIS.match(p.text) and len(p.text) < 60):
            blocks.append(Block("paragraph", p.text, p.line, role="debris"))
            continue
        made = _heading(p, last_level)
        blocks.extend(made)
        for b in made:
            if b.kind == "heading":
                last_level = b.level


def _heading(p: RawPara, last_level: int) -> list[Block]:
    """A paragraph as one block, or a run-in heading and its body as two."""
    text = p.text
    typed = match_number(text)
    number = p.number + (typed[1] if typed else "")
    level = p.level or (typed[0] if typed else 0)
    if p.number and not p.level:
        level = _level_of_generated(p.number) or level
    if p.bold_prefix and not level:
        level = min(4, max(2, last_level + 1))
    if not level:
        return [Block("paragraph", text, p.line, breaks=p.breaks)]
    full = p.number + text
    shift = len(p.number)
    rest_at = len(number)
    rest = full[rest_at:]
    cut = _run_in_cut(rest, p.bold_prefix - len(typed[1]) if p.bold_prefix and typed else p.bold_prefix)
    styled = p.level is not None
    if cut is None:
        if not styled and not p.bold_prefix and _is_list_item(rest):
            return [Block("paragraph", full, p.line, col=-shift, number=number, breaks=p.breaks)]
        return [Block("heading", full, p.line, col=-shift, level=level, number=number, styled=styled,
                      breaks=p.breaks)]
    head = full[: rest_at + cut]
    body = full[rest_at + cut :].lstrip()
    body_at = len(full) - len(body)
    heading = Block("heading", head, p.line, col=-shift, level=level, number=number, run_in=True, styled=styled)
    para = Block("paragraph", body, p.line, col=body_at - shift)
    for at, ln in p.breaks:
        target = heading if at + shift < body_at else para
        off = at + shift - (0 if target is heading else body_at)
        target.breaks.append((off, ln))
    return [heading, para]


def _is_list_item(rest: str) -> bool:
    """A numbered sentence ("1.坚持……，……；") rather than a heading."""
    if len(rest) > HEADING_MAX or rest.endswith(("；", ";", "，", ",", "、")):
        return True
    return rest.endswith("。") and "，" in rest


def _level_of_generated(number: str) -> int | None:
    m = match_number(number)
    return m[0] if m else None


def _run_in_cut(rest: str, bold: int) -> int | None:
    """Where a run-in heading's title ends (after its 。), or None if not run-in."""
    if bold and 0 < bold < len(rest):
        return bold
    for i, ch in enumerate(rest[: HEADING_MAX + 1]):
        if ch in SENTENCE_END:
            return i + 1 if i + 1 < len(rest) else None
    return None


# ------------------------------------------------ metadata


_YEAR = re.compile(r"(20\d{2})\s*年")
_PLAN_YEAR = re.compile(r"^(20\d{2})年度?[，,]?.{0,30}(将|要)|(20\d{2})年度?.{0,20}(安排|计划|打算|思路|规划)")
_DONE_YEAR = re.compile(r"(20\d{2})年度?.{0,24}(举措|成效|工作开展|不足|问题|职责|情况)")
_PLACE = re.compile(rf"(?:^|[，,。])(?:我|)([{CJK}]{{1,6}}?[县区市旗乡镇])(?:将|在|坚持|持续|深入|全面)")
_UNIT_IN_TEXT = re.compile(
    rf"((?:中共)?[{CJK}]{{1,12}}?(?:县|区|市|旗|乡|镇|街道)"
    rf"(?:人民政府办公室|人民政府|政府办公室|办事处|[{CJK}]{{1,8}}?(?:局|委员会|办公室)))"
)


def _infer_meta(meta: Meta, blocks: list[Block]) -> None:
    for b in blocks:
        if b.role == "signature" and meta.signature is None:
            meta.signature = squash(b.text)
        elif b.role == "date":
            meta.date, meta.date_line = squash(b.text), b.line
    body = [b for b in blocks if b.role == "body"]
    _infer_year(meta, body)
    if meta.unit is None and meta.signature:
        meta.unit, meta.unit_source = meta.signature, "signature"
    if meta.unit is None:
        _unit_from_body(meta, body)


def _infer_year(meta: Meta, body: list[Block]) -> None:
    if meta.title:
        m = _YEAR.search(meta.title)
        if m:
            meta.year, meta.year_source = int(m.group(1)), "title"
            return
    for b in body[:60]:
        if b.kind == "heading" and b.level == 1:
            m = _DONE_YEAR.search(b.text)
            if m and not _PLAN_YEAR.search(b.text):
                meta.year, meta.year_source = int(m.group(1)), "heading"
                return
    first = next((b for b in body if b.kind == "paragraph"), None)
    if first is not None:
        m = re.match(r"^(20\d{2})\s*年", first.text)
        if m and not _PLAN_YEAR.match(first.text):
            meta.year, meta.year_source = int(m.group(1)), "opening"
            return
    for b in reversed(body):
        m = _PLAN_YEAR.search(b.text[:40])
        if m:
            meta.year, meta.year_source = int(m.group(1) or m.group(3)) - 1, "plan"
            return
    if meta.date:
        m = _DATE.match(meta.date)
        if m and len(m.group(1)) == 4:
            y, mo = int(m.group(1)), int(m.group(2))
            meta.year, meta.year_source = (y if mo >= 10 else y - 1), "date"


def _unit_from_body(meta: Meta, body: list[Block]) -> None:
    paras = [b.text for b in body if b.kind == "paragraph"]
    for text in paras[:3]:
        m = _UNIT_IN_TEXT.search(text[:80])
        if m:
            meta.unit, meta.unit_source = m.group(1), "body"
            return
    for text in paras[:3] + paras[-3:]:
        m = _PLACE.search(re.sub(r"^20\d{2}年度?[，,]?", "", text)[:60])
        if m:
            place = m.group(1)
            meta.unit, meta.unit_source = place + "人民政府", "body"
            return


def cn_value(number: str) -> int | None:
    """The value of a typed heading number: "（三）" → 3, "2." → 2."""
    digits = re.sub(r"[^\d一二三四五六七八九十]", "", number)
    if not digits:
        return None
    if digits.isdigit():
        return int(digits)
    if digits == "十":
        return 10
    if digits.startswith("十"):
        return 10 + CN_NUM_VALUE.get(digits[1], 0)
    if len(digits) >= 2 and digits[1] == "十":
        return CN_NUM_VALUE[digits[0]] * 10 + (CN_NUM_VALUE.get(digits[2], 0) if len(digits) > 2 else 0)
    return CN_NUM_VALUE.get(digits[0])
