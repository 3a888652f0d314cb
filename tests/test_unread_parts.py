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
