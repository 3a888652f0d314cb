"""Textbook 病句 shapes a careful reader marks, each stated in ``checklists/usage.toml``'s ``[[garbled]]`` as a
pattern and what to write instead: 成分残缺 (a verb dropped: 严格“第一议题”, 制定发《……》), 成分赘余 (等 twice in
one list, 提供有力保障的法治支撑), a list of organs whose next item is no organ (党中央、工作要求).

Each pattern is screened when the file loads (``patterns.validate``: no shape that backtracks without bound);
a paragraph is searched once per pattern, and only when it holds the pattern's first word (``needle``).
One shape needs a back-reference, which no checklist pattern may hold: a sentence's subject written again after
the 在……下 frames that follow it (新驿镇在县委的领导下，新驿镇坚持……: 成分赘余), here in code.
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
from ..lazyre import Lazy, compile
from ..patterns import UnsafePattern, validate
from ..vocab import load, word, word_list
from .results import INFO, WARNING, Local
from .rule import Rule, Scope

FILE = "usage.toml"
SEEN = ("body", "title", "addressee", "closing")
TITLE = 80  # the longest title looked for around a match
KEYS = frozenset({"pattern", "needles", "fix", "action", "message", "severity", "except"})

GARBLED = Rule(
    "garbled-sentence",
    "病句：成分残缺、赘余",
    Scope.PARAGRAPH,
    {
        WARNING: "句子成分残缺或赘余：漏了动词（严格“第一议题”、制定发《……》），一个列举写了两次“等”",
        INFO: "审读时多会改、但读者看法不一的写法",
    },
)


@dataclass(frozen=True)
class Shape:
    """A 病句 shape: where it stands, what to write instead (``fix``, a replacement of the match) or what to
    do (``action``), and why."""

    pattern: str
    needles: tuple[str, ...]  # words one of which every match holds: a paragraph without them is not searched
    fix: str
    action: str
    message: str
    severity: str
    exceptions: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    return load(FILE, _shapes)


def _shapes(data: dict[str, Any], p: Path) -> tuple[Shape, ...]:
    try:
        tables = data.get("garbled", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise TypeError("[[garbled]] 不是表的列表")
        return tuple(_shape(t) for t in tables)
    except (KeyError, TypeError, ValueError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:80]}）；[[garbled]] 每项要有 pattern、needles、message，以及 fix 或 action"
        ) from None


def _shape(t: dict[str, Any]) -> Shape:
    if unknown := sorted(set(t) - KEYS):
        raise ValueError(f"未知的项 {'、'.join(unknown)}")
    source = word(t["pattern"])
    try:
        validate(source)
    except UnsafePattern as e:
        raise ValueError(f"pattern {source[:30]}：{e}") from None
    fix, action = word(t.get("fix", ""), empty=True), word(t.get("action", ""), empty=True)
    if not (fix or action):
        raise ValueError("要有 fix 或 action")
    severity = t.get("severity", WARNING)
    if severity not in (WARNING, INFO):
        raise ValueError(f"severity {severity!r} 不是 warning 或 info")
    return Shape(
        source, word_list(t["needles"]), fix, action, word(t["message"]), str(severity), word_list(t.get("except", []))
    )


@lru_cache(maxsize=64)
def _rx(source: str) -> re.Pattern[str]:
    return compile(source)


@GARBLED.check_paragraphs(SEEN)
def _garbled(written: str, _: object) -> Iterator[Local]:
    text = simplified(written)  # the same length: offsets hold
    for s in shapes():
        if not any(n in text for n in s.needles):
            continue
        for m in _rx(s.pattern).finditer(text):
            if _titled(text, m.start()) or any(_over(text, m.start(), m.end(), e) for e in s.exceptions):
                continue
            what = f"改为“{_inner(m.expand(s.fix))}”" if s.fix else s.action
            start, end = m.span("at") if "at" in m.re.groupindex else m.span()
            yield GARBLED.local(start, end, s.severity, f"{what}：{m.expand(s.message)}")
    yield from _subject_twice(text)


# A sentence's subject, then one to three 在……下 frames (the later ones may have lost their 在); the subject is
# looked for again right after them.
_FRAMED = Lazy(
    r"(?:^|(?<=[。；;！？!?]))(?:(?:19|20)\d\d年度?[，,])?(?P<s>[\u4e00-\u9fff]{2,12}?)"
    r"在[^。；;！？!?\n]{2,60}?下[，,、](?:在?[^。；;！？!?\n，,]{2,60}?下[，,、]){0,2}"
)


def _subject_twice(text: str) -> Iterator[Local]:
    """The subject written before the 在……下 frames and again after them: one is too many."""
    for m in _FRAMED.finditer(text) if "下" in text else ():
        subject = m["s"]
        if text.startswith(subject, m.end()):
            message = f"删去后一个“{subject}”：主语在“在……下”前后写了两次"
            yield GARBLED.local(m.end(), m.end() + len(subject), WARNING, message)


def _inner(fixed: str) -> str:
    """Quotation marks inside the message's own quotes made single (GB/T 15834 4.1.3.2)."""
    return fixed.replace("“", "‘").replace("”", "’")


def _titled(text: str, at: int) -> bool:
    """Whether ``at`` stands inside 《》 (a title is written as it is), a title's reach looked at either side."""
    opened = text.rfind("《", max(0, at - TITLE), at)
    return opened >= 0 and text.rfind("》", opened, at) < 0 and text.find("》", at, at + TITLE) >= 0


def _over(text: str, start: int, end: int, e: str) -> bool:
    """Whether ``e`` stands in ``text`` over some of ``text[start:end]``."""
    return text.find(e, max(0, start - len(e) + 1), end + len(e) - 1) >= 0


__all__ = ["GARBLED", "Shape", "shapes"]
