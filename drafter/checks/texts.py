"""Words on the page: superseded citations, wrong terms, leftover placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Block
from . import Context, Finding, pattern
from .registry import rule

_PLACEHOLDER = re.compile(
    r"[×xX╳]{2,}(?![a-zA-Z])|[Ｘ]{2,}|〇〇|○○|(?<![\d*])\*{1,3}(?=[次件个项名人家条场年月日%％])"
    r"|【[^】]{0,30}(填写|待补|待定|补充|输入|请填|此处)[^】]{0,30}】|[［\[](填写|待补|待定)[^］\]]{0,20}[］\]]"
    r"|(?i:\bTODO\b|\bTBD\b)"
)


def _texts(ctx: Context) -> Iterator[Block]:
    """Every block a reader sees: title, addressee and body."""
    for b in ctx.doc.blocks:
        if b.role in ("body", "title", "addressee", "closing", "signature", "date", "doc_number"):
            yield b


@rule("outdated-citation")
def outdated_citation(ctx: Context) -> Iterator[Finding]:
    if ctx.year is None:
        return
    live = [c for c in ctx.checklist.citations if ctx.year >= c.from_year]
    for b in _texts(ctx):
        taken: list[tuple[int, int]] = []  # a specific entry hides a generic one on the same words
        for c in live:
            for m in pattern(c.pattern).finditer(b.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                yield ctx.at(b, m.start(), m.end(), "outdated-citation", c.severity,
                             f"{c.message}（报告年度为{ctx.year}年）", ctx.part_of(b))


@rule("wording")
def wording(ctx: Context) -> Iterator[Finding]:
    for b in _texts(ctx):
        for w in ctx.checklist.wording:
            for m in pattern(w.pattern).finditer(b.text):
                window = b.text[max(0, m.start() - 6): m.end() + 8]
                if any(e in window and _covers(b.text, m, e) for e in w.exceptions):
                    continue
                yield ctx.at(b, m.start(), m.end(), "wording", "warning",
                             f"{w.message}（“{m.group(0)}”→“{w.replace}”）", ctx.part_of(b))


def _covers(text: str, m: re.Match[str], exception: str) -> bool:
    """True if an occurrence of ``exception`` overlaps the match."""
    return any(e.start() < m.end() and m.start() < e.end() for e in re.finditer(re.escape(exception), text))


_PLACEHOLDER_HINT = re.compile(r"[×xX╳Ｘ〇○*【\[［TtＴ]")  # cheap pre-filter for the regex above


@rule("placeholder")
def placeholder(ctx: Context) -> Iterator[Finding]:
    for b in _texts(ctx):
        if not _PLACEHOLDER_HINT.search(b.text):
            continue
        for m in _PLACEHOLDER.finditer(b.text):
            yield ctx.at(b, m.start(), m.end(), "placeholder", "error",
                         f"留有占位符“{m.group(0)}”；请填写实际内容", ctx.part_of(b))
