"""Dates a calendar has, written with each unit once: a month from 1 to 12, a day no later than its month's last
(2月30日, 4月31日 and 2023年13月 are none), and 年 or 月 written once before the next part of the date
(2023年年5月, 5月月10日 typed it twice). A date is found by its units (GB/T 15835—2011 5.1.4: 2023年5月12日); a
year whose February the text leaves unsaid may have its 29th. The 成文日期 is ``form``'s date-form.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..dates import days_in_month
from ..lazyre import Lazy
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN

# a month and day in digits, with the year before them where it is written (2023年2月30日, 4月31日)
_MONTH_DAY = Lazy(r"(?<![\d.．/\-])(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a year and a month (2023年13月): a month alone may be a count of months (连续13月), never after its year
_YEAR_MONTH = Lazy(r"(?<![\d.．/\-])((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
# 年 or 月 typed twice before the next part of the date (2023年年5月, 5月月10日); 2023年年底 is a word
_TWICE = Lazy(r"(?<![\d.．/\-])(?:((?:19|20)\d\d)年年(?=\s*\d{1,2}\s*月)|(1[0-2]|0?[1-9])月月(?=\s*\d{1,2}\s*日))")
LEAP = 2024  # a date whose year is unsaid may be in a leap year: its 2月29日 exists

IMPOSSIBLE_DATE = Rule(
    "impossible-date",
    "日期不存在或单位重复",
    Scope.PARAGRAPH,
    {
        WARNING: "正文中的日期不存在（“2月30日”“4月31日”“2023年13月”），或“年”“月”写了两遍（“2023年年5月”）；请核对",
    },
)


@IMPOSSIBLE_DATE.check_paragraphs([r for r in SEEN if r != "closing"], where=lambda t: "月" in t)
def _dates(text: str, _: object) -> Iterator[Local]:
    for m in _MONTH_DAY.finditer(text):
        year, month, day = int(m[1] or LEAP), int(m[2]), int(m[3])
        if not 1 <= month <= 12:
            yield _local(text, m.start(), m.end(), f"没有{month}月")
        elif not 1 <= day <= days_in_month(year, month):
            last = days_in_month(year, month)
            whose = f"{m[1]}年{month}月" if m[1] else f"{month}月"
            yield _local(text, m.start(), m.end(), f"{whose}只有{last}天")
    for m in _YEAR_MONTH.finditer(text):
        if not 1 <= int(m[2]) <= 12:
            yield _local(text, m.start(), m.end(), f"没有{int(m[2])}月")
    for m in _TWICE.finditer(text):
        unit, right = ("年", f"{m[1]}年") if m[1] else ("月", f"{m[2]}月")
        message = f"改为“{right}”：日期“{m[0]}”中“{unit}”写了两遍"
        yield IMPOSSIBLE_DATE.local(m.start(), m.end(), WARNING, message)


def _local(text: str, start: int, end: int, why: str) -> Local:
    message = f"请核对日期“{text[start:end]}”：{why}"
    return IMPOSSIBLE_DATE.local(start, end, WARNING, message)


__all__ = ["IMPOSSIBLE_DATE"]
