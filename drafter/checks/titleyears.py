"""A known title's years written otherwise: 年 dropped, another dash, or years no edition has
(《法治政府建设实施纲要（2020—2025年）》, 《法治中国建设规划》（2021—2025年）) — or none at all
(《法治政府建设实施纲要》: the title cut short, ``yearless``).

A title's period belongs to its name (GB/T 15834 4.15: the whole name stands in 《》). The years are
read where writers put them: inside the 《》, in brackets right after the 》, or after the name cited
without 《》. Same words with other figures are a slip of the edition in force unless the clause says
the document is the unit's own (我县制定的《……（2022—2025年）》: ``names.toml`` [near] ``own``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy, compile
from .fixednames import CITED, RANGE, Title, digits_only, fixed, forms, key, own_clause
from .keep import kept

DASH = "年份之间用"  # what is wrong with the years is only the dash between them: typesetting, an info
PLACES = "省市州盟县区旗镇乡"  # a place's name ends with one: 青山县法治政府建设实施纲要 is 青山县's
_AFTER = Lazy(r"\s*([（(][^（）()\n]{4,16}[）)])")  # the years in brackets right after a title's 》


@kept
def bent_years(text: str) -> tuple[tuple[int, int, Title, str], ...]:
    """(start, end, right title, what is wrong) for each known title cited in ``text`` with its years
    written otherwise: 年 dropped, another dash than the title's, or years no edition has; the span is
    the years as written (kept: every re-check asks of every paragraph)."""
    return tuple(_bent_years(text))


def _bent_years(text: str) -> Iterator[tuple[int, int, Title, str]]:
    titles = fixed().titles
    for start, words, named in _cited(text, titles):
        got = RANGE.compiled.search(words)
        ks = forms(key(words))
        same = [t for t in titles if RANGE.compiled.search(t.name) and any(digits_only(f, t.key) for f in ks)]
        if got is None or not same:
            continue
        exact = [t for t in same if t.key in ks]
        why = _years_off(got, exact[0]) if exact else _wrong_years(got, same, named or own_clause(text, start))
        if why:
            yield start + got.start(), start + got.end(), *why


def yearless(text: str) -> Iterator[tuple[int, int, Title, tuple[Title, ...]]]:
    """(start, end, the edition in force, the earlier editions) of each central title whose name holds its
    years (《法治政府建设实施纲要（2021—2025年）》) cited in 《》 by its words alone, no years inside nor in
    brackets right after the 》: the title cut short. The 条例 cites a document by its title, and the years tell
    the editions apart. Not one a title of the unit's own wraps (《青山县贯彻落实〈……〉实施方案》, the local
    document's own words), nor one the clause makes the unit's own (我县制定的《……纲要》)."""
    editions = _editions(fixed().titles)
    for m in CITED[0].compiled.finditer(text):
        same = editions.get(key(m.group(1)))
        if not same or _dated(text, m.start(), m.end()) or _inside_title(text, m.start()):
            continue
        if not own_clause(text, m.start()):
            yield m.start(), m.end(), same[0], same[1:]


def _dated(text: str, start: int, end: int) -> bool:
    """Whether years stand right after the title at ``start:end`` (in brackets or not) or right before it
    (2021—2025年《……》): the title's period said at another place, ``bent_years``' business."""
    after = _AFTER.compiled.match(text, end) or RANGE.compiled.match(text, end)
    return after is not None or RANGE.compiled.search(text[max(0, start - 12) : start].rstrip("的 ")) is not None


def _inside_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside another title's 《 left open before it (《……贯彻落实《……》实施方案》)."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


@lru_cache(maxsize=2)
def _editions(titles: tuple[Title, ...]) -> dict[str, tuple[Title, ...]]:
    """The known titles whose names hold their years, by their words without the years, latest edition first."""
    out: dict[str, list[Title]] = {}
    for t in titles:
        got = RANGE.compiled.search(t.name)
        if got is not None and "（" in t.name:
            out.setdefault(key(t.name[: t.name.find("（")]), []).append(t)
    return {k: tuple(sorted(v, key=_start, reverse=True)) for k, v in out.items()}


def _cited(text: str, titles: tuple[Title, ...]) -> Iterator[tuple[int, str, bool]]:
    """(where the words start, the words with their years, whether a place names them its own) of each
    title cited in ``text``: in 《》 (its years inside, or in brackets right after the 》), and a known
    title's name without 《》 — inside a local title too, where a place right before it makes it the
    place's own (《青山县法治政府建设实施纲要（2022—2025年）》)."""
    cited = [m for rx in CITED for m in rx.compiled.finditer(text)]
    for m in cited:
        after = _AFTER.compiled.match(text, m.end())
        if RANGE.compiled.search(m.group(1)) is None and after is not None:
            # 《法治中国建设规划》（2021—2025年）: the years as the name's, at their own place
            gap = after.start(1) - m.start(1)
            yield m.start(1), m.group(1) + " " * (gap - len(m.group(1))) + after.group(1), False
        else:
            yield m.start(1), m.group(1), False
    starts = {c.start(1) for c in cited}
    for m in bare_titles(text, titles):
        if m.start() not in starts:
            yield m.start(1), m.group(1), text[m.start() - 1 : m.start()] in PLACES


def bare_titles(text: str, titles: tuple[Title, ...]) -> Iterator[re.Match[str]]:
    """A known title with years cited without its own 《》 ("落实法治政府建设实施纲要（2020—2025年）", or
    inside a local title: 《青山县贯彻落实法治政府建设实施纲要（2020—2025年）实施方案》): its name and the
    bracketed years after it, as a cited title's match (group 1)."""
    for stem, rx in _stems(titles):
        if stem in text:
            yield from rx.finditer(text)


@lru_cache(maxsize=2)
def _stems(titles: tuple[Title, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The names of the known titles with years, each with the pattern of it and its bracketed years."""
    stems = sorted({t.name[: t.name.find("（")] for t in titles if "（" in t.name and RANGE.compiled.search(t.name)})
    return tuple((s, compile("(" + re.escape(s) + r"\s*[（(][^（）()\n]{4,16}[）)])")) for s in stems)


def _years_off(got: re.Match[str], t: Title) -> tuple[Title, str] | None:
    """What is wrong in the years of ``t`` cited with its own figures: 年 dropped, another dash."""
    right = RANGE.compiled.search(t.name)
    assert right is not None
    problems = ["年份后漏了“年”"] * bool(right[4] and not got[4]) + [f"{DASH}“{right[2]}”"] * (got[2] != right[2])
    return (t, "，".join(problems)) if problems else None


def _wrong_years(got: re.Match[str], same: list[Title], own: bool) -> tuple[Title, str] | None:
    """The edition a title with a known title's words but no edition's years is a slip of: its end
    not after its start (2021—2015), or a range sharing a year with an edition (2020—2025, 2021—2035,
    2022—2025) or a year off each of its ends (2016—2020, 2020—2024). Where the clause makes it the
    unit's own (``own``), only a range an edition's end with an earlier start (2020—2025) or its start
    with another end is one: a later start to the same end (2022—2025) is a county's own 纲要."""
    a, b = int(got[1]), int(got[3])
    if b <= a:
        return next((t for t in same if _share(t, a, b)), same[0]), "起止年份有误"
    near = [t for t in same if _near(t, a, b, own)]
    near.sort(key=lambda t: _start(t), reverse=True)  # of two editions, the one in force now is meant
    return (near[0], "起止年份有误") if near else None


def _share(t: Title, a: int, b: int) -> bool:
    r = RANGE.compiled.search(t.name)
    return r is not None and (a == int(r[1]) or b == int(r[3]))


def _near(t: Title, a: int, b: int, own: bool) -> bool:
    """Whether the range ``a``–``b`` is a slip of ``t``'s (see ``_wrong_years``)."""
    r = RANGE.compiled.search(t.name)
    if r is None:
        return False
    s, e = int(r[1]), int(r[3])
    if own:
        return (s == a) != (e == b) and a <= s
    return (s == a) != (e == b) or (abs(a - s) <= 1 and abs(b - e) <= 1)


def _start(t: Title) -> int:
    r = RANGE.compiled.search(t.name)
    return int(r[1]) if r else 0


__all__ = ["DASH", "PLACES", "bare_titles", "bent_years", "yearless"]
