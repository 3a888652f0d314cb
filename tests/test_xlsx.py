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

from .conftest import SEEDS, in_process
from .formats import lo_convert

PARTS = ("measures", "shortcomings", "duties", "plan")


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    """The seeds' 汇总表 and their JSON, made once: the tests that take it only read it."""
    if not SEEDS.is_dir():
        pytest.skip("shared/corpus/seeds not present beside the project")
    seeds_dir, tmp = SEEDS, tmp_path_factory.mktemp("workbook")
    bad = tmp / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04 torn")
    out = tmp / "汇总.xlsx"
    proc = in_process("lint", str(seeds_dir), str(bad), "--format", "xlsx", "-o", str(out))
    assert proc.returncode == 2 and out.is_file(), proc.stderr
    js = in_process("lint", str(seeds_dir), str(bad), "--format", "json")
    return out, json.loads(js.stdout)


def test_overview_reads_back_to_the_json_statuses(workbook: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    out, data = workbook
    wb = load_workbook(out)
    assert wb.sheetnames == ["概览", "问题清单", "相似报告"]
    ws = wb["概览"]
    rows = list(ws.iter_rows(values_only=True))
    title, head, body, total = rows[0], rows[1], rows[2:-1], rows[-1]
    assert title[0].startswith("法治政府建设年度报告检查汇总") and "报告年度：2023年度" in title[0]
    assert total[0] == "合计：5 份报告（另1 份无法读取，1 份未检查）"  # INDEX.md is listed as not checked
    assert list(total[8:11]) == [sum(r[i] or 0 for r in body) for i in (8, 9, 10)]
    assert head[:8] == ("文件", "单位", "类型", "年度", "举措和成效", "不足和原因", "第一责任人职责", "下一年度安排")
    files = [f for f in data["files"] if "error" not in f]
    assert len(data["files"]) == 6 and [s["path"].rsplit("/", 1)[-1] for s in data["skipped"]] == ["INDEX.md"]
    not_checked = [r for r in body if r[0].endswith("INDEX.md")]
    assert len(not_checked) == 1 and len(body) == 7
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
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref == f"A2:L{len(rows) - 1}"
    assert ws.column_dimensions["B"].width >= 24
    folded = [(r, c) for r, row in enumerate(body, start=3) for c, v in enumerate(row[4:8], start=5) if v == "并入"]
    assert folded
    assert all(ws.cell(r, c).fill.fgColor.rgb.endswith("FFEB9C") for r, c in folded)


def test_missing_parts_are_filled_red(tmp_path: Path) -> None:
    report = tmp_path / "缺部分.txt"
    report.write_text(
        "青山县人民政府关于2024年度法治政府建设情况的报告\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "全年办理行政复议案件12件，全部依法审结。\n",
        encoding="utf-8",
    )
    out = tmp_path / "x.xlsx"
    assert in_process("lint", str(report), "--format", "xlsx", "-o", str(out)).returncode == 1
    ws = load_workbook(out)["概览"]
    row = [c for c in ws[3]]
    assert [c.value for c in row[4:8]] == ["有", "缺", "缺", "缺"]
    assert [c.fill.fgColor.rgb[-6:] for c in row[5:8]] == ["FFC7CE"] * 3 and row[4].fill.fgColor.rgb[-6:] != "FFC7CE"


def test_findings_sheet_lists_every_finding(workbook: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    out, data = workbook
    ws = load_workbook(out)["问题清单"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1] == ("文件", "单位", "位置", "行/段", "部分", "规则", "规则名称", "级别", "问题")
    body = rows[2:-1]
    expected = sorted(
        (f["path"], f["unit"], x["line"], x["rule"], x["message"])
        for f in data["files"]
        if "error" not in f
        for x in f["findings"]
    )
    got = sorted((r[0], r[1], r[3], r[5], r[8]) for r in body)
    assert got == expected and len(got) > 10
    assert rows[-1][0] == f"合计：{len(got)} 个问题"
    assert all(r[2] == (f"第{r[3]}行" if r[3] is not None else "") for r in body)
    names = {r[5]: r[6] for r in body}
    assert names["wording"] == "常见错用词" and all(names.values())


def test_similar_pairs_sheet() -> None:
    from drafter.output import xlsx

    wb = load_workbook(io.BytesIO(xlsx.render([], [("a.docx", "b.docx", 0.42), ("c.docx", "d.docx", 0.9)])))
    rows = list(wb["相似报告"].iter_rows(values_only=True))
    assert rows[1:] == [
        ("单位甲", "报告甲", "单位乙", "报告乙", "相同文字占比"),
        (None, "c.docx", None, "d.docx", 0.9),
        (None, "a.docx", None, "b.docx", 0.42),
        ("合计：2 对", None, None, None, None),
    ]


def test_xlsx_refuses_overwrite_and_needs_output(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "汇总.xlsx"
    out.write_bytes(b"old")
    proc = in_process("lint", str(seeds_dir), "--format", "xlsx", "-o", str(out))
    assert proc.returncode == 2 and "--force" in proc.stderr and out.read_bytes() == b"old"
    assert in_process("lint", str(seeds_dir), "--format", "xlsx", "-o", str(out), "--force").returncode == 1
    assert load_workbook(out).sheetnames[0] == "概览"
    proc = in_process("lint", str(seeds_dir), "--format", "xlsx")
    assert proc.returncode == 2 and "-o" in proc.stderr and len(proc.stderr.splitlines()) == 1


@pytest.mark.slow
def test_workbook_opens_in_libreoffice_calc(workbook: tuple[Path, dict], tmp_path: Path) -> None:  # type: ignore[type-arg]
    out, data = workbook
    lo_convert([out], "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "csv", tmp_path / "lo")
    rows = list(csv.reader((tmp_path / "csv" / "汇总.csv").open(encoding="utf-8")))
    units = {f["unit"] for f in data["files"] if "error" not in f}
    assert rows[1][:2] == ["文件", "单位"] and units <= {r[1] for r in rows[2:]}


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
    in_process("lint", str(folder), "--format", "xlsx", "-o", str(out))
    rows = list(load_workbook(out)["相似报告"].iter_rows(values_only=True))[2:-1]
    assert [(ua, Path(a).name, ub, Path(b).name) for ua, a, ub, b, _ in rows] == [
        ("沈丘县人民政府办公室", "a.txt", "项城市人民政府办公室", "b.txt")
    ]
    assert rows[0][4] > 0.9


@pytest.fixture(scope="module")
def seed_reports() -> list:  # type: ignore[type-arg]
    from drafter.lint import lint_paths

    from .conftest import seed_paths

    return list(lint_paths([str(p) for p in seed_paths()], jobs=1))


def test_sheets_print_on_a4_landscape_one_page_wide_in_a_chinese_font(seed_reports: list) -> None:  # type: ignore[type-arg]
    import datetime

    from drafter.output import xlsx

    data = xlsx.render(seed_reports, folder="报告", today=datetime.date(2026, 3, 2))
    wb = load_workbook(io.BytesIO(data))
    for ws in wb:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (
            1,
            0,
        )
        assert ws.print_title_rows == "$1:$2"
        assert ws["A1"].value.startswith(
            "法治政府建设年度报告检查汇总　文件夹：报告　报告年度：2023年度　制表日期：2026年3月2日"
        )
        assert ws["A1"].font.name == "宋体" and ws["A3"].font.name == "宋体"
    assert wb._fonts[0].name == "宋体"  # the default for every cell, not Calibri


def test_overview_sorted_by_unit_type_then_errors_with_skipped_files(seed_reports: list) -> None:  # type: ignore[type-arg]
    from drafter.output import xlsx

    data = xlsx.render(seed_reports, skipped=[("报告/说明.xlsx", "不是报告文件")])
    rows = list(load_workbook(io.BytesIO(data))["概览"].iter_rows(values_only=True))[2:-1]
    order = {"县级政府": 0, "政府部门": 1, "乡镇（街道）": 2}
    keys = [(order[r[2]], -r[8]) for r in rows[:-1]]
    assert keys == sorted(keys) and len({k[0] for k in keys}) > 1
    assert rows[-1][0] == "报告/说明.xlsx" and rows[-1][11] == "未检查：不是报告文件"


def test_ignored_findings_follow_the_others_marked(seed_reports: list) -> None:  # type: ignore[type-arg]
    from drafter.output import xlsx

    r = seed_reports[0]
    gone = xlsx.Ignored(r.path, 5, "wording", "“法制”用词", reason="引用文件原名")
    rows = list(
        load_workbook(io.BytesIO(xlsx.render(seed_reports, ignored=[gone])))["问题清单"].iter_rows(values_only=True)
    )
    assert rows[-2][5:] == ("wording", "常见错用词", "已忽略", "“法制”用词（已忽略：引用文件原名）")
    assert rows[-2][1] == r.doc.meta.unit and rows[-1][0].endswith("（另有 1 个已忽略）")


@pytest.mark.slow
def test_workbook_prints_landscape_one_page_wide(workbook: tuple[Path, dict], tmp_path: Path) -> None:  # type: ignore[type-arg]
    import re

    out, _ = workbook
    lo_convert([out], "pdf", tmp_path, tmp_path / "lo")
    pdf = tmp_path / "汇总.pdf"
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    assert 3 <= len(sizes) <= 6  # 6 files: one page each for 概览 and 相似报告, 问题清单 on one or a few
    assert all(abs(float(w) - 841.89) < 1 and abs(float(h) - 595.3) < 1 for w, h in sizes)  # A4 landscape
    for n in range(1, len(sizes) + 1):  # every page has the title and its sheet's last column: one page wide
        text = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True
        ).stdout
        assert "法治政府建设年度报告检查汇总" in text
        assert any(last in text for last in ("说明", "问题", "相同文字占比")), n
