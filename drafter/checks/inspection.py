"""督查 where the report itself says 督察: "开展法治督察" … "对各区开展法治建设实地督查".

The supervision of 法治政府建设 under 《法治政府建设与责任落实督察工作规定》 is 法治督察; 督查 is another work
(政府督查, 《政府督查工作条例》: a government's check on its own tasks). A report that writes 法治督察 in its
own words and then 法治(建设)……督查 names the one thing two ways. Without 法治督察 in the writer's words
(the 规定's title in 《》 is not the writer's), 督查 may be the government's own, and is left alone; so is
督查 of anything else (安全生产督查, 政府督查). The words are data (``words.toml`` [inspection]).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..hanzi import simplified
from ..lazyre import compile
from ..model import RUNNING
from ..text import last_of
from ..vocab import alternation, load, word, word_list
from .context import Context
from .keep import kept
from .results import WARNING, Finding
from .rule import Rule, Scope

INSPECTION_TERM = Rule(
    "inspection-term",
    "法治督察写成了督查",
    Scope.DOCUMENT,
    {WARNING: "报告写了“法治督察”，另一处又把法治建设的督察写成“督查”（对各区开展法治建设实地督查），或写了“法治督查”"},
)

_CLAUSE = "，。；：,;:！？\n"


@dataclass(frozen=True)
class Terms:
    """``words.toml``'s [inspection]: what is inspected, how, the right word and the bent one."""

    inspected: tuple[str, ...]  # 法治 法治政府建设: what the 督察 is of
    kinds: tuple[str, ...]  # 专项 实地: how
    right: str  # 督察
    bent: str  # 督查
    not_after_right: tuple[str, ...]  # 工作规定: the 规定's title (督察工作规定)
    not_after_bent: tuple[str, ...]  # 室 工作条例: a 督查 body's name, the 条例's title
    government: tuple[str, ...]  # 政府 督查室: the government's own 督查 in the clause before it
    verbs: tuple[str, ...] = ()  # 开展: between what is inspected and how (法治建设开展实地督查)
    fixed: tuple[str, ...] = ()  # 法治: right before 督查, wrong whatever else the report says (法治督查)


@lru_cache(maxsize=1)
def terms() -> Terms:
    return load("words.toml", _terms)


def _terms(data: dict[str, Any], p: Path) -> Terms:
    try:
        t = data["inspection"]
        lists = ("inspected", "kinds", "not_after_right", "not_after_bent", "government")
        verbs, fixed = word_list(t.get("verbs", [])), word_list(t.get("fixed", []))
        return Terms(
            right=word(t["right"]),
            bent=word(t["bent"]),
            verbs=verbs,
            fixed=fixed,
            **{k: word_list(t[k]) for k in lists},
        )
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[inspection] 的 right、bent 是词语，其余各项是词语的列表"
        ) from None


def _term(word_: str, not_after: tuple[str, ...]) -> str:
    """What is inspected, how, then ``word_`` (督察, 督查) not followed by ``not_after``."""
    t = terms()
    after = f"(?!{alternation(not_after)})" if not_after else ""
    verb = f"{alternation(t.verbs)}?" if t.verbs else ""
    return f"{alternation(t.inspected)}{verb}{alternation(t.kinds)}?{re.escape(word_)}{after}"


@lru_cache(maxsize=1)
def _own() -> re.Pattern[str]:
    """The writer's own 法治督察 (not inside a title in 《》): 法治督察, 法治政府建设督察, 法治建设与责任落实督察."""
    t = terms()
    return compile("(?<!《)" + _term(t.right, t.not_after_right))


@lru_cache(maxsize=1)
def _bent() -> re.Pattern[str]:
    """法治 work inspected, written 督查: 法治督查, 法治建设实地督查, 法治政府建设专项督查 — the words right before
    督查; 将法治建设纳入县政府督查 is the government's 督查 taking in 法治 tasks, and is no 督察 misnamed."""
    t = terms()
    return compile(_term(t.bent, t.not_after_bent))


@lru_cache(maxsize=1)
def _government() -> re.Pattern[str]:
    """The government's own 督查 of 法治 work: a 政府 or its 督查室 in the clause before it (县政府督查室对各乡镇
    开展法治政府建设专项督查, 配合县政府开展法治建设实地督查); the 政府 of 法治政府建设 is none."""
    return compile(f"{alternation(terms().government)}(?!建设)")


@INSPECTION_TERM.check
def inspection_term(ctx: Context) -> Iterator[Finding]:
    blocks = [b for b in ctx.doc.blocks if b.role in RUNNING or b.role == "title"]
    own = any(_writes_own(b.text) for b in blocks)
    fixed = tuple(f + terms().bent for f in terms().fixed)
    for b in blocks:
        text = simplified(b.text)
        for m in _bent().finditer(text):
            if _in_title(text, m.start()) or _government_own(text, m.start(), m.end()):
                continue
            if not own and m.group() not in fixed:
                continue  # without the writer's own 法治督察, a 督查 of 法治 work may be the government's
            at = m.end() - 2
            said = "本报告写的是“法治督察”" if own else "固定的名称是“法治督察”"
            message = f"改为“督察”：“{b.text[m.start() : m.end()]}”中的“督查”，{said}"
            yield INSPECTION_TERM.at(b, at, m.end(), WARNING, message, ctx.part_of(b))


def _government_own(text: str, start: int, end: int) -> bool:
    """Whether the 督查 at ``text[start:end]`` is a government's: 政府, 督查室 in its clause before it."""
    lo = last_of(text, _CLAUSE, start) + 1
    return bool(_government().search(text, lo, start))


@kept
def _writes_own(text: str) -> bool:
    """Whether a paragraph writes 法治督察 in the writer's own words (outside a cited title): kept by its text
    between re-checks, as each paragraph is read character by character."""
    return _own().search(_outside_titles(simplified(text))) is not None


def _outside_titles(text: str) -> str:
    """``text`` with what stands inside 《》 blanked (a cited title holds no word of the writer's)."""
    if "《" not in text:
        return text
    out, depth = [], 0
    for ch in text:
        depth += ch == "《"
        out.append(" " if depth else ch)
        depth -= ch == "》" and depth > 0
    return "".join(out)


def _in_title(text: str, at: int) -> bool:
    opened = last_of(text, "《", at)
    return opened >= 0 and last_of(text, "》", at, opened) < 0


__all__ = ["INSPECTION_TERM"]
