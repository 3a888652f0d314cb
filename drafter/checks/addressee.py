"""A government department's report sent to the Party committee alone ("市委：").

A department reports to the Party committee and the government of its level, and to the department above
(《法治政府建设与责任落实督察工作规定》); a 主送机关 naming only the committee (市委, 中共青山市委员会) leaves its
own government out. A report of a Party body (县委宣传部, 县委政法委) is sent to the committee alone, rightly;
so is a government's (县级政府 report to the committee and the 人大常委会 of their level); a 主送机关 naming
the committee's office for law (县委依法治县办, 全面依法治县委员会) is where reports are collected. The words are
data (``words.toml`` [addressee]).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..hanzi import simplified
from ..lazyre import Lazy, compile
from ..vocab import alternation, load, word_list, words
from .context import Context
from .results import INFO, Finding
from .rule import Rule, Scope

ADDRESSEE_GOVERNMENT = Rule(
    "addressee-government",
    "部门报告的主送机关漏了本级政府",
    Scope.DOCUMENT,
    {INFO: "政府部门的报告只写了“市委：”，没有本级人民政府"},
)

_BETWEEN = Lazy(r"[、，,；;\s\u3000]+")


@dataclass(frozen=True)
class Organs:
    """``words.toml``'s [addressee]: what a Party committee's name, a Party unit's and a department's are."""

    party_marks: tuple[str, ...]  # 中共: before a committee's name
    committee_levels: tuple[str, ...]  # 市 县: a level whose committee is named 市委, 县委员会
    committee_ends: tuple[str, ...]  # 委 委员会: after the level
    committees: tuple[str, ...]  # 党委 党工委: a committee by its own word
    not_committee: tuple[str, ...]  # 人大 政法委: a name holding one is another body (县人大常委会)
    party_units: tuple[str, ...]  # 党组 政法委: a unit of the Party, sent to the committee alone
    department_ends: tuple[str, ...]  # 局 政府办: a department's name ends so


@lru_cache(maxsize=1)
def organs() -> Organs:
    return load("words.toml", _organs)


def _organs(data: dict[str, Any], p: Path) -> Organs:
    try:
        t = data["addressee"]
        return Organs(**{f.name: word_list(t[f.name]) for f in fields(Organs)})
    except (KeyError, TypeError) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；[addressee] 的各项是词语的列表") from None


@lru_cache(maxsize=1)
def _committee() -> re.Pattern[str]:
    """A Party committee by name: 市委, 中共青山市委, 中共青山县委员会 (not 县人大常委会: ``not_committee``)."""
    o = organs()
    levels = "".join(map(re.escape, o.committee_levels))
    end = rf"(?:[{levels}]{alternation(o.committee_ends)}|{alternation(o.committees)})"
    return compile(rf"^{alternation(o.party_marks)}?[\u4e00-\u9fff]{{0,12}}?{end}$")


@lru_cache(maxsize=1)
def _party_unit() -> re.Pattern[str]:
    """A unit of the Party (县委宣传部, 中共青山县委政法委员会): its words, or a level's committee (县委)."""
    o = organs()
    return compile(rf"{alternation(o.party_units)}|[{''.join(map(re.escape, o.committee_levels))}]委")


@lru_cache(maxsize=1)
def _place() -> re.Pattern[str]:
    """A committee's place (group ``place``): 县 of 县委, 中共青山市 of 中共青山市委员会, 青山镇 of 青山镇党委."""
    o = organs()
    levels = "".join(map(re.escape, o.committee_levels))
    return compile(
        rf"^{alternation(o.party_marks)}?(?P<place>[\u4e00-\u9fff]{{0,12}}?"
        rf"(?:[{levels}](?={alternation(o.committee_ends)}$)|[\u4e00-\u9fff](?={alternation(o.committees)}$)))"
    )


def _government_of(committee: str) -> str | None:
    """The government of the committee's place, as the 主送机关 names it (县委 → 县人民政府, 中共青山市委员会 →
    青山市人民政府, 青禾街道党工委 → 青禾街道办事处: ``place_governments`` of words.toml [head]); None unknown."""
    m = _place().match(committee)
    if m is None:
        return None
    place = m.group("place")
    by_level = [p.partition("=") for p in words().head.place_governments]
    ends = [g for end, eq, g in by_level if eq and place.endswith(end)]
    rest = [end for end, eq, _ in by_level if not eq]
    return place + (ends[0] if ends else rest[0] if rest else "")


def _is_committee(name: str) -> bool:
    return _committee().match(name) is not None and not any(w in name for w in organs().not_committee)


@ADDRESSEE_GOVERNMENT.check
def addressee_government(ctx: Context) -> Iterator[Finding]:
    meta = ctx.doc.meta
    if ctx.checklist.id != "department" or not meta.unit or not meta.addressee:
        return
    unit = simplified(meta.unit)
    if _party_unit().search(unit) or not unit.endswith(organs().department_ends):
        return
    named = [p for p in _BETWEEN.split(simplified(meta.addressee).strip().rstrip("：:")) if p]
    if not named or not all(_is_committee(p) for p in named):
        return
    block = next((b for b in ctx.doc.blocks if b.role == "addressee"), None)
    if block is None:
        return
    said = "、".join(named)
    government = _government_of(named[0])
    example = f"（如“{said}、{government}：”）" if government else ""
    message = (
        f"请核对是否漏了本级人民政府{example}：主送机关只写了“{said}”，政府部门的年度报告报送本级党委和人民政府"
        "（并报上一级主管部门）"
    )
    yield ADDRESSEE_GOVERNMENT.at(block, 0, len(block.text.rstrip("：: ")), INFO, message)


__all__ = ["ADDRESSEE_GOVERNMENT"]
