"""Copies across units at folder scale, and the figures behind the copy threshold.

1. A synthetic folder of N .txt reports (default 5,000) built in a temp dir from paragraph
   pools: clauses cut from the seed reports (read in place), halved and recombined into
   paragraphs, so stock phrases recur everywhere while whole sentences rarely do; every 100th report shares 40%
   of its paragraphs with the next one (figures changed), and ``--clusters`` groups of ``--cluster-size``
   reports (default 5 × 300) are written from one template each: its paragraphs with the figures
   changed, a fifth of them replaced by the unit's own, the unit's name put into two. Printed: the per-file lint pass
   (read + check; the baseline, measured in the same run), the second pass that compares all
   reports (``lint.compare_reports``), their ratio, and whether exactly the planted pairs and clusters
   came out.
2. ``--figures``: best-match containment between paragraphs of different seed reports vs. the
   same paragraphs with figures changed and three words replaced (the threshold's justification).

Run: python bench/originality_bench.py [--files 5000] [--clusters 5] [--cluster-size 300] [--figures]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(ROOT))

HEADINGS = (
    "一、2024年度推进法治政府建设的主要举措和成效",
    "二、2024年度推进法治政府建设存在的不足和原因",
    "三、2024年度党政主要负责人履行推进法治建设第一责任人职责的情况",
    "四、2025年度推进法治政府建设的主要工作安排",
)


def clause_pool() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt")))
    return sorted({c for c in re.split(r"[，。；：、,;:\n]", text) if 4 <= len(c) <= 30})


def paragraph(rnd: random.Random, clauses: list[str]) -> str:
    """Clauses joined from two halves of pool clauses: stock phrases recur, whole sentences rarely."""
    halves = [(c[: len(c) // 2], c[len(c) // 2 :]) for c in (rnd.choice(clauses) for _ in range(14))]
    words = [halves[i][0] + halves[i + 1][1] for i in range(0, rnd.randint(10, 14), 2)]
    words.insert(rnd.randrange(len(words)), f"全年办理{rnd.randint(1, 999)}件")
    return "，".join(words) + "。"


def make_folder(
    folder: Path, n: int, seed: int = 7, clusters: int = 0, size: int = 300
) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """N reports; returns the planted pairs and the planted clusters (file names)."""
    rnd = random.Random(seed)
    clauses = clause_pool()
    reports: list[list[list[str]]] = []
    planted: set[frozenset[str]] = set()
    groups: dict[int, list[list[str]]] = {}  # first report of a cluster → its template
    member: dict[int, int] = {}
    for k in range(clusters):
        first = n - (k + 1) * size  # clusters at the end, apart from the planted pairs
        groups[first] = [[paragraph(rnd, clauses) for _ in range(k)] for k in (10, 3, 3, 5)]
        member.update((i, first) for i in range(first, first + size))
    for i in range(n):
        parts = [[paragraph(rnd, clauses) for _ in range(k)] for k in (10, 3, 3, 5)]
        if i in member:  # the template, figures changed; a fifth replaced; the unit named in two
            template = groups[member[i]]
            flat = [(a, b) for a, part in enumerate(template) for b in range(len(part))]
            own = set(rnd.sample(flat, len(flat) // 5))
            named = rnd.sample([x for x in flat if x not in own], 2)
            for a, b in flat:
                if (a, b) not in own:
                    text = re.sub(r"\d+", lambda m: str(rnd.randint(1, 999)), template[a][b])
                    parts[a][b] = f"第{i}镇" + "青山白水"[i % 4] + text if (a, b) in named else text
        elif i % 100 == 1:  # copies 40% of the previous report's paragraphs, figures changed
            src = [p for part in reports[i - 1] for p in part]
            flat = [(a, b) for a, part in enumerate(parts) for b in range(len(part))]
            for (a, b), para in zip(rnd.sample(flat, round(len(flat) * 0.4)), rnd.sample(src, len(src)), strict=False):
                parts[a][b] = re.sub(r"\d+", lambda m: str(int(m.group(0)) + 3), para)
            planted.add(frozenset({f"r{i - 1:05d}.txt", f"r{i:05d}.txt"}))
        reports.append(parts)
        lines = [f"青山县第{i}镇人民政府关于2024年度法治政府建设情况的报告", "", "青山县人民政府：", ""]
        for h, part in zip(HEADINGS, parts, strict=True):
            lines += [h, "", *[x for p in part for x in (p, "")]]
        lines += ["特此报告。", "", f"青山县第{i}镇人民政府", "2025年1月20日"]
        (folder / f"r{i:05d}.txt").write_text("\n".join(lines), encoding="utf-8")
    made = {frozenset(f"r{i:05d}.txt" for i, f in member.items() if f == first) for first in groups}
    return planted, made


def folder_bench(n: int, clusters: int = 0, size: int = 300) -> None:
    from drafter.lint import compare_reports, lint_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        planted, made = make_folder(folder, n, clusters=clusters, size=size)
        t = time.perf_counter()
        serial = list(lint_paths([str(folder)], jobs=1))
        one = time.perf_counter() - t
        del serial
        t = time.perf_counter()
        reports = list(lint_paths([str(folder)]))  # every core; each worker also makes the fingerprint
        base = time.perf_counter() - t
        t = time.perf_counter()
        similar = compare_reports(reports)
        ours = time.perf_counter() - t
        pairs = similar.pairs
        found = {frozenset({Path(p.path_a).name, Path(p.path_b).name}) for p in pairs}
        got = {frozenset(Path(p).name for p in c.paths) for c in similar.clusters}
        in_made = {x for m in made for x in m}
        flagged = sum(
            1 for r in reports if r.result and any(f.rule == "copied-across-units" for f in r.result.findings)
        )
        flagged_made = sum(
            1
            for r in reports
            if Path(r.path).name in in_made
            and r.result
            and any(f.rule == "copied-across-units" for f in r.result.findings)
        )
    print(
        f"folder of {n} synthetic reports ({len(planted)} planted pairs sharing 40% of paragraphs, "
        f"{clusters} clusters of {size} from one template):"
    )
    print(f"  baseline  per-file pass on one process  {one:7.2f} s   (read + check + fingerprint)")
    print(f"  per-file pass on every core             {base:7.2f} s   ({base / one:.2f}× the one-process pass)")
    print(f"  second pass compare_reports             {ours:7.2f} s   ({ours / one:.2f}× the one-process pass)")
    total = base + ours
    print(f"  total                                   {total:7.2f} s (goal < 60 s on 2 cores)")
    outside = {p for p in found if not any(p <= m for m in made)}
    print(
        f"  pairs listed {len(pairs)}: planted found {len(found & planted)}/{len(planted)}, "
        f"other outside clusters {len(outside - planted)}; reports with copied-across-units {flagged}"
    )
    print(
        f"  clusters found {len(got)}: planted found exactly {len(got & made)}/{len(made)}, other {len(got - made)}; "
        f"shares {[c.share for c in similar.clusters]}; cluster reports flagged {flagged_made}/{len(in_made)}"
    )


def figures() -> None:
    from drafter.checks import previous as o
    from drafter.checks import shingles as sh
    from drafter.readers import read_path

    docs = [read_path(p) for p in sorted(SEEDS.glob("0*.txt"))]
    unrelated = []
    for d in docs:
        for e in docs:
            if d is not e:
                idx = o._previous_index(e)
                unrelated += [m[1] for b in sh.paragraphs(d) if (m := o.best_match(b.text, idx))]
    rnd = random.Random(1)
    edited, bumped = [], []
    for d in docs:
        idx = o._previous_index(d)
        for b in sh.paragraphs(d):
            if not sh.shingles(b.text):
                continue
            t = re.sub(r"\d+", lambda m: str(rnd.randint(1, 999)), b.text)
            bumped.append(m[1] if (m := o.best_match(t, idx)) else 0.0)
            chars = list(t)
            for _ in range(3):
                k = rnd.randrange(len(chars) - 2)
                chars[k : k + 2] = list("新词")
            edited.append(m[1] if (m := o.best_match("".join(chars), idx)) else 0.0)
    unrelated.sort()
    edited.sort()
    q = lambda xs, f: xs[min(len(xs) - 1, int(len(xs) * f))]  # noqa: E731
    print(f"best-match containment (threshold {sh.COPY_SHARE}):")
    print(
        f"  unrelated seed paragraphs  n={len(unrelated)}  max {unrelated[-1]:.2f}  p99 {q(unrelated, 0.99):.2f}"
        f"  p95 {q(unrelated, 0.95):.2f}  median {statistics.median(unrelated):.2f}"
    )
    print(f"  figures changed            n={len(bumped)}  min {min(bumped):.2f}")
    print(
        f"  figures + 3 words changed  n={len(edited)}  min {edited[0]:.2f}  p05 {q(edited, 0.05):.2f}"
        f"  median {statistics.median(edited):.2f}; ≥ threshold {sum(x >= sh.COPY_SHARE for x in edited)}/{len(edited)}"
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--clusters", type=int, default=5)
    ap.add_argument("--cluster-size", type=int, default=300)
    ap.add_argument("--figures", action="store_true")
    args = ap.parse_args()
    figures()
    if not args.figures:
        folder_bench(args.files, args.clusters, args.cluster_size)
