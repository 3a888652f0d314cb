"""run-in-heading: where the message says the heading ends."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text


def _messages(text: str) -> list[str]:
    doc = read_text(text.strip())
    found = check(doc, checklists.load("base"), year=2023).findings
    return [f.message for f in found if f.rule == "run-in-heading"]


def test_a_heading_before_the_units_own_name_is_cut_at_the_name() -> None:
    got = _messages("""
石溪镇人民政府关于2023年度法治政府建设情况的报告
一、主要举措和成效
1.强化组织领导石溪镇政府始终把法治建设摆在重要位置，全年召开专题会议4次。
""")
    assert got == ["请在“强化组织领导”后加句号：标题“强化组织领导”与正文“石溪镇……”连在一起，中间漏了句号"]


def test_a_body_named_without_the_unit_known_leaves_the_cut_unsaid() -> None:
    """镇政府 found without the unit's name: 石溪 may end the phrase or start the name, so no cut is named."""
    got = _messages("""
一、主要举措和成效
1.强化组织领导石溪镇政府始终把法治建设摆在重要位置，全年召开专题会议4次。
""")
    assert got == ["请在标题末尾加句号：“强化组织领导石溪镇政府……”中标题与正文连在一起，中间漏了句号"]
