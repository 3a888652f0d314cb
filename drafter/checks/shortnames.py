"""A fixed name written in a short form many reports use: 履行法治建设第一责任人职责, 推进法治政府建设第一责任人职责
for the 规定's 履行推进法治建设第一责任人职责 (``names.toml`` [[shortforms]]).

Readers disagree on these: many accept the short form in running text, a careful reviewer asks for the
regulation's own words. So a report gets one info per way of writing the name short, at its first place (a
title in 《》 is the titles' business), saying how many other places write it so: the writer sees it is the
regulation's exact name and dismisses it where the short form is meant; another wording (压实第一责任人职责
after 法治政府建设第一责任人各项职责) is another choice, told too. One search per name over the report: linear.
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
from ..model import RUNNING, Block
from ..patterns import UnsafePattern, validate
from ..text import last_of
from ..vocab import load, word, word_list
from .context import Context
from .keep import kept
from .results import INFO, Finding
from .rule import Rule, Scope

SHORT_NAME = Rule(
    "short-name",
    "固定名称写成了简写",
    Scope.DOCUMENT,
    {INFO: "规定中的固定名称写成了常见的简写（“履行法治建设第一责任人职责”）：每份报告一条，作者可忽略"},
)


@dataclass(frozen=True)
class Short:
    """A fixed name (``name``), where it is written (``source``) and its short forms (patterns)."""

    name: str
    source: str
    forms: tuple[str, ...]


@lru_cache(maxsize=1)
def shortforms() -> tuple[Short, ...]:
    return load("names.toml", _shortforms)


def _shortforms(data: dict[str, Any], p: Path) -> tuple[Short, ...]:
    try:
        out = tuple(
            Short(word(s["name"]), word(s.get("source", ""), empty=True), word_list(s["forms"]))
            for s in data.get("shortforms", ())
        )
        for s in out:
            for f in s.forms:
                validate(f)
        return out
    except (KeyError, TypeError, re.error, UnsafePattern) as e:
        raise ReadError(f"{p} 有误（{str(e)[:60]}）；每个 [[shortforms]] 要有 name 和 forms = ['……']") from None


@lru_cache(maxsize=8)
def _rx(forms: tuple[str, ...]) -> re.Pattern[str]:
    return compile("|".join(f"(?:{f})" for f in forms))


@SHORT_NAME.check
def short_name(ctx: Context) -> Iterator[Finding]:
    placed = [(b, spans) for b in ctx.doc.blocks if b.role in RUNNING and (spans := _placed(b.text))]
    for i, s in enumerate(shortforms()):
        forms: dict[str, list[tuple[Block, int, int]]] = {}  # each way of writing it, in order of first place
        for b, spans in placed:
            for start, end in spans[i]:
                if b.text[start] in '“"' and b.text[end - 1] in '”"':
                    start, end = start + 1, end - 1  # 履行“第一责任人职责”: the words in the quotes
                if not _refers_back(b.text, start, end, s.name):
                    forms.setdefault(_unquoted(b.text[start:end]), []).append((b, start, end))
        for got, places in forms.items():
            if not any(got != other and other.startswith(got) for other in forms):
                yield _told(ctx, s, places)


def _unquoted(got: str) -> str:
    return "".join(c for c in got if c not in '“”"')


_STOPS = "。；！？;!?"


def _refers_back(text: str, start: int, end: int, name: str) -> bool:
    """Whether words that name no field (第一责任人职责: no 法治) follow the name in full in their sentence (落实
    《……履行推进法治建设第一责任人职责实施办法》，切实履行好第一责任人职责): they refer back to it, no short name.
    Words that name the field (履行法治建设第一责任人职责) are written short wherever they stand."""
    opened = max(text.rfind(c, 0, start) for c in _STOPS) + 1
    return "法治" not in text[start:end] and name in text[opened:start]


def _told(ctx: Context, s: Short, places: list[tuple[Block, int, int]]) -> Finding:
    """One info for one way of writing the name short, at its first place: the same words again are the same
    choice (counted in the message); other words (法治政府建设……各项职责 after 压实第一责任人职责) are another, but
    not the first words of another way (法治建设第一责任, where a copy cut 法治建设第一责任人职责)."""
    b, start, end = places[0]
    got = b.text[start:end]
    name = s.name
    if name.startswith("履行") and name.endswith("职责") and got.rstrip('”"').endswith("责任人"):
        name = name[2:-2]  # 作为法治政府建设第一责任人: the person, not the duty
    # the act first, then why, then that it may be dismissed: all on the app's three rows of status line (the
    # regulation's title is drafter rule's)
    others = f"，本报告另有{len(places) - 1}处这样写" if len(places) > 1 else ""
    if "法治" not in got:  # 压实第一责任人职责: which first responsibility, the words around it say
        message = f"可写明“{name}”：“{got}”没说是推进法治建设的{others}（上下文已说明的，可忽略）"
    elif _shortened(got, name):
        message = f"可写全“{name}”：“{got}”是简写{others}（有意简写的，可忽略）"
    else:  # a word of the name changed (法治政府建设 for 法治建设): no short form, a different name
        message = f"可改为规定中的名称“{name}”：“{got}”与之不同{others}（报告中也常这样写，看法不一，可忽略）"
    return SHORT_NAME.at(b, start, end, INFO, message, ctx.part_of(b))


def _shortened(got: str, name: str) -> bool:
    """Whether ``got`` is ``name`` with words left out: its characters (quotes aside) stand in ``name`` in order
    (履行法治建设第一责任人职责); one the name has not (推进法治政府建设……: 政府) is a word changed. One walk: linear."""
    rest = iter(name)
    return all(c in rest for c in got if c not in '“”"')


@kept
def _placed(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Where each name of ``shortforms()`` is written short in one paragraph (in its order), or ``()`` where none is:
    a pure function of the paragraph, kept between re-checks (the forms' search is the rule's cost)."""
    got = tuple(tuple(_places(text, _rx(s.forms))) for s in shortforms())
    return got if any(got) else ()


def _places(text: str, rx: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Each short form in one paragraph outside a title in 《》 (a report in traditional characters read in simplified
    ones: the same length)."""
    text = simplified(text)
    bent: list[tuple[int, int]] | None = None
    for m in rx.finditer(text):
        opened = last_of(text, "《", m.start())
        if opened >= 0 and last_of(text, "》", m.start(), opened) < 0:
            continue
        bent = [w.span() for w in _bent().finditer(text)] if bent is None else bent
        if not any(a <= m.start() and m.end() <= z for a, z in bent):
            yield m.start(), m.end()


@lru_cache(maxsize=1)
def _bent() -> re.Pattern[str]:
    """The names' wrong forms (names.toml [[names]] wrong): a short form inside one (党的主要负责人履行推进法治政府建设
    第一责任人职责) is that finding's, which gives the whole right name — one problem, one finding."""
    wrong = load("names.toml", lambda data, _: [w for n in data.get("names", ()) for w in n.get("wrong", ())])
    return compile("|".join(f"(?:{w})" for w in wrong) or "(?!)")


__all__ = ["SHORT_NAME", "shortforms"]
