"""The marks between the parallel phrases of a list that qualifies one noun: 形成主要领导亲自抓、分管领导具体抓、
相关部门配合抓的工作格局.

GB/T 15834—2011 4.5.3.1: the 顿号 parts words and phrases of the same kind listed side by side inside a
sentence; the comma parts clauses. Phrases that together qualify one noun before 的 (……抓的工作格局) are a
list of phrases, not clauses: they take the 顿号. Written with 、 and ， mixed, the list is marked two ways at
one level (a warning); written with commas only, it is the way many reports write it, and readers differ
(an info that says so).

Only the shape a report writes its division of work in: after a verb that forms it (``typos.toml``
[attribute_lists] leads: 形成 构建…), two or more phrases parted by commas, two of them ending with the verb of
the division (抓: 亲自抓, 具体抓), then 的 and a noun of such an arrangement (格局 局面 机制). A phrase holding a
顿号 inside it (相关站办室、各村配合抓) is one item listing its own doers: the commas part items there, as
GB/T 15834 4.6 allows of a list whose items hold 顿号 — no finding.
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
from ..vocab import alternation, load, word_list
from .results import INFO, WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN

LONGEST_ITEM = 14  # characters of one phrase of the list
SHOWN = 3  # characters a message shows before the first comma, one more after (亲自抓，分管领导): 80 columns
MIN_ENDS = 2  # phrases ending with the division's verb (亲自抓, 具体抓) that make the list one of a division of work
_COMMAS = "，,"


@dataclass(frozen=True)
class AttributeLists:
    """``typos.toml``'s [attribute_lists]: the verbs that form an arrangement, the nouns it is, and the verb the
    phrases of a division of work end with."""

    leads: tuple[str, ...]
    nouns: tuple[str, ...]
    item_ends: tuple[str, ...]


@lru_cache(maxsize=1)
def attribute_lists() -> AttributeLists:
    return load(FILE, _attribute_lists)


def _attribute_lists(data: dict[str, Any], p: Path) -> AttributeLists:
    try:
        t = data["attribute_lists"]
        return AttributeLists(word_list(t["leads"]), word_list(t["nouns"]), word_list(t["item_ends"]))
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[attribute_lists] 的 leads、nouns、item_ends 是词语的列表"
        ) from None


ATTRIBUTE_LIST_COMMA = Rule(
    "attribute-list-comma",
    "并列短语之间用了逗号",
    Scope.PARAGRAPH,
    {
        WARNING: "修饰同一个名词的并列短语之间顿号、逗号混用（主要领导亲自抓、分管领导具体抓，相关部门配合抓的格局；"
        "GB/T 15834 4.5.3.1：并列短语用顿号）",
        INFO: "修饰同一个名词的并列短语之间都用了逗号（主要领导亲自抓，分管领导具体抓的格局）；"
        "按 GB/T 15834 4.5.3.1 用顿号，审读者看法不一",
    },
)


@ATTRIBUTE_LIST_COMMA.check_paragraphs(SEEN, where=lambda t: any(e in t for e in attribute_lists().item_ends))
def _comma_lists(text: str, _key: object) -> Iterator[Local]:
    w = attribute_lists()
    told: set[int] = set()  # the ends of the lists told: a list after two leads (坚持……，形成……的格局) once
    rx = _list_rx(w.leads, w.nouns)
    for lead in _lead_rx(w.leads).finditer(text):  # from each lead: the nearest one to the list is the list's
        m = rx.match(text, lead.start())
        if m is None or m.end() in told:
            continue
        body, start = m.group(1), m.start(1)
        items = re.split(r"[，,]", body)
        if len(items) < 2 or any(not _item(i, w.item_ends) for i in items):
            continue
        if sum(i.endswith(w.item_ends) for i in items) < MIN_ENDS:
            continue
        told.add(m.end())
        comma = start + next(i for i, c in enumerate(body) if c in _COMMAS)
        shown = text[comma - SHOWN : comma + SHOWN + 2]  # the first comma and the words at its sides
        if "、" in body:
            message = f"请把“{shown}”的逗号改为顿号：顿号、逗号混用（GB/T 15834 4.5.3.1）"
            yield ATTRIBUTE_LIST_COMMA.local(comma, comma + 1, WARNING, message)
        else:
            message = f"可把“{shown}”等处逗号改为顿号（GB/T 15834 4.5.3.1）；看法不一，可忽略"
            yield ATTRIBUTE_LIST_COMMA.local(comma, comma + 1, INFO, message)


def _item(item: str, ends: tuple[str, ...]) -> bool:
    """Whether a comma-parted phrase is one item of the list: short, and any 顿号 in it parts phrases that each
    end with the division's verb (主要领导负责抓、分管领导具体抓: two items) — else it lists its own doers."""
    if not 2 <= len(item) <= LONGEST_ITEM * (item.count("、") + 1):
        return False
    parts = item.split("、")
    return len(parts) == 1 or all(p.endswith(ends) and len(p) <= LONGEST_ITEM for p in parts)


@lru_cache(maxsize=4)
def _lead_rx(leads: tuple[str, ...]) -> re.Pattern[str]:
    return compile(alternation(leads))


@lru_cache(maxsize=4)
def _list_rx(leads: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A lead verb, the list (group 1: phrases parted by marks of a list, none other), 的 and the noun."""
    item = rf"[^，,。；;：:、“”‘’《》（）()！？!?\s]{{2,{LONGEST_ITEM}}}"
    return compile(
        rf"(?:{alternation(leads)})(?:了|起)?({item}(?:[，,、]{item}){{1,6}})的(?:工作|责任)?(?:{alternation(nouns)})"
    )


__all__ = ["ATTRIBUTE_LIST_COMMA"]
