"""The marks that end the items of a list run into one paragraph (一是……；二是……。), as GB/T 15834—2011
附录A (分号用法补充规则) states it: when one or more of the items already holds a 句号, no item ends with a
分号 — the items end with 句号 throughout.

Two shapes, by what the items hold:

- the items' ends mixed (一是……；二是……。三是……；): the list ends its items two ways — a warning;
- every item ending with a 分号 but one holding a 句号 inside (一是抓学习。坚持……；二是抓宣传。……；): the
  standard's very case, yet a habit many 公文 keep (a run-in title closed by 。, its item by ；) — an info
  that says so, once a report (at the first such list, counted), the writer may dismiss it.

A paragraph ending with a 分号 right before a heading of level 一、 or （一） (LAST_ITEM_END) ends its section
on a 句内点号: the last item of a list of lines (……；……；……。) takes the 句号 (GB/T 15834—2011 4.6: the 分号
parts the items; the sentence, and so the list, ends with a 句末点号).

An item is the words from its ordinal (一是, 二是 … in sequence, each after a mark or a line's start) to the
next one; the last item's end is not known (the paragraph may go on past the list) and is not read. A
heading number between two ordinals (（二）, 二、: a web copy's run-on line) ends the list. Linear: one scan
of the paragraph's ordinals and stops.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from ..lazyre import Lazy
from ..text import CN_DIGITS
from .context import Context
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope
from .slips import around, seen

_ORDINAL = Lazy(rf"(?:^|(?<=[\s。；;：:，,！？!?）)]))(十?[{CN_DIGITS[:-1]}]|十)是(?![否非])")
_HEADING = Lazy(rf"[（(][{CN_DIGITS}]{{1,3}}[)）]|(?:^|(?<=[。；;\s]))[{CN_DIGITS}]{{1,3}}、")
_SEMIS = "；;"
_CLOSERS = "”’）)》」』"

ITEM_END = Rule(
    "item-end",
    "分项列举的各项末尾标点不一致",
    Scope.DOCUMENT,
    {
        WARNING: "“一是……二是……”各项的末尾有的用句号、有的用分号（GB/T 15834—2011 附录A：各项中已有句号的，"
        "各项末尾不用分号）",
        INFO: "“一是……二是……”各项末尾都用分号，但其中一项内部已用了句号（同上；不少公文这样写，可以忽略）",
    },
)


LAST_ITEM_END = Rule(
    "last-item-end",
    "段末用了分号，下一段是标题",
    Scope.DOCUMENT,
    {WARNING: "段落以分号结尾，下一段就是“一、”“（一）”一级的标题：列举的最后一项用句号结尾"},
)
_SECTION_NUMBER = Lazy(rf"^\s*(?:[{CN_DIGITS}]{{1,3}}、|[（(][{CN_DIGITS}]{{1,3}}[)）])")


@LAST_ITEM_END.check
def last_item_end(ctx: Context) -> Iterator[Finding]:
    blocks = [b for b in ctx.doc.blocks if b.role not in ("debris",)]
    for b, after in pairwise(blocks):
        text = b.text.rstrip()
        if b.role != "body" or b.kind != "paragraph" or not text or text[-1] not in _SEMIS:
            continue
        if after.kind != "heading" or not _SECTION_NUMBER.match(after.number or after.text):
            continue
        message = (
            f"请把“；”改为“。”：“{around(text, len(text) - 1)}”以分号结尾，下一段是标题“{after.text.strip()[:16]}”；"
            "分号是句内点号，列举的最后一项、一节的最后一句用句号结尾（GB/T 15834—2011 4.6）"
        )
        yield LAST_ITEM_END.at(b, len(text) - 1, len(text), WARNING, message, ctx.part_of(b))


@ITEM_END.check
def item_end(ctx: Context) -> Iterator[Finding]:
    """Each list whose items' ends are mixed; the habit of 。 inside items ending with ； once a report, at
    its first list (the writer keeps it throughout or changes it throughout: one info, counted)."""
    keyed = [(b, None, ctx.part_of(b)) for b in seen(ctx) if "二是" in b.text]
    habit: list[Finding] = []
    for f in ctx.paragraphs(ITEM_END, keyed, _item_ends):
        if f.severity == INFO:
            habit.append(f)
        else:
            yield f
    if habit:
        more = f"（全文共{len(habit)}组这样写）" if len(habit) > 1 else ""
        yield replace(habit[0], message=habit[0].message + more)


def _value(numeral: str) -> int:
    if numeral == "十":
        return 10
    return (10 if numeral.startswith("十") else 0) + CN_DIGITS.index(numeral[-1]) + 1


def _runs(text: str) -> list[list[int]]:
    """The starts of each run of ordinals 一是, 二是 … in sequence (two or more), a heading number between
    two of them ending a run."""
    heads = [m.start() for m in _HEADING.finditer(text)]
    runs: list[list[int]] = []
    run: list[int] = []
    last = 0
    h = 0
    for m in _ORDINAL.finditer(text):
        value = _value(m[1])
        while h < len(heads) and heads[h] < m.start():
            h += 1
        broken = bool(run) and h > 0 and heads[h - 1] > run[-1]
        if value == last + 1 and run and not broken:
            run.append(m.start())
        else:
            if len(run) > 1:
                runs.append(run)
            run = [m.start()] if value == 1 else []
        last = value if run else 0
    if len(run) > 1:
        runs.append(run)
    return runs


def _stop(text: str, i: int) -> bool:
    """A 句号 at ``i`` ending a sentence of the item (not a decimal point or 1., nor a quoted one's)."""
    ch = text[i]
    if ch == ".":
        return not (i > 0 and text[i - 1].isdigit()) and not (i + 1 < len(text) and text[i + 1].isdigit())
    return ch == "。" and not (i + 1 < len(text) and text[i + 1] in _CLOSERS)


def _item_ends(text: str, _: object) -> Iterator[Local]:
    for run in _runs(text):
        semis: list[int] = []
        ends_stop: list[int] = []
        inner_stop: list[int] = []
        for start, nxt in pairwise(run):
            item = text[start:nxt].rstrip()
            end = start + len(item) - 1
            if item[-1] in _SEMIS:
                semis.append(end)
            elif _stop(text, end):
                ends_stop.append(end)
            inner = next((k for k in range(start, end) if text[k] in "。." and _stop(text, k)), None)
            if inner is not None:
                inner_stop.append(inner)
        if not semis or not (ends_stop or inner_stop):
            continue
        at = semis[0]
        more = f"（这组共{len(semis)}处分号）" if len(semis) > 1 else ""
        if ends_stop:
            stop = ends_stop[0]
            message = (
                f"请把分号改为句号：分项列举的各项末尾，“{around(text, stop)}”用了句号，“{around(text, at)}”用了分号"
                f"{more}；各项中已有句号的，各项末尾都用句号（GB/T 15834—2011 附录A）"
            )
            yield ITEM_END.local(at, at + 1, WARNING, message)
        else:
            stop = inner_stop[0]
            message = (
                f"宜把各项末尾的分号都改为句号：一项内部已用了句号（“{around(text, stop)}”），各项末尾却用分号"
                f"（“{around(text, at)}”）{more}；各项中已有句号的，各项末尾不用分号（GB/T 15834—2011 附录A；"
                "不少公文这样写，可以忽略）"
            )
            yield ITEM_END.local(at, at + 1, INFO, message)


__all__ = ["ITEM_END", "LAST_ITEM_END"]
