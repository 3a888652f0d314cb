"""A user changes the words and patterns drafter matches without Python: a ``words.toml`` or
``patterns.toml`` in a ``DRAFTER_CHECKLISTS`` folder. A file written before a list was added keeps
working (the shipped list stands in for the one it lacks)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

SHIPPED = ROOT / "checklists"
REPORT = """青山县司法局关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
全年办结行政处罚案件＿＿件，开展普法宣传12场。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
局长主持会前学法8次，听取法治工作汇报3次，年终述法1次。
四、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


def _older_words() -> str:
    """The shipped words.toml as it was before ``common_words`` and ``lead_verbs`` were added."""
    text = (SHIPPED / "words.toml").read_text(encoding="utf-8")
    return text[: text.index("# 每份报告都用的词")]


def _lint(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    report = tmp_path / "报告.txt"
    report.write_text(REPORT, encoding="utf-8")
    return run_cli("lint", "--format", "json", str(report))


def test_an_older_words_toml_keeps_working(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "words.toml").write_text(_older_words(), encoding="utf-8")
    assert "lead_verbs" not in tomllib.loads(_older_words())
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    got = _lint(tmp_path)
    assert got.returncode in (0, 1), got.stderr
    assert json.loads(got.stdout)["files"][0]["items"]


def test_an_older_head_table_keeps_working(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user's ``[head]`` copied before lists were added to it (here ``marked_ends``, ``office_ends`` and
    ``national``) lacks them: the shipped lists stand in, and the user's own lists still count."""
    text = (SHIPPED / "words.toml").read_text(encoding="utf-8")
    gone = ("marked_ends", "office_ends", "national")
    older = "\n".join(line for line in text.splitlines() if not line.startswith(gone)) + "\n"
    assert all(k in tomllib.loads(text)["head"] and k not in tomllib.loads(older)["head"] for k in gone)
    report = tmp_path / "报告.txt"
    report.write_text("首页 政务公开 法治园地 " + REPORT, encoding="utf-8")

    def head() -> tuple[str, str]:
        got = run_cli("lint", "--format", "json", str(report))
        assert got.returncode in (0, 1), got.stderr
        file = json.loads(got.stdout)["files"][0]
        return file["title"], file["unit"]

    shipped = head()
    assert shipped == ("法治园地青山县司法局关于2023年度法治政府建设情况的报告", "青山县司法局")
    own = tmp_path / "own"
    own.mkdir()
    (own / "words.toml").write_text(older, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert head() == shipped
    (own / "words.toml").write_text(older.replace("nav_words = [", 'nav_words = ["法治园地", ', 1), encoding="utf-8")
    assert head() == ("青山县司法局关于2023年度法治政府建设情况的报告", "青山县司法局")


def test_a_user_adds_a_placeholder_without_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """＿＿ is no placeholder drafter ships; a user's patterns.toml adds it (and its first character)."""
    shipped = tomllib.loads((SHIPPED / "patterns.toml").read_text(encoding="utf-8"))
    own = tmp_path / "own"
    own.mkdir()
    pats = ", ".join(f"'{p}'" for p in [*shipped["placeholders"], "＿{2,}"])
    (own / "patterns.toml").write_text(
        f'placeholders = [{pats}]\nplaceholder_starts = "{shipped["placeholder_starts"]}＿"\n', encoding="utf-8"
    )
    assert not [f for f in json.loads(_lint(tmp_path).stdout)["files"][0]["findings"] if f["rule"] == "placeholder"]
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    got = _lint(tmp_path)
    found = [f for f in json.loads(got.stdout)["files"][0]["findings"] if f["rule"] == "placeholder"]
    assert [f["quote"] for f in found] == ["＿＿"], got.stdout[:400]


def test_a_user_adds_a_lead_verb_without_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A promise's lead verb is cut off before its content is compared with this year's measures."""
    own = tmp_path / "own"
    own.mkdir()
    verbs = tomllib.loads((SHIPPED / "words.toml").read_text(encoding="utf-8"))["lead_verbs"]
    listed = ", ".join(f'"{v}"' for v in [*verbs, "着重抓好"])
    (own / "words.toml").write_text(_older_words() + f"lead_verbs = [{listed}]\n", encoding="utf-8")
    code = "from drafter.checks.promises import content_words; print(content_words('着重抓好执法公示'))"

    def words() -> str:
        got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert got.returncode == 0, got.stderr
        return got.stdout.strip()

    assert words() == "['着重抓好执法公示']"
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert words() == "['执法公示']"


def test_an_unsafe_pattern_is_one_chinese_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "patterns.toml").write_text("enumerators = ['(a+)+是']\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    got = _lint(tmp_path)
    assert got.returncode == 2
    assert "patterns.toml" in got.stderr and "Traceback" not in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1, got.stderr


def test_a_user_names_other_units_heads_without_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 述法 of the heads of 直管园区 is others': with 直管园区 in the user's ``others`` the item quotes the
    sentence where this unit's own head did it (各园区 needs no word: 各 before a body is others', ``each``)."""
    duties = "直管园区主要负责人述法全覆盖。局长在县委全面依法治县委员会会议上述法。"
    report = tmp_path / "报告.txt"
    report.write_text(
        REPORT.replace("局长主持会前学法8次，听取法治工作汇报3次，年终述法1次。", duties), encoding="utf-8"
    )

    def quoted() -> str:
        got = run_cli("lint", "--format", "json", str(report))
        items = {i["id"]: i for i in json.loads(got.stdout)["files"][0]["items"]}
        return str(items["duties-report"]["evidence"])

    assert quoted().startswith("直管园区"), "without the word, 园区's heads read as the unit's own"
    shipped = (SHIPPED / "words.toml").read_text(encoding="utf-8")
    own = tmp_path / "own"
    own.mkdir()
    (own / "words.toml").write_text(shipped.replace("others = [", 'others = ["直管园区", ', 1), encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert quoted().startswith("局长在县委"), quoted()


def test_a_user_names_a_governments_inspection_body_without_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """inspection-term's words are data ([inspection] of words.toml, review4 entry 9): a 督导组 the user adds to
    ``government`` makes its 督查 the government's own, no 督察 misnamed."""
    report = tmp_path / "报告.txt"
    measures = "开展法治督察2次。县委督导组对各乡镇开展法治建设实地督查，督促整改问题6个。"
    report.write_text(REPORT.replace("开展普法宣传12场。", measures, 1), encoding="utf-8")

    def found() -> list[str]:
        got = run_cli("lint", "--format", "json", str(report))
        assert got.returncode in (0, 1), got.stderr
        return [f["quote"] for f in json.loads(got.stdout)["files"][0]["findings"] if f["rule"] == "inspection-term"]

    assert found(), "the shipped words know no 督导组"
    own = tmp_path / "own"
    own.mkdir()
    shipped = tomllib.loads((SHIPPED / "words.toml").read_text(encoding="utf-8"))["inspection"]["government"]
    listed = ", ".join(f'"{w}"' for w in [*shipped, "督导组"])
    (own / "words.toml").write_text(_older_words() + f"\n[inspection]\ngovernment = [{listed}]\n", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CHECKLISTS", str(own))
    assert found() == []
