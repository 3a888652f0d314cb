"""Part classification beyond the seeds: numbering, wording, order and unheaded parts it has not seen.

Variants are made here from one neutral report; none is special-cased in the code.
"""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

PARTS = ("measures", "shortcomings", "duties", "plan")
TITLE = "青山县人民政府关于2024年度法治政府建设情况的报告\n"
M = "全年制发行政规范性文件5件，全部经过合法性审核；办结行政复议案件12件。"
S = "行政执法不够规范，主要原因是培训不足。"
D = "县长带头会前学法6次，主持常务会议研究法治政府建设3次，年底述法。"
P = "一是完善规范性文件审核机制；二是推进综合行政执法改革。"


def statuses(text: str) -> tuple[str, ...]:
    res = check(read_text(text), checklists.load("county_gov"))
    return tuple(res.parts[p].status for p in PARTS)


def report(h: list[str]) -> str:
    return TITLE + "".join(f"{head}\n{body}\n" for head, body in zip(h, (M, S, D, P), strict=True))


@pytest.mark.parametrize(
    "headings",
    [
        [
            "第一部分 主要工作开展情况",
            "第二部分 存在的主要问题",
            "第三部分 主要负责人履职情况",
            "第四部分 明年工作思路",
        ],
        [
            "一、2024年工作成效",
            "二、存在的短板和差距",
            "三、党政主要负责人履行法治建设第一责任人职责情况",
            "四、2025年工作打算",
        ],
        ["(一)主要做法和成效", "(二)困难和问题", "(三)第一责任人履职情况", "(四)下一步工作计划"],
        ["1、取得的成绩", "2、存在的不足", "3、主要负责人履行职责情况", "4、下步努力方向"],
        ["一、推进法治政府建设的进展情况", "二、面临的困难", "三、领导干部述法和履职情况", "四、2025年工作重点"],
    ],
)
def test_unseen_heading_wordings_and_numbering(headings: list[str]) -> None:
    assert statuses(report(headings)) == ("present",) * 4


def test_other_order_still_classified_and_reported_as_info() -> None:
    text = (
        TITLE
        + f"一、主要负责人履行第一责任人职责情况\n{D}\n二、2025年工作安排\n{P}\n三、主要举措和成效\n{M}\n四、存在的问题\n{S}\n"
    )
    res = check(read_text(text), checklists.load("county_gov"))
    assert tuple(res.parts[p].status for p in PARTS) == ("present",) * 4
    order = [f for f in res.findings if f.rule == "part-order"]
    assert len(order) == 1 and order[0].severity == "info"


def test_duties_first_then_the_rest_in_order_is_no_part_order_info() -> None:
    """The 规定 lists what a report holds, not an order: the duties part first and the other three in order is
    a common layout no reviewer corrects — no info; the duties first with the plan before the shortcomings is."""
    first = f"一、主要负责人履行第一责任人职责情况\n{D}\n二、主要举措和成效\n{M}\n"
    quiet = TITLE + first + f"三、存在的问题\n{S}\n四、2025年工作安排\n{P}\n"
    told = TITLE + first + f"三、2025年工作安排\n{P}\n四、存在的问题\n{S}\n"
    for text, n in ((quiet, 0), (told, 1)):
        res = check(read_text(text), checklists.load("county_gov"))
        assert tuple(res.parts[p].status for p in PARTS) == ("present",) * 4
        assert len([f for f in res.findings if f.rule == "part-order"]) == n


def test_themed_sections_then_unheaded_shortcomings_and_plan() -> None:
    text = (
        TITLE + f"一、坚持依法决策，提升决策质量\n{M}\n二、严格规范执法，提升执法水平\n全年评查案卷41卷。\n"
        "虽然取得了一定成效，但也存在一些不足：执法人员素质参差不齐，原因是培训不够。\n"
        "2025年，青山县将继续深化法治政府建设，重点推进综合行政执法改革。\n"
    )
    assert statuses(text) == ("present", "present", "missing", "present")


def test_duties_folded_into_a_measure_item() -> None:
    text = (
        TITLE + f"一、主要举措和成效\n（一）加强组织领导。县长认真履行推进法治建设第一责任人职责，会前学法6次。\n{M}\n"
        f"二、存在的不足和原因\n{S}\n三、2025年度主要工作安排\n{P}\n"
    )
    assert statuses(text) == ("present", "present", "folded", "present")


def test_combined_heading_covers_two_parts() -> None:
    text = TITLE + f"一、主要举措和成效\n{M}\n二、存在的问题和下一步打算\n{S}{P}\n三、第一责任人职责履行情况\n{D}\n"
    assert statuses(text) == ("present",) * 4


def test_headings_only_styled_in_markdown() -> None:
    from drafter.readers.markdown import read_text as read_md

    text = (
        TITLE.replace("青山", "# 青山")
        + f"\n## 工作成效\n\n{M}\n\n## 问题与不足\n\n{S}\n\n## 第一责任人履职\n\n{D}\n\n## 明年打算\n\n{P}\n"
    )
    res = check(read_md(text), checklists.load("county_gov"))
    assert tuple(res.parts[p].status for p in PARTS) == ("present",) * 4


def test_missing_plan_is_an_error() -> None:
    text = TITLE + f"一、主要举措和成效\n{M}\n二、存在的不足和原因\n{S}\n三、第一责任人职责情况\n{D}\n"
    res = check(read_text(text), checklists.load("county_gov"))
    assert res.parts["plan"].status == "missing"
    assert any(f.rule == "missing-part" and f.part == "plan" and f.severity == "error" for f in res.findings)


@pytest.mark.parametrize(
    "themed",
    [
        "坚持问题导向，规范行政执法行为",
        "统筹安排部署，压实工作责任",
        "补齐基层短板，夯实法治基础",
        "严格履行行政复议职责",
    ],
)
def test_themed_measure_headings_with_cue_words_stay_measures(themed: str) -> None:
    text = (
        TITLE + f"一、强化组织领导\n{M}\n二、{themed}\n全年评查案卷41卷。\n三、深化普法宣传\n开展普法活动12场。\n"
        "虽然取得一定成效，但也存在一些不足，主要原因是培训不够。\n"
        "2025年，青山县将继续深化法治政府建设，重点推进综合行政执法改革。\n"
    )
    res = check(read_text(text), checklists.load("county_gov"))
    assert res.parts["shortcomings"].line == 8 and res.parts["plan"].line == 9
    assert res.parts["measures"].status == "present"


@pytest.mark.parametrize(
    "opening",
    [
        "我局法治政府建设虽取得一定成效，但与上级要求相比还有一定差距：执法培训不足，究其原因是经费紧张。",
        "在取得成绩的同时，我们也清醒地看到，工作中还存在一些问题：执法不够规范，原因是培训不够。",
        "对照上级要求，我县法治政府建设还存在以下不足：执法不够规范，原因是培训不够。",
    ],
)
def test_unheaded_shortcomings_phrasings(opening: str) -> None:
    text = TITLE + f"一、第一责任人履职情况\n{D}\n二、主要举措和成效\n{M}\n{opening}\n三、2025年工作打算\n{P}\n"
    assert statuses(text) == ("present",) * 4


def test_combined_heading_years_and_tie_order() -> None:
    text = (
        TITLE
        + f"一、2024年主要举措和成效\n（一）提前谋划2025年普法工作。{M}\n二、2024年存在的问题及2025年工作打算\n{S}{P}\n三、第一责任人职责履行情况\n{D}\n"
    )
    res = check(read_text(text), checklists.load("county_gov"))
    assert not [f for f in res.findings if f.rule == "stale-year"]
    assert statuses(text) == ("present",) * 4


def test_unnumbered_heading_lines_from_a_styled_document_copied_as_text() -> None:
    text = TITLE + f"工作开展情况\n{M}\n存在的问题及原因\n{S}\n主要负责人履职情况\n{D}\n下一步工作打算\n{P}\n"
    res = check(read_text(text), checklists.load("county_gov"))
    assert tuple(res.parts[p].status for p in PARTS) == ("present",) * 4
    assert res.parts["shortcomings"].heading == "存在的问题及原因" and res.parts["shortcomings"].line == 4


def test_a_short_sentence_is_not_taken_for_a_heading() -> None:
    text = (
        TITLE
        + f"一、主要举措和成效\n{M}\n问题整改到位\n二、存在的不足和原因\n{S}\n三、第一责任人职责情况\n{D}\n四、2025年工作安排\n{P}\n"
    )
    res = check(read_text(text), checklists.load("county_gov"))
    assert res.parts["shortcomings"].line == 5


@pytest.mark.parametrize("numbers", [("1、", "2、", "3、", "4、"), ("1.", "2.", "3.", "4.")])
def test_parts_numbered_with_arabic_digits_over_cn_items(numbers: tuple[str, ...]) -> None:
    a, b, c, d = numbers
    text = (
        TITLE
        + f"{a}主要举措和成效\n（一）加强学法用法。全年学法12次。\n（二）规范执法。{M}\n{b}存在的不足和原因\n{S}\n"
        f"{c}党政主要负责人履行推进法治建设第一责任人职责情况\n{D}\n{d}2025年工作安排\n{P}\n"
    )
    res = check(read_text(text), checklists.load("county_gov"))
    assert tuple(res.parts[p].status for p in PARTS) == ("present",) * 4
    assert res.parts["measures"].heading == f"{a}主要举措和成效"


@pytest.mark.parametrize(
    "opening",
    [
        "展望2025年，我县将继续深入学习贯彻习近平法治思想，全面推进依法行政。",
        "新的一年，我县将继续深入学习贯彻习近平法治思想，全面推进依法行政。",
    ],
)
def test_unheaded_plan_phrasings(opening: str) -> None:
    text = TITLE + f"一、主要举措和成效\n{M}\n二、存在的不足和原因\n{S}\n三、第一责任人职责履行情况\n{D}\n{opening}\n"
    assert statuses(text) == ("present",) * 4


def test_still_exist_shortcomings_paragraph_after_the_last_measure() -> None:
    text = (
        TITLE + f"一、主要举措和成效\n{M}\n全年评查案卷41卷。\n"
        "我县法治政府建设工作中还存在一些问题和不足，主要是：一是执法不规范；二是培训不够。究其原因，是经费不足。\n"
        f"二、第一责任人职责履行情况\n{D}\n三、2025年工作安排\n{P}\n"
    )
    assert statuses(text) == ("present",) * 4


def test_measures_whose_heading_was_dropped_keep_the_reports_levels_and_part() -> None:
    """（一）（二） before the first 一、-kind heading, and that heading is 二、: the report's 一、 was
    dropped, not numbered 1、 over （一） — the 二、 headings stay the top level, and the numbered items
    before them are the measures part (present), not the other parts nested under （二）."""
    text = (
        TITLE
        + "2024年，我县深入推进法治政府建设，现将有关情况报告如下：\n"
        + f"（一）坚持党的领导，强化组织保障\n{M}\n（二）坚持依法决策，规范权力运行\n{M}\n"
        + f"二、存在的不足和原因\n{S}\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n{D}\n四、2025年工作安排\n{P}\n"
    )
    doc = read_text(text)
    levels = {b.number: b.level for b in doc.blocks if b.kind == "heading"}
    assert levels["二、"] == 1 and levels["（一）"] == 2, levels
    assert statuses(text) == ("present",) * 4
