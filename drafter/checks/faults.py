"""Whether a sentence states a shortcoming of the unit's own work, or reports work done on problems.

How reports write it: a shortcoming is stated when a problem noun (``words.toml`` problem_nouns: 问题, 不足, 短板) is
the object of 存在/仍有/面临 or the subject of a judgement (还不够, 有待, 不强: ``short_judgements``), or when a clause
judges the work short with no problem noun at all (执法人员素质有待提升). A clause that names problems only as what work
was done on — a verb of that work before the noun (召开会议研究存在问题, 学习……反馈问题: ``problem_work``) where no
predicate (还存在, 仍有, 面临: ``fault_predicates``) says the unit still has them, the work
right after it (问题整改, 问题清单: ``problem_work_after``; after a light verb: 对问题进行研究分析), or the problems counted (整改问题8个, 12个问题) — reports a
measure: the problems were found, studied or fixed. A judgement after the noun (问题整改不到位) states one again.
The folded shortcomings part, the shortcomings' start under one heading over the measures and an unheaded
shortcomings paragraph's opening sentence all ask this.
"""

from __future__ import annotations

from ..lazyre import Lazy
from ..vocab import words

_CLAUSE_MARKS = "，,；;。：:！!？?\n"
_COUNT = Lazy(r"\d+\s*(?:个|项|条|处|件|起|类)(?!方面)")


def states_fault(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text`` holding the cue match ``text[start:end]`` states a shortcoming of the unit's
    own work (the rule above), not work done on problems."""
    noun = _last_noun(text[start:end])
    at, n = (end - start, 0) if noun is None else noun
    at += start  # the clause is the noun's (or, with none, the match's end's)
    lo = max(text.rfind(c, 0, at) for c in _CLAUSE_MARKS) + 1
    hi = min((i for c in _CLAUSE_MARKS if (i := text.find(c, at + n)) >= 0), default=len(text))
    if noun is None:  # 有待加强, 仍需提升: the work judged short
        return True
    before, after = text[lo:at], text[at + n : hi]
    clause = text[lo:hi]
    if any(j in after for j in words().short_judgements):  # 问题整改不到位: the work on them is short
        return True
    if any(w in before for w in words().fault_predicates):  # 对照上级要求还存在一定差距: a predicate, not a noun phrase
        return True
    if any(w in before for w in words().problem_work):
        return False
    if after.startswith(words().problem_work_after) or _worked_on(after):
        return False
    return _COUNT.search(clause) is None


def _worked_on(after: str) -> bool:
    """Whether the clause after the problem noun goes on with a light verb and the work done on the noun (对……存在问题和
    薄弱环节进行研究分析, 对问题加以整改: ``problem_light_verbs`` then ``problem_work``)."""
    w = words()
    for v in w.problem_light_verbs:
        i = after.find(v)
        if i >= 0 and after.startswith(w.problem_work, i + len(v)):
            return True
    return False


def _last_noun(text: str) -> tuple[int, int] | None:
    """(offset, length) of the last problem noun in ``text``, or None."""
    best: tuple[int, int] | None = None
    for w in words().problem_nouns:
        i = text.rfind(w)
        if i >= 0 and (best is None or i > best[0]):
            best = (i, len(w))
    return best


def sentence_states_fault(text: str, cues: tuple[str, ...], year: int | None) -> bool:
    """Whether one of the shortcomings' ``cues`` matches ``text`` where it states a shortcoming."""
    from .cues import pattern

    return any(states_fault(text, *m.span()) for c in cues for m in pattern(c, year).finditer(text))


__all__ = ["sentence_states_fault", "states_fault"]
