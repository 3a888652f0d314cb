"""``lint --format xlsx -o 汇总.xlsx``: the leadership's summary, read back with openpyxl."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from drafter.output.xlsx import STATUS

from .conftest import run_cli
from .formats import soffice

PARTS = ("measures", "shortcomings", "duties", "plan")


@pytest.fixture
def workbook(tmp_path: Path, seeds_dir: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04 torn")
    out = tmp_path / "汇总.xlsx"
    proc = run_cli("lint", str(seeds_dir), str(bad), "--format", "xlsx", "-o", str(out))
    assert proc.returncode == 2 and out.is_file(), proc.stderr
    js = run_cli("lint", str(seeds_dir), str(bad), "--format", "json")
    return out, json.loads(js.stdout)


def test_overview_reads_back_to_the_json_statuses(workbook: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    out, data = workbook
    wb = load_workbook(out)
    assert wb.sheetnames == ["概览", "问题清单", "相似报告"]
    ws = wb["概览"]
    rows = list(ws.iter_rows(values_only=True))
    head, body = rows[0], rows[1:]
    assert head[:8] == ("文件", "单位", "类型", "年度", "举措和成效", "不足和原因", "第一责任人职责", "下一年度安排")
    files = [f for f in data["files"] if "error" not in f]
    assert len(body) == len(data["files"]) == 6
    by_path = {r[0]: r for r in body}
    for f in files:
        row = by_path[f["path"]]
        assert row[1] == f["unit"] and row[3] == f["year"]
        assert list(row[4:8]) == [STATUS[f["parts"][p]["status"]] for p in PARTS]
        counts = {s: sum(1 for x in f["findings"] if x["severity"] == s) for s in ("error", "warning", "info")}
        assert list(row[8:11]) == [counts["error"], counts["warning"], counts["info"]]
    broken = [r for r in body if r[0].endswith("坏文件.docx")]
    assert len(broken) == 1 and broken[0][11].startswith("无法读取：") and len(broken[0][11]) > 8
    # what the issue asks of the sheet itself
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == ws.dimensions
    assert ws.column_dimensions["B"].width >= 24
    folded = [(r, c) for r, row in enumerate(body, start=2) for c, v in enumerate(row[4:8], start=5) if v == "并入"]
    assert folded
    assert all(ws.cell(r, c).fill.fgColor.rgb.endswith("FFEB9C") for r, c in folded)


def test_missing_parts_are_filled_red(tmp_path: Path) -> None:
    report = tmp_path / "缺部分.txt"
    report.write_text("青山县人民政府关于2024年度法治政府建设情况的报告\n一、2024年度推进法治政府建设的主要举措和成效\n"
                      "全年办理行政复议案件12件，全部依法审结。\n", encoding="utf-8")
    out = tmp_path / "x.xlsx"
    assert run_cli("lint", str(report), "--format", "xlsx", "-o", str(out)).returncode == 1
    ws = load_workbook(out)["概览"]
    row = [c for c in ws[2]]
    assert [c.value for c in row[4:8]] == ["有", "缺", "缺", "缺"]
    assert [c.fill.fgColor.rgb[-6:] for c in row[5:8]] == ["FFC7CE"] * 3 and row[4].fill.fgColor.rgb[-6:] != "FFC7CE"


def test_findings_sheet_lists_every_finding(workbook: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    out, data = workbook
    ws = load_workbook(out)["问题清单"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("文件", "位置", "行/段", "部分", "规则", "级别", "问题")
    expected = sorted((f["path"], x["line"], x["rule"], x["message"]) for f in data["files"] if "error" not in f
                      for x in f["findings"])
    got = sorted((r[0], r[2], r[4], r[6]) for r in rows[1:])
    assert got == expected and len(got) > 10
    assert all(r[1] == (f"第{r[2]}行" if r[2] is not None else "") for r in rows[1:])


def test_similar_pairs_sheet() -> None:
    from drafter.output import xlsx

    wb = load_workbook(io.BytesIO(xlsx.render([], [("a.docx", "b.docx", 0.42), ("c.docx", "d.docx", 0.9)])))
    rows = list(wb["相似报告"].iter_rows(values_only=True))
    assert rows == [("报告甲", "报告乙", "相同文字占比"), ("c.docx", "d.docx", 0.9), ("a.docx", "b.docx", 0.42)]


def test_xlsx_refuses_overwrite_and_needs_output(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "汇总.xlsx"
    out.write_bytes(b"old")
    proc = run_cli("lint", str(seeds_dir), "--format", "xlsx", "-o", str(out))
    assert proc.returncode == 2 and "--force" in proc.stderr and out.read_bytes() == b"old"
    assert run_cli("lint", str(seeds_dir), "--format", "xlsx", "-o", str(out), "--force").returncode == 1
    assert load_workbook(out).sheetnames[0] == "概览"
    proc = run_cli("lint", str(seeds_dir), "--format", "xlsx")
    assert proc.returncode == 2 and "-o" in proc.stderr and len(proc.stderr.splitlines()) == 1


@pytest.mark.slow
def test_workbook_opens_in_libreoffice_calc(workbook: tuple[Path, dict], tmp_path: Path) -> None:  # type: ignore[type-arg]
    out, data = workbook
    subprocess.run([soffice(), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "csv"),
                    str(out)], check=True, capture_output=True, timeout=300)
    rows = list(csv.reader((tmp_path / "csv" / "汇总.csv").open(encoding="utf-8")))
    units = {f["unit"] for f in data["files"] if "error" not in f}
    assert rows[0][:2] == ["文件", "单位"] and units <= {r[1] for r in rows[1:]}


def test_similar_sheet_lists_the_folders_copied_pair(tmp_path: Path) -> None:
    """The folder pass's pairs reach the 相似报告 sheet: a report re-issued under another unit's name."""
    from .conftest import seed

    folder = tmp_path / "reports"
    folder.mkdir()
    text = seed("001").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text.replace("沈丘县", "项城市"), encoding="utf-8")
    (folder / "c.txt").write_text(seed("003").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "汇总.xlsx"
    run_cli("lint", str(folder), "--format", "xlsx", "-o", str(out))
    rows = list(load_workbook(out)["相似报告"].iter_rows(values_only=True))[1:]
    assert [(Path(a).name, Path(b).name) for a, b, _ in rows] == [("a.txt", "b.txt")]
    assert rows[0][2] > 0.9
