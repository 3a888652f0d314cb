"""Where a report speaks as its head (我 = the head himself), beyond the one paragraph ``{voice}`` reads.

A head's own report (述法报告) or a duties part the head writes in the first person says 我 for himself
in every paragraph, though only one of them names him: the title (乡镇镇长2023年述法报告), the cover
sentence (现将我履行法治建设第一责任人职责情况报告如下) or an earlier paragraph of the part (本人作为县长……).
A unit's report saying 2023年，我深入贯彻…… with none of these has dropped its unit (我局)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..model import Block
from ..vocab import alternation, words
from ..wordrx import voice_rx
from .context import Context

_SENTENCE = Lazy(r"[，,。；;！？!?]")  # compiled once, and kept (test_cold_start: a warm lint compiles none)


def voiced_blocks(ctx: Context, blocks: list[Block]) -> set[int]:
    """The ids of ``blocks`` (in reading order) where the report already speaks as its head: all of them
    under a title naming the head's own report (``head_reports``); each from the paragraph holding the head's
    cover sentence (现将 + ``head_covers``) on; each after a paragraph of the same part speaking as the head."""
    if _heads_title(ctx, blocks):
        return {id(b) for b in blocks}
    out: set[int] = set()
    covered = False
    parts: set[str] = set()  # parts a paragraph read so far speaks as the head in
    for b in blocks:
        covered = covered or bool(_cover().search(b.text))
        part = ctx.part_of(b)
        if covered or (part is not None and part in parts):
            out.add(id(b))
        if part is not None and _voice().search(b.text):
            parts.add(part)
    return out


def _heads_title(ctx: Context, blocks: list[Block]) -> bool:
    """The title (or, where the head's reader found none, a first line that reads as one: no comma or full
    stop) names the head's own report: it ends in 述法报告, 述职报告, or names him (本人)."""
    title = ctx.doc.meta.title
    if title is None and blocks and not _SENTENCE.search(blocks[0].text):
        title = blocks[0].text
    if title is None:
        return False
    w = words()  # 关于本人2023年度履行……职责情况的报告: the head's too
    return (bool(w.head_reports) and title.strip().endswith(w.head_reports)) or any(v in title for v in w.head_voice)


@lru_cache(maxsize=1)
def _cover() -> re.Pattern[str]:
    covers = words().head_covers
    return compile(f"现将{alternation(covers)}" if covers else "(?!)")


@lru_cache(maxsize=1)
def _voice() -> re.Pattern[str]:
    """The head's voice opening a clause (本人作为县长，…; 2023年，作为县长，我…): 申请人本人到场 names no head."""
    return compile(f"(?:^|(?<=[，,。；;：:\\s]))(?:{voice_rx()})")


__all__ = ["voiced_blocks"]
