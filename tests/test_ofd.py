"""OFD (GB/T 33190): read like a .pdf, findings name the page; tests build real .ofd packages."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers import ReadError, read_path

from .conftest import in_process, seed_paths
from .helpers.drafts import SEED_EXPECTED as EXPECTED
from .ofdfiles import NS, write_ofd

PARTS = ("measures", "shortcomings", "duties", "plan")


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_ofd_of_each_seed_gives_the_contract_statuses(prefix: str, tmp_path: Path) -> None:
    src = next(p for p in seed_paths() if p.name.startswith(prefix))
    doc = read_path(write_ofd(tmp_path / f"{prefix}.ofd", src.read_text(encoding="utf-8")))
    assert doc.fmt == "ofd" and max(doc.pages) >= 2
    assert not any("—" in b.text and re.search(r"— \d+ —", b.text) for b in doc.body)  # folios dropped
    reg = checklists.registry()
    unit_type, year, *statuses = EXPECTED[prefix]
    t = reg.infer(doc.meta.unit)
    assert t == unit_type
    result = check(doc, reg.types[t])
    assert result.year == year
    assert tuple(result.parts[p].status for p in PARTS) == tuple(statuses)


def test_ofd_findings_name_their_page(tmp_path: Path) -> None:
    path = write_ofd(tmp_path / "沈丘.ofd", seed_paths()[1].read_text(encoding="utf-8"))
    proc = in_process("lint", str(path))
    assert proc.returncode == 1, proc.stderr  # cites the superseded 纲要
    assert re.search(r"沈丘\.ofd:\d+:\d+（第[1-9]页）", proc.stdout), proc.stdout
    data = json.loads(in_process("lint", str(path), "--format", "json").stdout)
    assert data["files"][0]["unit"] == "沈丘县人民政府办公室"


def test_ofd_in_a_folder_is_read_not_skipped(tmp_path: Path) -> None:
    write_ofd(tmp_path / "a.ofd", seed_paths()[0].read_text(encoding="utf-8"))
    data = json.loads(in_process("lint", str(tmp_path), "--format", "json").stdout)
    assert [Path(f["path"]).name for f in data["files"]] == ["a.ofd"] and "skipped" not in data


def test_ofd_import_gives_a_draft(tmp_path: Path) -> None:
    path = write_ofd(tmp_path / "r.ofd", seed_paths()[2].read_text(encoding="utf-8"))
    out = tmp_path / "r.md"
    proc = in_process("import", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "## 一、2023年度推进法治政府建设的主要举措和成效" in out.read_text(encoding="utf-8")


def _scan_page() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="1">'
        f'<ofd:ImageObject ID="2" Boundary="0 0 210 297" ResourceID="9"/></ofd:Layer></ofd:Content></ofd:Page>'
    )


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        ([_scan_page()], "扫描版 OFD"),
        (["<ofd:Page><unclosed"], "已损坏"),
    ],
    ids=["scanned", "broken-xml"],
)
def test_bad_ofd_is_one_clear_line(tmp_path: Path, pages: list[str], message: str) -> None:
    path = write_ofd(tmp_path / "坏.ofd", "标题", pages=pages)
    with pytest.raises(ReadError, match=message):
        read_path(path)
    (tmp_path / "好.txt").write_text(seed_paths()[0].read_text(encoding="utf-8"), encoding="utf-8")
    proc = in_process("lint", str(tmp_path))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and message in proc.stderr
    assert "好.txt" in proc.stdout


def test_ofd_without_its_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "缺.ofd"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "OFD.xml",
            f'<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
            "</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
    with pytest.raises(ReadError, match="不是有效的 OFD"):
        read_path(path)
    (tmp_path / "假.ofd").write_text("not a zip", encoding="utf-8")
    with pytest.raises(ReadError, match="扩展名被改过"):
        read_path(tmp_path / "假.ofd")
