"""What a live re-check does again after one paragraph is edited: the work counted, never timed, for a draft of
12 paragraphs and of 36 — the same, so a re-check costs the edited paragraph, not the draft's length."""

from __future__ import annotations

import pytest

from drafter.app import drafts
from drafter.checks import Memo
from drafter.draft import split_front_matter, validate

from .test_memo import Draft, summary

PARAGRAPHS = [  # made-up measures, with words the checklist's wording and citations find
    "全年推进法制政府建设，召开专题会议3次。",
    "认真贯彻《法治政府建设实施纲要（2015－2020年）》，完善制度5项。",
    "全年办理行政复议案件12件，办结率100%。",
    "开展“法律进乡村”活动15场，覆盖群众3000余人次。",
]


def _patterns_tried(monkeypatch: pytest.MonkeyPatch, extra: int) -> tuple[list[str], int]:
    """The paragraphs in which a re-check after one edit searches the checklist's citations, names and wording
    (one entry's pattern a search), and the wording and outdated-citation findings, in a draft of twelve paragraphs
    and ``extra`` more."""
    from drafter.checks import checklisthits

    tried: list[str] = []
    matches = checklisthits._Found.matches
    monkeypatch.setattr(
        checklisthits._Found, "matches", lambda found, place: tried.append(found.text) or matches(found, place)
    )
    d = Draft()
    d.parts[0] = [f"{p}（第{i + 1}项）" for i, p in enumerate(PARAGRAPHS * 3)] + [
        f"本段是第{i + 1}段补充说明。" for i in range(extra)
    ]
    cl = drafts.checklist_for(validate(split_front_matter(d.text())[0]))  # type: ignore[arg-type]
    memo = Memo()
    drafts.run_check(d.text(), cl, memo=memo)
    assert len(set(tried)) >= 12 + extra  # a first check searches every paragraph
    tried.clear()
    d.parts[0][5] += "另外，组织执法人员培训2次。"
    warm = drafts.run_check(d.text(), cl, memo=memo)
    done = list(tried)
    assert summary(warm) == summary(drafts.run_check(d.text(), cl))  # as a cold check finds
    found = sum(f.rule in ("wording", "outdated-citation") for f in warm.findings)
    return done, found


def test_a_recheck_searches_the_checklists_patterns_in_the_edited_paragraph_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, found_small = _patterns_tried(monkeypatch, 0)
    large, found_large = _patterns_tried(monkeypatch, 24)
    assert set(small) == set(large) == {small[0]} and small[0].endswith("另外，组织执法人员培训2次。"), set(small)
    assert len(small) == len(large) >= 100  # every entry's pattern, once, in that paragraph
    assert found_small == found_large >= 6  # the rules still find what the other paragraphs hold
