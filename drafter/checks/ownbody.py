"""A unit's own bodies by its type: a township has a 党委, not a 党组 (``[[bodies]]`` of ``typos.toml``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..hanzi import simplified
from ..lazyre import Lazy
from ..text import last_of
from .context import Context
from .results import WARNING, Finding
from .rule import Rule, Scope
from .typos import Body, typos

OWN_BODY = Rule(
    "own-body",
    "本单位的机构与单位类型不符",
    Scope.DOCUMENT,
    {WARNING: "报告写到本单位没有的机构（乡镇、街道写“党组”，县政府写“党委”）"},
)
_SEEN = ("body", "title", "addressee", "closing")
# a unit's name standing right before a body (县司法局党组): a place's character, then the name
_OTHER_UNIT = Lazy(r"[省市县区州旗盟][\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|中心)$")


@OWN_BODY.check
def own_body(ctx: Context) -> Iterator[Finding]:
    kind = ctx.checklist.id if any(b.type == ctx.checklist.id for b in typos().bodies) else ctx.doc.meta.unit_type
    seen = [simplified(b.text) for b in ctx.doc.blocks if b.role in _SEEN]
    bodies = [b for b in typos().bodies if b.type == kind and _of_unit(b, ctx.doc.meta.unit)]
    if ctx.doc.meta.unit is None and kind in (None, "township"):
        bodies += [b for b in typos().bodies if b.units and b.type == "township" and _names_kind(b, seen)]
    if not bodies:
        return
    unit = simplified(ctx.doc.meta.unit or "")
    mixed = {body: any(_names_own(t, w, body.right, unit) for t in seen for w in body.bare_if) for body in bodies}
    for block in ctx.doc.blocks:
        if block.role not in _SEEN:
            continue
        for body in bodies:
            for start in _own(simplified(block.text), body, mixed=mixed[body]):
                message = f"改为“{body.right}”：{body.name}设{body.right}，不设{body.wrong}（本单位的“{body.wrong}”）"
                yield OWN_BODY.at(block, start, start + len(body.wrong), WARNING, message, ctx.part_of(block))


def _of_unit(body: Body, unit: str | None) -> bool:
    """Whether ``body`` concerns the report's unit: any unit of its type, or (``body.units``) one whose
    name, or a joint issuer's, ends so (a 街道's 党工委: the unit's name must be known)."""
    if not body.units:
        return True
    return unit is not None and any(simplified(u).endswith(body.units) for u in unit.split())


def _names_kind(body: Body, seen: list[str]) -> bool:
    """Whether a report whose unit was not read names its own kind's right body (街道党工委): a 街道's report
    (its unit's name missed), where 街道党委 then mixes two names of one body."""
    return any(own + body.right in t for own in body.own for t in seen)


def _own(text: str, body: Body, *, mixed: bool = False) -> Iterator[int]:
    """Where ``text`` names ``body.wrong`` as the unit's own: after one of its own names, or (``body.bare``)
    after no name of a body at all ("纳入党组理论学习中心组"); never after another unit's name (县司法局党组).
    ``mixed``: the text names the right body too (``body.bare_if``), so a bare one before ``body.bare_before``
    is its own ("党工委" … "列为党委中心组学习内容")."""
    at = text.find(body.wrong)
    while at >= 0:
        end = at + len(body.wrong)
        bare = body.bare or (mixed and text.startswith(body.bare_before, end)) or text.startswith(body.own_before, end)
        if (
            not _excepted(text, at, end, body.exceptions)
            and not _in_title(text, at)
            and (
                any(text.endswith(w, 0, at) for w in body.own)
                or (bare and not any(text.endswith(w, 0, at) for w in body.others))
            )
        ):
            yield at
        at = text.find(body.wrong, end)


def _names_own(text: str, word: str, right: str, unit: str) -> bool:
    """Whether ``text`` names the unit's own right body by ``word`` (局党组, 党组书记): once not after
    another unit's name (a 公安局 report's 配合县司法局党组 is the 司法局's; 县公安局党组 of a 公安局 is its own)."""
    at = text.find(word)
    while at >= 0:
        body = at + max(0, word.find(right))
        name = _OTHER_UNIT.search(text, max(0, body - 14), body)
        if name is None or unit.endswith(name.group()[1:]):
            return True
        at = text.find(word, at + 1)
    return False


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside a cited title (《中国共产党党组工作条例》 is about 党组 in general)."""
    opened = last_of(text, "《", at)
    return opened >= 0 and last_of(text, "》", at, opened) < 0


def _excepted(text: str, start: int, end: int, exceptions: tuple[str, ...]) -> bool:
    """Whether one of ``exceptions`` stands over ``text[start:end]`` (党组织, 党委（党组）)."""
    for e in exceptions:
        i = text.find(e, max(0, start - len(e)), end + len(e))
        while 0 <= i < end:
            if i <= start and end <= i + len(e):
                return True
            i = text.find(e, i + 1, end + len(e))
    return False
