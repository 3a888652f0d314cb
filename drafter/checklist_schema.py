"""Checklist files as pydantic models: parsed, validated and resolved (``extends``).

Imported only when the checklist cache misses, so a warm ``drafter lint`` does
not pay for pydantic; see ``checklists.py``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .checklist_model import BLANK, Checklist, Citation, Evidence, Item, PartSpec, Relation, Wording, find
from .lazyre import Lazy
from .model import ALL_PART_IDS
from .readers.errors import ReadError

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
    headings: bool = False
    evidence: Literal["figure", "action", "mention"] | None = None
    since: int | None = Field(default=None, ge=1990, le=2100)
    good: list[str] = []
    bad: list[str] = []
    frames: list[str] = []
    acts: list[str] = []
    weak: list[str] = []
    fields: list[str] = []
    near: bool = True
    also: list[PartId] = []

    @field_validator("frames")
    @classmethod
    def _frames(cls, v: list[str]) -> list[str]:
        for f in v:
            if not f.strip() or len(f) > 200:
                raise ValueError("句式（frames）应是1至200字的句子")
            if BLANK not in f:
                raise ValueError(f"句式“{f[:20]}”没有空位{BLANK}：写作者要填的地方写成{BLANK}")
        return v


class _EvidenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    actions: list[str] = []
    wishes: list[str] = []
    weaknesses: list[str] = []
    hedges: list[str] = []
    slogans: list[str] = []
    topics: list[str] = []
    stated: list[str] = []
    settled: list[str] = []
    scopes: list[str] = []


class _PartIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    heading: list[str] = []
    intro: list[str] = []
    content: list[str] = []
    handled: list[str] = []
    bodies: list[str] = []


class _CitationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pattern: str
    message: str
    from_year: int = Field(alias="from")
    severity: Severity = "warning"
    exceptions: list[str] = Field(default=[], alias="except")


class _WordingIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    pattern: str
    replace: str
    message: str
    exceptions: list[str] = Field(default=[], alias="except")
    severity: Literal["warning", "info"] = "warning"
    in_names: bool = False
    unless_before: list[str] = []
    from_year: int | None = Field(default=None, alias="from")  # reported in reports on this year or later


class _RelationIn(BaseModel):
    """``[[relations]]``: Chinese words (not patterns) for a whole, its parts and their rates."""

    model_config = ConfigDict(extra="forbid")
    name: str = ""
    whole: list[str] = Field(min_length=1)
    parts: list[str] = Field(min_length=1)
    rates: list[str] = []
    same: list[list[str]] = []

    @field_validator("same")
    @classmethod
    def _groups(cls, v: list[list[str]]) -> list[list[str]]:
        for g in v:
            cls._words(g)
        return v

    @field_validator("whole", "parts", "rates")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        return _plain_words(v, r"[\u4e00-\u9fff]{1,20}")

    @field_validator("rates")
    @classmethod
    def _rates(cls, v: list[str]) -> list[str]:
        bad = [w for w in v if not w.endswith("率")]
        if bad:
            raise ValueError(f"比率“{bad[0]}”应以“率”结尾")
        return v


class _SynonymsIn(BaseModel):
    """``[[synonyms]]``: words (not patterns) that stand for each other when promises are matched."""

    model_config = ConfigDict(extra="forbid")
    words: list[str] = Field(min_length=2)

    @field_validator("words")
    @classmethod
    def _plain(cls, v: list[str]) -> list[str]:
        return _plain_words(v, r"[\u4e00-\u9fff+]{1,20}")


def _plain_words(words: list[str], form: str) -> list[str]:
    """``words`` unchanged when each is a plain word of ``form``; a Chinese error for the first that isn't."""
    for w in words:
        if not re.fullmatch(form, w):
            raise ValueError(f"“{w}”应是1至20个汉字的词语（不是正则表达式）")
    return words


class _ChecklistIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    short: str = ""
    extends: str | None = None
    match: list[str] = []
    order: int = 50
    exclude: list[str] = []
    ignore: list[str] = []
    severity: dict[str, Severity] = {}
    parts: dict[PartId, _PartIn] = {}
    items: list[_ItemIn] = []
    citations: list[_CitationIn] = []
    wording: list[_WordingIn] = []
    relations: list[_RelationIn] = []
    evidence: _EvidenceIn | None = None
    synonyms: list[_SynonymsIn] = []


MAX_CHECKLIST = 4 * 1024 * 1024


def _read(path: Path) -> bytes:
    from .readers.limits import read_bounded

    if not path.exists() and not path.is_symlink():
        raise ReadError(f"找不到检查清单 {path}")
    try:
        return read_bounded(path, MAX_CHECKLIST)
    except ReadError as e:
        raise ReadError(f"检查清单 {path.name}：{e}") from None


def _parse(path: Path) -> _ChecklistIn:
    try:
        table = tomllib.loads(_read(path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ReadError(f"检查清单 {path.name} 不是有效的 TOML（{e}）") from None
    except (ValueError, RecursionError):  # an integer of thousands of digits; arrays nested thousands deep
        raise ReadError(f"检查清单 {path.name} 不是有效的 TOML（数字位数过多或嵌套过深）") from None
    try:
        return _ChecklistIn.model_validate(table)
    except ValidationError as e:
        err = e.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        raise ReadError(f"检查清单 {path.name} 的“{where}”有误：{err['msg']}") from None


MAX_EXTENDS = 8  # base ← county_gov ← a province's ← a county's …: a few levels, never a loop
_NAME = Lazy(r"[A-Za-z0-9_\-\u4e00-\u9fff]+")


def _resolve(path: Path, dirs: list[Path], seen: tuple[Path, ...] = ()) -> _ChecklistIn:
    raw = _parse(path)
    if raw.extends is None:
        return raw
    if not _NAME.fullmatch(raw.extends):  # "./a", "../../outside/evil": names only, found in the checklist folders
        raise ReadError(
            f'检查清单 {path.name} 的 extends = "{raw.extends[:60]}" 不是检查清单名称；'
            '请只写名称（如 extends = "base"），它须在检查清单文件夹中'
        )
    seen = (*seen, path.resolve())
    if len(seen) > MAX_EXTENDS:
        raise ReadError(
            f'检查清单 {path.name} 的 extends 层层相套超过 {MAX_EXTENDS} 层；请直接 extends = "base" 或其单位类型'
        )
    target = find(raw.extends, dirs)
    if target.resolve() in seen:
        raise ReadError(f"检查清单 {path.name} 的 extends 形成循环")
    base = _resolve(target, dirs, seen)
    parts = {**base.parts, **raw.parts}
    items = [i for i in base.items if i.id not in {j.id for j in raw.items}] + raw.items
    return _ChecklistIn(
        name=raw.name,
        short=raw.short,
        extends=None,
        match=raw.match or base.match,
        order=raw.order,
        exclude=[*base.exclude, *raw.exclude],
        ignore=[*base.ignore, *raw.ignore],
        severity={**base.severity, **raw.severity},
        parts=parts,
        items=items,
        citations=[*base.citations, *raw.citations],
        wording=[*base.wording, *raw.wording],
        relations=[*base.relations, *raw.relations],
        evidence=raw.evidence or base.evidence,
        synonyms=[*base.synonyms, *raw.synonyms],
    )


def _freeze(cid: str, raw: _ChecklistIn, path: Path) -> Checklist:
    missing = [p for p in ALL_PART_IDS if p not in raw.parts]
    if missing:
        raise ReadError(f'检查清单 {path.name} 缺少部分定义 [parts.{missing[0]}]（通常应 extends = "base"）')
    for key in list(raw.severity) + raw.exclude:
        if key not in {i.id for i in raw.items}:
            raise ReadError(f"检查清单 {path.name} 提到了不存在的条目“{key}”")
    items = tuple(
        Item(
            i.id,
            i.part,
            i.title,
            i.guidance,
            tuple(i.cues),
            raw.severity.get(i.id, i.severity),
            tuple(i.good),
            tuple(i.bad),
            i.headings,
            i.evidence or "",
            i.since,
            tuple(i.frames),
            tuple(i.acts),
            tuple(i.weak),
            tuple(i.fields),
            i.near,
            tuple(i.also),
        )
        for i in raw.items
        if i.id not in raw.exclude
    )
    parts: dict[str, PartSpec] = {
        k: PartSpec(k, v.title, tuple(v.heading), tuple(v.intro), tuple(v.content), tuple(v.handled), tuple(v.bodies))
        for k, v in raw.parts.items()
    }
    for spec in parts.values():
        for pat in (*spec.heading, *spec.intro, *spec.content, *spec.handled, *spec.bodies):
            _compile_check(pat, path)
    for it in items:
        for pat in (*it.cues, *it.acts):
            _compile_check(pat, path)
    for c in raw.citations:
        for pat in (c.pattern, *c.exceptions):
            _compile_check(pat, path)
    for w in raw.wording:
        for pat in (w.pattern, *w.exceptions, *w.unless_before):
            _compile_check(pat, path)
    for pat in raw.match:
        _compile_check(pat, path)
    ev = raw.evidence or _EvidenceIn()
    for pat in (
        *ev.actions,
        *ev.wishes,
        *ev.weaknesses,
        *ev.hedges,
        *ev.slogans,
        *ev.topics,
        *ev.stated,
        *ev.settled,
        *ev.scopes,
    ):
        _compile_check(pat, path)
    return Checklist(
        id=cid,
        name=raw.name,
        short=raw.short or raw.name,
        parts=parts,
        items=items,
        citations=tuple(
            Citation(c.pattern, c.message, c.from_year, c.severity, tuple(c.exceptions)) for c in raw.citations
        ),
        wording=tuple(
            Wording(
                w.pattern,
                w.replace,
                w.message,
                tuple(w.exceptions),
                w.from_year,
                severity=w.severity,
                in_names=w.in_names,
                unless_before=tuple(w.unless_before),
            )
            for w in raw.wording
        ),
        match=tuple(raw.match),
        order=raw.order,
        path=str(path),
        ignore=tuple(dict.fromkeys(raw.ignore)),
        relations=tuple(
            Relation(
                r.name or f"relation-{k + 1}",
                tuple(r.whole),
                tuple(r.parts),
                tuple(r.rates),
                tuple(tuple(g) for g in r.same),
            )
            for k, r in enumerate(raw.relations)
        ),
        evidence=Evidence(
            tuple(ev.actions),
            tuple(ev.wishes),
            tuple(ev.weaknesses),
            tuple(ev.hedges),
            tuple(ev.slogans),
            tuple(ev.topics),
            tuple(ev.stated),
            tuple(ev.settled),
            tuple(ev.scopes),
        ),
        synonyms=tuple(tuple(g.words) for g in raw.synonyms),
    )


def _compile_check(pattern: str, path: Path) -> None:
    """Every pattern compiles and cannot backtrack catastrophically (``patterns.validate``)."""
    from .patterns import UnsafePattern, validate

    try:
        validate(_as_run(pattern))
    except re.error as e:
        raise ReadError(f"检查清单 {path.name} 中的正则表达式“{pattern}”有误：{e}") from None
    except UnsafePattern as e:
        raise ReadError(f"检查清单 {path.name} 中的正则表达式“{pattern}”不安全：{e}") from None


def _as_run(pattern: str) -> str:
    """The pattern as ``checks.cues.pattern`` runs it (``wordrx.expand``; ``{voice}`` left as written),
    ``{superior}`` the superiors' levels and ``{next}`` ``20\\d\\d`` (what runs when the year is unknown; a known
    year's four digits match less)."""
    from .wordrx import expand, superior_levels

    return expand(pattern, voice=False).replace("{superior}", superior_levels()).replace("{next}", r"20\d\d")


def build(path: Path, dirs: list[Path]) -> Checklist:
    """Parse, validate and resolve one checklist file."""
    return _freeze(path.stem, _resolve(path, dirs), path)
