"""Lint speed, measured against baselines in the same run (ratios, not seconds).

1. Folder: ``drafter lint`` of N .docx reports (in-process: read, check, JSON)
   vs python-docx alone opening each and reading its paragraphs' text.
   Goal ≤ 1.5×.
2. Cold start: ``drafter lint one.txt`` as a fresh process vs
   ``python -c "import docx"``. Goal ≤ 2×.

Run: python bench/lint_bench.py [--files 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def make_reports(folder: Path, n: int) -> list[Path]:
    """N .docx reports written with python-docx from the seed texts, each a little different."""
    import docx

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    paths = []
    for i in range(n):
        d = docx.Document()
        for line in texts[i % len(texts)].splitlines():
            if line.strip():
                d.add_paragraph(line.strip().replace("2023", str(2020 + i % 5)))
        p = folder / f"report_{i:04d}.docx"
        d.save(str(p))
        paths.append(p)
    return paths


def baseline(paths: list[Path]) -> float:
    import docx

    t = time.perf_counter()
    for p in paths:
        [para.text for para in docx.Document(str(p)).paragraphs]
    return time.perf_counter() - t


def drafter_lint(paths: list[Path], folder: Path) -> float:
    from drafter.lint import lint_paths
    from drafter.output import jsonv1

    t = time.perf_counter()
    reports = list(lint_paths([str(folder)]))
    jsonv1.render(reports)
    elapsed = time.perf_counter() - t
    assert len(reports) == len(paths) and all(r.error is None for r in reports), "a report failed to read"
    return elapsed


def cold(cmd: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_reports(folder, args.files)
        base = min(baseline(paths) for _ in range(args.repeat))
        ours = min(drafter_lint(paths, folder) for _ in range(args.repeat))
        print(f"folder of {len(paths)} .docx: python-docx open+paragraphs {base:.2f} s, "
              f"drafter lint {ours:.2f} s  →  {ours / base:.2f}× (goal ≤ 1.5×)")
        one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
        c_base = cold([sys.executable, "-c", "import docx"], args.repeat * 5)
        c_ours = cold([sys.executable, "-m", "drafter", "lint", str(one)], args.repeat * 5)
        print(f"cold start: python -c 'import docx' {c_base * 1000:.0f} ms, drafter lint one.txt "
              f"{c_ours * 1000:.0f} ms  →  {c_ours / c_base:.2f}× (goal ≤ 2×)")


if __name__ == "__main__":
    main()
