"""A page's furniture that may stand anywhere in a report: a page number, a web page's 时间/来源
line, its 打印/关闭 buttons, a breadcrumb. Layer 0: the head's and the tail's readers set such lines
aside, and a unit's line (``organs.is_unit_line``) is never one.
"""

from __future__ import annotations

from functools import lru_cache

from .hanzi import read_as
from .lazyre import Lazy

PAGE_NUMBER = Lazy(r"^[-—－–\s]*\d{1,3}[-—－–\s]*$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
DEBRIS = Lazy(r"^(时间|来源|发布时间|发布日期|浏览次数|字号|【?打印】?|首页|当前位置|分享到|作者)[:：\s]|^首页|[>›»]")
WEB_META = Lazy(
    r"^(?:发布)?(?:时间|日期)[:：]\s*\d{4}[-./年]|^(?:来源|信息来源|浏览次数|点击数|点击率|点击量|阅读次数|责任编辑|编辑)[:：]"
    r"|^【?(?:打印|关闭|字号|大|中|小|关闭窗口|打印本页|收藏)】?(?:\s*【?(?:打印|关闭|字号|大|中|小|关闭窗口|打印本页|收藏)】?)*$"
    r"|^分享到"
)

# A page's label line with a half-width colon (浏览量:1 · 发表日期: · 字体:[ · 您现在所在的位置 :): the site's words, not the
# writer's (halfwidth-punctuation reads past it)
PAGE_LABEL = Lazy(
    r"^\s*[\u4e00-\u9fff]{0,6}(?:浏览|点击|阅读|日期|时间|来源|作者|字体|字号|位置|编辑|发布|分享|索引|文号|分类)"
    r"[\u4e00-\u9fff]{0,3}\s*:[^，。、；,;]{0,20}$"
)


# A web page's button left open where a copy ran its furniture into the text (发布时间：2026-02-09【字号• 所属类目):
# its 【 opens the site's 字号/打印 widget, never the writer's bracket
WIDGET_OPEN = Lazy(r"【(?=\s*(?:字号|打印|关闭|收藏|分享|视力保护|繁体|简体))")


@lru_cache(maxsize=16384)
def is_debris(text: str) -> bool:
    """A page number or a line of a web page's furniture (navigation, 时间/来源, 打印/关闭)."""
    view = read_as(text)
    return bool(PAGE_NUMBER.match(view) or (DEBRIS.match(view) and len(view) < 60) or WEB_META.match(view))


__all__ = ["DEBRIS", "PAGE_LABEL", "PAGE_NUMBER", "WEB_META", "WIDGET_OPEN", "is_debris"]
