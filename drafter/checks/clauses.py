"""Where a sentence's clauses start and end, as the items' judges read them: a clause ends at a comma or a colon
(``CLAUSE_END``); what may stand before a clause's doers (``LEAD``: a date, the whole area they are in — 全县各乡镇);
the first clause, a connective opening it (同时，) being no clause of its own (``first_clause_end``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import compile
from ..vocab import alternation, words

CLAUSE_END = compile(r"[，,：:]")
# what may stand before the doers: a date, the whole area they are in (全县各乡镇)
LEAD = compile(r"^(?:\s|20\d\d\s*年度?|全年|今年以来|年内|目前|截至[^，,]{0,12}|[，,]|全[县市区州旗盟镇乡](?=各))*")
_LEAD = LEAD  # the name focus and studyacts read it by


def first_clause_end(sentence: str) -> int:
    """Where ``sentence``'s first clause ends; a connective opening it (同时，另外，: ``list_breaks``) is no
    clause of its own (同时，组织执法人员参加法律知识考试: the study is the first clause)."""
    lead = _connective().match(sentence)
    m = CLAUSE_END.search(sentence, lead.end() if lead else 0)
    return m.start() if m else len(sentence)


@lru_cache(maxsize=1)
def _connective() -> re.Pattern[str]:
    breaks = words().list_breaks
    return compile(f"{alternation(breaks)}[，,]" if breaks else "(?!)")
