"""Rule documentation: each ``Rule`` object joined to its doc, examples (``checks/rules.toml``)
and advice (``checks/advice.toml``), both keyed by the rule's id.

The name, scope and severities come from the object itself (``checks/rule.py``). Read by the faces
(``drafter rule``, SARIF's rule table, the xlsx, annotated copies) and the tests; the engine itself
never opens a file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .checks.registry import rules
from .checks.rule import Rule

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
    rule: Rule
    doc: str
    good: tuple[Example, ...] = ()
    bad: tuple[Example, ...] = ()
    advice: str = ""  # for the report's writer (annotated copies); the doc is for the reviewer

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def title(self) -> str:
        """The rule's Chinese name."""
        return self.rule.name

    @property
    def severity(self) -> str:
        """Its default severity (SARIF's default level)."""
        return self.rule.default


@cache
def docs() -> dict[str, RuleDoc]:
    """Every rule's documentation, keyed by rule id, in the order of the registry."""
    table = tomllib.loads(RULES_TOML.read_text(encoding="utf-8"))
    advice = tomllib.loads(ADVICE_TOML.read_text(encoding="utf-8"))
    out: dict[str, RuleDoc] = {}
    for rid, r in rules().items():
        spec = table[rid]
        out[rid] = RuleDoc(
            r,
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
