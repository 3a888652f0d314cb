"""Rule documentation: title, doc, default severity and examples, from ``checks/rules.toml``.

Read by the faces (``drafter rule``, SARIF's rule table) and the tests; the engine
itself never opens a file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_TOML = Path(__file__).parent / "checks" / "rules.toml"
ADVICE_TOML = Path(__file__).parent / "checks" / "advice.toml"  # what the unit's writer should do


@dataclass(frozen=True)
class Example:
    text: str
    year: int | None = None
    type: str | None = None
    previous: str | None = None  # last year's report (rules comparing with it)
    other: str | None = None  # another unit's report in the same folder (folder rules)


@dataclass(frozen=True)
class RuleDoc:
    id: str
    severity: str
    title: str
    doc: str
    good: tuple[Example, ...] = ()
    bad: tuple[Example, ...] = ()
    advice: str = ""  # for the report's writer (annotated copies); the doc is for the reviewer


@cache
def docs() -> dict[str, RuleDoc]:
    """Every rule's documentation, keyed by rule id, in the order of the registry."""
    from .checks.registry import rules

    table = tomllib.loads(RULES_TOML.read_text(encoding="utf-8"))
    advice = tomllib.loads(ADVICE_TOML.read_text(encoding="utf-8"))
    out: dict[str, RuleDoc] = {}
    for rid in rules():
        spec = table[rid]
        out[rid] = RuleDoc(
            rid,
            spec["severity"],
            spec["title"],
            spec["doc"].strip(),
            tuple(_example(e) for e in spec.get("good", [])),
            tuple(_example(e) for e in spec.get("bad", [])),
            str(advice.get(rid, {}).get("advice", "")).strip(),
        )
    return out


def _example(e: str | dict[str, object]) -> Example:
    if isinstance(e, str):
        return Example(e)
    year, kind, prev, other = e.get("year"), e.get("type"), e.get("previous"), e.get("other")
    return Example(
        str(e["text"]),
        year if isinstance(year, int) else None,
        kind if isinstance(kind, str) else None,
        prev if isinstance(prev, str) else None,
        other if isinstance(other, str) else None,
    )
