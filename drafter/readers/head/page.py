"""Step 1 of the head: the page's own words, set aside before the title is looked for.

A report copied from a website or a page archive carries the page's words around its title:
the date line of the site's banner (今天是：…星期三 农历…, or the site's name and today's date
"××区人民政府 2019年12月3日星期二"), its toolbar (无障碍 简体|繁体), breadcrumbs (您所在的位置：首页 >…,
首页/ 专题专栏 / … / 正文), a column's name, the site's name, metadata as bullet lists
(• 索引号 • 法制 • 发布机构 • 日期), as 索引号 tables in pipe form (| 索引号: | … | 发布机构: | … |),
as bracketed labels (- [ 发布机构 ] …) or as a label alone on its line with its value on the next
(来源： / 万古镇人民政府). ``is_debris`` tells the furniture that may stand anywhere in a report;
``is_page_word`` the forms that are page words only before the body begins.

What the page says about who posted the report — 来源, 文章来源, 发布机构, 发文机关 — is kept
(``PageFacts``): the publisher (often the 司法局 posting the government's report) is used as the
issuing unit only where nothing else names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...debris import DEBRIS, PAGE_NUMBER, WEB_META, is_debris
from ...hanzi import read_as, reading, simplified, without_pinyin
from ...lazyre import Lazy, compile
from ...organs import HEADER
from ...text import CJK, squash
from ...vocab import alternation, words
from ..rawpara import RawPara

DOC_NUMBER = Lazy(
    rf"^[{CJK}]{{1,10}}\s*[〔\[【（(［]\s*\d{{2,4}}\s*[〕\]】）)］]\s*第?\s*\d+\s*[号號]$"
)  # 號: a traditional copy

_LABELS = (
    r"索\s*引\s*号|发\s*文\s*字\s*号|文\s*号|文件编号|发布机构|发文机关|发文单位|主题分类|组配分类|体裁分类|分类|"
    r"成文日期|发布日期|发布时间|更新时间|公开方式|有\s*效\s*性|名\s*称|标\s*题|来源|文章来源|信息来源|作者|"
    r"日期|时间|浏览次数|访问次数|阅读次数|阅读人次|点击数|点击率|点击量|浏览|字号|责任编辑|编辑"
)
_PAGE = Lazy(
    r"^今天是"  # the banner's date line
    r"|星期[一二三四五六日天]|无障碍|简\s*体\s*[|｜/]?\s*繁\s*体"  # a banner's "…人民政府 2019年12月3日星期二", its toolbar
    r"|^(?:您|你)?(?:当前|现在)?(?:所在)?的?位置[:：]"  # 您所在的位置： 您当前的位置：
    r"|^(?:网站)?首页\s*[/／>›»]|[/／]\s*正文$|(?:\s[/／]\s.*){2}"  # 首页/ 专题专栏 / … / 正文
    r"|^网站首页|^首页(?:\s|$)|[>›»].{0,60}[>›»]|^.{1,30}[>›»]\s*\S"  # breadcrumbs and the site's menu
    r"|^[•·▪◆●■\-*]\s*(?:$|\[|.{0,40}$)"  # a bullet list's item, or a bullet alone
    r"|^\[\s*[^\]]{1,8}\s*\]"  # [ 索引号 ] …
    r"|\|.*\|"  # a table row in pipe form
    rf"|^【?(?:{_LABELS})\s*[:：]?\s*】?$"  # a label alone: its value is on the next line
    rf"|^(?:{_LABELS})\s*[:：]"  # a label and its value
    r"|^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"  # a date alone
    r"|^[大中小](?:\s+[大中小]){0,2}$|^【?\s*字体|^【?打印|^分享"
)
# A site's name or address: a page's line, not a sentence that names the site ("在县政府门户网站公开发布了…。")
_SITE = Lazy(r"门户网站|网站\s|www\.|https?://|\.gov\.cn")


@lru_cache(maxsize=4096)
def is_page_word(text: str) -> bool:
    """A line of the page's own words as it stands before a report's body (never the title)."""
    s = text.strip()
    if not s:
        return False
    if is_debris(s) or news_unit(s) is not None:
        return True
    if len(s) > 200:
        return False
    view = read_as(s)
    return _PAGE.search(view) is not None or ("。" not in s and _SITE.search(view) is not None)


NEWS_MAX = 60  # characters of a news headline


@lru_cache(maxsize=1)
def _headline() -> re.Pattern[str]:
    """A news article's headline on the report: a unit, a news verb (``news_verbs`` of words.toml [head]), the
    report's name ("应急管理部发布2022年度法治政府建设年度报告", "青禾县晒出2023年法治政府建设成绩单")."""
    head = words().head
    if not head.news_verbs:
        return compile("(?!)")
    levels = "".join(w for group in head.levels for w in group.split() if len(w) == 1)
    ends = alternation(head.issuer_ends)
    return compile(
        rf"^((?:(?!的|了|和|与|关于)[{CJK}]){{2,24}}?(?:{ends}|[{levels}]))(?:正式|日前|近日|今日)?"
        rf"{alternation(head.news_verbs)}(?!时间|日期|机构)[^。，,；;：:]{{0,40}}?(?:20\d{{2}}|年度)[^。，,；;：:]{{0,30}}(?:报告|情况|成绩单)"
    )


@lru_cache(maxsize=1)
def _news_lead() -> re.Pattern[str]:
    """A news article's lead naming its source: a dateline ("新华网北京3月20日电", "本网讯"), then "据××部官方
    微信公众号消息" (``news_sources`` of words.toml [head])."""
    head = words().head
    if not head.news_sources:
        return compile("(?!)")
    ends = alternation(head.issuer_ends)
    return compile(
        rf"^(?:[^。，,；;]{{0,24}}(?:电|讯)[）)]?\s*(?:[（(][^（）()]{{0,12}}[）)])?\s*)?据((?:(?!的|了|和|与)[{CJK}]){{2,24}}?{ends})"
        rf"{alternation(head.news_sources)}(?:发布的?)?消息[，,]\s*"
    )


def news_lead_unit(text: str) -> str | None:
    """The unit a news lead on the report gives as its source, when the news goes on about it ("据应急管理部官方
    微信公众号消息，该部发布…", "据水利部官网消息，水利部日前公布…"; not "据××司法局公众号消息，我县发布…"), as
    written; or None."""
    view, at = reading(text[: NEWS_MAX * 2])
    lead = len(view) - len(view.lstrip())
    m = _news_lead().match(view[lead:])
    if m is None:
        return None
    name, after = m.group(1), view[lead + m.end() :]
    if not (after.startswith(name) or after.startswith("该" + name[-1])):
        return None
    return without_pinyin(text[at[lead + m.start(1)] : at[lead + m.end(1)]])


def news_unit(text: str) -> str | None:
    """The unit a news headline on the report names as the one who released it, as written; or None."""
    s = squash(text)
    if len(s) > NEWS_MAX or any(c in s for c in "。；;"):
        return None
    view, at = reading(s)
    m = _headline().match(view)
    return None if m is None else without_pinyin(s[at[m.start(1)] : at[m.end(1)]])


_FIELD_LINE = Lazy(
    r"^\[\s*[^\]]{1,8}\s*\]"  # [ 索引号 ] …
    r"|^[|｜].*[|｜]"  # a table row in pipe form
    rf"|^(?:[•·▪◆●■\-*]\s*)?【?(?:{_LABELS})\s*】?\s*[:：]"  # a label and its value ("- 发布机构: …")
)


@lru_cache(maxsize=4096)
def is_field_line(text: str) -> bool:
    """A line of a page's metadata table (索引号, 发布机构, 成文日期 …): a line of its own, never a
    wrapped sentence's piece, so never joined to the line before or after it."""
    return _FIELD_LINE.search(read_as(text.strip())) is not None


_CRUMB_END = Lazy(r"^.*[>›»]")
# A breadcrumb whose marks the copy lost: 首页 and its steps apart by spaces or dashes ("首页 政务公开 法治政府建设 …")
_SPACE_CRUMB = Lazy(r"^(?:您?(?:当前|所在)的?位置\s*[:：]\s*)?(?:网站)?首页")
_STEP = Lazy(r"\s*[-－/／]\s*|\s+")


@lru_cache(maxsize=1)
def _kept_step() -> re.Pattern[str]:
    """A breadcrumb's step that is no menu's: the title's words (报告) or a unit's name (…局, …镇)."""
    head = words().head
    return compile(rf"{alternation(head.crumb_kept)}|{alternation(head.crumb_unit_ends)}$")


def after_crumb(text: str) -> str:
    """What follows a breadcrumb the page ran a title into ("首页>工作动态××县…", "首页 政务公开 ××县…"),
    or ``text``: after its last step, without the menu's words, and from a glued 中共 ("…示范创建中共××县委")."""
    rest = _CRUMB_END.sub("", text)
    if rest == text and (rest := _after_spaced_crumb(text)) == text:
        return text
    rest = without_nav(rest)
    if (at := rest.find("中共", 1)) > 0 and " " not in rest[:at]:
        rest = rest[at:]
    return rest


@lru_cache(maxsize=1)
def _nav_word() -> re.Pattern[str]:
    """A menu's or a column's word at the start (``nav_words`` of words.toml [head])."""
    return compile(rf"^\s*{alternation(words().head.nav_words)}" if words().head.nav_words else "(?!)")


_TAG = Lazy(r"^\s*[【［\[][^】］\]\d]{1,20}[】］\]]\s*")  # a column's tag before a title: 【法治政府建设年度报告】
# the site's name a page's heading ends with after the title: "…情况的报告-青禾县人民政府网", "…报告_青禾县人民政府"
_SITE_AFTER = Lazy(r"(?<=[告况结报点划排算])\s*[-_—｜|]+\s*[^\s\-_—｜|]{2,24}?(?:网|网站|政府|信息公开)$")


def bare_title(text: str) -> str:
    """A title without a column's tag before it and the site's name after it."""
    return _SITE_AFTER.sub("", _TAG.sub("", text, count=1))


def without_nav(text: str) -> str:
    """``text`` without the menu's words it starts with ("政务公开青禾县人民政府" → 青禾县人民政府), or a column's tag
    ("【法治政府建设年度报告】青禾县人民政府")."""
    text = _TAG.sub("", text, count=1)
    while (m := _nav_word().match(text)) is not None and m.end() > 0:
        text = text[m.end() :]
    return text.strip()


def _after_spaced_crumb(text: str) -> str:
    """A breadcrumb without its marks: from the first step that names a unit or a report, or ``text``."""
    m = _SPACE_CRUMB.match(text)
    if m is None:
        return text
    steps = [s for s in _STEP.split(text[m.end() :]) if s]
    if len(steps) == 1:  # its spaces squashed: the menu's words it starts with
        return without_nav(steps[0]) or text
    while steps and (_nav_word().match(steps[0]) or not _kept_step().search(steps[0])):
        steps.pop(0)
    return " ".join(steps) if steps else text


# ------------------------------------------------ what the page says about who posted it

_ISSUER = Lazy(r"(?:发布机构|发文机关|发文单位)\s*[\]】]?\s*[:：|]?\s*\|?\s*([^\s|:：\]]{2,30})")
_SOURCE = Lazy(r"(?:文章来源|信息来源|来源)\s*[:：]\s*([^\s|:：]{2,30})")
_LABEL_ALONE = Lazy(r"^(?:发布机构|发文机关|发文单位|来源|文章来源|信息来源)\s*[:：]?$")
# The page's dates: 成文日期 first (when the report was signed), else when it was posted
_WRITTEN = Lazy(r"成文日期\s*[\]】]?\s*[:：|]?\s*\|?\s*(20\d{2}\s*[-./年]\s*\d{1,2})")
_POSTED = Lazy(
    r"(?:发布日期|发布时间|公开日期|生成日期|^时间|^日期)\s*[\]】]?\s*[:：|]?\s*\|?\s*(20\d{2}\s*[-./年]\s*\d{1,2})"
)


@lru_cache(maxsize=1)
def _crumb_unit() -> re.Pattern[str]:
    """A breadcrumb's last step, the column of a unit's own: its name alone, the name as written."""
    return compile(rf"[>›»]\s*([{CJK}]{{2,24}}?{alternation(words().head.crumb_units)})\s*$")


_NOT_A_UNIT = Lazy(r"^(?:本网|本站|无|暂无|原创|网络)$|\d")


@dataclass
class PageFacts:
    """Who the page says posted the report: its 发布机构/发文机关 (issuer) and its 来源 (source)."""

    issuer: str | None = None
    source: str | None = None
    crumb: str | None = None  # a breadcrumb's last step naming a unit ("首页 > 政务公开 > 青禾镇人民政府")
    written: str | None = None  # 成文日期, its year and month ("2024-02")
    posted: str | None = None  # 发布日期 / 发布时间

    @property
    def publisher(self) -> str | None:
        return self.issuer or self.source or self.crumb


def page_facts(paras: list[RawPara]) -> PageFacts:
    """The page's 发布机构 / 来源 among ``paras`` (the page's words of the head)."""
    facts = PageFacts()
    for i, p in enumerate(paras):
        s = p.text.strip()
        v = simplified(s)  # a traditional page's 發布時間, 來源 (same length: a value is cut from ``s``)
        if _LABEL_ALONE.match(v) and i + 1 < len(paras):  # 来源： / 万古镇人民政府
            value = squash(paras[i + 1].text)
            if "发布" in v or "发文" in v:
                facts.issuer = facts.issuer or _value(value)
            else:
                facts.source = facts.source or _value(value)
            continue
        said = read_as(s)  # a mirror's 發(fā)布時間: its dates read without the pinyin
        if (m := _WRITTEN.search(said)) is not None:
            facts.written = facts.written or m.group(1)
        if (m := _POSTED.search(said)) is not None:
            facts.posted = facts.posted or m.group(1)
        if (m := _ISSUER.search(v)) is not None:
            facts.issuer = facts.issuer or _value(s[m.start(1) : m.end(1)])
        if (m := _SOURCE.search(v)) is not None:
            facts.source = facts.source or _value(s[m.start(1) : m.end(1)])
        if (m := _crumb_unit().search(read_as(s))) is not None:
            facts.crumb = facts.crumb or _value(s[m.start(1) : m.end(1)])
        if (unit := news_unit(s)) is not None:  # "应急管理部发布2022年度…报告": the unit that released it
            facts.issuer = facts.issuer or unit
    return facts


def _value(text: str) -> str | None:
    text = text.strip("|[]【】 ")
    return None if not text or _NOT_A_UNIT.search(simplified(text)) or len(text) < 2 else text


__all__ = [
    "DEBRIS",
    "DOC_NUMBER",
    "HEADER",
    "PAGE_NUMBER",
    "WEB_META",
    "PageFacts",
    "after_crumb",
    "bare_title",
    "is_debris",
    "is_field_line",
    "is_page_word",
    "news_lead_unit",
    "news_unit",
    "page_facts",
    "without_nav",
]
