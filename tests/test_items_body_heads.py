"""A head's title right after another body's name is that body's head (review5 entry 22): in a county government's
report 县司法局局长 is the 司法局's head, and the county's 写明主要负责人本人 is not written; in the 司法局's own
report the same words name its own head."""

from __future__ import annotations

import pytest

from .helpers.duties import checked

COUNTY, BUREAU = ("青禾县人民政府", "county_gov"), ("青禾县司法局", "department")


@pytest.mark.parametrize(
    ("unit", "duties", "covered"),
    [
        (COUNTY, "县司法局局长主持召开专题会议研究法治政府建设工作3次，带头学法12次，年底述法。", False),
        (COUNTY, "县发改委主任带头学法4次。", False),
        (COUNTY, "县长主持召开县政府常务会议4次专题研究法治政府建设。", True),
        (BUREAU, "县司法局局长主持召开专题会议研究法治政府建设工作3次，带头学法12次，年底述法。", True),
        (BUREAU, "局长主持召开局党组会议3次研究法治建设。", True),
        (BUREAU, "我局局长主持召开局党组会议3次研究法治建设。", True),
        (BUREAU, "局党组书记、局长主持召开党组会议3次研究法治建设。", True),
        (BUREAU, "县财政局局长带头学法4次。", False),
        # the unit's usual short name is the unit itself (review5 entry 25)
        (("青禾县市场监督管理局", "department"), "县市场监管局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县人力资源和社会保障局", "department"), "县人社局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县卫生健康委员会", "department"), "县卫健委主任主持召开委党组会议专题研究法治建设工作4次。", True),
        (("青禾县住房和城乡建设局", "department"), "县住建局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县交通运输局", "department"), "县交通局局长主持召开局党组会议专题研究法治建设工作4次。", True),
        (("青禾县市场监督管理局", "department"), "县司法局局长带头学法4次。", False),
        (COUNTY, "县民政局局长带头学法4次。", False),
        (COUNTY, "县政府办公室主任带头学法4次。", False),
    ],
)
def test_another_bodys_head_is_not_the_own(unit: tuple[str, str], duties: str, covered: bool) -> None:
    result = checked(duties, *unit)
    got = result.items["duties-leader"]
    assert (got.status == "covered") is covered, (got.status, got.evidence)
