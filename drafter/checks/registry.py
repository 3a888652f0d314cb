"""The rule registry: every rule of drafter, one ``Rule`` object each (``rule.py`` says how to write one).

``rules()`` maps each id to its object, in the order the engine runs them and the faces list them.
A new checks module with rules is added to ``MODULES`` below; nothing else lists rules.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..checklist_model import Checklist
from ..errors import ReadError
from . import (
    addressee,
    addresseemarks,
    attrlists,
    breaks,
    citenumbers,
    clausecomma,
    closing,
    colons,
    commitments,
    content,
    coordmarks,
    covermarks,
    dashes,
    dismiss,
    doubledmarks,
    doubling,
    ellipsis,
    enummarks,
    figures,
    fixednumerals,
    form,
    formulaforms,
    garbled,
    headends,
    headform,
    inspection,
    itemends,
    joins,
    listends,
    listmarks,
    meetings,
    nesting,
    numbering,
    numerals,
    numforms,
    officemarks,
    ordinals,
    originality,
    ownbody,
    partrules,
    period,
    phrases,
    previous,
    ranges,
    realdates,
    relyear,
    repeats,
    runin,
    shortnames,
    slips,
    slogans,
    spacing,
    splitcomma,
    substance,
    textdates,
    texts,
    thin,
    titleuse,
    typeset,
    typos,
    usage,
    years,
)
from .rule import Rule, declared

MODULES = (
    partrules,
    content,
    thin,
    closing,
    commitments,
    dismiss,
    figures,
    form,
    headform,
    addressee,
    addresseemarks,
    covermarks,
    meetings,
    numbering,
    previous,
    inspection,
    shortnames,
    formulaforms,
    originality,
    substance,
    texts,
    typeset,
    spacing,
    typos,
    ownbody,
    phrases,
    slips,
    doubledmarks,
    doubling,
    listmarks,
    coordmarks,
    clausecomma,
    officemarks,
    enummarks,
    attrlists,
    listends,
    itemends,
    colons,
    numforms,
    ranges,
    numerals,
    fixednumerals,
    textdates,
    realdates,
    ordinals,
    nesting,
    titleuse,
    slogans,
    citenumbers,
    ellipsis,
    dashes,
    usage,
    garbled,
    breaks,
    runin,
    joins,
    splitcomma,
    headends,
    years,
    period,
    relyear,
    repeats,
)


# rules drafter had and took out: a checklist's ignore or --ignore may still name one (a writer told 可忽略 ignored it
# everywhere) — nothing to ignore, not a misuse
RETIRED = frozenset({"cover-sentence"})


def known(rule: str) -> bool:
    """Whether ``rule`` may be named to ignore: a rule drafter has, or one it retired (``RETIRED``)."""
    return rule in rules() or rule in RETIRED


def check_ignore(checklist: Checklist) -> None:
    """A checklist's ``ignore`` list names only rules that exist or existed (ReadError, one Chinese line, if not).

    Checked here, not where the checklist is read: the rules are the checks layer's, above the readers."""
    unknown = [r for r in checklist.ignore if not known(r)]
    if unknown:
        name = Path(checklist.path).name if checklist.path else checklist.id
        raise ReadError(f"检查清单 {name} 的 ignore 提到了不存在的规则“{unknown[0]}”；drafter rule 列出全部规则")


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


__all__ = ["MODULES", "RETIRED", "check_ignore", "known", "rules"]
