"""Dismissals a reviewer can audit: a draft's comment, --ignore, a checklist's ignore; never silently gone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.dismiss import dismissal_comment, insert_dismissal
from drafter.readers.markdown import read_text

from .conftest import ROOT, in_process
from .helpers.drafts import GOOD
from .helpers.drafts import good_with as _draft

BAD_SUM = "受理行政复议案件30件（维持20件、撤销8件、驳回5件）。"
BAD_PARTS = "保留权责事项100项，其中行政许可60项、行政处罚50项。"


def _check(text: str, **kw: object) -> tuple[list[str], list[tuple[str, str, str]]]:
    doc = read_text(text)
    res = check(doc, checklists.load("township"), **kw)  # type: ignore[arg-type]
    return [f.rule for f in res.findings], [(g.finding.rule, g.reason, g.source) for g in res.ignored]


def test_clean_draft_has_nothing_to_dismiss() -> None:
    rules, ignored = _check(GOOD.read_text(encoding="utf-8"))
    assert "figures" not in rules and ignored == []


def test_comment_before_a_paragraph_dismisses_that_rule_there_only() -> None:
    text = _draft(dismissal_comment("figures", "维持、撤销、驳回含上年结转案件"), BAD_SUM, BAD_PARTS)
    rules, ignored = _check(text)
    assert rules.count("figures") == 1  # the second paragraph's finding stays
    assert ignored == [("figures", "维持、撤销、驳回含上年结转案件", "draft")]
    assert "dismissal" not in rules


def test_dismissal_covers_a_hard_wrapped_paragraph_and_stacks() -> None:
    wrapped = "受理行政复议案件30件\n（维持20件、撤销8件、驳回5件）。全年受理申请40件，办结45件。"
    text = _draft(dismissal_comment("wording", "原文如此") + "\n" + dismissal_comment("figures", "口径不同"), wrapped)
    doc = read_text(text)
    d = [x for x in doc.dismissals]
    assert len(d) == 2 and d[0].first == d[1].first and d[0].last == d[0].first + 1
    rules, ignored = _check(text)
    assert "figures" not in rules and ("figures", "口径不同", "draft") in ignored
    assert "dismissal" in rules  # the wording dismissal found nothing to dismiss: an info says so


def test_a_dismissal_without_reason_dismisses_nothing_and_says_so() -> None:
    text = _draft("<!-- drafter: 忽略 figures -->", BAD_SUM)
    doc = read_text(text)
    res = check(doc, checklists.load("township"))
    assert [f.rule for f in res.findings].count("figures") == 1 and res.ignored == []
    bad = next(f for f in res.findings if f.rule == "dismissal")
    assert "理由" in bad.message and bad.line == doc.dismissals[0].line and bad.severity == "warning"


@pytest.mark.parametrize(
    ("comment", "words"),
    [
        ("<!-- drafter: 忽略 figure 数字口径不同 -->", "没有名为“figure”"),
        ("<!-- drafter: 忽略 -->", "没有写规则"),
        ("<!-- drafter: skip figures 口径 -->", "无法识别"),
    ],
)
def test_a_wrong_dismissal_is_a_finding(comment: str, words: str) -> None:
    doc = read_text(_draft(comment, BAD_SUM))
    res = check(doc, checklists.load("township"))
    assert any(f.rule == "dismissal" and words in f.message for f in res.findings)
    assert "figures" in [f.rule for f in res.findings]


def test_a_dismissal_with_nothing_after_it() -> None:
    text = GOOD.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + dismissal_comment("figures", "理由") + "\n"
    res = check(read_text(text), checklists.load("township"))
    assert any(f.rule == "dismissal" and "后面没有段落" in f.message for f in res.findings)


def test_ignore_everywhere_keeps_the_findings_listed() -> None:
    rules, ignored = _check(_draft(BAD_SUM, BAD_PARTS), ignore={"figures": "命令行 --ignore figures"})
    assert "figures" not in rules
    assert [g[0] for g in ignored] == ["figures", "figures"] and {g[2] for g in ignored} == {"option"}


def test_dismissal_comment_is_one_line_and_needs_a_reason() -> None:
    assert dismissal_comment("figures", "目标值，\n不是比率") == "<!-- drafter: 忽略 figures 目标值， 不是比率 -->"
    assert "-->" not in dismissal_comment("figures", "a --> b")[:-3]
    with pytest.raises(ValueError):
        dismissal_comment("figures", "  ")
    with pytest.raises(ValueError):
        dismissal_comment("Figures!", "理由")


def test_insert_dismissal_before_the_findings_paragraph_round_trips() -> None:
    text = _draft("受理行政复议案件30件\n（维持20件、撤销8件、驳回5件）。")
    doc = read_text(text)
    f = next(f for f in check(doc, checklists.load("township")).findings if f.rule == "figures")
    # the finding's own line, and a later line of the same paragraph, both insert above the paragraph
    for line in (f.line, f.line + 1):
        assert line is not None
        again = insert_dismissal(text, line, "figures", "含上年结转")
        assert again.split("\n")[f.line - 1] == dismissal_comment("figures", "含上年结转")
        rules, ignored = _check(again)
        assert "figures" not in rules and ignored == [("figures", "含上年结转", "draft")]


def test_lint_reports_dismissed_findings_in_text_json_and_sarif(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.md"
    draft.write_text(_draft(dismissal_comment("figures", "含上年结转"), BAD_SUM, BAD_PARTS), encoding="utf-8")
    proc = in_process("lint", str(draft), "--ignore", "thin-part")
    assert "已忽略 1 条" in proc.stdout and "理由：含上年结转" in proc.stdout
    assert proc.stdout.rstrip().endswith("已忽略 1 条")
    out = json.loads(in_process("lint", str(draft), "--format", "json").stdout)
    [entry] = out["files"]
    assert [f["rule"] for f in entry["findings"]].count("figures") == 1
    [ign] = entry["ignored"]
    assert ign["rule"] == "figures" and ign["reason"] == "含上年结转" and ign["source"] == "draft"
    assert ign["dismissed_at"] == ign["line"] - 2 and out["summary"]["ignored"] == 1
    sarif = json.loads(in_process("lint", str(draft), "--format", "sarif").stdout)
    sup = [r for r in sarif["runs"][0]["results"] if "suppressions" in r]
    assert len(sup) == 1 and sup[0]["suppressions"][0]["justification"] == "含上年结转"
    assert sup[0]["suppressions"][0]["kind"] == "inSource"


def test_ignore_option_changes_the_exit_status_but_lists_what_it_dismissed() -> None:
    flawed = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
    first = json.loads(in_process("lint", str(flawed), "--format", "json").stdout)
    errors = {f["rule"] for f in first["files"][0]["findings"] if f["severity"] == "error"}
    args = ["lint", str(flawed), "--format", "json", "--ignore", ",".join(sorted(errors))]
    proc = in_process(*args)
    assert proc.returncode == 0
    entry = json.loads(proc.stdout)["files"][0]
    assert not any(f["rule"] in errors for f in entry["findings"])
    assert {g["rule"] for g in entry["ignored"]} == errors
    assert all(g["source"] == "option" and g["reason"] for g in entry["ignored"])


def test_unknown_rule_in_ignore_is_misuse(tmp_path: Path) -> None:
    proc = in_process("lint", str(GOOD), "--ignore", "figurez")
    assert proc.returncode == 2 and "figurez" in proc.stderr and "Traceback" not in proc.stderr
    own = tmp_path / "my.toml"
    own.write_text('name = "我的清单"\nextends = "township"\nignore = ["figurez"]\n', encoding="utf-8")
    proc = in_process("lint", str(GOOD), "--checklist", str(own))
    assert proc.returncode == 2 and "figurez" in proc.stderr and "Traceback" not in proc.stderr


def test_checklist_ignore_dismisses_everywhere_with_its_name(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.md"
    draft.write_text(_draft(BAD_SUM), encoding="utf-8")
    own = tmp_path / "my.toml"
    own.write_text('name = "我的清单"\nextends = "township"\nignore = ["figures"]\n', encoding="utf-8")
    out = json.loads(in_process("lint", str(draft), "--checklist", str(own), "--format", "json").stdout)
    entry = out["files"][0]
    assert "figures" not in [f["rule"] for f in entry["findings"]]
    [ign] = entry["ignored"]
    assert ign["source"] == "checklist" and "我的清单" in ign["reason"]


def test_a_retired_rule_named_to_ignore_is_no_error(tmp_path: Path) -> None:
    """A rule drafter no longer has (cover-sentence: its info said 可忽略, and writers ignored it everywhere with
    --ignore or a checklist's ignore) is nothing to ignore, not a misuse: the lint runs (review9 R9: exit 2,
    “没有名为‘cover-sentence’的规则”, after d5a9d43 removed it). An id never known is still refused."""
    from .conftest import run_cli

    report = tmp_path / "报告.txt"
    report.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    old = run_cli("lint", "--ignore", "cover-sentence", str(report))
    assert old.returncode in (0, 1) and "cover-sentence" not in old.stderr, old.stderr
    checklist = tmp_path / "my.toml"
    checklist.write_text('name = "本乡清单"\nextends = "township"\nignore = ["cover-sentence"]\n', encoding="utf-8")
    kept = run_cli("lint", "--checklist", str(checklist), str(report))
    assert kept.returncode in (0, 1), kept.stderr
    assert run_cli("lint", "--ignore", "no-such-rule", str(report)).returncode == 2
