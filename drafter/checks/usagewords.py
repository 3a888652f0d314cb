"""The words of redundancy and collocation (``checklists/usage.toml``): pairs of words that say one thing,
objects and the verbs that take them or not, and the words the look for a governing verb reads. A user's
file replaces the shipped tables it names; a key no entry has is a read error, not a silent loss."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..vocab import load, word, word_list
from .results import INFO, WARNING

FILE = "usage.toml"
SHAPES = {"none": 0, "figure": 3, "clause": 20, "sentence": 40}  # what lies between two words, its default reach
WINDOW = 24  # characters between a verb and its object


@dataclass(frozen=True)
class Pair:
    """Two words that say one thing, or two shapes run together (``[[redundant]]``)."""

    first: tuple[str, ...]
    second: tuple[str, ...]  # empty: ``first`` are whole phrases
    between: str
    window: int
    fix: str
    message: str
    severity: str
    tight: bool = False
    opens: bool = False
    ends: bool = False
    not_between: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    joins: str = ""  # characters a one-character first word ends a word with (合约, 续约): no first word there
    not_before: tuple[str, ...] = ()  # the gap's last words that make ``second`` a verb's (作为契机, 成为重点)
    word_ends: tuple[str, ...] = ()  # words the gap may end with whose end is no ``not_before`` (工作为契机)


@dataclass(frozen=True)
class Collocation:
    """Objects and the verbs that take them or not (``[[collocations]]``)."""

    objects: tuple[str, ...]
    right: tuple[str, ...]
    wrong: tuple[str, ...]
    fix: str
    severity: str
    nominal: bool = False
    window: int = WINDOW
    predicate: bool = True  # also the object as a subject, the verb its predicate (执法水平明显增强)
    instead: str = ""  # the object the written one is most often a slip for (提升依法行政权力: 能力), told too


@dataclass(frozen=True)
class Usage:
    pairs: tuple[Pair, ...]
    collocations: tuple[Collocation, ...]
    verbs: tuple[str, ...]
    leads: tuple[str, ...] = ()  # adverbs a clause may open with before its verb
    predicates: tuple[str, ...] = ()  # words before a verb that make it a subject's predicate (有待)
    modifier_marks: tuple[str, ...] = ("的",)  # the end of a modifier before an object (的, 等)
    degrees: tuple[str, ...] = ()  # adverbs between a subject and its predicate (明显, 得到, 不断)
    sentence_leads: tuple[str, ...] = ()  # what a sentence may open with before an opening word (2023年，)
    coordinators: tuple[str, ...] = ()  # words that join two objects of one verb (能力和水平)


@lru_cache(maxsize=1)
def usage() -> Usage:
    """``usage.toml``: the user's first (``DRAFTER_CHECKLISTS``), the shipped tables for what it lacks."""
    return load(FILE, _usage)


def _usage(data: dict[str, Any], p: Path) -> Usage:
    try:
        pairs = tuple(_pair(t) for t in _tables(data["redundant"]))
        collocations = tuple(_collocation(t) for t in _tables(data["collocations"]))
        verbs, leads = word_list(data["verbs"]), word_list(data.get("leads", []))
        predicates, marks = word_list(data.get("predicates", [])), word_list(data.get("modifier_marks", ["的"]))
        degrees = word_list(data.get("degrees", []))
        sentence_leads = word_list(data.get("sentence_leads", []))
        coordinators = word_list(data.get("coordinators", []))
    except (KeyError, TypeError, ValueError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[[redundant]] 每项要有 words 或 first、second，以及 fix、message；"
            "[[collocations]] 每项要有 objects、right、wrong、fix"
        ) from None
    return Usage(pairs, collocations, verbs, leads, predicates, marks, degrees, sentence_leads, coordinators)


def _tables(v: object) -> list[dict[str, Any]]:
    if not isinstance(v, list) or not all(isinstance(t, dict) for t in v):
        raise TypeError(f"{str(v)[:20]} 不是表的列表")
    return v


def _severity(t: dict[str, Any]) -> str:
    sev = t.get("severity", WARNING)
    if sev not in (WARNING, INFO):
        raise ValueError(f"severity {sev!r} 不是 warning 或 info")
    return str(sev)


def _flag(t: dict[str, Any], key: str) -> bool:
    v = t.get(key, False)
    if not isinstance(v, bool):
        raise TypeError(f"{key} {v!r} 不是 true 或 false")
    return v


PAIR_KEYS = frozenset(
    {"words", "first", "second", "between", "window", "fix", "message", "severity", "tight", "opens", "ends"}
    | {"not_between", "not_after", "except", "joins", "not_before", "word_ends"}
)
COLLOCATION_KEYS = frozenset(
    {"objects", "right", "wrong", "fix", "severity", "nominal", "window", "predicate", "instead"}
)


def _known(t: dict[str, Any], keys: frozenset[str]) -> None:
    """A key no entry has (a list written after the tables lands in the last one) is a mistake, not ignored."""
    if unknown := sorted(set(t) - keys):
        raise ValueError(f"未知的项 {'、'.join(unknown)}（表外的列表要写在所有 [[…]] 之前）")


def _pair(t: dict[str, Any]) -> Pair:
    _known(t, PAIR_KEYS)
    second: tuple[str, ...] = ()
    if "words" in t:
        first, between = word_list(t["words"]), "none"
    else:
        first, second, between = word_list(t["first"]), word_list(t["second"]), word(t.get("between", "none"))
    if between not in SHAPES:
        raise ValueError(f"between {between!r} 不是 {'、'.join(SHAPES)} 之一")
    window = t.get("window", SHAPES[between])
    if not isinstance(window, int) or not 0 <= window <= 60:
        raise ValueError(f"window {window!r} 不是 0 到 60 的整数")
    return Pair(
        first,
        second,
        between,
        window,
        word(t["fix"]),
        word(t["message"]),
        _severity(t),
        _flag(t, "tight"),
        _flag(t, "opens"),
        _flag(t, "ends"),
        word_list(t.get("not_between", [])),
        word_list(t.get("not_after", [])),
        word_list(t.get("except", [])),
        word(t.get("joins", ""), empty=True),
        word_list(t.get("not_before", [])),
        word_list(t.get("word_ends", [])),
    )


def _collocation(t: dict[str, Any]) -> Collocation:
    _known(t, COLLOCATION_KEYS)
    window = t.get("window", WINDOW)
    if not isinstance(window, int) or not 2 <= window <= 40:
        raise ValueError(f"window {window!r} 不是 2 到 40 的整数")
    return Collocation(
        word_list(t["objects"]),
        word_list(t["right"]),
        word_list(t["wrong"]),
        word(t["fix"]),
        _severity(t),
        _flag(t, "nominal"),
        window,
        _flag({"predicate": t.get("predicate", True)}, "predicate"),
        word(t.get("instead", ""), empty=True),
    )


__all__ = ["SHAPES", "Collocation", "Pair", "Usage", "usage"]
