"""The rule registry: every rule of drafter, one ``Rule`` object each (``rule.py`` says how to write one).

``rules()`` maps each id to its object, in the order the engine runs them and the faces list them.
A new checks module with rules is added to ``MODULES`` below; nothing else lists rules.
"""

from __future__ import annotations

from functools import cache

from . import (
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
from .rule import Rule, declared

MODULES = (parts, content, closing, commitments, dismiss, figures, form, originality, substance, texts, typeset, years)


@cache
def rules() -> dict[str, Rule]:
    """All rules: the modules' order, then each module's order of declaration."""
    out: dict[str, Rule] = {}
    for m in MODULES:
        for r in vars(m).values():
            if isinstance(r, Rule) and r.id not in out and r.module == m.__name__:
                out[r.id] = r
    assert out.keys() == declared().keys(), set(declared()) ^ set(out)
    return out


__all__ = ["MODULES", "rules"]
