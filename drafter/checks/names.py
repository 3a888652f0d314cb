"""The unit's own name spelled two ways in one report ("平潭综合实验区" and "平潭综合实骏区").

The names checked are the issuing unit's name and each of its leading place names (平潭综合实验区
of 平潭综合实验区苏平片区管理局): a run of the same length that differs from one of them in a single
character in the middle is the name mistyped. Found through the name's first two characters, so a
report is read once per name. A government's name with its level dropped (鲁山人民政府 for
鲁山县人民政府) is the name mistyped too, however short the place name: no other name reads so.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..hanzi import simplified
from ..lazyre import Lazy
from ..model import Block
from ..text import CJK

_PLACE_END = "省市县区州盟旗乡镇"
_GOVERNMENT = "人民政府"
_CJK = Lazy(f"[{CJK}]")
MIN_NAME = 5  # shorter names (平潭县) differ from other words by one character too often


def own_names(unit: str | None) -> list[str]:
    """The unit's name and its leading place names, longest first, each at least ``MIN_NAME`` long."""
    if not unit:
        return []
    out = {unit.split()[-1]}
    first = unit.split()[-1]
    for i, ch in enumerate(first):
        if ch in _PLACE_END and i + 1 >= MIN_NAME and first[i + 1 : i + 2] not in ("长", "委"):
            out.add(first[: i + 1])
    return sorted((n for n in out if len(n) >= MIN_NAME), key=len, reverse=True)


def own_name_spellings(unit: str | None, blocks: list[Block]) -> Iterator[tuple[Block, int, int, str]]:
    """(block, start, end, message) for each other spelling of the unit's own names in ``blocks``."""
    yield from dropped_levels(unit, blocks)
    # as written and in simplified characters: a traditional report's blocks are read in simplified ones
    names = list(dict.fromkeys(own_names(unit) + own_names(simplified(unit) if unit else unit)))
    seen: set[str] = set()
    for b in blocks if names else []:
        text = b.text
        for name in names:
            at = text.find(name[:2])
            while at >= 0:
                got = text[at : at + len(name)]
                if got not in seen and got not in names and _one_off(got, name) and not _script_only(got, name):
                    seen.add(got)
                    yield (
                        b,
                        at,
                        at + len(name),
                        f"改为“{name}”：单位名称在这里写成了“{got}”；同一报告中本单位的名称应前后一致",
                    )
                at = text.find(name[:2], at + 1)


def dropped_levels(unit: str | None, blocks: list[Block]) -> Iterator[tuple[Block, int, int, str]]:
    """(block, start, end, message) for each place of ``blocks`` where the unit, a people's government,
    is named without its level (鲁山人民政府 of 鲁山县人民政府, 长寿人民政府 of 重庆市长寿区人民政府)."""
    name = simplified(unit.split()[-1]) if unit else ""  # a traditional report's blocks are read in simplified ones
    if not name.endswith(_GOVERNMENT) or len(name) < len(_GOVERNMENT) + 2:
        return
    level_at = len(name) - len(_GOVERNMENT) - 1
    if name[level_at] not in _PLACE_END:
        return
    # the place name is at least two characters: a level's character inside it (邳州市, 通州区, 沙市区) is
    # the name's own, not the end of a higher level's (徐州市 of 徐州市邳州市, 重庆市 of 重庆市长寿区)
    start = max((i + 1 for i in range(level_at - 2) if name[i] in _PLACE_END), default=0)
    if level_at - start < 2:  # 和县: “和人民政府” is 党委和人民政府's words, no 和县 less its 县
        return
    wrong = name[start:level_at] + _GOVERNMENT
    for b in blocks:
        at = b.text.find(wrong)
        while at >= 0:
            right = name[start : level_at + 1] + _GOVERNMENT
            message = f"请补上“{name[level_at]}”：单位名称“{right}”在这里漏了“{name[level_at]}”，写成了“{wrong}”"
            yield b, at, at + len(wrong), message
            at = b.text.find(wrong, at + 1)


def _script_only(got: str, name: str) -> bool:
    """The name as the head read it in traditional characters, and here in simplified ones (a report
    in traditional characters is checked in simplified ones: readers/script.py) — not a slip."""
    plain = simplified(name)
    return plain != name and simplified(got) == plain


def _one_off(got: str, name: str) -> bool:
    """``got`` is ``name`` with one Chinese character in the middle changed (not the first two, not the last), and
    not a level for a level: 长沙市人民政府 in a report of 长沙县人民政府 is the city over it, another unit."""
    if len(got) != len(name) or got == name or got[-1] != name[-1]:
        return False
    diff = [i for i, (a, c) in enumerate(zip(got, name, strict=True)) if a != c]
    if len(diff) != 1 or (got[diff[0]] in _PLACE_END and name[diff[0]] in _PLACE_END):
        return False
    return 2 <= diff[0] < len(name) - 1 and _CJK.match(got[diff[0]]) is not None
