"""Real absences made on real text: how often ``checks/near.py`` finds a near sentence for an item a report
does not write (each one it finds turns a right warning of absence into an info — read them).

In each report of the shared corpus (../shared/corpus), for each measures item the report covers, every sentence
one of the item's cues matches is taken out and the report checked again: the item is now missing, and a near
sentence found then is another sentence of the real report. Some are right (the report also wrote the item in other
words), most that are not are the risk the grid (tests/near_grid.toml) cannot show.

    .venv/bin/python bench/near_absent.py [least=5.0 specific=1.5 …]   # thresholds to try instead of words.toml's

Measured 2026-12-06: with least 5.0, specific 1.5 and a single shared key bigram enough, 14 of 150 items — 5 right,
2 debatable, 7 wrong (5 of them 党的领导和推进机制, the broadest item); with that item's near = false, 7; with a key
term required whole (key 2.0), 6 — 5 right, 1 wrong (调查处理违法行政行为 for 执法); on main at 69b05d8, 5 — 4 right
(违法占用耕地专项治理, 两违巡查 for 执法; 政务信息系统迁移上云 for 数字政府; 承接下放职责权限 for 放管服), the same wrong one.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

from drafter.checks import check, near
from drafter.checks.cues import pattern
from drafter.hanzi import simplified
from drafter.lint import lint_paths
from drafter.readers.txt import read_text

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_SENTENCE = re.compile(r"[^。；;！？\n]*[。；;！？]?")


def _thresholds(args: list[str]) -> None:
    """``key=value`` arguments in place of words.toml's [nearness]."""
    if not args:
        return
    base = near.nearness()
    given = dict(a.split("=", 1) for a in args)
    got = dataclasses.replace(base, **{k: int(v) if k == "bigrams" else float(v) for k, v in given.items()})
    near.nearness = lambda: got  # type: ignore[assignment]


def main(args: list[str]) -> None:
    _thresholds(args)
    fired = total = 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        (report,) = lint_paths([str(path)], jobs=1)  # the checklist and year lint decides
        if report.result is None:
            continue
        cl, year = report.result.checklist, report.result.year or 2023
        text = path.read_text(encoding="utf-8", errors="replace")
        for it in report.result.items.values():
            if it.status != "covered" or it.item.part != "measures":
                continue
            rxs = [pattern(c, year) for c in it.item.cues]
            lines = [
                "".join(s for s in _SENTENCE.findall(line) if s and not any(rx.search(simplified(s)) for rx in rxs))
                for line in text.split("\n")
            ]
            got = check(read_text("\n".join(lines)), cl, year=year).items[it.item.id]
            if got.status != "missing":
                continue
            total += 1
            if got.near is not None:
                fired += 1
                print(f"{path.name} {it.item.id}: {got.near.sentence[:90]}")
    print(f"near found for {fired} of {total} items made absent")


if __name__ == "__main__":
    main(sys.argv[1:])
