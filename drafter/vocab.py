"""The words the checks and readers match (``checklists/words.toml``), loaded once.

Words, not patterns: a user who adds 党工委主任 to ``leaders`` writes no regular expression.
Patterns are built from the words here (longest first, each escaped); checklist patterns may
say ``{leader}`` for any of the leaders (``checks.pattern`` expands it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lazyre import compile
from .readers.errors import ReadError


@dataclass(frozen=True)
class Words:
    leaders: tuple[str, ...]
    duty_acts: tuple[str, ...]
    causes: tuple[str, ...]
    cause_pairs: tuple[tuple[str, str, int, bool], ...]  # (first, then, gap, within one clause)
    turn_lead: tuple[str, ...]
    turn_verbs: tuple[str, ...]
    turn_problems: tuple[str, ...]
    turn_next: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    due_words: tuple[str, ...]
    plan_dates: tuple[str, ...]


def alternation(words: tuple[str, ...]) -> str:
    """``(?:w1|w2|…)`` of ``words``, longest first (so 主要负责同志 wins over 负责同志), each escaped."""
    # ties in length in a fixed order (a set's order changes with each run), so the pattern is the same
    # each run and its compiled code is kept between runs (``lazyre.compile``); of two words of one length
    # at most one matches at a place, so the order among them changes no match
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists: the first ``words.toml`` in the checklist folders (``DRAFTER_CHECKLISTS`` first)."""
    from .checklist_model import search_dirs

    for d in search_dirs():
        p = d / "words.toml"
        if p.is_file():
            try:
                data = tomllib.loads(p.read_text(encoding="utf-8"))

                def got(key: str, data: dict[str, Any] = data) -> tuple[str, ...]:
                    return tuple(str(w) for w in data[key])

                return Words(
                    leaders=got("leaders"),
                    duty_acts=got("duty_acts"),
                    causes=got("causes"),
                    cause_pairs=tuple(
                        (str(c["first"]), str(c["then"]), int(c["gap"]), bool(c.get("clause", False)))
                        for c in data["cause_pairs"]
                    ),
                    turn_lead=got("turn_lead"),
                    turn_verbs=got("turn_verbs"),
                    turn_problems=got("turn_problems"),
                    turn_next=got("turn_next"),
                    name_suffixes=got("name_suffixes"),
                    due_words=got("due_words"),
                    plan_dates=got("plan_dates"),
                )
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise ReadError(f"词表 {p} 有误（{str(e)[:80]}）；每一项应是词语的列表") from None
    raise ReadError("找不到词表 words.toml；请重新安装 drafter")


@lru_cache(maxsize=1)
def leader_rx() -> str:
    return alternation(words().leaders)


@lru_cache(maxsize=1)
def causes_rx() -> re.Pattern[str]:
    w = words()
    pairs = [
        f"{re.escape(a)}[^{'。，,；;' if clause else '。'}]{{0,{gap}}}?{re.escape(b)}"
        for a, b, gap, clause in w.cause_pairs
    ]
    return compile("|".join([alternation(w.causes), *pairs]))


@lru_cache(maxsize=1)
def duty_acts_rx() -> re.Pattern[str]:
    return compile(alternation(words().duty_acts))


@lru_cache(maxsize=1)
def turn_rx() -> re.Pattern[str]:
    """A sentence that turns to the shortcomings or to next year (``readers.runon``)."""
    w = words()
    lead, verbs, problems = alternation(w.turn_lead), alternation(w.turn_verbs), alternation(w.turn_problems)
    return compile(
        rf"(?:[^。！？]{{0,60}}?{lead}[^。！？]{{0,40}}?{verbs}[^。！？]{{0,30}}?{problems})"
        r"|(?:20\d{2}\s*年(?:度)?(?:是|[，,]|[^。！？]{0,30}?(?:将|要)))"
        rf"|{alternation(w.turn_next)}"
    )


@lru_cache(maxsize=1)
def name_end_rx() -> re.Pattern[str]:
    """Words after 法制 that make it part of a name (a body, a course): up to 8 characters on, no punctuation."""
    return compile(rf"[^，。；：、,;:！？）)”》\s]{{0,8}}?{alternation(words().name_suffixes)}")


@lru_cache(maxsize=1)
def plan_dates_rx() -> re.Pattern[str]:
    return compile(alternation(words().plan_dates))
