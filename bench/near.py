"""How well ``checks/near.py`` tells a sentence that writes an item in other words (tests/near_grid.toml).

For each unit type's checklist and each measures or duties item: the grid's paraphrases of the item that
its cues do not match and that report something done — found near the item (n/N); sentences on other
items, other fields of work, slogans and the item's own bad examples — wrongly near it (n/M).

    .venv/bin/python bench/near.py [-v]
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from drafter import checklists
from drafter.checks.cues import pattern
from drafter.checks.evidence import judge_for
from drafter.checks.near import near_score, profiles

GRID = Path(__file__).resolve().parent.parent / "tests" / "near_grid.toml"
TYPES = ("county_gov", "department", "township")


def measure(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(found, of) for the paraphrases — a paraphrase is found when it is near one of its items that the
    cues do not cover — and (wrongly near, of) for (item, sentence) pairs where the sentence is not the
    item's: other items' paraphrases, other fields, slogans, the item's own bad examples. Over the unit types."""
    grid = tomllib.loads(GRID.read_text(encoding="utf-8"))
    said = [(set(g["items"]), t) for g in grid["said"] for t in g["text"]]
    other = [(set[str](), t) for g in grid["other"] for t in g["text"]]
    found = of = wrong = pairs = others = wrong_others = 0
    for name in TYPES:
        cl = checklists.load(name)
        prof = profiles(cl)
        judge = judge_for(cl.evidence, 2023)
        items = [i for i in cl.items if i.part in ("measures", "duties") and i.near]
        rxs = {i.id: [pattern(c, 2023) for c in i.cues] for i in items}
        for labels, text in said + other + [(set(), t) for i in items for t in i.bad]:
            if judge.kind(text) is None:
                continue  # reports nothing done: never near
            mine = [i for i in items if i.id in labels]
            if mine and any(rx.search(text) for i in mine for rx in rxs[i.id]):
                continue  # covered by a cue: not the nearness's to judge
            near = {i.id for i in items if near_score(prof, i, text, rxs[i.id]) is not None}
            if mine:
                of += 1
                found += bool(near & labels)
                if verbose and not near & labels:
                    print(f"MISS {name} {'/'.join(i.id for i in mine)}: {text}")
            for iid in near - labels:
                if verbose:
                    print(f"FALSE {name} {iid} ({'/'.join(sorted(labels)) or '-'}): {text}")
            pairs += len(items) - len(mine)
            wrong += len(near - labels)
            if not mine:
                others += 1
                wrong_others += bool(near - labels)
    return {
        "paraphrases near": (found, of),
        "others wrongly near (item, sentence)": (wrong, pairs),
        "unrelated sentences near some item": (wrong_others, others),
    }


if __name__ == "__main__":
    for k, (n, m) in measure("-v" in sys.argv).items():
        print(f"{k}: {n}/{m} ({100 * n / max(m, 1):.1f}%)")
