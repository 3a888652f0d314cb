"""A duties sentence that opens with the duty's own words and counts the head's act (review5 entry 5): it
reports the act, it is no restated duty list — the items it covers were a required-item ERROR (exit 1)."""

from __future__ import annotations

import pytest

from .helpers.duties import checked


@pytest.mark.parametrize(
    ("duties", "covered"),
    [
        (
            "县长认真履行推进法治建设第一责任人职责，带头学法12次。亲自部署法治政府建设工作，3次听取工作汇报，年底述法。",
            True,
        ),
        ("县长切实履行推进法治建设第一责任人职责，带头学法12次。同时，3次听取工作汇报。", True),
        # the 四个亲自 restated after the head's name, his acts counted in the next sentences, no subject of their own
        # (review7 R9: a false required-item ERROR 没有写到“写明主要负责人本人”)
        (
            "县长认真履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、"
            "重要任务亲自督办。全年主持召开县政府常务会议研究法治工作4次，听取行政复议工作汇报3次。带头学法。",
            True,
        ),
        # the next sentence's act is another's (班子成员): the head's name with the duty list restated reports nothing
        (
            "县长对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。班子成员主持召开会议4次。",
            False,
        ),
        # the duty list restated, no act counted: still no report of the head's act
        ("县长认真履行推进法治建设第一责任人职责，带头学法。", False),
        ("党政主要负责人要履行推进法治建设第一责任人职责，定期听取有关工作汇报，及时研究解决有关重大问题。", False),
    ],
)
def test_a_counted_act_is_no_restated_duty(duties: str, covered: bool) -> None:
    result = checked(duties)
    got = result.items["duties-leader"]
    assert (got.status == "covered") is covered, (got.status, got.evidence)
    errors = [f for f in result.findings if f.severity == "error" and f.part == "duties"]
    assert not covered or not errors, [(f.rule, f.message) for f in errors]
