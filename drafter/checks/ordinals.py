"""The mark after an ordinal (序次语), as GB/T 15834—2011 states it: a Chinese numeral without brackets takes
a 顿号 (一、), a bracketed one takes no mark at all (（一）, （1）), an ordinal of 第/其 or of 首先 takes a comma
(第一，首先，). GB/T 9704—2012 numbers a 公文's levels 一、（一）1.（1）.

Three forms, found by shape where an ordinal stands (a paragraph's start, or after a sentence's or clause's
end); one finding a form for the report, at the first: a writer numbers every heading the same way and
fixes them with one replace. An Arabic numeral with a 顿号 (1、) is ``numforms``' arabic-enumerator.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..model import Block
from ..text import CJK, CN_DIGITS
from .context import Context
from .results import WARNING, Finding
from .rule import Rule, Scope
from .slips import around, seen

_OPENS = rf"(?=\s*[{CJK}“《])"  # words follow (not another number: （1）、（2）项 lists references)
_AT = r"(?:^|(?<=[。；;：:！？!?]))\s*"
_BRACKETED = Lazy(
    rf"{_AT}((?:[（(](?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[)）]))\s*([、，,．.：:])(?![{CN_DIGITS}\d]){_OPENS}"
)
_BARE = Lazy(rf"^\s*([{CN_DIGITS}]{{1,3}})([.．，,])(?![{CN_DIGITS}\d第]){_OPENS}")
_LEAD = Lazy(
    rf"{_AT}(第[{CN_DIGITS}]{{1,3}}|其[{CN_DIGITS}]|首先|其次|再次|[{CN_DIGITS}]{{1,3}}是)、(?![{CN_DIGITS}\d第其])(?=\s*[{CJK}])"
)

ORDINAL_MARK = Rule(
    "ordinal-mark",
    "序次语后的标点不对",
    Scope.DOCUMENT,
    {
        WARNING: "加括号的序次语后不加标点（“（一）、”应为“（一）”），汉字序号后用顿号（“一.”应为“一、”），"
        "“第一”“首先”一类后用逗号（“第一、”应为“第一，”）；每种写法全文一条，在第一处"
    },
)


@ORDINAL_MARK.check
def ordinal_mark(ctx: Context) -> Iterator[Finding]:
    blocks = seen(ctx)
    for kind in (_bracketed, _bare, _lead):
        found = [(b, hit) for b in blocks for hit in kind(b.text)]
        if found:
            yield _finding(ctx, found)


Hit = tuple[int, int, str, str]  # start, end, as written, the right form


def _finding(ctx: Context, found: list[tuple[Block, Hit]]) -> Finding:
    b, (start, end, written, right) = found[0]
    more = f"（全文共{len(found)}处）" if len(found) > 1 else ""
    act, why = right.split("：", 1)  # the act first: the app's status line shows a message's first rows
    message = f"{act}：“{around(b.text, start, end)}”中序号写成了“{written}”{more}；{why}"
    return ORDINAL_MARK.at(b, start, end, WARNING, message, ctx.part_of(b))


def _bracketed(text: str) -> list[Hit]:
    """（一）、 （1）. （一）： — a mark after a bracketed ordinal."""
    if "）" not in text and ")" not in text:
        return []
    out = []
    for m in _BRACKETED.finditer(text):
        number = m[1].replace("(", "（").replace(")", "）")
        right = f"改为“{number}”：加括号的序次语后面不用任何点号（GB/T 15834）"
        out.append((m.start(1), m.end(2), m[1] + m[2], right))
    return out


def _bare(text: str) -> list[Hit]:
    """一. 一， at a paragraph's start: a Chinese numeral's mark is the 顿号."""
    m = _BARE.match(text)
    if m is None:
        return []
    right = f"改为“{m[1]}、”：不带括号的汉字序号后用顿号（GB/T 15834）"
    return [(m.start(1), m.end(2), m[1] + m[2], right)]


def _lead(text: str) -> list[Hit]:
    """第一、 首先、 一是、 — an ordinal of 第/其, of 首先, or 一是, opening a clause with a 顿号."""
    if "、" not in text:
        return []
    out = []
    for m in _LEAD.finditer(text):
        if m[1].endswith("是"):
            right = f"删去顿号（“{m[1]}”）或改为“{m[1]}，”：“{m[1]}”引出一句话，后面不用顿号"
        else:
            right = f"改为“{m[1]}，”：“第一”“其一”“首先”一类序次语后用逗号（GB/T 15834）"
        out.append((m.start(1), m.end(), m[1] + "、", right))
    return out


__all__ = ["ORDINAL_MARK"]
