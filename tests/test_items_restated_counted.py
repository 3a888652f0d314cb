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
