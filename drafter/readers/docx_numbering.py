"""Word list numbering: the text each numbered paragraph displays ("一、", "（二）", "3.").

Word can number headings itself (numbering.xml): the number is not in the paragraph's text, so
the reader asks ``Numbering.next`` for it, counter by counter, as Word would show it. A damaged
file's start values and level texts are clamped to Word's own ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..text import cn_number
from .docx_ooxml import VAL, _int, _q

_FORMATS_CN = frozenset(
    (
        "chineseCounting",
        "chineseCountingThousand",
        "ideographDigital",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "koreanCounting",
        "chineseLegalSimplified",
        "ideographLegalTraditional",
        "japaneseLegal",
    )
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


MAX_START = 32767  # Word's own range for a list's start value
MAX_LVL_TEXT = 100  # a level's text ("（%1）", "第%1章") is a few characters; Word's dialog allows 255 bytes


def _format(n: int, fmt: str) -> str:
    if fmt in _FORMATS_CN:
        return cn_number(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for v, s in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= v:
            out, n = out + s, n - v
    return out


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""


class Numbering:
    """Word list numbering: the text each numbered paragraph displays."""

    def __init__(self, root: Any) -> None:
        self.nums: dict[str, dict[int, _Level]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for a in root.iterchildren(_q("abstractNum")):
            abstract[a.get(_q("abstractNumId")) or ""] = {
                _int_attr(lvl, "ilvl"): _level(lvl) for lvl in a.iterchildren(_q("lvl"))
            }
        for n in root.iterchildren(_q("num")):
            aid = n.find(_q("abstractNumId"))
            levels = dict(abstract.get(aid.get(VAL) if aid is not None else "", {}))
            for ov in n.iterchildren(_q("lvlOverride")):
                ilvl = _int_attr(ov, "ilvl")
                lvl = ov.find(_q("lvl"))
                base = _level(lvl) if lvl is not None else _Level(**vars(levels.get(ilvl, _Level())))
                start = _int(ov.find(_q("startOverride")))
                if start is not None:
                    base.start = _clamp(start)
                levels[ilvl] = base
            self.nums[n.get(_q("numId")) or ""] = levels

    def next(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (numId, ilvl) and return the number as displayed."""
        levels = self.nums.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        lvl = levels[ilvl]
        if lvl.fmt in ("bullet", "none"):
            return ""

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            at = levels.get(k, _Level())
            return _format(counts.get(k, at.start), at.fmt)

        return re.sub(r"%([1-9])", sub, lvl.text)


def _int_attr(el: Any, name: str) -> int:
    try:
        return int(el.get(_q(name)) or 0)
    except ValueError:
        return 0


def _clamp(start: int) -> int:
    """A start value in Word's range: 10^18 in a damaged file would make roman numerals take forever."""
    return max(0, min(start, MAX_START))


def _level(lvl: Any) -> _Level:
    start = _int(lvl.find(_q("start")))
    fmt = lvl.find(_q("numFmt"))
    text = lvl.find(_q("lvlText"))
    return _Level(
        1 if start is None else _clamp(start),
        (fmt.get(VAL) or "decimal") if fmt is not None else "decimal",
        (text.get(VAL) or "")[:MAX_LVL_TEXT] if text is not None else "",
    )
