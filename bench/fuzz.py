"""The fuzzer, run for as long as asked: inputs tried and failures, per target.

Draws mutated seeds (``tests/fuzzing.py``: small real and hostile files made there) for each target —
the readers, import → render → lint, checklist loading — in turn, until the time is up or ``--inputs``
were tried. A failure is an exception other than a one-line ReadError, or a target running past 20 s;
each is printed with its seed and random seed, and its input is written to ``--out`` (default
``fuzz-failures/``) so it can become a regular test.

Run: python bench/fuzz.py [--minutes 10] [--inputs N] [--seed S] [--target read|round-trip|checklist|long-repeat]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DRAFTER_NO_CACHE", "1")

from tests.fuzzing import TARGETS, draw, run  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--inputs", type=int, default=0, help="stop after this many inputs (0: only the time limit)")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--target", choices=TARGETS, action="append")
    ap.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = ap.parse_args()
    base = args.seed if args.seed is not None else random.randrange(2**32)
    targets = args.target or list(TARGETS)
    tried: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    end = time.monotonic() + 60 * args.minutes
    print(f"seed {base}; targets {', '.join(targets)}; {args.minutes:g} min")
    with tempfile.TemporaryDirectory() as tmp:
        i = 0
        while time.monotonic() < end and (not args.inputs or i < args.inputs):
            target = targets[i % len(targets)]
            rng = random.Random(f"{base}-{i}")
            name, payload = draw(target, rng)
            tried[target] += 1
            try:
                run(target, name, payload, Path(tmp))
            except Exception as e:  # the failures this looks for
                failed[target] += 1
                args.out.mkdir(parents=True, exist_ok=True)
                saved = args.out / f"{target}-{base}-{i}{Path(name).suffix}"
                saved.write_bytes(payload)
                where = traceback.extract_tb(e.__traceback__)[-1]
                print(
                    f"FAIL {target} #{i} (seed {name}): {type(e).__name__}: {str(e)[:120]} "
                    f"at {Path(where.filename).name}:{where.lineno} -> {saved}"
                )
            i += 1
            if i % 500 == 0:
                print(f"  {i} inputs, {sum(failed.values())} failures")
    for t in targets:
        print(f"{t:12} {tried[t]:7} inputs  {failed[t]:4} failures")
    total = sum(tried.values())
    print(f"total        {total:7} inputs  {sum(failed.values()):4} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
