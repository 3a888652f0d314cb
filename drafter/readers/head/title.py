"""Step 2 of the head: the title block.

A title is one line, or one wrapped over two or three short lines split anywhere — mid-word
("××州人民政府2024年度法治政府" / "建设情况报告"), with the unit on its own line above
("××县人民政府" / "关于2025年度…的报告"), joint issuers one a line ("中共××镇委员会" /
"××镇人民政府" / "关于…"). A page archive often repeats it (the page's heading, then the
report's), whole or in its two-line form: the repeats are set aside with the page's words.
Lines are matched in simplified characters (``hanzi``), so a traditional-character copy's
title is found too, and kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import dates
from ...hanzi import read_as, simplified
from ...lazyre import Lazy
from ...organs import is_unit_line
from ...text import match_number, squash
from ..rawpara import RawPara
from .page import DOC_NUMBER, HEADER, after_crumb, is_debris, is_page_word

# A title may end with its year in brackets, or with its own 发文字号 ("…工作报告（××字〔2025〕79号）").
_NUMBERED = r"[（(][^（）()]{1,20}[〔\[【［]\s*20\d{2}\s*[〕\]】］]\s*第?\s*\d{1,4}\s*号[）)]"
# …情况暨(及、和)2024年工作要点; its year in brackets at its end, 年 or not ("（2023年度）", "（2023）"); a 汇报 that
# names its year ("青禾县司法局2023年度法治建设工作情况汇报")
TITLE = Lazy(
    rf"(法治政府|依法行政|法治建设|法治).{{0,40}}(报告|情况|总结)(?:[暨及和与].{{0,20}}(?:要点|计划|安排|打算|思路))?"
    rf"(?:[（(]20\d{{2}}(?:年度?)?[）)]|{_NUMBERED})?(?:[（(](?:草案|送审稿|征求意见稿|讨论稿|初稿)[）)])?$"
    r"|关于.{0,60}(法治|依法行政).{0,30}(报告|情况|总结)"
    r"|20\d{2}.{0,30}(法治|依法行政).{0,30}情况的?汇报$"
)
MAX_TITLE_SCAN = 25
TITLE_MAX = 80
REPEAT_SCAN = 8  # lines after the title a repeat of it (and page words between) is looked for in
# How a title's first line begins: 关于, a year, 中共, or a unit's or place's name.
_START = Lazy(
    r"^(?:关于|[（(]?20\d{2}|中共|.{1,30}?(?:人民政府|政府|办事处|管委会|委员会|街道|[省市州盟县区旗乡镇局厅委办]|中心|苏木))"
)
_DATE_LINE = Lazy(rf"^[（(]?(?:{dates.ARABIC}|{dates.CHINESE})[）)]?$")  # a letter's or a page's date
# a cover letter's words, never a title's; 报送/呈报 a letter's where a 《…》 follows or it is no 关于…的报告
# ("关于呈报2023年法治建设情况的报告" is the report itself, as 关于上报……的报告 is)
_LETTER = Lazy(r"如下|现将|(?<!关于)(?:报送|呈报)|(?:报送|呈报)(?=[^《》]{0,8}《)|特此|请审阅|请予|的函$")


_OWN_NUMBER = Lazy(rf"\s*{_NUMBERED}$")


def own_number(title: str) -> tuple[str, str | None]:
    """A title without the 发文字号 it carries at its end in brackets, and that 文号 (or None)."""
    m = _OWN_NUMBER.search(simplified(title))
    if m is None or m.start() == 0:
        return title, None
    return title[: m.start()], title[m.start() : m.end()].strip()[1:-1].strip()


_NUMBER_LINE = Lazy(rf"^{_NUMBERED}$")


def own_number_line(text: str) -> bool:
    """A line that is a 发文字号 alone, as a report puts it under its title, in brackets or not ("（青政文〔2025〕3号）",
    "青政文〔2025〕3号": a page shows the number so between the title and the 主送机关)."""
    view = read_as(squash(text))
    return _NUMBER_LINE.match(view) is not None or DOC_NUMBER.match(view) is not None


def is_title(p: RawPara) -> bool:
    """A line that is a report's title: short, no sentence stop, not numbered, not the page's words."""
    s = squash(p.text)
    if len(s) > TITLE_MAX or any(c in s for c in "。；") or s.endswith(("：", ":")):
        return False
    view = read_as(s)
    crumb = not p.is_title and is_page_word(p.text) and not _crumb_then_title(read_as(p.text.strip()))
    if _LETTER.search(view) or crumb:
        return False
    return bool(TITLE.search(view)) and not match_number(s)


def _crumb_then_title(view: str) -> bool:
    """A breadcrumb the page ran its title into ("首页 > 专题专栏 > …中共××县委 ××县人民政府关于…的报告")."""
    rest = after_crumb(view)
    return rest != view and bool(TITLE.search(rest)) and re.search(r"关于|20\d{2}\s*年", rest) is not None


def title_piece(text: str) -> bool:
    """A line that can be part of a title wrapped over several lines: short, no sentence stop or colon."""
    s = squash(text)
    return (
        0 < len(s) <= 40
        and not any(c in s for c in "。；;：:")
        and not match_number(s)
        and not _DATE_LINE.match(s)
        and not is_debris(text)
        and not is_page_word(text)
        and not DOC_NUMBER.match(text)
        and not HEADER.match(text)
    )


@dataclass
class TitleBlock:
    """Where the title stands: its lines ``first``..``last``, and ``end``, the first line after
    it and its repeats (the lines between are repeats or the page's words)."""

    first: int
    last: int
    end: int


def find_title(paras: list[RawPara], apart: frozenset[int] = frozenset()) -> TitleBlock | None:
    """The title block among the first ``MAX_TITLE_SCAN`` lines, or None. ``apart``: the source lines of the
    page's words set aside (a breadcrumb): a title's lines never stand on both sides of one (a site's banner
    "中国政府网 ××省政府…" above a breadcrumb is no first line of the title below it)."""
    scan = paras[:MAX_TITLE_SCAN]
    pieces = [title_piece(q.text) for q in scan]  # each line judged once, not once per group
    for i, p in enumerate(scan):
        if p.is_title or is_title(p):
            first = _extend_up(scan, pieces, i, apart)
            last = i + 1 if _genre_below(scan, i) else i
            return TitleBlock(first, last, _after_repeats(paras, first, last))
        if not pieces[i] or not _START.match(simplified(squash(p.text))):
            continue
        for n in (2, 3):
            group = scan[i : i + n]
            if (
                len(group) == n
                and all(pieces[i : i + n])
                and not _banner_above(group[0], group[-1])
                and not any(group[0].line < a < group[-1].line for a in apart)
            ):
                joined = "".join(squash(q.text) for q in group)
                if is_title(RawPara(joined, group[0].line)):
                    return TitleBlock(i, i + n - 1, _after_repeats(paras, i, i + n - 1))
    return None


def _extend_up(scan: list[RawPara], pieces: list[bool], i: int, apart: frozenset[int]) -> int:
    """The first line of a title whose last line is ``i``: a line above joins it when the two
    read as one title wrapped ("××县人民政府关于2024年度" / "法治政府建设情况的报告")."""
    first = i
    while first > 0 and i - first < 2 and pieces[first - 1]:
        if any(scan[first - 1].line < a < scan[first].line for a in apart):
            break
        here = simplified(squash(scan[first].text))
        above = simplified(squash(scan[first - 1].text))
        if not _START.match(above):
            break
        wrapped = "关于" in above + here and not here.startswith("关于")
        unit_above = here.startswith(("关于", "20")) and is_unit_line(scan[first - 1].text)
        if not (wrapped or unit_above) or _starts_whole(here):
            break
        first -= 1
    return first


_GENRE_LINE = Lazy(r"^(?:工作)?(?:情况)?的?(?:报告|汇报)$")


def _genre_below(scan: list[RawPara], i: int) -> bool:
    """Whether the line under a title ending in ……情况 is its genre wrapped onto a line of its own
    ("……法治政府建设工作情况" / "的报告"): one title, not a title without its 文种 and a body line."""
    if i + 1 >= len(scan) or not simplified(squash(scan[i].text)).endswith("情况"):
        return False
    return _GENRE_LINE.match(simplified(squash(scan[i + 1].text))) is not None


def _banner_above(above: RawPara, p: RawPara) -> bool:
    """A site's banner naming the unit above a title that names it itself ("重庆市合川区区司法局" /
    "区司法局2023年…报告"): not the title's first line, as a joint issuer's would be ("中共××县委")."""
    m = _WHOLE.match(simplified(squash(p.text)))
    if m is None or not is_title(p):
        return False
    name, top = m.group(1), simplified(squash(above.text))
    return top.endswith(name) or name.endswith(top)


_WHOLE = Lazy(r"^(.{2,30}?(?:人民政府|局|厅|委|办|办事处|街道|乡|镇))(?:关于|20\d{2})")


def _starts_whole(line: str) -> bool:
    """A line that begins a title by itself: its unit, then 关于 or the year."""
    return _WHOLE.match(line) is not None


def _after_repeats(paras: list[RawPara], first: int, last: int) -> int:
    """The line after the title's repeats and the page's words around them."""
    title = squash("".join(p.text for p in paras[first : last + 1]))
    j = end = last + 1
    limit = min(len(paras), last + 1 + REPEAT_SCAN)
    while j < limit:
        if is_page_word(paras[j].text):
            j += 1
            continue
        n = _repeat_length(paras, j, title)
        if n == 0:
            break
        j = end = j + n
    return end if end > last + 1 else last + 1


def _repeat_length(paras: list[RawPara], j: int, title: str) -> int:
    """How many lines from ``j`` repeat the title (or its end, as its two-line form does)."""
    joined = ""
    for n in range(1, 4):
        if j + n > len(paras):
            break
        joined += squash(paras[j + n - 1].text)
        if len(joined) > len(title):
            break
        if joined == title or (len(joined) >= 8 and title.endswith(joined) and is_title(RawPara(joined, 0))):
            return n
        if joined not in title:
            break
    return 0


__all__ = [
    "MAX_TITLE_SCAN",
    "TITLE",
    "TitleBlock",
    "find_title",
    "is_title",
    "is_unit_line",
    "own_number",
    "own_number_line",
    "title_piece",
]
