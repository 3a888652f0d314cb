"""Dates as reports write them: 2024年3月5日, 2024年03月05日, 二〇二四年三月五日.

One small helper shared by the readers (which keep a date as written) and the checks
(``date-form``, ``late-report``, ``stale-year``), so that a date in Chinese numerals means
the same thing everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lazyre import Lazy
from .needle import absent
from .text import CN_DIGITS

_CN_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_YEAR = "〇○零ＯO一二三四五六七八九"

ARABIC = r"(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
CHINESE = rf"(?P<cy>[{_CN_YEAR}]{{2,4}})\s*年\s*(?P<cm>[{CN_DIGITS}]{{1,2}})\s*月\s*(?P<cd>[{CN_DIGITS}]{{1,3}})\s*日"
# "2024.3.5": not a form GB/T 9704 allows, but seen on signed reports; date-form says how to write it.
# Only with dots: "2024-03-05" on its own line is a web page's publication date as often as not.
DOTTED = r"(?P<dy>\d{4})\s*[.．]\s*(?P<dm>\d{1,2})\s*[.．]\s*(?P<dd>\d{1,2})(?![\d.．])"
_ANY = Lazy(rf"{ARABIC}|{CHINESE}|{DOTTED}")
_WHOLE = Lazy(rf"^(?:{ARABIC}|{CHINESE}|{DOTTED})$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_WIDE_DIGIT = Lazy("[０-９]")


_PADDED = Lazy(r"(?<!\d)0\d\s*[月日]")  # a month or day with a leading zero
_CN_YEAR_RUN = Lazy(rf"二[{_CN_YEAR}]{{3}}(?=\s*年)")  # 二〇二三年, 二○二三年: a year of 20xx


def western_years(text: str) -> str:
    """``text`` with its years in Arabic digits, of the same length (offsets keep): full-width
    digits as ASCII ("２０２３年" → "2023年"), a year in Chinese numerals too ("二〇二三年" → "2023年")."""
    if _WIDE_DIGIT.search(text) is not None:  # most texts have none: a look for them is cheaper than a translate
        text = text.translate(_FULLWIDTH)
    if "二" not in text:
        return text
    return _CN_YEAR_RUN.sub(lambda m: "".join(str(_CN_DIGIT[c]) for c in m.group(0)), text)


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` (the Gregorian calendar's leap years), without importing
    ``calendar`` (and its ``locale``) on every cold start."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True)
class WrittenDate:
    """A date found in text: its value, how it was written and where."""

    year: int  # a two-digit year is read as 20xx
    month: int
    day: int
    text: str  # as written
    start: int
    end: int
    chinese: bool  # written in Chinese numerals
    year_digits: int  # how many digits the year was written with
    dotted: bool = False  # written 2024.3.5, without 年月日

    @property
    def arabic(self) -> str:
        """The standard form GB/T 9704 asks for: full year, no zero padding."""
        return f"{self.year}年{self.month}月{self.day}日"

    @property
    def exists(self) -> bool:
        return 1 <= self.month <= 12 and 1 <= self.day <= days_in_month(self.year, self.month)

    @property
    def padded(self) -> bool:
        """Month or day written with a leading zero (03月05日)."""
        return _PADDED.search(self.text) is not None

    def on_or_after(self, year: int, month: int, day: int) -> bool:
        return (self.year, self.month, self.day) >= (year, month, day)


def small_number(cn: str) -> int | None:
    """一 … 三十一 → 1 … 31 (months and days); None if it is not a number that size."""
    if not cn or any(c not in CN_DIGITS for c in cn):
        return None
    if "十" not in cn:
        return _CN_DIGIT[cn] if len(cn) == 1 else None
    tens, _, ones = cn.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def _from_match(m: re.Match[str], original: str) -> WrittenDate | None:
    if m["dy"] is not None:
        y, mo, d = int(m["dy"]), int(m["dm"]), int(m["dd"])
        if not 1 <= mo <= 12 or not 1 <= d <= 31:
            return None
        return WrittenDate(y, mo, d, original[m.start() : m.end()], m.start(), m.end(), False, 4, dotted=True)
    if m["y"] is not None:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        digits = len(m["y"])
        if digits == 3:
            return None
        chinese = False
    else:
        y = int("".join(str(_CN_DIGIT[c]) for c in m["cy"]))
        mo_, d_ = small_number(m["cm"]), small_number(m["cd"])
        if mo_ is None or d_ is None:
            return None
        mo, d, digits, chinese = mo_, d_, len(m["cy"]), True
    if digits == 2:
        y += 2000
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    return WrittenDate(y, mo, d, original[m.start() : m.end()], m.start(), m.end(), chinese, digits)


def parse(text: str) -> WrittenDate | None:
    """The date that ``text`` is (nothing else on the line but spaces), or None."""
    s = text.strip()
    m = _WHOLE.match(s.translate(_FULLWIDTH))
    return _from_match(m, s) if m else None


def find(text: str) -> WrittenDate | None:
    """The first date written in ``text``, or None. Offsets are into ``text``."""
    for m in _ANY.finditer(text.translate(_FULLWIDTH)):
        got = _from_match(m, text)
        if got is not None:
            return got
    return None


def is_date(text: str) -> bool:
    return parse(text) is not None


# A date half in Arabic, half in Chinese numerals: "2022年五月", "二〇二二年5月", "5月一日".
_MIXED = Lazy(
    rf"(?<![\d{_CN_YEAR}])(?:(?P<ay>\d{{4}})\s*年\s*(?P<cm>[{CN_DIGITS}]{{1,2}})\s*月"
    rf"|(?P<cy>[{_CN_YEAR}]{{4}})\s*年\s*(?P<am>\d{{1,2}})\s*月"
    rf"|(?P<am2>\d{{1,2}})\s*月\s*(?P<cd>[{CN_DIGITS}]{{1,3}})\s*日"
    rf"|(?P<cm2>[{CN_DIGITS}]{{1,2}})\s*月\s*(?P<ad>\d{{1,2}})\s*日)"
)


def mixed(text: str) -> list[tuple[int, int, str]]:
    """Each date in ``text`` that mixes Arabic and Chinese numerals: (start, end, the Arabic form)."""
    out: list[tuple[int, int, str]] = []
    view = text.translate(_FULLWIDTH)
    if absent(_MIXED.compiled, view):  # no 年 or 月: no date to mix (most paragraphs)
        return out
    for m in _MIXED.finditer(view):
        top = 31 if m["cd"] is not None or m["ad"] is not None else 12  # a day or a month
        if m["ay"] is not None:
            k, fixed = small_number(m["cm"]), f"{m['ay']}年{{}}月"
        elif m["cy"] is not None:
            k, fixed = int(m["am"]), "".join(str(_CN_DIGIT[c]) for c in m["cy"]) + "年{}月"
        elif m["am2"] is not None:
            k, fixed = small_number(m["cd"]), f"{int(m['am2'])}月{{}}日"
        else:
            k, fixed = small_number(m["cm2"]), "{}月" + f"{int(m['ad'])}日"
        if k is not None and 1 <= k <= top:
            out.append((m.start(), m.end(), fixed.format(k)))
    return out


# A title's year written without 年 ("××局2023法治政府建设工作报告", "关于2023度…", "…年度报告（2023）"): four digits
# that end no span or 文号 ("2021-2025", "〔2024〕"), with a Chinese character or 度 after them, or in brackets at the end.
# One pattern for the head's reader (the report's year) and the title-year check (the title names its year).
BARE_TITLE_YEAR = Lazy(r"(?<![\d〔\[【—\-－~～至到])(20\d{2})(?=度|[\u4e00-\u9fff]|[）)]\s*$)")
