"""The mark before 一是, the word that opens the first item of a list (一是……；二是……).

一是 starts an item: what stands before it is a lead-in that sums up the list — a heading, or a sentence
ending with the colon GB/T 15834—2011 4.7.3.1 puts after words that point to what follows (or a full stop:
the items as sentences of their own). So 一是 never follows a character directly (……依法行政水平一是健全……:
a heading or a lead-in run into the first item) nor a comma (……摆上重要议事日程，一是召开……: the lead-in and
the item read as one sentence's clauses).

Precision: 一 ending a word (统一 唯一 之一 第一 如一…, ``typos.toml`` [enumerators] word_ends) is no
enumerator; after a word that itself leads into examples (比如 例如 包括) the writer's omission is of another
kind. The run-on case is judged only where a paragraph's breaks are the text's: in a .docx or a draft a
heading set in bold may run into its text (the type, not a mark, ends it: ``runin.TYPESET``); a web copy's
run-on line the reader cut at 一是 holds no such pair. A heading's lead-in must be its title (up to ``LONGEST_LEAD``
characters, no mark but the comma between a title's two phrases: （一）法治思想引领持续强化，制度体系不断完善一是……):
a longer one, or one holding a full stop, is a copy's lines run together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..text import CJK, last_of
from ..vocab import load, word_list
from .context import Context
from .results import WARNING, Finding, Local
from .rule import Rule, Scope
from .runin import TYPESET
from .slips import FILE, seen

FIRST = "一是"
SHOWN = 12  # characters of the lead-in a message shows (messages fit 80 columns)
SHOWN_BEFORE = 6  # characters a message shows before the comma of ，一是 (messages fit 80 columns)
LONGEST_LEAD = 30  # characters of a heading's phrase before a run-on 一是; a longer run is a copy's lines
_COMMA = "，,"
_CLAUSE_ENDS = "，,。；;！？!?"  # in a paragraph, the lead-in is a clause after one of them
_MARK_CHARS = "，,。；;：:！？!?、（）()“”《》"
_MARKS = Lazy(f"[{_MARK_CHARS}]")
_HEADING_MARKS = Lazy(f"[{_MARK_CHARS.replace(_COMMA, '')}]")  # a heading's two phrases take a comma between them


@dataclass(frozen=True)
class Enumerators:
    """``typos.toml``'s [enumerators]: the characters a word ending in 一 has before it (统一, 唯一), and the
    words that lead into examples (比如一是…: another omission, not judged)."""

    word_ends: str
    leads: tuple[str, ...]


@lru_cache(maxsize=1)
def enumerators() -> Enumerators:
    return load(FILE, _enumerators)


def _enumerators(data: dict[str, Any], p: Path) -> Enumerators:
    try:
        t = data["enumerators"]
        ends = t["word_ends"]
        if not isinstance(ends, str):
            raise TypeError("word_ends 是一串汉字")
        return Enumerators(ends, word_list(t["leads"]))
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[enumerators] 的 word_ends 是一串汉字，leads 是词语的列表"
        ) from None


ENUMERATOR_MARK = Rule(
    "enumerator-mark",
    "“一是”前面漏了标点",
    Scope.PARAGRAPH,
    {
        WARNING: "“一是”开始列举的第一项，前面的总说部分应以冒号或句号结束（GB/T 15834 4.7.3.1），"
        "不能直接连着文字或用逗号（……水平一是健全……，……日程，一是召开……）"
    },
)


@ENUMERATOR_MARK.check
def enumerator_mark(ctx: Context) -> Iterator[Finding]:
    typed = ctx.doc.fmt in TYPESET
    keyed = [(b, (typed, len(b.number) if b.number else 0), ctx.part_of(b)) for b in seen(ctx) if FIRST in b.text]
    yield from ctx.paragraphs(ENUMERATOR_MARK, keyed, _unmarked)


def _unmarked(text: str, key: object) -> Iterator[Local]:
    """Each 一是 after a character or a comma in ``text`` (``key``: whether the format is typeset, the length of
    the paragraph's heading number)."""
    assert isinstance(key, tuple)
    typed, number = key
    w = enumerators()
    for m in _before_first(w.word_ends).finditer(text):
        before = m.group(1)
        if before in _COMMA:
            shown = " ".join(text[max(0, m.start(1) - SHOWN_BEFORE) : m.end()].split())
            message = f"请把“{shown}”中的逗号改为冒号或句号（GB/T 15834 4.7.3.1）"
            yield ENUMERATOR_MARK.local(m.start(1), m.end(), WARNING, message)
            continue
        lead = _lead(text, m.start(1) + 1, number)
        if typed or lead is None or lead.endswith(w.leads):
            continue
        message = f"请在“{_shown(lead)}”与“一是”之间加冒号或句号（GB/T 15834 4.7.3.1）"
        yield ENUMERATOR_MARK.local(m.start(1), m.end(), WARNING, message)


def _shown(lead: str) -> str:
    """The lead-in a message shows: whole up to ``SHOWN`` characters, else its end."""
    return lead if len(lead) <= SHOWN else "……" + lead[-SHOWN:]


@lru_cache(maxsize=4)
def _before_first(word_ends: str) -> re.Pattern[str]:
    """A character or a comma right before 一是 (group 1); not a word's 一 (统一是……)."""
    ends = re.escape(word_ends)
    return compile(rf"([{CJK}，,])(?<![{ends}]){FIRST}" if ends else rf"([{CJK}，,]){FIRST}")


def _lead(text: str, end: int, number: int) -> str | None:
    """The words before a run-on 一是 back to the sentence's start: the title after a heading's number (its
    phrases may stand apart by a comma), or the words of a paragraph's clause after its comma or full stop; None
    when a heading's title holds another mark or runs long (a copy's lines run together)."""
    if number:
        if end - number > LONGEST_LEAD:
            return None
        lead = text[number:end]
        return None if _HEADING_MARKS.search(lead) else lead
    last = last_of(text, _MARK_CHARS, end)  # the last mark before: one look, however many 一是 the paragraph holds
    if last < 0 or text[last] not in _CLAUSE_ENDS:
        return None  # after a heading's number or a bracket inside the line: a copy's headings run together
    lead = text[last + 1 : end]
    return lead if len(lead) >= 2 else None


__all__ = ["ENUMERATOR_MARK"]
