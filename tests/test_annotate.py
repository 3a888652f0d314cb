"""``lint --annotate``: a copy with one Word comment per finding; the original untouched."""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from .conftest import in_process, run_cli, seed
from .formats import lo_convert, soffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _head(f: dict) -> str:  # type: ignore[type-arg]
    """A comment's first line: the rule id, its Chinese name (its documented title), the message."""
    from drafter.ruledocs import docs

    return f"[{f['rule']} {docs()[f['rule']].title}] {f['message']}"


def _findings(path: Path) -> list[dict]:  # type: ignore[type-arg]
    proc = in_process("lint", str(path), "--format", "json")
    return json.loads(proc.stdout)["files"][0]["findings"]  # type: ignore[no-any-return]


def _anchored(path: Path) -> dict[str, str]:
    """Comment id → the document text between its range markers."""
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    open_: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            open_[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            cid = el.get(W + "id")
            done[cid] = "".join(open_.pop(cid, []))
        elif el.tag == W + "t" and el.text:
            for parts in open_.values():
                parts.append(el.text)
    return done


def test_annotated_seed_001_has_one_comment_per_finding_and_the_original_is_untouched(tmp_path: Path) -> None:
    src = seed("001")
    before = _sha(src)
    out = tmp_path / "沈丘_批注.docx"
    proc = in_process("lint", str(src), "--annotate", str(out))
    assert proc.returncode == 1 and out.is_file(), proc.stderr
    assert _sha(src) == before
    findings = _findings(src)
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(findings) + 1
    assert {c.author for c in comments} == {"drafter"}
    first = comments[0].text
    assert "主要举措和成效：有" in first and "第一责任人职责：有" in first
    texts = [c.text for c in comments[1:]]
    for f in findings:
        assert any(t.startswith(_head(f)) for t in texts), f
    assert all("建议：" in t for t in texts)
    # comments sit on the offending words
    anchors = _anchored(out)
    by_text = {c.text.split("\n")[0]: anchors[str(c.comment_id)] for c in comments}
    wording = [f for f in findings if f["rule"] == "wording"]
    assert wording and {by_text[_head(f)] for f in wording} >= {"主题责任", "谁普法谁执法"}
    title = anchors[str(comments[0].comment_id)]
    assert "关于2023年度法治政府建设情况的报告" in title


def test_annotating_a_docx_keeps_its_paragraphs_and_anchors_the_words(tmp_path: Path) -> None:
    from drafter.readers import read_path
    from drafter.render.gbt9704 import render

    src = tmp_path / "沈丘.docx"
    src.write_bytes(render(read_path(seed("001"))))
    before = _sha(src)
    proc = in_process("lint", str(src), "--annotate")
    out = tmp_path / "沈丘_批注.docx"
    assert proc.returncode == 1 and out.is_file() and "Traceback" not in proc.stderr
    assert _sha(src) == before
    orig = [p.text for p in docx.Document(str(src)).paragraphs]
    copy = docx.Document(str(out))
    assert [p.text for p in copy.paragraphs] == orig  # runs split, text unchanged
    anchors = _anchored(out)
    assert "法制" in anchors.values() or any(a.startswith("法制") for a in anchors.values())
    assert len(list(copy.comments)) == len(_findings(src)) + 1


def test_annotate_refuses_to_overwrite_and_to_take_a_folder(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "a.docx"
    out.write_bytes(b"keep")
    proc = in_process("lint", str(seed("001")), "--annotate", str(out))
    assert proc.returncode == 2 and "--force" in proc.stderr and out.read_bytes() == b"keep"
    proc = in_process("lint", str(seed("001")), "--annotate", str(out), "--force")
    assert proc.returncode == 1 and zipfile.is_zipfile(out)
    proc = in_process("lint", str(seeds_dir), "--annotate")
    assert proc.returncode == 2 and "--annotate-dir" in proc.stderr and len(proc.stderr.splitlines()) == 1


def _counted_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path | None:
    """Where POSIX shells are: DRAFTER_SOFFICE is a script that logs a line per LibreOffice start, then runs it."""
    if sys.platform == "win32":
        return None
    log, script = tmp_path / "soffice.log", tmp_path / "soffice"
    script.write_text(f'#!/bin/sh\necho start >> "{log}"\nexec "{soffice()}" "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("DRAFTER_SOFFICE", str(script))
    return log


def test_annotate_dir_writes_a_copy_per_report(
    tmp_path: Path, seed_formats: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "批注"
    log = _counted_soffice(tmp_path, monkeypatch)
    proc = run_cli("lint", str(seed_formats), "--annotate-dir", str(out))
    assert proc.returncode == 1, proc.stderr
    if log is not None:  # the six .doc/.odt reports: one batch to read them, one to annotate them (not one each)
        assert log.read_text().split() == ["start", "start"]
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 12 and "001_pdf_批注.docx" in names and "004_doc_批注.docx" in names
    for p in out.iterdir():
        d = docx.Document(str(p))
        assert len(list(d.comments)) >= 2 and any("法治政府建设情况的报告" in para.text for para in d.paragraphs)
    again = in_process("lint", str(seed_formats), "--annotate-dir", str(out))  # refused before any conversion
    assert again.returncode == 2 and len(again.stderr.splitlines()) == 1 and "已存在" in again.stderr


def test_annotate_dir_refuses_existing_copies_before_reading_and_force_rewrites(tmp_path: Path) -> None:
    src = tmp_path / "报告"
    src.mkdir()
    for prefix in ("001", "003"):
        (src / f"{prefix}.txt").write_bytes(seed(prefix).read_bytes())
    out = tmp_path / "批注"
    out.mkdir()
    second = out / "003_批注.docx"
    second.write_bytes(b"keep")
    (src / "001.txt").write_bytes(b"\xff\xfe\x00")  # not read: the refusal comes first
    proc = in_process("lint", str(src), "--annotate-dir", str(out))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"drafter: {second} 已存在；如要覆盖请加 --force，或用 --annotate-dir 指定另一个文件夹"
    ]
    assert second.read_bytes() == b"keep" and sorted(p.name for p in out.iterdir()) == ["003_批注.docx"]
    (src / "001.txt").write_bytes(seed("001").read_bytes())
    proc = in_process("lint", str(src), "--annotate-dir", str(out), "--force")
    assert proc.returncode == 1, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["001_批注.docx", "003_批注.docx"]  # no temporary file left
    assert all(len(list(docx.Document(str(p)).comments)) >= 1 for p in out.iterdir())


@pytest.mark.slow
def test_annotated_copy_opens_in_libreoffice_with_its_comments(tmp_path: Path) -> None:
    out = tmp_path / "a.docx"
    assert in_process("lint", str(seed("001")), "--annotate", str(out)).returncode == 1
    lo_convert([out], "odt", tmp_path, tmp_path / "lo")
    with zipfile.ZipFile(tmp_path / "a.odt") as zf:
        content = etree.fromstring(zf.read("content.xml"))
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    dc = "{http://purl.org/dc/elements/1.1/}"
    notes = list(content.iter(office + "annotation"))
    assert len(notes) == len(_findings(seed("001"))) + 1
    assert {n.findtext(dc + "creator") for n in notes} == {"drafter"}
    text = "".join(etree.tostring(n, method="text", encoding="unicode") for n in notes)
    assert "[no-causes 只列不足，不写原因]" in text and "主体责任" in text
