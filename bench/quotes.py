"""How many covered checklist items quote the sentence that really reports the item.

    python bench/quotes.py                 # the seeds, shared web copies and openings, read in tests/quotes_read.toml
    python bench/quotes.py --save out.json # also keep what each item quoted (to score it later)
    python bench/quotes.py --load out.json # score a kept run (e.g. before a change) instead of linting
    python bench/quotes.py --read FILE…    # other reports (e.g. /work/heldout): print each quote to read
    python bench/quotes.py --verdicts V.toml --corpus DIR…  # other reports read in V.toml (kept outside the project)
    python bench/quotes.py --verdicts V.toml --corpus DIR --measures  # the measures part's items only

Each covered item's quote is judged by the reader's verdicts (``ok`` words of the sentences that
report the item; ``[]``: not covered in the report). Reports marked ``held = true`` were held out
while the coverage was worked on, and reports of a ``group`` (the openings: heads of reports, cut off)
are scored apart. Items covered but not yet read are listed. A report's ``type`` (county_gov, department,
township) is the checklist it is linted with (else the one its unit's name gives); its ``skip`` lists items whose
verdict is in doubt (not scored); with ``unlisted = "not-reported"`` at the top of the verdicts, a covered item the
reader did not list is one the report does not report (a wrong cover), not an unread one.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "tests" / "quotes_read.toml"
CORPUS = ROOT.parent.parent / "shared" / "corpus"


def corpus_dirs() -> list[Path]:
    """The seeds, the shared web copies and the openings, beside the project or beside the worktrees."""
    for base in (ROOT.parent / "shared" / "corpus", CORPUS):
        if (base / "seeds").is_dir():
            return [base / "seeds", base / "web", base / "openings"]
    return []


def quoted(paths: list[Path], types: dict[str, str] | None = None) -> dict[str, dict[str, str]]:
    """file name → item id → the evidence quoted, for every covered item (``types``: file name → the checklist to
    lint it with)."""
    sys.path.insert(0, str(ROOT))
    from drafter.lint import lint_paths

    out: dict[str, dict[str, str]] = {}
    groups: dict[str | None, list[Path]] = {}
    for p in paths:
        groups.setdefault((types or {}).get(p.name), []).append(p)
    for unit_type, group in groups.items():
        for r in lint_paths([str(p) for p in group], unit_type=unit_type):
            if r.result is None:
                continue
            out[Path(r.path).name] = {
                iid: it.evidence or "" for iid, it in r.result.items.items() if it.status == "covered"
            }
    return out


def measures_items() -> set[str]:
    """The ids of every checklist's measures items."""
    sys.path.insert(0, str(ROOT))
    from drafter.checklists import load

    return {i.id for t in ("county_gov", "department", "township") for i in load(t).items if i.part == "measures"}


def score(
    got: dict[str, dict[str, str]], read: dict[str, dict[str, object]], unlisted: str = "unread"
) -> dict[str, list[str]]:
    """Each covered item as right / wrong / unread (and items the reader found that are missing); ``unlisted``
    "not-reported": a covered item the reader did not list is a wrong cover."""
    out: dict[str, list[str]] = {"right": [], "wrong": [], "unread": [], "missed": []}
    for name, items in got.items():
        verdicts = read.get(name, {})
        skip = verdicts.get("skip", [])
        for iid, evidence in items.items():
            v = verdicts.get(iid)
            tag = f"{name} {iid}: {evidence[:70]}"
            if isinstance(skip, list) and iid in skip:
                continue
            if not isinstance(v, dict) and unlisted == "not-reported":
                out["wrong"].append(f"{tag}  ← not reported")
            elif not isinstance(v, dict):
                out["unread"].append(tag)
            elif any("".join(w.split()) in "".join(evidence.split()) for w in v["ok"]):
                out["right"].append(tag)
            else:
                out["wrong"].append(f"{tag}  ← {v.get('note') or v['ok']}")
        for iid, v in verdicts.items():
            if isinstance(v, dict) and v["ok"] and iid not in items:
                out["missed"].append(f"{name} {iid}")
    return out


def report(title: str, s: dict[str, list[str]], verbose: bool) -> None:
    n = len(s["right"]) + len(s["wrong"])
    pct = 100 * len(s["right"]) / n if n else 0.0
    print(f"{title}: {len(s['right'])}/{n} covered items quote the right sentence ({pct:.1f}%)", end="")
    print(f"; {len(s['missed'])} items the reader found not covered; {len(s['unread'])} unread")
    if verbose:
        for k in ("wrong", "missed", "unread"):
            for line in s[k]:
                print(f"  {k}: {line}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--read", nargs="*", type=Path, help="reports to print the quotes of, to read them")
    ap.add_argument("--verdicts", type=Path, default=VERDICTS, help="the reader's verdicts (TOML)")
    ap.add_argument("--corpus", nargs="*", type=Path, help="folders of the reports the verdicts name")
    ap.add_argument("--measures", action="store_true", help="score the measures part's items only")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.read:
        for name, items in quoted(a.read).items():
            print(f"== {name}")
            for iid, ev in items.items():
                print(f"  {iid}: {ev}")
        return 0
    data = tomllib.loads(a.verdicts.read_text(encoding="utf-8"))
    unlisted = str(data.get("unlisted", "unread"))
    read = {n: v for n, v in data.items() if isinstance(v, dict)}
    if a.load:
        got = json.loads(a.load.read_text(encoding="utf-8"))
    else:
        dirs = a.corpus or corpus_dirs()
        if not dirs:
            print("找不到 shared/corpus", file=sys.stderr)
            return 2
        types = {n: str(v["type"]) for n, v in read.items() if "type" in v}
        got = quoted([d / n for d in dirs for n in sorted(read) if (d / n).is_file()], types)
    if a.measures:
        ms = measures_items()
        got = {n: {i: e for i, e in items.items() if i in ms} for n, items in got.items()}
        read = {n: {k: v for k, v in r.items() if not isinstance(v, dict) or k in ms} for n, r in read.items()}
    if a.save:
        a.save.write_text(json.dumps(got, ensure_ascii=False, indent=1), encoding="utf-8")
    held = {n for n, v in read.items() if v.get("held")}
    grouped = {n for n, v in read.items() if v.get("group")}
    sets = [("worked on", set(got) - held - grouped), ("held out", (set(got) & held) - grouped)]
    for group in sorted({str(v["group"]) for v in read.values() if v.get("group")}):
        sets.append((group, {n for n in got if read.get(n, {}).get("group") == group}))
    for title, names in sets:
        if names:
            report(title, score({n: got[n] for n in names}, read, unlisted), not a.quiet)
    report("all", score(got, read, unlisted), False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
