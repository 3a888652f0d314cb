"""The list numbers of a paragraph (一是……二是……) read from what is found once a paragraph: the same answer as
reading the text again after and before each 一是 (the reference below, numbering as it was), and linear in a
one-line copy without a stop (each 一是 read to the end: 1,000 pieces 1 s, 4,000 pieces 21 s)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from drafter.checks import numbering
from drafter.vocab import words

from .conftest import count_calls

PIECES = [
    "一是",
    "二是",
    "三是",
    "一是一",
    "加强学习",
    "、",
    "，",
    "；",
    "。",
    "其中：",
    "包括",
    "“",
    "”",
    " ",
    "推进执法",
]


def _reference(text: str, before: int) -> tuple[list[tuple[int, int, int]], int]:
    """numbering._items as it read the text before: each quote, the text to the next stop, the text before."""
    stops = "；;。"
    quoted = [q.span() for q in re.finditer(r'“[^”]*”|"[^"]*"|「[^」]*」', text)]
    listed = numbering._listed()

    def ended(start: int, end: int) -> bool:
        return any(c in stops for c in text[start:end])

    def after_breakdown(m: re.Match[str]) -> bool:
        leads = words().breakdown_leads
        return text[: m.start()].rstrip().endswith(leads) if leads else False

    def inner(m: re.Match[str]) -> bool:
        if text[: m.start()].rstrip().endswith(words().inner_list_leads):
            return True
        stop = min((i for i in (text.find(c, m.end()) for c in stops) if i >= 0), default=len(text))
        return any(text[x.start() - 1] == "、" for x in listed.finditer(text, m.end(), stop))

    out: list[tuple[int, int, int]] = []
    outer_at = inner_at = -1
    inner_n, breakdown = 0, False
    for m in listed.finditer(text):
        n = numbering.value(m["n"])
        if n is None or text.startswith(m["n"], m.end()) or any(s <= m.start() < e for s, e in quoted):
            continue
        if inner_n and ended(inner_at, m.start()) and not (breakdown and n == inner_n + 1):
            inner_n = 0
        opens = n == 1 and outer_at >= 0 and (after_breakdown(m) or (not ended(outer_at, m.start()) and inner(m)))
        if inner_n or opens:
            breakdown = breakdown if inner_n else after_breakdown(m)
            out.append((m.start(), n, inner_n))
            inner_n, inner_at = n, m.start()
            continue
        out.append((m.start(), n, before))
        before, outer_at = n, m.start()
    return out, before


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 3))
def test_list_numbers_read_once_answer_as_read_again(pieces: list[str], before: int) -> None:
    text = "".join(pieces)
    items, last = numbering._items(text, before)
    assert ([(m.start(), n, prev) for m, n, prev in items], last) == _reference(text, before)


def test_a_long_sentence_of_numbered_items_is_read_once(monkeypatch: MonkeyPatch) -> None:
    """Each 一是 of a paragraph without a stop looks its later items up: the paragraph's items are found once,
    at 1,000 and at 4,000 pieces (each 一是 found them all again to the paragraph's end)."""
    finds = count_calls(monkeypatch, numbering, "_listed")
    for n in (1000, 4000):
        items, _ = numbering._items("一是加强学习，二是推进执法，三是化解纠纷，" * n, 0)
        assert len(items) == 3 * n
    assert len(finds) == 2, len(finds)  # once a paragraph (the old reading: once more for each 一是 after the first)
