"""The duties items a report does not cover, as the one finding on the duties part names them.

Shared by the rules that judge the duties part as a whole (``thin-part``, ``duties-restated``,
``folded-part``): their finding carries the items it stands for and the worst of their severities.
"""

from __future__ import annotations

from .context import Context
from .results import SEVERITIES, ItemResult


def duty_gaps(ctx: Context) -> list[ItemResult]:
    """The duties items the report does not cover (not those that do not apply)."""
    return [r for r in ctx.items.values() if r.item.part == "duties" and not r.covered and r.status != "not-applicable"]


def also_missing(ctx: Context, said: tuple[str, ...] = ()) -> str:
    """The duties items not covered, for the message of the one finding on the duties part; ``said``:
    the items that finding's own words already ask for (not named twice in one message)."""
    gaps = [r for r in duty_gaps(ctx) if r.item.id not in said]
    return f"；也没有写到：{'、'.join(r.item.title for r in gaps)}" if gaps else ""


def worst(severity: str, ctx: Context) -> str:
    """``severity`` or the most severe of the duties items not covered, whichever is worse: the one
    finding on the duties part carries what the items it stands for would have (an item only named — its
    ``mention``: a stance, a plan, a post — is what to check, no gap: it raises nothing)."""
    levels = [severity, *(r.item.severity for r in duty_gaps(ctx) if r.mention is None)]
    return min(levels, key=SEVERITIES.index)


__all__ = ["also_missing", "duty_gaps", "worst"]
