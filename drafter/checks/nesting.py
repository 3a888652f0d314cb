"""A mark of a pair inside another of its kind, as GB/T 15834—2011 states it: a title inside a title takes the
single 书名号 (《关于印发〈……办法〉的通知》, 4.16), a quote inside a quote the single quotes (“……‘……’……”, 4.9).
The signs < > for the single 书名号 are a [[wording]] entry of the checklist.

Only a paragraph whose marks of that kind all pair is read (a half left open is ``slips``' unpaired-mark, and a
quote a list item reopens is one): there the nesting is what the writer wrote, not a guess.
"""

from __future__ import annotations

from collections.abc import Iterator

from .results import WARNING, Local
from .rule import Rule, Scope
from .slips import SEEN, around

NESTED_MARK = Rule(
    "nested-mark",
    "书名号、引号套用时里层没有改用单书名号、单引号",
    Scope.PARAGRAPH,
    {WARNING: "书名号里又用书名号，里层应为单书名号〈〉；引号里又用引号，里层应为单引号‘’"},
)

_KINDS = (("《", "》", "〈", "〉", "书名号", "单书名号"), ("“", "”", "‘", "’", "引号", "单引号"))


def _twice(text: str) -> bool:
    return text.count("《") >= 2 or text.count("“") >= 2


SHOWN = 30  # characters of an inner pair a message shows at most: pairs nested deep hold long spans


@NESTED_MARK.check_paragraphs(SEEN, where=_twice)
def _nested(text: str, _: object) -> Iterator[Local]:
    for opener, closer, inner_open, inner_close, name, inner_name in _KINDS:
        for start, end in inner_pairs(text, opener, closer):
            if end - start <= SHOWN:  # the right form, when it is short enough to show whole
                act = f"改为“{inner_open}{text[start + 1 : end]}{inner_close}”"
                message = f"{act}：{name}里又用了{name}，里层用{inner_name}（GB/T 15834）"
            else:
                shown = around(text, start, min(end, start + SHOWN) + 1)
                message = f"请把里层的{name}改为{inner_name}：“{shown}”中{name}里又用了{name}（GB/T 15834）"
            yield NESTED_MARK.local(start, end + 1, WARNING, message)


def inner_pairs(text: str, opener: str, closer: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each pair of ``opener``/``closer`` standing inside another pair of them, in a
    paragraph where every one of these marks pairs (none when one is left open or closes nothing)."""
    if text.count(opener) < 2 or text.count(opener) != text.count(closer):
        return []
    stack: list[int] = []
    out = []
    for i, ch in enumerate(text):
        if ch == opener:
            stack.append(i)
        elif ch == closer:
            if not stack:
                return []
            start = stack.pop()
            if stack:
                out.append((start, i))
    return out if not stack else []


__all__ = ["NESTED_MARK", "inner_pairs"]
