"""A report in the head's first person (his 述法报告, a duties part he writes as 我): 我 is the head in every
paragraph once the title, the cover sentence or an earlier paragraph of the part says so; a unit's report
saying 2023年，我深入贯彻…… with none of these has dropped its unit (我局), a 单位自称 warning."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

UNIT = "青禾县司法局关于2023年度法治政府建设情况的报告\n\n现将我局2023年法治政府建设情况报告如下：\n\n"
SPEECH = "2023年，我深入贯彻上级法治建设部署，全年带头学法6次。\n\n我坚持会前学法制度，全年主持集体学法4次。\n"


def _slips(text: str) -> int:
    found = check(read_text(text), checklists.load("base"), year=2023).findings
    return len([f for f in found if f.rule == "wording" and "单位自称" in f.message])


@pytest.mark.parametrize(
    ("text", "slips"),
    [
        ("青禾镇镇长2023年述法报告\n\n" + SPEECH, 0),  # the title: the head's own report
        ("青禾县司法局局长2023年度述职述法报告\n\n" + SPEECH, 0),
        ("关于本人2023年度履行推进法治建设第一责任人职责情况的报告\n\n" + SPEECH, 0),
        ("今年以来，我认真贯彻上级部署，现将我履行推进法治建设第一责任人职责情况报告如下：\n\n" + SPEECH, 0),
        ("现将本人2023年度述法情况报告如下：\n\n" + SPEECH, 0),
        # an earlier paragraph of the duties part speaks as the head (本人作为局长)
        (
            UNIT
            + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n本人作为局长，认真履行第一责任人职责。\n\n"
            + SPEECH,
            0,
        ),
        # a unit's report: each 我 short of its 局 (a 述法 title about the unit's work is the unit's)
        (UNIT + SPEECH, 2),
        ("青禾县司法局关于2023年度述法工作情况的报告\n\n" + SPEECH, 2),
        # 本人 inside a clause names no head (申请人本人)
        (UNIT + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n推行申请人本人到场核验。\n\n" + SPEECH, 2),
        # 本人 in the measures part speaks for no paragraph of another part
        (UNIT + "一、主要举措和成效\n\n本人作为局长，认真履行职责。\n\n二、存在的不足和原因\n\n" + SPEECH, 2),
    ],
)
def test_the_reports_voice_names_the_head(text: str, slips: int) -> None:
    assert _slips(text) == slips
