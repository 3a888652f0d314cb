"""The mark between the organs of a 主送机关: organs named side by side take the 顿号 (中共青禾县委员会、青禾县
人民政府：), the comma parts categories of organs (各乡镇人民政府，县直各单位：), as the 公文 of 国务院 and
GB/T 9704—2012's samples write them.

Only a line the head's reader took as the 主送机关 (``role == "addressee"``) or a copy's first line of text
that is one, its organs each one named
organ (``organs.organ_list``): none a category (各……, ……各单位, 有关……), no 顿号 on the line (a list of
categories, each listing its own organs with 顿号, parts them with commas). Readers may read two organs of
different systems (a Party committee, a government) as two categories: an info that says so.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..hanzi import simplified
from ..lazyre import Lazy
from ..model import Block
from ..organs import organ_list
from .context import Context
from .results import INFO, Finding
from .rule import Rule, Scope

_COMMA = Lazy(r"[，,]")
_CATEGORY = Lazy(r"各|有关|所属|直属|以下")
_FIRST = ("addressee", "body")  # the head's 主送机关, or the first line of the text's own words

ADDRESSEE_COMMA = Rule(
    "addressee-comma",
    "主送机关之间用了逗号",
    Scope.DOCUMENT,
    {INFO: "主送机关是几个并列的机关，中间用了逗号（“中共××县委员会，××县人民政府：”应为顿号）"},
)


def _addressee(ctx: Context) -> Block | None:
    """The 主送机关's line: the head's, or — a web copy without its title — the text's first line of its
    own words when it is a list of organs ending in "：" (``organ_list``)."""
    first = next((b for b in ctx.doc.blocks if b.role in _FIRST), None)
    if first is None or (first.role != "addressee" and organ_list(first.text) is None):
        return None
    return first


@ADDRESSEE_COMMA.check
def addressee_comma(ctx: Context) -> Iterator[Finding]:
    line = _addressee(ctx)
    if line is None:
        return
    text = line.text.rstrip()
    commas = [m.start() for m in _COMMA.finditer(text)]
    if not commas or "、" in text or organ_list(text) is None:
        return
    pieces = [p.strip() for p in _COMMA.split(simplified(text.rstrip("：:")))]
    if len(pieces) < 2 or any(not p or _CATEGORY.search(p) for p in pieces):
        return
    joined = "、".join(p.strip() for p in _COMMA.split(text.rstrip("：:")))
    message = (
        f"可改为“{joined}”：主送机关中并列的机关之间用了逗号；几个机关并列用顿号，逗号用在不同类别的机关之间"
        "（各乡镇人民政府，县直各单位：）"
    )
    yield ADDRESSEE_COMMA.at(line, commas[0], commas[0] + 1, INFO, message)


__all__ = ["ADDRESSEE_COMMA"]
