"""Two sentences written as one: a word that only ever opens a sentence, a clause or a list's item, written
right after the last character of the words before it, with no mark between.

GB/T 15834—2011 4.1 (句号: a statement's end) and 4.4/4.6 (逗号, 分号 between clauses and list items): a
sentence that ends takes its mark. Some words open a sentence and nothing else, so where one stands right
after a character the mark before it was dropped (``typos.toml`` [run_on]):

- the cover sentence's lead (现将……报告如下, ``words.toml`` cover_leads) — 候选地区第一现将……报告如下;
- a list's later label (二是, 三是……) — two items run together, 一是加强学习二是完善制度; only where the list's
  label before it stands in the paragraph (一是 run on after a heading or a comma is ``enummarks``');
- a year with its comma, the time of a new statement (2025年，召开……) — 严格执行四项程序2025年，召开……;
- the closing formula (特此报告).

Never where the characters before make a word with it (实现将, 统一是, 之一是, 到2025年，) or introduce the list
(比如一是), nor in a paragraph a copy joined from several lines (a heading's number inside it: 保障。二、主要做法
(一)……): there the page, not the writer, lost the break.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..organs import is_organ_name
from ..text import CJK, CN_DIGITS, last_of, next_of
from ..vocab import alternation, load, word_list, words
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .slips import FILE

SHOWN = 6  # characters before the join a message shows
_HANZI = Lazy(rf"[{CJK}]")
_LABEL = Lazy(rf"(?<=[{CJK}])([{CN_DIGITS}])是")
_INNER_HEADING = Lazy(
    rf"(?<=[。；;：:！？!?\s])(?:[{CN_DIGITS}]{{1,3}}、|[（(][{CN_DIGITS}]{{1,3}}[）)]|\d{{1,2}}[.．、](?!\d))"
)
_CLAUSE_END = "。；;：:！？!?"
_YEAR_OPEN = Lazy(r"20\d\d年")
_LIST_LABEL = Lazy(rf"^(?:[{CN_DIGITS}]是|首先|其次|[（(][{CN_DIGITS}\d]{{1,2}}[）)]|[{CN_DIGITS}\d]{{1,2}}[、.．])")
MIN_STATEMENT = 8  # characters of the sentence before a spliced year: a statement, not a heading's words
_ANY_MARK = "，,、。；;：:！？!?"
_SPACES = Lazy(r"\s*")
HEAD = 64  # characters of a sentence's start read for its list label and opening word
NAME_LOOK = 64  # characters of a clause read as an organ's name at most (organs.is_organ_name takes 2–20)

JOINED_SENTENCES = Rule(
    "joined-sentences",
    "两句话连在一起，漏了标点",
    Scope.PARAGRAPH,
    {WARNING: "只用来开头的词（现将……如下、二是、“2025年，”、特此报告）紧接着上一句的末字，中间漏了标点"},
)


COMMA_SPLICE = Rule(
    "comma-splice",
    "一句话说完后用了逗号接着另起的一句",
    Scope.PARAGRAPH,
    {INFO: "前面的话已经说完，另起的一句“2025年，……”“今年以来，……”前用了逗号，宜用句号（看法不一）"},
)


@dataclass(frozen=True)
class RunOn:
    """``typos.toml``'s [run_on]: the closing formulas; the words whose last character makes a word with what
    follows (实现将, 统一是, 之一是); the words that introduce a list (比如一是); what may govern a year (到2025年，)."""

    closings: tuple[str, ...]
    lead_words: tuple[str, ...]
    label_words: tuple[str, ...]
    introducers: tuple[str, ...]
    year_before: tuple[str, ...]
    adverbials: tuple[str, ...] = ()
    sayings: tuple[str, ...] = ()
    time_openers: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def run_on() -> RunOn:
    return load(FILE, _run_on)


def _run_on(data: dict[str, Any], p: Path) -> RunOn:
    try:
        t = data["run_on"]
        keys = (
            "closings",
            "lead_words",
            "label_words",
            "introducers",
            "year_before",
            "adverbials",
            "sayings",
            "time_openers",
        )
        return RunOn(*(word_list(t[k]) for k in keys))
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[run_on] 的 closings、lead_words、label_words、introducers、year_before、"
            "adverbials、sayings、time_openers 是词语的列表"
        ) from None


@lru_cache(maxsize=2)
def _opener_rx(leads: tuple[str, ...], closings: tuple[str, ...]) -> re.Pattern[str]:
    """A cover lead going on to its 如下 within the sentence, or a closing formula, right after a character."""
    cover = rf"(?:{alternation(leads)})[^。；;！？!?\n]{{1,60}}?如下" if leads else "(?!)"
    return compile(rf"(?<=[{CJK}])(?:{cover}|{alternation(closings) if closings else '(?!)'})")


@lru_cache(maxsize=2)
def _time_rx(openers: tuple[str, ...]) -> re.Pattern[str]:
    """A year with its comma, or a time word that opens a statement with its comma (今年以来，), right after a
    character."""
    words_ = f"|{alternation(openers)}" if openers else ""
    return compile(rf"(?<=[{CJK}])(?:20\d\d年(?:以来|度|上半年|下半年|全年)?{words_})[，,]")


@lru_cache(maxsize=2)
def _spliced_rx(openers: tuple[str, ...]) -> re.Pattern[str]:
    """A comma, then a year or a time word with its comma (group 1): what opens a new statement."""
    words_ = f"|{alternation(openers)}" if openers else ""
    return compile(rf"[，,](20\d\d年(?:以来|度|上半年|下半年|全年)?{words_})[，,]")


@JOINED_SENTENCES.check_paragraphs(("body",))
def _joined(text: str, _: object) -> Iterator[Local]:
    return _joins(text, _list_labels(text))


@COMMA_SPLICE.check_paragraphs(("body",), where=lambda t: "，" in t or "," in t)
def _spliced(text: str, _: object) -> Iterator[Local]:
    return _splices(text, _list_labels(text))


def _list_labels(text: str) -> tuple[str, ...]:
    """The later labels of a list (二是, 三是……) whose predecessor stands before them in a paragraph: a list's item,
    not 是 after a numeral. (一是 after a character or a comma is ``enummarks``'.)"""
    return tuple(f"{n}是" for p, n in itertools.pairwise(CN_DIGITS) if f"{p}是" in text and f"{n}是" in text)


def _joins(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    if _joined_copy(text):
        return
    w = run_on()
    for m in _opener_rx(words().cover_leads, w.closings).finditer(text):
        if not _words_with(text, m.start(), w.lead_words) and not _organ_before(text, m.start()):
            yield _local(text, m.start(), m.group()[:2], "句号", "上一句")
    for m in _LABEL.finditer(text):
        label = m.group()
        if label in key and not _words_with(text, m.start(), w.label_words) and not _introduced(text, m.start(), w):
            if text[m.end() : m.end() + 1] == label[0]:
                continue  # 说一是一，说二是二: the saying, no list
            yield _local(text, m.start(), label, "分号", "前一项")
    for m in _time_rx(w.time_openers).finditer(text):
        if _new_statement(text, m.start(), w):
            yield _local(text, m.start(), m.group()[:-1], "句号", "上一句")


def _splices(text: str, key: object) -> Iterator[Local]:
    """A statement said to its end, then a comma and a year or a time word with its comma, which only opens a
    new one (……并按季度评查，2025年，局机关……; ……运转顺畅，今年以来，……). (A comma before a list's 一是 is ``enummarks``'.)"""
    assert isinstance(key, tuple)
    if _joined_copy(text):
        return
    w = run_on()
    for m in _spliced_rx(w.time_openers).finditer(text):
        if _said(text, m.start(), w):
            shown = _before(text, m.start()) + text[m.start() : m.end(1)]
            message = f"可把“{shown}”中的逗号改为句号：前一句已说完（看法不一，可忽略）"
            yield COMMA_SPLICE.local(m.start(), m.end(1), INFO, message)


def _said(text: str, at: int, w: RunOn) -> bool:
    """Whether the sentence before the comma at ``at`` is a statement said to its end: it opens with no
    adverbial (按照……，2023年，is its subject's time), no year of its own (2024年……，2025年……: years compared),
    and its last clause is no verb of saying, whose object the year's clause is (报告显示，2023年，……). Read at
    its two ends only (a sentence of a one-line copy runs long: no copy of it for each year)."""
    start = last_of(text, _CLAUSE_END, at) + 1
    spaces = _SPACES.compiled.match(text, start, min(at, start + HEAD))
    i = spaces.end() if spaces else start
    label = _LIST_LABEL.compiled.match(text[i : min(at, i + HEAD)])
    j = i + (label.end() if label else 0)
    if at - j < MIN_STATEMENT or text.startswith(w.adverbials, j, at) or _YEAR_OPEN.compiled.match(text, j, at):
        return False
    return not text.endswith(w.sayings, j, at)


def _local(text: str, at: int, word: str, mark: str, ended: str) -> Local:
    """The act first (the mark to add, before which word), then the words that end the sentence or item before."""
    before = _before(text, at)
    message = f"请在“{word}”前加{mark}：“{before}”是{ended}的末尾"
    return JOINED_SENTENCES.local(max(0, at - 2), at + len(word), WARNING, message)


def _before(text: str, at: int) -> str:
    """The words a message shows before ``at``: up to ``SHOWN`` characters, none before a mark (a comma shown
    there would make "the comma" of the message two)."""
    start = max(0, at - SHOWN)
    return text[max([start] + [i + 1 for i in range(start, at) if text[i] in _ANY_MARK]) : at]


def _joined_copy(text: str) -> bool:
    """Whether the paragraph holds a heading's number after its start: a copy that lost the page's line breaks
    (保障。二、主要做法(一)加强……), where a heading run into its text is the page's, not the writer's."""
    return _INNER_HEADING.search(text, 1) is not None


def _words_with(text: str, at: int, compounds: tuple[str, ...]) -> bool:
    """Whether the characters before ``at`` and the one at it make one of ``compounds`` (实现将, 统一是)."""
    return any(text.startswith(c, at - len(c) + 1) for c in compounds if len(c) > 1 and at >= len(c) - 1)


def _introduced(text: str, at: int, w: RunOn) -> bool:
    """Whether a word that introduces the list stands right before its label (比如一是, 主要是)."""
    return any(text.endswith(i, 0, at) for i in w.introducers)


def _organ_before(text: str, at: int) -> bool:
    """Whether the clause before ``at`` is only an organ's name: a page's label (机构名称: 某街道) run into the
    text, not a sentence of the writer's. A clause longer than ``NAME_LOOK`` is none (a name is 2–20 characters):
    it is not read."""
    start = last_of(text, _CLAUSE_END, at) + 1
    return at - start <= NAME_LOOK and is_organ_name(text[start:at].strip())


def _new_statement(text: str, at: int, w: RunOn) -> bool:
    """Whether the year at ``at`` opens a new statement after a clause of the paragraph's own: not governed by
    the word before it (到2025年，, 至2020年，), and the paragraph holds a clause before (a heading's words run
    into the text at a line's start are no sentence), which is not an organ's name (a page's label)."""
    if any(text.endswith(g, 0, at) for g in w.year_before):
        return False
    marked = 0 <= next_of(text, _ANY_MARK, 0) < at  # the paragraph's first mark: found once for a long one
    return marked and not _organ_before(text, at) and bool(_HANZI.match(text[at - 1 : at]))


__all__ = ["COMMA_SPLICE", "JOINED_SENTENCES"]
