"""A comma that cuts apart what grammar keeps together.

GB/T 15834—2011 4.4.3 lists where a comma stands inside a sentence: between clauses, after a long subject, after
an adverbial that opens the sentence, before a long object, and so on. Two places it names nowhere:

- between the object a 将/把 brings forward and its verb: 现将2025年法治政府建设情况，汇报如下 cuts 情况 from
  汇报 (现将……情况汇报如下) — the cover sentence's object and its verb (``covers.cover_spans``): a warning;
- between a short subject and its predicate: 在县委的领导下，青山县司法局，以……为目标 (or 我局，) cuts the unit
  from what it does. 4.4.3.2 allows a comma after a *long* subject (a phrase of several parts); a unit's name alone between an
  opening adverbial and its predicate is short, but readers differ on where long begins: an info that says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..organs import is_organ_name, is_unit_line
from ..text import last_of, next_of
from ..vocab import alternation, words
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .runin import run_in

MAX_SUBJECT = 16  # characters of a unit's name standing as a short subject (青山县林业和草原局)
SHOWN = 9  # characters of the name a message shows (the status line has 80 columns)
MIN_PREDICATE = 4  # characters of the clause after it: a predicate, not the list's next name
UNIT_LOOK = 64  # characters of that clause read for a unit's name at most (organs.is_unit_line takes 2–30)
_SENTENCE_END = "。；;！？!?：:"
_LIST_END = Lazy(r"等|和|及|与|共同|联合")  # where a list of units ends and their act begins
_CLAUSE = Lazy(rf"[，,]([^，,。；;！？!?：:、]{{2,{MAX_SUBJECT}}})[，,]")
# what a sentence's opening adverbial starts with: a subject after it stands at its comma (在……领导下，XX局，)
_ADVERBIAL = Lazy(r"(?:在|按照|根据|依据|遵照|为了|为|围绕|结合|随着|对照|对标|通过|近年来|一年来|今年以来|20\d\d年)")

SPLIT_COMMA = Rule(
    "split-comma",
    "逗号隔开了不该隔开的成分",
    Scope.PARAGRAPH,
    {
        WARNING: "“现将……情况，报告如下”：逗号把“将”提前的宾语和它的动词隔开了",
        INFO: "单位名称作主语，与谓语之间用了逗号（较短的主语后一般不用逗号，看法不一）",
    },
)


@lru_cache(maxsize=2)
def _cover_comma_rx(leads: tuple[str, ...]) -> re.Pattern[str]:
    """A cover sentence whose object is cut from its verb: 现将……情况，汇报如下 (group 1: the comma)."""
    lead = alternation(leads) if leads else "(?!)"
    return compile(
        rf"(?:{lead})[^。；;！？!?：:\n，,]{{2,60}}([，,])\s*(?:简要|专题)?(?:报告|汇报|总结|报送|通报|说明)如下"
    )


@SPLIT_COMMA.check_paragraphs(("body",), where=lambda t: "，" in t or "," in t)
def _split(text: str, key: object) -> Iterator[Local]:
    rx = _cover_comma_rx(words().cover_leads)
    for m in rx.finditer(text):
        before = text[max(m.start(), m.start(1) - 6) : m.start(1)]
        shown = f"{before}{m.group(1)}{text[m.end(1) : m.end()].strip()}"
        message = f"请删去“{shown}”中的逗号：它把“将”提前的宾语和动词隔开了"
        yield SPLIT_COMMA.local(m.start(1) - len(before), m.end(), WARNING, message)
    yield from _subject_commas(text)


def _subject_commas(text: str) -> Iterator[Local]:
    """A unit's name alone between a sentence's opening adverbial and its predicate (在……领导下，XX局，以……).
    Each sentence's opening is read once however many names follow in it, the predicate only to its first mark
    (``_Opening``): a one-line copy is no longer read from its start for each name."""
    at = 0
    opening = _Opening(text)
    while (m := _CLAUSE.search(text, at)) is not None:
        at = m.end(1)
        name = m.group(1).strip()
        if not _unit_named(name):
            continue
        nxt = next_of(text, "，,。；;、", m.end())
        nxt = (len(text) if nxt < 0 else nxt) - m.end()
        if nxt < MIN_PREDICATE or not opening.adverbial(last_of(text, _SENTENCE_END, m.start()) + 1, m.start()):
            continue
        if _lists_units(text[m.end() : m.end() + min(nxt, UNIT_LOOK)]):
            continue  # a list of units, not a subject
        shown = name if len(name) <= SHOWN else "…" + name[1 - SHOWN :]  # the name's end says the unit
        message = f"可删去“{shown}”后的逗号：主语较短，一般不点断（看法不一，可忽略）"
        yield SPLIT_COMMA.local(m.start(1), m.end(), INFO, message)


def _unit_named(name: str) -> bool:
    """Whether ``name`` names one unit: its name (青禾县司法局) or how it calls itself (我局, 镇政府); not a kind of
    units (各部门, 有关单位)."""
    if name in run_in().selves:
        return True
    return is_organ_name(name) and is_unit_line(name) and not name.endswith(("部门", "单位", "机关"))


def _lists_units(clause: str) -> bool:
    """Whether the clause after the name goes on with another unit (县司法局，县公安局等部门联合……): the names of a
    list (their own mark is another rule's), not a subject and its predicate."""
    head = _LIST_END.split(clause, maxsplit=1)[0]
    return is_unit_line(clause) or (head != clause and is_unit_line(head))


class _Opening:
    """Whether every clause of a sentence's opening is an adverbial (2024年，在县委的领导下): what stands before
    its subject. The clauses of one sentence are read once, from its start on, as later names ask about a longer
    opening: one that failed fails for every name after it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = -1  # the sentence read
        self.upto = 0  # where its clauses read so far end (a comma's offset)
        self.ok = True  # whether all of them are adverbials

    def adverbial(self, start: int, end: int) -> bool:
        if start != self.start:
            self.start, self.upto, self.ok = start, start - 1, True
        if self.ok and end > self.upto:
            clauses = self.text[self.upto + 1 : end].replace(",", "，").split("，")
            self.ok = all(_ADVERBIAL.match(c.strip()) for c in clauses)
            self.upto = end
        return self.ok


__all__ = ["SPLIT_COMMA"]
