"""The dash as GB/T 15834—2011 4.9 states it: two em dashes, two characters wide (——). Typed as two hyphens
(--), or as two full-width hyphens (－－, which a web copy's normalisation turns into --), or as one em dash
opening a paragraph (—成功创建……), it is no mark of the standard: a reviewer writes —— for it.

Only beside Chinese (a character, a quote or the start of a line on one side, no figure on both): 2021--2025 is
a range (``ranges``' range-dash), a URL's or a code's hyphens are no dash. One finding for the report, at the
first, counting the rest: a writer who types it so types it so throughout.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..text import CJK
from .context import Context
from .results import WARNING, Finding
from .rule import Rule, Scope
from .slips import around, seen

_HYPHENS = "-－"
_WRONG = Lazy(rf"(?<![{_HYPHENS}A-Za-z0-9/.:])[{_HYPHENS}]{{2}}(?![{_HYPHENS}])")
_LONE = Lazy(rf"—(?!—)(?=[{CJK}“《])")
_CHINESE = Lazy(rf"[{CJK}“”‘’《》（）]")

DASH_FORM = Rule(
    "dash-form",
    "破折号写法不对",
    Scope.DOCUMENT,
    {WARNING: "中文的破折号是“——”（两个一字线，占两个字的位置），不是两个短横线“--”或段首一个“—”；全文一条，在第一处"},
)


@DASH_FORM.check
def dash_form(ctx: Context) -> Iterator[Finding]:
    found = [(b, at) for b in seen(ctx) if any(c in b.text for c in "-－—") for at in _dashes(b.text)]
    if not found:
        return
    b, at = found[0]
    more = f"（全文共{len(found)}处）" if len(found) > 1 else ""
    message = (
        f"改为“——”：“{around(b.text, at, at + 2)}”中破折号写成了“{_written(b.text, at)}”{more}；"
        "中文的破折号是两个一字线、占两个字（GB/T 15834）"
    )
    yield DASH_FORM.at(b, at, at + len(_written(b.text, at)), WARNING, message, ctx.part_of(b))


def _written(text: str, at: int) -> str:
    return "—" if text.startswith("—", at) else text[at : at + 2]


def _dashes(text: str) -> Iterator[int]:
    """Where two hyphens stand for a dash: Chinese on one side (or the paragraph's start), no figure on both;
    and one em dash opening a paragraph (—成功创建……): a connector (北京—上海) has two ends, a dash before a
    listed item is two em dashes."""
    if _LONE.match(text):
        yield 0
    for m in _WRONG.finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before.isdigit() and after.isdigit():
            continue
        sides = [c for c in (before, after) if c]  # the paragraph's start or end is no side
        if sides and all(_CHINESE.match(c) for c in sides):
            yield m.start()


__all__ = ["DASH_FORM"]
