"""How well the loose wording of ``checks/mention.py`` ([mention]) tells a sentence that names an item from one that
does not (tests/near_grid.toml), beside ``near``'s [nearness]: every grid sentence, judged done or not (a mention
needs no act), its cues aside (a cue's match is a mention by itself).

    .venv/bin/python bench/mention.py [-v]
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from drafter import checklists
from drafter.checks.cues import pattern
from drafter.checks.mention import loose
from drafter.checks.near import Nearness, near_score, nearness, profiles

GRID = Path(__file__).resolve().parent.parent / "tests" / "near_grid.toml"
TYPES = ("county_gov", "department", "township")


def measure(th: Nearness, verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(found, of) for the paraphrases and (wrongly named, of) for the sentences on other fields and slogans."""
    grid = tomllib.loads(GRID.read_text(encoding="utf-8"))
    said = [(set(g["items"]), t) for g in grid["said"] for t in g["text"]]
    other = [(set[str](), t) for g in grid["other"] for t in g["text"]]
    found = of = wrong = others = 0
    for name in TYPES:
        cl = checklists.load(name)
        prof = profiles(cl)
        items = [i for i in cl.items if i.part in ("measures", "duties") and i.near]
        rxs = {i.id: [pattern(c, 2023) for c in i.cues] for i in items}
        for labels, text in said + other:
            mine = [i for i in items if i.id in labels]
            if mine and any(rx.search(text) for i in mine for rx in rxs[i.id]):
                continue  # a cue's: named by it
            named = {i.id for i in items if near_score(prof, i, text, rxs[i.id], th) is not None}
            if mine:
                of += 1
                found += bool(named & labels)
            else:
                others += 1
                wrong += bool(named)
                if verbose and named:
                    print(f"FALSE {name} {'/'.join(sorted(named))}: {text}")
    return {"paraphrases named": (found, of), "other sentences named": (wrong, others)}


if __name__ == "__main__":
    for label, th in (("[nearness]", nearness()), ("[mention]", loose())):
        for k, (n, m) in measure(th, "-v" in sys.argv).items():
            print(f"{label} {k}: {n}/{m} ({100 * n / max(m, 1):.1f}%)")
