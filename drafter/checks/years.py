"""Years that do not fit the report year: what copying last year's report leaves behind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import dates
from ..lazyre import Lazy, compile
from ..model import Block
from ..text import CJK, CN_DIGITS
from ..wordrx import measure_rx
from .context import Context
from .results import ERROR, WARNING, Finding, Local
from .rule import Rule, Scope

_YEAR = Lazy(r"(?<![\d—\-–~～至])(20\d{2})(?=\s*年)(?!\s*年?\s*[—\-–~～至]\s*20\d{2})")
# A year written without 年 ("三、2023党政主要负责人…"): at the start of a heading's title or of a
# clause, followed by words, not by a measure word ("2023件", "2000册" are counts: ``words.toml``),
# an edition's or a series' word (2020版, 2023届), more digits, or the end of a span ("2021至2023年").
_NOT_YEAR = r"千|百|版|届|号|级|型|款|卷|[至到—\-–~～－]\s*20\d\d"


@lru_cache(maxsize=1)
def _bare_year() -> re.Pattern[str]:
    return compile(rf"(?:^|(?<=[、，,。；;：:）)\s]))(20\d{{2}})(?=[{CJK}])(?![年度]|{measure_rx()}|{_NOT_YEAR})")


@lru_cache(maxsize=1)
def _lead_year() -> re.Pattern[str]:
    return compile(rf"^(20\d{{2}})(?:\s*年|(?=[{CJK}])(?!度|{measure_rx()}|{_NOT_YEAR}))")


STALE_YEAR = Rule(
    "stale-year",
    "年份与报告年度不符",
    Scope.DOCUMENT,
    {
        ERROR: "标题、成文日期、各部分标题或段首的年份不是报告年度（照抄去年）",
        WARNING: "句首是去年，或发文字号的年份与成文日期不一致",
    },
)


TITLE_YEAR = Rule(
    "title-year",
    "标题未写年度",
    Scope.DOCUMENT,
    {WARNING: "年度报告的标题没有写是哪一年的报告"},
)

# A year in a title: 2023年, 2023年度, 二〇二三年 (the title may name it in Chinese numerals); also one written
# without 年 before the subject ("柳河镇2023法治政府建设年度报告", "2023度"): the title names its year, ``wording``
# reports the 年 left out.
_TITLE_YEAR = Lazy(r"(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}\s*年")


def _names_year(title: str) -> bool:
    view = dates.western_years(title)  # ２０２３年 in full-width digits names it too
    return _TITLE_YEAR.search(view) is not None or dates.BARE_TITLE_YEAR.search(view) is not None


@TITLE_YEAR.check
def title_year(ctx: Context) -> Iterator[Finding]:
    """The title of an annual report names its year ("关于2023年度法治政府建设情况的报告")."""
    titles = [b for b in ctx.doc.blocks if b.role == "title"]
    if not titles or any(_names_year(b.text) for b in titles):
        return
    # a title set on two lines (大河乡人民政府 / 关于法治政府建设的情况报告): the line of its matter and genre
    b = next((t for t in titles if "关于" in t.text or "报告" in t.text), titles[0])
    year = ctx.year or 2023
    hint = f"请在标题中写明报告年度（如“关于{year}年度法治政府建设情况的报告”）：标题没有写是哪一年的报告"
    yield TITLE_YEAR.at(b, 0, len(b.text), WARNING, hint)


@STALE_YEAR.check
def stale_year(ctx: Context) -> Iterator[Finding]:
    n = ctx.year
    if n is None:
        return
    done = {"measures", "shortcomings", "duties"}
    dated = False
    for b in ctx.doc.blocks:
        if b.role == "title":
            yield from _mismatch(ctx, b, {n}, f"标题中的年份应为报告年度{n}年", plan_year=n + 1)
        elif b.role == "date":
            dated = True
            yield from _date_year(ctx, b.text, n, b)
    if not dated and ctx.doc.meta.date and ctx.doc.meta.year_source == "draft":
        yield from _date_year(ctx, ctx.doc.meta.date, n, None)  # a draft's settings: what its .docx will say
    # A part's own heading says which year it covers; one heading may serve two parts
    # ("2024年存在的问题及2025年工作打算"): it may then name either year.
    allowed: dict[int, tuple[Block, set[int], list[str]]] = {}
    for pid, pr in ctx.parts.items():
        if pr.status != "present" or pr.heading is None or not pr.blocks:
            continue
        head = pr.blocks[0]
        want = {n + 1} if pid == "plan" else {n} if pid in done else {n, n + 1}
        _, years, pids = allowed.setdefault(id(head), (head, set(), []))
        years.update(want)
        pids.append(pid)
    for head, years, pids in allowed.values():
        label = (
            f"下一年度安排应写{n + 1}年"
            if pids == ["plan"]
            else f"本部分写的是{n}年"
            if "plan" not in pids
            else f"本部分写的是{n}年和{n + 1}年的安排"
        )
        yield from _mismatch(ctx, head, years, label, pids[0])
    yield from _bare_in_sentences(ctx, n, done)
    plan = ctx.parts.get("plan")
    if plan is not None and plan.status == "present":
        for b in plan.blocks:
            if b.kind != "paragraph":
                continue
            m = _lead_year().match(b.text)
            if m and int(m.group(1)) <= n:
                yield STALE_YEAR.at(
                    b,
                    0,
                    m.end(1),
                    ERROR,
                    f"改为“{n + 1}年”：下一年度安排写成了{m.group(1)}年，报告年度为{n}年",
                    "plan",
                )
    opening = next((b for b in ctx.doc.blocks if b.role == "body"), None)
    if opening is not None and opening.kind == "paragraph":
        m = _lead_year().match(opening.text)
        if m and int(m.group(1)) != n and ctx.part_of(opening) not in ("plan",) and not _written(opening.text, n):
            yield STALE_YEAR.at(
                opening,
                0,
                m.end(1),
                ERROR,
                f"请改正开头的年份“{m.group(1)}年”：与报告年度{n}年不符",
                ctx.part_of(opening),
            )
    yield from _last_year_in_body(ctx, n, opening)


# A date of the next year opening the text: when the report was made or read ("2025年3月17日在……人民代表大会
# 常务委员会第二十四次会议上" under the title of a report on 2024), not the year it covers.
_DATED = Lazy(r"^\s*(20\d{2})\s*年\s*\d{1,2}\s*月")


def _written(text: str, n: int) -> bool:
    """Whether ``text`` opens with a date of year ``n + 1``: the report's own date, not a stale year."""
    m = _DATED.match(text)
    return m is not None and int(m.group(1)) == n + 1


# last year's assessment, whose result is news of this year ("2024年度法治政府建设考核中，我县获评优秀等次")
_RESULT = r"度?[^，,。；;]{0,12}?(?:考核|考评|测评|评议|评估)(?:中|结果|等次|排名|位列|名列|获评|获得|被评为|评为)"
# "2024年，我乡……" opening a paragraph or sentence of a part on 2025: last year's text kept. Not when
# the year starts a comparison or a span ("2024年以来", "2024年启动创建以来", "2024年底", "与2024年相比" never opens).
_OPENS_LAST = Lazy(
    rf"(?:^|(?<=[。！？；;]))\s*(?:[{CN_DIGITS}]是|\d+[.、．]\s*)?(20\d{{2}})\s*年(?!\s*(?:以来|来|起|至|到|底|末|"
    r"1[0-2]\s*月|同期|相比|相较|比较|同比|对比|[—\-–~～]|[^，,。；;]{1,16}以来|" + _RESULT + "))"
)
# Last year's plan cited as this year's basis: 按照《……2024年法治政府建设工作要点》.
_LAST_PLAN = Lazy(
    r"《[^》\n]{0,40}?(?<![\d—\-–~～至])(20\d{2})\s*年度?(?![—\-–~～至]\s*20\d{2})[^》\n]{0,40}?"
    r"(?:工作要点|要点|工作计划|工作安排|重点任务|任务清单|任务分工|工作方案|实施方案)[^》\n]{0,10}》"
)


def base_year(ctx: Context, n: int) -> int | None:
    """The year of the report this draft was rolled forward from (its ``previous``), when older than
    last year: a 2025 draft started from the 2023 report keeps "2023年，全乡……" as it keeps "2024年"."""
    prev = ctx.previous
    y = prev.meta.year if prev is not None else None
    return y if y is not None and y < n - 1 else None


def _last_year_in_body(ctx: Context, n: int, opening: Block | None) -> Iterator[Finding]:
    """Paragraphs and sentences of the measures and duties parts that open with last year (or with
    the year of the base report a draft was rolled forward from), and last year's work plan cited
    as the basis of this year's work."""
    base = base_year(ctx, n)
    stale = (str(n - 1),) if base is None else (str(n - 1), str(base))
    for pid in ("measures", "duties"):
        pr = ctx.parts.get(pid)
        if pr is None or pr.status == "missing":
            continue
        yield from ctx.paragraphs(
            STALE_YEAR,
            [
                (b, (n, base), pid)
                for b in pr.blocks
                if b.kind == "paragraph" and b.role == "body" and b is not opening and any(y in b.text for y in stale)
            ],
            lambda t, _: _last_year(t, n, base),
        )


def _last_year(text: str, n: int, base: int | None = None) -> Iterator[Local]:
    for m in _OPENS_LAST.finditer(text):
        y = int(m.group(1))
        if y == n - 1 or y == base:
            lead = m.start(1) == len(text) - len(text.lstrip())
            where = "本段" if lead else "这句"
            copied = "是照抄去年的内容吗？" if y == n - 1 else f"本稿由{y}年度的报告起草，是照抄的原文吗？"
            yield STALE_YEAR.local(
                m.start(1),
                m.end(1),
                ERROR if lead else WARNING,
                f"请核对{where}开头的“{y}年”：本部分写的是{n}年，{copied}回顾往年请写“与{y}年相比”“{y}年以来”",
            )
    for m in _LAST_PLAN.finditer(text):
        if int(m.group(1)) == n - 1:
            yield STALE_YEAR.local(
                m.start(),
                m.end(),
                ERROR,
                f"请改引{n}年的要点：引用的是{n - 1}年的工作要点或计划，{n}年的工作应依据{n}年的要点",
            )


def _date_year(ctx: Context, text: str, n: int, b: Block | None) -> Iterator[Finding]:
    """A report on year N is dated at the end of N or early in N+1; and its 发文字号 has the date's year.

    ``b`` is the date's block, or None for a draft's ``date`` setting (found at its settings line)."""
    d = dates.find(text)
    if d is None or d.year_digits != 4:
        return
    y, month = d.year, d.month
    at, to = d.start, d.start + (d.text.index("年") if "年" in d.text else 4)  # 2024.3.5 has no 年
    if y not in (n, n + 1) or (y == n and month < 10):
        yield _at(
            ctx, b, at, to, ERROR, f"请改正成文日期（应在{n}年底或{n + 1}年初）：{y}年{month}月与报告年度{n}年不符"
        )
        return
    number = ctx.doc.meta.doc_number
    dn = _NUMBER_YEAR.search(number or "")
    if dn and int(dn.group(1)) != y:
        yield _at(ctx, b, at, to, WARNING, f"请核对发文字号“{number}”的年份：{dn.group(1)}与成文日期的年份{y}不一致")


_NUMBER_YEAR = Lazy(r"[〔\[【（(［]\s*(\d{4})\s*[〕\]】）)］]")  # the year of a 发文字号


def _at(ctx: Context, b: Block | None, start: int, end: int, severity: str, message: str) -> Finding:
    if b is not None:
        return STALE_YEAR.at(b, start, end, severity, message)
    return STALE_YEAR.finding(severity, message, ctx.doc.meta.date_line)


# "……2022年法治工作情况暨2023年工作要点": a title may name next year's plan beside the report year.
_NAMES_PLAN = Lazy(r"\s*年度?[^，。、\d]{0,8}?(?:工作)?(?:要点|计划|安排|打算|思路|重点任务)")


def _mismatch(
    ctx: Context, b: Block, want: set[int], label: str, part: str | None = None, plan_year: int | None = None
) -> Iterator[Finding]:
    for m in _YEAR.finditer(b.text):
        y = int(m.group(1))
        if y == plan_year and _NAMES_PLAN.match(b.text, m.end(1)):
            continue
        if y not in want:
            yield STALE_YEAR.at(b, m.start(1), m.end(1), ERROR, f"请改正年份“{y}年”：{label}", part)
    title = b.text[len(b.number) :] if b.number else b.text
    for m in _bare_year().finditer(title):
        y = int(m.group(1))
        if y not in want:
            at = len(b.text) - len(title) + m.start(1)
            yield STALE_YEAR.at(b, at, at + 4, ERROR, f"请改正年份“{y}”（并补上“年”字）：{label}", part)


def _bare_in_sentences(ctx: Context, n: int, done: set[str]) -> Iterator[Finding]:
    """An earlier year written without 年 in a sentence of a part on the report year
    ("…办结率100%，2023复议案件的纠错率…" in a report on 2024): a sentence kept from last year."""
    for pid in sorted(done):
        pr = ctx.parts.get(pid)
        if pr is None or pr.status != "present":
            continue
        blocks = pr.blocks[1:] if pr.heading is not None else pr.blocks
        yield from ctx.paragraphs(
            STALE_YEAR,
            [(b, n, pid) for b in blocks if b.kind == "paragraph" and b.role == "body"],
            lambda t, _: _bare(t, n),
        )


def _bare(text: str, n: int) -> Iterator[Local]:
    for m in _bare_year().finditer(text):
        if int(m.group(1)) < n:
            yield STALE_YEAR.local(
                m.start(1),
                m.end(1),
                ERROR,
                f"请改正年份“{m.group(1)}”（并补上“年”字）：本部分写的是{n}年",
            )
