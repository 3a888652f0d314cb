"""How a list ends: with 等 (or 等等) after its last item, never a 顿号 before it (宪法、民法典、等 — the 顿号
stands between items, and 等 is none), nor both an ellipsis and 等 (GB/T 15834—2011 附录A: 省略号和“等”“等等”
不能同时使用).

The words that begin with 等 (等级, 等次) and end with it (平等, 同等) are data (``checklists/typos.toml``
[list_ends]).
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
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import FILE, SEEN, occurrences

_ELLIPSIS_ETC = Lazy(r"(?:……|…|⋯⋯|⋯)+\s*(等等|等)|(等等|等)\s*(?:……|…|⋯⋯|⋯)+")


@dataclass(frozen=True)
class ListEnds:
    """``typos.toml`` [list_ends]: words that begin with 等 (、等级 lists an item) and words that end with it
    (平等…… is no 等 of a list)."""

    starting: tuple[str, ...]
    ending: tuple[str, ...]


@lru_cache(maxsize=1)
def list_ends() -> ListEnds:
    return load(FILE, _list_ends)


def _list_ends(data: dict[str, Any], p: Path) -> ListEnds:
    try:
        table = data["list_ends"]
        return ListEnds(word_list(table["starting"]), word_list(table["ending"]))
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[list_ends] 的 starting、ending 是字词的列表") from None


LIST_END = Rule(
    "list-end",
    "列举末尾的“等”前用了顿号或省略号",
    Scope.PARAGRAPH,
    {WARNING: "“等”前不用顿号（“宪法、民法典、等”应为“宪法、民法典等”）；省略号和“等”不同时用（“……等”）"},
)


@LIST_END.check_paragraphs(SEEN, where=lambda t: "等" in t)
def _list_ends_in(text: str, _: object) -> Iterator[Local]:
    table = list_ends()
    for i in occurrences(text, "、等"):
        rest = text[i + 1 : i + 6]
        if rest.startswith(table.starting):
            continue
        etc = "等等" if rest.startswith("等等") else "等"
        item = _item_before(text, i)
        message = f"改为“{item}{etc}”：“{etc}”前用了顿号；“{etc}”不是列举的一项，删去顿号"
        yield LIST_END.local(i, i + 1 + len(etc), WARNING, message)
    for m in _ELLIPSIS_ETC.finditer(text):
        if m[1] and text.startswith(table.starting, m.start(1)):
            continue  # ……等级
        if m[2] and _ends_word(text, m.start(2), table):
            continue  # 平等……
        etc = m[1] or m[2]
        item = _item_before(text, m.start())
        message = f"删去省略号或“{etc}”（如“{item}{etc}”）：省略号和“{etc}”同时用了，只用一个（GB/T 15834）"
        yield LIST_END.local(m.start(), m.end(), WARNING, message)


def _item_before(text: str, at: int) -> str:
    """The list's last item before ``at`` (its words back to a mark, at most ``ITEM_REACH`` characters):
    what the right form quotes."""
    start = at
    while start > 0 and at - start < ITEM_REACH and text[start - 1] not in _ITEM_MARKS:
        start -= 1
    return text[start:at]


ITEM_REACH = 8
_ITEM_MARKS = "、，,。；;：:！？!?“”《》（）()…\n"


def _ends_word(text: str, at: int, table: ListEnds) -> bool:
    """Whether the 等 at ``at`` ends a word (平等, 同等): no list's 等."""
    return any(text.endswith(w, 0, at + 1) for w in table.ending)


__all__ = ["LIST_END", "list_ends"]
