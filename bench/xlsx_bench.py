"""``lint --format xlsx`` against ``lint --summary`` on the same folder (a ratio, not seconds).

Both read and check every report; the workbook must cost little more than the summary table.
Before the rows were written at known row numbers, 2,000 reports took 256 s against 21–39 s.
Goal: ≤ 1.5× at 2,000 reports.

Run: python bench/xlsx_bench.py [--files 2000] [--repeat 1]
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
COUNTIES = ["青山", "柳河", "石门", "白水", "东岭", "南湖", "西河", "北塘", "长乐", "安平"]


def make_reports(folder: Path, n: int) -> None:
    """N .txt reports from the seed texts, each under another county's name and year."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    for i in range(n):
        text = texts[i % len(texts)]
        name = f"{COUNTIES[i % len(COUNTIES)]}{i:04d}"
        for old in ("沈丘", "鲁山", "确山", "洛宁", "舞钢"):
            text = text.replace(old, name)
        (folder / f"report_{i:04d}.txt").write_text(text, encoding="utf-8")


def timed(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"drafter {' '.join(args)} failed: {proc.stderr[-500:]}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=1)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "reports"
        folder.mkdir()
        make_reports(folder, opts.files)
        summary, workbook = [], []
        for k in range(opts.repeat):
            summary.append(timed(["lint", "reports", "--summary"], work))
            workbook.append(timed(["lint", "reports", "--format", "xlsx", "-o", f"汇总{k}.xlsx"], work))
        s, x = statistics.median(summary), statistics.median(workbook)
        size = (work / "汇总0.xlsx").stat().st_size
        print(f"{opts.files} reports: --summary {s:.1f} s, --format xlsx {x:.1f} s ({size // 1024} KB)")
        print(f"ratio xlsx / summary: {x / s:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
