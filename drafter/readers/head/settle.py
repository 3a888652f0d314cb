"""Step 3 of the head where the title named no unit: the signature, the page's 发布机构, a byline under the title,
the body, the page's 来源 — each only where it agrees with the type of unit the text says it is (我镇, or its opening's
subject) —, then a unit named without its place ("县人民政府") given the place the report writes."""

from __future__ import annotations

from ...checklist_model import search_dirs
from ...hanzi import simplified
from ...model import Block, Meta
from ...organs import is_unit_line
from ...unittype import decide, decide_by_self, rules, subject
from .generic import NO_NAME, is_generic, levelless, qualified
from .selfname import a_subject, bare_name, government_of, place_in_body
from .unit import full_name, subject_unit, unit_from_body


def settle_unit(meta: Meta, body: list[Block], page: list[str] | None = None) -> None:
    """Step 3 where the title named no unit (``_settle``); a unit named without its place ("县人民政府")
    gets its place from where the report names it (``unit_source`` says where; ``page``: the page's
    words above the title, a site's banner "青禾市松溪区司法局"), else keeps the short form the text
    writes (``generic_unit`` says it is one), never a span cut across a clause ("市商务局在市商务局")."""
    _settle(meta, body)
    if meta.unit is None:
        return
    texts = [b.text for b in body if b.kind == "paragraph"]
    if " " not in meta.unit and levelless(meta.unit):  # "司法局": its place where the body writes it in full
        if (stem := place_in_body(simplified(meta.unit), "", texts)) is not None:
            meta.unit, meta.unit_source = stem + meta.unit, "body"
        return
    if not is_generic(meta.unit):
        return
    heads = [(t, "publisher") for t in (meta.page_issuer, meta.publisher, *(page or [])) if t]
    heads += [(meta.signature, "signature")] if meta.signature else []
    heads += [(t, "body") for t in texts[:3]]
    names = [qualified(u, heads, texts[:OWN_DOCS_SCAN]) if is_generic(u) else (u, "") for u in meta.unit.split()]
    if all(names):
        got = [n for n in names if n is not None]
        meta.unit = " ".join(n for n, _ in got)
        meta.unit_source = next((w for _, w in got if w), meta.unit_source)
    else:  # nothing longer is written: the short form as the text names it ("市农业局", "省农业农村委")
        meta.generic_unit, meta.generic_source = meta.unit, meta.unit_source
        if all(NO_NAME.match(simplified(u)) for u in meta.unit.split()):  # "街道党工委", "市政府办公室"
            meta.unit, meta.unit_source = None, None


OWN_DOCS_SCAN = 60  # paragraphs a generic unit's own documents (《青山县…办法》) are looked for in


def _settle(meta: Meta, body: list[Block]) -> None:
    """The signature, the page's 发布机构 (unless the text names itself as another type of unit: a
    司法局 posting "我县"'s report), the body, and last the page's 来源 (on the same terms; a 司法局's
    only where the text names itself as one: "我局")."""
    if meta.unit is None and meta.signature:
        meta.unit, meta.unit_source = meta.signature, "signature"
    if meta.unit is not None:
        return
    own = _own_type(body)
    if meta.page_issuer and _agrees(full_name(meta.page_issuer), own):  # 发布机构 / 发文机关
        meta.unit, meta.unit_source = full_name(meta.page_issuer), "publisher"
        return
    if (line := byline(body)) is not None and _agrees(line, own):  # "青禾县人民政府办公室" under the title
        meta.unit, meta.unit_source = line, "body"
        return
    if (unit := _body_unit(body, own)) is not None:
        meta.unit, meta.unit_source = unit, "body"
        return
    # 来源: who posted it, the last resort; a 司法局 often posts the government's report: it is the unit
    # only where the text says it is a unit of that type ("我局")
    poster = meta.publisher is not None and meta.publisher.endswith(subject(search_dirs()).posters)
    if meta.publisher and (own is not None or not poster) and _agrees(full_name(meta.publisher), own):
        meta.unit, meta.unit_source = full_name(meta.publisher), "publisher"


def _body_unit(body: list[Block], own: str | None) -> str | None:
    """The unit the body names (``unit_from_body``) where it agrees with ``own`` (not a town the county's plan names:
    "城关镇将…"); one of another type on the lines above the prose (a site's banner "青禾县人民政府", its 热门搜索) is
    the page's: the prose is read again from its first paragraph."""
    paras = [b.text for b in body if b.kind == "paragraph"]
    heading = next((i for i, b in enumerate(body) if b.kind == "heading"), len(body))
    opening = sum(1 for b in body[:heading] if b.kind == "paragraph")
    lead = next((i for i, t in enumerate(paras) if _prose(t)), 0)
    for start in dict.fromkeys((0, lead)):
        unit = unit_from_body(paras[start:], max(opening - start, 1))
        unit = government_of(unit) if unit is not None else None  # "青禾街道党工委坚持…": its 办事处 reports
        if unit is not None and _agrees(unit, own):
            return unit
    return None


def _prose(text: str) -> bool:
    """A paragraph of the report's prose (a clause's mark in it), not a page's line ("热门搜索:", a site's name)."""
    return any(c in text for c in "，,。")


def byline(body: list[Block]) -> str | None:
    """The unit's full name alone on the body's first line, right under a title that names none
    ("关于2023年度…的报告" / "青禾县人民政府办公室"): before a short form the opening gives ("县政府办")."""
    first = next((b for b in body if b.kind == "paragraph"), None)
    if first is None or not is_unit_line(first.text) or " " in first.text.strip():
        return None
    name = first.text.strip()
    view = simplified(name)
    if is_generic(name) or levelless(name) or not a_subject(view) or decide(view, rules(search_dirs())).type is None:
        return None
    return bare_name(full_name(name))


def _own_type(body: list[Block]) -> str | None:
    """The type of unit the text says it is ("我镇", "我局", "2022年，我县认真…"; the opening's subject: "2022年，青禾镇在
    区委……领导下" is a town's), or None: a line of another type above it is a site's banner, not its byline."""
    dirs = search_dirs()
    own = decide_by_self("\n".join(b.text for b in body[:40]), rules(dirs), cues=subject(dirs).cues).type
    prose = [b.text for b in body if b.kind == "paragraph" and _prose(b.text)]  # past a site's banner
    named = subject_unit(prose[:2]) if own is None else None
    return own if named is None else decide(simplified(named), rules(dirs)).type


def _agrees(name: str, own: str | None) -> bool:
    """Whether ``name`` can be the unit of a text that names itself as a unit of type ``own``:
    a page's 司法局 is not the unit of a text that says "2022年，我县认真…"."""
    named = decide(name, rules(search_dirs())).type
    return own is None or named is None or named == own


__all__ = ["byline", "settle_unit"]
