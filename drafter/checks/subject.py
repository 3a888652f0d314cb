"""Where the doer of a clause stands: the clause's own words before its verb, else the sentence's subject
(its first person, opening his clause), else — in a sentence that opens by carrying on (同时，此外，
并……: ``words.toml`` carry_leads) — the previous sentence's subject; a person after 由 (``agent_marks``:
"会前学法8次，均由县长主持") is the doer wherever he stands. Grammar only: who the persons are (the own head,
others' heads, the staff) ``persons.mentions`` tells, and ``weakness.doer`` reads them with this."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import compile
from ..text import last_of
from ..vocab import alternation, words
from .evidence import sentence_at

_BREAKS = "，,；;：:。！？"
AGENT_REACH = 6  # characters between 由 and the person after it (均由分管副县长: 分管; 由各司法所所长: 各司法所)


def clause_start(text: str, s: int, at: int) -> int:
    """Where the clause of ``text`` that holds ``at`` starts (not before ``s``, the sentence's start)."""
    return max(s, last_of(text, _BREAKS, at, s) + 1)  # a sentence without a stop may be a whole web copy


def opens_clause(text: str, s: int, at: int) -> bool:
    """Whether a person named at ``at`` opens his clause of the sentence starting at ``s`` (at most
    ``SUBJECT_LEAD`` characters after its start: 分管副县长, 县政府领导班子成员): the first person of a sentence
    who does is its subject, after a lead of time or standing ("2023年，全体干部职工认真履行……，带头学法";
    "作为第一责任人，分管副县长……，研究部署……": he does every clause after)."""
    return at - clause_start(text, s, at) <= SUBJECT_LEAD


SUBJECT_LEAD = 6  # characters before the person in his clause (分管, 辖区, 县委、县政府)


def after_agent_mark(text: str, s: int, at: int) -> bool:
    """Whether a person named at ``at`` stands right after 由 (``agent_marks``, at most ``AGENT_REACH``
    characters before him) in his clause: he did the sentence's act ("会前学法8次，均由分管副县长主持")."""
    lo = clause_start(text, s, at)
    return _agent().search(text, max(lo, at - AGENT_REACH - 2), at) is not None


@lru_cache(maxsize=1)
def _agent() -> re.Pattern[str]:
    marks = words().agent_marks
    # 由于 is a cause, 自由 理由 words of their own: no agent after them
    return compile(f"(?<![自理缘])(?:{alternation(marks)})(?!于)[^{_BREAKS}]{{0,{AGENT_REACH}}}$" if marks else "(?!)")


def carried_from(text: str, s: int) -> tuple[int, int] | None:
    """The previous sentence of the paragraph, when the sentence starting at ``s`` opens by carrying its
    subject on (同时，带头……; 此外，还……: ``carry_leads``); else None."""
    if s <= 0 or _carry().match(text, s) is None:
        return None
    ps, pe = sentence_at(text, s - 1)
    return (ps, pe) if pe > ps else None


@lru_cache(maxsize=1)
def _carry() -> re.Pattern[str]:
    leads = words().carry_leads
    return compile(f"\\s*(?:{alternation(leads)})" if leads else "(?!)")


__all__ = ["after_agent_mark", "carried_from", "clause_start", "opens_clause"]
