"""An item written in another part than the regulation's, in a copy that breaks off mid-sentence: the part it
belongs in was not read to its end, so it may stand there after the break — no note that it belongs there; the
same report read to its end has the note."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = (
    "青山县人民政府关于2023年度法治政府建设情况的报告\n"
    "一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    "县长带头深入学习贯彻习近平法治思想，主持县政府常务会议专题学习习近平法治思想4次，会前学法6次。\n"
    "二、2023年度推进法治政府建设的主要举措和成效\n"
    "全年制发行政规范性文件5件，全部经过合法性审核；办结行政复议案件12件，"
)


def _notes(text: str) -> list[str]:
    res = check(read_text(text), checklists.load("county_gov"), year=2023)
    assert res.items["xi-thought"].status == "covered" and res.items["xi-thought"].elsewhere == "duties"
    return [f.message for f in res.findings if f.rule == "required-item" and "不是漏写" in f.message]


def test_a_copy_broken_off_in_the_part_an_item_belongs_in_gets_no_elsewhere_note() -> None:
    assert _notes(HEAD + "评查执") == []


def test_the_same_report_read_to_its_end_gets_the_note() -> None:
    notes = _notes(HEAD + "评查执法案卷41卷。\n")
    assert len(notes) == 1 and "习近平法治思想" in notes[0] and "“举措和成效”部分" in notes[0]
