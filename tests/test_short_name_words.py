"""short-name says what the writer did: a form holding only the name's own words, in order, is a short form (推进
left out); one with a word the name has not (法治政府建设 for 法治建设) is a different name, not "简写"."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text


def _message(sentence: str) -> str:
    res = check(read_text(sentence + "\n"), checklists.load("county_gov"), year=2023)
    (found,) = [f for f in res.findings if f.rule == "short-name"]
    return found.message


def test_a_word_left_out_is_a_short_form() -> None:
    got = _message("县长切实履行法治建设第一责任人职责，带头学法4次。")
    assert got.startswith("可写全“") and "“法治建设第一责任人职责”是简写" in got and "有意简写的，可忽略" in got


def test_a_word_changed_is_a_different_name_not_a_short_form() -> None:
    got = _message("县长严格履行推进法治政府建设第一责任人职责，带头学法4次。")
    assert (
        got.startswith("可改为规定中的名称“")
        and "“推进法治政府建设第一责任人职责”与之不同" in got
        and "简写" not in got
    )
    assert "“履行推进法治建设第一责任人职责”" in got


def test_a_short_form_inside_a_wrong_name_is_the_wrong_names_one_finding() -> None:
    """党的主要负责人履行推进法治政府建设第一责任人职责: wording gives the whole right name; short-name does not tell
    its tail again at the same place — but still tells a short form standing elsewhere."""
    text = "深入落实党的主要负责人履行推进法治政府建设第一责任人职责，积极推进法治政府建设。"
    res = check(read_text(text + "\n"), checklists.load("county_gov"), year=2023)
    assert [f.rule for f in res.findings if f.rule in ("wording", "short-name")] == ["wording"]
    got = _message(text + "县长严格履行法治建设第一责任人职责。")
    assert "“法治建设第一责任人职责”是简写" in got and "另有" not in got
