"""A cover letter (报送函) before the report, on constructed cases: it is no part of the report, it
gives the report its title, its sender and its addressee; a report's own end or title is no letter."""

from __future__ import annotations

import pytest

from .helpers.head import BODY, LETTER_BODY, lint_text, read_text

# ---------------------------------------------------------------- a cover letter before the report


def test_cover_letter_gives_the_addressee_and_the_report_its_own_title() -> None:
    text = (
        "中共青禾市委、青禾市人民政府：\n"
        "根据《法治政府建设与责任落实督察工作规定》要求，现将我局《2024年度法治政府建设工作总结》报送如下。\n"
        "青禾市司法局\n2025年1月20日\n"
        "青禾市司法局2024年度法治政府建设工作总结\n2024年，市司法局坚持依法行政。\n" + BODY
    )
    doc = read_text(text)
    assert doc.meta.title == "青禾市司法局2024年度法治政府建设工作总结"
    assert (doc.meta.unit, doc.meta.year) == ("青禾市司法局", 2024)
    assert doc.meta.addressee == "中共青禾市委、青禾市人民政府"
    assert not any("报送如下" in b.text for b in doc.body)  # the letter is not a measure


@pytest.mark.parametrize(
    "letter",
    [
        (  # the letter's title cites the report; no title of the report's own below: the cited one is its title
            "青禾县人民政府\n青政函〔2023〕12号\n青禾县人民政府关于报送《青禾县2022年法治政府建设情况报告》的函\n"
            "市人民政府:\n根据《法治政府建设与责任落实督察工作规定》,现将《青禾县2022年法治政府建设情况报告》报送你们,"
            "请审阅。\n青禾县人民政府\n2023年1月10日\n"
        ),
        (  # 文号 first, a letter's title without 《》, the sender's signature; the report's own title below it
            "青政文〔2023〕12号\n关于报送2022年法治政府建设情况报告的报告\n市委、市人民政府:\n"
            "现将我县2022年法治政府建设情况予以报送。\n青禾县人民政府\n2023年1月10日\n"
            "青禾县2022年法治政府建设情况报告\n"
        ),
    ],
)
def test_a_cover_letter_is_no_part_and_gives_the_report_its_title_and_sender(letter: str) -> None:
    """Its title is not the report's, its date line no part's start (no plan at the letter's date)."""
    got = lint_text(letter + LETTER_BODY)
    assert (got["title"], got["unit"], got["unit_type"], got["year"]) == (
        "青禾县2022年法治政府建设情况报告",
        "青禾县人民政府",
        "county_gov",
        2022,
    )
    parts = got["parts"]
    assert parts["plan"]["heading"] == "三、2023年工作安排"
    assert parts["measures"]["line"] < parts["shortcomings"]["line"] < parts["plan"]["line"]
    assert not [f for f in got["findings"] if f["rule"] in ("part-order", "stale-year")], got["findings"]


@pytest.mark.parametrize(
    ("letter", "title"),
    [
        (  # the signature and the date on one line; the report named in the letter's title
            "关于报送2022年度法治政府建设情况报告的函\n市人民政府:\n现将我县2022年度法治政府建设情况报告报送你们,请审阅。\n"
            "青禾县人民政府 2023年1月10日\n",
            "2022年度法治政府建设情况报告",
        ),
        (  # a red header, the report as its 附件, the date in Chinese numerals, a note under it
            "青禾县人民政府文件\n青政文〔2023〕3号\n青禾县人民政府关于报送2022年度法治政府建设情况报告的报告\n"
            "市委、市人民政府:\n现将我县2022年度法治政府建设情况报告予以报送。\n附件:青禾县2022年度法治政府建设情况报告\n"
            "青禾县人民政府\n二〇二三年一月十日\n(此件公开发布)\n",
            "青禾县2022年度法治政府建设情况报告",
        ),
        (  # a 函 whose title names the report without 报送 ("关于…报告的函"): never the report's title itself
            "青禾县人民政府关于青禾县2022年法治政府建设情况报告的函\n市人民政府:\n"
            "现将我县2022年法治政府建设情况报告报给你们,请审阅。\n青禾县人民政府\n2023年1月10日\n",
            "青禾县2022年法治政府建设情况报告",
        ),
        (  # a page archive's half-width punctuation: [ ] for 〔〕, < > for 《》
            "青政函[2023]12号\n关于报送<青禾县2022年法治政府建设情况报告>的函\n市人民政府:\n"
            "现将<青禾县2022年法治政府建设情况报告>报送你们,请审阅。\n青禾县人民政府\n2023年1月10日\n",
            "青禾县2022年法治政府建设情况报告",
        ),
        (  # a copy without the letter's signature and date: its sentence, then the report's opening
            "关于报送《青禾县2022年法治政府建设情况报告》的报告\n青政函〔2023〕12号\n市人民政府:\n"
            "现将《青禾县2022年法治政府建设情况报告》予以报送。\n",
            "青禾县2022年法治政府建设情况报告",
        ),
        (  # a copy that dropped the letter's date: its signature, then the report
            "关于报送2022年度法治政府建设情况报告的函\n市人民政府:\n现将我县2022年度法治政府建设情况报告报送你们。\n"
            "特此函告。\n青禾县人民政府\n",
            "2022年度法治政府建设情况报告",
        ),
    ],
)
def test_cover_letters_as_pages_keep_them(letter: str, title: str) -> None:
    got = lint_text(letter + LETTER_BODY)
    assert (got["title"], got["unit"], got["unit_type"], got["year"]) == (title, "青禾县人民政府", "county_gov", 2022)
    assert got["parts"]["measures"]["heading"] == "一、2022年度推进法治政府建设的主要举措和成效"
    assert got["parts"]["plan"]["heading"] == "三、2023年工作安排"


def test_a_letter_without_a_report_title_takes_the_senders_name() -> None:
    letter = (
        "关于报送2022年度法治政府建设工作总结的函\n县委、县人民政府:\n现将我局2022年度法治政府建设工作总结报送你们,"
        "请审阅。\n青禾县司法局\n2023年1月10日\n"
    )
    doc = read_text(letter + "2022年,我局坚持依法行政,现将有关情况报告如下:\n" + BODY)
    assert (doc.meta.unit, doc.meta.unit_source, doc.meta.year) == ("青禾县司法局", "signature", 2022)
    assert not any("报送你们" in b.text or b.text == "2023年1月10日" for b in doc.body)


# ---------------------------------------------------------------- a report's own date, end and title are no letter


def test_a_date_line_under_the_title_is_its_date_not_the_plans_start() -> None:
    """ "2023年1月10日" alone under the title, unbracketed: the 成文日期 (never "2023年…", the plan)."""
    got = lint_text(f"青禾县人民政府关于2022年度法治政府建设情况的报告\n2023年1月10日\n{LETTER_BODY}")
    assert got["parts"]["plan"]["heading"] == "三、2023年工作安排"
    assert not [f for f in got["findings"] if f["rule"] in ("part-order", "stale-year")]
    assert read_text(f"青禾县人民政府关于2022年度法治政府建设情况的报告\n2023年1月10日\n{LETTER_BODY}").meta.date == (
        "2023年1月10日"
    )


def test_a_short_reports_own_end_is_no_cover_letter() -> None:
    """ "以上报告，请审阅。", the signature and the date end a short report (a web copy's few lines): the
    report is no letter, its parts stay its own."""
    text = f"{LETTER_BODY}以上报告，请审阅。\n青禾县人民政府\n2023年1月10日\n"
    got = lint_text(text)
    assert got["parts"]["measures"]["heading"] == "一、2022年度推进法治政府建设的主要举措和成效"
    assert (got["unit"], got["year"]) == ("青禾县人民政府", 2022)


def test_a_report_titled_关于上报_is_no_cover_letter() -> None:
    """ "关于上报2023年度法治政府建设情况的报告" with no 《》 and no sending sentence is the report's own title."""
    got = lint_text(f"关于上报2022年度法治政府建设情况的报告\n青禾县人民政府\n{LETTER_BODY}")
    assert got["title"] == "关于上报2022年度法治政府建设情况的报告"
    assert got["parts"]["measures"]["heading"] == "一、2022年度推进法治政府建设的主要举措和成效"


_OPENING = "2023年，我局在县委县政府的坚强领导下，深入学习贯彻习近平法治思想，坚持依法行政。\n"


@pytest.mark.parametrize(
    ("letter", "title"),
    [
        # the sentence names the report and its unit without 《》, the report's opening right under it
        (
            "县人民政府：\n现将青禾县司法局2023年法治政府建设情况报告报送你们，请审阅。\n",
            "青禾县司法局2023年法治政府建设情况报告",
        ),
        # the letter's title, then the sentence, then the report's own title (no unit in it), no signature
        (
            "关于报送2023年法治政府建设情况报告的函\n县人民政府：\n"
            "现将青禾县司法局2023年法治政府建设情况报告报送你们，请审阅。\n2023年法治政府建设情况报告\n",
            "2023年法治政府建设情况报告",
        ),
    ],
)
def test_the_unit_the_letters_sentence_names(letter: str, title: str) -> None:
    doc = read_text(letter + _OPENING + BODY)
    assert (doc.meta.title, doc.meta.unit) == (title, "青禾县司法局")
    assert not any("报送你们" in b.text for b in doc.body)


def test_a_letter_sending_our_report_names_no_unit() -> None:
    """ "现将我局…报告报送你们": the sentence names no unit; none is made up."""
    text = "县人民政府：\n现将我局2023年法治政府建设情况报告报送你们，请审阅。\n" + _OPENING + BODY
    assert read_text(text).meta.unit is None
