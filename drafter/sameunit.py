"""One unit's report twice in a folder: said to be one unit submitted twice, not copying between units.

A reviewer's folder often holds the same report twice (the .html from the website and the .pdf
from the office, or a corrected version), and a unit's name may be typed with a space in one of
them ("平潭综合实验区 社会事业局"). Such reports are one unit's: the folder comparison does not
compare them with each other (``unit_key``), and every face lists them as one unit's reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from .hanzi import read_as
from .lazyre import Lazy

_SPACE = Lazy(r"[\s\u3000\u00a0]+")


def unit_key(unit: str | None) -> str | None:
    """A unit's name for telling two reports of one unit: spaces (a PDF's, a typist's) do not count,
    nor traditional characters (a mirror site's copy: 小龍門鄉人民政府 is 小龙门乡人民政府)."""
    if not unit:
        return None
    return read_as(_SPACE.sub("", unit)) or None


MIN_CONTAINED = 4  # characters: a shorter name ("社会事业局") than this says too little to be one unit's


def canonical(items: list[tuple[str | None, int | None]]) -> list[str | None]:
    """Each report's unit (name, year) as one key per unit: a unit's reports of different years are one
    unit's even when its name is written shorter in one of them ("苏平片区管理局" and
    "平潭综合实验区苏平片区管理局", "洛宁县人民政府" and "中共洛宁县委 洛宁县人民政府"): a name that ends
    a longer one, when their reports cover other years (two names of one year are two units). A name
    inside another that does not end it is another unit's, whatever the years: 县人民政府 and
    县人民政府办公室."""
    keys = [unit_key(u) for u, _ in items]
    years: dict[str, set[int | None]] = {}
    for k, (_, y) in zip(keys, items, strict=True):
        if k is not None:
            years.setdefault(k, set()).add(y)
    into: dict[str, str] = {}
    ordered = sorted(years, key=len, reverse=True)
    for i, short in enumerate(ordered):
        if len(short) < MIN_CONTAINED:
            continue
        for long in ordered[:i]:
            root = into.get(long, long)
            if long.endswith(short) and len(long) > len(short) and not (years[short] & years[root]):
                into[short] = root
                years[root] |= years[short]
                break
    return [into.get(k, k) if k is not None else None for k in keys]


@dataclass(frozen=True)
class SameUnit:
    unit: str
    paths: tuple[str, ...]
    years: tuple[int | None, ...]

    @property
    def message(self) -> str:
        """Chinese: what the reviewer should make of it."""
        n = len(self.paths)
        if len(set(self.years)) == 1:
            return f"{self.unit} 的报告提交了 {n} 份（同一单位重复提交，不作单位间抄袭比对）"
        years = "、".join(f"{y}" if y else "未知" for y in self.years)
        return f"{self.unit} 有 {n} 份报告（{years} 年度；同一单位，不作单位间抄袭比对）"


def groups(items: list[tuple[str, str | None, int | None]]) -> list[SameUnit]:
    """Reports (path, unit, year) of one unit, two or more, in the order first seen."""
    by_key: dict[str, list[tuple[str, str, int | None]]] = {}
    keys = canonical([(unit, year) for _, unit, year in items])
    for (path, unit, year), key in zip(items, keys, strict=True):
        if key is not None and unit is not None:
            by_key.setdefault(key, []).append((path, unit, year))
    return [
        SameUnit(min((u for _, u, _ in g), key=len), tuple(p for p, _, _ in g), tuple(y for _, _, y in g))
        for g in by_key.values()
        if len(g) >= 2
    ]
