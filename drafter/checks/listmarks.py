"""The marks between listed items a reviewer corrects: a 顿号 and a conjunction both joining the same
two items (会议、及中心组会议), and 顿号 between quoted or titled items (“法律六进”、“法进万家”).

GB/T 15834—2011 (标点符号用法) 4.5.3.5: items in quotes or 书名号 standing side by side take no 顿号. The
conjunctions and the words that begin with one (及时, 和谐) are data (``checklists/typos.toml`` [lists]).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..vocab import load, word_list
from .context import Context
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN, around, occurrences, seen

_QUOTED_LIST = Lazy(r"”、“|》、《")
_QUOTED_COMMA = Lazy(r"”[，,]“|》[，,]《")
_ITEM_END = Lazy(r"[、，,。；;：:！？!?\n]")
ITEM_REACH = 30  # characters an item after a 顿号 is read for: bounded, a long line read once


@dataclass(frozen=True)
class Lists:
    """``typos.toml`` [lists]: conjunctions, longest first, and words that begin with one; the conjunctions
    that are prepositions too (与, 和) and the words of doing a thing with someone (座谈, 对接)."""

    conjunctions: tuple[str, ...]
    words: tuple[str, ...]
    prepositions: tuple[str, ...] = ()
    together: tuple[str, ...] = ()
    place_ends: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def lists() -> Lists:
    return load(FILE, _lists)


def _lists(data: dict[str, Any], p: Path) -> Lists:
    try:
        table = data["lists"]
        conjunctions = tuple(sorted(word_list(table["conjunctions"]), key=len, reverse=True))
        extra = (word_list(table.get(k, [])) for k in ("prepositions", "together", "place_ends"))
        return Lists(conjunctions, word_list(table["words"]), *extra)
    except (KeyError, TypeError, AttributeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[lists] 的 conjunctions、words、prepositions、together 是字词的列表"
        ) from None


COMMA_CONJUNCTION = Rule(
    "comma-conjunction",
    "顿号后又用了连词",
    Scope.PARAGRAPH,
    {WARNING: "顿号后紧跟“及”“和”“以及”“与”“或”，两者连接的是同样的两项，只用一个（“会议、及中心组会议”）"},
)
QUOTED_LIST = Rule(
    "quoted-list-comma",
    "并列的引号、书名号之间用了顿号",
    Scope.DOCUMENT,
    {INFO: "并列的引号或书名号之间通常不用顿号（“法律六进”、“法进万家”）；全文一条，在第一处"},
)

QUOTED_COMMA = Rule(
    "quoted-list-break",
    "并列的引号、书名号之间用了逗号",
    Scope.PARAGRAPH,
    {
        WARNING: "一串并列的引号或书名号中间夹了一个逗号（“容缺办理”“多证合一”,“最多跑一次”“一次告知”），把一个列举断成了两句"
    },
)


@COMMA_CONJUNCTION.check_paragraphs(SEEN, where=lambda t: "、" in t)
def _comma_conjunctions(text: str, _: object) -> Iterator[Local]:
    """A 顿号 right before a conjunction that is not the start of another word (、及时, 、和谐 are words)."""
    table = lists()
    for i in occurrences(text, "、"):
        after = text[i + 1 : i + 5]
        conj = next((c for c in table.conjunctions if after.startswith(c)), None)
        if conj is None or after.startswith(table.words) or _preposition(text, i + 1 + len(conj), conj, table):
            continue
        if len(conj) == 1 and _place_name(text, i + 1, table):
            continue
        message = (
            f"删去顿号，或删去“{conj}”：“{around(text, i, i + 1 + len(conj))}”中顿号后又用了“{conj}”，两者只用一个"
        )
        yield COMMA_CONJUNCTION.local(i, i + 1 + len(conj), WARNING, message)


def _place_name(text: str, at: int, table: Lists) -> bool:
    """Whether the item at ``at`` is a place's own name that begins with a conjunction's character: one
    to three more characters, then a place's end (和兴社区, 和丰村, 与城街道), not 各/全/所 (、和各村 is a slip)."""
    head = text[at : at + 8]
    if len(head) < 3 or head[1] in "各全所本该有相其":
        return False
    return any(head.startswith(end, k) for end in table.place_ends for k in range(2, 5))


def _preposition(text: str, at: int, conj: str, table: Lists) -> bool:
    """Whether ``conj`` (与, 和) brings in whom an item is done with, not the list's last item: the item
    goes on in the list (实地走访、与企业座谈、网上征求意见), does a thing with someone (与信访人沟通), or
    follows one act alone (深入村组、与群众同吃同住: a list the conjunction would end has two items before it)."""
    if conj not in table.prepositions:
        return False
    comma = at - len(conj) - 1
    if not _two_before(text, comma):
        return True
    prev = text.rfind("、", max(0, comma - ITEM_REACH), comma)
    if prev >= 0 and text.startswith(conj, prev + 1):
        return True  # 与A同行、与B同向、与C同频: each item a phrase its own 与 opens, none the list's last
    end = _ITEM_END.search(text, at, at + ITEM_REACH)
    item = text[at : end.start() if end else at + ITEM_REACH]
    return (end is not None and end.group() == "、") or any(w in item for w in table.together)


def _two_before(text: str, comma: int) -> bool:
    """Whether another 顿号 stands in the clause before the one at ``comma`` (宪法、民法典、和行政复议法)."""
    window = text[max(0, comma - ITEM_REACH * 2) : comma][::-1]  # bounded: a long line is not copied per 顿号
    stop = _ITEM_END.search(window)
    return stop is not None and stop.group() == "、"


@QUOTED_LIST.check
def quoted_list_comma(ctx: Context) -> Iterator[Finding]:
    """One finding for the report, at the first 顿号 between two quoted or titled items, counting the
    rest: a writer who lists so lists so throughout, and a reviewer notes it once."""
    found = [
        (b, m.start())
        for b in seen(ctx)
        if "、" in b.text
        for m in _QUOTED_LIST.finditer(b.text)
        if not _mixed(b.text, m.start())
    ]
    if not found:
        return
    b, at = found[0]
    more = f"（全文共{len(found)}处）" if len(found) > 1 else ""
    shown = around(b.text, at, at + 3)
    message = f"可删去顿号：“{shown}”中并列的引号或书名号之间用了顿号{more}，这样并列的各项之间通常不用顿号"
    yield QUOTED_LIST.at(b, at, at + 3, INFO, message, ctx.part_of(b))


@QUOTED_COMMA.check_paragraphs(SEEN, where=lambda t: "“" in t or "《" in t)
def _quoted_commas(text: str, _: object) -> Iterator[Local]:
    """A comma between two quoted or titled items inside a run of them (GB/T 15834 4.5.3.5: items standing side by
    side in quotes or 书名号 take no mark between them): the item before it is itself joined to one before (”“,
    ”、“) and the item after it to one after, or the item after ends the list (“……”等). A comma between two
    quoted items alone may part two clauses (围绕“平安建设”,“八五”普法深入开展): not reported."""
    for at, start, end, joined_before, joined_after in _list_breaks(text):
        close = text[at - 1]
        message = (
            f"请删去逗号：{_run_of(text, start, end, joined_before, joined_after)}中并列的"
            f"{'引号' if close == '”' else '书名号'}之间用了逗号，把一个列举断成了两句；并列的引号、书名号之间不用标点"
            "（GB/T 15834）"
        )
        yield QUOTED_COMMA.local(at - 1, at + 2, WARNING, message)


def quoted_list_breaks(text: str) -> set[int]:
    """Where in ``text`` a comma breaks a run of quoted items (quoted-list-break's): to be deleted, so no other
    rule asks for it in another form (a half-width one made full-width)."""
    return {at for at, *_ in _list_breaks(text)}


def _list_breaks(text: str) -> Iterator[tuple[int, int, int, bool, bool]]:
    """Each such comma's offset, the item before's opening, the item after's closing, and whether they are
    joined to items beyond."""
    for m in _QUOTED_COMMA.finditer(text):
        close, opening = text[m.start()], text[m.end() - 1]
        start = text.rfind(opening, max(0, m.start() - ITEM_REACH), m.start())
        end = text.find(close, m.end(), m.end() + ITEM_REACH)
        if start < 0 or end < 0:
            continue
        before = text[max(0, start - 2) : start]
        after = text[end + 1 : end + 3]
        joined_before = before.endswith(close) or before == close + "、"
        joined_after = after.startswith(opening) or after == "、" + opening
        if (joined_before and joined_after) or after.startswith("等"):
            yield m.start() + 1, start, end, joined_before, joined_after


def _run_of(text: str, start: int, end: int, joined_before: bool, joined_after: bool) -> str:
    """The quoted items a message shows, whole: the item before the comma's and the one after's neighbours in
    the run (“容缺办理”“多证合一”,“最多跑一次”“一次告知”), not a window cut inside an item."""
    opening, close = text[start], text[end]
    first = text.rfind(opening, max(0, start - 1 - ITEM_REACH), start - 1) if joined_before else -1
    gap = end + 2 if text[end + 1 : end + 2] == "、" else end + 1
    last = text.find(close, gap + 1, gap + 1 + ITEM_REACH) if joined_after else -1
    return " ".join(text[first if first >= 0 else start : (last if last >= 0 else end) + 1].split())


def _mixed(text: str, at: int) -> bool:
    """Whether the quoted items at ``at`` (the first one's closing mark) stand in a list whose items are not
    all wholly quoted, where the 顿号 is right: the second item goes on past its mark to another 顿号
    (法律“六进”、“4·15”全民国家安全教育日、农村法治宣传月), an unquoted item comes after the second
    (《宪法》、《民法典》、党的二十大精神) or before the first (习近平法治思想、《宪法》、《民法典》)."""
    close, opening = text[at], text[at + 2]
    end = text.find(close, at + 3, at + 3 + ITEM_REACH)
    if end >= 0:
        stop = _ITEM_END.search(text, end + 1, end + 1 + ITEM_REACH)
        if (
            stop is not None
            and stop.group() == "、"
            and (stop.start() > end + 1 or text[stop.end() : stop.end() + 1] not in "“《")
        ):
            return True
    start = text.rfind(opening, max(0, at - ITEM_REACH), at)
    return start >= 2 and text[start - 1] == "、" and text[start - 2] not in "”》"


__all__ = ["COMMA_CONJUNCTION", "QUOTED_COMMA", "QUOTED_LIST", "lists", "quoted_list_breaks"]
