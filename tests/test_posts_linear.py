"""owners.posts_only reads a long series of posts (明确由书记为组长，局长为副组长，……: a one-line web copy's one
sentence) a bounded number of times a clause, not once per person named back to the giver: each person's walk back
stops at a clause an earlier walk judged. Held by the clauses looked back to, never a time."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import owners
from drafter.checks.evidence import judge_for
from drafter.wordrx import own_titles, superior_levels

UNIT = "青禾县司法局"


def _looks(n: int, monkeypatch: pytest.MonkeyPatch) -> tuple[bool, int]:
    judge = judge_for(checklists.load("department").evidence, 2024, superior_levels(UNIT), own_titles(UNIT), UNIT)
    text = "成立法治建设领导小组，明确由局党组书记为组长，" + "局长为副组长，" * n + "各股室负责人为成员。"
    looks = 0
    real = owners.clause_start

    def counted(t: str, s: int, at: int) -> int:
        nonlocal looks
        looks += 1
        return real(t, s, at)

    monkeypatch.setattr(owners, "clause_start", counted)
    return owners.posts_only(judge, text, 0, len(text)), looks


def test_a_long_series_of_posts_is_walked_back_once(monkeypatch: pytest.MonkeyPatch) -> None:
    given, short = _looks(200, monkeypatch)
    assert given  # every 局长 holds a post the one giver gave
    again, long = _looks(400, monkeypatch)
    assert again
    assert long <= 2.2 * short, (short, long)  # linear in the clauses (quadratic: 40,401 → 160,801)
