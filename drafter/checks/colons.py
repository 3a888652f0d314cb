"""A colon inside another colon's scope, as GB/T 15834—2011 附录A (冒号用法补充规则) states it: a colon's
scope runs to the end of its sentence, and one sentence does not nest a colon in another — 存在以下问题：
一是台账不全：缺少……；二是…… sets the items' colons inside the first one's; where a listing needs both,
the items stand in paragraphs of their own.

Found by form only where the inner colon closes an item's lead — an ordinal (一是, 第一, （一）, 1., ①) and at
most a short phrase before it — in the same sentence as an earlier colon, neither inside quotes, a title or
brackets (a quoted speech keeps its own colons), nor between digits (10:30). One finding a sentence. One
pass over the paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..text import CN_DIGITS
from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import around

_LEAD = Lazy(
    rf"(?:^|[：:；;，,。\s])(?:[{CN_DIGITS}]{{1,2}}是|第[{CN_DIGITS}]{{1,2}}|其[{CN_DIGITS}]|[（(](?:[{CN_DIGITS}]{{1,2}}|\d{{1,2}})[)）]"
    rf"|\d{{1,2}}[.．]|[①-⑳])[^：:；;，,。！？!?“”《》（）()]{{0,16}}$"
)
LEAD_MAX = 24  # characters an item's ordinal and its short lead take before the inner colon
_ENDS = "。！？!?"
_OPEN = "“《（(「『‘"
_CLOSE = "”》）)」』’"
_COLONS = "：:"

NESTED_COLON = Rule(
    "nested-colon",
    "冒号套用",
    Scope.PARAGRAPH,
    {WARNING: "一句话里冒号套冒号（“存在以下问题：一是台账不全：……”）：冒号管到句末，句内不再套用冒号"},
)


def _two_colons(text: str) -> bool:
    return sum(text.count(c) for c in _COLONS) > 1


@NESTED_COLON.check_paragraphs(("body",), where=_two_colons)
def _nested(text: str, _: object) -> Iterator[Local]:
    first = -1  # the sentence's first colon outside quotes and brackets
    told = False
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _ENDS and depth == 0:
            first, told = -1, False
        elif ch in _COLONS and depth == 0 and not _between_digits(text, i):
            if first < 0:
                first = i
            elif not told and _LEAD.search(text, max(first, i - LEAD_MAX), i):
                told = True
                message = (
                    f"请把里层的冒号改为逗号，或把各项分段写：“{around(text, first)}”的冒号管到句末，句内"
                    f"“{around(text, i)}”又用了冒号；一个句子内部一般不套用冒号（GB/T 15834—2011 附录A）"
                )
                yield NESTED_COLON.local(i, i + 1, WARNING, message)


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


__all__ = ["NESTED_COLON"]
