"""A checklist as the engine reads it: frozen dataclasses, no I/O (``checklists`` loads them).

Kept apart from the loader so that both the loader and the schema (``checklist_schema``, which
validates a file with pydantic and builds these) import it, and neither imports the other back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .readers.errors import ReadError
from .resources import data_dir

BLANK = "【请填写】"  # a frame's blank: the placeholder rule flags it until the writer fills it in


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
    headings: bool = False  # cues may match headings too (e.g. a plan set out as （一）（二）)
    evidence: str = ""  # what covers it: "figure", "action", "mention"; "" = by part (measures/duties: action)
    since: int | None = None  # the first report year it applies to
    frames: tuple[str, ...] = ()  # sentence frames the app inserts, their blanks 【请填写】 (F7 visits them)
    # what the unit did about the item (组织专题学习, 修订预案): a sentence naming the item without one
    # of these is quoted only when no sentence with one reports the item
    acts: tuple[str, ...] = ()
    # examples: sentences that name the item but fall short of reporting it (without its acts, a meeting's topic,
    # a duty done by others' heads): quoted last
    weak: tuple[str, ...] = ()
    # fields of work that are the item's own (安全生产、森林防火 of 突发事件应对): words, not patterns; a sentence
    # on another field (words.toml elsewhere) is quoted last, on one of these it is not
    fields: tuple[str, ...] = ()
    # whether a sentence in other words may be near it (``checks/near.py``): false for an item whose wording is a
    # composite of several fields, where shared words tell nothing (党的领导和推进机制: 领导小组, 考核, 普法, 会议)
    near: bool = True
    # other parts where the item is equally at home (党的领导和推进机制 in the duties part, whose title is "…职责，
    # 加强法治政府建设的有关情况"): found there, it is covered in its place, with no note that it stands elsewhere
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartSpec:
    id: str
    title: str
    heading: tuple[str, ...]
    intro: tuple[str, ...]
    content: tuple[str, ...]
    handled: tuple[str, ...] = ()  # a paragraph whose opening matches one reports problems handled: no intro
    # the own leading body's acts on the part's matter (局党组专题研究法治工作3次): content read where no head's act is
    bodies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Citation:
    pattern: str
    message: str
    from_year: int
    severity: str
    exceptions: tuple[str, ...] = ()  # contexts (patterns) in which a match is not a citation


@dataclass(frozen=True)
class Wording:
    pattern: str
    replace: str
    message: str
    exceptions: tuple[str, ...]
    from_year: int | None = None  # reported only in reports on this year or later (an old name)
    severity: str = "warning"  # "info" for a short form many reports use (the fixed wording only advised)
    in_names: bool = False  # the wrong words may begin a proper name, written as it is (法制宣传教育领导小组)
    unless_before: tuple[
        str, ...
    ] = ()  # patterns: not where one matches in the paragraph up to it ({voice}: the head speaks)


@dataclass(frozen=True)
class Relation:
    """Counts in one sentence that must add up (``[[relations]]``): a whole (受理40件), its parts
    (办结38件) and the rates computed from them (办结率95%). Words, not patterns."""

    name: str
    whole: tuple[str, ...]
    parts: tuple[str, ...]
    rates: tuple[str, ...] = ()
    same: tuple[tuple[str, ...], ...] = ()  # groups of words for one part (审结 = 结案): a rate is about either


@dataclass(frozen=True)
class Evidence:
    """``[evidence]``: patterns that tell a sentence reporting something done from a wish or a weakness."""

    actions: tuple[str, ...] = ()
    wishes: tuple[str, ...] = ()  # a plan or a wish: never evidence
    weaknesses: tuple[str, ...] = ()  # a shortcoming: never evidence
    hedges: tuple[str, ...] = ()  # 进一步加强、不足…: not evidence unless the sentence has a figure
    slogans: tuple[str, ...] = ()  # 亲自抓、有部署…: a cue inside one reports nothing
    topics: tuple[str, ...] = ()  # 研究部署……等工作、听取……汇报: a topic named there is quoted last
    stated: tuple[str, ...] = ()  # 坚持……、把……作为……、会议强调: a stance or a call, quoted after an act done
    settled: tuple[str, ...] = ()  # ……等事项，全部经过合法性审查: what was done to every topic a meeting dealt with
    scopes: tuple[
        str, ...
    ] = ()  # (?<=规范性文件)……合法性审查: a cue at a scope's end is another item's topic, figures or not


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
    duties: tuple[str, ...] = ()  # the duty list a duties part must not merely restate (duties.toml)
    ignore: tuple[str, ...] = ()  # rules dismissed everywhere (a user checklist's ``ignore = [...]``)
    relations: tuple[Relation, ...] = ()  # counts that must add up (``[[relations]]``, the figures rule)
    evidence: Evidence = Evidence()  # what makes a sentence cover an item (``[evidence]``)
    synonyms: tuple[tuple[str, ...], ...] = ()  # words that stand for each other (``[[synonyms]]``, commitments)
    names: tuple[Wording, ...] = ()  # fixed names and their garbled or old forms (names.toml)

    def items_for(self, part: str) -> list[Item]:
        return [i for i in self.items if i.part == part]


NOT_TYPES = frozenset(
    {"base", "duties", "units", "words", "names", "patterns", "typos", "usage"}
)  # data files beside the unit types, not unit types


def find(name: str, dirs: list[Path]) -> Path:
    for d in dirs:
        p = d / f"{name}.toml"
        if p.is_file():
            return p
    known = sorted({p.stem for d in dirs if d.is_dir() for p in d.glob("*.toml")} - NOT_TYPES)
    raise ReadError(f"未知的单位类型或检查清单“{name}”；可选：{'、'.join(known)}，或给出 .toml 文件路径")


def search_dirs() -> list[Path]:
    """User folders from $DRAFTER_CHECKLISTS first, then the shipped ones."""
    extra = [Path(p) for p in os.environ.get("DRAFTER_CHECKLISTS", "").split(os.pathsep) if p]
    return [*extra, data_dir("checklists")]
