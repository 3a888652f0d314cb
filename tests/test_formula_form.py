"""formula-form: a central document's formula written with an interior member dropped, marks put between the
members of one written without them, or 党的 left off the Party's congress — and the words of their own a
formula's bent form may also be (公正执法, 学法用法, 学法守法用法, two members listed) told nothing."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text


def _found(sentence: str, year: int = 2024) -> list[tuple[str, str, str]]:
    res = check(read_text(sentence + "\n"), checklists.load("county_gov"), year=year)
    return [(f.severity, f.quote or "", f.message) for f in res.findings if f.rule == "formula-form"]


@pytest.mark.parametrize(
    ("sentence", "severity", "quote", "right"),
    [
        ("以严格规范公正执法为重点，提升执法水平。", "warning", "严格规范公正执法", "严格规范公正文明执法"),
        ("增强机关干部尊法守法用法的自觉性。", "warning", "尊法守法用法", "尊法学法守法用法"),
        ("落实“谁执法，谁普法”普法责任制。", "warning", "谁执法，谁普法", "谁执法谁普法"),
        ("落实谁执法、谁普法责任制。", "info", "谁执法、谁普法", "谁执法谁普法"),
        ("引导村民尊法、守法、用法，全年调解纠纷20件。", "info", "尊法、守法、用法", "尊法学法守法用法"),
        ("深入学习贯彻二十大精神，推进依法行政。", "warning", "二十大", "党的二十大"),
        ("认真学习贯彻二十届三中全会精神。", "warning", "二十届三中全会", "党的二十届三中全会"),
        ("开展二十大、二十届三中全会精神专题学习。", "warning", "二十大", "党的二十大"),  # once, at the list's head
    ],
)
def test_a_bent_formula_is_told_with_the_action_first(sentence: str, severity: str, quote: str, right: str) -> None:
    ((sev, got, message),) = _found(sentence)
    assert (sev, got) == (severity, quote)
    assert message.startswith(f"改为“{right}”")
    assert sum(2 if ord(c) > 0x2E80 else 1 for c in message) <= 80  # the app's status line
    assert (sev == "info") == ("审阅者看法不一" in message)


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持严格规范公正文明执法，推进公正执法。",
        "完善学法用法制度，引导群众学法守法用法。",
        "调动干部学法尊法守法用法的自觉性。",
        "统筹推进科学立法、严格执法，推动法治国家、法治社会建设。",
        "落实“谁执法谁普法”普法责任制。",
        "深入学习贯彻党的二十大和二十届三中全会精神，开展“喜迎二十大”活动。",
        "实施二十大工程建设项目，召开县十九届人大一次会议。",
        "印发学习党的二十届三中全会精神工作方案，举办学习二十届三中全会精神培训班。",
    ],
)
def test_a_formula_written_right_or_a_phrase_of_its_own_is_told_nothing(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_formula_is_judged_from_the_year_it_holds() -> None:
    """谁执法谁普法 is the 2017 意见's: a 2016 report is not judged by it."""
    assert _found("落实“谁执法，谁普法”普法责任制。", year=2016) == []


def test_a_long_paragraph_of_unheaded_meetings_is_read_a_bounded_number_of_times() -> None:
    """Each 二十大 of a long paragraph looked back to the paragraph's start (for 党的二十大 written before, for
    the clause's start): a one-line web copy was quadratic. Held by the characters find/rfind scan."""
    from drafter.checks.formulaforms import headless

    scanned = 0

    class Counted(str):
        def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
            nonlocal scanned
            scanned += (len(self) if end is None else end) - (start or 0)
            return str.find(self, sub, start, end)

        def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
            nonlocal scanned
            scanned += (len(self) if end is None else end) - (start or 0)
            return str.rfind(self, sub, start, end)

    text = Counted("组织干部学习二十大精神和" * 1000)
    assert len(list(headless(text))) == 1000
    assert scanned <= 20 * len(text), scanned
