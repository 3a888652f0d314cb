"""A cited document's years without 年: 《青禾省法治社会建设实施方案（2021—2025）》, or a plan named with its
years but without 《》 and 年 (对照全省依法治省规划(2021-2025)).

A document's title writes its period as （2021—2025年）, a local plan's as the central one's; a careful reader
flags the 年 left out of any cited title, not only of the titles ``names.toml`` knows (``fixednames`` says
more of those: the right name, the right years). Outside 《》 only a document kind's word (规划, 方案……)
right before the years makes them a title's (五年（2021-2025）, “八五”普法（2021-2025）are not one). The words
are data: ``names.toml``'s [near] ``plans``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..vocab import load, word_list
from .keep import kept

LOOK = 80  # characters a title's 《 is looked for before its years, and its 》 after them
_BARE_RANGE = Lazy(r"[（(]\s*(20\d\d\s*(?:[-—–－~～―─]+|至)\s*20\d\d)\s*[）)]")  # no 年 anywhere in the brackets
_QUOTES = "“”\"'‘’ "
_HYPHENS = "-－‐‑–~～―─"  # anything but the 一字线 joining a title's years (range-dash leaves these here)


@kept
def unyeared(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, what is wrong) of each year range of a cited document written without 年: the span
    is the years as written (kept: every re-check asks of every paragraph)."""
    if "20" not in text:
        return ()
    return tuple(_unyeared(text))


def _unyeared(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _BARE_RANGE.compiled.finditer(text):
        start, end = m.span(1)
        if _in_title(text, m.start(), m.end()):
            yield start, end, f"年份后漏了“年”{_dash(m[1])}（应为“（{_right(m[1])}）”）"
        elif _after_kind(text, m.start()):
            yield start, end, f"文件名称要加书名号，年份后漏了“年”{_dash(m[1])}（应为“《……（{_right(m[1])}）》”）"


def _right(years: str) -> str:
    """The years as a title writes them: joined by the 一字线, 年 after (2021-2025 -> 2021—2025年)."""
    first, last = years[:4], years[-4:]
    return f"{first}—{last}年" if "至" not in years else f"{first}至{last}年"


def _dash(years: str) -> str:
    """The dash said with the 年 (one finding for the place: range-dash leaves these years alone)."""
    return "，年份之间用“—”" if any(h in years for h in _HYPHENS) else ""


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a 《》 (or 〈〉 <>): an opener before it not yet closed,
    and its closer after it with no opener between."""
    for opener, closer in ("《》", "〈〉", "<>"):
        before = text.rfind(opener, max(0, start - LOOK), start)
        if before < 0 or text.find(closer, before, start) >= 0:
            continue
        after = text.find(closer, end, end + LOOK)
        if after >= 0 and text.find(opener, end, after) < 0:
            return True
    return False


def _after_kind(text: str, at: int) -> bool:
    """Whether a plan's word (规划, 方案……) ends right before ``at``, not a five-year plan's short name
    (“十四五”规划（2021—2025）, “八五”普法规划（2021—2025）: its period, as “八五”普法（2021-2025）, no title
    cited; quotes are not read)."""
    kind = next((k for k in plans() if text.endswith(k, 0, at)), None)
    if kind is None:
        return False
    before = "".join(c for c in text[max(0, at - len(kind) - 10) : at - len(kind)] if c not in _QUOTES)
    return not any(before.endswith(p) for p in periods())


@lru_cache(maxsize=1)
def periods() -> tuple[str, ...]:
    """Five-year plans' short names (十四五……: ``names.toml``'s [near] ``periods``)."""
    return load("names.toml", lambda data, p: _near(data, p, "periods", "十四五……"))


@lru_cache(maxsize=1)
def plans() -> tuple[str, ...]:
    """The words a plan's title ends with before its years (``names.toml``'s [near] ``plans``)."""
    return load("names.toml", lambda data, p: _near(data, p, "plans", "规划、方案……"))


def _near(data: dict[str, Any], p: Path, key: str, example: str) -> tuple[str, ...]:
    """``names.toml``'s [near] list ``key``; a ReadError, one Chinese line, when it is no list of words."""
    try:
        return word_list(data["near"][key])
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[near] 的 {key} 是词语的列表（{example}）") from None


__all__ = ["unyeared"]
