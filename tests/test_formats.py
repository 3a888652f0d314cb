"""Every format a reviewer receives gives the same part statuses as the seed's .txt."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from drafter.readers import ReadError, read_bytes, read_path
from drafter.readers.convert import convert

from .conftest import run_cli, seed
from .formats import FORMATS, SEEDS, make_html, page_html


def _statuses(entry: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {pid: p["status"] for pid, p in entry["parts"].items()}


def _lint_json(*paths: str, env: dict[str, str] | None = None) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    import subprocess
    import sys

    from .conftest import ROOT

    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "lint", *paths, "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def _txt_statuses() -> dict[str, dict[str, str]]:
    _, data, _ = _lint_json(*(str(seed(s)) for s in SEEDS))
    return {Path(f["path"]).name[:3]: _statuses(f) for f in data["files"]}


def test_doc_odt_pdf_of_the_seeds_give_the_txt_statuses(seed_formats: Path) -> None:
    expected = _txt_statuses()
    assert expected["003"]["duties"] == "folded" and expected["001"]["duties"] == "present"
    _code, data, err = _lint_json(str(seed_formats))
    assert "Traceback" not in err
    got = {Path(f["path"]).name: f for f in data["files"]}
    assert sorted(got) == sorted(f"{s}.{x}" for s in SEEDS for x in ("docx", *FORMATS))
    for name, entry in got.items():
        assert "error" not in entry, (name, entry)
        assert _statuses(entry) == expected[name[:3]], name
        assert entry["unit"] and entry["year"], name


def test_html_of_seed_004_in_gbk_gives_the_txt_statuses(tmp_path: Path) -> None:
    page = make_html(tmp_path / "洛宁县.html")
    raw = page.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really GBK, declared by its meta charset only
    expected = _txt_statuses()["004"]
    _code, data, err = _lint_json(str(page))
    assert "error" not in data["files"][0], err
    entry = data["files"][0]
    assert _statuses(entry) == expected
    assert entry["title"] == "中共洛宁县委洛宁县人民政府关于2023年度法治政府建设情况的报告"
    assert entry["unit_type"] == "county_gov" and entry["year"] == 2023
    doc = read_path(page)
    text = doc.text()
    for debris in ("专题专栏", "版权所有", "中国政府网", "分享到", "统计代码", "浏览次数"):
        assert debris not in text, debris
    assert doc.fmt == "html"


def test_html_charset_from_meta_and_utf8_without_meta() -> None:
    body = page_html(seed("004").read_text(encoding="utf-8"))
    gb = read_bytes(body.encode("gb18030"), "p.htm", ".htm")
    utf = read_bytes(body.replace("charset=gbk", "charset=utf-8").encode("utf-8"), "p.html", ".html")
    bare = read_bytes(re.sub(r"<meta[^>]*>", "", body).encode("utf-8"), "p.html", ".html")
    assert gb.meta.title == utf.meta.title == bare.meta.title
    assert [b.text for b in gb.blocks] == [b.text for b in utf.blocks] == [b.text for b in bare.blocks]


def test_html_without_a_report_is_one_line() -> None:
    with pytest.raises(ReadError) as e:
        read_bytes(b"<html><body><div class='nav'><a href='/'>Home</a></div></body></html>", "x.html", ".html")
    assert "正文" in str(e.value)


def test_pdf_furniture_removed_and_findings_name_their_page(seed_formats: Path) -> None:
    doc = read_path(seed_formats / "004.pdf")
    txt = read_path(seed("004"))
    assert doc.fmt == "pdf" and max(doc.pages) >= 5
    assert not any(re.fullmatch(r"[—-]\s*\d+\s*[—-]", b.text) for b in doc.blocks)
    assert "— 2 —" not in doc.text()

    # hard wraps joined: the body paragraphs are the .txt's paragraphs (LibreOffice's PDF drops the
    # punctuation it hangs past the margin from the text layer, so compare words only)
    def words(s: str) -> str:
        return re.sub(r"\W", "", s)

    para = [words(b.text) for b in txt.body if b.kind == "paragraph" and len(b.text) > 200]
    joined = {words(b.text) for b in doc.body}
    assert para and sum(p in joined for p in para) >= 0.9 * len(para)
    # a paragraph that crosses a page break is one block again
    assert any(doc.page_of(b.line) != doc.page_of(max(ln for _, ln in b.breaks)) for b in doc.blocks if b.breaks)
    proc = run_cli("lint", str(seed_formats / "001.pdf"))
    assert re.search(r"001\.pdf:\d+:\d+（第[1-9]页）", proc.stdout), proc.stdout


def test_scanned_pdf_is_one_clear_line(tmp_path: Path) -> None:
    # A real PDF whose one page holds no text: what a scanner gives without OCR.
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 24 >>\nstream\n0 0 1 rg 10 10 50 50 re f\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    (tmp_path / "scan.pdf").write_bytes(bytes(out))
    proc = run_cli("lint", str(tmp_path / "scan.pdf"), str(seed("000")))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "scan.pdf" in ln]
    assert len(lines) == 1 and "扫描" in lines[0] and "OCR" in lines[0]
    assert "鲁山县人民政府办公室" in proc.stdout  # the other file is still checked


def test_without_libreoffice_one_line_exit_2_and_the_rest_checked(seed_formats: Path, tmp_path: Path) -> None:
    env = dict(os.environ, DRAFTER_SOFFICE=str(tmp_path / "no-such-soffice"))
    code, data, err = _lint_json(
        str(seed_formats / "001.doc"),
        str(seed_formats / "003.odt"),
        str(seed_formats / "004.pdf"),
        str(seed("002")),
        env=env,
    )
    assert code == 2 and "Traceback" not in err
    by = {Path(f["path"]).name: f for f in data["files"]}
    for name in ("001.doc", "003.odt"):
        assert "LibreOffice" in by[name]["error"] and "另存为" in by[name]["error"]
        assert sum(name in ln for ln in err.splitlines()) == 1
    assert "error" not in by["004.pdf"] and "error" not in by[seed("002").name]


def test_conversion_time_limit_is_a_clear_error(seed_formats: Path) -> None:
    # LibreOffice cannot start in 0.2 s: the limit stops it and says what to do.
    out = convert([((seed_formats / "001.doc").read_bytes(), ".doc")], timeout=0.2)
    assert isinstance(out[0], ReadError) and "超时" in str(out[0]) and "另存为" in str(out[0])


def test_folder_of_old_files_is_converted_in_one_call(seed_formats: Path) -> None:
    items = [((seed_formats / f"{s}.doc").read_bytes(), ".doc") for s in SEEDS]
    items.append((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".doc"))  # no document inside
    out = convert(items)
    assert [isinstance(o, bytes) for o in out] == [True, True, True, False]
    assert "损坏" in str(out[3])
    assert read_bytes(out[0], "001.docx", ".docx").meta.unit == "沈丘县人民政府办公室"


def test_html_title_in_a_header_element_is_kept() -> None:
    body = page_html(seed("004").read_text(encoding="utf-8"))
    moved = body.replace("<h1>", '<div class="article-header"><h1>').replace("</h1>", "</h1></div>")
    doc = read_bytes(moved.encode("gbk"), "p.html", ".html")
    assert doc.meta.title == "中共洛宁县委洛宁县人民政府关于2023年度法治政府建设情况的报告"
    assert doc.meta.year == 2023
