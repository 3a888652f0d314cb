"""``drafter import`` and the draft round trip: import → render → import gives the same draft."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import ROOT, RunMain, seed_paths


@pytest.mark.parametrize("src", seed_paths(), ids=lambda p: p.name[:3])
def test_round_trip_on_seeds(tmp_path: Path, src: Path, run_main: RunMain) -> None:
    first, docx, second = tmp_path / "a.md", tmp_path / "a.docx", tmp_path / "b.md"
    r = run_main("import", str(src), "-o", str(first))
    assert r.returncode == 0, r.stderr
    assert run_main("render", str(first), "-o", str(docx)).returncode == 0
    r = run_main("import", str(docx), "-o", str(second))
    assert r.returncode == 0, r.stderr
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_import_infers_type_and_reports_it(tmp_path: Path, run_main: RunMain) -> None:
    src = next(p for p in seed_paths() if p.name.startswith("002"))
    r = run_main("import", str(src), "-o", str(tmp_path / "d.md"))
    assert r.returncode == 0 and "township" in r.stderr and "d.md" in r.stdout
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert 'type = "township"' in text and "year = 2023" in text


def test_default_output_and_force(tmp_path: Path, run_main: RunMain) -> None:
    src = tmp_path / "report.txt"
    src.write_text(
        next(p for p in seed_paths() if p.name.startswith("000")).read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert run_main("import", str(src)).returncode == 0
    assert (tmp_path / "report.md").is_file()
    r = run_main("import", str(src))
    assert r.returncode == 2 and "--force" in r.stderr
    assert run_main("import", str(src), "--force").returncode == 0
    r = run_main("import", str(tmp_path / "report.md"))
    assert r.returncode == 0 and (tmp_path / "report.draft.md").is_file()


def test_import_bad_input(tmp_path: Path, run_main: RunMain) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 junk")
    r = run_main("import", str(tmp_path / "x.pdf"), "-o", str(tmp_path / "x.md"))
    assert r.returncode == 2 and "PDF" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "x.md").exists()
    r = run_main("import", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and "不存在" in r.stderr


EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "drafts").glob("*.md"))


@pytest.mark.parametrize("src", EXAMPLES, ids=lambda p: p.stem)
def test_round_trip_on_example_drafts_with_optional_parts(tmp_path: Path, src: Path, run_main: RunMain) -> None:
    """附件说明 and 版记 come back from the rendered .docx as the same front-matter fields."""
    first, docx, second = tmp_path / "a.md", tmp_path / "a.docx", tmp_path / "b.md"
    assert run_main("import", str(src), "-o", str(first)).returncode == 0
    assert run_main("render", str(first), "-o", str(docx)).returncode == 0
    assert run_main("import", str(docx), "-o", str(second)).returncode == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    if src.stem.startswith("county"):
        text = first.read_text(encoding="utf-8")
        assert 'attachments = ["青山县2025年度法治政府建设重点任务完成情况表"]' in text
        assert 'issuer = "青山县人民政府办公室"' in text and 'issued = "2026年2月10日"' in text


def test_import_makes_numbering_brackets_full_width(tmp_path: Path, run_main: RunMain) -> None:
    src = tmp_path / "r.txt"
    src.write_text(
        "青山县司法局关于2025年度法治政府建设情况的报告\n\n青山县人民政府：\n\n"
        "一、2025年度推进法治政府建设的主要举措和成效\n\n(一)健全制度。全年制定制度5项。\n\n"
        "（二)加强执法。评查案卷30卷。\n\n(3）其他工作。开展培训2次，另有(注)说明。\n\n"
        "（四）推进普法。开展活动12场。\n",
        encoding="utf-8",
    )
    r = run_main("import", str(src), "-o", str(tmp_path / "d.md"))
    assert r.returncode == 0, r.stderr
    text = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert "（一）健全制度" in text and "（二）加强执法" in text and "（3）其他工作" in text
    assert "(一)" not in text and "（二)" not in text and "另有(注)说明" in text  # only the numbers
    assert "3 处半角括号" in r.stderr


def test_import_refuses_to_write_onto_its_own_input(tmp_path: Path, run_main: RunMain) -> None:
    src = tmp_path / "g.md"
    original = (ROOT / "examples" / "drafts" / "county_gov_2025.md").read_text(encoding="utf-8")
    src.write_text(original, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(src)
    for out in (src, tmp_path / "." / "g.md", tmp_path / "link.md"):
        r = run_main("import", str(src), "-o", str(out), "--force")
        assert r.returncode == 2 and "就是输入的报告" in r.stderr, r.stderr
        assert src.read_text(encoding="utf-8") == original


def test_import_of_a_draft_keeps_its_closing(tmp_path: Path, run_main: RunMain) -> None:
    src = tmp_path / "g.md"
    text = (ROOT / "examples" / "drafts" / "county_gov_2025.md").read_text(encoding="utf-8")
    src.write_text(text.replace('closing = "特此报告。"', 'closing = "特此报告，请审阅。"'), encoding="utf-8")
    r = run_main("import", str(src), "-o", str(tmp_path / "out.md"))
    assert r.returncode == 0, r.stderr
    assert 'closing = "特此报告，请审阅。"' in (tmp_path / "out.md").read_text(encoding="utf-8")


def test_import_validates_type_as_lint_does(tmp_path: Path, run_main: RunMain) -> None:
    src = tmp_path / "g.md"
    text = (ROOT / "examples" / "drafts" / "county_gov_2025.md").read_text(encoding="utf-8")
    src.write_text(text.replace('type = "county_gov"', 'type = "county_gvo"'), encoding="utf-8")
    lint = run_main("lint", str(src), "--format", "json")
    assert lint.returncode == 2
    r = run_main("import", str(src), "-o", str(tmp_path / "out.md"))
    assert r.returncode == 2 and "county_gvo" in r.stderr and "未知" in r.stderr
    assert not (tmp_path / "out.md").exists()
