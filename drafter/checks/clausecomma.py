"""Two clauses written as one: a clause whose verb has taken its object (执行……制度, 组织……学习, 纳入……清单),
then straight on, with no mark, a word that only opens a clause of its own.

GB/T 15834—2011 4.4.3 (逗号: the pause between the clauses of a sentence) and 4.1 (句号: a statement's end):
where one act is told to its object and the next begins, a mark stands between them. The next clause is
known by its first word (``typos.toml`` [clause_comma]): a preposition opening its adverbial (按照、根据), 将 or
把 bringing its object, a title or a quoted word, forward (将《……》……学习), or a verb of a new act (召开、
印发). The first clause by its verb and the head word of its object (制度、机制、学习、清单), near together.

Verbs may follow one another with no mark in Chinese (连动句: 组织……学习召开……): where the next word is a verb
the finding is an info that says readers differ; a preposition or 将《 cannot go on the clause before, a warning.
Never inside a title or quotation marks (cited as written, also where the quotation opens after the first
verb: 落实“……制度按照规定……”), nor where the word after the opener makes the
clause before its subject (制度出台后, 机制建立以来).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import compile
from ..text import cited
from ..vocab import alternation, load, word_list
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN

GAP = 16  # characters at most between the first verb and its object's head word: one clause, not two

CLAUSE_COMMA = Rule(
    "clause-comma",
    "两个分句之间漏了标点",
    Scope.PARAGRAPH,
    {
        WARNING: "一个分句说完，下一分句以介词或“将《”开头，中间没有标点（“落实……制度根据排班表处置”）",
        INFO: "一个分句说完，下一分句以另一件事的动词开头，中间没有标点（连动句，看法不一）",
    },
)


@dataclass(frozen=True)
class ClauseComma:
    """``typos.toml`` [clause_comma]: the first clause's verbs and its object's head words; the words that open
    the next clause (``openers``: a preposition, a warning; ``verbs``: a verb of a new act, an info; ``fronted``:
    将/把 before a title or a quoted word); ``not_after``: words after an opener that make it the predicate of
    the clause before (制度出台后)."""

    firsts: tuple[str, ...]
    not_before: tuple[str, ...]
    objects: tuple[str, ...]
    openers: tuple[str, ...]
    verbs: tuple[str, ...]
    fronted: tuple[str, ...]
    not_after: tuple[str, ...]


@lru_cache(maxsize=1)
def clause_comma() -> ClauseComma:
    return load(FILE, _clause_comma)


def _clause_comma(data: dict[str, Any], p: Path) -> ClauseComma:
    try:
        t = data["clause_comma"]
        keys = ("firsts", "not_before", "objects", "openers", "verbs", "fronted", "not_after")
        c = ClauseComma(*(word_list(t[k]) for k in keys))
        if any(len(ch) != 1 for ch in c.not_before):
            raise TypeError("not_before 是单字")
        return c
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[clause_comma] 要有 firsts、not_before、objects、openers、verbs、fronted、"
            "not_after 七个词表"
        ) from None


@lru_cache(maxsize=2)
def _rx(c: ClauseComma) -> re.Pattern[str]:
    """The first verb (not the end of a longer word: 党组织), its object up to a head word (a closing quote may
    follow it), and the next clause's first word: group ``obj`` ends the clause, ``open`` opens the next."""
    gap = rf"[^，,。；;：:！？!?、《》（）()\s]{{1,{GAP}}}?"
    behind = "".join(re.escape(ch) for ch in c.not_before)
    first = rf"(?<![{behind}]){alternation(c.firsts)}" if behind else alternation(c.firsts)
    words = alternation(c.openers + c.verbs)
    fronted = rf"{alternation(c.fronted)}(?=[《“])"
    return compile(
        rf"(?P<first>{first}){gap}(?P<obj>{alternation(c.objects)})[”’]?"
        rf"(?P<open>{fronted}|{words}(?!{alternation(c.not_after)}))"
    )


def _objects(text: str) -> bool:
    """A head word of an object in the paragraph: else no first clause to end."""
    return any(o in text for o in clause_comma().objects)


@CLAUSE_COMMA.check_paragraphs(SEEN, where=_objects)
def _joined(text: str, key: object) -> Iterator[Local]:
    c = clause_comma()
    for m in _rx(c).finditer(text):
        first = text[m.start() : m.start("open")]
        if cited(text, m.start()) or first.count("“") > first.count("”"):
            continue  # cited as written, or the opener inside a quotation the first clause opens
        opener, at = m["open"], m.start("open")
        severity = INFO if opener in c.verbs else WARNING
        said = f"“{m['first']}……{m['obj']}”" if at - m.start() > len(m["first"]) + len(m["obj"]) + 1 else ""
        said = said or f"“{text[m.start() : at]}”"
        if severity == INFO:
            message = f"请在“{opener}”前加逗号：{said}已说完一件事（连动句，看法不一，可忽略）"
        else:
            message = f"请在“{opener}”前加逗号（或句号）：{said}已说完一句"
        yield CLAUSE_COMMA.local(m.start(), at + len(opener), severity, message)


__all__ = ["CLAUSE_COMMA", "ClauseComma", "clause_comma"]
