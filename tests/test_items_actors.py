"""Whose act a duties sentence reports, over a grid (``helpers.actors``: unit type × doer × construction × act):
the unit's own head's act covers the duties item and is quoted; others' (all staff, 班子成员, a deputy, others'
heads, a superior visiting, citizens, others the head urges) is not that item's quote. A deterministic sample of
the grid; ``python -m tests.helpers.actors`` tabulates the whole of it."""

from __future__ import annotations

import random

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.actors import Case, cases, verdict

SAMPLE = 280


# what the grid still gets wrong, with why (python -m tests.helpers.actors -v lists them); none in the sample today:
# a duties sentence naming three duties items and the own head (主持召开会议听取……意见，年底……述法) reports his acts
# (``owners.heads_acts``), it is no list of topics
def known(c: Case) -> str | None:
    """Why the grid's case ``c`` is still judged wrong, or None."""
    return None


# the sampled cases of the class above that fail today: strict, so a fix shows as an unexpected pass and the case is
# taken off this list
FAILING: frozenset[str] = frozenset()


def _sample() -> list[object]:
    out: list[object] = []
    for c in sorted(random.Random(26).sample(cases(), SAMPLE), key=lambda c: c.name):
        why = known(c) if c.name in FAILING else None
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        out.append(pytest.param(c, id=c.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _sample())
def test_the_quote_of_a_duty_is_the_own_heads_act(case: Case) -> None:
    ok, quote = verdict(case)
    assert ok, (case.name, quote)


def test_the_grid_holds_near_misses_of_every_shape() -> None:
    """Every construction is tried with the own head too: a rule that silences others must keep the head."""
    grid = cases()
    shapes = {c.shape for c in grid}
    assert all(
        any(c.shape == s and c.key is not None for c in grid)
        for s in shapes - {"visit", "督促", "要求", "推动", "指导"}
    )
    assert any(c.key is None for c in grid) and len(grid) > 1500


UNIT_REPORT = """{unit}关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年办结行政处罚案件40件，评查执法案卷30卷。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
{head}认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治建设工作4次，带头开展会前学法10次，亲自部署年度执法工作，\
听取执法工作汇报3次，年底向县局党组述法。
四、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


@pytest.mark.parametrize(
    ("unit", "head", "own"),
    [
        # review5 entry 9: a 大队's, a 站's, a 所's own head by the title that is others' elsewhere
        ("青禾县综合行政执法大队", "大队长", True),
        ("青禾县林业工作站", "站长", True),
        ("青禾县柳河镇司法所", "所长", True),
        ("青禾县人民政府办公室", "县政府办公室主任", True),  # review5 entry 10
        # near misses: the same titles in a 局's report are others' (its 所, its 大队)
        ("青禾县司法局", "所长", False),
        ("青禾县城市管理局", "大队长", False),
    ],
)
def test_a_units_own_head_by_a_title_others_bear_elsewhere(unit: str, head: str, own: bool) -> None:
    doc = read_text(UNIT_REPORT.format(unit=unit, head=head))
    result = check(doc, checklists.load("department"), year=2023)
    for item in ("duties-leader", "duties-study", "duties-deploy", "duties-report"):
        assert (result.items[item].status == "covered") == own, (item, result.items[item].evidence)
    # the part names the head ({head}, thin: wordrx.own_titles), or names none
    unnamed = [f for f in result.findings if f.rule == "thin-part" and "没有写到主要负责人本人" in f.message]
    assert bool(unnamed) != own, unnamed
