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
