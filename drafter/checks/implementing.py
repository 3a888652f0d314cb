"""A plan cited under the central document it implements: 《法治政府建设实施纲要（2021—2025年）工作方案》.

A document's title names its issuer, its matter and its kind (党政机关公文处理工作条例 第九条); one that
implements a central document names that document inside its own title, in 〈〉 (GB/T 15834 4.15.3), after
its issuer and a verb: 《青山县贯彻落实〈法治政府建设实施纲要（2021—2025年）〉实施方案》. A cited title
that is a known central plan's title, its years included, with the kind of an implementing plan run on
(……纲要（2021—2025年）工作方案) names no issued document: neither the central one nor the local plan. The plans' kinds are data
(``names.toml`` [near] ``implementing``); a law's own 实施条例 or 实施细则 is an issued title, not among them.
A title the clause makes the unit's own (我县制定《……》) is its name as the unit gave it: not told.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy
from ..vocab import load, word_list
from .fixednames import CITED, Title, fixed, forms, key, own_clause
from .keep import kept

_RANGE_END = Lazy(r"\d{4}-\d{4}$")  # a normalised title (``fixednames.key``) closed by its years
LEAST = 8  # a central title this long says which document it is (短的“宪法”“民法典”不在此列)


@lru_cache(maxsize=1)
def implementing() -> tuple[str, ...]:
    """The kinds of a plan that implements another document (工作方案, 任务分工…), longest first."""
    return load("names.toml", _kinds)


def _kinds(data: dict[str, Any], path: object) -> tuple[str, ...]:
    try:
        words = word_list(data.get("near", {}).get("implementing", []))
    except TypeError as e:
        raise ReadError(f"固定提法表 {path} 的 implementing 有误（{str(e)[:80]}）；要写成词语的列表") from None
    return tuple(sorted(words, key=len, reverse=True))


@kept
def run_on_titles(text: str) -> tuple[tuple[int, int, Title], ...]:
    """(start, end, central title) of each title cited in ``text`` that is a known central title with an
    implementing plan's kind run on; the span covers the brackets (kept: every re-check asks of every paragraph)."""
    return tuple(_run_on(text))


def _run_on(text: str) -> Iterator[tuple[int, int, Title]]:
    kinds = implementing()
    titles = [t for t in fixed().titles if len(t.key) >= LEAST and not t.replaced_by and _dated(t.key)]
    for m in (m for rx in CITED for m in rx.compiled.finditer(text)):
        for k in forms(key(m.group(1))):
            t = next((t for t in titles if k.startswith(t.key) and k[len(t.key) :].lstrip("的") in kinds), None)
            if t is not None and not own_clause(text, m.start()):
                yield m.start(), m.end(), t
                break


def _dated(k: str) -> bool:
    """A plan of years (纲要（2021—2025年）, 规划（2020—2025年）): its range of years closes its title, so a
    kind after them begins another document's (a law's 实施条例, a 意见's 实施意见 may be titles as issued)."""
    return _RANGE_END.search(k) is not None


def message(t: Title) -> str:
    """What to do first, then why (the app's status line shows a message's first row)."""
    return f"请核对名称：中央文件是《{t.name}》；落实它的方案写全名，内引的名称加〈〉"


__all__ = ["implementing", "message", "run_on_titles"]
