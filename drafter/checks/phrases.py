"""Fixed phrases of 公文 and of 法治 work written one character off: one dropped inside it (现将关情况 for
现将有关情况, 全国一方阵 for 全国第一方阵), two inside it swapped, or its second character typed ahead of it
after a verb (推进法合法性审查, 坚持法依法治乡: the stray 法 makes no word with the verb).

A phrase's first two and last two characters are never the bent ones: they anchor it, so a bent form is
read as this phrase and no other. A bent form that is itself a phrase of the table, a piece of one, or a
right phrase of its own (``fixed_phrases_right``) is not looked for. The phrases are data
(``checklists/typos.toml``); a paragraph is read once, by one alternation of every bent form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..hanzi import simplified
from ..lazyre import compile
from ..vocab import load, word_list
from .fixedterms import bent_terms
from .results import WARNING, Local
from .rule import Rule, Scope

FILE = "typos.toml"
SEEN = ("body", "title", "addressee", "closing")
ANCHOR = 2  # characters at each end of a phrase that are never the bent ones
DROPPED, SWAPPED, AHEAD = "少了一个字", "颠倒了两个字", "前面多敲了“{}”字"

BENT_PHRASE = Rule(
    "bent-phrase",
    "固定用语少字、多字",
    Scope.PARAGRAPH,
    {WARNING: "固定用语中间少了一个字、颠倒了两个字，或动词后先多敲了用语的一个字（现将关情况、推进法合法性审查）"},
)


@dataclass(frozen=True)
class Phrases:
    """``typos.toml``'s fixed phrases, the right phrases a bent form may be, and the verbs a typed-ahead
    character follows."""

    phrases: tuple[str, ...]
    right: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bent:
    """A bent form: the phrases it may be a slip of and how it is bent."""

    phrases: tuple[str, ...]
    how: str


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    return load(FILE, _phrases)


def _phrases(data: dict[str, Any], p: Path) -> Phrases:
    try:
        found = word_list(data.get("fixed_phrases", []))
        right = word_list(data.get("fixed_phrases_right", []))
        verbs = word_list(data.get("typed_ahead_after", []))
        if any(len(w) < 3 for w in found):
            raise TypeError("fixed_phrases 每项至少三个字")
    except TypeError as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；fixed_phrases、fixed_phrases_right、typed_ahead_after 是词语的列表"
        ) from None
    return Phrases(found, right, verbs)


def bent_forms(p: Phrases) -> dict[str, Bent]:
    """Every bent form of every phrase: an inner character dropped (phrases of five characters and more),
    two inner ones swapped, the second typed ahead of it. A form that stands inside a phrase of the table
    or a right phrase is left out: it is written right somewhere."""
    found: dict[str, dict[str, str]] = {}
    for ph in p.phrases:
        for i in range(ANCHOR, len(ph) - ANCHOR):
            found.setdefault(ph[:i] + ph[i + 1 :], {}).setdefault(ph, DROPPED)
        for i in range(ANCHOR, len(ph) - ANCHOR - 1):
            found.setdefault(ph[:i] + ph[i + 1] + ph[i] + ph[i + 2 :], {}).setdefault(ph, SWAPPED)
        found.setdefault(ph[1] + ph, {}).setdefault(ph, AHEAD.format(ph[1]))
    whole = (*p.phrases, *p.right)
    return {
        form: Bent(tuple(by), next(iter(by.values())))
        for form, by in found.items()
        if not any(form in w for w in whole)
    }


@lru_cache(maxsize=4)
def _forms_rx(p: Phrases) -> tuple[re.Pattern[str], dict[str, Bent]] | None:
    forms = bent_forms(p)
    if not forms:
        return None
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return compile(alternation), forms


@BENT_PHRASE.check_paragraphs(SEEN)
def _bent_phrases(written: str, _: object) -> Iterator[Local]:
    p = phrases()
    got = _forms_rx(p)
    if got is None:
        return
    rx, forms = got
    text = simplified(written)  # the same length: offsets hold
    terms: tuple[tuple[int, int, object], ...] | None = None
    for m in rx.finditer(text):
        bent = forms[m.group()]
        ahead = bent.how not in (DROPPED, SWAPPED)
        if ahead and not text.endswith(p.verbs, 0, m.start()):
            continue  # 执法依法……, 普法依法治理: the character ends the word before it
        terms = bent_terms(text) if terms is None else terms
        if any(s < m.end() and m.start() < e for s, e, _ in terms):
            continue  # a fixed term of names.toml bent so: wording's finding
        right = "”或“".join(bent.phrases)
        message = f"改为“{right}”：“{written[m.start() : m.end()]}”{bent.how}"
        yield BENT_PHRASE.local(m.start(), m.end(), WARNING, message)


__all__ = ["BENT_PHRASE", "Bent", "Phrases", "bent_forms", "phrases"]
