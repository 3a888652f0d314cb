"""A cue inside a slogan reports nothing (``Judge.in_slogan``). The slogans of a paragraph are found once
per paragraph, so a paragraph of many cues costs one pass per slogan pattern, not one search per cue
(a 1 MB paragraph of item keywords took 9 s, six of them in 4.8 million windowed searches)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import checklists
from drafter.checks import evidence
from drafter.checks.evidence import SLOGAN_REACH, Judge

_PIECES = [
    "主要领导亲自抓",
    "有部署",
    "以",
    "为指导",
    "同部署、同推进",
    "发挥",
    "作用",
    "法治",
    "，",
    "。",
    "规范性文件",
    "合法性审查",
    "开展",
    "学习《",
    "》",
    "局长办公会",
    "习近平法治思想",
]


def _windowed(judge: Judge, text: str, start: int, end: int) -> bool:
    """The definition before spans were kept, each pattern tried at every place at most the reach before the cue
    (overlapping matches included): a slogan covering the cue; or a scope (``[evidence] scopes``) ending where it does."""
    places = range(max(0, start - SLOGAN_REACH), start + 1)
    if any((m := rx.match(text, p)) is not None and end <= m.end() for rx in judge._each for p in places):
        return True
    return any(
        (m := rx.match(text, p)) is not None and m.end() == end for rx in judge._scope_spans._rxs for p in places
    )


def test_a_scope_ending_at_the_cue_is_the_windowed_search_too() -> None:
    """Hypothesis's find once the scopes were added (the reference knew only the slogans)."""
    judge = Judge(checklists.load("base").evidence)
    text = "有部署规范性文件合法性审查"
    assert judge.in_slogan(text, 8, 13) is _windowed(judge, text, 8, 13) is True


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.data())
def test_in_slogan_is_the_windowed_search(pieces: list[str], data: st.DataObject) -> None:
    judge = Judge(checklists.load("base").evidence)
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert judge.in_slogan(text, start, end) == _windowed(judge, text, start, end)


def test_a_paragraph_of_many_cues_is_scanned_once_per_slogan(monkeypatch: pytest.MonkeyPatch) -> None:
    judge = Judge(checklists.load("base").evidence)
    text = "把法治政府建设作为首要政治任务，开展合法性审查，" * 2000
    calls: list[str] = []
    real = evidence._overlapping

    def counted(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
        calls.append(text)
        return real(rx, text)

    monkeypatch.setattr(evidence, "_overlapping", counted)
    cues = [m.span() for m in re.finditer("法治政府建设|合法性审查", text)]
    inside = [judge.in_slogan(text, s, e) for s, e in cues]
    assert len(cues) == 4000
    scopes = checklists.load("base").evidence.scopes
    assert len(calls) == len(judge._each) + len(scopes)  # one pass per slogan (and scope) pattern for the paragraph
    assert inside[0] and not inside[1]  # the slogan names nothing; the review is reported
