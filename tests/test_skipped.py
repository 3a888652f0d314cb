"""A folder never skips a file silently: every file not read is listed with its reason and counted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import in_process, seed_paths


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "报告"
    folder.mkdir()
    for p in seed_paths()[:2]:
        shutil.copy(p, folder / p.name)
    (folder / "附件1 统计表.xlsx").write_bytes(b"PK\x03\x04 not really")
    (folder / "扫描件.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "材料.zip").write_bytes(b"PK\x03\x04")
    (folder / "~$报告.docx").write_bytes(b"lock")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    return folder


def test_text_lists_and_counts_skipped_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    proc = in_process("lint", str(folder))
    plain = in_process("lint", *(str(p) for p in sorted(folder.glob("0*.txt"))))
    assert proc.returncode == plain.returncode  # skipped non-report files do not change the exit status
    out = proc.stdout
    assert "检查了 2 个文件，跳过 5 个" in out
    assert "扫描件.jpg: 跳过：图片文件（.jpg），不是报告" in out
    assert "附件1 统计表.xlsx: 跳过：表格文件（.xlsx）" in out
    assert "材料.zip: 跳过：压缩包文件（.zip），不是报告；请解压后再检查其中的报告" in out
    assert "~$报告.docx: 跳过：Word/WPS 打开文件时生成的临时文件" in out
    assert ".git: 跳过：隐藏文件夹" in out and "HEAD" not in out
    assert proc.stderr == ""


def test_summary_and_json_list_skipped_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    # relative to the folder's parent: notes under the table wrap to the terminal, and a long temporary path
    # (as under xdist) would cut a file name across two lines
    summary = in_process("lint", folder.name, "--summary", cwd=folder.parent)
    assert "检查了 2 个文件，跳过 5 个" in summary.stdout and "扫描件.jpg" in summary.stdout
    data = json.loads(in_process("lint", str(folder), "--format", "json").stdout)
    assert len(data["files"]) == 2 and data["summary"]["files"] == 2
    reasons = {Path(s["path"]).name: s["reason"] for s in data["skipped"]}
    assert set(reasons) == {"附件1 统计表.xlsx", "扫描件.jpg", "材料.zip", "~$报告.docx", ".git"}
    assert all(set(s) == {"path", "reason"} for s in data["skipped"])


def test_a_named_file_that_cannot_be_read_still_gives_2(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    proc = in_process("lint", str(folder / "扫描件.jpg"))
    assert proc.returncode == 2 and "不支持的文件类型" in proc.stderr


def test_folder_of_only_other_files_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "空"
    folder.mkdir()
    (folder / "照片.png").write_bytes(b"\x89PNG")
    proc = in_process("lint", str(folder), "--format", "json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 2 and "没有报告文件" in data["files"][0]["error"]
    assert [Path(s["path"]).name for s in data["skipped"]] == ["照片.png"]
