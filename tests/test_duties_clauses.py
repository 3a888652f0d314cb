"""Two sentence shapes that hid a duty the own head did: a sentence restating the 规定's duty list (the 四个亲自) with a
clause beyond it — an act the list does not name — reports that act there (``substance.restates``' cue); and the own
head given the chair of a group on law that the same sentence has meet to study or deploy (``namesonly.group_meets``)
reports the meeting, not only a post. Made-up reports of the kinds; the bad cases stay missing."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.kinds import STANDARD, STANDARD_TAIL

HEADS = {
    "department": "青山县自然资源局2023年法治政府建设情况报告\n",
    "county_gov": "青山县人民政府关于2023年度法治政府建设情况的报告\n",
    "township": "青山县石门镇人民政府关于2023年度法治政府建设情况的报告\n",
}
FOUR = "对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办"


def _status(kind: str, act: str, item: str) -> str:
    res = check(read_text(HEADS[kind] + STANDARD.format(act) + STANDARD_TAIL), checklists.load(kind), year=2023)
    return res.items[item].status


@pytest.mark.parametrize(
    ("kind", "act", "item", "covered"),
    [
        # the list restated, then an act it does not name: the 述法 is reported, the restated 部署 is not
        (
            "department",
            f"局长认真履行推进法治建设第一责任人职责，{FOUR}，年底带头向局党组述法。",
            "duties-report",
            True,
        ),
        (
            "department",
            f"局长认真履行推进法治建设第一责任人职责，{FOUR}，年底带头向局党组述法。",
            "duties-deploy",
            False,
        ),
        # only the list: nothing reported
        ("department", f"局长认真履行推进法治建设第一责任人职责，{FOUR}。", "duties-deploy", False),
        ("department", f"局长认真履行推进法治建设第一责任人职责，{FOUR}。", "duties-leader", False),
        # the list's own words in every clause (带头尊法学法守法用法 is the list's): nothing beyond it
        (
            "township",
            "镇长认真履行推进法治建设第一责任人职责，带头尊法学法守法用法，定期听取有关工作汇报，及时研究解决有关重大问题。",
            "duties-study",
            False,
        ),
        # the head chairs the group on law and the group meets to study it: his act
        (
            "county_gov",
            "设立由县长担任组长的依法行政工作领导小组，按季度召开全体会议研究部署法治政府建设任务。",
            "duties-leader",
            True,
        ),
        (
            "township",
            "全镇成立依法治镇领导小组，由镇党委书记任组长，班子成员为成员，每季度召开会议，专题研究法治建设工作。",
            "duties-leader",
            True,
        ),
        # a group on another field meeting, a meeting that only studies a speech, a post alone: only a post given
        (
            "county_gov",
            "成立由县长任组长的安全生产领导小组，定期召开会议研究安全生产工作。",
            "duties-leader",
            False,
        ),
        (
            "county_gov",
            "成立以县长为组长的法治政府建设领导小组，召开会议传达学习上级会议精神。",
            "duties-leader",
            False,
        ),
        ("county_gov", "成立以县长为组长的法治政府建设领导小组，统筹推进依法行政。", "duties-leader", False),
    ],
)
def test_duty_clauses(kind: str, act: str, item: str, covered: bool) -> None:
    assert (_status(kind, act, item) == "covered") is covered, act
