"""Textbook 病句 shapes (garbled-sentence, usage.toml [[garbled]]): a verb dropped (严格“……”, 制定发《……》), 等
twice in one list, a support written twice (提供……保障的……支撑), a list of organs whose next item is none, 的 between
a subject and its verb, 合法性 before what is reviewed. Each made-up slip is found with what to write; its corrected
twin gives none; a shape's pattern is screened when the file loads; a long line is searched once per shape."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check, garbled
from drafter.errors import ReadError
from drafter.readers import read_path

from .conftest import count_calls

HEAD = "青禾县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n"
SLIPS = (
    ("将宪法、刑法等法律法规等列入学习计划。", "等法律法规等", "改为“等法律法规”"),
    ("严格“三重一大”，规范决策程序。", "严格“三重一大”", "改为“严格落实‘三重一大’”"),
    ("研究制定发《青禾县执法监督办法》。", "制定发", "改为“制定印发”"),
    ("为全县发展提供有力保障的法治支撑。", "提供有力保障的法治支撑", "改为“提供有力的法治支撑”"),
    ("认真执行省委、决策部署各项要求。", "省委、", "“省委、”后接的不是机关名称"),
    ("压实局长的抓执法的责任。", "局长的抓", "改为“局长抓”"),
    ("扎实开展合法性合同审查。", "合法性合同审查", "改为“合同合法性审查”"),
    ("扎实推进依法行政，紧紧围绕年度目标。", "紧紧围绕年度目标", "缺了谓语"),
    ("在县委的领导下，市司法局的指导下，开展专项行动。", "市司法局的指导下", "改为“在市司法局的指导下”"),
    ("方案在县委全面依法治县委员会中审议通过。", "委员会中审议", "改为“委员会会议上审议”"),
    ("2024年，在县委的坚强领导下，在市局的指导下，坚持依法行政。", "在县委的坚强领导下，在市局的指导下，", "补上主语"),
    ("工作专班下设办公室在县司法局，负责日常调度。", "下设办公室在", "改为“下设办公室，办公室设在”"),
)
FIXED = (
    "将宪法、刑法等法律法规列入学习计划，把党章等党内法规以及宪法等国家法律纳入清单，开展宪法等法律知识讲座等活动。",
    "严格落实“三重一大”制度，积极“走出去”，积极“走一走”，规范决策程序。",
    "研究制定并印发《青禾县执法监督办法》，制定发布《青禾县行政执法公示办法》。",
    "为全县发展提供有力的法治保障，打造有效的法治抓手。",
    "认真执行省委、省政府决策部署，落实县委、县政府工作要求，在县委、有关部门支持下。",
    "压实局长抓执法的责任，用好法治建设的抓手。",
    "发挥主任的抓总作用，提升局长的抓落实能力。",  # 抓总作用, 抓落实能力: nouns the 的 phrase modifies
    "扎实开展合同合法性审查，出具《合法性审查意见书》。",
    "各项工作紧紧围绕中心。紧紧围绕年度目标，开展专项行动。",
    "在县委的领导下、在市司法局的指导下，方案经县委全面依法治县委员会第二次会议审议通过。",
    "2024年，在县委的坚强领导下，我局坚持依法行政。在条件允许的情况下，积极推行非现场执法。",
    "工作专班下设办公室，办公室设在县司法局；工作专班下设办公室于县司法局。",
)


def _found(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "报告.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    result = check(read_path(path), checklists.load("department"), year=2024)
    return [(f.quote or "", f.message) for f in result.findings if f.rule == garbled.GARBLED.id]


@pytest.mark.parametrize(("line", "quote", "says"), SLIPS, ids=[s[1] for s in SLIPS])
def test_each_garbled_shape_is_found(tmp_path: Path, line: str, quote: str, says: str) -> None:
    found = _found(tmp_path, line)
    assert [q for q, _ in found] == [quote], found
    assert says in found[0][1], found


@pytest.mark.parametrize("line", FIXED)
def test_the_corrected_sentences_give_none(tmp_path: Path, line: str) -> None:
    assert _found(tmp_path, line) == []


def test_a_shape_that_could_hang_lint_is_refused_when_the_file_loads() -> None:
    with pytest.raises(ValueError, match="pattern"):
        garbled._shape({"pattern": "(?:等+)+$", "needles": ["等"], "fix": "等", "message": "m"})
    with pytest.raises(ValueError, match="fix 或 action"):
        garbled._shape({"pattern": "等", "needles": ["等"], "message": "m"})


def test_a_bad_table_is_one_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "usage.toml").write_text(
        "[[garbled]]\npattern = '等'\nneedles = ['等']\nmessage = 'm'\n", encoding="utf-8"
    )
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(tmp_path))
    garbled.shapes.cache_clear()
    try:
        with pytest.raises(ReadError, match="garbled"):
            garbled.shapes()
    finally:
        garbled.shapes.cache_clear()


def test_a_long_line_is_searched_once_per_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each shape's pattern is one search of a paragraph, however many matches it has (a line of 400)."""
    calls = count_calls(monkeypatch, garbled, "_rx")
    text = "将民法典等法律等纳入，" * 400
    assert len(list(garbled._garbled(text, None))) == 400
    assert len(calls) <= len(garbled.shapes())


def _columns(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def test_each_message_starts_with_the_action_and_fits_a_status_line(tmp_path: Path) -> None:
    """A message says what to do first (改为“……”, 补上……) and fits an 80-column status line."""
    found = _found(tmp_path, "".join(line for line, _, _ in SLIPS))
    assert len(found) == len(SLIPS), found
    for _, message in found:
        assert message.startswith(("改为“", "补")), message
        assert _columns(message) <= 80, message
