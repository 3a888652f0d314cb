"""What a check gives back: findings, part and item standings, and the whole result.

Plain data, no behaviour beyond counting: every face (text, JSON, SARIF, xlsx, the app) reads
these and nothing else of the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..checklists import Checklist, Item
from ..model import Block

if TYPE_CHECKING:
    from .dismiss import Ignored

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

Local = tuple[int, int, str, str]
"""A finding within one paragraph, before it is located: (start, end, severity, message)."""


@dataclass
class Finding:
    """One problem, located: ``line`` as in CONTRACTS, ``col`` 0-based, ``length`` in characters."""

    rule: str
    severity: str
    message: str
    line: int | None = None
    col: int = 0
    length: int = 0
    part: str | None = None
    quote: str = ""  # the words it is about, as they stand in the report (≤ 40 characters; empty: no span)


@dataclass
class PartResult:
    """Where a part stands: present / folded / missing, and its blocks."""

    status: str
    line: int | None = None
    heading: str | None = None
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class ItemResult:
    """A checklist item's standing: ``status`` covered / missing / not-applicable (``since``), and
    for a covered item its evidence: the sentence (``evidence``), where it starts (``line``, ``col``)
    and what it shows (``kind``: figure, action, or mention for items that need no more)."""

    item: Item
    covered: bool
    line: int | None = None
    col: int = 0
    status: str = ""
    evidence: str | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if not self.status:
            self.status = "covered" if self.covered else "missing"


@dataclass
class Result:
    parts: dict[str, PartResult]
    findings: list[Finding]
    items: dict[str, ItemResult]
    year: int | None
    checklist: Checklist
    ignored: list[Ignored] = field(default_factory=list)  # dismissed findings, each with its reason
    commitments: list[tuple[str, int | None]] = field(default_factory=list)  # (promise, line reporting it or None)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


__all__ = ["ERROR", "INFO", "SEVERITIES", "WARNING", "Finding", "ItemResult", "Local", "PartResult", "Result"]
