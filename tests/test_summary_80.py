"""`lint --summary` at 80 columns: a 提示 column, file names in at most two lines; `--version` help in Chinese."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rich.cells import cell_len

from .conftest import ROOT, run_cli, seed_paths

ROW = re.compile(r"\s(20\d\d)\s")


def _rows(out: str) -> list[list[str]]:
    """The table's data rows, each as its terminal lines (a row starts at the line with its year)."""
    lines = out.splitlines()
    body = lines[2:]  # title, header
    rows: list[list[str]] = []
    for ln in body:
        if ln.startswith("举措="):
            break  # the caption ends the table; notes (同一单位, 跳过) follow it
        if ROW.search(ln) or "无法读取" in ln:
            rows.append([ln])
        elif rows and ln.strip():
            rows[-1].append(ln)
    return rows


def _cells(line: str, width: int) -> str:
    """The first ``width`` terminal cells of ``line``."""
    out = ""
    for ch in line:
        if cell_len(out + ch) > width:
            break
        out += ch
    return out


def test_summary_fits_80_columns_with_a_hints_column(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    folder = tmp_path / "报告"
    folder.mkdir()
    for p in seed_paths():
        shutil.copy(p, folder / p.name)
    long_name = "鲁山县人民政府办公室关于2023年度法治政府建设情况的报告（终稿，已经主任审定后印发）.txt"
    shutil.copy(seed_paths()[0], folder / long_name)
    shutil.copy(ROOT / "examples" / "reports" / "柳河镇_2024年度_GBK编码.txt", folder)
    out = run_cli("lint", str(folder), "--summary").stdout
    header = out.splitlines()[1]
    assert header.split()[-3:] == ["错", "警", "提示"]
    # the caption is the only line that may wrap (the notes below it, "同一单位：…", are wrapped to 80)
    assert all(cell_len(ln) <= 80 for ln in out.splitlines() if not ln.startswith("举措="))
    assert "同一单位：" in out  # 000 twice, under two names
    rows = _rows(out)
    assert len(rows) == 7
    width = cell_len(header[: header.index("单位")])  # the file column, as wide as the header says
    for row in rows:
        names = [_cells(ln, width).strip() for ln in row]
        assert all(not n for n in names[2:]), row  # a name never takes a third line
        assert re.fullmatch(r"\d+", row[0].split()[-1])  # the 提示 count ends the row
    joined = ["".join(_cells(ln, width).strip() for ln in row) for row in rows]
    assert "柳河镇_2024年度_GBK编码.txt" in joined and any(
        j.startswith("鲁山县") and j.endswith("….txt") for j in joined
    )


def test_version_help_is_chinese() -> None:
    out = run_cli("--help").stdout
    assert re.search(r"--version\s+显示版本号并退出", out)
    assert "show program" not in out
