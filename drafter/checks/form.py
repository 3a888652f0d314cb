"""Document-number and date form (GB/T 9704-2012)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import dates
from . import Context, Finding, Local
from .registry import rule

_DOC_NO = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,10})\s*(?P<open>[〔\[【（(［{])\s*(?P<year>\d{2,4})\s*(?P<close>[〕\]】）)］}])"
    r"\s*(?P<di>第)?\s*(?P<num>\d+)\s*号"
)


@rule("doc-number")
def doc_number(ctx: Context) -> Iterator[Finding]:
    """The 发文字号 in the text (a report) or, in a draft, in its settings (``doc_number = "…"``):
    the same check either way, so a draft says what lint will say of its rendered .docx."""
    blocks = [
        b
        for b in ctx.doc.blocks
        if b.role in ("doc_number", "header", "debris", "title") or (b.role == "body" and len(b.text) < 30)
    ]
    yield from ctx.local("doc-number", [(b, None, None) for b in blocks], _numbers)
    number = ctx.doc.meta.doc_number
    if number and ctx.doc.meta.year_source == "draft" and not any(b.role == "doc_number" for b in ctx.doc.blocks):
        for m in _DOC_NO.finditer(number):
            if (msg := _number_problem(m)) is not None:
                yield Finding("doc-number", "warning", msg, ctx.doc.meta.doc_number_line)


def _numbers(text: str, _: object) -> Iterator[Local]:
    for m in _DOC_NO.finditer(text):
        if (msg := _number_problem(m)) is not None:
            yield m.start(), m.end(), "doc-number", "warning", msg


def number_reasons(m: re.Match[str]) -> list[str]:
    """What is wrong with a 发文字号 matched by a pattern with groups org, open, year, close, di,
    num (GB/T 9704 7.2.4); shared by lint and the app's settings form so that both say the same."""
    problems = []
    if m["open"] != "〔" or m["close"] != "〕":
        problems.append(f"年份应用六角括号〔〕，不用“{m['open']}{m['close']}”")
    if len(m["year"]) != 4:
        problems.append("年份应写全四位")
    if m["di"]:
        problems.append("序号前不加“第”")
    if m["num"].startswith("0") and len(m["num"]) > 1:
        problems.append("序号不编虚位（不加前导0）")
    return problems


def number_fixed(m: re.Match[str]) -> str:
    """The 发文字号 written right: 机关代字〔四位年份〕序号号."""
    year = m["year"] if len(m["year"]) == 4 else "20" + m["year"][-2:]
    return f"{m['org']}〔{year}〕{int(m['num'])}号"


def _number_problem(m: re.Match[str]) -> str | None:
    problems = number_reasons(m)
    if not problems:
        return None
    return f"发文字号“{m.group(0)}”格式不对：{'；'.join(problems)}（应为“{number_fixed(m)}”）"


@rule("date-form")
def date_form(ctx: Context) -> Iterator[Finding]:
    """The 成文日期 in the text (a report) or, in a draft, in its settings (``date = "…"``)."""
    blocks = [b for b in ctx.doc.blocks if b.role == "date"]
    for b in blocks:
        d = dates.find(b.text)
        if d is not None and (problem := _date_problem(d)) is not None:
            yield ctx.at(b, d.start, d.end, "date-form", *problem)
    if not blocks and ctx.doc.meta.date:
        d = dates.find(ctx.doc.meta.date)
        if d is not None and (problem := _date_problem(d)) is not None:
            yield Finding("date-form", *problem, ctx.doc.meta.date_line)


def _date_problem(d: dates.WrittenDate) -> tuple[str, str] | None:
    """(severity, message) for a 成文日期 not written as GB/T 9704 asks, or None."""
    if not d.exists:
        return "error", f"成文日期“{d.text}”不存在；请核对"
    if d.chinese:
        return "warning", f"成文日期“{d.text}”应使用阿拉伯数字（应为“{d.arabic}”）"
    if d.dotted:
        return "warning", f"成文日期“{d.text}”应写明年、月、日（应为“{d.arabic}”）"
    problems = []
    if d.year_digits != 4:
        problems.append("年份应写全四位")
    if d.padded:
        problems.append("月、日不编虚位（不写“01月05日”）")
    if problems:
        return "warning", f"成文日期“{d.text}”格式不对：{'；'.join(problems)}（应为“{d.arabic}”）"
    return None


UNKNOWN_TYPE = "未能判断单位类型，已按通用清单检查；请用 --type 指定"


@rule("unit-type-unknown")
def unit_type_unknown(ctx: Context) -> Iterator[Finding]:
    """No type was given and none could be told from the unit's name: the report was held to the
    shared base list only. Said once, at the title, so the user never gets the base list silently."""
    if ctx.doc.meta.unit_type is None and ctx.checklist.id == "base":
        yield Finding("unit-type-unknown", "info", UNKNOWN_TYPE, ctx.doc.meta.title_line)
