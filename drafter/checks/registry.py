"""The rule registry: every rule has an id, a default severity, a doc and examples.

Rule code registers a function with ``@rule("id")``; the Chinese title, doc and
good/bad examples live in ``rules.toml`` beside this file, so ``drafter rule ID``
and the parametrized example test read the same source.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Context, Finding

RuleFn = Callable[["Context"], "Iterator[Finding]"]


@dataclass(frozen=True)
class Example:
    text: str
    year: int | None = None
    type: str | None = None


@dataclass(frozen=True)
class RuleDoc:
    id: str
    severity: str
    title: str
    doc: str
    good: tuple[Example, ...] = ()
    bad: tuple[Example, ...] = ()


@dataclass
class Rule:
    id: str
    fn: RuleFn
    meta: RuleDoc = field(init=False)


_RULES: dict[str, Rule] = {}


def rule(rule_id: str) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` as the check for ``rule_id`` (documented in rules.toml)."""

    def register(fn: RuleFn) -> RuleFn:
        _RULES[rule_id] = Rule(rule_id, fn)
        return fn

    return register


@cache
def docs() -> dict[str, RuleDoc]:
    table = tomllib.loads((Path(__file__).parent / "rules.toml").read_text(encoding="utf-8"))
    out: dict[str, RuleDoc] = {}
    for rid, spec in table.items():
        out[rid] = RuleDoc(
            rid, spec["severity"], spec["title"], spec["doc"].strip(),
            tuple(_example(e) for e in spec.get("good", [])), tuple(_example(e) for e in spec.get("bad", [])),
        )
    return out


def _example(e: str | dict[str, object]) -> Example:
    if isinstance(e, str):
        return Example(e)
    return Example(str(e["text"]), e.get("year"), e.get("type"))  # type: ignore[arg-type]


def rules() -> dict[str, Rule]:
    """All registered rules with their docs, in registration order."""
    from . import content, figures, form, parts, texts, years  # noqa: F401  (registers)

    d = docs()
    for r in _RULES.values():
        r.meta = d[r.id]
    return _RULES
