"""Slips of usage a careful reader flags in any report, whatever its words: two words that say one thing
(目的是为了, 大约30%左右, 超过半数以上), two sentence shapes run together (原因是……造成的, 根据……为依据), and a
verb that does not take its object (加强……力度, 增强……水平, 提高……作用).

The words are data (``checklists/usage.toml``): a user adds a pair or an object without Python. Each
paragraph is judged alone; each table is one search of the paragraph, and every look back is bounded.
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
from ..vocab import load, word, word_list
from .context import Context
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope

FILE = "usage.toml"
SEEN = ("body", "title", "addressee", "closing")
SHAPES = {"none": 0, "figure": 3, "clause": 20, "sentence": 40}  # what lies between two words, its default reach
STOPS = "，。；：！？,;:!?\n"  # a clause's end
ENDS = "。；！？;!?\n"  # a sentence's end
NUMERALS = "零一二三四五六七八九十百千万亿两半"
NUMBER = rf"(?:\d+(?:[.．]\d+)?|[{NUMERALS}]+)[万千百亿]?[%％]?"
MEASURE = 4  # characters of a measure word between a figure and the word after it (个工作日)
WINDOW = 16  # characters between a verb and its object
QUOTED = {"《": "》", "“": "”"}  # a title or a slogan is written as it is


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


@dataclass(frozen=True)
class Usage:
    pairs: tuple[Pair, ...]
    collocations: tuple[Collocation, ...]
    verbs: tuple[str, ...]
    leads: tuple[str, ...] = ()  # adverbs a clause may open with before its verb


@lru_cache(maxsize=1)
def usage() -> Usage:
    """``usage.toml``: the user's first (``DRAFTER_CHECKLISTS``), the shipped tables for what it lacks."""
    return load(FILE, _usage)


def _usage(data: dict[str, Any], p: Path) -> Usage:
    try:
        pairs = tuple(_pair(t) for t in _tables(data.get("redundant", [])))
        collocations = tuple(_collocation(t) for t in _tables(data.get("collocations", [])))
        verbs, leads = word_list(data.get("verbs", [])), word_list(data.get("leads", []))
    except (KeyError, TypeError, ValueError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[[redundant]] 每项要有 words 或 first、second，以及 fix、message；"
            "[[collocations]] 每项要有 objects、right、wrong、fix"
        ) from None
    return Usage(pairs, collocations, verbs, leads)


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
    | {"not_between", "not_after", "except"}
)
COLLOCATION_KEYS = frozenset({"objects", "right", "wrong", "fix", "severity", "nominal", "window"})


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
    )


REDUNDANCY = Rule(
    "redundancy",
    "语义重复或句式杂糅",
    Scope.PARAGRAPH,
    {
        WARNING: "两个词说的是一回事或互相矛盾（目的是为了、大约30%左右、超过半数以上、近100多人），两种句式混在一起（原因是……造成的）",
        INFO: "审读时多会改、但也常见的说法（涉及到、由于……的原因、通过……，使……）",
    },
)
COLLOCATION = Rule(
    "collocation",
    "动宾搭配不当",
    Scope.PARAGRAPH,
    {
        WARNING: "动词与它的宾语不搭配（加强……力度、增强……水平、提高……作用、提高……环境）",
        INFO: "常见、但审读时多会改的搭配（加强……意识、增强……氛围、发挥……机制）",
    },
)


def _seen(ctx: Context) -> list[tuple[Any, None, str | None]]:
    return [(b, None, ctx.part_of(b)) for b in ctx.doc.blocks if b.role in SEEN]


@REDUNDANCY.check
def redundancy(ctx: Context) -> Iterator[Finding]:
    yield from ctx.paragraphs(REDUNDANCY, _seen(ctx), _redundant)


@COLLOCATION.check
def collocation(ctx: Context) -> Iterator[Finding]:
    yield from ctx.paragraphs(COLLOCATION, _seen(ctx), _collocations)


# ------------------------------------------------------------ redundancy


def _redundant(written: str, _: object) -> Iterator[Local]:
    text = simplified(written)  # the same length: offsets hold
    quoted = _quoted(text)
    for p in usage().pairs:
        if not any(f in text for f in p.first):
            continue
        for start, end in _found(text, p):
            if not _inside(quoted, start):
                message = f"“{written[start:end]}”：{p.message}；可写作“{p.fix}”"
                yield REDUNDANCY.local(start, end, p.severity, message)


def _found(text: str, p: Pair) -> Iterator[tuple[int, int]]:
    """The spans of ``p``'s slip in ``text``; an excused match (节约经费约十余万元: 节约) is searched past by
    one character, so the slip after it is still found."""
    rx, at = _pair_rx(p), 0
    while (m := rx.search(text, at)) is not None:
        if _excused(text, m, p):
            at = m.start() + 1
            continue
        yield m.span()
        at = max(m.end(), m.start() + 1)


def _excused(text: str, m: re.Match[str], p: Pair) -> bool:
    start, end = m.span()
    gap = m["gap"] or ""
    if any(w in gap for w in p.not_between):
        return True
    if p.not_after and text.startswith(p.not_after, end):
        return True
    return any(_overlaps(text, start, end, e) for e in p.exceptions)


def _overlaps(text: str, start: int, end: int, e: str) -> bool:
    """Whether ``e`` stands in ``text`` over some of ``text[start:end]``."""
    at = text.find(e, max(0, start - len(e) + 1), end + len(e) - 1)
    return at >= 0


@lru_cache(maxsize=256)
def _pair_rx(p: Pair) -> re.Pattern[str]:
    first = _alternation(p.first)
    if not p.second:
        return compile(f"{_opening(p)}(?:{first})(?P<gap>)")
    second = _alternation(p.second)
    ends = rf"(?=[{re.escape(STOPS)}”’）)]|$)" if p.ends else ""
    if p.between == "figure":
        lead = rf"[^{re.escape(STOPS)}、\s\d{NUMERALS}]{{0,{p.window}}}?"  # no other figure before it
        measure = "" if p.tight else rf"[^{re.escape(STOPS)}、\s\d]{{0,{MEASURE}}}?"
        gap = f"(?P<gap>{lead}{NUMBER}{measure})"
    else:
        stops = STOPS if p.between in ("clause", "none") else ENDS
        gap = rf"(?P<gap>[^{re.escape(stops)}]{{0,{p.window}}}?)"
    return compile(f"{_opening(p)}(?:{first}){gap}(?:{second}){ends}")


def _opening(p: Pair) -> str:
    """Where ``first`` may stand: anywhere, or (``opens``) at a sentence's start — after a mark, a heading's
    number, 一是, or a sentence's leading time (2023年，今年以来，)."""
    if not p.opens:
        return ""
    return _OPENS


_OPENS = r"(?:^|(?<=[。；！？：:;!?\s）)．.])|(?<=[一二三四五六七八九十]是)|(?<=年[，,])|(?<=以来[，,])|(?<=期间[，,]))"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _quoted(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside 《》 or “” (a title, a slogan: written as it is)."""
    spans = []
    for o, c in QUOTED.items():
        at = text.find(o)
        while at >= 0:
            close = text.find(c, at + 1)
            if close < 0:
                break
            spans.append((at, close))
            at = text.find(o, close + 1)
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a < at < b for a, b in spans)


# ------------------------------------------------------------ collocation


def _collocations(written: str, _: object) -> Iterator[Local]:
    u = usage()
    if not u.collocations:
        return
    text = simplified(written)
    rx, owners = _objects_rx(u)
    quoted: list[tuple[int, int]] | None = None
    for m in rx.finditer(text):
        for c in owners[m["obj"]]:
            found = _governor(text, m.start(), c)
            if found is None:
                continue
            quoted = _quoted(text) if quoted is None else quoted
            if _inside(quoted, m.start()):
                break
            verb, at = found
            obj = m["obj"]
            message = f"“{written[at : m.end()]}”：“{verb}”与“{obj}”不搭配，应为“{c.fix}……{obj}”"
            yield COLLOCATION.local(at, m.end(), c.severity, message)
            break


@lru_cache(maxsize=4)
def _objects_rx(u: Usage) -> tuple[re.Pattern[str], dict[str, list[Collocation]]]:
    """One search for every object standing at a clause's end, and the entries of each object."""
    owners: dict[str, list[Collocation]] = {}
    for c in u.collocations:
        for o in c.objects:
            owners.setdefault(o, []).append(c)
    objects = _alternation(tuple(owners))
    return compile(rf"(?P<obj>{objects})(?=[”’）)]?(?:[{re.escape(STOPS)}]|$))"), owners


def _governor(text: str, at: int, c: Collocation) -> tuple[str, int] | None:
    """The wrong verb of ``c`` that governs the object at ``at`` (the verb, its offset), or None: the verb
    nearest before the object in its clause, within ``c.window`` characters; past a 的 to the verb before
    it (发挥……提高决策质量的作用: the clause with 的 is the object's modifier); none where a right verb
    stands before the object in the clause (加强和提高……水平)."""
    start = max(text.rfind(s, 0, at) for s in STOPS) + 1  # the clause's start (each clause ends in one object)
    lo = max(start, at - c.window)
    segment = text[lo:at]
    verbs = list(_verbs_rx(c, () if c.nominal else usage().verbs).finditer(segment))
    if not verbs or any(v.group() in c.right for v in verbs):
        return None
    if c.nominal:  # 加快推进力度: the verb before a modifier's verb governs the object
        last = verbs[0]
        return (last.group(), lo + last.start()) if last.group() in c.wrong else None
    last = verbs[-1]
    if "的" in segment[last.end() :]:  # 发挥……提高决策质量的作用: the verb may be a modifier's
        if len(verbs) > 1:
            last = verbs[-2]
        elif not _opens(text[start : lo + last.start()]):
            return None  # 具有（认识……对）提高决策质量的作用: the clause's own verb is another
    if last.group() not in c.wrong:
        return None
    return last.group(), lo + last.start()


def _opens(before: str) -> bool:
    """Whether ``before`` (the clause up to a verb) is only what opens a clause: a heading's number, 一是,
    the adverbs of ``usage.toml``'s ``leads`` (进一步, 切实, 将)."""
    return _leads_rx(usage().leads).fullmatch(before) is not None


@lru_cache(maxsize=4)
def _leads_rx(leads: tuple[str, ...]) -> re.Pattern[str]:
    words = _alternation(leads) or "(?!)"
    number = r"[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[.．、]"
    return compile(rf"\s*(?:{number})?\s*(?:{words})*")


@lru_cache(maxsize=256)
def _verbs_rx(c: Collocation, verbs: tuple[str, ...]) -> re.Pattern[str]:
    return compile(_alternation(tuple({*verbs, *c.right, *c.wrong})))


__all__ = ["COLLOCATION", "REDUNDANCY", "Collocation", "Pair", "Usage", "usage"]
