"""Load checklists (TOML) into the plain objects the checking engine uses.

This is the I/O edge for the domain data: files are read and validated here
(pydantic, so a typo in a user's checklist is a clear Chinese message), and the
engine only ever sees the resolved ``Checklist``. ``extends`` chains are
resolved, per-type ``severity`` overrides applied and ``exclude`` honoured.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .model import ALL_PART_IDS
from .readers.errors import ReadError
from .resources import data_dir

Severity = Literal["error", "warning", "info"]
PartId = Literal["measures", "shortcomings", "duties", "plan", "other"]


class _ItemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    part: PartId
    title: str
    guidance: str
    cues: list[str] = Field(min_length=1)
    severity: Severity = "warning"
    good: list[str] = []
    bad: list[str] = []


class _PartIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    heading: list[str] = []
    intro: list[str] = []
    content: list[str] = []


class _CitationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pattern: str
    message: str
    from_year: int = Field(alias="from")
    severity: Severity = "warning"


class _WordingIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pattern: str
    replace: str
    message: str
    exceptions: list[str] = Field(default=[], alias="except")


class _ChecklistIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    short: str = ""
    extends: str | None = None
    match: list[str] = []
    order: int = 50
    exclude: list[str] = []
    severity: dict[str, Severity] = {}
    parts: dict[PartId, _PartIn] = {}
    items: list[_ItemIn] = []
    citations: list[_CitationIn] = []
    wording: list[_WordingIn] = []


# ---------------------------------------------------------------- engine side


@dataclass(frozen=True)
class Item:
    id: str
    part: str
    title: str
    guidance: str
    cues: tuple[str, ...]
    severity: str
    good: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartSpec:
    id: str
    title: str
    heading: tuple[str, ...]
    intro: tuple[str, ...]
    content: tuple[str, ...]


@dataclass(frozen=True)
class Citation:
    pattern: str
    message: str
    from_year: int
    severity: str


@dataclass(frozen=True)
class Wording:
    pattern: str
    replace: str
    message: str
    exceptions: tuple[str, ...]


@dataclass(frozen=True)
class Checklist:
    """A resolved checklist: what the engine checks a report against."""

    id: str
    name: str
    parts: dict[str, PartSpec]
    items: tuple[Item, ...]
    short: str = ""
    citations: tuple[Citation, ...] = ()
    wording: tuple[Wording, ...] = ()
    match: tuple[str, ...] = ()
    order: int = 50
    path: str = ""

    def items_for(self, part: str) -> list[Item]:
        return [i for i in self.items if i.part == part]


@dataclass
class Registry:
    """All unit-type checklists found, for inference and by-name lookup."""

    dirs: list[Path]
    types: dict[str, Checklist] = field(default_factory=dict)

    def infer(self, unit: str | None) -> str | None:
        """Unit type from the issuing unit's name, by each checklist's ``match``."""
        if not unit:
            return None
        name = unit.strip()
        for cl in sorted(self.types.values(), key=lambda c: (c.order, c.id)):
            if any(re.search(p, name) for p in cl.match):
                return cl.id
        return None


def search_dirs() -> list[Path]:
    """User folders from $DRAFTER_CHECKLISTS first, then the shipped ones."""
    extra = [Path(p) for p in os.environ.get("DRAFTER_CHECKLISTS", "").split(os.pathsep) if p]
    return [*extra, data_dir("checklists")]


def _parse(path: Path) -> _ChecklistIn:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReadError(f"找不到检查清单 {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ReadError(f"检查清单 {path.name} 不是有效的 TOML（{e}）") from None
    try:
        return _ChecklistIn.model_validate(table)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ReadError(f"检查清单 {path.name} 的“{where}”有误：{err['msg']}") from None


def _find(name: str, dirs: list[Path]) -> Path:
    for d in dirs:
        p = d / f"{name}.toml"
        if p.is_file():
            return p
    known = sorted({p.stem for d in dirs if d.is_dir() for p in d.glob("*.toml")} - {"base"})
    raise ReadError(f"未知的单位类型或检查清单“{name}”；可选：{'、'.join(known)}，或给出 .toml 文件路径")


def _resolve(path: Path, dirs: list[Path], seen: tuple[str, ...] = ()) -> _ChecklistIn:
    raw = _parse(path)
    if raw.extends is None:
        return raw
    if raw.extends in seen:
        raise ReadError(f"检查清单 {path.name} 的 extends 形成循环")
    base = _resolve(_find(raw.extends, dirs), dirs, (*seen, path.stem))
    parts = {**base.parts, **raw.parts}
    items = [i for i in base.items if i.id not in {j.id for j in raw.items}] + raw.items
    return _ChecklistIn(
        name=raw.name, short=raw.short, extends=None, match=raw.match or base.match, order=raw.order,
        exclude=[*base.exclude, *raw.exclude], severity={**base.severity, **raw.severity},
        parts=parts, items=items, citations=[*base.citations, *raw.citations],
        wording=[*base.wording, *raw.wording],
    )


def _freeze(cid: str, raw: _ChecklistIn, path: Path) -> Checklist:
    missing = [p for p in ALL_PART_IDS if p not in raw.parts]
    if missing:
        raise ReadError(f"检查清单 {path.name} 缺少部分定义 [parts.{missing[0]}]（通常应 extends = \"base\"）")
    for key in list(raw.severity) + raw.exclude:
        if key not in {i.id for i in raw.items}:
            raise ReadError(f"检查清单 {path.name} 提到了不存在的条目“{key}”")
    items = tuple(
        Item(i.id, i.part, i.title, i.guidance, tuple(i.cues), raw.severity.get(i.id, i.severity),
             tuple(i.good), tuple(i.bad))
        for i in raw.items if i.id not in raw.exclude
    )
    parts = {k: PartSpec(k, v.title, tuple(v.heading), tuple(v.intro), tuple(v.content)) for k, v in raw.parts.items()}
    for spec in parts.values():
        for pat in (*spec.heading, *spec.intro, *spec.content):
            _compile_check(pat, path)
    for it in items:
        for pat in it.cues:
            _compile_check(pat, path)
    return Checklist(
        id=cid, name=raw.name, short=raw.short or raw.name, parts=parts, items=items,
        citations=tuple(Citation(c.pattern, c.message, c.from_year, c.severity) for c in raw.citations),
        wording=tuple(Wording(w.pattern, w.replace, w.message, tuple(w.exceptions)) for w in raw.wording),
        match=tuple(raw.match), order=raw.order, path=str(path),
    )


def _compile_check(pattern: str, path: Path) -> None:
    try:
        re.compile(pattern.replace("{next}", "2000"))
    except re.error as e:
        raise ReadError(f"检查清单 {path.name} 中的正则表达式“{pattern}”有误：{e}") from None


def load(name_or_path: str, dirs: list[Path] | None = None) -> Checklist:
    """A checklist by unit-type name (``township``) or by a .toml file path."""
    dirs = dirs or search_dirs()
    return _load(name_or_path, tuple(dirs))


@lru_cache(maxsize=32)
def _load(name_or_path: str, dirs: tuple[Path, ...]) -> Checklist:
    looks_like_path = name_or_path.endswith(".toml") or os.sep in name_or_path or "/" in name_or_path
    path = Path(name_or_path) if looks_like_path else _find(name_or_path, list(dirs))
    if not path.is_file():
        raise ReadError(f"找不到检查清单文件 {name_or_path}")
    return _freeze(path.stem, _resolve(path, list(dirs)), path)


def registry(dirs: list[Path] | None = None) -> Registry:
    """Every unit type: each checklist with a ``match`` list, found in ``dirs``."""
    dirs = dirs or search_dirs()
    reg = Registry(dirs)
    for d in reversed(dirs):  # earlier folders override later ones
        if not d.is_dir():
            continue
        for p in sorted(d.glob("*.toml")):
            if p.stem == "base":
                continue
            cl = _load(str(p), tuple(dirs))
            if cl.match:
                reg.types[cl.id] = cl
    return reg
