"""A town's report read for its unit where no title names one: the town's short form as the opening's subject
(青禾镇政府在……领导下), the one town a report that calls itself 本镇 names, and no place cut across a clause
(强化与市区法院 is no 强化与市区)."""

from __future__ import annotations

from drafter.readers.head.generic import own_place

from .helpers.head import head_of, read_text

TOWN_BODY = "一、2023年度推进法治政府建设的主要举措和成效\n全年调解纠纷30件。\n二、存在的不足和原因\n人员不足。\n"


def test_a_towns_short_form_as_the_openings_subject_names_it() -> None:
    """镇政府 is a town's government as 县政府 is a county's: the opening's subject names the unit."""
    opening = "青禾镇政府在区委、区政府领导下，深入推进依法行政。现将青禾镇法治政府建设有关情况汇报如下：\n"
    _, unit, unit_type, _ = head_of(opening + TOWN_BODY)
    assert (unit, unit_type) == ("青禾镇政府", "township")


def test_the_one_town_a_report_that_calls_itself_a_town_names_is_its_own() -> None:
    """No title, no subject: the report says 本镇 and names one town alone twice; the level after a verb or a
    preposition (根据镇党委, 明确由镇党委书记) is no town's name."""
    text = (
        "一、2023年度法治政府建设的主要举措和成效\n"
        "一是完善机制。根据镇党委年初部署，青禾镇重新组建法治建设领导小组，明确由镇党委书记任组长，"
        "加强党对本镇法治建设的领导。二是抓好学法。青禾镇“周一学法”坚持全年，"
        "青禾镇20名干部参加考试，全部合格。\n二、存在的不足和原因\n人员不足。\n"
    )
    _, unit, unit_type, _ = head_of(text)
    assert (unit, unit_type) == ("青禾镇人民政府", "township")


def test_two_towns_named_alone_give_no_own_town() -> None:
    """A report naming two towns alone says not which is its own; a county's report (本县) is no town's."""
    two = [
        "全年学法12次。青禾镇“周一学法”坚持全年，柳河镇20名干部参加。",
        "青禾镇、柳河镇联合开展普法。柳河镇“法律夜校”开课。",
    ]
    assert own_place("镇", two) is None
    one = ["全年学法12次。青禾镇“周一学法”坚持全年，青禾镇20名干部参加。"]
    assert own_place("镇", one) == "青禾镇" and own_place("县", one) is None


def test_a_place_holds_no_conjunction() -> None:
    """与 joins two things: 强化与市区法院对接 names no place 强化与市区 for a 区司法局's report."""
    text = (
        "区司法局关于2025年法治政府建设情况的报告\n"
        "2025年，区司法局党组坚持依法行政。现将区司法局2025年法治政府建设情况报告如下：\n"
        "一、2025年推进法治政府建设的主要举措和成效\n"
        "一是加强学习。全年学法12次。二是提升应诉质效。强化与市区法院对接，出庭应诉率100%。\n"
    )
    assert read_text(text).meta.unit == "区司法局"


def test_a_sites_banner_of_another_type_than_the_openings_subject_is_no_unit() -> None:
    """A county's portal name above the page's 热门搜索 line, then a town's opening (青禾镇在……领导下): the opening's
    subject says the text is a town's; the banner is the site's, the town is the unit."""
    text = (
        "青山区人民政府\n热门搜索：\n"
        "2022年，青禾镇在区委、区政府的正确领导下，坚持依法行政，有力推进法治建设。\n"
        "一、2022年推进法治建设的主要举措和成效\n全年调解纠纷30件。\n"
    )
    _, unit, unit_type, _ = head_of(text)
    assert (unit, unit_type) == ("青禾镇人民政府", "township")
