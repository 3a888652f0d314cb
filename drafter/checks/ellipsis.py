"""The ellipsis as GB/T 15834—2011 4.11 states it: six dots in the middle of the line, two characters wide
(……). Typed from an English keyboard it is three full stops (...), from Word's autocorrect one half (…), from a
Chinese keyboard's full stop 。。。 (doubled-mark's).

Read only in a text typed with full-width marks: a copy whose every mark was made half-width (a web archive's)
turned …… into ...... too, and that is one problem, ``typeset``'s. One finding for the report, at the first.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import Lazy
from ..text import CJK
from .context import Context
from .results import WARNING, Finding
from .rule import Rule, Scope
from .slips import around, seen

_FULL_MARKS = Lazy(r"[，；：（）]")
_WRONG = Lazy(
    rf"(?<=[{CJK}，。、；：“”《》）])(?:\.{{3,}}|·{{3,}}|(?<!…)…(?!…))|(?:\.{{3,}}|·{{3,}}|(?<!…)…(?!…))(?=[{CJK}，。、；：“”《》（])"
)

ELLIPSIS_FORM = Rule(
    "ellipsis-form",
    "省略号写法不对",
    Scope.DOCUMENT,
    {WARNING: "中文的省略号是“……”（六个点，占两个字的位置），不是“...”或半个“…”；全文一条，在第一处"},
)


@ELLIPSIS_FORM.check
def ellipsis_form(ctx: Context) -> Iterator[Finding]:
    blocks = seen(ctx)
    if not any(_FULL_MARKS.search(b.text) for b in blocks):
        return  # every mark half-width: …… may be this copy's ......
    found = [(b, m) for b in blocks if "." in b.text or "…" in b.text or "·" in b.text for m in _WRONG.finditer(b.text)]
    if not found:
        return
    b, m = found[0]
    more = f"（全文共{len(found)}处）" if len(found) > 1 else ""
    message = f"改为“……”：“{around(b.text, m.start(), m.end())}”中省略号写成了“{m.group()}”{more}；中文的省略号是六个点、占两个字（GB/T 15834）"
    yield ELLIPSIS_FORM.at(b, m.start(), m.end(), WARNING, message, ctx.part_of(b))


__all__ = ["ELLIPSIS_FORM"]
