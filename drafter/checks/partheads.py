"""What part a section is: the parts its heading names by its wording (the checklist's ``heading``
cues), the bare one-line paragraphs that name one ("存在的问题"), and a themed heading ("一、提升政治
站位……") with no cue named by its place — a measure before the shortcomings and the plan.
"""

from __future__ import annotations

from .. import dates
from ..checklists import Checklist
from ..lazyre import Lazy
from ..model import Block
from ..text import match_number, squash
from .cues import any_cue, pattern
from .sections import Section

# When a heading matches several parts, the more specific wins first.
_PRIORITY = ("other", "duties", "shortcomings", "plan", "measures")

_PUNCT = frozenset("，。；：,;:！？!?、")
_DATE_LINE = Lazy(rf"^[（(]?(?:{dates.ARABIC}|{dates.CHINESE})[）)]?$")
BARE_MAX = 24


def bare_headings(body: list[Block], checklist: Checklist, year: int | None) -> set[int]:
    """Unnumbered one-line paragraphs that name a part ("存在的问题", "下一步工作打算").

    A plain-text copy of a report whose headings were only styled keeps them as
    short lines without punctuation; they start sections like any heading.
    """
    found: set[int] = set()
    top = _top_kind(body)
    for b in body:
        if _numbered_part(b, top) and heading_parts(b, checklist, year):
            found.add(id(b))  # "二、存在的问题：一是……": a section's heading run into its text
            continue
        if b.kind != "paragraph" or b.number or len(b.text) > BARE_MAX or _PUNCT.intersection(b.text):
            continue
        if _DATE_LINE.match(
            squash(b.text)
        ):  # "2023年1月10日" (a letter's, a title's): a date, never "2023年…" the plan
            continue
        if heading_parts(b, checklist, year):
            found.add(id(b))
    return found


def _top_kind(body: list[Block]) -> int | None:
    """The kind of numbering (``text.match_number``'s level) of the top-level headings."""
    levels = [b.level for b in body if b.kind == "heading"]
    kinds = [
        m[0]
        for b in body
        if b.kind == "heading"
        and b.level == min(levels, default=0)
        and b.number
        and (m := match_number(b.number)) is not None
    ]
    return min(kinds) if kinds else None


def _numbered_part(b: Block, top: int | None) -> bool:
    """Whether ``b`` is a paragraph numbered as the top-level headings are ("二、" among "一、" headings) whose
    first clause ends at a colon: a part's heading run into its text ("二、存在的问题：一是……")."""
    if b.kind != "paragraph" or not b.number or top is None:
        return False
    m = match_number(b.number)
    lead = _lead(b.title)
    return m is not None and m[0] == top and len(lead) < len(b.title) and b.title[len(lead)] in "：:"


def heading_parts(h: Block, checklist: Checklist, year: int | None) -> list[str]:
    """The parts a heading names by its wording (none for a themed heading)."""
    title = dates.western_years(squash(h.title if h.kind == "heading" else _lead(h.title)))  # 二〇二四年工作打算
    return title_parts(title, checklist, year)


def title_parts(title: str, checklist: Checklist, year: int | None) -> list[str]:
    """The parts a heading's words name, in reading order."""
    found = [p for p in _PRIORITY if any_cue(title, checklist.parts[p].heading, year)]
    if (
        "measures" in found
        and len(found) > 1
        and set(found) != {"measures", "shortcomings"}
        and not _work_then_plan(title, found, checklist, year)
    ):
        found.remove("measures")  # "主要工作安排" is a plan, not a measure; "主要举措、成效和不足" names both
    # A heading naming two parts ("存在问题和下步打算") covers both, in reading order.
    return sorted(found, key=lambda p: _first_hit(title, checklist.parts[p].heading, year))


_LEAD_END = Lazy(r"[，,。；;：:！？!?]")


def _lead(text: str) -> str:
    """A numbered paragraph's first clause: what names its section, as a heading would."""
    m = _LEAD_END.search(text)
    return text[: m.start()] if m else text[:BARE_MAX]


def _work_then_plan(title: str, found: list[str], checklist: Checklist, year: int | None) -> bool:
    """A heading naming the year's work, then apart from it the plan ("一、2023年工作开展情况及下一步打算"): both."""
    if sorted(found) != ["measures", "plan"]:
        return False
    plan = _first_hit(title, checklist.parts["plan"].heading, year)
    return any((m := pattern(c, year).search(title)) and m.end() <= plan for c in checklist.parts["measures"].heading)


def _first_hit(title: str, cues: tuple[str, ...], year: int | None) -> int:
    hits = [m.start() for c in cues if (m := pattern(c, year).search(title))]
    return min(hits) if hits else 10**6


def name_sections(sections: list[Section], checklist: Checklist, year: int | None) -> None:
    """Each section's parts: what its heading names, else a themed heading's by its place."""
    for s in sections:
        if s.heading is not None:
            s.parts = heading_parts(s.heading, checklist, year)
    _name_themed(sections)
    _opens_with_measures(sections, checklist, year)


_THEMES_OF = frozenset(("duties", "shortcomings", "plan"))


def _opens_with_measures(sections: list[Section], checklist: Checklist, year: int | None) -> None:
    """A report opens with its measures: where no section is the measures', a first heading whose first phrase
    names no part and a later phrase names one (一、强化组织领导，落实第一责任人职责; 一、谋划部署有力，工作安排到位)
    is their theme — the copy may end before any heading that would say so (an opening), and the measures are no
    opening's words. A part's own heading names it first (一、党政主要负责人履行推进法治建设第一责任人职责，加强……)."""
    body = [s for s in sections if s.parts != ["opening"]]
    if not body or any("measures" in s.parts for s in body):
        return
    first = body[0]
    if first.heading is None or not first.parts or not set(first.parts) <= _THEMES_OF:
        return
    title = squash(first.heading.title)
    cut = next((i for i, c in enumerate(title) if c in "，,"), None)
    if cut is not None and not title_parts(dates.western_years(title[:cut]), checklist, year):
        first.parts = ["measures"]


def _name_themed(sections: list[Section]) -> None:
    """Themed top-level headings are measures before any later part, else continue the one before.
    A heading that names a later part before themed sections and that part's own heading further on
    ("一、坚持问题导向，……存在的突出问题" … "四、存在的不足和原因") is a theme of the measures."""
    _themes_first(sections)
    seen_later = False
    previous: list[str] = []
    for s in sections:
        if s.parts == ["opening"]:
            continue
        if s.parts:
            seen_later = seen_later or any(p in ("shortcomings", "plan", "other") for p in s.parts)
            previous = s.parts
        elif s.heading is not None:
            s.parts = previous[-1:] if seen_later and previous else ["measures"]


def _themes_first(sections: list[Section]) -> None:
    """Drop a later part (shortcomings, plan, other) from a heading that a themed heading and then
    another heading of the same part follow: the part's own heading is the last of them. A heading of
    two phrases (三、夯实薄弱环节，提升基层执法能力; 三、强化示范引领，主要负责人带头尊法学法) that names a part
    the report heads again later in a heading of one phrase (四、存在的不足和原因) is a theme of the measures
    too, the duties' included; so is a heading naming the duties before another part's heading and the duties'
    own heading after it (三、主要负责人法治建设责任全面压实 … 四、存在的不足和原因 … 五、党政主要负责人履行……情况),
    and a heading naming the plan or the shortcomings so (五、完善年度立法工作计划 … 六、存在的不足和原因 … 八、2024年工作安排).
    A report does not open with its plan: a first heading that names the plan
    ("一、理清工作思路，强化组织保障") with a themed heading after it, and no heading of measures, is a theme of
    the measures too."""
    for pid in ("duties", "shortcomings", "plan", "other"):
        named = [i for i, s in enumerate(sections) if pid in s.parts and s.heading is not None]
        for i in named[:-1]:
            between = sections[i + 1 : named[-1]]
            if pid == "duties":  # 三、主要负责人法治建设责任全面压实 … 四、存在的不足 … 五、党政主要负责人履行……情况
                themed = any(set(s.parts) - {"duties", "measures", "opening"} for s in between)
            else:  # 五、完善年度立法工作计划 … 六、存在的不足和原因 … 八、2024年工作安排: another part between
                themed = any(s.heading is not None and not s.parts for s in between) or any(
                    set(s.parts) - {pid, "measures", "opening"} for s in between
                )
            if themed or (_phrases(sections[i]) and not _phrases(sections[named[-1]])):
                sections[i].parts.remove(pid)
    body = [s for s in sections if s.parts != ["opening"]]
    if (
        len(body) >= 2
        and body[0].parts == ["plan"]
        and body[1].heading is not None
        and not body[1].parts
        and not any("measures" in s.parts for s in body)
    ):
        body[0].parts = []


def _phrases(s: Section) -> bool:
    """Whether a section's heading is two phrases and more (a comma between them): a theme's heading."""
    return s.heading is not None and any(c in s.heading.title for c in "，,")


def split_containers(sections: list[Section], checklist: Checklist, year: int | None) -> list[Section]:
    """A top-level heading that holds the parts as its sub-headings ("一、2023年法治政府建设情况" then "（一）主要举措和
    成效" "（二）存在的不足和原因" …) is a container: each sub-heading that names a part starts that part's section, as a
    top-level heading would. A container's first sub-heading names a part and another names a different one: a
    "（五）履行第一责任人职责情况" after themed items ("（一）抓实学法用法") is an item of the measures, the part folded.
    A heading that names the measures itself ("一、……主要举措和成效", or "一、2023年法治政府建设情况") holds the parts
    only with a sub-heading of the measures among them ("（一）主要举措和成效") or none themed: themed items of the
    measures that name a part by a word ("（一）压实第一责任人职责，加强组织领导" "（九）思路和举措创新") are the measures' own."""
    out: list[Section] = []
    for s in sections:
        cut = _container_cuts(s, checklist, year) if s.heading is not None and s.parts in ([], ["measures"]) else []
        if not cut:
            out.append(s)
            continue
        bounds = [*[i for i, _ in cut], len(s.blocks)]
        out.append(Section(s.heading, s.blocks[: bounds[1]], cut[0][1], s.numbered))
        out += [Section(s.blocks[a], s.blocks[a:b], parts) for (a, parts), b in zip(cut[1:], bounds[2:], strict=True)]
    return out


def _container_cuts(s: Section, checklist: Checklist, year: int | None) -> list[tuple[int, list[str]]]:
    """Where a container's sub-headings that name parts stand in ``s.blocks``, with the parts each names; none if
    ``s`` is no container."""
    subs = [(i, b) for i, b in enumerate(s.blocks) if b.kind == "heading" and b is not s.heading]
    if not subs:
        return []
    level = min(b.level for _, b in subs)
    named = [(i, heading_parts(b, checklist, year)) for i, b in subs if b.level == level]
    if not named or not named[0][1]:
        return []
    cuts = [(i, parts) for i, parts in named if parts]
    if len({p for _, parts in cuts for p in parts}) < 2:
        return []
    if s.parts == ["measures"] and len(cuts) < len(named) and not any("measures" in parts for _, parts in cuts):
        return []  # 一、……主要举措和成效 over （一）压实第一责任人职责…… （九）思路和举措创新……: themed items of the measures
    return cuts


__all__ = ["BARE_MAX", "bare_headings", "heading_parts", "name_sections", "split_containers"]
