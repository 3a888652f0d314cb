"""A web page's own words around a report copied from a government website, set aside.

A copy taken from a site's article page carries the site's furniture, often run together
with the report on one line: the breadcrumb (当前位置：首页…), the publication line (时间：…
来源：…), the share buttons (微信 微博 QQ空间), 【字体：大 中 小】, 打印本页, 关闭窗口, 附件下载,
扫一扫在手机打开当前页, and on 政府信息公开 pages a table (索 引 号, 主题分类, 发文机关, 成文日期,
标 题, 发文字号, 发布日期, 有 效 性). ``set_aside`` cuts these out of the first and last
paragraphs as debris pieces and keeps what the table says: 发文机关 and 成文日期 are the
report's own, 标题 its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..hanzi import reading, without_pinyin
from ..lazyre import Lazy
from ..text import CN_DIGITS
from .rawpara import RawPara

_S = r"[ \t\u3000\u00a0]*"
_FIELD_NAMES = {
    "索引号": "index",
    "主题分类": "topic",
    "发文机关": "issuer",
    "成文日期": "date",
    "标题": "title",
    "发文字号": "doc_number",
    "发布日期": "published",
    "有效性": "validity",
}
_NAMES = (
    rf"索{_S}引{_S}号|主{_S}题{_S}分{_S}类|发{_S}文{_S}机{_S}关|成{_S}文{_S}日{_S}期|标{_S}题|"
    rf"发{_S}文{_S}字{_S}号|发{_S}布{_S}日{_S}期|有{_S}效{_S}性"
)
# Where a value ends when the page left no space after it: the next field or piece of furniture.
# A report's first heading run on after the page's words ("来源：石桥镇人民政府一、主要举措和成效") ends them too.
_FIRST_HEAD = rf"一、(?![{CN_DIGITS}]{{1,2}}[、，,])|[（(]一[）)]"
_NEXT = rf"(?=\s|$|[|｜]|(?:{_NAMES}){_S}[:：]|(?:信息)?来源[:：]|(?:发布)?时间[:：]|微信|-->|{_FIRST_HEAD})"
# A table in pipe form holds the value in the next cell ("| 发布机构: | 青禾镇人民政府 |")
_CELL = rf"(?:[|｜]{_S})?"
_FIELD = Lazy(
    rf"(?P<name>{_NAMES}){_S}[:：]{_S}{_CELL}"
    rf"(?P<value>(?<=效性：)(?:[有失]效|废止|无)?|(?<=效性:)(?:[有失]效|废止|无)?|[^\s|｜]{{0,80}}?{_NEXT})"
)
# The title field's value may hold spaces: it runs to the next field's name.
_TITLE_FIELD = Lazy(
    rf"标{_S}题{_S}[:：]{_S}(?P<value>.{{2,120}}?)(?=\s*(?:发{_S}文{_S}字{_S}号|发{_S}布{_S}日{_S}期|有{_S}效{_S}性){_S}[:：])"
)
_CRUMB = (
    r"(?:(?:您|你)(?:当前|现在)?(?:所在)?的?|(?:当前|现在)(?:所在)?的?|所在的?)位置[:：]\s*(?:[^\s>›»]+\s*[>›»]\s*)*[^\s>›»]{1,100}?"
    + _NEXT
)
_WORDS = (
    _CRUMB,
    r"(?:发布)?时间[:：]\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?",
    # the page's date with no label, right before the labels that follow it ("2024年05月20日 来源：…")
    r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?=\s*(?:(?:信息|文章)?来源|浏览次数|点击数|点击量|阅读次数|【?\s*字体|字号)\s*[:：])",
    rf"(?:信息)?来源[:：]\s*[^\s]{{1,40}}?{_NEXT}",
    r"(?:浏览次数|点击数|点击率|点击量|阅读次数|访问量)[:：]\s*\d*",
    rf"(?:责任编辑|编辑|作者)[:：]\s*[^\s]{{1,12}}?{_NEXT}",
    # share buttons; not a channel the report names ("街道官网、微信公众号", "微博账号")
    r"(?<![、，,和及与或])(?:微信|微博|QQ空间|QQ|朋友圈|分享到[:：]?)(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈))*"
    r"(?!公众|号|群|小程序|视频|平台|端|账号|矩阵|等|、|和|及|，|,)",
    r"【?\s*字[体号][:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?\s*】?",
    r"【?(?:打印本页|打印此页|关闭窗口|关闭本页|打印|关闭|收藏|返回顶部)】?",
    r"扫一扫在手机打开当前页|扫一扫在手机上打开当前页|扫一扫",
    r"附件下载[:：]?|文件下载|全真版|文字版|相关链接[:：]?|相关文档[:：]?",
    r"-->|<!--",
    # a site's banner: its slogan and address ("秘书之家—全网资源每日更新www.××.com"), the report run on after it
    r"[^\s。，,：:；;“”]{0,24}?(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
)
# …and in a pipe table's cell, up to the cell's end ("| 标题: | 中共青禾县委 青禾县人民政府关于…的报告 |")
_TITLE_CELL = Lazy(rf"标{_S}题{_S}[:：]{_S}[|｜]{_S}(?P<value>[^|｜]{{2,120}}?){_S}(?=[|｜])")
# A breadcrumb's last steps, after which a title run into it begins ("…工作进展情况平潭…局关于…的报告").
_NAV = Lazy(
    r"首页|政务公开|政府信息公开|信息公开|规划信息|工作进展情况|工作动态|通知公告|政策文件|法定主动公开内容"
    r"|其他文件|其他应主动公开的政府信息|计划总结|部门文件|专题专栏|法治政府建设|公开目录|部门动态|[>›»]"
)
_WORD = Lazy("|".join(f"(?:{w})" for w in _WORDS))
# Literal words one of which every piece of furniture holds: a cheap scan before the real ones.
_HINT = Lazy(
    r"位置|时间|来源|次数|点击|访问|编辑|作者|微信|微博|QQ|朋友圈|分享|字体|打印|关闭|收藏|顶部|扫一扫"
    r"|下载|全真版|文字版|相关|-->|<!--|www\.|[号类关期题性][ \t\u3000]*[:：]"
)
HEAD_GAP = 160  # furniture further than this from the last piece is the report, not the page
HEAD_SCAN = 1500
TAIL_SCAN = 300
PAGE_HEAD, PAGE_TAIL = 12, 6  # the first and last paragraphs a page's table and foot are looked for in
_LEFTOVER = Lazy(r"^(?:无|無|暂无|暫無|[-—|｜\s]*)$")  # a table cell's value left behind ("发文字号： 无 … 无", "| ||")


@dataclass
class PageInfo:
    """What a page's 信息公开 table says about the report."""

    issuer: str | None = None
    date: str | None = None
    title: str | None = None
    line: int | None = None  # the source line the table stands on

    @property
    def found(self) -> bool:
        return bool(self.issuer or self.date or self.title)


def set_aside(paras: list[RawPara]) -> tuple[list[RawPara], PageInfo]:
    """Paragraphs with the page's words cut out as ``debris`` pieces, and the table's metadata."""
    info = PageInfo()
    if not paras:
        return paras, info
    out: list[RawPara] = []
    for i, p in enumerate(paras):
        pieces = page_head(p, info) if i < PAGE_HEAD else [p]
        if i >= len(paras) - PAGE_TAIL:
            last = pieces.pop()
            pieces.extend(page_foot(last))
        out.extend(pieces)
    return out, info


def page_head(p: RawPara, info: PageInfo) -> list[RawPara]:
    """Furniture and table cells from the start of a paragraph, until the report begins."""
    text = p.text
    if p.level is not None or p.is_title:
        return [p]
    pos = 0
    cuts: list[tuple[int, int, bool]] = []  # (start, end, debris), in ``text``
    # a traditional-character copy's 發布時間 is 发布时间, a mirror's 發(fā)布 too: matched in ``reading``,
    # whose offsets ``at`` turns into the text's
    window, at = reading(text[:HEAD_SCAN])
    if not _HINT.search(window[: HEAD_GAP + 80]):
        return [p]  # no furniture near the start: the common case, one cheap scan
    while pos < len(window):
        m = _next(window, pos)
        if m is None or (m[0] - pos > HEAD_GAP):
            break
        start, end, kind, (a, b) = m
        if start > pos and window[pos:start].strip():
            cuts.extend(_gap(text, at[pos], at[start]))
        if kind:
            _record(info, kind, without_pinyin(text[at[a] : at[b]]))
            info.line = info.line or p.line
        titled = _title_in_crumb(window, start, end) if not kind else None
        if titled is not None:  # "当前位置：首页…进展情况平潭…局关于…的报告" with no space before the title
            cuts.append((at[start], at[titled], True))
            cuts.append((at[titled], at[end], False))
        elif kind == "title" and _TITLE_CELL.match(window, start):  # "| 标题: | …报告 |": the cell is the title's line
            cuts.append((at[start], at[a], True))
            cuts.append((at[a], at[b], False))
        else:
            cuts.append((at[start], at[end], True))
        pos = end
    if not cuts:
        return [p]
    _column_names(window, at, cuts)
    pieces = [p.cut(a, b, debris=d) for a, b, d in cuts]
    if at[pos] < len(text) and (rest := text[at[pos] :].strip()):
        pieces.append(p.cut(at[pos], len(text), debris=bool(_LEFTOVER.match(rest))))
    if info.title:  # the title as the table states it: the page's heading line is that title
        for q in pieces:
            if not q.debris and _same(q.text, info.title):
                q.is_title = True
    return [q for q in pieces if q.text]


_CRUMB_STEP = Lazy(r"位置\s*[:：].*[>›»]\s*([^>›»]+?)\s*$")
_YEARED = Lazy(r"20\d{2}\s*年")


def _column_names(window: str, at: tuple[int, ...], cuts: list[tuple[int, int, bool]]) -> None:
    """A piece that is the last step of a breadcrumb on its line ("法治政府建设年度报告 您的位置：首页 > … >
    法治政府建设年度报告") is the column's name the page shows as its heading, no title: set aside. A report's
    own title names its year; a column's name none."""
    where = {a: i for i, a in enumerate(at)}
    steps = set()
    for a, b, debris in cuts:
        if debris and a in where and (m := _CRUMB_STEP.search(window[where[a] : where.get(b, len(window))])):
            steps.add(re.sub(r"\s+", "", m.group(1)))
    for k, (a, b, debris) in enumerate(cuts):
        piece = window[where.get(a, 0) : where.get(b, len(window))]
        if not debris and re.sub(r"\s+", "", piece) in steps and not _YEARED.search(piece):
            cuts[k] = (a, b, True)


def _title_in_crumb(text: str, start: int, end: int) -> int | None:
    """Where a title begins that the page ran into its breadcrumb, or None."""
    crumb = text[start:end]
    if "位置" not in crumb[:8]:
        return None
    if "关于" not in crumb:  # "您所在的位置：首页 > 工作动态桃源州人民政府2024年度…报告"
        return _title_after_steps(crumb, start)
    about = crumb.index("关于")
    steps = [m.end() for m in _NAV.finditer(crumb, 0, about)]
    if not steps:
        return None
    from ..text import normalise
    from .head import is_title

    at = steps[-1]
    return start + at if is_title(RawPara(normalise(crumb[at:]), 0)) else None


def _title_after_steps(crumb: str, start: int) -> int | None:
    """Where a title without 关于 begins that the page ran into its breadcrumb's last step, or None."""
    from ..text import normalise
    from .head import is_title
    from .head.page import after_crumb

    rest = after_crumb(crumb)
    step = re.split(r"[>›»]", crumb)[-1].strip()
    if not rest or rest == step or not step.endswith(rest) or re.search(r"20\d{2}\s*年", rest) is None:
        return None  # the last step is a column's name ("> 区政府法治政府建设年度报告"), not a title run into it
    at = crumb.rfind(rest)
    return start + at if at > 0 and is_title(RawPara(normalise(rest), 0)) else None


def _gap(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """What stands between two pieces of furniture: a title, perhaps with a table cell's "无" after it."""
    gap = text[start:end].rstrip()
    m = re.search(r"\s+(无|無|暂无|暫無)$", gap)
    if m is not None and m.start() > 0:
        return [(start, start + m.start(), False), (start + m.start(), end, True)]
    return [(start, end, bool(_LEFTOVER.match(gap.strip())))]


def _next(text: str, pos: int) -> tuple[int, int, str, tuple[int, int]] | None:
    """The next piece of furniture at or after ``pos``: (start, end, table field or "", where its value stands)."""
    best: tuple[int, int, str, tuple[int, int]] | None = None
    t = _TITLE_FIELD.search(text, pos)
    cell = _TITLE_CELL.search(text, pos)
    if cell is not None and (t is None or cell.start() <= t.start()):
        t = cell
    if t is not None:
        best = (t.start(), t.end(), "title", t.span("value"))
    f = _FIELD.search(text, pos)
    if f is not None and (best is None or f.start() < best[0]):
        name = re.sub(r"\s", "", f.group("name"))
        best = (f.start(), f.end(), _FIELD_NAMES[name], f.span("value"))
    w = _WORD.search(text, pos)
    if w is not None and w.end() > w.start() and (best is None or w.start() < best[0]):
        best = (w.start(), w.end(), "", (w.end(), w.end()))
    return best


def _record(info: PageInfo, kind: str, value: str) -> None:
    value = value.strip()
    if not value or _LEFTOVER.match(value):
        return
    if kind == "issuer" and info.issuer is None:
        info.issuer = re.sub(r"\s+", "", value)
    elif kind == "date" and info.date is None:
        info.date = value
    elif kind == "title" and info.title is None:
        info.title = value


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


_TAIL_WORD = Lazy(rf"(?:{_WORD.pattern})\s*$")


def page_foot(p: RawPara) -> list[RawPara]:
    """Furniture at the end of a paragraph (来源：… 附件下载 打印本页 关闭窗口), as debris pieces."""
    if p.level is not None or p.debris:
        return [p]
    text = p.text
    # a traditional-character copy's 附件下載, 來源 are matched in ``reading``; ``at`` turns its offsets into the text's
    view, at = reading(text)
    end = len(view.rstrip())
    related = _related(view, end)
    if related is None and not _HINT.search(view, max(0, end - TAIL_SCAN)):
        return [p]
    cuts: list[tuple[int, int]] = []
    if related is not None:  # 相关链接：其他页面的标题……: the page's list of other pages, to the end
        cuts.append((related, end))
        end = len(view[:related].rstrip())
    floor = max(0, end - TAIL_SCAN)
    while end > floor:
        m = _TAIL_WORD.search(view, floor, end)
        if m is None or m.start() == m.end():
            break
        # only a whole word: what precedes it ends a sentence, a word, or the paragraph's start
        if m.start() > 0 and not view[m.start() - 1].isspace() and view[m.start() - 1] not in "。！？”）)】日":
            break
        cuts.append((m.start(), end))
        end = len(view[: m.start()].rstrip())
    if not cuts:
        return [p]
    pieces = [p.cut(0, at[end])] if view[:end].strip() else []
    pieces.extend(p.cut(at[a], at[b], debris=True) for a, b in reversed(cuts))
    return pieces


_RELATED = Lazy(r"(?:相关(?:链接|阅读|文章|新闻|文档|推荐|稿件|信息)|延伸阅读|推荐阅读)\s*[:：]")
RELATED_SCAN = 800  # a page's list of other pages' titles after the report


def _related(text: str, end: int) -> int | None:
    """Where a page's list of related pages (相关链接：西岭县2024年法治政府建设工作要点 ……) starts in the last
    ``RELATED_SCAN`` characters of ``text``, after a sentence's or the signature's end: the other pages' titles
    are no words of the report (a "2024年工作计划" there is no plan)."""
    for m in _RELATED.finditer(text, max(0, end - RELATED_SCAN), end):
        if m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "。！？”）)】日":
            return m.start()
    return None


def to_date(value: str) -> str | None:
    """The table's 成文日期 ("2023-04-13") written as a 成文日期 is (2023年4月13日)."""
    m = re.match(r"^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$", value.strip())
    if m is None:
        return None
    return f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日"
