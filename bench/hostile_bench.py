"""Hostile inputs (issue 19): time and peak memory of ``drafter lint`` on each.

Each case of ``tests/hostile.py`` is written to a temporary folder and linted by a fresh
``python -m drafter lint FILE --format json`` process; its wall time and peak RSS (the
child's ``ru_maxrss``, LibreOffice's included where it runs) are printed beside the
baseline of the same run: linting a small ordinary report. Goal: every case < 10 s and
< 500 MB, exit 0/1/2, no 内部错误.

Run: python bench/hostile_bench.py [--only NAME …] [--timeout 120]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile import CASES, REPORT  # noqa: E402


def run(path: Path, timeout: float) -> tuple[float, float, int | None, str]:
    """(seconds, peak MB, exit status or None on timeout, first stderr line) of one lint."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DRAFTER_NO_CACHE": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", "lint", str(path), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    killer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
    killer.start()
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak, not the largest child's so far
    killer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    code: int | None = proc.returncode if proc.returncode >= 0 else None
    peak = usage.ru_maxrss / 1024
    line = err.decode("utf-8", "replace").strip().splitlines()[:1]
    return seconds, peak, code, line[0] if line else ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline.txt"
        base.write_text(REPORT, encoding="utf-8")
        b_s, b_mb, _, _ = run(base, args.timeout)
        print(f"{'baseline (a small report)':28} {b_s:6.2f} s {b_mb:6.0f} MB")
        for name, make in CASES.items():
            if args.only and name not in args.only:
                continue
            fname, data = make()
            p = Path(tmp) / fname
            p.write_bytes(data)
            s, mb, code, line = run(p, args.timeout)
            ok = code in (0, 1, 2) and "内部错误" not in line and s < 10 and mb < 500
            bad += not ok
            status = "timeout" if code is None else f"exit {code}"
            print(
                f"{name:28} {s:6.2f} s {mb:6.0f} MB  {s / b_s:5.1f}x  {status:8} {'ok ' if ok else 'BAD'} {line[:70]}"
            )
            p.unlink()
    print("all within 10 s and 500 MB" if not bad else f"{bad} case(s) outside the goal")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
