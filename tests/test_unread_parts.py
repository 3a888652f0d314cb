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
    is called not written; the one note at the break says the part was not read to its end and names no item."""
    got = _findings("青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n" + BODY + "\n")
    assert [r for r, _, _ in got if r == "required-item" and "没有写到" in _] == []
    (note,) = [m for r, _, m in got if r == "unread-parts"]
    assert "“举措和成效”部分没有读完，其中没有找到的清单条目可能写在中断之后，不作判断" in note, note
    assert "部分没有读到" in note and "没有写到" not in note, note


def test_a_report_that_ends_still_has_its_gaps() -> None:
    got = _findings("青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n" + BODY + "。\n")
    assert any(r == "required-item" and s != "info" for r, s, _ in got)
    assert "unread-parts" not in [r for r, _, _ in got]


CUT = "青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n一、2025年主要举措和成效\n\n（一）执法。全年办理行政处罚案件36件。\n\n"


def test_the_note_lists_no_item_whatever_the_opening_says_in_other_words() -> None:
    """An opening may report an item in words no cue holds (坚持政治引领，确保正确方向 for the Party's leadership):
    a list of the items not found before the break would call it unwritten, so the note names none — whether the
    unfinished sentence names one (普法志愿者) or the opening only cites a title (学习《行政复议法》)."""
    for tail in (
        "（二）宣传。坚持把普法作为基层治理的先手棋，调动普法志愿者等力量，围",
        "（二）学习。组织机关干部集中学习《人民调解法》《信访工作条例",
    ):
        (note,) = [
            m
            for r, _, m in _findings(CUT + "坚持政治引领，筑牢思想根基，确保各项工作正确方向。" + tail + "\n")
            if r == "unread-parts"
        ]
        assert "“举措和成效”部分没有读完" in note and "“党的领导" not in note and "普法" not in note, note


MENTIONED = (
    "青山县某乡人民政府关于2025年法治政府建设情况的报告\n\n一、2025年主要举措和成效\n\n"
    "（一）学习。乡党委召开会议，部署学习宣传习近平法治思想等工作。\n\n（二）调解。全年调解纠纷30件"
)


def test_an_item_a_sentence_only_names_is_not_judged_in_a_part_the_copy_broke_off_in() -> None:
    """A sentence that only names an item (a meeting's topic) gets a note — "no sentence clearly writes it; check
    this one" — in a report read to its end; in the part a copy breaks off in, the sentence that reports it may
    follow the break: no note, the one at the break says the part was not read to its end."""
    broken = _findings(MENTIONED + "，\n")
    assert [m for r, _, m in broken if r == "required-item" and "习近平法治思想" in m] == []
    assert any(r == "unread-parts" and "部分没有读完" in m for r, _, m in broken)
    ended = _findings(MENTIONED + "。\n")
    assert any(r == "required-item" and "没有找到明确写到“深入学习贯彻习近平法治思想”" in m for r, _, m in ended), ended
