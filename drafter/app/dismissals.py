"""The dismissals a draft holds, as the writer sees them: one entry per comment, in Chinese.

Screen-free: the side panel lists ``entries`` (已忽略的问题), the status line says ``mark_at`` for the
paragraph at the cursor, and removing one is ``checks.dismiss.remove_dismissal`` on the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..checks.dismiss import DISMISSAL, Ignored
from ..checks.registry import rules
from ..checks.results import Finding


@cache
def _names() -> dict[str, str]:
    return {r.id: r.name for r in rules().values()}


def rule_name(rule: str) -> str:
    """A rule's Chinese name (the screen never shows ids); 检查规则 for one it does not know."""
    return _names().get(rule, "检查规则")


@dataclass(frozen=True)
class Dismissed:
    """One dismissal: a comment in the draft (``line``, before the paragraph ``span``) or a checklist's
    ``ignore`` entry (``line`` None: not removable here); ``count`` the findings it silenced."""

    rule: str
    quote: str
    reason: str
    line: int | None
    span: tuple[int, int] | None
    count: int

    @property
    def name(self) -> str:
        return rule_name(self.rule) if self.rule else "忽略说明"

    @property
    def removable(self) -> bool:
        return self.line is not None


def entries(ignored: list[Ignored]) -> list[Dismissed]:
    """Each dismissal once, in the order of the draft (a checklist's after them): a comment that
    silenced several findings (the older form without a quote) is one entry."""
    seen: dict[tuple[str, int | None, str], int] = {}
    out: list[Dismissed] = []
    for g in ignored:
        line = g.line if g.source == "draft" else None
        key = (g.finding.rule if line is None else "", line, g.source)
        if key in seen:
            k = seen[key]
            d = out[k]
            out[k] = Dismissed(d.rule, d.quote, d.reason, d.line, d.span, d.count + 1)
            continue
        seen[key] = len(out)
        out.append(Dismissed(g.finding.rule, g.quote, g.reason, line, g.span, 1))
    return sorted(out, key=lambda d: (d.line is None, d.line or 0))


def stale(f: Finding) -> Dismissed | None:
    """The comment a ``dismissal`` finding is about (one that dismisses nothing, or cannot), as an entry
    Delete can remove; None for any other finding. ``rule`` empty: whatever directive is on its line."""
    if f.rule != DISMISSAL.id or f.line is None:
        return None
    return Dismissed("", "", f.message, f.line, None, 0)


def mark_at(found: list[Dismissed], line: int, *, width: int = 24) -> str:
    """本段已忽略N条（理由…） when file ``line`` is in the paragraph of a dismissal (or on its comment);
    empty otherwise. The reasons are cut to ``width`` characters together."""
    here = [d for d in found if d.span is not None and (d.span[0] <= line <= d.span[1] or d.line == line)]
    if not here:
        return ""
    reasons = "；".join(dict.fromkeys(d.reason for d in here))
    if len(reasons) > width:
        reasons = reasons[: width - 1] + "…"
    return f"本段已忽略{sum(d.count for d in here)}条（{reasons}）"
