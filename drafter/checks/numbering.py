"""Heading numbers: each heading of a level goes on from the one before it (一、 二、 三、); and a list
written in the text (一是……二是……三是……) goes on the same way."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import compile
from ..model import RUNNING, Block
from ..text import CJK, CN_DIGITS, CN_NUM_VALUE, cn_number, next_of
from ..vocab import words
from .context import Context
from .keep import kept
from .results import WARNING, Finding
from .rule import Rule, Scope

HEADING_NUMBER = Rule(
    "heading-number",
    "标题序号不连续",
    Scope.DOCUMENT,
    {
        WARNING: "同级标题序号重复或跳号（一、之后又是一、，（二）之后是（四）），少了一个括号（一)、(一），或连写两次（二、二、）"
    },
)

LIST_NUMBER = Rule(
    "list-number",
    "分条序号不连续",
    Scope.DOCUMENT,
    {WARNING: "正文中“一是……二是……”分条叙述的序号重复、倒退或跳号（一是……二是……二是……）"},
)

_SPACE = compile(r"\s+")
# "一是" "二是" opening a clause: at a paragraph's start or after a mark (之一是, 第一是 are no list's)
_AFTER_MARK = r"^|(?<=[。；：，、！？）),;:\s])"
# An item may open on a figure or a year ("二是2024年以来……"); "一是一" (N是N) is no list's.
_NUMBER_IS = rf"(?P<n>[{CN_DIGITS}]{{1,3}})是(?=[{CJK}“《（(0-9０-９])"
_LISTED = compile(rf"(?:{_AFTER_MARK}){_NUMBER_IS}")
_DIGITS = compile(rf"[{CN_DIGITS}]+|\d+")
# A paragraph that opens with a Chinese heading number short of one bracket: "一)纵深推进" or "（一纵深推进".
# "(一" (or "(1") must be followed by a word's first character, not a numeral's measure ("（一季度", "（一是"), and stand
# without a closing bracket soon after (a parenthesis "（一般程序）" is no heading).
_HALF_OPEN = compile(rf"\s*(?P<n>[{CN_DIGITS}]{{1,3}})[)）](?=[{CJK}])")
_HALF_CLOSE = compile(rf"\s*[(（](?P<n>[{CN_DIGITS}]{{1,3}}|\d{{1,2}})(?=[{CJK}])(?![^)）]{{0,8}}[)）])")
# A heading number typed twice: "二、二、加强队伍建设", "（一）（一）".
_TWICE = compile(rf"\s*(?P<n>[{CN_DIGITS}]{{1,3}}、|[(（](?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[)）]|\d{{1,2}}、)\s*(?P=n)")
_NUMERAL_WORDS = set(
    "是般些次个名年月日把手线体致律直定起切同批系项号期份种类届轮季级层如并向为贯道人件场条部台户元万亿千百家所周天"
)


def value(number: str) -> int | None:
    """The count a heading number stands for: "三、" → 3, "（十二）" → 12, "4." → 4."""
    m = _DIGITS.search(number)
    if m is None:
        return None
    raw = m.group(0)
    if raw.isdigit():
        return int(raw)
    vals = [CN_NUM_VALUE.get(c, 0) for c in raw]
    if len(vals) == 1:
        return vals[0]
    if len(vals) == 2 and vals[0] == 10 and vals[1] < 10:  # 十二
        return 10 + vals[1]
    if len(vals) == 2 and vals[1] == 10 and vals[0] < 10:  # 二十
        return vals[0] * 10
    if len(vals) == 3 and vals[1] == 10 and vals[0] < 10 and vals[2] < 10:  # 二十一
        return vals[0] * 10 + vals[2]
    return None


def style(number: str) -> str:
    """The form of a number, brackets made one ("(三)" and "（三）" are one style)."""
    s = number.strip().replace("(", "（").replace(")", "）")
    return _DIGITS.sub("N", _SPACE.sub("", s))


@HEADING_NUMBER.check
def heading_number(ctx: Context) -> Iterator[Finding]:
    """A heading whose number repeats or skips the one before it at its level, under one parent.

    A heading repeated word for word (a web page shows its headings twice) is the page's, not a slip."""
    last: dict[tuple[int, str], tuple[int, Block, bool]] = {}  # (number, heading, it repeated the one before)
    run_in: dict[str, list[int]] = {}  # paragraphs opening with a number, by style
    parents: set[tuple[int, str]] | None = None  # the levels numbered before a 一是/二是 list began
    for b in ctx.doc.blocks:
        if b.role == "body" and b.kind != "heading" and _LISTED.match(b.text):
            if parents is None:
                parents = set(last)
            for key in set(last) - parents:  # 一是……（1）（2）二是……（1）（2）: each item numbers its own
                del last[key]
        if b.role == "body" and (twice := _TWICE.match(b.text)) is not None:
            number = twice["n"]
            message = f"请删去一个“{number}”：标题序号“{number}”连写了两次"
            yield HEADING_NUMBER.at(b, twice.start("n"), twice.end(), WARNING, message)
            continue
        if b.role == "body" and b.kind != "heading" and (broken := half_bracketed(b.text)) is not None:
            yield HEADING_NUMBER.at(b, broken[0], broken[1], WARNING, broken[2])
        if b.role == "body" and b.kind != "heading" and b.number and (n := value(b.number)) is not None:
            run_in.setdefault(style(b.number), []).append(n)  # "（二）科学谋划……编制《…》" runs on without its 。
            continue
        if b.kind != "heading" or b.role != "body" or not b.number or (n := value(b.number)) is None:
            continue
        for key in [k for k in last if k[0] > b.level]:  # a higher heading starts its children's count
            del last[key]
        key = (b.level, style(b.number))
        between = run_in.pop(key[1], [])
        before = last.get(key)
        slipped = before is not None and n != before[0] + 1 and b.text != before[1].text
        if slipped and before is not None and not _filled(before[0], n, between) and not _after_repeat(before, n):
            yield HEADING_NUMBER.at(b, 0, len(b.number), WARNING, _message(b.number.strip(), before[0], n))
        last[key] = (n, b, slipped and before is not None and n == before[0])
        if parents is not None and key in parents:
            parents = None  # a heading of the list's parent's level: the list is over


@LIST_NUMBER.check
def list_number(ctx: Context) -> Iterator[Finding]:
    """Each "N是" of a list goes on from the one before it under the same heading: 一是 starts a
    list again; a number written twice, going back, or skipping one is a slip of the writer."""
    before = 0  # the last number of the list going on, 0 when none
    for b in ctx.doc.blocks:
        if b.kind == "heading":
            before = 0
        if b.role not in RUNNING:
            continue
        items, before = _items(b.text, before)
        for m, n, prev in items:
            if n != 1 and prev and n != prev + 1:
                yield LIST_NUMBER.at(b, m.start(), m.end(), WARNING, _list_message(m.group(), prev, n))


_STOPS = "；;。"
_QUOTED = compile(r'“[^”]*”|"[^"]*"|「[^」]*」')


@kept
def _items(text: str, before: int) -> tuple[tuple[tuple[re.Match[str], int, int], ...], int]:
    """Each "N是" of a paragraph with the number before it in its own list (0: none), and the outer
    list's last number at the paragraph's end. A "N是" in quotes (“一是一、二是二”) or written as N是N is
    no list's; a 一是 within an item (no ；。 since it) after 包括 or ： (``inner_list_leads``), or opening
    items set apart by 、, starts an inner list that ends at the next ；or 。 (kept: every re-check asks of every
    paragraph, and most have no list)."""
    listed = _Listed(text)
    out: list[tuple[re.Match[str], int, int]] = []
    outer_at = inner_at = -1  # where the outer list's and the inner list's last item stood (-1: none here)
    inner, breakdown = 0, False  # breakdown: the inner list follows 其中： (``breakdown_leads``)
    for m in listed.found:
        n = value(m["n"])
        if n is None or text.startswith(m["n"], m.end()) or listed.quoted_at(m.start()):
            continue
        if inner and _ended(text, inner_at, m.start()) and not (breakdown and n == inner + 1):
            inner = 0
        if inner or (n == 1 and outer_at >= 0 and _opens_inner(listed, m, outer_at)):
            breakdown = breakdown if inner else _after_breakdown(text, m)
            out.append((m, n, inner))
            inner, inner_at = n, m.start()
            continue
        out.append((m, n, before))
        before, outer_at = n, m.start()
    return tuple(out), before


class _Listed:
    """A paragraph's "N是" and quotes, found once: what each "N是" asks of the text after or around it is
    looked up, not read again from it (a one-line web copy without a stop made every 一是 read to its end)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found = list(_listed().finditer(text))
        self.starts = [m.start() for m in self.found]
        self.after_comma = [0]  # how many of the first k "N是" stand right after a 、
        for at in self.starts:
            self.after_comma.append(self.after_comma[-1] + (at > 0 and text[at - 1] == "、"))
        self.quotes = [q.span() for q in _QUOTED.finditer(text)]  # in order, none inside another
        self.quote_starts = [s for s, _ in self.quotes]

    def quoted_at(self, at: int) -> bool:
        k = bisect_right(self.quote_starts, at) - 1
        return k >= 0 and at < self.quotes[k][1]

    def comma_item_between(self, start: int, stop: int) -> bool:
        """Whether a "N是" standing right after a 、 starts in ``text[start:stop]`` (none crosses a stop mark)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, stop)
        return self.after_comma[hi] > self.after_comma[lo]


def _ended(text: str, start: int, end: int) -> bool:
    """Whether a ；or 。 stands between ``start`` and ``end``: the list item there is over."""
    return 0 <= next_of(text, _STOPS, start) < end


def _opens_inner(listed: _Listed, m: re.Match[str], outer_at: int) -> bool:
    """Whether the 一是 ``m`` opens an inner list of the item at ``outer_at``: within the item (no ；。
    since it) after a lead, or after 其中： however long the item."""
    text = listed.text
    return _after_breakdown(text, m) or (not _ended(text, outer_at, m.start()) and _inner(listed, m))


def _after_breakdown(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` follows a breakdown's lead (其中：): the numbers after it count the item's parts."""
    return _ends_with(text, m.start(), words().breakdown_leads) if words().breakdown_leads else False


def _ends_with(text: str, at: int, leads: tuple[str, ...]) -> bool:
    """Whether ``text[:at]``, spaces at its end aside, ends with one of ``leads`` (read back from ``at``)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text.endswith(leads, 0, at)


def _inner(listed: _Listed, m: re.Match[str]) -> bool:
    """Whether the 一是 ``m``, inside an outer item, opens an inner list: after 包括 or ：, or with its
    next item after a 、 (一是进社区、二是进学校)."""
    text = listed.text
    if _ends_with(text, m.start(), words().inner_list_leads):
        return True
    stop = next_of(text, _STOPS, m.end())
    return listed.comma_item_between(m.end(), len(text) if stop < 0 else stop)


@lru_cache(maxsize=1)
def _listed() -> re.Pattern[str]:
    """``_LISTED``, and a "N是" right after an inner list's lead (包括一是进社区)."""
    leads = "".join(f"|(?<={re.escape(w)})" for w in words().inner_list_leads)
    return compile(rf"(?:{_AFTER_MARK}{leads}){_NUMBER_IS}")


def _list_message(written: str, before: int, n: int) -> str:
    if n == before:
        return f"请依次编号：分条序号“{written}”与前一条重复"
    if n < before:
        return f"请依次编号：分条序号“{written}”排在“{cn_number(before)}是”之后"
    return f"请依次编号：分条序号“{written}”之前缺了“{cn_number(before + 1)}是”"


def _after_repeat(before: tuple[int, Block, bool], n: int) -> bool:
    """Whether ``n`` follows a number written twice (二、 二、 四、): the repeat stood for the number
    between, already reported; the next one goes on from either."""
    return before[2] and n == before[0] + 2


def _filled(before: int, n: int, between: list[int]) -> bool:
    """Whether the numbers skipped from ``before`` to ``n`` all stand, in order, on paragraphs between."""
    return n > before and between == list(range(before + 1, n))


def half_bracketed(text: str) -> tuple[int, int, str] | None:
    """(start, end, message) of a heading number at the start of ``text`` that lacks one bracket."""
    m = _HALF_OPEN.match(text) or _HALF_CLOSE.match(text)
    if m is None or (m.re is _HALF_CLOSE and text[m.end()] in _NUMERAL_WORDS):
        return None
    written = text[m.start("n") - (m.re is _HALF_CLOSE) : m.end()].strip()
    which = "左" if m.re is _HALF_OPEN else "右"
    return m.start(), m.end(), f"改为“（{m['n']}）”：标题序号“{written}”少了{which}括号"


def _message(number: str, before: int, n: int) -> str:
    def say(k: int) -> str:
        return str(k) if any(c.isdigit() for c in number) else cn_number(k)

    if n == before:
        return f"请依次编号：标题序号“{number}”与上一个同级标题重复"
    if n < before:
        return f"请依次编号：标题序号“{number}”排在“{say(before)}”之后"
    return f"请依次编号：标题序号“{number}”之前缺了“{say(before + 1)}”"
