"""Punctuation, numbers and dates as GB/T 15834—2011 and GB/T 15835—2011 state them: each form a reviewer
corrects is reported, and the near forms the standards allow are not — judged on sentences written for the
test, in a whole report read as lint reads it."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import Finding, check
from drafter.readers.txt import read_text

HEAD = "青山县人民政府关于2024年度法治政府建设情况的报告\n一、2024年度推进法治政府建设的主要举措和成效\n"


def _findings(body: str) -> list[Finding]:
    return check(read_text(HEAD + body), checklists.load("county_gov"), year=2024).findings


def _fired(rule: str, body: str) -> list[Finding]:
    return [f for f in _findings(body) if f.rule == rule]


@pytest.mark.parametrize(
    ("rule", "body", "fired"),
    [
        ("range-dash", "落实《青山县法治政府建设实施方案（2021-2025年）》，全年审核合同40份。", True),
        ("range-dash", "1－6月审核合同40份。", True),
        ("range-dash", "落实《青山县法治政府建设实施方案（2021—2025年）》，1～6月审核合同40份。", False),
        ("range-dash", "咨询电话0396-2021年热线，依据GB/T 15834-2011核对，2024-05-12召开会议。", False),
        ("range-dash", "编号2025-2021年的档案已归档。", False),
        ("range-dash", "每月开展1-2次普法活动。", True),
        (
            "range-dash",
            "每月开展1～2次普法活动，投入3-5万元，电话0371-12345678。",
            False,
        ),  # the end before the start: no range
        ("range-unit", "复议纠错率为10～20%。", True),
        ("range-unit", "案件标的额3至5万元。", True),
        ("range-unit", "复议纠错率为10%～20%，由15%提高到20%，标的额3万～5万元，培训5～10次。", False),
        ("ordinal-mark", "（一）、加强组织领导\n全年召开会议4次。", True),
        ("ordinal-mark", "主要做法：首先、健全机构；其次、完善制度。", True),
        ("ordinal-mark", "一是、健全机构，调整领导小组。", True),
        (
            "ordinal-mark",
            "（一）加强组织领导\n第一，健全机构；第一、二季度各开展1次，依照第（1）、（2）项办理。",
            False,
        ),
        ("nested-mark", "印发《关于印发《青山县合同审查办法》的通知》。", True),
        ("nested-mark", "书记强调：“要落实“谁执法谁普法”责任制。”", True),
        ("nested-mark", "印发《关于印发〈青山县合同审查办法〉的通知》，学习《宪法》《民法典》。", False),
        ("nested-mark", "开展“法律进万家宣传周、“12·4”宪法日宣传等活动。", False),  # a half left open: unpaired-mark's
        ("list-end", "学习宪法、民法典、等法律。", True),
        ("list-end", "学习宪法、民法典……等法律。", True),
        ("list-end", "学习宪法、民法典等法律，落实网络安全等级保护、等级评定，坚持平等……", False),
        ("mixed-numerals", "发放资料4千余份。", True),
        ("mixed-numerals", "覆盖群众百分之90。", True),
        ("mixed-numerals", "发放资料3.5万份，铺设管线5千米，投入1.2亿元，纠错率为百分之十。", False),
        ("approximate-comma", "每月开展三、四次普法活动。", True),
        ("approximate-comma", "为三、四年级学生讲课，办理一、二类案件，带动二、三产业，第一、二季度完成。", False),
        ("text-date", "2024.5.12召开专题会议。", True),
        ("text-date", "24年度共办理复议案件12件。", True),
        ("text-date", "自2024-5起开展专项整治。", True),
        (
            "text-date",
            "2024年5月12日召开会议，2024-05-12印发方案，投入2024.5万元，近10年来，连续12年度考核优秀。",
            False,
        ),
        # a date whose 年 or 月 was dropped, 年来 after a year; a count of days or years is none
        ("text-date", "立足本县实际20256月，对全县清单开展梳理。", True),
        ("text-date", "2025730日，该清单正式对外公布。", True),
        ("text-date", "2025年111日召开会议。", True),
        ("text-date", "2022年来，全乡深入开展法治建设。", True),
        ("text-date", "近3年来，办理案件120件；2025年120日内完成整改，2024年12月公布清单。", False),
        # a comma inside a run of quoted items; two quoted items alone may part two clauses
        ("quoted-list-break", "实施“容缺办理”“多证合一”,“最多跑一次”“一次告知”制度。", True),
        ("quoted-list-break", "推行“一网通办”，“最多跑一次”等改革。", True),
        ("quoted-list-break", "围绕“平安建设”“法治建设”，“八五”普法深入开展。", False),
        # -- for the dash ——
        ("dash-form", "全市法治建设取得新成效--行政复议纠错率下降到5%。", True),
        ("dash-form", "——成功创建示范市，依据GB/T 15834--2011核对。", False),
        ("dash-form", "—成功创建国家食品安全示范城市，全省率先实现“满堂红”。", True),
        ("dash-form", "实行“督察—反馈—整改”闭环管理，开通北京—上海专线。", False),
        # a space after a run-in heading's stop
        ("stray-space", "（二）聚焦规范执法，深入落实“三项制度”。 一方面，不断加强执法公开，公示信息1200条。", True),
        ("stray-space", "（二）聚焦规范执法，深入落实“三项制度”。一方面，不断加强执法公开，公示信息1200条。", False),
        # a "1." heading with 。 among siblings without is the odd one out; all of them so may be a list's sentences
        (
            "heading-stop",
            "（一）强化引领\n1.强化理论武装\n全年学习4次，学法常态化。\n2.加强规划引领，压实责任。\n"
            "全年听取汇报3次，研究问题3项。\n3.健全工作机制\n成立领导小组，定期研究部署。",
            True,
        ),
        (
            "heading-stop",
            "（一）强化引领\n1.强化理论武装，提升素养。\n全年学习4次，学法常态化。\n2.加强规划引领，压实责任。\n"
            "全年听取汇报3次，研究问题3项。",
            False,
        ),
        # a heading alone on its line ends with no mark (GB/T 15834 B.4); a run-in one ends with 。
        (
            "heading-stop",
            "（一）强化组织领导\n成立领导小组，召开会议4次。\n（二）规范执法，提升水平。\n评查案卷30卷，整改12个。\n（三）推进政务公开\n公开信息1200条，办结申请5件。",
            True,
        ),
        (
            "heading-stop",
            "（一）强化组织领导。成立领导小组，召开会议4次。\n（二）规范执法，提升水平。评查案卷30卷，整改12个。",
            False,
        ),
        (
            "heading-stop",
            "（一）执法力量不足，专业人员少。\n（二）普法形式单一，针对性不强。\n（三）考核机制不完善，激励不够。",
            False,
        ),
        ("heading-stop", "（一）强化组织领导；\n1.健全机构\n成立领导小组，召开会议4次。", True),
    ],
)
def test_standard_forms(rule: str, body: str, fired: bool) -> None:
    assert bool(_fired(rule, body)) is fired, [f.message for f in _findings(body)]


def test_a_hyphen_in_a_fixed_title_is_one_finding() -> None:
    """纲要（2021-2025年）: the hyphen is range-dash's, once for the report; the title's own check does not
    report the same dash again."""
    body = "落实《法治政府建设实施纲要（2021-2025年）》，对照《法治政府建设实施纲要（2021-2025年）》自查。"
    found = _findings(body)
    dashes = [f for f in found if f.rule == "range-dash"]
    assert len(dashes) == 1 and "全文共2处" in dashes[0].message
    assert not [f for f in found if f.rule == "wording" and "2021-2025" in f.message]


@pytest.mark.parametrize(
    ("body", "right"),
    [
        ("落实《青山县“八五”普法规划(2021-2025)》，开展宣传12场。", "应为“（2021—2025年）”"),
        ("对照青山县法治政府建设规划（2021－2025），开展自查。", "应为“《……（2021—2025年）》”"),
    ],
)
def test_a_cited_titles_years_without_nian_and_with_a_hyphen_are_one_finding(body: str, right: str) -> None:
    """（2021－2025） in a cited title lacks 年 and has a hyphen: one wording finding says both, with the whole
    right form; range-dash does not tell the same place again (it was two findings at one column)."""
    found = _findings(body)
    (w,) = [f for f in found if f.rule == "wording"]
    assert "年份之间用“—”" in w.message and right in w.message, w.message
    assert not [f for f in found if f.rule == "range-dash"], [f.message for f in found]


def test_findings_say_the_right_form_at_the_mark() -> None:
    (f,) = _fired("range-unit", "复议纠错率为10～20%。")
    assert f.message.startswith("改为“10%～20%”：") and f.line == 3
    (g,) = _fired("ordinal-mark", "（二）、规范行政执法\n评查案卷30卷。")
    assert g.message.startswith("改为“（二）”：") and g.line == 3


def test_pairs_nested_deep_cost_messages_linear_in_the_paragraph() -> None:
    """Each inner pair's message shows at most a few dozen of its characters (review8 R5: a paragraph of quotes
    nested 2,000 deep made messages of 4 million characters, time quadratic in the paragraph)."""
    from drafter.checks.nesting import _nested

    for n in (500, 2000):
        text = "“" * n + "”" * n
        found = list(_nested(text, None))
        assert len(found) == n - 1
        assert sum(len(message) for _, _, _, message in found) < 150 * n


@pytest.mark.parametrize(
    ("body", "quote", "right"),
    [
        ("发放资料3～5千份。", "3～5千", "3000～5000"),  # both ends are thousands: not 3～5000
        ("投入2至3千万元。", "2至3千万", "2000万至3000万"),
        ("培训4千余人次。", "4千", "4000"),
    ],
)
def test_a_mixed_number_ending_a_range_is_told_with_the_range(body: str, quote: str, right: str) -> None:
    (f,) = _fired("mixed-numerals", body)
    assert f.quote == quote and f.message.startswith(f"改为“{right}”："), (f.quote, f.message)


def test_a_heading_style_of_stops_is_an_info_at_each_and_the_odd_one_a_warning() -> None:
    """Every heading of a level alone on its line with 。: the writer's style readers differ on, an info at each
    heading (each is a place to mend) that says so; one such heading among siblings without: a warning at it."""
    styled = "（一）强化组织领导，夯实责任。\n成立领导小组，召开会议4次。\n（二）规范行政执法，提升水平。\n评查案卷30卷，整改12个。\n"
    found = _fired(
        "heading-stop", styled + "二、存在的不足和原因\n（一）执法力量不足，人员较少。\n原因是编制少，招录难。\n"
    )
    assert [(f.severity, f.line) for f in found] == [("info", 3), ("info", 5), ("info", 8)], [f.message for f in found]
    assert all("看法不一" in f.message and "可忽略" in f.message for f in found), [f.message for f in found]
    odd = "（一）强化组织领导\n成立领导小组，召开会议4次。\n（二）规范行政执法，提升水平。\n评查案卷30卷，整改12个。\n"
    found = _fired("heading-stop", odd + "（三）推进政务公开\n公开信息1200条。\n")
    assert [(f.severity, f.line) for f in found] == [("warning", 5)], [f.message for f in found]


def test_spaced_figures_are_told_in_the_body_when_the_title_spaces_one_first() -> None:
    text = "某县 2024 年度法治政府建设情况报告\n全年召开会议 1 次，专题会议 4 次，公布清单 198 项，办理案件 3 件，培训 120 人次，发放 2000 份。\n"
    found = [
        f for f in check(read_text(text), checklists.load("county_gov"), year=2024).findings if f.rule == "stray-space"
    ]
    assert [(f.severity, f.line) for f in found] == [("info", 2)], [f.message for f in found]


def test_a_title_of_two_lines_without_its_year_is_told_at_the_line_of_its_genre() -> None:
    text = "青山乡人民政府\n关于法治政府建设的情况报告\n一、主要举措和成效\n全年审核合同40份，办理行政复议案件12件。\n"
    found = [
        f for f in check(read_text(text), checklists.load("township"), year=2024).findings if f.rule == "title-year"
    ]
    assert [f.line for f in found] == [2], [f.message for f in found]


def test_a_space_before_guanyu_is_told_for_one_issuer_not_for_joint_ones() -> None:
    def spaced(title: str) -> list[Finding]:
        text = f"{title}\n一、主要举措和成效\n全年审核合同40份，办理行政复议案件12件。\n"
        doc = read_text(text)
        return [f for f in check(doc, checklists.load("county_gov"), year=2024).findings if f.rule == "stray-space"]

    assert [f.severity for f in spaced("青山县司法局 关于2024年度法治政府建设情况的报告")] == ["info"]
    assert spaced("中共青山县委员会 青山县人民政府 关于2024年度法治政府建设情况的报告") == []


class _Counted(tuple[tuple[int, int, str], ...]):
    """The cited years of a paragraph, counting every one that is read (by a loop or by its index)."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for x in super().__iter__():
            _Counted.reads += 1
            yield x

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        _Counted.reads += 1
        return super().__getitem__(i)


def test_range_dash_reads_each_cited_year_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """range-dash leaves a cited title's years (wording's) by one walk along both sorted lists (review9 R1: each
    range looked through every cited title before it, quadratic in a stop-less copy citing plans throughout)."""
    from drafter.checks import ranges
    from drafter.checks.citeyears import unyeared

    monkeypatch.setattr(ranges, "unyeared", lambda text: _Counted(unyeared(text)))
    for n in (500, 2000):
        text = "落实《青山县普法规划（2021-2025）》，1-6月审核合同40份；" * n
        _Counted.reads = 0
        left = ranges._unsaid(text)
        assert len(left) == n and all(text[s:e] == "1-6" for s, e, _ in left)
        assert _Counted.reads <= 3 * n, (n, _Counted.reads)


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("实施“容缺办理”“多证合一”,“最多跑一次”“一次告知”制度。", "“容缺办理”“多证合一”,“最多跑一次”“一次告知”中"),
        ("推行“一网通办”，“最多跑一次”等改革。", "“一网通办”，“最多跑一次”中"),
        (
            "学习《宪法》、《民法典》,《行政复议法》、《行政诉讼法》。",
            "《宪法》、《民法典》,《行政复议法》、《行政诉讼法》中",
        ),
    ],
)
def test_a_comma_in_a_quoted_list_is_shown_with_its_items_whole(body: str, shown: str) -> None:
    """The message shows the run's items whole, as a reviewer reads them — not a window cut inside an item
    (““”“多证合一”,“最多跑一次””)."""
    (f,) = _fired("quoted-list-break", body)
    assert f.message.startswith("请删去逗号：" + shown), f.message


def test_a_space_after_a_run_in_headings_stop_quotes_what_a_search_finds() -> None:
    """The quote holds the space, as the other stray spaces' do (“” 模”): “。” alone finds every sentence's end."""
    body = "（二）聚焦规范执法，深入落实“三项制度”。 一方面，不断加强执法公开，公示信息1200条。"
    (f,) = _fired("stray-space", body)
    assert f.quote == "。 一" and (HEAD + body).splitlines()[f.line - 1][f.col :].startswith(f.quote), f


def test_heading_stop_says_what_to_do_before_why() -> None:
    """The app's status line shows a message's first lines: the heading and what to do with its mark come
    first, the standard after; the level's headings are counted in words a writer reads (no “此处2个”)."""
    styled = (
        "（一）强化组织领导，夯实责任。\n成立领导小组，召开会议4次。\n（二）规范行政执法，提升水平。\n评查案卷30卷。\n"
    )
    info, _ = _fired("heading-stop", styled)
    odd = "（一）强化组织领导\n成立领导小组，召开会议4次。\n（二）规范行政执法，提升水平。\n评查案卷30卷，整改12个。\n"
    (warning,) = _fired("heading-stop", odd + "（三）推进政务公开\n公开信息1200条。\n")
    (paused,) = _fired(
        "heading-stop", "（一）强化组织领导；\n成立领导小组，召开会议4次。\n（二）规范行政执法\n评查案卷30卷。\n"
    )
    for f in (warning, paused):
        assert f.message.index("删去") < f.message.index("GB/T") and "此处" not in f.message, f.message
    assert info.message.startswith("可删去标题“（一）强化组织领导，夯实责任。”末尾的句号"), info.message
    assert "同一级2个都这样写" in info.message and info.message.endswith("可忽略）"), info.message


def test_a_half_width_comma_breaking_a_quoted_list_is_one_finding_to_delete_it() -> None:
    """quoted-list-break asks to delete the comma; halfwidth-punctuation does not ask, at the same place, to make
    it full-width — but still tells the paragraph's other half-width marks."""
    body = "实施“容缺办理”“多证合一”,“最多跑一次”“一次告知”制度。"
    found = [f for f in _findings(body) if f.rule in ("quoted-list-break", "halfwidth-punctuation")]
    assert [f.rule for f in found] == ["quoted-list-break"], [f.message for f in found]
    found = [f for f in _findings(body[:-1] + ",全年办件1200件。") if f.rule == "halfwidth-punctuation"]
    assert len(found) == 1 and found[0].quote == "," and found[0].col > body.index("制度"), found


def test_spaces_typed_around_quotes_throughout_are_told_once_a_line() -> None:
    """More spaces than a slip each, few of them beside figures: the writer's habit (a space around every
    quotation mark). One warning a line, at its first space, counting the line's others."""
    body = (
        "全面落实 “三项制度” 要求，深入开展 “八五”普法 工作，全年审核合同40份。\n"
        "坚持 “一月一研判” 机制，推动 “府院联动” 落地见效，办结复议案件12件。\n"
    )
    found = _fired("stray-space", body)
    assert [(f.severity, f.line) for f in found] == [("warning", 3), ("warning", 4)], [f.message for f in found]
    assert found[0].quote.startswith("实 “三项制度” 要求"), found[0]  # the quote as written, spaces kept


def test_a_cited_documents_number_inside_its_title_marks_is_told() -> None:
    body = "根据《关于印发某县工作要点的通知（某府办发〔2024〕12号）》，制定计划；落实《某县实施方案（2021—2025年）》。"
    (f,) = _fired("cited-number", body)
    assert f.quote == "（某府办发〔2024〕12号）》" and "移到书名号外（“》（某府办发〔2024〕12号）”）" in f.message, f


def test_each_cited_title_with_a_hyphened_year_range_is_told_once() -> None:
    """Each title cited with its years joined by a hyphen is its own to mend (one finding however often cited);
    the running text's ranges are one finding more, at the first."""
    body = (
        "贯彻《某省法治政府建设实施方案(2021-2025年)》和《某市法治社会建设规划(2021-2025年)》，"
        "再次落实《某省法治政府建设实施方案(2021-2025年)》，每月开展1-2次普法活动，3-5月集中宣传。"
    )
    found = _fired("range-dash", body)
    assert len(found) == 3 and all(f.severity == "info" for f in found), [f.message for f in found]
    assert found[0].message.startswith("改为“2021—2025”：《某省法治政府建设实施方案(2021-2025年)》中"), found[0].message
    assert "（全文共2处）" in found[0].message and "（全文共2处）" in found[2].message, [f.message for f in found]


def test_a_long_headings_stop_is_quoted_with_the_headings_end() -> None:
    """A heading longer than a quote: the finding quotes its end, where the mark to delete stands."""
    long = "（一）深入推进依法行政、全面提升行政执法质量和效能、持续优化法治化营商环境等方面情况。"
    styled = f"{long}\n成立领导小组，召开会议4次。\n（二）规范行政执法，提升水平。\n评查案卷30卷。\n"
    first, _ = _fired("heading-stop", styled)
    assert first.quote.endswith("等方面情况。") and len(long) > len(first.quote), first.quote
