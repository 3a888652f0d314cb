"""Rules on the head and tail: missing-closing, late-report, date-form and stale-year on dates and bare years.

Reports are the seeds, read in place, and variants made from them in ``headtail_variants``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import Finding, check
from drafter.commands.import_ import to_draft
from drafter.readers import read_path
from drafter.readers.markdown import read_text as read_md
from drafter.readers.txt import read_text

from .conftest import in_process, seed
from .headtail_variants import FACTS, VARIANTS, closing_date, cn_date

TYPES = {"000": "department", "001": "department", "002": "township", "003": "county_gov", "004": "county_gov"}


def _findings(text: str, key: str, rule: str) -> list[Finding]:
    res = check(read_text(text), checklists.load(TYPES[key]))
    return [f for f in res.findings if f.rule == rule]


def _seed_text(key: str) -> str:
    return seed(key).read_text(encoding="utf-8")


# ------------------------------------------------ missing-closing


@pytest.mark.parametrize(
    ("key", "missing"),
    [
        ("000", "主送机关、署名、成文日期"),
        ("001", "署名"),  # 特此报告。 then the date, no issuing unit
        ("002", "主送机关、署名、成文日期"),
        ("003", "署名、成文日期"),  # the text of the 红头文件 ends at the plan
    ],
)
def test_missing_closing_names_what_each_seed_lacks(key: str, missing: str) -> None:
    found = _findings(_seed_text(key), key, "missing-closing")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].message.startswith(f"请补上{missing}（")
    doc = read_path(seed(key))
    assert found[0].line == max(b.line for b in doc.blocks if b.role not in ("debris", "imprint"))


def test_a_web_copy_is_not_told_what_sites_drop() -> None:
    """A web page's copy (its 来源/时间 kept as debris) is the public version: sites drop 主送机关, 署名 and
    成文日期 as a rule, so whether the original has them cannot be read from it — no info (seed 004 and a
    made-up page alike); the same words without the page's furniture lack all three."""
    assert _findings(_seed_text("004"), "004", "missing-closing") == []
    body = "青禾县司法局2023年度法治政府建设情况报告\n2023年，我局全年办理行政复议案件12件，审核合同40份。\n"
    page = "首页 > 政务公开 > 法治政府建设\n发布时间：2024-03-10 来源：青禾县司法局\n" + body
    assert _findings(page, "000", "missing-closing") == []
    assert [f.message.split("（")[0] for f in _findings(body, "000", "missing-closing")] == [
        "请补上主送机关、署名、成文日期"
    ]


@pytest.mark.parametrize("key", sorted(FACTS))
def test_missing_closing_quiet_once_head_and_tail_are_complete(key: str) -> None:
    text, _ = VARIANTS["addressee_above_title"](key, _seed_text(key))
    text, _ = VARIANTS["chinese_date"](key, text)
    assert _findings(text, key, "missing-closing") == []
    no_date = text.rstrip("\n").rsplit("\n", 1)[0]
    lacks = [] if key == "004" else ["请补上成文日期"]  # 004 is a web page's copy: what sites drop is not told
    assert [f.message.split("（")[0] for f in _findings(no_date, key, "missing-closing")] == lacks


def test_an_opening_broken_off_is_a_copy_and_told_nothing() -> None:
    """A copy's first page breaks off mid-sentence: its 署名 and 成文日期 would follow the break, and a missing
    主送机关 is what the published copy left out — no info; the same text ending in a sentence lacks all three."""
    head = "青禾县司法局关于2023年度法治政府建设情况的报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
    cut = _findings(head + "全年办理行政复议案件12件，审核合同40份，评查执", "000", "missing-closing")
    assert cut == []
    whole = _findings(head + "全年办理行政复议案件12件，审核合同40份。", "000", "missing-closing")
    assert len(whole) == 1 and "署名" in whole[0].message and "成文日期" in whole[0].message


def test_a_draft_is_judged_as_its_rendered_docx_and_a_plain_markdown_report_too(tmp_path: Path) -> None:
    draft, _ = to_draft(seed("000"))
    assert 'addressee = ""' in draft and 'signature = ""' in draft and 'date = ""' in draft
    res = check(read_md(draft), checklists.load("department"))
    got = [f for f in res.findings if f.rule == "missing-closing"]  # what lint of the exported .docx will say
    assert len(got) == 1 and got[0].severity == "info" and "主送机关、署名、成文日期" in got[0].message
    plain = draft.split("+++", 2)[2]  # the same text without its settings: a Markdown report
    res = check(
        read_md("# " + FACTS["000"]["unit"] + "关于2023年法治政府建设情况的报告\n" + plain),
        checklists.load("department"),
    )
    assert [f.rule for f in res.findings if f.rule == "missing-closing"] == ["missing-closing"]


def test_lint_json_reports_missing_closing_for_seed_000() -> None:
    proc = in_process("lint", str(seed("000")), "--format", "json")
    f = json.loads(proc.stdout)["files"][0]
    got = [x for x in f["findings"] if x["rule"] == "missing-closing"]
    assert len(got) == 1 and got[0]["severity"] == "info" and "主送机关、署名、成文日期" in got[0]["message"]


# ------------------------------------------------ dates: date-form and late-report


@pytest.mark.parametrize("key", sorted(FACTS))
def test_date_form_understands_a_chinese_numeral_date(key: str) -> None:
    """Kept as written by the reader; date-form says which Arabic date it is, at the date's place."""
    text, exp = VARIANTS["chinese_date"](key, _seed_text(key))
    found = _findings(text, key, "date-form")
    assert len(found) == 1 and found[0].severity == "warning"
    assert found[0].message.startswith(f"改为“{closing_date(key)}”：")
    line = read_text(text).line_text(found[0].line)
    assert line[found[0].col : found[0].col + found[0].length] == exp.date


@pytest.mark.parametrize("key", sorted(FACTS))
@pytest.mark.parametrize(("month", "day", "late"), [(3, 31, False), (4, 1, True), (6, 18, True)])
def test_late_report_on_arabic_and_chinese_dates(key: str, month: int, day: int, late: bool) -> None:
    year = int(read_path(seed(key)).meta.year or 0) + 1
    date = f"{year}年{month}月{day}日"
    for written in (date, cn_date(date)):
        text = (
            _seed_text(key).replace(FACTS[key]["date"] or "\0", "") + f"\n特此报告。\n{FACTS[key]['unit']}\n{written}\n"
        )
        found = _findings(text, key, "late-report")
        assert bool(found) is late, written
        if late:
            assert "第二十四条" in found[0].message and found[0].severity == "info"
            assert not _findings(text, key, "stale-year")


def test_late_report_reads_a_drafts_date_and_a_guessed_year_cannot_judge() -> None:
    draft, _ = to_draft(seed("002"))
    late = draft.replace('date = ""', 'date = "2024年4月8日"')
    res = check(read_md(late), checklists.load("township"))
    found = [f for f in res.findings if f.rule == "late-report"]
    assert len(found) == 1 and found[0].line is None
    # No year anywhere but the date: the year is guessed from the date, so the date is not judged.
    doc = read_text("关于法治政府建设情况的报告\n全年制发行政规范性文件5件。\n青山县人民政府\n2024年5月8日\n")
    assert doc.meta.year_source == "date"
    assert not [f for f in check(doc, checklists.load("base")).findings if f.rule == "late-report"]


# ------------------------------------------------ stale-year: a year without 年


@pytest.mark.parametrize("key", sorted(FACTS))
def test_bare_stale_year_in_a_part_heading(key: str) -> None:
    """ "三、2023党政主要负责人…" in a report on 2024: each seed's first part heading given last year, without 年."""
    doc = read_path(seed(key))
    res = check(doc, checklists.load(TYPES[key]))
    n = res.year
    assert n is not None
    head = next(
        pr.blocks[0] for pid, pr in res.parts.items() if pr.status == "present" and pr.heading and pid != "plan"
    )
    lines = _seed_text(key).split("\n")
    src = lines[head.line - 1]
    at = src.index(head.number) + len(head.number)
    rest = src[at:].lstrip()
    for old in (f"{n}年度", f"{n}年"):
        rest = rest.removeprefix(old)
    lines[head.line - 1] = src[:at] + str(n - 1) + rest
    found = [f for f in _findings("\n".join(lines), key, "stale-year") if f.line == head.line]
    assert len(found) == 1 and str(n - 1) in found[0].message and "年”字" in found[0].message
    shown = read_text("\n".join(lines)).line_text(head.line)
    assert shown[found[0].col : found[0].col + found[0].length] == str(n - 1)


def test_counts_and_right_bare_years_are_not_stale() -> None:
    text = (
        "青山县人民政府关于2024年度法治政府建设情况的报告\n一、2024推进法治政府建设的主要举措和成效\n"
        "2023件诉求全部办结。\n二、存在的不足和原因\n执法不规范，原因是培训不足。\n"
        "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长学法6次。\n四、2025工作安排\n2025将继续推进。\n"
    )
    assert not [f for f in check(read_text(text), checklists.load("county_gov")).findings if f.rule == "stale-year"]
    stale = text.replace("四、2025工作安排\n2025将", "四、2024工作安排\n2024将")
    found = [f for f in check(read_text(stale), checklists.load("county_gov")).findings if f.rule == "stale-year"]
    assert [f.line for f in found] == [8, 9]


def test_seeds_get_no_new_stale_year_or_date_findings() -> None:
    for key in sorted(FACTS):
        for rule in ("stale-year", "late-report", "date-form"):
            assert _findings(_seed_text(key), key, rule) == [], (key, rule)


def test_bare_stale_year_in_a_sentence() -> None:
    """Seed 000 moved to 2024 keeps its sentence "…办结率100%，2023复议案件的纠错率…": last year's, without 年."""
    text = _seed_text("000").replace("2024年", "2025年").replace("2023年", "2024年")
    lines = text.split("\n")
    at = next(i for i, t in enumerate(lines, 1) if "，2023复议" in t)
    found = [f for f in _findings(text, "000", "stale-year") if f.line == at]
    assert (
        len(found) == 1
        and found[0].part == "measures"
        and found[0].message.startswith("请改正年份“2023”（并补上“年”字）")
    )
    shown = read_text(text).line_text(at)
    assert shown[found[0].col : found[0].col + found[0].length] == "2023"
    assert not [f for f in _findings(_seed_text("000"), "000", "stale-year")]  # on 2023, 2023 is right


def test_date_form_on_a_draft_reads_the_date_from_its_settings(tmp_path: Path) -> None:
    """import keeps 二〇二四年三月五日 as written; the draft then gets the same date-form finding as the report,
    so it is not rendered into a .docx with a date in Chinese numerals unnoticed."""
    text, _ = VARIANTS["chinese_date"]("001", _seed_text("001"))
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(to_draft(src)[0], encoding="utf-8")
    for path in (src, draft):
        res = check(read_path(path), checklists.load("department"))
        [f] = [f for f in res.findings if f.rule == "date-form"]
        assert f.severity == "warning" and "应使用阿拉伯数字" in f.message and "2023年12月15日" in f.message, path


def test_a_dotted_date_is_the_date_and_date_form_says_how_to_write_it() -> None:
    """ "2024.3.5" under the signature: the signature and date are still read (the tail used to stop there,
    and missing-closing then said both were missing), and date-form asks for 2024年3月5日."""
    text = _seed_text("001").replace("2023年12月15日", "沈丘县人民政府办公室\n2024.3.5")
    doc = read_text(text)
    assert (doc.meta.signature, doc.meta.date) == ("沈丘县人民政府办公室", "2024.3.5")
    found = [
        f for f in check(doc, checklists.load("department")).findings if f.rule in ("date-form", "missing-closing")
    ]
    assert [(f.rule, f.severity) for f in found] == [("date-form", "warning")] and "2024年3月5日" in found[0].message
    web = read_text("××县人民政府关于2024年度法治政府建设情况的报告\n2024年，我县坚持依法行政。\n2025-03-06\n")
    assert web.meta.date is None
