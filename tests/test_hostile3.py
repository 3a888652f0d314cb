"""Hostile inputs, round three (issue 29, red team): each case with a small input, held by a count or a size.

No test here asserts a time. ``bench/hostile_bench.py`` runs the full-size inputs through the CLI.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from . import hostile as H
from .conftest import run_cli

# ------------------------------------------------------------ --annotate: broken comments parts, many comments


@pytest.mark.parametrize("case", sorted(H.BROKEN_COMMENTS))
def test_annotating_a_docx_whose_comments_part_is_broken(tmp_path: Path, case: str) -> None:
    import docx

    name, data = H.BROKEN_COMMENTS[case]()
    src, out = tmp_path / name, tmp_path / "out.docx"
    src.write_bytes(data)
    r = run_cli("lint", str(src), "--annotate", str(out))
    assert "内部错误" not in r.stderr and r.returncode in (0, 1), r.stderr
    comments = list(docx.Document(str(out)).comments)
    assert comments and comments[0].author == "drafter"  # the new comments, in a comments part of their own


def test_many_comments_in_one_paragraph_read_its_runs_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hard-wrapped .txt whose lines join into one paragraph with hundreds of findings: each run's
    text is read a bounded number of times, not once per comment (it was quadratic: 40 s)."""
    from docx.text.run import Run

    from drafter.lint import lint_paths
    from drafter.output import annotate

    reads = 0
    real = Run.text

    def counted(self: Run) -> str:
        nonlocal reads
        reads += 1
        return real.fget(self)  # type: ignore[attr-defined, no-any-return]

    monkeypatch.setattr(Run, "text", property(counted, real.fset))  # type: ignore[attr-defined]
    p = Path(H.__file__).parent.parent / "examples" / "reports"
    for n in (50, 200):
        text = H.REPORT + "〇××法制2023年*件【请填写】\n" * n
        path = p.parent.parent / ".pytest_cache" / f"joined{n}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        (report,) = lint_paths([str(path)], jobs=1)
        assert report.result is not None
        comments = len(report.result.findings)
        reads = 0
        data = annotate.annotate(report)
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            body = z.read("word/document.xml").decode()
        runs = body.count("<w:r>") + body.count("<w:r ")
        assert comments > n and reads <= 2 * runs + 4 * comments, (n, comments, runs, reads)


# ------------------------------------------------------------ readers: limits while reading, one pass


def test_thousands_of_dismissals_in_a_row_are_read_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """15,000 ``<!-- drafter: 忽略 … -->`` lines in a row: each looked for the paragraph after it by
    reading on over all the others (quadratic: 90 s). Held by the lines looked at: a few per line."""
    from drafter.readers import markdown

    looked = 0

    class Line(str):
        def strip(self, chars: str | None = None) -> str:
            nonlocal looked
            looked += 1
            return str.strip(self, chars)

    class Body(str):
        def split(self, sep: str | None = None, maxsplit: int = -1) -> list[str]:  # type: ignore[override]
            return [Line(x) for x in str.split(self, sep, maxsplit)]

    real = markdown.strip_comments
    monkeypatch.setattr(markdown, "strip_comments", lambda text: Body(real(text)))
    n = 2000
    body = "〇" * 50 + "。\n\n" + "<!-- drafter: 忽略 placeholder 理由 -->\n" * n + "全年评查〇。\n"
    text = H.draft(body=body)
    dismissals = markdown.directives(text, 1)
    assert len(dismissals) == n and len({(d.first, d.last) for d in dismissals}) == 1
    assert looked <= 3 * text.count("\n"), looked


def test_dismissal_reaches_its_paragraph_as_before() -> None:
    from drafter.readers import markdown

    body = "<!-- drafter: 忽略 a 甲 -->\n\n<!-- drafter: 忽略 b 乙 -->\n第一行\n第二行\n\n## 标题\n<!-- drafter: 忽略 c -->\n## 二级\n正文\n"
    got = [(d.line, d.first, d.last) for d in markdown.directives(body, 1)]
    assert got == [(1, 4, 5), (3, 4, 5), (8, 9, 9)]


def test_a_web_page_of_more_tags_than_a_report_is_refused_before_it_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    import lxml.html

    from drafter.readers import ReadError, html

    parsed = 0
    real = lxml.html.document_fromstring

    def counted(text: str) -> object:
        nonlocal parsed
        parsed += 1
        return real(text)

    monkeypatch.setattr(lxml.html, "document_fromstring", counted)
    page = ("<html><body>" + "<p>法</p>" * (html.MAX_TAGS // 2 + 1) + "</body></html>").encode()
    with pytest.raises(ReadError, match="标记"):
        html.read(page, "tiny.html")
    assert parsed == 0


def test_a_web_page_is_scored_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Containers nested 200 deep, each with a link: scoring walked each one's subtree (quadratic).
    Held by the Chinese-character counts made: a few per element."""
    from drafter.readers import html

    calls = 0
    real = html._cjk

    def counted(text: str) -> int:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(html, "_cjk", counted)
    depth = 200
    report = "".join(f"<p>{line}</p>" for line in H.REPORT.splitlines() if line)
    page = (
        "<html><body>"
        + "<div><a>链接文字链接</a><p>全年评查</p>" * depth
        + report
        + "</div>" * depth
        + "</body></html>"
    )
    doc = html.read(page.encode(), "nested.html")
    assert any("全年评查行政执法案卷41卷" in b.text for b in doc.blocks)
    elements = page.count("<") // 2
    assert calls <= 4 * elements + 10 * len(doc.blocks), (calls, elements)


# ------------------------------------------------------------ user patterns: repeats with text between them


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^。]*年[^。]*年[^。]*！",
        r"[^。]{0,100}年?[^。]{0,100}年?[^。]{0,100}！",
        r"年.*建设.*！",
        r".*情况.*工作",
        r"[^。]*(?:年|度)[^。]*！",
        r"\w*年\w*！",
        r"[^。]*目标[^。]*$",
    ],
)
def test_repeats_with_text_between_that_the_first_can_read_are_refused(pattern: str) -> None:
    """Each way the first repeat can stop before or run past the text between is tried, at every place:
    ``[^。]*年[^。]*年[^。]*！`` ran 374 s on 6,000 characters with every repeat bounded to 100."""
    from drafter.patterns import UnsafePattern, validate

    with pytest.raises(UnsafePattern, match="两个重复之间"):
        validate(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^年]*年[^。]*！",  # the advice: the first repeat cannot read the text after it
        r"年[^建]*建设[^！]*！",
        r"[^。]*目标[^。]*",  # the last repeat ends the pattern: it always matches, nothing is retried
        r"^[^。]{0,80}?(虽然?|尽管)[^。]{0,80}?(但|仍)",  # anchored: one attempt a paragraph
        r"【[^】]{0,30}(?:填写|待补)[^】]{0,30}】",  # 31 × 31 ways: few
    ],
)
def test_repeats_that_cannot_share_text_stay_allowed(pattern: str) -> None:
    from drafter.patterns import max_reach, validate

    validate(pattern)
    assert max_reach(pattern) <= 400


def test_numbers_kept_whole_within_a_budget(tmp_path: Path) -> None:
    """Each number of the text is a run of its own (so LibreOffice never breaks one at a line end), up to
    ``NUMBER_RUNS`` per document: a report of 18,000 lines of figures made 162,000 runs (880 MB, 16 s
    for --annotate). The numbers stay in the text past the budget, only inline."""
    import docx

    from drafter.render.build import NUMBER_RUNS

    lines = ["某县人民政府关于2024年法治政府建设情况的报告", "一、主要举措和成效"]
    lines += [f"第{i}批办结案件12件，调解3起。" for i in range(NUMBER_RUNS)]  # 3 numbers a line
    src, out = tmp_path / "numbers.txt", tmp_path / "out.docx"
    src.write_text("\n".join(lines), encoding="utf-8")
    r = run_cli("lint", str(src), "--annotate", str(out))
    assert r.returncode in (0, 1), r.stderr
    body = docx.Document(str(out)).element.body
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    whole = sum(1 for lang in body.iter(f"{w}lang") if lang.get(f"{w}eastAsia") == "en-US")
    assert NUMBER_RUNS - 3 <= whole <= NUMBER_RUNS
    text = "".join(t.text or "" for t in body.iter(f"{w}t"))
    assert f"第{NUMBER_RUNS - 1}批办结案件12件，调解3起。" in text  # nothing lost past the budget


@pytest.mark.parametrize(
    "last",
    [
        "一是深入学习习近平法治思想，规范行政决策",  # a run-in title of catchwords, unclosed, last in its paragraph
        "一是深入学习习近平法治思想。组织集中学习",  # a title, then an unclosed sentence that reports nothing
    ],
)
def test_a_paragraph_ending_in_an_unclosed_title_ends(tmp_path: Path, last: str) -> None:
    """The title walk asked for "the sentence after" the last one, got it again when it had no 。, and
    kept every step: lint of a three-line report never ended and filled the memory (found by the memo
    fuzz under load: a worker killed at 17 GB). The walk of one cue is now a step or two."""
    from drafter import checklists
    from drafter.checks.corpus import Corpus
    from drafter.checks.evidence import judge_for
    from drafter.checks.titles import Hit, Step, reporting
    from drafter.model import Block

    text = f"全年开展工作。{last}"
    src = tmp_path / "r.txt"
    src.write_text(
        f"某乡人民政府关于2025年法治政府建设情况的报告\n一、2025年主要举措和成效\n{text}\n", encoding="utf-8"
    )
    r = run_cli("lint", str(src), "--format", "json")  # first, in a process of its own: a regression ends there
    # it ends, with a result: the parts after the break are unread (closing.broken_off), not missing
    assert r.returncode in (0, 1), r.stderr
    assert '"unread-parts"' in r.stdout and '"measures"' in r.stdout
    block = Block(kind="paragraph", text=text, line=3)
    memo: dict[Step, Hit | None] = {}
    judge = judge_for(checklists.load("township").evidence)
    for need in ("action", "mention", "figure"):
        memo.clear()
        reporting(Corpus([block]), 0, text.index("习近平"), need, judge, 2025, memo)
        assert len(memo) <= 4
