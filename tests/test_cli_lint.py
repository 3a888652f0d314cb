"""`drafter lint` as a user runs it: formats, exit codes, and every kind of bad input."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, RunMain, run_cli, seed

GOOD = ROOT / "examples" / "drafts" / "township_2025.md"
FLAWED = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"


def test_clean_draft_exits_0_and_flawed_report_exits_1(run_main: RunMain) -> None:
    assert run_main("lint", str(GOOD)).returncode == 0
    proc = run_main("lint", str(FLAWED))
    assert proc.returncode == 1
    assert "[outdated-citation]" in proc.stdout and "[stale-year]" in proc.stdout


def test_text_output_locates_and_highlights(run_main: RunMain) -> None:
    proc = run_main("lint", str(FLAWED))
    line = next(x for x in proc.stdout.splitlines() if "[wording]" in x and "法制" in x)
    assert line.startswith(f"{FLAWED.relative_to(ROOT)}:5:40: 警告 [wording]")
    assert "第一责任人职责    ◐ 并入" in proc.stdout
    assert "检查了 1 个文件：" in proc.stdout


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    files = {
        "empty.txt": b"",
        "random.txt": bytes((i * 97 + 13) % 256 for i in range(5000)),
        "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048,
        "old.wps": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\1" * 2048,
        "controls.txt": "青山县人民政府关于2024年度法治政府建设情况的报告\n\x00\x01一、主要举措\x0b\n".encode(),
        # plain text under a Word name: damaged or renamed, not a report missing every part
        "renamed.docx": "青山县人民政府关于2024年度法治政府建设情况的报告\n一、主要举措\n".encode(),
    }
    out = {}
    for name, data in files.items():
        p = tmp / name
        p.write_bytes(data)
        out[name] = p
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (tmp / "truncated.docx").write_bytes(good.getvalue()[:40])
    out["truncated.docx"] = tmp / "truncated.docx"
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b"a" * (300 * 1024 * 1024) + b"/>")
    (tmp / "bomb.docx").write_bytes(bomb.getvalue())
    out["bomb.docx"] = tmp / "bomb.docx"
    big = tmp / "huge.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    out["huge.txt"] = big
    return out


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    _bad_inputs(d)
    return d


def test_every_bad_input_is_one_chinese_line_and_exit_2_while_others_are_checked(bad_dir: Path) -> None:
    names = sorted(p.name for p in bad_dir.iterdir())
    missing = str(bad_dir / "does-not-exist.docx")
    proc = run_cli("lint", str(bad_dir), missing, str(GOOD), "--format", "json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["township_2025.md"]["parts"]["measures"]["status"] == "present"
    errors = {n: f for n, f in by_name.items() if "error" in f}
    assert set(errors) == {*names, "does-not-exist.docx"} - {"controls.txt"}
    for f in errors.values():
        assert set(f) == {"path", "error"}
    assert "另存为" in errors["old.doc"]["error"] and "另存为" in errors["old.wps"]["error"]
    assert "不存在" in errors["does-not-exist.docx"]["error"]
    stderr_lines = [x for x in proc.stderr.splitlines() if x]
    assert len(stderr_lines) == len(errors)
    assert all(x.startswith("drafter: ") for x in stderr_lines)


def test_bad_input_in_text_format_never_traces(bad_dir: Path) -> None:
    proc = run_cli("lint", str(bad_dir))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "无法读取" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["lint"],
        ["lint", "x.txt", "--format", "xml"],
        ["lint", "x.txt", "--type", "village"],
        ["lint", "x.txt", "--checklist", "nope.toml"],
        ["lint", "x.txt", "--year", "abc"],
        ["nonsense"],
        ["new", "--type", "township", "--unit", "柳河镇人民政府", "--year", "1999", "-o", "x.md"],
        ["new", "--type", "village", "--unit", "柳河镇人民政府", "--year", "2025", "-o", "x.md"],
        ["edit", "no-such-draft.md"],
        ["render", "no-such-draft.md"],
        ["template", "--type", "nope"],
    ],
)
def test_misuse_is_exit_2_with_one_chinese_line(args: list[str], run_main: RunMain) -> None:
    proc = run_main(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and any("\u4e00" <= c <= "\u9fff" for c in lines[0])


def test_sarif_is_2_1_0_with_rule_metadata(run_main: RunMain) -> None:
    proc = run_main("lint", str(FLAWED), "--format", "sarif")
    sarif = json.loads(proc.stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "missing-part" in ids and "figures" in ids
    res = next(r for r in run["results"] if r["ruleId"] == "wording")
    assert res["level"] == "warning"
    region = res["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 5 and region["startColumn"] == 40 and region["endColumn"] == 42
    assert ids[res["ruleIndex"]] == "wording"


def test_github_annotations(run_main: RunMain) -> None:
    proc = run_main("lint", str(FLAWED), "--format", "github")
    lines = proc.stdout.splitlines()
    assert any(x.startswith("::error file=") and "title=drafter outdated-citation::" in x for x in lines)
    assert all(x.startswith(("::error ", "::warning ", "::notice ")) for x in lines)


INDENTED = (
    "青山县司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n{indent}我局加强法制宣传，开展 2024 年活动。\n"
)


@pytest.mark.parametrize(("indent", "col"), [("", 5), ("  ", 7), (" ", 6), ("\u3000\u3000", 7), ("\t", 6)])
def test_column_is_where_the_editor_shows_it_on_an_indented_line(
    tmp_path: Path, run_main: RunMain, indent: str, col: int
) -> None:
    """A .txt line that begins with spaces (ASCII, full-width, a tab): the column counts them, 1-based,
    in every output that gives one."""
    path = tmp_path / "r.txt"
    path.write_text(INDENTED.format(indent=indent), encoding="utf-8")
    f = json.loads(run_main("lint", str(path), "--format", "json").stdout)["files"][0]
    wording = next(x for x in f["findings"] if x["rule"] == "wording")
    assert (wording["line"], wording["col"], wording["quote"]) == (3, col, "法制")
    assert f"r.txt:3:{col}: 警告 [wording]" in run_main("lint", str(path)).stdout
    sarif = json.loads(run_main("lint", str(path), "--format", "sarif").stdout)
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "wording")
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startColumn"], region["endColumn"]) == (col, col + 2)
    github = run_main("lint", str(path), "--format", "github").stdout
    assert f",line=3,col={col},endColumn={col + 2}," in github


def test_column_of_a_drafts_heading_counts_its_markup(tmp_path: Path, run_main: RunMain) -> None:
    """A draft's heading: the column counts its markup ("## ") as the editor shows it, and an indent."""
    path = tmp_path / "d.md"
    path.write_text(
        "# 青山县司法局2024年度法治政府建设情况报告\n\n## 一、法制宣传成效\n\n  我局加强法制宣传。\n", "utf-8"
    )
    f = json.loads(run_main("lint", str(path), "--format", "json").stdout)["files"][0]
    cols = sorted((x["line"], x["col"]) for x in f["findings"] if x["rule"] == "wording")
    assert cols == [(3, 6), (5, 7)], cols


def test_summary_table_for_a_folder(seeds_dir: Path, run_main: RunMain) -> None:
    proc = run_main("lint", str(seeds_dir), "--summary")
    assert proc.returncode == 1
    for unit in ("鲁山县人民", "沈丘县人民", "确山县人民"):
        assert unit in proc.stdout
    table, _, rest = proc.stdout.partition("跳过的文件")
    assert "INDEX" not in table  # the folder's notes are not a report: listed as skipped, below the table
    assert "INDEX.md: 跳过：说明文件" in rest and "检查了 5 个文件，跳过 1 个" in table
    assert proc.stdout.count("◐") >= 2


def test_type_and_year_options_override(tmp_path: Path, run_main: RunMain) -> None:
    proc = run_main("lint", str(seed("000")), "--type", "county_gov", "--year", "2024", "--format", "json")
    f = json.loads(proc.stdout)["files"][0]
    assert f["unit_type"] == "county_gov" and f["checklist"] == "county_gov" and f["year"] == 2024
    assert any(x["rule"] == "stale-year" for x in f["findings"])


def test_user_checklist_by_path_extends_a_type(tmp_path: Path, run_main: RunMain) -> None:
    cl = tmp_path / "mine.toml"
    cl.write_text(
        'name = "我的清单"\nextends = "department"\n[[items]]\nid = "archives"\npart = "measures"\n'
        'title = "档案法治"\nguidance = "写档案工作"\ncues = ["档案"]\nseverity = "error"\n'
        'good = ["档案"]\nbad = ["无"]\n',
        encoding="utf-8",
    )
    proc = run_main("lint", str(GOOD), "--checklist", str(cl), "--format", "json")
    f = json.loads(proc.stdout)["files"][0]
    assert f["checklist"] == "mine"
    assert any(x["rule"] == "required-item" and "档案法治" in x["message"] for x in f["findings"])
    assert proc.returncode == 1


def test_new_unit_type_by_dropping_a_toml_file(tmp_path: Path) -> None:
    (tmp_path / "school.toml").write_text(
        'name = "学校"\nextends = "base"\nmatch = ["学校$"]\norder = 5\n', encoding="utf-8"
    )
    report = tmp_path / "r.txt"
    report.write_text(
        FLAWED.read_text(encoding="utf-8").replace("青山县人民政府关于", "青山县第一中学学校关于"), encoding="utf-8"
    )
    import os
    import subprocess
    import sys

    env = {**os.environ, "DRAFTER_CHECKLISTS": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "lint", str(report), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert json.loads(proc.stdout)["files"][0]["unit_type"] == "school"


def test_rule_command_lists_and_explains(run_main: RunMain) -> None:
    proc = run_main("rule")
    assert proc.returncode == 0 and "missing-part" in proc.stdout and "date-form" in proc.stdout
    assert "错误" in proc.stdout and "warning" not in proc.stdout  # levels named as lint names them
    proc = run_main("rule", "figures")
    assert proc.returncode == 0 and "数字对不上" in proc.stdout and "结案63件" in proc.stdout
    assert "默认级别：警告" in proc.stdout
    levels = proc.stdout.split("\n级别：\n", 1)[1].split("\n\n", 1)[0]  # each level named as lint names it
    assert "warning" not in levels and "info" not in levels and "  警告  " in levels
    assert run_main("rule", "nope").returncode == 2


def test_folder_scan_skips_hidden_folders_and_environments(tmp_path: Path, run_main: RunMain) -> None:
    report = FLAWED.read_bytes()
    for rel in ("a/b/r.txt", "a/.hidden/r.txt", ".venv/lib/site-packages/x/top_level.txt", "node_modules/r.md"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(report)
    data = json.loads(run_main("lint", str(tmp_path), "--format", "json").stdout)
    assert [Path(f["path"]).relative_to(tmp_path).as_posix() for f in data["files"]] == ["a/b/r.txt"]


def test_empty_docx_is_unreadable_not_a_report_missing_everything(tmp_path: Path, run_main: RunMain) -> None:
    import docx

    docx.Document().save(str(tmp_path / "empty.docx"))
    proc = run_main("lint", str(tmp_path / "empty.docx"))
    assert proc.returncode == 2 and "没有文字" in proc.stderr


def test_import_of_a_report_without_title_gives_a_draft_that_lints(tmp_path: Path, run_main: RunMain) -> None:
    (tmp_path / "r.txt").write_text("一、主要举措和成效\n全年办结行政复议案件12件。\n", encoding="utf-8")
    proc = run_main("import", str(tmp_path / "r.txt"), "-o", str(tmp_path / "d.md"))
    assert proc.returncode == 0 and "请在草稿开头改正 unit" in proc.stderr
    (tmp_path / "t.txt").write_text("青山县柳河镇人民政府\n一、主要举措和成效\n全年调解纠纷12件。\n", encoding="utf-8")
    named = run_main("import", str(tmp_path / "t.txt"), "-o", str(tmp_path / "t.md"))
    assert "单位类型推断为“乡镇人民政府、街道办事处”" in named.stderr, named.stderr  # the type's name, not its key
    lint = run_main("lint", str(tmp_path / "d.md"), "--format", "json")
    assert lint.returncode in (0, 1), lint.stderr
    assert "error" not in json.loads(lint.stdout)["files"][0]


def test_force_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    from drafter.fsutil import atomic_write

    target = tmp_path / "private.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    atomic_write(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o600
