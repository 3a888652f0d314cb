"""The rule registry: every rule has an id, and a check function registered here.

Rule code registers a function with ``@rule("id")``. Each rule's Chinese title,
doc, default severity and good/bad examples live in ``rules.toml`` beside this
file and are read by ``drafter.ruledocs`` — by the faces (``drafter rule``,
SARIF) and the tests, never by ``check()``, which does no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Context, Finding

RuleFn = Callable[["Context"], "Iterator[Finding]"]


@dataclass(frozen=True)
class Rule:
    id: str
    fn: RuleFn


_RULES: dict[str, Rule] = {}


def rule(rule_id: str) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` as the check for ``rule_id`` (documented in rules.toml)."""

    def register(fn: RuleFn) -> RuleFn:
        _RULES[rule_id] = Rule(rule_id, fn)
        return fn

    return register


def rules() -> dict[str, Rule]:
    """All registered rules, in registration order."""
    from . import (  # noqa: F401  (importing a module registers its rules)
        closing,
        commitments,
        content,
        dismiss,
        figures,
        form,
        originality,
        parts,
        substance,
        texts,
        typeset,
        years,
    )

    return _RULES
