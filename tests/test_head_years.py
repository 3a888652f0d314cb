"""The year a report is on where its head does not say it: a news lead, a cover sentence without 将, the body."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check

from .helpers.head import BODY, read_text


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (  # a news copy posted long after: the lead names the report it releases, the page's date is the repost's
            "水利部公布2022年法治政府建设年度报告\n发布时间:2023-12-05 10:20:11\n"
            "本网讯 据水利部官网消息，水利部公布2022年法治政府建设年度报告。全文如下：\n"
            "一、坚持党的领导\n2022年，水利部党组研究法治工作3次。\n二、存在的不足和原因\n人员不足，原因是编制少。\n",
            2022,
        ),
        (  # 现报告如下 without 将: the year of the work summed up before it
            "依照有关规定，县自然资源局全面总结2023年度法治政府建设工作，现报告如下。\n" + BODY,
            2023,
        ),
        (  # a copy that starts at its first heading: the year the body's sentences on work done begin with
            "一、加强组织领导\n局党组重视法治工作。2021年，局党组召开会议4次研究法治工作。\n"
            "二、推进依法决策\n2021年，审核合同20份。\n",
            2021,
        ),
    ],
)
def test_the_year_where_the_head_names_none(text: str, year: int) -> None:
    doc = read_text(text)
    assert doc.meta.year == year
    result = check(doc, checklists.load("base"))
    assert not [f for f in result.findings if f.rule == "stale-year" and f.severity == "error"]


@pytest.mark.parametrize(
    "body",
    [
        "一、加强组织领导\n党组重视。2021年，召开会议4次。\n二、推进依法决策\n2022年，审核合同20份。\n",  # two years, once each
        "一、加强组织领导\n召开会议4次。2022年，我局将加强合同管理。\n",  # a plan's year only
    ],
)
def test_the_bodys_sentences_give_no_year_where_they_do_not_agree(body: str) -> None:
    assert read_text(body).meta.year is None
