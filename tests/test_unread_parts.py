"""Parts after a break: a copy that stops mid-sentence has them unread; a draft being written misses them."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.markdown import read_text

HEAD = '+++\nunit = "青山县某乡人民政府"\ntype = "township"\nyear = 2025\n+++\n'
BODY = "## 一、2025年主要举措和成效\n\n全年开展普法活动12场，调解纠纷30件，聘请法律顾问1名"


def _rules(text: str) -> list[str]:
    doc = read_text(text)
    return [f.rule for f in check(doc, checklists.load("township")).findings]


def test_a_draft_stopped_mid_sentence_misses_the_parts_not_yet_written() -> None:
    got = _rules(HEAD + BODY + "\n")
    assert "unread-parts" not in got
    assert got.count("missing-part") == 3


def test_the_same_text_as_a_copy_has_them_unread() -> None:
    got = _rules("青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n" + BODY + "\n")
    assert "unread-parts" in got and "missing-part" not in got


def _findings(text: str) -> list[tuple[str, str, str]]:
    doc = read_text(text)
    return [(f.rule, f.severity, f.message) for f in check(doc, checklists.load("township")).findings]


def test_items_not_found_before_the_break_are_one_note_at_it_not_gaps() -> None:
    """The copy stops inside the measures: what the checklist wants there may stand after the break, so no item
    is called not written; the one note at the break names them (the reviewer knows what to look for)."""
    got = _findings("青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n" + BODY + "\n")
    assert [r for r, _, _ in got if r == "required-item" and "没有写到" in _] == []
    (note,) = [m for r, _, m in got if r == "unread-parts"]
    assert "“主要举措和成效”部分没有读完，中断前没有写到“" in note and "部分没有读到" in note


def test_a_report_that_ends_still_has_its_gaps() -> None:
    got = _findings("青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n" + BODY + "。\n")
    assert any(r == "required-item" and s != "info" for r, s, _ in got)
    assert "unread-parts" not in [r for r, _, _ in got]


CUT = "青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n一、2025年主要举措和成效\n\n（一）执法。全年办理行政处罚案件36件。\n\n"


def test_an_item_the_unfinished_sentence_names_is_not_called_unwritten() -> None:
    """The sentence the copy breaks off in names what it was reporting (普法志愿者): the note says that sentence names
    the item, not that it was not written before the break; one named only in a cited title (学习《行政复议法》) is
    no item the sentence was reporting — the note still lists it as not found."""
    (note,) = [
        m
        for r, _, m in _findings(CUT + "（二）宣传。坚持把普法作为基层治理的先手棋，调动普法志愿者等力量，围\n")
        if r == "unread-parts"
    ]
    assert "中断处没有写完的一句提到了“普法宣传”" in note and "没有写到“普法宣传”" not in note, note
    (note,) = [
        m
        for r, _, m in _findings(CUT + "（二）学习。组织机关干部集中学习《人民调解法》《信访工作条例\n")
        if r == "unread-parts"
    ]
    assert "提到了" not in note and "中断前没有写到" in note, note
