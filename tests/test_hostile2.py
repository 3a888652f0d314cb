"""Hostile inputs, round two (issue 29): each case with a small input, held by a count or a size.

No test here asserts a time: a quadratic check is caught by what it keeps (the total length of
the labels of one sentence's counts), by how many comparisons it makes, or by a pattern that
cannot backtrack (each built-in figure pattern starts only where a run of digits starts).
``bench/scaling.py`` times each check on n and 4n.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check, counts, own_words
from drafter.model import Block
from drafter.readers import read_bytes

from . import hostile as H
from .conftest import run_cli

# ------------------------------------------------------------ built-in checks: linear


def test_counts_of_one_long_sentence_keep_labels_no_longer_than_the_sentence() -> None:
    s = "受理" + "1件" * 2000 + "。"
    got = counts.counts(s)
    assert len(got) == 2000
    assert sum(len(c.label) for c in got) <= len(s)  # each character labels at most one count
    assert counts.counts("受理案件10件办结5件")[1].label == "办结"


def test_rates_of_one_long_sentence_are_compared_with_the_counts_near_them(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = counts._fits

    def counted(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(counts, "_fits", counted)
    relations = checklists.load("base").relations
    for n in (50, 200):
        calls = 0
        counts._problems("受理案件10件，办结案件5件，办结率50%，" * n, relations)
        per_rate = calls / n
        assert per_rate <= 2 * counts.NEAR * counts.NEAR * len(relations), (n, calls)


def test_a_wrong_rate_in_a_long_sentence_is_still_found() -> None:
    relations = checklists.load("base").relations
    s = "受理案件10件，办结案件5件，办结率50%，" * 100 + "受理案件10件，办结案件5件，办结率90%。"
    got = list(counts._problems(s, relations))
    assert got and "办结率写的是90%" in got[0].message


def test_shared_words_are_found_as_before() -> None:
    assert counts._shares("办结行政复议案件", "受理行政复议案件")
    assert not counts._shares("办结培训", "受理案件")
    assert counts._shares("办", "结办", 1) and counts._shares("", "x", 0)


def test_figure_patterns_start_only_where_a_run_of_digits_starts() -> None:
    """A pattern that may start inside a digit run tries every digit of a 14 KB run: quadratic."""
    from drafter.checks import evidence, figures, substance
    from drafter.wordrx import bare_count_rx, figure_rx

    for rx in (counts._COUNT, counts._RATE, figures._PART, figures._TOTAL_LIST):
        assert "(?<!\\d)" in rx.pattern and "\\d++" in rx.pattern, rx.pattern
    # the figure the evidence and thin-part read (measure words from words.toml): a number with its measure
    # word starts where a digit run starts; a count without one starts at its verb or where its run starts
    assert figure_rx().pattern.startswith("(?<![\\d第])\\d++"), figure_rx().pattern
    assert "(?<![\\d第.．])(?P<n>\\d++" in bare_count_rx().pattern
    run = "举办" + "1" * 14000 + "余" + "，" + "9" * 14000
    assert len(list(bare_count_rx().finditer(run))) <= 2
    assert "(?<!\\d)\\d++" in substance._ACT_COUNT.pattern
    # the same matches as before on ordinary text
    assert evidence.FIGURE.search("办理案件1.5万件") is not None
    assert [m.group(0) for m in counts._COUNT.finditer("受理40件，办结 3 万 余 件，其中12人次")] == [
        "40件",
        "3 万 余 件",
        "12人次",
    ]
    assert counts._RATE.search("办结率 为 95.5 %").group(2) == "95.5"  # type: ignore[union-attr]


def test_unclosed_fill_in_brackets_are_masked_in_one_pass() -> None:
    b = Block("paragraph", "【" * 1000 + "【请填写】" + "正文", 1)
    (masked,) = own_words([b])
    assert masked.text == "【" * 1000 + " " * 5 + "正文"


def test_dismissals_are_found_by_index(tmp_path: Path) -> None:

    body = "".join(f"<!-- drafter: 忽略 placeholder 理由{i} -->\n第{i}段〇〇。\n\n" for i in range(150))
    body += "<!-- drafter: 忽略 placeholder 甲 -->\n<!-- drafter: 忽略 placeholder 乙 -->\n末段〇〇。\n"
    doc = read_bytes(H.draft(body=body).encode(), "d.md", ".md")
    res = check(doc, checklists.load("base"))
    assert not [f for f in res.findings if f.rule == "placeholder"]
    reasons = [i.reason for i in res.ignored if i.finding.rule == "placeholder"]
    assert len(reasons) == 151 and reasons[-1] == "甲"  # the first directive before a paragraph dismisses
    assert [f for f in res.findings if f.rule == "dismissal" and "乙" not in f.message]


def test_locating_a_finding_in_a_hard_wrapped_paragraph() -> None:
    b = Block("paragraph", "甲" * 30, 3, 2, breaks=[(10, 4), (20, 5)])
    assert [b.locate(i) for i in (0, 9, 10, 25)] == [(3, 2), (3, 11), (4, 0), (5, 5)]


# ------------------------------------------------------------ NUL, spreadsheets


def test_a_nul_in_last_years_path_is_one_chinese_line(tmp_path: Path) -> None:
    p = tmp_path / "nul.md"
    p.write_text(H.draft('previous = "a\\u0000b.md"\n'), encoding="utf-8")
    r = run_cli("lint", str(p))
    assert r.returncode == 2 and "内部错误" not in r.stderr and "控制字符" in r.stderr, r.stderr
    assert "\x00" not in r.stderr


def test_read_path_with_a_nul_is_a_read_error() -> None:
    from drafter.readers import ReadError, read_path

    with pytest.raises(ReadError, match="空字符"):
        read_path("a\x00b.txt")


def test_text_from_a_report_is_never_a_formula_in_the_workbook(tmp_path: Path) -> None:
    from drafter.lint import lint_paths
    from drafter.output.xlsx import render

    folder = tmp_path / "=HYPERLINK(1)"
    folder.mkdir()
    report = H.REPORT.replace("青山县司法局关于", '=HYPERLINK("http://x")&"关于').replace(
        "全年评查", "-1+1，@SUM(1)，全年评查"
    )
    (folder / "=cmd.txt").write_text(report, encoding="utf-8")
    (folder / "+1.txt").write_text("\t=1\n", encoding="utf-8")
    wide = H.REPORT.replace("青山县司法局关于", "＝SUM(1)＆关于")  # full-width, as a Chinese IME types it
    (folder / "wide.txt").write_text(wide, encoding="utf-8")
    reports = list(lint_paths([str(folder)], jobs=1))
    data = render(reports, folder=str(folder))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        shared = z.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in z.namelist() else ""
    assert sheets and not any("<f>" in s or "<f " in s for s in sheets)
    assert "HYPERLINK" in shared or any("HYPERLINK" in s for s in sheets)
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith("＝") for v in values)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and re.match(r"[=+\-@\t\r＝＋－＠]", c.value):
                    assert c.data_type == "s" and c.quotePrefix, (ws.title, c.coordinate, c.value)


# ------------------------------------------------------------ floods: one rule's findings listed up to a bound


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("flood") / "ling.txt"
    p.write_text(
        H.REPORT.replace("全年评查行政执法案卷41卷", "〇" * 1000 + "全年评查行政执法案卷41卷"), encoding="utf-8"
    )
    return p


def test_a_flood_of_findings_is_listed_to_the_bound_and_the_rest_counted(flood: Path) -> None:
    import json

    from drafter.checks.results import MAX_PER_RULE

    r = run_cli("lint", str(flood), "--format", "json")
    f = json.loads(r.stdout)["files"][0]
    listed = [x for x in f["findings"] if x["rule"] == "placeholder"]
    assert len(listed) == MAX_PER_RULE and f["omitted"] == {"placeholder": 500 - MAX_PER_RULE}
    assert json.loads(r.stdout)["summary"]["omitted"] == 300


@pytest.mark.parametrize("fmt", ["text", "sarif", "github"])
def test_every_face_says_how_many_were_left_out(flood: Path, fmt: str) -> None:
    r = run_cli("lint", str(flood), "--format", fmt)
    assert "另有 300 条问题未列出" in r.stdout, r.stdout[-500:]
    assert r.stdout.count("placeholder") <= 205, r.stdout.count("placeholder")


def test_the_workbook_and_the_annotated_copy_say_so_too(flood: Path, tmp_path: Path) -> None:
    import docx
    from openpyxl import load_workbook

    out = tmp_path / "s.xlsx"
    run_cli("lint", str(flood), "--format", "xlsx", "-o", str(out))
    ws = load_workbook(out)["问题清单"]
    assert any("另有 300 条问题未列出" in str(c.value) for row in ws.iter_rows() for c in row)
    ann = tmp_path / "a.docx"
    r = run_cli("lint", str(flood), "--annotate", str(ann))
    assert "内部错误" not in r.stderr
    d = docx.Document(str(ann))
    texts = [c.text for c in d.comments]
    assert len(texts) <= 260 and any("另有 300 条问题未列出" in t for t in texts)


def test_dismissed_findings_past_the_bound_are_still_dismissed() -> None:
    from drafter.checks.results import MAX_PER_RULE

    body = "〇" * 600 + "。\n\n<!-- drafter: 忽略 placeholder 示例 -->\n" + "〇" * 100 + "。\n"
    doc = read_bytes(H.draft(body=body).encode(), "d.md", ".md")
    res = check(doc, checklists.load("base"))
    assert len([f for f in res.findings if f.rule == "placeholder"]) == MAX_PER_RULE
    assert len([g for g in res.ignored if g.finding.rule == "placeholder"]) == 50
    assert res.omitted == {"placeholder": 100}


# ------------------------------------------------------------ --annotate on a received .docx


def _commented_docx(ids: list[str] | None = None, drop_comments: bool = False) -> bytes:
    """A report .docx with four comments (python-docx's own), ids rewritten or the comments part dropped."""
    import docx

    d = docx.Document()
    for line in H.REPORT.splitlines():
        d.add_paragraph(line)
    for i in range(4):
        d.add_comment(d.paragraphs[0].runs, text=f"旧批注{i}", author="x")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            data = src.read(n)
            if drop_comments and n == "word/comments.xml":
                continue
            if ids and n in ("word/comments.xml", "word/document.xml"):
                s = data.decode()
                for old, new in zip(["0", "1", "2", "3"], ids, strict=True):
                    s = s.replace(f'w:id="{old}"', f'w:id="@{new}"')
                data = s.replace('w:id="@', 'w:id="').encode()
            z.writestr(n, data)
    return out.getvalue()


def test_annotating_a_docx_whose_comments_part_is_missing(tmp_path: Path) -> None:
    src, out = tmp_path / "missing.docx", tmp_path / "out.docx"
    src.write_bytes(_commented_docx(drop_comments=True))
    r = run_cli("lint", str(src), "--annotate", str(out))
    assert "内部错误" not in r.stderr and r.returncode in (0, 1), r.stderr
    import docx

    assert len(list(docx.Document(str(out)).comments)) >= 1


def test_new_comments_get_ids_of_their_own_beside_broken_ones(tmp_path: Path) -> None:
    src, out = tmp_path / "ids.docx", tmp_path / "out.docx"
    src.write_bytes(_commented_docx(ids=["0", "0", "-1", "12345678901234567890"]))
    r = run_cli("lint", str(src), "--annotate", str(out))
    assert "内部错误" not in r.stderr, r.stderr
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode()
        body = z.read("word/document.xml").decode()
    ids = re.findall(r'<w:comment [^>]*w:id="([^"]*)"', comments)
    assert len(ids) > 4 and len(set(ids)) == len(ids) and all(0 <= int(i) < 2**31 for i in ids)
    refs = set(re.findall(r'commentReference w:id="([^"]*)"', body))
    assert refs <= set(ids)  # the renumbered comments' marks followed them


# ------------------------------------------------------------ user checklist patterns


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d+\d+\d+\d+！",
        r".*.*.*.*.*！",
        r"(?:年+){2,20}！",
        r"(?:[a-z]|(?i:A))+！",
        r"(?:年{0,20}){0,20}！",
        r"(一+)+$",
    ],
)
def test_patterns_that_backtrack_polynomially_are_refused(pattern: str) -> None:
    from drafter.patterns import UnsafePattern, validate

    with pytest.raises(UnsafePattern):
        validate(pattern)


@pytest.mark.parametrize("pattern", [r"(?:\d+、)+", r"[^。]*目标[^。]*", r"全年.{0,10}\d+件", r"(?:\d+、){1,5}"])
def test_ordinary_patterns_stay_allowed(pattern: str) -> None:
    from drafter.patterns import validate

    validate(pattern)


def test_a_pattern_too_large_to_judge_is_refused_by_its_size_before_its_automaton() -> None:
    import re._parser as sre  # type: ignore[import-not-found]

    from drafter.patterns import MAX_SIZE, _size

    assert _size(sre.parse(r"(?:年{0,20}){0,20}！")) > MAX_SIZE
    assert _size(sre.parse(r"全年.{0,10}\d+件")) < 20


def test_what_is_validated_is_what_runs() -> None:
    from drafter.checklist_schema import _as_run
    from drafter.checks.cues import pattern

    assert _as_run("{next}年") == pattern("{next}年").pattern == r"20\d\d年"
    assert "{leader}" not in _as_run("{leader}主持") and _as_run("{leader}主持") == pattern("{leader}主持").pattern


# ------------------------------------------------------------ OFD: each part parsed once, limits while reading


def _ofd_pages_naming_one_part(tmp_path: Path, pages: int, rows: int) -> Path:
    from .ofdfiles import _page, write_ofd

    path = write_ofd(tmp_path / "one.ofd", H.REPORT)
    content = _page([(30.0, "依法行政依法行政依法行政依法行政依法行政") for _ in range(rows)], 1)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts["Doc_0/Document.xml"].decode()
    listed = "".join(f'<ofd:Page ID="{n}" BaseLoc="Pages/Page_0/Content.xml"/>' for n in range(1, pages + 1))
    doc = re.sub(r"<ofd:Pages>.*</ofd:Pages>", f"<ofd:Pages>{listed}</ofd:Pages>", doc)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            body = doc.encode() if n == "Doc_0/Document.xml" else data
            z.writestr(n, content if n == "Doc_0/Pages/Page_0/Content.xml" else body)
    return path


def test_ofd_pages_naming_one_part_parse_it_once_and_stop_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.readers import ReadError, ofd

    parsed: list[str] = []
    real = ofd._xml

    def counted(zf: zipfile.ZipFile, name: str) -> object:
        parsed.append(name)
        return real(zf, name)

    monkeypatch.setattr(ofd, "_xml", counted)
    path = _ofd_pages_naming_one_part(tmp_path, 400, 200)  # 4,000 characters a page: 1.6 million in all
    with pytest.raises(ReadError, match="不像一份报告"):
        ofd.read(path.read_bytes(), str(path))
    assert parsed.count("Doc_0/Pages/Page_0/Content.xml") == 1
    parsed.clear()
    small = _ofd_pages_naming_one_part(tmp_path, 3, 10)  # a short report printed three times is read
    doc = ofd.read(small.read_bytes(), str(small))
    assert parsed.count("Doc_0/Pages/Page_0/Content.xml") == 1 and doc.blocks
