"""The head of a report: what precedes the title, the title, and the 主送机关.

Before the title: web-page debris, a red header ("××县人民政府文件"), the 发文字号, and in a copy
taken from a 红头文件 sometimes the 主送机关 itself. After the title: a web page's "时间：…来源："
line, then the 主送机关 — an organ name, or a list of them, alone on its line and ending in "：".
A sentence that happens to end in "：" ("现将有关情况报告如下：") is not one (``organ_list``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import dates
from ..model import Block, Meta
from ..text import CJK, match_number, squash
from .rawpara import RawPara

TITLE = re.compile(r"(法治政府|依法行政|法治建设|法治).{0,40}(报告|情况)$|关于.{0,60}(法治|依法行政).{0,30}(报告|情况)")
DOC_NUMBER = re.compile(rf"^[{CJK}]{{1,10}}\s*[〔\[【（(［]\s*\d{{2,4}}\s*[〕\]】）)］]\s*第?\s*\d+\s*号$")
HEADER = re.compile(rf"^[{CJK}\s]{{2,30}}(文件|文件$)$")
PAGE_NUMBER = re.compile(r"^[-—－–\s]*\d{1,3}[-—－–\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
DEBRIS = re.compile(
    r"^(时间|来源|发布时间|发布日期|浏览次数|字号|【?打印】?|首页|当前位置|分享到|作者)[:：\s]|^首页|[>›»]"
)
WEB_META = re.compile(
    r"^(?:发布)?(?:时间|日期)[:：]\s*\d{4}[-./年]|^(?:来源|信息来源|浏览次数|点击数|阅读次数|责任编辑|编辑)[:：]"
    r"|^【?(?:打印|关闭|字号|大|中|小|关闭窗口|打印本页|收藏)】?(?:\s*【?(?:打印|关闭|字号|大|中|小|关闭窗口|打印本页|收藏)】?)*$"
    r"|^分享到"
)
UNIT_SUFFIX = re.compile(
    r"(人民政府办公室|人民政府|政府办公室|办公室|办事处|委员会|管委会|街道|[县区市旗]委|[局委办院所站队中心乡镇])$"
)
ADDRESSEE_SHAPE = re.compile(rf"^[{CJK}、，, ]{{2,40}}[：:]$")
"""The shape of a 主送机关 line, for not joining it to a wrapped line; ``organ_list`` decides."""

MAX_TITLE_SCAN = 25
_DATED = re.compile(rf"^[（(]\s*(?:{dates.ARABIC}|{dates.CHINESE})\s*[）)]$")

# ------------------------------------------------ 主送机关

_ORGAN_END = re.compile(
    r"(?:政府|委员会|常委会|人大|政协|[省市州盟县区旗乡镇]?委|党组|局|厅|办公室|办|部|院|署|处|所|中心|站|队"
    r"|小组|指挥部|管委会|办事处|街道|单位|部门|机关)$"
)
_ORGAN_CHARS = re.compile(rf"^[{CJK}×ＸXx＊*（）()]{{2,20}}$")
# What an organ's name never holds but a sentence ending in "：" does: words that announce what
# follows (报告如下, 现将), 的, a leading preposition, and the verbs of reporting work done.
_NOT_ORGAN = re.compile(
    r"报告|汇报|如下|以下|现将|现就|特此|做法|我们|我[县区市乡镇局办委]|的|^[一二三四五六七八九十]是"
    r"|^(?:在|将|由|向|对|把|为|经(?!济)|按照|根据|通过)"
    r"|推行|加强|强化|进行|开展|培育|创建|挂牌|成立|设立|下设|分解|落实|实现|提升|提高|完善|健全|推动|深化|着力|有力"
    r"|坚持|围绕|积极|认真"
)


def is_organ_name(name: str) -> bool:
    """A unit's name as it stands in a 主送机关 or a 署名, not a clause ("成立县法律顾问中心")."""
    return bool(_ORGAN_CHARS.match(name)) and not _NOT_ORGAN.search(name)


_ONE_CHAR_END = re.compile(r"(?<!委员)(?<!常委)[局厅办部院署处所站队委]$")
ONE_CHAR_ORGAN_MAX = 14  # "驻马店市市场监督管理局" is 11; a longer name ending in 局 or 办 is a clause
ADDRESSEE_MAX = 60


def organ_list(text: str) -> str | None:
    """The 主送机关 that ``text`` is, without its colon, or None.

    A 主送机关 is one organ (驻马店市人民政府, 县司法局) or a list of them separated by 、，
    (县委、县人大常委会), alone on its line and ending in "：". So the line must be short, have
    no numbering, and every item of the list must end the way an organ's name ends (政府, 委员会,
    县委, 局, 办公室, 单位, 部门 …) and hold none of the words a sentence uses to announce what
    follows (报告, 如下, 现将 …). "现将有关情况报告如下：", "报告如下：" and "主要做法如下：" fail
    on both counts.
    """
    s = text.strip()
    if not s.endswith(("：", ":")) or len(s) > ADDRESSEE_MAX + 1:
        return None
    body = s[:-1].strip()
    if not body or match_number(body):
        return None
    pieces = [x for x in re.split(r"[、，,；;\s\u3000]+", body) if x]
    for x in pieces:
        if not _ORGAN_CHARS.match(x) or _NOT_ORGAN.search(x) or not _ORGAN_END.search(x):
            return None
        if len(x) > ONE_CHAR_ORGAN_MAX and _ONE_CHAR_END.search(x):
            return None
    return body


# ------------------------------------------------ the title and the issuing unit


def is_title(p: RawPara) -> bool:
    s = squash(p.text)
    if len(s) > 80 or any(c in s for c in "。；"):
        return False
    return bool(TITLE.search(s)) and not match_number(s)


def is_unit_line(text: str) -> bool:
    """A line that is an issuing unit's name: short, ending like one, no colon ("时间：… 来源：县政府办")."""
    s = text.strip()
    if not 2 <= len(squash(s)) <= 30 or any(c in s for c in "：:") or is_debris(s):
        return False
    return bool(UNIT_SUFFIX.search(squash(s))) and not HEADER.match(s)


def units_of(text: str) -> str | None:
    """Issuing units in ``text`` with joint issuers kept apart by one space.

    "确山县人民 政府" (a gap a PDF left) is one unit; "中共洛宁县委　洛宁县人民政府" two.
    """
    tokens = [t for t in re.split(r"[ \t\u3000\u00a0]+", text.strip()) if t]
    units: list[str] = []
    for tok in tokens:
        if units and not UNIT_SUFFIX.search(units[-1]):
            units[-1] += tok
        else:
            units.append(tok)
    return " ".join(units) if units else None


def unit_from_title(texts: list[str]) -> str | None:
    """The issuing unit: what precedes 关于 in the title (joint issuers kept apart)."""
    joined = " ".join(t.strip() for t in texts)
    before = joined.split("关于", 1)[0] if "关于" in joined else ""
    return units_of(before)


@lru_cache(maxsize=16384)
def is_debris(text: str) -> bool:
    """A page number or a line of a web page's furniture (navigation, 时间/来源, 打印/关闭)."""
    return bool(PAGE_NUMBER.match(text) or (DEBRIS.match(text) and len(text) < 60) or WEB_META.match(text))


# ------------------------------------------------ the head as a whole


def front_matter(paras: list[RawPara], meta: Meta, blocks: list[Block], seen: list[int] | None = None) -> int:
    """Find the title and the 主送机关; file what precedes the title as debris. Return the body start.

    ``seen`` (for ``splice``) gets the last paragraph index looked at, but for the title scan
    of the first ``MAX_TITLE_SCAN`` paragraphs when it finds no title: what lies beyond it
    changes nothing here."""
    seen = [] if seen is None else seen
    span = _title_span(paras)
    if span is None:
        seen.append(_skip_debris(paras, 0))
        return _addressee(paras, 0, meta, blocks, None)
    first, title_at = span
    prev = paras[first - 1] if first else None
    if prev is not None and squash(paras[first].text).startswith("关于") and is_unit_line(prev.text):
        first -= 1
    after = _skip_debris(paras, title_at + 1)
    dated = after if after < len(paras) and _DATED.match(squash(paras[after].text)) else None
    if dated is not None:  # "（2025年3月5日）" under the title: the 成文日期 of a report read at a meeting
        after = _skip_debris(paras, dated + 1)
    seen.append(max(title_at + 2, after))
    below = after < len(paras) and organ_list(paras[after].text) is not None
    above = not below and first > 0 and organ_list(paras[first - 1].text) is not None
    for j, p in enumerate(paras[:first]):
        if above and j == first - 1:
            _set_addressee(p, meta, blocks)
            continue
        role = "debris"
        if DOC_NUMBER.match(p.text):
            role = "doc_number"
            meta.doc_number, meta.doc_number_line = squash(p.text), p.line
        elif HEADER.match(p.text):
            role = "header"
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role=role))  # type: ignore[arg-type]
    title_paras = paras[first : title_at + 1]
    meta.title = "".join(squash(p.text) for p in title_paras)
    meta.title_line = title_paras[0].line
    meta.unit = unit_from_title([p.raw or p.text for p in title_paras])
    if meta.unit:
        meta.unit_source = "title"
    for p in title_paras:
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="title", breaks=p.breaks))
    if dated is not None:
        for p in paras[title_at + 1 : dated]:
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
        p = paras[dated]
        found = dates.find(p.text)
        meta.date, meta.date_line = (found.text if found else squash(p.text)), p.line
        blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="date"))
        return _addressee(paras, dated + 1, meta, blocks, after)
    return _addressee(paras, title_at + 1, meta, blocks, after)


def _title_span(paras: list[RawPara]) -> tuple[int, int] | None:
    """(first, last) index of the title's lines: one line, or a title wrapped over two or three
    short lines ("××县人民政府关于2024年度" / "法治政府建设情况的报告"), joined only when the
    lines together hold 关于 and read as a title."""
    scan = paras[:MAX_TITLE_SCAN]
    pieces = [title_piece(q.text) for q in scan]  # each line judged once, not once per group
    for i, p in enumerate(scan):
        if p.is_title or is_title(p):
            first = i
            while (
                first > 0
                and i - first < 2
                and pieces[first - 1]
                and not squash(scan[first].text).startswith("关于")
                and "关于" in "".join(squash(q.text) for q in scan[first - 1 : i + 1])
            ):
                first -= 1
            return first, i
        for n in (2, 3):
            group = scan[i : i + n]
            if len(group) == n and all(pieces[i : i + n]):
                joined = "".join(squash(q.text) for q in group)
                if "关于" in joined and is_title(RawPara(joined, group[0].line)):
                    return i, i + n - 1
    return None


def title_piece(text: str) -> bool:
    """A line that can be part of a title wrapped over several lines: short, no sentence stop or colon."""
    s = squash(text)
    return (
        0 < len(s) <= 40
        and not any(c in s for c in "。；;：:")
        and not match_number(s)
        and not is_debris(text)
        and not DOC_NUMBER.match(text)
        and not HEADER.match(text)
    )


def _skip_debris(paras: list[RawPara], i: int) -> int:
    while i < len(paras) and is_debris(paras[i].text):
        i += 1
    return i


def _addressee(paras: list[RawPara], i: int, meta: Meta, blocks: list[Block], after: int | None) -> int:
    """Debris lines from ``i``, then the 主送机关 if the next line is one. Return the body start."""
    after = _skip_debris(paras, i) if after is None else after
    if after < len(paras) and organ_list(paras[after].text) is not None:
        for p in paras[i:after]:
            blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="debris"))
        _set_addressee(paras[after], meta, blocks)
        return after + 1
    return i  # no 主送机关: debris lines are left to the outline, which files them the same way


def _set_addressee(p: RawPara, meta: Meta, blocks: list[Block]) -> None:
    meta.addressee = organ_list(p.text)
    blocks.append(Block("paragraph", p.text, p.line, col=p.col, role="addressee"))
