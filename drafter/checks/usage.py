"""Slips of usage a careful reader flags in any report, whatever its words: two words that say one thing
(目的是为了, 大约30%左右, 超过半数以上), two sentence shapes run together (原因是……造成的, 根据……为依据), and a
verb that does not take its object (加强……力度, 增强……水平, 提高……作用).

The words are data (``checklists/usage.toml``): a user adds a pair or an object without Python. Each
paragraph is judged alone; each table is one search of the paragraph, and every look back is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..hanzi import simplified
from ..lazyre import Lazy, compile
from ..text import CN_DIGITS
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .usagewords import Collocation, Pair, Usage, usage

SEEN = ("body", "title", "addressee", "closing")
STOPS = "，。；：！？,;:!?\n"  # a clause's end
ENDS = "。；！？;!?\n"  # a sentence's end
NUMERALS = "零一二三四五六七八九十百千万亿两半"
NUMBER = rf"(?:\d+(?:[.．]\d+)?|[{NUMERALS}]+)[万千百亿]?[%％]?"
MEASURE = 4  # characters of a measure word between a figure and the word after it (个工作日)
QUOTED = {"《": "》", "“": "”"}  # a title or a slogan is written as it is
REACH = 30  # characters before a verb's window a clause's start is looked for


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


# ------------------------------------------------------------ redundancy


@REDUNDANCY.check_paragraphs(SEEN)
def _redundant(written: str, _: object) -> Iterator[Local]:
    text = simplified(written)  # the same length: offsets hold
    quoted = _quoted(text)
    for p in usage().pairs:
        if not any(f in text for f in p.first):
            continue
        for start, end in _found(text, p):
            if not _inside(quoted, start):
                joint = "中" if p.message.startswith("“") else "，"
                message = f"{_act(p)}：“{written[start:end]}”{joint}{p.message}"
                yield REDUNDANCY.local(start, end, p.severity, message)


def _act(p: Pair) -> str:
    """What to write instead, first (the app's status line shows a message's first rows): one way or the other."""
    ways = "”或“".join(w.strip() for w in p.fix.split(" / "))
    return f"改为“{ways}”" if p.severity == WARNING else f"可改为“{ways}”"


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
    if p.not_before and gap.endswith(p.not_before) and not gap.endswith(p.word_ends):
        return True  # 作为契机: the verb 作为, not 为契机 (but 工作为契机: 工作's 作)
    if p.not_after and text.startswith(p.not_after, end):
        return True
    if p.joins and _inside_word(text, start, m.group(), p):
        return True
    return any(_overlaps(text, start, end, e) for e in p.exceptions)


def _inside_word(text: str, start: int, found: str, p: Pair) -> bool:
    """Whether a one-character first word at ``start`` ends another word (合约30余份, 续约, 村规民约): the
    character before it is one of ``p.joins``. The words that end with it are a closed class; the words it
    follows as a word of its own are not (参训人员约占, 整改时间约3个月, 受理约30件)."""
    first = next((f for f in sorted(p.first, key=len, reverse=True) if found.startswith(f)), "")
    return len(first) == 1 and start > 0 and text[start - 1] in p.joins


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
    number, or one of ``usage.toml``'s ``sentence_leads`` (一是, 2023年，, 今年以来，, 同时，)."""
    if not p.opens:
        return ""
    leads = "".join(f"|(?<={re.escape(w)})" for w in usage().sentence_leads)
    return rf"(?:^|(?<=[。；！？：:;!?\s）)．.]){leads})"


def _alternation(words: tuple[str, ...]) -> str:
    """The words longest first, ties in order (a set's order changes each run: its pattern, compiled anew each
    cold start, was never the one kept)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _quoted(text: str) -> bytearray:
    """Which offsets of ``text`` stand inside 《》 or “” (a title, a slogan: written as it is): one mark per
    character, so a look-up is one index however many quotes the paragraph holds."""
    mask = bytearray(len(text))
    for o, c in QUOTED.items():
        at = text.find(o)
        while at >= 0:
            close = text.find(c, at + 1)
            if close < 0:
                break
            mask[at + 1 : close] = b"\x01" * (close - at - 1)
            at = text.find(o, close + 1)
    return mask


def _inside(mask: bytearray, at: int) -> bool:
    return at < len(mask) and mask[at] == 1


# ------------------------------------------------------------ collocation


@COLLOCATION.check_paragraphs(SEEN)
def _collocations(written: str, _: object) -> Iterator[Local]:
    u = usage()
    if not u.collocations:
        return
    text = simplified(written)
    rx, owners = _objects_rx(u)
    quoted: bytearray | None = None
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
            slip = f"；若“{obj}”是“{c.instead}”之误，应为“{verb}……{c.instead}”" if c.instead else ""
            if partner := _partner(text, m.start(), verb, u):
                why = f"（“{verb}”与并列的“{partner}”搭配；这样并列的写法常见，看法不一，可忽略）"
                message = f"改为“{c.fix}……{obj}”：“{verb}”与“{obj}”不搭配{slip}{why}"
                yield COLLOCATION.local(at, m.end(), INFO, message)
                break
            message = f"改为“{c.fix}……{obj}”：“{verb}”与“{obj}”不搭配{slip}{_differ(c.severity)}"
            yield COLLOCATION.local(at, m.end(), c.severity, message)
            break
    quoted = _quoted(text) if quoted is None else quoted
    yield from (f for f in _predicates(written, text, u) if not _inside(quoted, f[0]))


def _partner(text: str, at: int, verb: str, u: Usage) -> str:
    """The object coordinated right before the one at ``at`` that ``verb`` does take (增强……能力和水平: 能力),
    or "": the verb is read with the nearer of the two, a zeugma reviewers judge differently."""
    for conj in u.coordinators:
        if not text.startswith(conj, at - len(conj)):
            continue
        end = at - len(conj)
        for c in u.collocations:
            if verb in c.right and (o := next((o for o in c.objects if text.startswith(o, end - len(o))), "")):
                return o
    return ""


def _differ(severity: str) -> str:
    """What an info's message adds: a pairing readers judge differently, which the writer may dismiss."""
    return "（看法不一，可忽略）" if severity == INFO else ""


def _predicates(written: str, text: str, u: Usage) -> Iterator[Local]:
    """An object as its clause's subject and a wrong verb as its predicate, only the adverbs of ``degrees``
    between them (执法水平明显增强, 营商环境得到提高, 群众权益得到提高): the same tables, read the other way."""
    rx, owners = _subjects_rx(u)
    for m in rx.finditer(text):
        verb, obj = m["verb"], m["obj"]
        c = next((c for c in owners[obj] if c.predicate and verb in c.wrong), None)
        if c is None:
            continue
        slip = f"；若“{obj}”是“{c.instead}”之误，应为“{c.instead}……{verb}”" if c.instead else ""
        message = f"改为“{obj}……{c.fix}”：“{obj}”与“{verb}”不搭配{slip}{_differ(c.severity)}"
        yield COLLOCATION.local(m.start(), m.end(), c.severity, message)


@lru_cache(maxsize=4)
def _subjects_rx(u: Usage) -> tuple[re.Pattern[str], dict[str, list[Collocation]]]:
    """One search for every object followed by adverbs of degree and a verb that ends its clause."""
    owners: dict[str, list[Collocation]] = {}
    for c in u.collocations:
        if c.predicate:
            for o in c.objects:
                owners.setdefault(o, []).append(c)
    verbs = {v for c in u.collocations if c.predicate for v in c.wrong}
    objects, adverbs = _alternation(tuple(owners)) or "(?!)", _alternation(u.degrees) or "(?!)"
    end = rf"(?=[”’）)]?(?:[{re.escape(STOPS)}]|$))"
    return compile(
        rf"(?P<obj>{objects})(?:{adverbs}){{0,3}}(?P<verb>{_alternation(tuple(verbs)) or '(?!)'})了?{end}"
    ), owners


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
    reach = max(0, at - c.window - REACH)  # the look back is bounded: a clause longer than this opens before it
    start = max(text.rfind(s, reach, at) for s in STOPS) + 1
    cut = start == 0 and reach > 0
    start = reach if cut else start
    if not cut and (number := _HEADING_NUMBER.match(text, start, at)) is not None:
        start = number.end()  # 一是's 是 is no verb
    lo = max(start, at - c.window)
    segment = text[lo:at]
    verbs = _verbs_in(segment, _verbs_rx(c, () if c.nominal else usage().verbs), frozenset((*c.right, *c.wrong)))
    if not verbs or any(v in c.right for v, _, _ in verbs):
        return None
    if c.nominal:  # 加快推进力度: the verb before a modifier's verb governs the object
        if verbs[-1][2] == len(segment) and (cut or not _opens(text[start : lo + verbs[-1][1]])):
            verbs = verbs[:-1]  # 保持推进力度: a verb against the object after other words is its modifier
            if not verbs:
                return None
        last = verbs[0]
    else:
        last = verbs[-1]
        if _modified(segment[last[2] :]):  # 发挥……提高决策质量的作用: the verb may be a modifier's
            if len(verbs) > 1:
                last = verbs[-2]
            elif cut or not _opens(text[start : lo + last[1]]):
                return None  # 具有（认识……对）提高决策质量的作用: the clause's own verb is another
    verb, at_verb = last[0], lo + last[1]
    if verb not in c.wrong or text[start:at_verb].endswith(usage().predicates):
        return None  # 执法水平有待提高等问题: the verb is a listed subject's predicate
    return verb, at_verb


def _verbs_in(segment: str, rx: re.Pattern[str], own: frozenset[str]) -> list[tuple[str, int, int]]:
    """The verbs of ``rx`` in ``segment`` (word, start, end), read from its end. Of two that overlap, one of
    the entry's own verbs (``own``) wins over another (切实行使: 行使, not 实行; 加强调解: 加强, not 强调), else
    the one ending later; of two ending at one place the longer (行使, not 使)."""
    best: dict[int, tuple[str, int, int]] = {}
    for m in rx.finditer(segment):
        w = m.group(1)
        end = m.start() + len(w)
        if end not in best or len(w) > len(best[end][0]):
            best[end] = (w, m.start(), end)
    kept: list[tuple[str, int, int]] = []
    for end in sorted(best, reverse=True):
        v = best[end]
        if not kept or end <= kept[-1][1]:
            kept.append(v)
        elif v[0] in own and kept[-1][0] not in own:
            kept[-1] = v  # it overlaps the one kept: the entry's verb is the word
    return kept[::-1]


def _modified(between: str) -> bool:
    """Whether the words between a verb and its object hold a modifier's end (的, 等): the verb may be the
    modifier's (……的作用, ……有待提高等问题)."""
    return any(m in between for m in usage().modifier_marks)


def _opens(before: str) -> bool:
    """Whether ``before`` (the clause up to a verb, after its number or 一是) is only what opens a clause:
    the adverbs of ``usage.toml``'s ``leads`` (进一步, 切实, 将)."""
    return _leads_rx(usage().leads).fullmatch(before) is not None


@lru_cache(maxsize=4)
def _leads_rx(leads: tuple[str, ...]) -> re.Pattern[str]:
    words = _alternation(leads) or "(?!)"
    return compile(rf"\s*(?:{words})*")


_HEADING_NUMBER = Lazy(rf"\s*(?:[（(][{CN_DIGITS}\d]+[）)]|[{CN_DIGITS}]+[、是]|\d+[.．、])\s*")


@lru_cache(maxsize=256)
def _verbs_rx(c: Collocation, verbs: tuple[str, ...]) -> re.Pattern[str]:
    """Every verb at every offset (a look-ahead: overlapping ones too), the longest at each."""
    return compile(f"(?=({_alternation(tuple({*verbs, *c.right, *c.wrong}))}))")


__all__ = ["COLLOCATION", "REDUNDANCY", "Collocation", "Pair", "Usage", "usage"]
