"""Document-number and date form (GB/T 9704-2012)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import Context, Finding
from .registry import rule

_DOC_NO = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,10})\s*(?P<open>[〔\[【（(［{])\s*(?P<year>\d{2,4})\s*(?P<close>[〕\]】）)］}])"
    r"\s*(?P<di>第)?\s*(?P<num>\d+)\s*号"
)
_DATE = re.compile(r"(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_CN_DATE = re.compile(r"[〇○零一二三四五六七八九]{2,4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")


@rule("doc-number")
def doc_number(ctx: Context) -> Iterator[Finding]:
    for b in ctx.doc.blocks:
        if b.role not in ("doc_number", "header", "debris", "title") and not (b.role == "body" and len(b.text) < 30):
            continue
        for m in _DOC_NO.finditer(b.text):
            problems = []
            if m["open"] != "〔" or m["close"] != "〕":
                problems.append(f"年份应用六角括号〔〕，不用“{m['open']}{m['close']}”")
            if len(m["year"]) != 4:
                problems.append("年份应写全四位")
            if m["di"]:
                problems.append("序号前不加“第”")
            if m["num"].startswith("0") and len(m["num"]) > 1:
                problems.append("序号不编虚位（不加前导0）")
            if problems:
                good = f"{m['org']}〔{m['year'] if len(m['year']) == 4 else '20' + m['year']}〕{int(m['num'])}号"
                yield ctx.at(b, m.start(), m.end(), "doc-number", "warning",
                             f"发文字号“{m.group(0)}”格式不对：{'；'.join(problems)}（应为“{good}”）")


def _real_date(y: int, mo: int, d: int) -> bool:
    import calendar

    return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]


@rule("date-form")
def date_form(ctx: Context) -> Iterator[Finding]:
    for b in ctx.doc.blocks:
        if b.role != "date":
            continue
        if _CN_DATE.search(b.text):
            yield ctx.at(b, 0, len(b.text), "date-form", "warning",
                         "成文日期应使用阿拉伯数字（如“2023年12月15日”），不用汉字数字")
            continue
        m = _DATE.search(b.text)
        if not m:
            continue
        if not _real_date(int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"]), int(m["m"]), int(m["d"])):
            yield ctx.at(b, m.start(), m.end(), "date-form", "error", f"成文日期“{m.group(0)}”不存在；请核对")
            continue
        problems = []
        if len(m["y"]) != 4:
            problems.append("年份应写全四位")
        if m["m"].startswith("0") or m["d"].startswith("0"):
            problems.append("月、日不编虚位（不写“01月05日”）")
        if problems:
            y = m["y"] if len(m["y"]) == 4 else "20" + m["y"]
            yield ctx.at(b, m.start(), m.end(), "date-form", "warning",
                         f"成文日期“{m.group(0)}”格式不对：{'；'.join(problems)}（应为“{y}年{int(m['m'])}月{int(m['d'])}日”）")
