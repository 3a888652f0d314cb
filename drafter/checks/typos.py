"""Slips of the pen a careful reader flags: a 、 that splits a compound, a fixed 公文 formula short of a character.

The words are data (``checklists/typos.toml``); each check reads one paragraph at a time and is linear in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..checklists import search_dirs
from ..errors import ReadError
from ..hanzi import reading, simplified, without_pinyin
from ..lazyre import compile
from ..model import RUNNING
from ..organs import UNIT_SUFFIX
from ..unittype import subject
from ..vocab import load, word, word_list
from .results import WARNING, Local
from .rule import Rule, Scope

FILE = "typos.toml"
_SEEN = ("body", "title", "addressee", "closing")


@dataclass(frozen=True)
class Formula:
    """A fixed formula and the ways of writing it one character short that are slips."""

    right: str
    end: str  # the marks that follow it ("：")
    bent: tuple[str, ...]  # each form one character short or two swapped, less the right and skipped ones
    also: tuple[str, ...]  # other right forms: a bent form that ends one of them is right


@dataclass(frozen=True)
class Body:
    """A body a unit of ``type`` does not have (a township has no 党组) and what it has instead."""

    type: str
    wrong: str
    right: str
    own: tuple[str, ...]
    others: tuple[str, ...]
    exceptions: tuple[str, ...]
    bare: bool = True  # after no body's name at all, it is the unit's own
    name: str = ""  # how a message names this kind of unit (乡镇、街道)
    units: tuple[str, ...] = ()  # only a unit whose name ends so (街道办事处): empty, any unit of ``type``
    # a bare one (after no body's name) is the unit's own also where the text names one of ``bare_if`` (its
    # right body: 党工委, 局党组) and one of ``bare_before`` follows it (中心组): one text mixing two names
    bare_if: tuple[str, ...] = ()
    bare_before: tuple[str, ...] = ()
    # a bare one followed by one of these is the unit's own even where the text names no right body (a 街道's
    # 党委理论学习中心组: whose study group would a street's report follow but its own)
    own_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class Typos:
    compounds: frozenset[str]
    longest: int  # the longest compound's length
    formulas: tuple[Formula, ...]
    bodies: tuple[Body, ...]
    guidance: tuple[str, ...] = ()  # 在……领导下: the verbs of a sentence's opening 在……下 (领导, 指导)
    # words after a unit's name written again that make it another subject's start (我局执法人员, 县政府常务会议)
    other_subjects: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def typos() -> Typos:
    """``typos.toml``: the first in the checklist folders (``DRAFTER_CHECKLISTS`` first), the shipped entries
    for what it lacks."""
    return load(FILE, _typos)


def _typos(data: dict[str, Any], p: Path) -> Typos:
    try:
        compounds = frozenset(word_list(data["compounds"]))
        formulas = tuple(_formula(f) for f in _tables(data["formulas"]))
        bodies = tuple(
            Body(
                word(b["type"]),
                word(b["wrong"]),
                word(b["right"]),
                word_list(b.get("own", [])),
                word_list(b.get("others", [])),
                word_list(b.get("exceptions", [])),
                _flag(b.get("bare", True)),
                word(b.get("name", b["type"])),
                word_list(b.get("units", [])),
                word_list(b.get("bare_if", [])),
                word_list(b.get("bare_before", [])),
                word_list(b.get("own_before", [])),
            )
            for b in _tables(data["bodies"])
        )
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；compounds 是词语的列表，formulas 每项要有 right，bodies 每项要有 type、wrong、right"
        ) from None
    guidance, others = word_list(data.get("led_by", [])), word_list(data.get("led_by_others", []))
    longest = max((len(w) for w in compounds), default=0)
    return Typos(compounds, longest, formulas, bodies, guidance, others)


def _flag(v: object) -> bool:
    if not isinstance(v, bool):
        raise TypeError(f"bare {v!r} 不是 true 或 false")
    return v


def _tables(v: object) -> list[dict[str, Any]]:
    if not isinstance(v, list) or not all(isinstance(t, dict) for t in v):
        raise TypeError(f"{str(v)[:20]} 不是表的列表")
    return v


def _formula(f: dict[str, Any]) -> Formula:
    right = word(f["right"])
    skip = {right, *word_list(f.get("skip", []))}
    short = {right[:i] + right[i + 1 :] for i in range(len(right))}
    swapped = {right[:i] + right[i + 1] + right[i] + right[i + 2 :] for i in range(len(right) - 1)}
    bent = tuple(sorted((short | swapped) - skip))
    end = f.get("end", "")
    if not isinstance(end, str):
        raise TypeError(f"end {end!r} 不是标点")
    return Formula(right, end, bent, (right, *word_list(f.get("also", []))))


def _how(bent: str, right: str) -> str:
    return "少了一个字" if len(bent) < len(right) else "颠倒了两个字"


DOUBLED_SUBJECT = Rule(
    "doubled-subject",
    "主语写了两次",
    Scope.PARAGRAPH,
    {WARNING: "句首的主语在“在……领导下，”之后又写了一遍（青禾镇在镇党委坚强领导下，青禾镇坚持……）"},
)
SPLIT_WORD = Rule("split-word", "顿号拆开了词语", Scope.PARAGRAPH, {WARNING: "顿号落在一个机构名中间（镇党、委政府）"})
BENT_FORMULA = Rule(
    "bent-formula",
    "公文固定用语有误",
    Scope.PARAGRAPH,
    {WARNING: "固定用语少了一个字或颠倒了两个字（报如下、告报如下）"},
)


@SPLIT_WORD.check_paragraphs(_SEEN)
def _split_words(written: str, _: object) -> Iterator[Local]:
    t, text = typos(), simplified(written)  # the same length: offsets hold
    at = text.find("、")
    while at > 0:
        if (step := _move(text, at, t)) is not None:
            start, end = max(0, at - 3), min(len(text), at + 4)
            moved = list(written[start:end])  # the words shown, not the paragraph copied for each 、
            i, j = at - start, at + step - start
            moved[i], moved[j] = moved[j], moved[i]
            message = f"改为“{''.join(moved)}”：“{written[start:end]}”中顿号把词拆开了"
            yield SPLIT_WORD.local(at - 1, at + 2, WARNING, message)
        at = text.find("、", at + 1)


def _ends(text: str, t: Typos) -> bool:
    """Whether ``text`` ends with a compound."""
    return any(text[-n:] in t.compounds for n in range(2, min(t.longest, len(text)) + 1))


def _starts(text: str, t: Typos) -> bool:
    return any(text[:n] in t.compounds for n in range(2, min(t.longest, len(text)) + 1))


def _move(text: str, at: int, t: Typos) -> int | None:
    """Which way (1 or -1) the 、 at ``at`` moves one character to fall between two compounds, where it now
    splits one ("镇党、委政府" → "镇党委、政府"); None if it stands right or no such move mends it."""
    reach = t.longest + 2  # what _ends and _starts read: a window, not the paragraph copied for each 、
    left, right = text[max(0, at - reach) : at], text[at + 1 : at + 1 + reach]
    if len(left) < 2 or len(right) < 2 or (_ends(left, t) and _starts(right, t)):
        return None
    if _ends(left + right[0], t) and _starts(right[1:], t) and not _starts(right, t):
        return 1
    if _starts(left[-1] + right, t) and _ends(left[:-1], t) and not _ends(left, t):
        return -1
    return None


@BENT_FORMULA.check_paragraphs(_SEEN)
def _bent_formulas(written: str, _: object) -> Iterator[Local]:
    text, where = reading(written)  # a mirror's pinyin ("报(bào)告如下") is no character dropped
    for f in typos().formulas:
        for bent in f.bent:
            at = text.find(bent)
            while at >= 0:
                end = at + len(bent)
                if (end == len(text.rstrip()) or text[end] in f.end) and not any(
                    text[:end].endswith(a) for a in f.also
                ):
                    start, stop = where[at], where[end - 1] + 1
                    shown = without_pinyin(written[start:stop])
                    yield BENT_FORMULA.local(
                        start, stop, WARNING, f"改为“{f.right}”：固定用语“{shown}”{_how(bent, f.right)}"
                    )
                at = text.find(bent, at + 1)


@DOUBLED_SUBJECT.check_paragraphs(RUNNING, where=lambda t: "在" in t)
def _doubled_subjects(text: str, _: object) -> Iterator[Local]:
    """A sentence's subject written again after its 在……领导下，: 青禾镇在镇党委坚强领导下，青禾镇坚持……; the
    name written again is followed by what follows a unit as a subject (``units.toml`` subject_cues: 坚持, 认真,
    扎实), not by a body of its own (我局法规股, 青山县司法局公共法律服务中心)."""
    rx = _subject_rx(typos().guidance)
    if rx is None:
        return
    for m in rx.finditer(text):
        who = m["who"]
        if not (who.startswith(("我", "本")) or UNIT_SUFFIX.search(who)):
            continue  # 全县在……领导下，全县各级……: a place, not the unit; the second is another subject's start
        after = m.end("again")
        if text.startswith(typos().other_subjects, after) or not text.startswith(subject(search_dirs()).cues, after):
            continue  # 我局在……指导下，我局执法人员……/我局法规股……: the name owns the next subject
        message = f"请删去后一个“{who}”：“{who}”在“在……{m['verb']}下，”之后又写了一遍，主语重复"
        yield DOUBLED_SUBJECT.local(m.start("again"), m.end("again"), WARNING, message)


@lru_cache(maxsize=4)
def _subject_rx(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    if not verbs:
        return None
    verb = "|".join(map(re.escape, verbs))
    return compile(
        rf"(?:^|(?<=[。；！？]))\s*(?:20\d\d年度?[，,]?)?(?P<who>[\u4e00-\u9fff]{{2,15}}?)在[^。；，,]{{2,40}}?"
        rf"(?P<verb>{verb})下[，,]\s*(?P<again>(?P=who))"
    )


__all__ = ["BENT_FORMULA", "DOUBLED_SUBJECT", "SPLIT_WORD", "Typos", "typos"]
