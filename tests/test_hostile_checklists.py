"""Hostile checklists (issue 19): a loop of extends, patterns with every nested ambiguity — each refused with one Chinese line or read, never an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import hostile as H
from .conftest import run_cli

# ------------------------------------------------------------ checklists: extends


def _lint_with(tmp_path: Path, files: dict[str, str], *args: str) -> tuple[int, str]:
    import os
    import subprocess
    import sys

    folder = tmp_path / "cl"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(H.REPORT, encoding="utf-8")
    env = {**os.environ, "DRAFTER_CHECKLISTS": str(folder)}
    r = subprocess.run(
        [sys.executable, "-m", "drafter", "lint", str(report), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=str(Path(__file__).resolve().parent.parent),
    )
    assert "内部错误" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    return r.returncode, r.stderr


@pytest.mark.parametrize("extends", ["./a", "../../outside/evil", "/etc/passwd", "a/../a"])
def test_extends_is_a_name_in_the_checklist_folders_never_a_path(tmp_path: Path, extends: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "evil.toml").write_text('name = "evil"\nextends = "base"\n', encoding="utf-8")
    code, err = _lint_with(
        tmp_path,
        {"a.toml": f'name = "A"\nextends = "{extends}"\nmatch = ["甲$"]\n'},
        "--checklist",
        str(tmp_path / "cl" / "a.toml"),
    )
    assert code == 2 and "不是检查清单名称" in err


def test_extends_loops_and_deep_chains_are_one_line(tmp_path: Path) -> None:
    files = {"b.toml": 'name = "B"\nextends = "c"\nmatch = ["乙$"]\n', "c.toml": 'name = "C"\nextends = "b"\n'}
    code, err = _lint_with(tmp_path, files, "--checklist", str(tmp_path / "cl" / "b.toml"))
    assert code == 2 and "循环" in err
    chain = {f"k{i}.toml": f'name = "K{i}"\nextends = "k{i + 1}"\n' for i in range(30)}
    chain["k30.toml"] = 'name = "K30"\nextends = "base"\n'
    code, err = _lint_with(tmp_path, chain, "--checklist", str(tmp_path / "cl" / "k0.toml"))
    assert code == 2 and "超过" in err


def test_a_broken_checklist_in_the_folder_is_skipped_with_a_line_and_lint_goes_on(tmp_path: Path) -> None:
    files = {
        "a.toml": 'name = "A"\nextends = "./a"\nmatch = ["甲$"]\n',
        "school.toml": 'name = "学校"\nextends = "base"\nmatch = ["学校$"]\n',
    }
    code, err = _lint_with(tmp_path, files)
    assert code in (0, 1) and "已跳过此检查清单" in err and "a.toml" in err
    code, err = _lint_with(tmp_path, files, "--type", "a")
    assert code == 2 and "不是检查清单名称" in err
    code, _ = _lint_with(tmp_path, files, "--type", "school")
    assert code in (0, 1)


# ------------------------------------------------------------ checklist patterns: every nested ambiguity


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:年年|年)+",
        "(?:a|b|ab)+",
        "(?:x?x?)+y",
        "(a|a)*",
        "(?=(?:一+)+$)一",
        "(?:年(?:度|)|年)+$",
        "(?:[一二]|一二)+$",
    ],
)
def test_every_loop_that_reads_one_text_two_ways_is_refused(pattern: str) -> None:
    from drafter.patterns import UnsafePattern, validate

    with pytest.raises(UnsafePattern):
        validate(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:\d+、)+",
        "(?:[^。]+。)+",
        ".*情况.*",  # .*情况.*工作 is refused since round three: 100 × 100 ways at each place (test_hostile3)
        "(?:ab|cd)+",
        "(年|年度)?工作",
        "法制(?=政府|建设)",
        "建设情况(?!.*(安排|计划))",
        r"\d{1,3}(?:,\d{3})*",
        "[一二三四五六七八九十]{1,3}、",
        "(?:a{1,3}b)+",
        r"(\w|一)*",
    ],
)
def test_unambiguous_loops_stay_allowed(pattern: str) -> None:
    from drafter.patterns import validate

    validate(pattern)


def test_the_years_pattern_is_refused_when_the_user_checklist_loads(tmp_path: Path) -> None:
    cl = (
        'name = "我的清单"\nextends = "department"\n[[items]]\nid = "years"\npart = "measures"\n'
        'title = "年"\nguidance = "写"\ncues = [\'(?:年年|年)+$\']\nseverity = "error"\n'
    )
    (tmp_path / "mine.toml").write_text(cl, encoding="utf-8")
    (tmp_path / "r.txt").write_text(H.REPORT + "年" * 40 + "x\n", encoding="utf-8")
    r = run_cli("lint", str(tmp_path / "r.txt"), "--checklist", str(tmp_path / "mine.toml"))
    assert r.returncode == 2 and "不安全" in r.stderr and "内部错误" not in r.stderr
