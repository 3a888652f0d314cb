"""Slips of the pen (split-word, bent-formula, own-body): their words are data a user extends without Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.checklists import load
from drafter.checks import check
from drafter.checks.typos import typos
from drafter.readers.txt import read_text
from drafter.vocab import word, word_list

from .conftest import ROOT, run_cli

REPORT = """青石镇人民政府关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
主动接受县人大监督，支持镇妇、联团委依法开展工作，全年审核合同40份。
"""


def _lint(tmp_path: Path) -> dict[str, object]:
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    got = run_cli("lint", "--format", "json", str(report))
    assert got.returncode in (0, 1), got.stderr
    return json.loads(got.stdout)["files"][0]


def test_a_user_adds_a_compound_without_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """妇联 is no compound drafter ships; a user's typos.toml adds it, and the rest of the file still holds."""
    assert not [f for f in _lint(tmp_path)["findings"] if f["rule"] == "split-word"]
    own = tmp_path / "own"
    own.mkdir()
    (own / "typos.toml").write_text('compounds = ["妇联", "团委", "人大", "政府", "党委"]\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    found = [f for f in _lint(tmp_path)["findings"] if f["rule"] == "split-word"]
    assert [f["quote"] for f in found] == ["妇、联"]
    assert "镇妇联、团委" in found[0]["message"]


def test_a_broken_typos_toml_is_one_chinese_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "typos.toml").write_text('[[bodies]]\ntype = "township"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    got = run_cli("lint", str(report))
    assert got.returncode == 2
    assert "typos.toml" in got.stderr and "Traceback" not in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1


def test_the_shipped_formulas_skip_the_right_forms() -> None:
    """A formula one character short, less what is itself right (此报告 is a report, not 特此报告 cut)."""
    by_right = {f.right: f for f in typos().formulas}
    assert "报如下" in by_right["报告如下"].bent and "报告如下" not in by_right["报告如下"].bent
    assert "此报告" not in by_right["特此报告"].bent and "特此报" in by_right["特此报告"].bent


def test_a_long_report_of_many_lists_is_read_once_through() -> None:
    """Each check walks a paragraph once: a report of 10,000 lists (about 1 MB) gives one finding a slip."""
    line = "主动接受县人大、政协监督，在镇党委、政府领导下，现将有关情况汇报如下：" * 10 + "\n"
    text = "青石镇人民政府关于2023年度法治政府建设情况的报告\n" + line * 1000 + "紧紧围绕镇党、委政府中心工作。\n"
    found = check(read_text(text), load("township"), year=2023).findings
    assert [f.rule for f in found if f.rule in ("split-word", "bent-formula", "own-body")] == ["split-word"]


def test_the_data_file_ships() -> None:
    assert (ROOT / "checklists" / "typos.toml").is_file()


def _own_body(text: str) -> list[str]:
    found = check(read_text(text), load("township"), year=2023).findings
    return [f.quote or "" for f in found if f.rule == "own-body"]


def test_a_sub_district_named_so_calls_its_party_body_dangwei_wrongly() -> None:
    """A 街道 has a 党工委: its own 党委 is a slip; a 社区's 党委 and a town's are right."""
    head = "青禾街道办事处关于2023年度法治政府建设情况的报告\n"
    assert _own_body(head + "2023年，青禾街道党委坚持以习近平法治思想为指导，指导社区党委开展学法。\n") == ["党委"]
    assert _own_body(head + "2023年，青禾街道党工委坚持以习近平法治思想为指导，指导社区党委开展学法。\n") == []
    town = "青禾镇人民政府关于2023年度法治政府建设情况的报告\n2023年，青禾镇党委坚持依法行政。\n"
    assert _own_body(town) == []
    unnamed = "关于2023年度法治政府建设情况的报告\n2023年，我街道党委坚持依法行政。\n"  # no name read: not checked
    assert _own_body(unnamed) == []


def test_a_sub_district_whose_name_was_not_read_mixing_its_two_names() -> None:
    """No unit read (the name only in an addressee's report, kinds_I §E1), no type: a text that writes 街道党工委
    and 街道党委 names one body two ways (kinds_I §F3); a text that writes only one of them is not checked."""
    body = "2024年，在区委和区政府领导下，我们坚持依法行政。充分发挥街道党委统筹作用，街道党工委全年研究法治工作4次。\n"
    found = check(read_text(body), load("base"), year=2024).findings
    assert [f.quote for f in found if f.rule == "own-body"] == ["党委"]
    alone = "2024年，我们坚持依法行政。充分发挥街道党委统筹作用，指导社区党委学法4次。\n"
    assert [f for f in check(read_text(alone), load("base"), year=2024).findings if f.rule == "own-body"] == []
    others = "2024年，我们坚持依法行政。街道党工委全年研究法治工作4次，指导社区党委、配合镇党委开展学法。\n"
    assert [f for f in check(read_text(others), load("base"), year=2024).findings if f.rule == "own-body"] == []


@pytest.mark.parametrize(
    ("opening", "found"),
    [
        # a 街道 that writes 党工委 and once a bare 党委 before 中心组 (blind set H: missed)
        ("2023年，青禾街道党工委坚持依法行政，把习近平法治思想列为党委中心组学习的首要内容。", ["党委"]),
        ("街道党工委书记带头学法。全年召开党委理论学习中心组学习会6次。", ["党委"]),
        # a bare 党委 before 中心组 is the street's own also where the text does not write 党工委 (a street's
        # 党委 is flagged wherever its name stands before it; blind set K: missed)
        ("2023年，青禾街道坚持依法行政，把习近平法治思想列为党委中心组学习的首要内容。", ["党委"]),
        ("2023年，青禾街道坚持依法行政，严格落实党委理论学习中心组学法制度。", ["党委"]),
        # never a 社区's, a 上级's, nor one not before 中心组 where the text does not write 党工委
        ("2023年，青禾街道坚持依法行政，落实上级党委中心组学习要求，支持党委开展督察。", []),
        ("街道党工委书记带头学法，指导社区党委理论学习中心组学习6次。", []),
        ("街道党工委书记带头学法，支持各级党委开展法治督察。", []),
    ],
)
def test_a_sub_district_mixing_dangongwei_and_a_bare_dangwei_of_its_study_group(opening: str, found: list[str]) -> None:
    assert _own_body(f"青禾街道办事处关于2023年度法治政府建设情况的报告\n{opening}\n") == found


@pytest.mark.parametrize(
    ("unit", "text", "found"),
    [
        # a bureau that names its own 党组 and once a bare 党委 before 中心组 (blind set H: missed)
        ("青禾县司法局", "二是组织党委中心组集中学法，局党组书记带头讲法治课。", ["党委"]),
        ("青禾县自然资源局", "局党组高度重视法治建设。全年开展党委理论学习中心组学法4次。", ["党委"]),
        ("青禾县发展和改革委员会", "委党组书记带头学法，党委中心组学法6次。", ["党委"]),
        # a 公安局 has a 党委: never reported; nor a bare 党委 of a text naming no 党组 of its own
        ("青禾县公安局", "局党委书记带头讲法治课，组织党委中心组集中学法4次。", []),
        ("青禾县司法局", "组织党委中心组集中学法4次。", []),
        ("青禾县司法局", "局党组书记带头学法，协助镇党委理论学习中心组学法2次。", []),
    ],
)
def test_a_bureau_mixing_its_dangzu_and_a_bare_dangwei_of_its_study_group(
    unit: str, text: str, found: list[str]
) -> None:
    doc = read_text(f"{unit}关于2023年度法治政府建设情况的报告\n{text}\n")
    got = check(doc, load("department"), year=2023).findings
    assert [f.quote or "" for f in got if f.rule == "own-body"] == found


def test_entries_of_a_words_file_are_read_one_way() -> None:
    """typos.toml's words (typos) and its marks (slips) through one reader: a word is never empty, a
    mark may be (left out); either way a wrong entry names itself."""
    assert word_list(["人大", "政府"]) == ("人大", "政府")
    assert word_list(["、", "", "（"], empty=True) == ("、", "（")
    for bad, empty, says in (([""], False, "'' 不是词语"), ([3], True, "3 不是文字"), ("人大", False, "不是列表")):
        with pytest.raises(TypeError, match=says):
            word_list(bad, empty=empty)
    assert word("", empty=True) == "" and word("人大") == "人大"
