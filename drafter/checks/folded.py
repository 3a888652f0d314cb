"""Where a part without a section of its own is written about inside another (folded): its
``content`` cues in another part; the measures in the opening's words of the year's work; the duties
only in a sentence about this unit's own head (``weakness.actor``, as the duties items judge it) —
"听取各部门主要负责人述法" folds nothing — and in the opening too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..checklists import Checklist
from ..lazyre import Rx, compile
from ..model import Block, simplified_view
from ..text import CLAUSE_BREAKS, last_of
from ..vocab import alternation, words
from ..wordrx import duty_acts_rx, own_duties_rx, own_organs_rx, superior_levels
from .contents import contents_spans, within
from .coverend import act_at
from .cues import any_cue, pattern
from .evidence import Judge, in_title, judge_for, sentence_at
from .faults import states_fault
from .headacts import head_acts
from .owners import group_acts
from .partheads import heading_parts
from .persons import OWN, body_rx, kind_only, mentions, named_own
from .sections import Section
from .titles import is_title
from .weakness import actor


def folded_at(
    pid: str,
    sections: list[Section],
    checklist: Checklist,
    year: int | None,
    superior: str | None = None,
    own: tuple[str, ...] = (),
    unit: str = "",
) -> tuple[tuple[Block, int] | None, int]:
    """The block (and offset) where a part without a section of its own is written about (``superior`` the levels
    whose heads are a superior's, ``own`` the titles naming its own head, as the items judge them), and whether it is
    a fallback (``BODY``: the own leading body's meeting on 法治; ``STUDY``: only its study of the law); read in simplified characters (``hanzi``: the cues and the
    persons' titles are written so; a copy in traditional ones, 局長主持召開黨組會議, reads the same) and given as the
    writer's own block and offset (the same length: offsets hold)."""
    writer: dict[int, Block] = {}
    views = [replace(s, blocks=[_view(b, writer) for b in s.blocks]) for s in sections]
    place, fallback = _folded_at(pid, views, checklist, year, superior, own, unit)
    return (None if place is None else (writer.get(id(place[0]), place[0]), place[1])), fallback


def _view(b: Block, writer: dict[int, Block]) -> Block:
    """The simplified view of ``b``, remembered with the writer's own block it stands for."""
    view = simplified_view(b)
    if view is not b:
        writer[id(view)] = b
    return view


def _folded_at(
    pid: str,
    sections: list[Section],
    checklist: Checklist,
    year: int | None,
    superior: str | None,
    own: tuple[str, ...],
    unit: str,
) -> tuple[tuple[Block, int] | None, int]:
    """The duties only where the own leading body acts on the rule of law (``bodies``), no head of the unit's acting
    (the items may find one). The first sentence's formula that names the duty (……认真履行推进法治建设第一责任人职责，
    ……) folds nothing: a stance, no duty done (dev sets' reviewers: such a fold is wrong)."""
    cues = checklist.parts[pid].content
    if pid == "measures":  # folded at the opening's sentence that reports an act; a stance holds none
        return act_at([b for s in sections if s.parts == ["opening"] for b in s.blocks]), 0
    judge = judge_for(checklist.evidence, year, superior, own, unit)
    first = next((b for s in sections if s.parts == ["opening"] for b in s.blocks), None)
    for s in sections:
        if s.parts == ["opening"] and pid != "duties":  # the own head's act in the opening is the duties folded
            continue
        for i, b in enumerate(s.blocks):
            if not any_cue(b.text, cues, year):
                continue
            if pid == "duties":
                after = s.blocks[i + 1].text if i + 1 < len(s.blocks) else ""
                at = (
                    None
                    if _heads_others(judge, b, after)
                    else _own_duty(judge, b.text, cues, checklist, year, b.kind == "paragraph")
                )
                if at is not None and b is first and _in_preamble(judge, b.text, at):  # a formula folds nothing
                    end = sentence_at(b.text, at)[1]  # the head acting later in the same paragraph folds it there
                    later = _own_duty(judge, b.text[end:], cues, checklist, year)
                    if later is not None:
                        return (b, end + later), 0
                elif at is not None:
                    return (b, at), 0
                continue
            spans = contents_spans(b.text, checklist, year)  # once a block: the work stays linear in it
            found = [  # a table of contents names the part, it holds none of it
                m.start()
                for c in cues
                for m in pattern(c, year).finditer(b.text)
                if not within(spans, m.start()) and _holds(pid, b.text, m.start(), m.end())
            ]
            if found:
                return (b, min(found)), 0
    if pid == "duties":  # the own head acting, in words no cue holds (``headacts``): the part written, not missing
        acted = head_acts(judge, (b for s in sections if not _elsewhere(s) for b in s.blocks))
        if acted is not None:
            return acted, 0
        # the own leading body meeting on 法治 before the duty named in the first sentence's formula
        return _body_act(judge, sections, checklist, year, superior)
    return _subheading(pid, sections, checklist, year), 0


def _elsewhere(s: Section) -> bool:
    """Whether ``s`` is the shortcomings or the plan: the head's act there is a weakness or a promise, no duty done."""
    return any(p in ("shortcomings", "plan") for p in s.parts)


def _holds(pid: str, text: str, start: int, end: int) -> bool:
    """Whether the cue match ``text[start:end]`` holds part ``pid``: the shortcomings only where the sentence states
    one of the unit's own (``faults``: 研究存在问题, 问题整改 report work done on problems, a measure); the plan only
    where next year's words open their sentence (下一步，我局将……; 针对上述问题，2024年将……), after a lead or a subject
    at most: inside a measure's sentence (……，并将培训列入2024年度计划，2024年将继续……) they are that measure's."""
    if pid == "shortcomings":
        return states_fault(text, start, end)
    if pid == "plan":
        return _plan_lead().match(text, sentence_at(text, start)[0], start) is not None
    return True


@lru_cache(maxsize=1)
def _plan_lead() -> re.Pattern[str]:
    """What may stand before next year's words in a plan's own sentence: a connective or a 针对……, then the unit as
    the subject (我局, 县政府, 我们: ``body_units`` and the levels; 我局将在2024年……) — not an act (已制定2024年普法工作要点，2024年将继续……:
    a measure's clause)."""
    ends = alternation((*words().body_units, "县", "区", "市", "州", "旗"))
    return compile(
        r"(?:(?:同时|此外|另外|为此|因此|对此|据此|综上)|(?:针对|围绕|对照|就)[^，,。；;]{0,20})?[，,]?\s*"
        rf"(?:[^，,。；;\d]{{0,5}}{ends}|我们)?[，,]?(?:将|要|拟)?(?:在|于)?$"
    )


BODY, STUDY = 1, 2  # a fold at the own leading body's meeting on 法治; at its study of the law only


def _body_act(
    judge: Judge, sections: list[Section], checklist: Checklist, year: int | None, superior: str | None
) -> tuple[tuple[Block, int] | None, int]:
    """Where the own leading body acts on the rule of law (``bodies``: 局党组专题研究法治建设工作3次, 召开党工委会议4次
    on 法治 topics) with no head of this unit's named acting anywhere: the meetings its principal leader chairs, so the
    part is folded there, not missing (a reviewer: "at most folded"); others' bodies (各乡镇党委) and a superior's
    (a department's 县委常委会: ``superior`` the levels above the unit) fold nothing."""
    cues = checklist.parts["duties"].bodies
    above = compile(f"(?:{superior or superior_levels()})委")
    study: tuple[Block, int] | None = None
    for s in sections:
        for b in s.blocks:
            if b.kind == "paragraph" and any_cue(b.text, cues, year):
                at = _own_duty(judge, b.text, cues, checklist, year, own_body=True)
                if at is None or above.match(b.text, at) is not None:
                    continue
                if _deploys(b.text, at):
                    return (b, at), BODY
                study = study or (b, at)
    return study, (STUDY if study is not None else 0)


def _deploys(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` has the body deploy, hear, study-and-decide or review (``words.toml``
    body_deploys: 研究, 听取, 部署, 审议), not only study (党委中心组专题学习13次: the measure 学习贯彻习近平法治思想)."""
    s, e = sentence_at(text, at)
    return any(text.find(w, s, e) >= 0 for w in words().body_deploys)


def _own_body(judge: Judge, text: str, start: int, end: int) -> bool:
    """Whether the leading body named in the match ``text[start:end]`` is the report's own: bare (党组专题研究……, after a
    verb or a time: ``name_breaks``), the kind of unit the report is alone (局党组 of a 局's report) or its own name or
    short form (县政府党组 of a county's) before it; any other name is another unit's (县直部门党组, 县司法局党组 and
    县人大常委会党组 in the county's report, 青禾镇党委); nor in a clause where the unit makes others act (推动、指导、
    督促……：``to_others``)."""
    m = body_rx().search(text, start, end)
    if m is None:
        return True
    at = m.start()
    lo = last_of(text, CLAUSE_BREAKS, at) + 1  # the marks read once a block: linear in a long one
    if any(text.find(w, lo, at) >= 0 for w in words().to_others):
        return False
    run = at
    while run > lo and at - run < BODY_REACH and "\u4e00" <= text[run - 1] <= "\u9fff":
        run -= 1
    name = text[run:at]
    if not name or name.endswith(words().name_breaks):  # bare: 党组专题研究……, 全年召开党组会议……
        return True
    unit = judge.unit.replace(" ", "")
    end_word = next((w for w in words().body_units if name.endswith(w)), "")
    if unit and named_own(name, end_word, unit):  # 县政府党组 of a county's report, 市场监管局党组
        return True
    # 局党组 of a 局's report; any other name is another unit's (县司法局党组, 县人大常委会党组, 村级党组织)
    return bool(end_word) and (not unit or end_word in unit) and kind_only(name, end_word)


BODY_REACH = 12  # characters of a unit's name before its leading body (县市场监督管理局党组)


def leads_itself(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` names the unit's own leadership as a doer: its own leading organs (a county's
    县委、县政府: ``wordrx.own_organs_rx``), its leaders as a group acting (``owners.group_acts``: 领导干部带头述法), its
    own leading body (``_own_body``: 局党组, not 局属事业单位党组 nor 各乡镇党委) or a meeting its head chairs
    (``head_meetings``: 常务会, 局务会; not 常委会, which may be the 人大's)."""
    if own_organs_rx(judge.unit).search(text, s, e) or group_acts(text, s, e):
        return True
    if any(_own_body(judge, text, m.start(), m.end()) for m in body_rx().finditer(text, s, e)):
        return True
    return _meetings().search(text, s, e) is not None


@lru_cache(maxsize=1)
def _meetings() -> re.Pattern[str]:
    """The meetings the head chairs that are no leading body (``words.toml`` head_meetings: 常务会, 局务会, 办公会)."""
    meetings = words().head_meetings
    return compile(alternation(meetings) if meetings else "(?!)")


FOLDS_BY_SUBHEADING = ("plan",)  # a duties or shortcomings sub-heading is judged by its words (others' heads)


def _subheading(pid: str, sections: list[Section], checklist: Checklist, year: int | None) -> tuple[Block, int] | None:
    """A sub-heading of another part that names the part ("三、存在的问题及整改" … "（二）下一步整改措施"): the part
    written inside that one. Among the measures only their last sub-heading: a plan closes the work it follows
    ("（六）下一步工作打算"); a themed item there ("（二）谋划下一步工作") is a measure."""
    if pid not in FOLDS_BY_SUBHEADING:
        return None
    for s in sections:
        if s.parts == ["opening"] or pid in s.parts:
            continue
        subs = [b for b in s.blocks if b.kind == "heading" and b is not s.heading]
        if "measures" in s.parts:
            subs = subs[-1:]
        hit = next((b for b in subs if pid in heading_parts(b, checklist, year)), None)
        if hit is not None:
            return hit, 0
    return None


def _in_preamble(judge: Judge, text: str, at: int) -> bool:
    """Whether ``at`` stands in the report's first sentence and that sentence names no head of this unit
    ("2023年，省某某厅以……为指导，……认真履行……第一责任人职责，围绕……等重点，……": the year's stance, the
    duty named in its formula): a later sentence where the head acts is where the part is folded."""
    s, e = sentence_at(text, at)
    if s > 0:
        return False
    return not any(h.role == OWN for h in mentions(judge, text, s, e))


def _own_duty(
    judge: Judge,
    text: str,
    cues: tuple[str, ...],
    checklist: Checklist,
    year: int | None,
    body: bool = True,
    own_body: bool = False,
) -> int | None:
    """Where ``text`` names a duty of this unit's own head (``weakness.actor`` gives 0, as for the duties
    items): a cue whose sentence names only others' heads acting ("各部门主要负责人述法") or done to or
    with ("听取5个政府部门主要负责人述法", "督促各单位主要负责人履行第一责任人职责") folds nothing; nor
    does a run-in title whose sentence after it names only others' heads ("三是念好“述法”责任经。把各镇、
    各部门的法治建设第一责任人一律列为述法对象"); nor, in the body (``body``: not a heading, which names the
    part it heads), a cue inside a slogan — a system named (建立党政主要负责人履行推进法治建设第一责任人职责
    清单制度), a formula (建立以镇长为第一责任人，亲自统筹、全面负责的工作机制)."""
    spans = contents_spans(text, checklist, year)
    found = [
        m.start()
        for c in cues
        for m in _overlapping(pattern(c, year), text)
        if not (body and judge.in_slogan(text, m.start(), m.end()))
        and actor(judge, text, *sentence_at(text, m.start()), m.span()) == 0
        and not _others_duty(judge, text, m.start(), m.end())
        and not _titles_others(judge, text, *sentence_at(text, m.start()))
        and not within(spans, m.start())
        and not in_title(text, m.start())
        and not (own_body and not _own_body(judge, text, m.start(), m.end()))
    ]
    return min(found) if found else None


def _overlapping(rx: Rx, text: str) -> Iterator[re.Match[str]]:
    """Every match of ``rx`` in ``text``, one from each place a match starts: a match inside a document's title
    (《……中心组学习计划》) hides none that starts after it in its span (党委中心组集中学习……6次)."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _heads_others(judge: Judge, b: Block, after: str) -> bool:
    """Whether ``b`` is a heading, or a paragraph that is one title ("二是层层传导第一责任人职责。"), and the
    first sentence of the paragraph after it names heads, none of them this unit's own ("将法治建设纳入对各乡镇
    年度综合考核，组织12个乡镇党政主要负责人现场述法"): the duty is named over others' duties."""
    text = b.text.strip()
    if not after or not (b.kind == "heading" or is_title(text, 0, len(text))):
        return False
    return _over_others(judge, after, 0)


def _titles_others(judge: Judge, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a run-in title whose next sentence names heads, none of them this unit's own."""
    if not is_title(text, s, e) or e >= len(text):
        return False
    return _over_others(judge, text, e)


def _over_others(judge: Judge, text: str, pos: int) -> bool:
    """Whether the sentences from ``pos`` on (at most ``OVER_REACH``) name others' heads before any of this
    unit's own (the own head's sentence then folds the part itself), and no duty (``duty_acts``) without
    heads — the unit's own, which folds nothing by itself (局党组召开会议研究法治工作): a sentence of neither
    ("将法治建设纳入对各县（区）年度综合考核，考核结果作为评价领导班子的重要依据。组织12个县区党政主要负责人
    现场述法。") does not decide."""
    others = False
    for _ in range(OVER_REACH):
        s, e = sentence_at(text, pos)
        if e <= s:
            break
        heads = [h for h in mentions(judge, text, s, e) if h.head]  # 班子成员 of a duty's sentence: no head
        if any(h.role == OWN for h in heads):
            return others  # the own head after others' folds the part there, not at the title
        if not heads and duty_acts_rx().search(text, s, e) is not None:
            return False
        others = others or bool(heads)
        pos = e
    return others


OVER_REACH = 3  # sentences after a title read for whose duties it heads


def _others_duty(judge: Judge, text: str, start: int, end: int) -> bool:
    """Whether the duty named at ``text[start:end]`` ("开展述法评议，组织12个部门主要负责人述法") is one
    only others' heads do in its sentence: the sentence names heads, none of them this unit's own, and
    the words are a duty a head does himself (``words.toml`` duty_acts: 述法, 学法 …); or it names no head at all and
    the words are a duty each head does for himself (``own_duties``: 述法 — "全面落实……年终述法工作" organises it)."""
    if duty_acts_rx().search(text, start, end) is None:
        return False
    # 班子成员 of another clause is no head: only heads make the duty others'
    heads = [h for h in mentions(judge, text, *sentence_at(text, start)) if h.head]
    if not heads:  # a duty each head does himself with no one named (全面落实……年终述法工作): organised, not done
        return own_duties_rx().search(text, start, end) is not None
    return all(h.role != OWN for h in heads)


__all__ = ["BODY", "STUDY", "folded_at", "leads_itself"]
