"""doubled-sentence: a paste done twice is one finding, however many times it repeats."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青山县人民政府关于2023年度法治政府建设情况的报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
SENTENCE = "全年办理行政复议案件33件，办结率100%。"


def _doubled(text: str) -> list[tuple[int | None, int]]:
    found = check(read_text(HEAD + text), checklists.load("county_gov"), year=2023).findings
    return [(f.line, f.col) for f in found if f.rule == "doubled-sentence"]


def test_a_sentence_pasted_four_times_is_one_finding_at_the_first_repeat() -> None:
    assert _doubled(SENTENCE * 4) == [(3, len(SENTENCE))]


def test_a_paragraph_repeated_is_one_finding_at_the_repeat() -> None:
    assert _doubled("\n".join([SENTENCE] * 3)) == [(4, 0)]


def test_the_same_sentence_apart_is_no_repeat() -> None:
    assert _doubled(SENTENCE + "全年办理行政处罚案件40件。" + SENTENCE) == []


def test_the_same_line_under_two_headings_is_no_repeat() -> None:
    """责任单位 written under each task of a plan stands after another heading each time."""
    plan = "（一）加强行政执法监督\n责任单位：县司法局，各行政执法部门。\n（二）推进规范性文件备案审查\n责任单位：县司法局，各行政执法部门。"
    assert _doubled(plan) == []


def test_the_openings_formula_pasted_again_further_on_is_a_repeat() -> None:
    """现将有关情况报告如下： at the opening's end and again in the next paragraph; another part's own
    "现将……履职情况报告如下" is another sentence."""
    opening = "2023年，我县深入推进法治政府建设，现将有关情况报告如下：\n现将有关情况报告如下：\n"
    found = check(read_text(HEAD.split("\n")[0] + "\n" + opening), checklists.load("county_gov"), year=2023).findings
    assert [(f.line, f.col) for f in found if f.rule == "doubled-sentence"] == [(3, 0)]
    assert (
        _doubled("全年办理案件3件。\n现将有关情况报告如下：\n三、主要负责人履职情况\n现将主要负责人履职情况报告如下：")
        == []
    )
