"""One rule, one object: the ``Rule`` spec every check is written against.

A rule is declared once, as a module-level constant in the checks module that implements it:
its id (the only place the id is written in Python), its Chinese name, its scope (what it
reads), the severities it can emit and when, and its check. Its long doc, good and bad examples
and advice stay in ``rules.toml`` under the same id (``drafter.ruledocs`` joins them to the
object); ``drafter rule``, SARIF's rule table, the xlsx, annotated copies and ``tests/test_rules``
all read the same objects through ``registry.rules()``.

A rule makes findings only through its object, with a severity its spec declares::

    from .results import ERROR, WARNING
    from .rule import Rule, Scope

    STALE_YEAR = Rule(
        "stale-year", "年份与报告年度不符", Scope.DOCUMENT,
        {ERROR: "标题、日期或某部分的年份不是报告年度", WARNING: "句中以去年开头"},
    )

    @STALE_YEAR.check
    def stale_year(ctx: Context) -> Iterator[Finding]:
        yield STALE_YEAR.at(block, start, end, ERROR, "年份2023年不对……")

and adds its module to ``registry.MODULES`` if the module is new. Scopes and caching: a rule never
sees a cache. A rule that reads only some parts registers with ``@RULE.check_parts("duties")``: the
engine keeps its findings by what those parts hold. A rule that judges each paragraph alone registers
a pure function of one paragraph's text with ``@RULE.check_paragraphs(roles)`` (``fn(text, key)`` yielding
``RULE.local(start, end, severity, message)``): the engine judges every such rule's paragraphs in one walk
and keeps each paragraph's results, so a re-check judges only the paragraphs edited. A rule that picks its
paragraphs by more than their role and text hands them to ``ctx.paragraphs(RULE, blocks, fn)`` (kept alike,
one rule at a time).
A value computed from one part alone is asked for with ``ctx.part_value(pid, fn)``; a pure helper
worth keeping between re-checks is marked ``@kept`` (``keep.py``). A rule never touches ``ctx.memo``.
A folder rule (``Scope.FOLDER``) registers with ``@RULE.check_folder`` a function of every report's
fingerprint; lint's folder pass runs it through ``engine.check_folder``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from ..model import Block
from .results import SEVERITIES, Finding, Local

if TYPE_CHECKING:
    from .context import Context
    from .originality import Comparison, Fingerprint

CheckFn = Callable[["Context"], Iterable[Finding]]
FolderFn = Callable[["list[Fingerprint]", list[str]], "Comparison"]


class Scope(Enum):
    """What a rule reads, the widest of its checks: the engine keeps results at that grain."""

    PARAGRAPH = "paragraph"  # each paragraph alone
    PART = "part"  # one or more of the required parts
    DOCUMENT = "document"  # the whole report
    PREVIOUS = "previous"  # the report and last year's
    FOLDER = "folder"  # every report of a folder (lint's folder pass)


ParagraphFn = Callable[[str, Any], Iterable[Local]]
"""A paragraph judged alone: its findings from its text and one plain value of the whole report (``key``)."""


@dataclass(frozen=True, eq=False)
class Paragraphs:
    """A check that judges each paragraph of some ``roles`` alone (``Rule.check_paragraphs``): ``fn(text, key)``
    where ``where(text)`` holds (a cheap test of the text), ``key`` a plain value read from the whole report once
    (``None`` when no ``key`` is given), or made of it for each paragraph by ``key_at(key, role, part)``; each
    finding in the paragraph's part when ``in_part``."""

    fn: ParagraphFn
    roles: frozenset[str]
    where: Callable[[str], bool] | None = None
    key: Callable[[Context], Hashable] | None = None
    in_part: bool = True
    key_at: Callable[[Hashable, str, str | None], Hashable] | None = None

    def keyed(self, ctx: Context) -> list[tuple[Block, Hashable, str | None]]:
        """The (block, key, part) it judges, as ``Context.paragraphs`` takes them."""
        key = None if self.key is None else self.key(ctx)
        at = self.key_at
        return [
            (b, key if at is None else at(key, b.role, ctx.part_of(b)), ctx.part_of(b) if self.in_part else None)
            for b in ctx.doc.blocks
            if b.role in self.roles and (self.where is None or self.where(b.text))
        ]


@dataclass(frozen=True)
class Check:
    """One check function of a rule; ``parts``: the parts it reads alone (kept by their content);
    ``each``: a paragraph judged alone, which the engine runs with every rule's at once, paragraph by
    paragraph (``fn`` then gives the same findings one rule at a time)."""

    fn: CheckFn
    parts: tuple[str, ...] = ()
    each: Paragraphs | None = None


_DECLARED: dict[str, Rule] = {}


@dataclass(eq=False)
class Rule:
    """A rule's spec (see the module doc). ``severities`` maps each severity it can emit to when."""

    id: str
    name: str
    scope: Scope
    severities: Mapping[str, str]
    checks: list[Check] = field(default_factory=list)
    folder: FolderFn | None = None  # a folder rule's check: every report's fingerprint and name in
    module: str = field(default="", compare=False)  # where it is declared (the registry's order)

    def __post_init__(self) -> None:
        self.module = self.module or sys._getframe(2).f_globals.get("__name__", "")
        assert self.id not in _DECLARED, f"rule {self.id} declared twice"
        assert self.severities and set(self.severities) <= set(SEVERITIES), self.id
        _DECLARED[self.id] = self

    @property
    def default(self) -> str:
        """The severity it usually emits (the first declared): SARIF's default level."""
        return next(iter(self.severities))

    def check(self, fn: CheckFn) -> CheckFn:
        """Register ``fn(ctx)`` as a check of this rule."""
        self.checks.append(Check(fn))
        return fn

    def check_parts(self, *parts: str) -> Callable[[CheckFn], CheckFn]:
        """Register a check that reads only ``parts`` and puts each finding on its part's line."""

        def register(fn: CheckFn) -> CheckFn:
            self.checks.append(Check(fn, parts))
            return fn

        return register

    def check_paragraphs(
        self,
        roles: Iterable[str],
        *,
        where: Callable[[str], bool] | None = None,
        key: Callable[[Context], Hashable] | None = None,
        in_part: bool = True,
        key_at: Callable[[Hashable, str, str | None], Hashable] | None = None,
    ) -> Callable[[ParagraphFn], ParagraphFn]:
        """Register ``fn(text, key)`` as a check judging each paragraph of ``roles`` alone (see ``Paragraphs``).
        The engine judges every rule's paragraphs in one walk of the report and keeps each paragraph's
        findings by its text, so a re-check after one edit judges only the edited paragraph."""

        def register(fn: ParagraphFn) -> ParagraphFn:
            each = Paragraphs(fn, frozenset(roles), where, key, in_part, key_at)
            self.checks.append(Check(lambda ctx: ctx.paragraphs(self, each.keyed(ctx), fn), each=each))
            return fn

        return register

    def check_folder(self, fn: FolderFn) -> FolderFn:
        """Register ``fn(fingerprints, names)`` as this folder rule's check (``engine.check_folder``)."""
        assert self.scope is Scope.FOLDER and self.folder is None, self.id
        self.folder = fn
        return fn

    def _sev(self, severity: str) -> str:
        assert severity in self.severities, f"{self.id} does not declare {severity}"
        return severity

    def finding(
        self,
        severity: str,
        message: str,
        line: int | None = None,
        col: int = 0,
        length: int = 0,
        part: str | None = None,
    ) -> Finding:
        """A finding of this rule at ``line`` (None: about the whole report)."""
        return Finding(self.id, self._sev(severity), message, line, col, length, part)

    def at(self, block: Block, start: int, end: int, severity: str, message: str, part: str | None = None) -> Finding:
        """A finding for characters ``start:end`` of ``block``."""
        line, col = block.locate(start)
        return Finding(self.id, self._sev(severity), message, line, max(col, 0), end - start, part)

    def on_part(self, ctx: Context, pid: str, severity: str, message: str) -> Finding:
        """A finding about part ``pid`` as a whole: at its heading or first sentence, quoting it (no
        span: the finding is on the part, not on those words — ``length`` 0)."""
        pr = ctx.parts[pid]
        return Finding(self.id, self._sev(severity), message, pr.line, pr.col, 0, pid, pr.quote)

    def local(self, start: int, end: int, severity: str, message: str) -> Local:
        """A finding within one paragraph, located later by the engine (``ctx.paragraphs``)."""
        return start, end, self._sev(severity), message


def declared() -> dict[str, Rule]:
    """Every rule declared so far (``registry.rules()`` imports them all first)."""
    return _DECLARED


__all__ = ["Check", "CheckFn", "ParagraphFn", "Paragraphs", "Rule", "Scope", "declared"]
