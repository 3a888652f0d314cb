"""Dates in the running text as GB/T 15835—2011 5.1.4 states them: 年、月、日 in words (2023年5月12日), or,
complete, with hyphens (2023-05-12); a year in four digits (2023年, not 23年); a date without its day never in
the hyphen form (2023年5月, 不写为2023-5). Dots and slashes are no form of the standard (2023.5.12). A day
named in words keeps its 日 (12月19结束 lost it), and a month or day in words takes no leading 0 (2023年05月:
the 0 pads only the all-digit 2023-05-12).

The 成文日期 is ``form``'s date-form; a web page's 发布时间 is set aside by the reader. Found by shape: a year
of this century or the last, a month and day that exist, and no unit after (2023.5万元 is an amount).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..vocab import words
from .relyear import late_key, late_year, warned
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN, around

_DOTTED = Lazy(
    r"(?<![\d.．/\-A-Za-z])((?:19|20)\d\d)\s*([.．/])\s*(1[0-2]|0?[1-9])"
    r"(?:\s*\2\s*(3[01]|[12]\d|0?[1-9]))?(?![\d.．/])"
)
_HYPHENED = Lazy(r"(?<![\d.．/\-A-Za-z])((?:19|20)\d\d)-(1[0-2]|0?[1-9])(?![\d\-])")
_SHORT_YEAR = Lazy(r"(?<![\d.．第近约前后每这该当两几数多上下余超满续时达历])([12]\d)年(?=度|(?:1[0-2]|[1-9])月)")
_PADDED = Lazy(
    r"(?<![\d.．/\-])(?:(\d{4})年)?0([1-9])月(?:0?([1-9]|[12]\d|3[01])日)?|(?<![\d.．/\-])(1[0-2]|[1-9])月0([1-9])日"
)
_AMOUNT = "万亿元千百%％余多个吨米斤亩户人件项次倍份名家岁号期"
_DAYLESS = Lazy(r"(?<![\d.．/])(1[0-2]|[1-9])月(3[01]|[12]\d|[1-9])(?=[\u4e00-\u9fff])")
_NOT_A_DAY = ("日", "号", "时", "点", "至", "到", "起至", "份")  # 5月1日, 3月5至7日: the day is written or goes on
# A date whose 年 or 月 was dropped: the year's digits run into the month's (20256月 for 2025年6月) or the month's
# into the day's (2025730日, 2025年730日). The digits between the year and 日 must part into one month and one
# day only (730 is 7月30日; 111 may be 1月11日 or 11月1日: the unit is said dropped, no form is given).
_RUN_MONTH = Lazy(r"(?<![\d.．/\-A-Za-z])((?:19|20)\d\d)(1[0-2]|0?[1-9])月")
_RUN_DAY = Lazy(r"(?<![\d.．/\-A-Za-z])((?:19|20)\d\d)(年?)(\d{2,4})日(?![内以之])")
# 年来 follows a count of years (三年来, 近年来); after a year itself it is 以来 (2022年以来, not 2022年来), and
# 今年, 本年, 去年 name a year too (今年以来, not 今年来).
_YEAR_SINCE = Lazy(r"(?<![\d.．])((?:19|20)\d\d|(?<![如至当古迄而过])[今本去])年来(?=[，,])")
# A day at a clause's start whose 月 was dropped (111日 for 11月1日 or 1月11日): three or four digits that part into a
# month and a day; a count of days goes on (120日内, 180日后) or stands after a verb, not at a clause's start.
_LOST_MONTH = Lazy(r"(?:^|(?<=[。；;，,：:于]))(\d{3,4})日(?![内以之后前起期的为止])")

TEXT_DATE = Rule(
    "text-date",
    "正文中日期的写法不合规范",
    Scope.PARAGRAPH,
    {
        WARNING: "正文中的日期写作“2023年5月12日”：不用圆点、斜线（“2023.5.12”），年份不简写（“23年”），"
        "不完整的日期不用短横线（“2023-5”），不漏“日”（“12月19结束”），不编虚位（“05月”）"
    },
)


def _dated(text: str) -> bool:
    return any(c in text for c in "年月日.．/-")


# where relative-year warns of a 今年来, writing the year mends both: it is that rule's alone (``late_key``)
@TEXT_DATE.check_paragraphs([r for r in SEEN if r != "closing"], where=_dated, key=late_year, key_at=late_key)
def _dates(text: str, late: object) -> Iterator[Local]:
    for m in _DOTTED.finditer(text):
        if _amount(text, m.end()):
            continue
        right = f"{m[1]}年{int(m[3])}月" + (f"{int(m[4])}日" if m[4] else "")
        yield _local(text, m.start(), m.end(), right, "日期不用圆点或斜线分隔")
    for m in _HYPHENED.finditer(text):
        if _amount(text, m.end()) or text.startswith(("月", "号"), m.end()):
            continue
        right = f"{m[1]}年{int(m[2])}月"
        yield _local(text, m.start(), m.end(), right, "不完整的日期不用短横线")
    for m in _DAYLESS.finditer(text) if "月" in text else ():
        if text.startswith(_NOT_A_DAY, m.end()) or text.startswith(words().measure_words, m.end()):
            continue  # 12月1次, 1—6月15个乡镇: a count after the month
        yield _local(text, m.start(), m.end(), f"{m[1]}月{m[2]}日", "日期的日后漏了“日”")
    padded = list(_PADDED.finditer(text)) if "0" in text else []
    if padded:  # one a paragraph: a writer who pads pads every date, and one replace mends them
        m = padded[0]
        right = f"{m[1] + '年' if m[1] else ''}{m[2]}月{m[3] + '日' if m[3] else ''}" if m[2] else f"{m[4]}月{m[5]}日"
        more = f"（本段共{len(padded)}处）" if len(padded) > 1 else ""
        why = f"月、日不编虚位{more}（补“0”只用于“2023-05-12”这样的全数字写法"
        yield _local(text, m.start(), m.end(), right, why, "；GB/T 9704 的成文日期同样不编虚位")
    for m in _SHORT_YEAR.finditer(text):
        right = f"20{m[1]}年"
        yield _local(text, m.start(), m.end(), right, "年份不简写")
    yield from _run_together(text, warned(text, late) if isinstance(late, tuple) else [])


def _run_together(text: str, relative: list[tuple[int, int]]) -> Iterator[Local]:
    """Dates whose 年 or 月 was dropped, and 年来 after a year."""
    for m in _RUN_MONTH.finditer(text) if "月" in text else ():
        right = f"{m[1]}年{int(m[2])}月"
        yield _local(text, m.start(), m.end(), right, "年份后漏了“年”")
    for m in _RUN_DAY.finditer(text) if "日" in text else ():
        days = _month_days(m[3])
        if not days:
            continue
        lost = "“月”" if m[2] else "“年”“月”"
        if len(days) == 1:
            right = f"{m[1]}年{days[0][0]}月{days[0][1]}日"
            yield _local(text, m.start(), m.end(), right, f"日期漏了{lost}")
        else:
            message = f"请写明是哪月哪日：“{around(text, m.start(), m.end())}”中“{m[0]}”日期漏了{lost}（GB/T 15835）"
            yield TEXT_DATE.local(m.start(), m.end(), WARNING, message)
    for m in _YEAR_SINCE.finditer(text) if "年来" in text else ():
        if any(a < m.end() and m.start() < b for a, b in relative):
            continue  # 今年来 where relative-year warns of it: the year it names mends both
        message = f"改为“{m[1]}年以来”：“{m[0]}”中“年来”前要用年数（三年来、近年来），某一年之后用“以来”"
        yield TEXT_DATE.local(m.start(), m.end(), WARNING, message)
    for m in _LOST_MONTH.finditer(text) if "日" in text else ():
        if days := _month_days(m[1]):
            message = f"请写明是哪月哪日：“{around(text, m.start(), m.end())}”中“{m[0]}”日期漏了“月”（GB/T 15835）"
            if len(days) == 1:
                message = (
                    f"改为“{days[0][0]}月{days[0][1]}日”：“{around(text, m.start(), m.end())}”中“{m[0]}”日期漏了“月”"
                )
            yield TEXT_DATE.local(m.start(), m.end(), WARNING, message)


def _month_days(digits: str) -> list[tuple[int, int]]:
    """The (month, day) pairs ``digits`` parts into: a month 1-12 and a day 1-31, neither with a 0 before it
    but a two-digit one (0730 is 07 and 30)."""
    out = []
    for cut in range(1, len(digits)):
        month, day = digits[:cut], digits[cut:]
        if len(month) > 2 or len(day) > 2 or (len(day) == 2 and day[0] == "0" and len(month) == 1):
            continue
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            out.append((int(month), int(day)))
    return out


def _amount(text: str, at: int) -> bool:
    """Whether a unit follows at ``at``: 2023.5万元, 2015.6公里 (words.toml measure_words) are amounts, not dates;
    2023.5起 is a date (起 counts cases only after a count)."""
    if at >= len(text):
        return False
    return text[at] in _AMOUNT or (text.startswith(words().measure_words, at) and not text.startswith("起", at))


def _local(text: str, start: int, end: int, right: str, why: str, also: str = "") -> Local:
    close = f"{also}）" if also else "（GB/T 15835）"
    message = f"改为“{right}”：“{around(text, start, end)}”中“{text[start:end]}”，正文中{why}{close}"
    return TEXT_DATE.local(start, end, WARNING, message)


__all__ = ["TEXT_DATE"]
