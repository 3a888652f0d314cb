"""Last year's promises: the plan items of a report as commitments, and whether a text reports on one.

Commitment matching, used by the check (``commitments``: was each promise reported?) and by drafting
(``rollforward`` keeps the promises in a draft as a comment, ``format_commitments``). A promise counts
as reported when a text names enough of its content words, a synonym standing for a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lazyre import Lazy
from ..model import Block
from ..patternwords import enumerator_rx
from ..wordrx import common_words


@dataclass(frozen=True)
class Commitment:
    """One promise from last year's plan, to be reported on this year."""

    text: str

    @property
    def prompt(self) -> str:
        return f"去年承诺：{self.text}；请报告落实情况"


_SENTENCE_END = Lazy(r"[。；;！？]")
MAX_COMMITMENT = 40


def _clip(text: str) -> str:
    text = text.strip(" ，,。；;：:")
    return text if len(text) <= MAX_COMMITMENT else text[:MAX_COMMITMENT] + "……"


def _clauses(text: str) -> list[str]:
    """'一是A。二是B。' → ['A', 'B'] (each up to its first sentence end)."""
    parts = enumerator_rx().split(text)
    return [_clip(_SENTENCE_END.split(p, 1)[0]) for p in parts[1:] if p.strip()]


def commitments(plan: list[Block]) -> list[Commitment]:
    """Last year's plan → commitments: its item headings, else its 一是…二是… clauses.

    ``plan`` is the plan part's blocks (PartResult.blocks), its own heading first.
    """
    top = min((b.level for b in plan if b.kind == "heading"), default=0)
    items = [b for b in plan if b.kind == "heading" and b.level > top]
    found: list[str] = [_clip(b.title) for b in items]
    if not found:
        for b in plan:
            if b.kind == "paragraph":
                found += _clauses(b.text)
    if not found:  # a numbered list written as paragraphs ("1.充分发挥……；")
        found = [_clip(_SENTENCE_END.split(b.title, 1)[0]) for b in plan if b.kind == "paragraph" and b.number]
    seen: set[str] = set()
    out: list[Commitment] = []
    for t in found:
        if t and t not in seen:
            seen.add(t)
            out.append(Commitment(t))
    return out


_CJK_RUN = Lazy(r"[\u4e00-\u9fff]+")


def keywords(text: str) -> set[str]:
    """Character bigrams of the Chinese text, minus the boilerplate ones."""
    grams: set[str] = set()
    for run in _CJK_RUN.findall(text):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    common = common_words()  # words.toml: common_words and lead_verbs
    return {g for g in grams if g not in common and not any(g in w for w in common if len(w) > 2)}


_FUNCTION = "的和与及等、并把对在从向为了将以"


def content_words(text: str, keep: tuple[str, ...] = ()) -> list[str]:
    """See ``_content_words`` (kept: every check asks again for every promise's words)."""
    return list(_content_words(text, keep))


@lru_cache(maxsize=4096)
def _content_words(text: str, keep: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The commitment's content words: its Chinese runs with the words every report uses
    (``words.toml`` common_words and lead_verbs) and function characters cut out ("完善规范性文件审核机制" → ["规范性文件审核"]).
    Words in ``keep`` (the synonym data) are never cut into, nor a common word that makes a noun
    with 性 (规范性文件)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        held = [w for w in sorted(keep, key=len, reverse=True) if len(w) >= 2 and w in run]
        for i, w in enumerate(held):
            run = run.replace(w, f"\x00{i}\x01")
        for w in sorted(common_words(), key=len, reverse=True):
            run = re.sub(re.escape(w) + "(?!性)", " ", run)
        for ch in _FUNCTION:
            run = run.replace(ch, " ")
        for i, w in enumerate(held):
            run = run.replace(f"\x00{i}\x01", w)
        out += [f for f in run.split() if len(f) >= 2 and f not in out]
    return tuple(out)


def found_word(word: str, text: str, synonyms: tuple[tuple[str, ...], ...]) -> bool:
    """A content word is in ``text`` as written, with a synonym in its place (行政复议 → 复议案件…), or
    reordered (most of its two-character pieces: 审核规范性文件 for 规范性文件审核)."""
    if word in text:
        return True
    for group in synonyms:
        for w in group:
            if w in word and any(word.replace(w, alt) in text for alt in group if alt != w):
                return True
    if len(word) >= 5:
        grams = {word[i : i + 2] for i in range(len(word) - 1)}
        return sum(1 for g in grams if g in text) / len(grams) >= 0.75
    return False


def covered(c: Commitment, text: str, threshold: float = 0.5, synonyms: tuple[tuple[str, ...], ...] = ()) -> bool:
    """Whether ``text`` (this year's measures) names enough of the commitment's content words
    (``synonyms``: groups of words that stand for each other, the checklist's ``[[synonyms]]``)."""
    want = content_words(c.text.rstrip("…"), tuple(w for g in synonyms for w in g))
    if not want:
        return False
    have = sum(1 for w in want if found_word(w, text, synonyms))
    return have >= 1 and have / len(want) >= threshold


# ------------------------------------------------------------ kept in the draft

_MARK = "drafter:commitments"
_BLOCK = Lazy(r"<!--\s*" + re.escape(_MARK) + r"\s*\n")  # the block runs to the next -->


def format_commitments(cs: list[Commitment]) -> str:
    """An HTML comment that keeps the commitments in the draft; readers skip comments."""
    if not cs:
        return ""
    lines = [f"<!-- {_MARK}", *(f"- {c.text.replace('--', '—')}" for c in cs), "-->"]
    return "\n".join(lines)


def parse_commitments(text: str) -> list[Commitment]:
    m = _BLOCK.search(text)
    end = text.find("-->", m.end()) if m else -1
    if m is None or end < 0:  # unclosed: like any unclosed comment, not a block (one search, not one per opener)
        return []
    return [Commitment(line[2:].strip()) for line in text[m.end() : end].split("\n") if line.startswith("- ")]


__all__ = [
    "Commitment",
    "commitments",
    "content_words",
    "covered",
    "format_commitments",
    "found_word",
    "keywords",
    "parse_commitments",
]
