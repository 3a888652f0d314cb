"""Which of the sentences that report a checklist item to quote (``best``: ``items.cover_items`` asks, once ``choose``
has set aside those that report it only in name)."""

from __future__ import annotations

from collections.abc import Callable

from .titles import Hit

Named = Callable[[Hit], int]  # how a hit's sentence names the own head: 2 itself, 1 its heading, 0 not


def _preference(h: Hit, focus: int, named: int | None = None) -> tuple[int, int, bool, int, int, bool, bool, bool]:
    """Which hit reports the item best (the least): one that reports the unit did it (``weak`` 0: not a topic a
    meeting deployed, and with one of the item's acts), then one to the point (``focus`` 0: on the item's field, an
    act done, by this unit — not a stance, a heading or others' act); of a duty of the own head (``named`` not None)
    then one with a figure and one that names him, then one under a heading that does (局主要领导……召开19次局党委会
    before the unit's 召开全市推进会);
    then one named by the item's more specific cue (人民调解 before 信访), then a sentence a title names the item
    over, then one under a heading that names the item; else the first in reading order (``min`` keeps it)."""
    plain = h.kind != "figure"
    first = (plain, -named) if named is not None else (False, 0)
    return (h.weak, focus, *first, h.rank, plain, not h.titled, not h.under)


def order(h: Hit, focus: int) -> tuple[int, int, bool, int, int, bool, bool, bool]:
    """How well ``h`` reports its item among others (the least first), ``focus`` its sentence's: as ``best`` weighs
    them, without the own head's naming (``found_elsewhere`` orders another part's sentences so)."""
    return _preference(h, focus)


def best(hits: list[Hit], focus: Callable[[str], int] | None = None, named: Named | None = None) -> Hit | None:
    """The hit that reports the item best (``focus`` of a hit's sentence: ``focus.focus``, none: all 0; ``named``:
    whether it names the own head, of a duty's hits); in its paragraph, a sentence with a figure the same words
    of the item name is the report ("2023年办结行政复议案件33件" after "认真履行行政复议法定职责")."""
    if not hits:
        return None
    got: dict[str, int] = {}

    def aim(h: Hit) -> int:
        s = h.block.text[h.start : h.end]
        if s not in got:
            got[s] = focus(s) if focus is not None else 0
        return got[s]

    best = min(hits, key=lambda h: _preference(h, aim(h), None if named is None else named(h)))
    if best.kind == "figure":
        return best
    same = (
        h
        for h in hits
        if h.block is best.block
        and h.cue == best.cue
        and h.kind == "figure"
        and h.weak <= best.weak
        and aim(h) <= aim(best)
    )
    return next(same, best)  # the same words: a 主任 named in a figure's sentence is no 主要负责人
