"""Step 4 of the head: the year the report is on.

The title's year first ("…2024年度法治政府建设情况报告"); then the opening's "现将我局2025年度…报告如下"
(or "…予以公开发布", a publication's preface);
a level-1 heading on work done ("一、2024年法治政府建设主要举措和成效"); an opening that begins
with the year ("2025年，我乡…"); the plan's year less one ("2026年工作打算"); the 成文日期; the year the body's sentences begin with
("2021年，党组召开…", a copy that starts at its first heading); last the page's date.
A date in the page's words (今天是：2019年…, 发布时间) is never the year: those lines are set
aside before this step. Where the title's year and a part heading's year disagree, the title's
wins; ``heading_year`` lets a check say so.
"""

from __future__ import annotations

from collections import Counter

from ... import dates
from ...hanzi import read_as as _read_as
from ...lazyre import Lazy
from ...model import Block, Meta
from ...unittype import PREAMBLE
from ...vocab import words
from .page import news_lead_unit

_YEAR = Lazy(r"(?<![—\-－~～至到])(20\d{2})\s*年")  # not the end of a span ("纲要（2021—2025年）")
_REPORTED_YEAR = Lazy(
    r"[现特][将把][^。：:]{0,30}?(20\d{2})\s*年[^。：:]{0,40}?(?:(?:报告|总结|汇报|报送)如下|予以(?:公开|公布|发布)|公开发布|公布如下)"
    r"|总结[^。：:]{0,12}?(20\d{2})\s*年[^。：:]{0,30}?[，,]\s*现(?:将[^。：:]{0,20}?)?(?:报告|汇报|报送)如下"  # "总结我局2024年…情况，现(将…)报告如下"
)
# A plan's "2025年，我局将…" / "2025年要…"; not the 要 of 纲要, 主要, 重要, 需要 ("2025年，是《纲要》收官之年"),
# nor the 将 of 现将/特将 ("2024年，我局坚持依法行政，现将有关情况报告如下"); nor a year said to be a named
# plan's year ("2020年是全面建成小康社会和“十三五”规划收官之年": the year the report is on, not a plan).
# nor a plan word inside an organ's name ("2023年，市自然资源和规划局坚持…", 规划和自然资源局, 卫生和计划生育委员会)
_PLAN_YEAR = Lazy(
    r"^(20\d{2})年度?[，,]?.{0,30}((?<![现特])将|(?<![纲主重需必首摘])要(?![求点]))"
    r"|(20\d{2})年度?(?![是为])(?:[^五”\"]|[五”\"](?!规划)){0,20}(安排|计划|打算|思路|规划)"
    r"(?!生育|(?:和[^，,。；;]{1,8}?)?(?:分局|局|厅|委|院|处|所|站|中心))"
)
_DONE_YEAR = Lazy(r"(20\d{2})年度?.{0,24}(举措|成效|工作开展|不足|问题|职责|情况)")
# "2024年，", "依照…要求，2023年，青桐街道…", "2024以来，" (年 left out before 以来: ``wording`` reports it)
_OPENING = Lazy(rf"^{PREAMBLE}?(20\d{{2}})(?:\s*年|(?=以来[，,]))")
# A title's year followed by a plan's words ("…2022年法治工作情况暨2023年工作要点"): not the year reported on
_PLAN_AFTER = Lazy(r"^\s*年度?.{0,8}?(?:要点|计划|安排|打算|思路|规划)")
MIN_OPENING = 8  # a shorter paragraph before the opening is a page's leftover ("分类:", "|"), not its first sentence


def infer_year(meta: Meta, body: list[Block]) -> None:
    """Set ``meta.year`` and ``meta.year_source`` from the first source that gives a year."""
    for source, year in _candidates(meta, body):
        meta.year, meta.year_source = year, source
        return


def _candidates(meta: Meta, body: list[Block]) -> list[tuple[str, int]]:
    got = _from_title(meta.title)
    if got is not None:
        return [("title", got)]
    found = (
        _from_opening_sentence(body)
        or heading_year(body)
        or _from_first_paragraph(body)
        or _from_relative(body)
        or _from_news_lead(body)
    )
    if found is not None:
        return [found]
    plan = _from_plan(body)
    if plan is not None:
        return [("plan", plan)]
    when = dates.parse(meta.date or "")
    if when is not None and when.year_digits == 4:
        return [("date", when.year if when.month >= 10 else when.year - 1)]
    if (told := _from_sentences(body)) is not None:
        return [("sentences", told)]
    if (page := _from_page_date(meta.page_date)) is not None:
        return [("page", page)]
    return []


_PAGE_DATE = Lazy(r"^(20\d{2})\s*[-./年]\s*(\d{1,2})")
LAST_MONTH_OF_REPORTING = 3  # a page dated January to March of Y+1 holds the report on Y (published by 1 April)
FIRST_MONTH_OF_YEAR_END = 11  # one dated November or December, the report on Y itself ("今年以来…")


def _from_page_date(text: str | None) -> int | None:
    """The year a page's 成文日期 or 发布日期 tells: Y-1 for January–March of Y, Y for November and
    December; between them, none (a report posted in summer may be on either year)."""
    m = _PAGE_DATE.match(text or "")
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if 1 <= month <= LAST_MONTH_OF_REPORTING:
        return year - 1
    return year if FIRST_MONTH_OF_YEAR_END <= month <= 12 else None


def read_as(text: str) -> str:
    """``text`` as read for a year: simplified, its years in Arabic digits ("二〇二三年", "２０２３年")."""
    return dates.western_years(_read_as(text))


_BARE_YEAR = dates.BARE_TITLE_YEAR  # a title's year written without 年 (…年度报告（2023）)


def _from_title(title: str | None) -> int | None:
    """The title's year; of two, the one not followed by a plan's words ("…2023年工作要点"); where none is
    written with 年, the one written without it (the title still says which year: ``wording`` reports the slip)."""
    view = read_as(title or "")
    years = [(int(m.group(1)), m.end(1)) for m in _YEAR.finditer(view)] or [
        (int(m.group(1)), m.end(1)) for m in _BARE_YEAR.finditer(view)
    ]
    done = [y for y, end in years if not _PLAN_AFTER.match(view[end:])]
    if done:
        return done[0]
    return years[0][0] if len(years) == 1 else None


def _from_opening_sentence(body: list[Block]) -> tuple[str, int] | None:
    for b in body[:3]:  # "现将我局2025年度法治建设工作情况总结如下：" before the first heading
        if b.kind == "heading":
            break
        m = _REPORTED_YEAR.search(read_as(b.text))
        if m:
            return "opening", int(m.group(1) or m.group(2))
    return None


def heading_year(body: list[Block]) -> tuple[str, int] | None:
    """The year a level-1 heading on work done names ("一、2024年推进法治政府建设的主要举措和成效")."""
    for b in body[:60]:
        if b.kind == "heading" and b.level == 1:
            text = read_as(b.text)
            m = _DONE_YEAR.search(text)
            if m and not _PLAN_YEAR.search(text):
                return "heading", int(m.group(1))
    return None


def _from_first_paragraph(body: list[Block]) -> tuple[str, int] | None:
    """The year an opening paragraph begins with ("2024年，我局…", after a citation: "依照…要求，2023年，
    青桐街道…"): the first one's, or, up to the first
    heading's paragraphs, a later one's ("根据…要求，现将我局…报告如下：" then "2024年，我局坚持…")."""
    for i, b in enumerate(b for b in body[:OPENING_SCAN] if b.kind == "paragraph" and _sentence(b.text)):
        if i > 0 and sum(h.kind == "heading" for h in body[: body.index(b)]) > 1:
            break
        text = read_as(b.text)
        m = _OPENING.match(text)
        if m and not _PLAN_YEAR.match(text[m.start(1) :]):
            return "opening", int(m.group(1))
    return None


OPENING_SCAN = 6  # blocks an opening paragraph that begins with the year is looked for in
_RELATIVE = Lazy(r"^(?:一年来|今年以来|年初以来|过去的?一年(?:里|中)?|本年度)[，,]")
_PLAN_WORDS = Lazy(r"^\s*年度?(?:[，,]?[^，,。；]{0,12}?(?<![现特])将|.{0,8}?(?:计划|打算|安排|要点|思路))")


def _from_relative(body: list[Block]) -> tuple[str, int] | None:
    """The one year an opening that begins "一年来，" or "今年以来，" names further on ("一年来，我局……
    圆满完成2023年度各项任务"): the year of the work it sums up; none where it names two years, or
    only a plan's ("2024年将…")."""
    first = next((b for b in body[:OPENING_SCAN] if b.kind == "paragraph" and _sentence(b.text)), None)
    if first is None or any(b.kind == "heading" for b in body[: body.index(first)]):
        return None
    text = read_as(first.text)
    if _RELATIVE.match(text) is None:
        return None
    years = {int(m.group(1)) for m in _YEAR.finditer(text) if not _PLAN_WORDS.match(text[m.end(1) :])}
    return ("opening", years.pop()) if len(years) == 1 else None


# the report a news lead says its unit released ("据××部官网消息，××部发布2023年法治政府建设年度报告")
_RELEASED = Lazy(r"(?:发布|公布)了?[^。，,：:；;]{0,20}?(20\d{2})\s*年度?[^。，,：:；;]{0,20}?报告")


def _from_news_lead(body: list[Block]) -> tuple[str, int] | None:
    """The year of the report a news article's lead says its unit released (a news copy reposted long after:
    the page's date is the repost's); only after a lead that names its source (``page.news_lead_unit``), never a
    report's own words on publishing last year's report ("在门户网站公开发布了2022年度…报告")."""
    first = next((b for b in body[:OPENING_SCAN] if b.kind == "paragraph" and _sentence(b.text)), None)
    if first is None or news_lead_unit(first.text) is None:
        return None
    m = _RELEASED.search(read_as(first.text))
    return ("opening", int(m.group(1))) if m else None


def _sentence(text: str) -> bool:
    """A paragraph that reads as the report's prose, not a page's leftover ("分类:", "- 名称:", "|")."""
    return len(text) >= MIN_OPENING and any(c in text for c in "。，,")


_SENTENCE_YEAR = Lazy(r"(?:^|[。；;！!])\s*(20\d{2})\s*年度?[，,]")


def _from_sentences(body: list[Block]) -> int | None:
    """The year the body's sentences on work done begin with ("2021年，党组召开8次会议…"), where no head,
    opening or heading tells one (a copy that starts at its first heading): the one named most, if one is,
    before the plan's heading (``plan_heads`` of words.toml [head])."""
    counts: Counter[int] = Counter()
    plan = words().head.plan_heads
    for b in body:
        text = read_as(b.text)
        if b.kind == "heading" and b.level == 1 and any(w in text for w in plan):
            break  # the plan's "2024年，持续深化……" names next year
        for m in _SENTENCE_YEAR.finditer(text):
            if not _PLAN_YEAR.match(text[m.start(1) :]):
                counts[int(m.group(1))] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _from_plan(body: list[Block]) -> int | None:
    for b in reversed(body):
        m = _PLAN_YEAR.search(read_as(b.text[:40]))
        if m:
            return int(m.group(1) or m.group(3)) - 1
    return None


__all__ = ["heading_year", "infer_year"]
