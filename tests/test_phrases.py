"""A fixed phrase of 公文 or of 法治 work written one character off (bent-phrase): a character dropped inside it, two
inside it swapped, or its second character typed ahead of it after a verb. Each made-up slip is found with the
phrase to write; its corrected twin, a right phrase of its own and a word that ends with the character give none;
a paragraph is read once however many bent forms it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check, phrases
from drafter.readers import read_path

from .conftest import count_calls

HEAD = "青禾县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n"
SLIPS = (
    ("现将关情况汇报如下：", "现将关情况", "改为“现将有关情况”或“现将相关情况”"),
    ("营商环境评价保持全省一方阵。", "全省一方阵", "改为“全省第一方阵”"),
    ("推进法合法性审查全覆盖，审核合同15份。", "法合法性审查", "“法”字"),
    ("乡长坚持法依法治乡，推动村务公开。", "法依法治乡", "改为“依法治乡”"),
    ("全年开展公平竞审查12件。", "公平竞审查", "改为“公平竞争审查”"),
    ("完善规范性文件案备审查机制。", "规范性文件案备审查", "颠倒了两个字"),
    ("依托法律援中心开展服务。", "法律援中心", "改为“法律援助中心”"),
    ("扎实推进治法治政府建设。", "治法治政府", "改为“法治政府”"),
)
RIGHT = (
    "现将有关情况汇报如下：现将相关情况补充如下：",
    "营商环境评价保持全省第一方阵，持续优化法治营商环境。",
    "严格落实合法性审查，推进执法依法规范，做好普法依法治理，开展宪法合法性审查研究。",
    "乡长坚持依法治乡，全年开展公平竞争审查12件。",
)


def _found(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "报告.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    doc = read_path(path)
    result = check(doc, checklists.load("department"), year=2024)
    return [(f.quote or "", f.message) for f in result.findings if f.rule == phrases.BENT_PHRASE.id]


@pytest.mark.parametrize(("line", "quote", "says"), SLIPS, ids=[s[1] for s in SLIPS])
def test_a_phrase_one_character_off_is_found(tmp_path: Path, line: str, quote: str, says: str) -> None:
    found = _found(tmp_path, line)
    assert [q for q, _ in found] == [quote], found
    assert found[0][1].startswith("改为“") and says in found[0][1], found


@pytest.mark.parametrize("line", RIGHT)
def test_the_phrases_written_right_give_none(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, line) == []


def test_a_bent_form_that_stands_inside_a_right_phrase_is_never_looked_for() -> None:
    forms = phrases.bent_forms(phrases.Phrases(("合法性审查", "法治化营商环境"), ("法治营商环境",)))
    assert "合法审查" in forms and "法治营商环境" not in forms and "法合法性审查" in forms
    assert all(not any(f in w for w in ("合法性审查", "法治化营商环境", "法治营商环境")) for f in forms)


def test_a_paragraph_is_read_once_however_many_bent_forms_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fixed terms are looked up once per paragraph, not once per bent form found (a line of 400 of them)."""
    calls = count_calls(monkeypatch, phrases, "bent_terms")
    text = "推进法合法性审查，" * 400
    assert len(list(phrases._bent_phrases(text, None))) == 400
    assert len(calls) == 1
