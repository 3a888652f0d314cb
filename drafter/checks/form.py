"""Document-number and date form (GB/T 9704-2012)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import dates
from ..lazyre import Lazy
from .context import Context
from .results import ERROR, INFO, WARNING, Finding, Local
from .rule import Rule, Scope

_DOC_NO = Lazy(
    r"(?P<org>[\u4e00-\u9fff]{1,10})\s*(?P<open>[〔﹝\[【（(［{])\s*(?P<year>\d{2,4})\s*(?P<nian>年)?\s*"
    r"(?P<close>[〕﹞\]】）)］}])\s*(?P<di>第)?\s*(?P<num>\d+)\s*号"
)
# the year outside and the number in the brackets (青政2022〔48〕号); not a building's or a room's number
_SWAPPED = Lazy(
    r"(?<=[\u4e00-\u9fff])(?P<year>(?:19|20)\d{2})\s*[〔\[【（(［]\s*(?P<num>\d{1,4})\s*[〕\]】）)］]\s*号(?![楼院线房室栋])"
)


DOC_NUMBER = Rule("doc-number", "发文字号格式", Scope.PARAGRAPH, {WARNING: "发文字号的括号、年份、序号不合 GB/T 9704"})
DATE_FORM = Rule(
    "date-form",
    "成文日期格式",
    Scope.DOCUMENT,
    {
        WARNING: "成文日期未用阿拉伯数字、未写全年月日或编了虚位；正文中的日期混用阿拉伯数字和汉字",
        ERROR: "成文日期不存在（如2月30日）",
    },
)
_DATED = ("body", "title", "addressee", "closing")  # where a date in running text is checked for mixed numerals


@DOC_NUMBER.check
def doc_number(ctx: Context) -> Iterator[Finding]:
    """The 发文字号 in the text (a report) or, in a draft, in its settings (``doc_number = "…"``):
    the same check either way, so a draft says what lint will say of its rendered .docx."""
    blocks = [
        b
        for b in ctx.doc.blocks
        if b.role in ("doc_number", "header", "debris", "title", "body")  # a 文号 cited in the text too ("[2022]48号")
    ]
    yield from ctx.paragraphs(DOC_NUMBER, [(b, b.role == "doc_number", None) for b in blocks], _numbers)
    number = ctx.doc.meta.doc_number
    if number and ctx.doc.meta.year_source == "draft" and not any(b.role == "doc_number" for b in ctx.doc.blocks):
        for m in _DOC_NO.finditer(number):
            if (msg := _number_problem(m)) is not None:
                yield DOC_NUMBER.finding(WARNING, msg, ctx.doc.meta.doc_number_line)


def _numbers(text: str, own: object) -> Iterator[Local]:
    """Each 文号 in ``text`` not in form: the document's own (``own``) whole, as its settings say it; one
    cited in the text from its bracket, as the words before it may be a verb (依据[2022]48号)."""
    if "号" not in text:  # both patterns end in 号: most paragraphs hold no 文号
        return
    for m in _DOC_NO.finditer(text):
        if own:
            if (msg := _number_problem(m)) is not None:
                yield DOC_NUMBER.local(m.start(), m.end(), WARNING, msg)
        elif problems := number_reasons(m):
            right = f"〔{_full_year(m['year'])}〕{int(m['num'])}号"
            got = text[m.start("open") : m.end()]
            message = f"改为“{right}”：发文字号“{got}”格式不对，{'；'.join(problems)}"
            yield DOC_NUMBER.local(m.start("open"), m.end(), WARNING, message)
    for m in _SWAPPED.finditer(text):
        right = f"〔{m['year']}〕{int(m['num'])}号"
        message = f"改为“{right}”：发文字号“{m.group(0)}”格式不对，年份写在六角括号〔〕内，序号在括号后"
        yield DOC_NUMBER.local(m.start(), m.end(), WARNING, message)


def doc_number_brackets(text: str) -> set[int]:
    """Offsets of the brackets of each 文号 in ``text`` (half-width ones are doc-number's to report)."""
    return {i for m in _DOC_NO.finditer(text) for i in (m.start("open"), m.start("close"))}


def _full_year(year: str) -> str:
    return year if len(year) == 4 else "20" + year[-2:]


def number_reasons(m: re.Match[str]) -> list[str]:
    """What is wrong with a 发文字号 matched by a pattern with groups org, open, year, close, di,
    num (GB/T 9704 7.2.4); shared by lint and the app's settings form so that both say the same."""
    problems = []
    if m["open"] != "〔" or m["close"] != "〕":
        problems.append(f"年份应用六角括号〔〕，不用“{m['open']}{m['close']}”")
    if len(m["year"]) != 4:
        problems.append("年份应写全四位")
    if m.groupdict().get("nian"):
        problems.append("括号内不写“年”")
    if m["di"]:
        problems.append("序号前不加“第”")
    if m["num"].startswith("0") and len(m["num"]) > 1:
        problems.append("序号不编虚位（不加前导0）")
    return problems


def number_fixed(m: re.Match[str]) -> str:
    """The 发文字号 written right: 机关代字〔四位年份〕序号号."""
    return f"{m['org']}〔{_full_year(m['year'])}〕{int(m['num'])}号"


def _number_problem(m: re.Match[str]) -> str | None:
    problems = number_reasons(m)
    if not problems:
        return None
    return f"改为“{number_fixed(m)}”：发文字号“{m.group(0)}”格式不对，{'；'.join(problems)}"


@DATE_FORM.check
def date_form(ctx: Context) -> Iterator[Finding]:
    """The 成文日期 in the text (a report) or, in a draft, in its settings (``date = "…"``)."""
    blocks = [b for b in ctx.doc.blocks if b.role == "date"]
    for b in blocks:
        d = dates.find(b.text)
        if d is not None and (problem := _date_problem(d)) is not None:
            yield DATE_FORM.at(b, d.start, d.end, *problem)
    if not blocks and ctx.doc.meta.date:
        d = dates.find(ctx.doc.meta.date)
        if d is not None and (problem := _date_problem(d)) is not None:
            yield DATE_FORM.finding(*problem, ctx.doc.meta.date_line)


@DATE_FORM.check_paragraphs(_DATED)
def _mixed(text: str, _: object) -> Iterator[Local]:
    for start, end, fixed in dates.mixed(text):
        message = f"改为“{fixed}”：日期“{text[start:end]}”混用了阿拉伯数字和汉字，应统一写法"
        yield DATE_FORM.local(start, end, WARNING, message)


def _date_problem(d: dates.WrittenDate) -> tuple[str, str] | None:
    """(severity, message) for a 成文日期 not written as GB/T 9704 asks, or None."""
    if not d.exists:
        return ERROR, f"请核对：成文日期“{d.text}”不存在"
    if d.chinese:
        return WARNING, f"改为“{d.arabic}”：成文日期“{d.text}”应使用阿拉伯数字"
    if d.dotted:
        return WARNING, f"改为“{d.arabic}”：成文日期“{d.text}”应写明年、月、日"
    problems = []
    if d.year_digits != 4:
        problems.append("年份应写全四位")
    if d.padded:
        problems.append("月、日不编虚位（不写“01月05日”）")
    if problems:
        return WARNING, f"改为“{d.arabic}”：成文日期“{d.text}”格式不对，{'；'.join(problems)}"
    return None


UNKNOWN_TYPE = "请在标题或署名中写出单位全称，或指定单位类型：未能判断单位类型，已按通用清单检查"  # said in lint and the app alike: no command-line words


UNIT_TYPE_UNKNOWN = Rule(
    "unit-type-unknown", "未能判断单位类型", Scope.DOCUMENT, {INFO: "没有指定单位类型，也无法从单位名称判断"}
)


@UNIT_TYPE_UNKNOWN.check
def unit_type_unknown(ctx: Context) -> Iterator[Finding]:
    """No type was given and none could be told from the unit's name: the report was held to the
    shared base list only. Said once, at the title, so the user never gets the base list silently."""
    if ctx.doc.meta.unit_type is None and ctx.checklist.id == "base":
        yield UNIT_TYPE_UNKNOWN.finding(INFO, UNKNOWN_TYPE, ctx.doc.meta.title_line)
