"""One heading over the measures and the shortcomings (一、2023年推进法治政府建设主要举措、成效和不足): the
section is the measures' (and the shortcomings'); only its paragraphs that list a shortcoming are judged
for causes, so an opening cut before them gets no 'no causes' warning."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import Result, check
from drafter.readers.txt import read_text

HEAD = "青禾县交通运输局2023年度法治政府建设报告\n一、2023年推进法治政府建设主要举措、成效和不足\n"
MEASURES = (
    "（一）持续优化法治化营商环境。公布行政许可事项37项，106项政务服务事项入驻市民中心。\n"
    "（二）健全依法行政制度体系。全年审核规范性文件5件，全部按时报送备案。\n"
)


def _checked(text: str) -> Result:
    return check(read_text(text), checklists.load("department"), year=2023)


def test_a_joint_heading_keeps_the_measures() -> None:
    res = _checked(HEAD + MEASURES)  # an opening: cut before the shortcomings
    assert res.parts["measures"].status == "present"
    assert not [f for f in res.findings if f.rule == "no-causes"]
    assert not [f for f in res.findings if f.rule == "folded-part" and f.part == "measures"]


def test_the_shortcomings_under_it_are_judged_for_causes() -> None:
    without = _checked(HEAD + MEASURES + "（三）存在的不足。一是执法人员不足；二是普法形式单一。\n")
    assert [f for f in without.findings if f.rule == "no-causes"]
    caused = _checked(HEAD + MEASURES + "（三）存在的不足。一是执法人员不足，主要原因是编制紧张。\n")
    assert not [f for f in caused.findings if f.rule == "no-causes"]
