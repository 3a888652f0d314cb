"""Substance: a duties part that restates the duty list instead of reporting what the leader did.

The duty list is data (``checklists/duties.toml``: the 2016 规定, 第四条 to 第六条, which covers
Party committee and government heads only, and a summary of how provincial 实施办法 word department
heads' duties) carried on the checklist, together with the checklist's own guidance for the duties
part. Each sentence of the
duties part is compared with it as paragraphs are compared with last year's report
(``originality``: numbers dropped, character 5-grams, containment): a sentence is restated when
at least half of its 5-grams occur in the list. The part is reported when restated sentences make
up most of it and it reports hardly any act with a count (学法7次, 听取汇报2次).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..lazyre import Lazy
from ..vocab import words
from ..wordrx import duty_acts_rx
from .context import Context
from .evidence import Judge
from .gaps import also_missing, worst
from .keep import kept
from .results import ERROR, WARNING, Finding
from .rule import Rule, Scope
from .shingles import COPY_SHARE, K, normalise

RESTATED_SHARE = 0.5  # of the part's characters in restated sentences
MAX_ACTS = 1  # a part with more acts counted than this reports acts, whatever else it says
_SENTENCE = Lazy(r"[。；;！？!?\n]")
_ACT_COUNT = Lazy(
    r"(?<!\d)\d++\s*+(?:次|场|期|件|人次|项|批)|(?<![一二三四五六七八九十两])[一二三四五六七八九十两]++次"
)


@lru_cache(maxsize=16)
def _reference(texts: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for t in texts:
        s = normalise(t)
        out.update(s[i : i + K] for i in range(len(s) - K + 1))
    return frozenset(out)


def restated_share(text: str, reference: frozenset[str]) -> tuple[float, int]:
    """(share of ``text``'s characters in sentences restating ``reference``, characters judged)."""
    restated, total = _restated(text, reference)
    return (restated / total if total else 0.0), total


@kept
def _judged(paragraph: str, reference: frozenset[str]) -> tuple[int, int, int]:
    """(characters restated, characters judged, acts counted) of one paragraph (a count never
    runs from one paragraph into the next)."""
    return (*_restated(paragraph, reference), len(_ACT_COUNT.findall(paragraph)))


def _restated(text: str, reference: frozenset[str]) -> tuple[int, int]:
    """(characters of ``text`` in sentences restating ``reference``, characters judged): a newline
    ends a sentence, so a part's figures are the sums of its paragraphs'. A sentence that counts an act
    reports it, whatever duty words it uses (县长主持召开常务会议专题学法4次，……亲自督办: ``restates`` too)."""
    total = restated = 0
    for sentence in _SENTENCE.split(text):
        s = normalise(sentence)
        if len(s) < K:
            continue
        grams = {s[i : i + K] for i in range(len(s) - K + 1)}
        total += len(s)
        if len(grams & reference) >= COPY_SHARE * len(grams) and not _ACT_COUNT.search(sentence):
            restated += len(s)
    return restated, total


DUTIES_RESTATED = Rule(
    "duties-restated",
    "第一责任人职责部分只复述职责条文",
    Scope.PART,
    {
        WARNING: "职责部分多半在复述职责条文",
        ERROR: "复述职责条文的部分没有写到设为错误的清单条目（如县政府的“写明主要负责人本人”）",
    },
)


@DUTIES_RESTATED.check_parts("duties")
def duties_restated(ctx: Context) -> Iterator[Finding]:
    share = restated(ctx)
    if share is not None:
        yield DUTIES_RESTATED.on_part(
            ctx,
            "duties",
            worst(WARNING, ctx),
            f"请写明主要负责人本人做了什么（何时、在什么会议上、做了几次）：“第一责任人职责”部分{round(share * 100)}%"
            "的文字是在复述《党政主要负责人履行推进法治建设第一责任人职责规定》的职责条文" + also_missing(ctx),
        )


def restates(ctx: Context, sentence: str, after: str = "", cue: str = "", judge: Judge | None = None) -> bool:
    """Whether one sentence restates the duty list (half its 5-grams in it), e.g. "定期听取有关工作汇报，及时研究解决有关重大问题".
    A sentence that counts an act (带头学法12次, 3次听取工作汇报) reports it, whatever duty words open it
    ("县长认真履行推进法治建设第一责任人职责，带头学法12次": the head's own act, as ``restated`` reads a part); so does one
    the next sentence (``after``) carries on with the head's act counted (县长……亲自督办。全年主持召开……会议4次).
    An item's ``cue`` (the words its search matched) that ends in a clause of the sentence beyond the list — a duty's act
    (``words.toml`` duty_acts) the list does not name, read by ``judge`` as done (……，重要任务亲自督办，带头落实年度述法)
    — is reported there: the list restated beside it does not take it back (the subject's own clause, 局长作为第一责任人,
    names no act)."""
    if _ACT_COUNT.search(sentence) or carried_act(after):
        return False
    reference = _reference(ctx.checklist.duties)
    restated_chars, total = _restated(sentence, reference)
    return total >= K and restated_chars == total and not (judge and _beyond(sentence, cue, reference, judge))


_CLAUSE = Lazy(r"[，,：:]")


def _beyond(sentence: str, cue: str, reference: frozenset[str], judge: Judge) -> bool:
    """Whether every clause of ``sentence`` where ``cue`` ends says something the duty list does not: at least ``K``
    characters, fewer than half its 5-grams in ``reference`` (带头落实年度述法; not 重要任务亲自督办). Every place the
    cue's words stand is judged, as the search's own place is not kept: 部署 in 同部署 and in 亲自部署 is not beyond."""
    ends = [m.end() for m in re.finditer(re.escape(cue), sentence)] if cue else []
    return bool(ends) and all(_clause_beyond(sentence, end, reference, judge) for end in ends)


def _clause_beyond(sentence: str, end: int, reference: frozenset[str], judge: Judge) -> bool:
    starts = [m.end() for m in _CLAUSE.finditer(sentence, 0, end - 1)]
    stop = _CLAUSE.search(sentence, end - 1)
    written = sentence[starts[-1] if starts else 0 : stop.start() if stop else len(sentence)]
    clause = normalise(written)
    if len(clause) < K or duty_acts_rx().search(written) is None or judge.kind(written) is None:
        return False  # the subject's own clause (局党组书记、局长作为第一责任人) names no act of a duty
    grams = {clause[i : i + K] for i in range(len(clause) - K + 1)}
    return len(grams & reference) < COPY_SHARE * len(grams)


CARRY_OPEN = 6  # characters before the act of a sentence that carries the one before on (全年、先后、带头)


def carried_act(sentence: str) -> bool:
    """Whether ``sentence`` has no subject of its own and opens with a duty's act it counts (全年主持召开……4次,
    带头学法12次): it carries on the sentence before it, whose subject did that."""
    m = duty_acts_rx().search(sentence, 0, CARRY_OPEN + 2)
    if m is None or not _ACT_COUNT.search(sentence):
        return False
    lead = sentence[: m.start()].strip(" ，,")
    return not lead or lead in words().act_openers or lead in words().carry_leads


def restated(ctx: Context) -> float | None:
    """The share of the duties part that restates the duty list, when that is most of it and it
    counts hardly any act; else None."""
    pr = ctx.parts["duties"]
    if pr.status != "present":
        return None
    guidance = tuple(f"{i.title}。{i.guidance}" for i in ctx.checklist.items_for("duties"))
    reference = _reference(ctx.checklist.duties + guidance)
    paras = [b.text for b in pr.blocks if b.kind == "paragraph"]
    each = [_judged(t, reference) for t in paras]
    total = sum(n for _, n, _ in each)
    share = sum(r for r, _, _ in each) / total if total else 0.0
    acts = sum(a for _, _, a in each)
    return share if total >= 40 and share >= RESTATED_SHARE and acts <= MAX_ACTS else None
