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
    from .marks import Standing

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
SEVERITY_NAMES = {ERROR: "错误", WARNING: "警告", INFO: "提示"}
"""Each severity as a writer reads it (the text face, the 汇总表, the app's finding list)."""

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


QUOTE_MAX = 40


def quote_of(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` as a reviewer can search for it: at most ``QUOTE_MAX`` characters, on one line."""
    return text[start:end].split("\n", 1)[0].strip()[:QUOTE_MAX]


@dataclass
class PartResult:
    """Where a part stands: present / folded / missing, and its blocks. ``line`` and ``col`` point
    at the part's heading, or its first sentence (for a folded part, the sentence that mentions
    it), and ``quote`` is that heading or sentence's first words."""

    status: str
    line: int | None = None
    heading: str | None = None
    blocks: list[Block] = field(default_factory=list)
    col: int = 0
    quote: str = ""
    # a duties part folded only where the own leading body acts or the first sentence's formula names the duty: a
    # sentence where the items find the own head acting is where it stands instead
    fallback: bool = False
    # folded only where the own leading body studies the law (党委中心组专题学习13次): the weakest sign, which a copy
    # that breaks off before the part could stand does not claim (``partrules.unread_study``)
    study: bool = False

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


OPENING = "opening"  # ``ItemResult.elsewhere`` of an item reported only in the opening paragraphs


@dataclass(frozen=True)
class NearSentence:
    """The sentence an item not found may be written in (``near``): its line and column, its words and
    its first words as they stand in the report (at most ``QUOTE_MAX`` characters)."""

    line: int
    col: int
    sentence: str
    quote: str


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
    elsewhere: str | None = None  # the part the evidence stands in, when not the item's own
    quote: str = ""  # the evidence's first words (at most QUOTE_MAX characters)
    # the paragraph the evidence stands in, and whether the sentence only falls short of the item (a topic,
    # others' heads, a stance: ``weakness``): what the engine asks of an item beyond the report's faces
    block: Block | None = field(default=None, compare=False, repr=False)
    start: int = field(default=0, compare=False)  # where in ``block`` the evidence starts
    weak: bool = field(default=False, compare=False)
    near: NearSentence | None = None  # not covered, but this sentence may report it in other words (``near``)
    mention: NearSentence | None = None  # not covered, near none, but this sentence names its topic (``mention``)

    def __post_init__(self) -> None:
        if not self.status:
            self.status = "covered" if self.covered else "missing"

    @property
    def standing(self) -> str:
        """What a checklist panel shows: ``status``, or "near" for a missing item a sentence may write in
        other words (可能已写到), or "mentioned" for one whose topic a sentence names (提到了)."""
        if self.status == "missing" and self.near is not None:
            return "near"
        return "mentioned" if self.status == "missing" and self.mention is not None else self.status


MAX_PER_RULE = 200
"""Findings of one rule listed for one file; the rest are counted in ``Result.omitted`` (900,000 〇
are 450,000 placeholder findings: listing them all made every output hundreds of MB)."""


@dataclass
class Result:
    parts: dict[str, PartResult]
    findings: list[Finding]
    items: dict[str, ItemResult]
    year: int | None
    checklist: Checklist
    ignored: list[Ignored] = field(default_factory=list)  # dismissed findings, each with its reason
    commitments: list[tuple[str, int | None]] = field(default_factory=list)  # (promise, line reporting it or None)
    promises: list[Standing] = field(default_factory=list)  # each promise's standing: reported, set aside, unreported
    omitted: dict[str, int] = field(default_factory=dict)  # rule → its findings past the first 200, not listed

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def omitted_text(self) -> str | None:
        """ "另有 449801 条 placeholder 问题未列出……" when a rule had more findings than are listed."""
        if not self.omitted:
            return None
        each = "、".join(f"{rid} {n} 条" for rid, n in sorted(self.omitted.items(), key=lambda x: -x[1]))
        return (
            f"另有 {sum(self.omitted.values())} 条问题未列出（{each}）：每条规则在一个文件中最多列出 {MAX_PER_RULE} 条"
        )


__all__ = ["ERROR", "INFO", "SEVERITIES", "WARNING", "Finding", "ItemResult", "Local", "PartResult", "Result"]
