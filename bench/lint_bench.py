"""Lint speed, measured against baselines in the same run (ratios, not seconds).

1. Folder: ``drafter lint`` of N .docx reports (in-process: read, check, JSON, on every
   core) vs python-docx alone, in one process, opening each and reading its paragraphs'
   text. Goal ≤ 0.8× on a 2-core machine.
2. A province: ``drafter lint`` of 5,000 .docx (``--province 5000``; 0 skips it).
   Goal under 60 s.
3. Cold start: ``drafter lint one.txt`` as a fresh process vs
   ``python -c "import docx"`` (medians, wall and CPU). Goal ≤ 1.5×. Both run from bytecode, as an
   installed drafter does (pip compiles a wheel's modules): a warm-up run of each writes it to a
   folder of this run (``PYTHONPYCACHEPREFIX``), even where ``PYTHONDONTWRITEBYTECODE`` is set, as in
   a checkout run that way, where every start would compile drafter's ~100 modules from source
   (``--from-source`` measures that).

Run: python bench/lint_bench.py [--files 500 (0: cold start only)] [--repeat 3] [--province 5000] [--jobs N]
     [--from-source]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def cpu() -> float:
    """CPU seconds of this process and of its finished children (the pool's workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def baseline(paths: list[Path]) -> float:
    import docx

    t = time.perf_counter()
    for p in paths:
        [para.text for para in docx.Document(str(p)).paragraphs]
    return time.perf_counter() - t


def drafter_lint(paths: list[Path], folder: Path, jobs: int | None = None) -> float:
    from drafter.lint import lint_paths
    from drafter.output import jsonv1

    t = time.perf_counter()
    reports = list(lint_paths([str(folder)], jobs=jobs))
    jsonv1.render(reports)
    elapsed = time.perf_counter() - t
    assert len(reports) == len(paths) and all(r.error is None for r in reports), "a report failed to read"
    return elapsed


def with_cpu(fn: Callable[[], float]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    c = cpu()
    wall = fn()
    return wall, cpu() - c


def cold(cmds: list[list[str]], repeat: int, env: dict[str, str] | None = None) -> list[tuple[float, float]]:
    """Median wall and CPU seconds of each command as a fresh process, the commands taking turns
    (so a loaded machine slows them alike), after one warm-up run each."""
    for cmd in cmds:
        subprocess.run(cmd, capture_output=True, cwd=ROOT, env=env)
    runs: list[list[tuple[float, float]]] = [[] for _ in cmds]
    for _ in range(repeat):
        for i, cmd in enumerate(cmds):
            c, t = cpu(), time.perf_counter()
            subprocess.run(cmd, capture_output=True, cwd=ROOT, env=env)
            runs[i].append((time.perf_counter() - t, cpu() - c))
    return [(statistics.median(w for w, _ in r), statistics.median(c for _, c in r)) for r in runs]


def folder_runs(args: argparse.Namespace, tmp: str) -> None:
    """The folder and the province: drafter lint against python-docx alone, in one process."""
    from drafter.parallel import cpu_count

    folder = Path(tmp) / "folder"
    folder.mkdir()
    paths = make_reports(folder, args.files)
    base, base_cpu = min(with_cpu(lambda: baseline(paths)) for _ in range(args.repeat))
    serial, _ = min(with_cpu(lambda: drafter_lint(paths, folder, 1)) for _ in range(args.repeat))
    ours, ours_cpu = min(with_cpu(lambda: drafter_lint(paths, folder, args.jobs)) for _ in range(args.repeat))
    print(
        f"folder of {len(paths)} .docx: python-docx open+paragraphs (1 process) {base:.2f} s, "
        f"drafter lint 1 process {serial:.2f} s ({serial / base:.2f}×), "
        f"{args.jobs or cpu_count()} processes {ours:.2f} s  →  {ours / base:.2f}× (goal ≤ 0.8×)"
    )
    # the machine may be shared: CPU seconds and the load say how much of it the run had
    print(
        f"  CPU seconds: python-docx {base_cpu:.2f}, drafter on every core {ours_cpu:.2f} "
        f"({ours_cpu / base_cpu:.2f}×); load average {load()} on {os.cpu_count()} cores"
    )
    if args.province:
        big = Path(tmp) / "province"
        big.mkdir()
        many = make_reports(big, args.province)
        took, used = with_cpu(lambda: drafter_lint(many, big, args.jobs))
        print(
            f"province of {len(many)} .docx: drafter lint {took:.1f} s (goal < 60 s), {used:.1f} CPU seconds "
            f"(the run's own, whatever else the cores do); load average {load()}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=500, help="reports in the folder run (0: only the cold start)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--province", type=int, default=5000, help="files in the large run (0: skip)")
    ap.add_argument("--jobs", type=int, default=None, help="processes (default: every core)")
    ap.add_argument(
        "--from-source", action="store_true", help="cold start without bytecode written (as the checkout runs)"
    )
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.files:
            folder_runs(args, tmp)
        one = ROOT / "examples" / "reports" / "青山县_2024年度_有问题.txt"
        env = dict(os.environ)
        if not args.from_source:  # bytecode as installed, in a folder of this run
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        # the same lint through cli.main, not the entry point: classcode not installed, so every @dataclass compiles
        # the text of its methods as the stdlib does (what the kept code, classcode.py, spares each start)
        plain = f"import sys; sys.argv = ['drafter', 'lint', {str(one)!r}]; from drafter.cli import main; main()"
        (b_wall, b_cpu), (o_wall, o_cpu), (_, p_cpu) = cold(
            [
                [sys.executable, "-c", "import docx"],
                [sys.executable, "-m", "drafter", "lint", str(one)],
                [sys.executable, "-c", plain],
            ],
            args.repeat * 5,
            env,
        )
        print(
            f"cold start{' (from source)' if args.from_source else ''}: "
            f"python -c 'import docx' {b_wall * 1000:.0f} ms ({b_cpu * 1000:.0f} ms CPU), "
            f"drafter lint one.txt {o_wall * 1000:.0f} ms ({o_cpu * 1000:.0f} ms CPU)  →  "
            f"{o_wall / b_wall:.2f}× wall, {o_cpu / b_cpu:.2f}× CPU (goal ≤ 1.5×)"
        )
        print(
            f"  without the dataclasses' kept method code (classcode.py not installed): {p_cpu * 1000:.0f} ms CPU "
            f"({p_cpu / b_cpu:.2f}×): the kept code spares {(p_cpu - o_cpu) * 1000:.0f} ms a start"
        )


if __name__ == "__main__":
    main()
