"""`lint --previous` and a draft's `previous`: last year's report read once and handed to the rules."""

from __future__ import annotations

from pathlib import Path

from drafter.app.screens.start import make_draft
from drafter.lint import lint_paths

from .conftest import ROOT, in_process, seed

GOOD = ROOT / "examples" / "drafts" / "township_2025.md"


def _draft_with_previous(tmp: Path, previous: str) -> Path:
    text = GOOD.read_text(encoding="utf-8").replace('fonts = "gb2312"', f'fonts = "gb2312"\nprevious = "{previous}"', 1)
    p = tmp / "draft.md"
    p.write_text(text, encoding="utf-8")
    return p


def test_unreadable_previous_is_one_chinese_line_and_exit_2(tmp_path: Path) -> None:
    proc = in_process("lint", str(GOOD), "--previous", str(tmp_path / "nope.docx"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "去年的报告" in lines[0] and "不存在" in lines[0]


def test_draft_previous_is_read_relative_to_the_draft(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "last.txt").write_bytes(seed("002").read_bytes())
    draft = _draft_with_previous(tmp_path, "sub/last.txt")
    [rep] = list(lint_paths([str(draft)]))
    assert rep.previous_error is None and rep.result is not None
    # a draft whose previous cannot be read is still checked, and the run exits 2
    bad = _draft_with_previous(tmp_path, "sub/missing.txt")
    [rep] = list(lint_paths([str(bad)]))
    assert rep.result is not None and rep.previous_error is not None and "missing.txt" in rep.previous_error
    proc = in_process("lint", str(bad), "--format", "json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "previous" in proc.stderr
    assert '"findings"' in proc.stdout


def test_roll_forward_remembers_last_years_report_and_lint_uses_it(tmp_path: Path) -> None:
    (tmp_path / "去年").mkdir()
    last = tmp_path / "去年" / "report.txt"
    last.write_bytes(seed("000").read_bytes())
    out = tmp_path / "今年" / "draft.md"
    out.parent.mkdir()
    path = make_draft("鲁山县人民政府办公室", "department", 2024, str(last), str(out))
    text = path.read_text(encoding="utf-8")
    assert 'previous = "../去年/report.txt"' in text
    [rep] = list(lint_paths([str(path)]))
    assert rep.previous_error is None and rep.result is not None
    # a paragraph of last year kept as live text (figures updated) is found at once
    old = next(x for x in seed("000").read_text(encoding="utf-8").splitlines() if x.startswith("持续优化接诉即办"))
    path.write_text(text.replace("\n## 二、", "\n" + old.replace("3万", "4万") + "\n\n## 二、", 1), encoding="utf-8")
    [rep] = list(lint_paths([str(path)]))
    assert rep.result is not None
    assert [f.rule for f in rep.result.findings].count("copied-from-previous") == 1
