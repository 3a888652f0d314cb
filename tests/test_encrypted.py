"""A password-protected .docx says it is encrypted (请先在 Word 中取消密码), not damaged."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from drafter.readers import ReadError, read_path

from .conftest import in_process, seed_paths


def _encrypted_docx(tmp_path: Path, name: str = "加密.docx") -> Path:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    import docx

    d = docx.Document()
    for line in seed_paths()[0].read_text(encoding="utf-8").splitlines()[:6]:
        d.add_paragraph(line)
    plain = io.BytesIO()
    d.save(plain)
    plain.seek(0)
    out = io.BytesIO()
    ooxml.OOXMLFile(plain).encrypt("mima123", out)
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def test_encrypted_docx_is_said_to_be_encrypted(tmp_path: Path) -> None:
    path = _encrypted_docx(tmp_path)
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # Word's encrypted package is an OLE file
    with pytest.raises(ReadError, match=r"已加密.*请先在 Word 中取消密码"):
        read_path(path)


def test_encrypted_docx_in_a_folder_one_line_exit_2_others_checked(tmp_path: Path) -> None:
    _encrypted_docx(tmp_path, "乙单位.docx")
    _encrypted_docx(tmp_path, "丙单位.doc")  # the same, saved under the old name: converted in a batch
    (tmp_path / "甲单位.txt").write_text(seed_paths()[0].read_text(encoding="utf-8"), encoding="utf-8")
    proc = in_process("lint", str(tmp_path), "--format", "json")
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln]
    assert len(lines) == 2 and all("已加密" in ln and "取消密码" in ln and "损坏" not in ln for ln in lines)
    files = {Path(f["path"]).name: f for f in json.loads(proc.stdout)["files"]}
    assert files["甲单位.txt"]["unit"] == "鲁山县人民政府办公室"
    assert "已加密" in files["乙单位.docx"]["error"] and "已加密" in files["丙单位.doc"]["error"]
