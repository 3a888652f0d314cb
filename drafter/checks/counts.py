"""Counts in one sentence that must add up, as the checklist's ``[[relations]]`` say.

"全年受理行政复议申请40件，办结45件": a part (办结) never exceeds its whole (受理) in the same
sentence, however the clauses are strung together. "调处纠纷200件，调处成功150件，调解成功率95%":
a stated rate equals part ÷ whole within rounding, and no such rate exceeds 100%. A rate is
checked only against a part its name is about (案卷合格率 is never 评查次数 ÷ 培训次数), it is
accepted when any part ÷ whole of its relation in the sentence gives it, and a target
(不少于、达到……以上、力争、确保) is never a rate to check; the caller skips the plan part.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..checklists import Relation
from ..lazyre import Lazy, compile
from ..vocab import words as vocab_words

UNITS = "件项次人名个条场户家卷份起宗"  # measure words of a count (figures.py reads them too)
_COUNT = Lazy(rf"(?<!\d)(\d++(?:\.\d++)?)\s*+(万)?\s*+(余|多)?\s*+(件次|人次|[{UNITS}])")
_RATE = Lazy(
    r"([\u4e00-\u9fff]{1,12}?率)\s*+(?:均|分别)?\s*+(?:为|达到了|达到|高达|达|是|实现了|实现)?\s*+"
    r"(?<!\d)(\d++(?:\.\d++)?)\s*+[%％]"
)
_CLAUSE = Lazy(r"[，,；;：:、（()）]")
_NOT_COUNTED = Lazy(r"不予|未(?!成年)|正在|待办|待结|不属于|结转|累计|历年|以来|上年|同比|较")
_TARGET = Lazy(
    r"不少于|不低于|不高于|不超过|以上|以下|以内|力争|确保|目标|要求|稳定在|控制在|提高到|提升[至到]"
    r"|争取|保持在|不断提高|逐步"
)
_CARRIED = Lazy(r"含上年|含上期|结转|上年度|累计|历年|以来")
_FILLER = Lazy(r"共计|合计|共|全部|已经|已|均|依法|按期|按时|及时|当年|本年度|年内|其中|各类")


@dataclass(frozen=True)
class Count:
    value: float
    unit: str
    label: str  # the clause before the number (its verb and object)
    start: int
    end: int


@dataclass(frozen=True)
class Problem:
    """A relation that does not hold: characters ``start:end`` of the sentence, and why."""

    start: int
    end: int
    message: str


def counts(s: str) -> list[Count]:
    """Every exact count in sentence ``s`` ("3万余件" and other approximations are left out).

    A count's label is the clause before it, from the last clause mark or the previous count
    (whichever is nearer): "受理10件办结5件" labels 5件 "办结", and each character of ``s`` is in
    at most one label (a sentence of 20,000 counts keeps 20,000 short labels, not their prefixes)."""
    out = []
    starts = _clause_starts(s)
    prev_end = 0
    for m in _COUNT.finditer(s):
        at = m.start()
        if m.group(3) or (at > 0 and s[at - 1] in ".-—–~～/"):
            prev_end = m.end()
            continue
        clause = s[max(starts[bisect_right(starts, at) - 1], prev_end) : at]
        if not clause and at > 0 and s[at - 1] in "）)":  # 办理建议提案（信件）20件: the words before the brackets
            clause = _bracketed_label(s, at - 1, starts, prev_end)
        value = float(m.group(1)) * (10000 if m.group(2) else 1)
        out.append(Count(value, m.group(4), clause, at, m.end()))
        prev_end = m.end()
    return out


def _bracketed_label(s: str, close: int, starts: list[int], prev_end: int) -> str:
    """The clause before the bracket that closes at ``close`` (a short aside, no count in it), or ""."""
    opened = max(s.rfind("（", max(0, close - BRACKETED), close), s.rfind("(", max(0, close - BRACKETED), close))
    if opened <= prev_end or _COUNT.search(s, opened, close):
        return ""
    return s[max(starts[bisect_right(starts, opened) - 1], prev_end) : opened]


BRACKETED = 12  # characters of an aside in brackets between a count's words and its figure


def _clause_starts(s: str) -> list[int]:
    """Where each clause of ``s`` starts (0 and after each clause mark), ascending."""
    return [0, *(m.end() for m in _CLAUSE.finditer(s))]


def _role(label: str, rel: Relation) -> tuple[str, str] | None:
    """("part"|"whole", object words after the verb) of a count's label, or None."""
    if _NOT_COUNTED.search(label):
        return None
    for kind, words in (("part", rel.parts), ("whole", rel.whole)):
        hits = [(label.rfind(w), w) for w in words if w in label]
        if hits:
            at, w = max(hits)
            return kind, _FILLER.sub("", label[at + len(w) :])
    return None


def _shares(a: str, b: str, k: int = 2) -> bool:
    """Whether ``a`` and ``b`` have a common substring of ``k`` characters (one pass over each)."""
    if k <= 0:
        return True
    if len(a) < k or len(b) < k:
        return False
    grams = {b[i : i + k] for i in range(len(b) - k + 1)}
    return any(a[i : i + k] in grams for i in range(len(a) - k + 1))


def _fits(part_obj: str, whole_obj: str) -> bool:
    """A part's object ("办结行政复议案件") is the whole's when it names nothing else."""
    return len(part_obj) < 2 or not whole_obj or _shares(part_obj, whole_obj)


@lru_cache(maxsize=32)
def _trigger(relations: tuple[Relation, ...]) -> re.Pattern[str]:
    # longest first, ties in a fixed order: the same pattern each run (its compiled code kept between runs)
    words = sorted({w for r in relations for w in (*r.whole, *r.parts, *r.rates)}, key=lambda w: (-len(w), w))
    return compile("|".join(map(re.escape, words)) or r"(?!)")  # the code kept between runs


_MEMO: dict[int, tuple[tuple[Relation, ...], dict[str, tuple[Problem, ...]]]] = {}


def check_sentence(s: str, relations: tuple[Relation, ...]) -> tuple[Problem, ...]:
    """The relations that do not hold in sentence ``s`` (memoised per checklist: while a draft is
    typed, every sentence but the one being edited is unchanged between re-checks)."""
    kept = _MEMO.get(id(relations))
    if kept is None or kept[0] is not relations:
        if len(_MEMO) > 8:
            _MEMO.clear()
        kept = _MEMO[id(relations)] = (relations, {})
    memo = kept[1]
    got = memo.get(s)
    if got is None:
        if len(memo) > 20000:
            memo.clear()
        got = memo[s] = tuple(_problems(s, relations))
    return got


NEAR = 12
"""A rate or a part is compared with the counts at most this many counts away in its sentence:
what it sums up stands beside it, and a sentence of 600 rates costs 600 short comparisons, not
600 × 600 × 600 (issue 29)."""


def _problems(s: str, relations: tuple[Relation, ...]) -> Iterator[Problem]:
    if not relations or not _trigger(relations).search(s):
        return
    cs = counts(s)
    rates = list(_RATE.finditer(s)) if "率" in s else []
    if len(cs) < 2 and not rates:
        return
    clauses, targets = _clause_starts(s), _targets(s)
    rates = [m for m in rates if not _targeted(s, m, clauses, targets)]
    done = False
    for rel in relations:
        roles = [
            (_with_listed(s, cs, i, rel) if r[0] == "whole" else c, r)
            for i, c in enumerate(cs)
            if (r := _role(c.label, rel)) is not None
        ]
        if not done and not _CARRIED.search(s):
            for p in _exceeding(roles):
                yield p
                done = True
                break
        at = [c.start for c, _ in roles]
        for m in rates:
            i = bisect_right(at, m.start())
            got = _rate_problem(m, rel, roles[max(0, i - NEAR) : i + NEAR])
            if got is not None:
                yield got
                return


def _with_listed(s: str, cs: list[Count], i: int, rel: Relation) -> Count:
    """Count ``i`` of ``cs``, a whole with the counts listed after it with 、 and no words of their own
    added (办理人大代表建议12件、政协提案8件，其中主办15件: the whole is 20)."""
    c, total = cs[i], cs[i].value
    for prev, n in zip(cs[i : i + LISTED_ITEMS], cs[i + 1 : i + 1 + LISTED_ITEMS], strict=False):
        between = s[prev.end : n.start]
        listed = "、" in between and not _BREAK.search(between)
        if not (listed or _goes_on(between, n)) or n.unit != c.unit or _role(n.label, rel) is not None:
            break
        total += n.value
    return c if total == c.value else replace(c, value=total)


_BREAK = Lazy(r"[，,；;。：:]")
LISTED_ITEMS = 12  # items of a list added to its first count (the work stays linear in a long sentence)
_ONE_COMMA = Lazy(r"[，,][^，,；;。：:]*")
_TOTAL_WORD = Lazy(r"共|合计|总计")


def _goes_on(between: str, n: Count) -> bool:
    """Whether count ``n``, a comma after the one before, goes on that one's verb (办理人大代表建议9件，
    政协委员提案16件): its clause has no count verb (words.toml count_verbs) and is no total (共计)."""
    return (
        _ONE_COMMA.fullmatch(between) is not None
        and not _TOTAL_WORD.search(n.label)
        and not any(v in n.label for v in vocab_words().count_verbs)
    )


def _targets(s: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the target words (不少于、力争……) in ``s``, ascending."""
    found = [(m.start(), m.end()) for m in _TARGET.finditer(s)]
    return [a for a, _ in found], [b for _, b in found]


def _targeted(s: str, m: re.Match[str], clauses: list[int], targets: tuple[list[int], list[int]]) -> bool:
    """Whether the rate ``m`` is a target: a target word in its clause before it, or right after it."""
    clause = clauses[bisect_right(clauses, m.start()) - 1]
    starts, ends = targets
    i = bisect_right(ends, m.start()) - 1
    return (i >= 0 and starts[i] >= clause) or _TARGET.match(s, m.end(), m.end() + 3) is not None


def _exceeding(roles: list[tuple[Count, tuple[str, str]]]) -> Iterator[Problem]:
    for i, (c, (kind, obj)) in enumerate(roles):
        if kind != "part":
            continue
        near = roles[max(0, i - NEAR) : i]
        wholes = [w for w, (k, wobj) in near if k == "whole" and w.unit == c.unit and _fits(obj, wobj)]
        if wholes and c.value > max(w.value for w in wholes) and c.value > _run_of_wholes(near, c):
            w = max(wholes, key=lambda x: x.value)
            yield Problem(
                w.start,
                c.end,
                f"请核对数字：“{_tail(c.label)}{_num(c.value)}{c.unit}”多于“{_tail(w.label)}"
                f"{_num(w.value)}{w.unit}”，分项不能大于总数",
            )


def _run_of_wholes(near: list[tuple[Count, tuple[str, str]]], c: Count) -> float:
    """The sum of the wholes of ``c``'s unit right before it, back to the last part (办理人大建议15件，
    办理政协提案10件，主办件共20件: the 主办 are of both, 25)."""
    total = 0.0
    for w, (k, _) in reversed(near):
        if k != "whole":
            break
        total += w.value if w.unit == c.unit else 0
    return total


def _rate_problem(m: re.Match[str], rel: Relation, roles: list[tuple[Count, tuple[str, str]]]) -> Problem | None:
    """The problem of rate ``m`` under ``rel``, judged against the counts near it (``roles``)."""
    name, stated_text = m.group(1), m.group(2)
    rate = next((r for r in sorted(rel.rates, key=len, reverse=True) if name.endswith(r)), None)
    if rate is None:
        return None
    stated = float(stated_text)
    if stated > 100:
        return Problem(m.start(), m.end(), f"请核对：{name}写的是{stated_text}%，比率不能超过100%")
    if any(w in name for w in vocab_words().due_words):
        return None  # 按期办结率: of the items that fell due, not of all received (words.toml due_words)
    stem = rate[:-1]
    about = [c for c, (k, _) in roles if k == "part" and _about(stem, c.label, rel)]
    if not about:
        return None  # no count this rate is about: nothing to compare it with
    parts = [(c, obj) for c, (k, obj) in roles if k == "part"]
    wholes = [(c, obj) for c, (k, obj) in roles if k == "whole"]
    tol = 1.0 if "." not in stated_text else 0.15
    pairs = [
        (p, w)
        for p, pobj in parts
        for w, wobj in wholes
        if w.start < p.start and w.unit == p.unit and w.value > 0 and _fits(pobj, wobj)
    ]
    if not pairs or any(abs(p.value / w.value * 100 - stated) <= tol for p, w in pairs):
        return None
    p = min(about, key=lambda c: abs(c.start - m.start()))
    cands = [w for q, w in pairs if q is p]
    if not cands:
        return None
    w = max(cands, key=lambda x: x.start)
    actual = p.value / w.value * 100
    return Problem(
        w.start,
        m.end(),
        f"请核对：{name}写的是{stated_text}%，按{_tail(p.label)}{_num(p.value)}{p.unit}÷"
        f"{_tail(w.label)}{_num(w.value)}{w.unit}计算应为{actual:.1f}%",
    )


def _about(stem: str, label: str, rel: Relation) -> bool:
    """A rate named ``stem``率 is about a count labelled ``label``: they share a word, or words the
    relation's ``same`` groups say are one (审结 and 结案)."""
    if _shares(stem, label, min(2, len(stem))):
        return True
    return any(any(w in stem for w in g) and any(w in label for w in g) for g in rel.same)


_CLAUSE_MARK = Lazy(r"[，、；：,;:]")


def _tail(label: str) -> str:
    """The label as a message quotes it: its last clause, at most 12 characters (a cut mid-word,
    "关负责人出庭应诉", reads as a typo in the report)."""
    clause = _CLAUSE_MARK.split(label)[-1]
    return clause[-12:]


def _num(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)
