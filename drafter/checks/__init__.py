"""The checking engine and its rules (see ARCHITECTURE.md and ``rule.py``).

Modules, one job each: ``results`` (what a check gives back), ``rule`` (the Rule spec),
``registry`` (every rule), ``context`` (what a rule sees), ``keep`` and ``memo`` (caching by
scope), ``corpus`` and ``cues`` (searching blocks, checklist patterns, masking drafter's own
words), ``engine`` (``check``). The other modules are rules and their helpers.
"""

from __future__ import annotations

from ..model import PART_IDS
from .context import Context
from .corpus import Corpus, Span
from .cues import any_cue, own_words, pattern
from .engine import check
from .memo import Memo
from .results import SEVERITIES, Finding, ItemResult, Local, PartResult, Result

__all__ = [
    "PART_IDS",
    "SEVERITIES",
    "Context",
    "Corpus",
    "Finding",
    "ItemResult",
    "Local",
    "Memo",
    "PartResult",
    "Result",
    "Span",
    "any_cue",
    "check",
    "own_words",
    "pattern",
]
