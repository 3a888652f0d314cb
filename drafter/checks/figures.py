"""Figures that can be checked against each other.

"共88件（结案63件、维持38件……）": the parts must not exceed the total, and
when the first part is itself a subtotal of the rest ("结案63件" of which
维持、撤销、驳回……) the nesting is accepted. A "其中" list
ends at the first comma, so a later clause is never read as a part. A count given right after
what was counted without its measure word ("举办讲座16，") is reported too. Counts strung
across clauses ("受理40件，办结45件") and the rates computed from them are checked
by ``counts`` against the checklist's ``[[relations]]`` (never in the plan part).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from ..checklists import Relation
from ..lazyre import Lazy
from ..vocab import words as vocab_words
from ..wordrx import bare_count_rx
from .context import Context
from .counts import UNITS, check_sentence
from .numerals import approximate_digits
from .results import WARNING, Finding, Local
from .rule import Rule, Scope

_TOTAL_LIST = Lazy(
    rf"(?<!\d)(?P<total>\d++)\s*+(?P<u>[{UNITS}])[^。；;，,（(]{{0,4}}?"
    rf"(?:[（(](?P<paren>[^）)]{{4,200}})[）)]|[，,]?\s*其中[:：，,]?(?P<tail>[^。；;，,]{{4,300}}))"
)
_PART = Lazy(rf"([\u4e00-\u9fff]{{0,8}}?)\s*+(?<!\d)(\d++)\s*+([{UNITS}])([\u4e00-\u9fff]{{0,4}})")
_SUBTOTAL = Lazy(r"结|完成|合计|小计|办理")
_CLAUSE = Lazy(r"[^。；;！？]+")
_SENTENCE = Lazy(r"[^。！？]+")


# "3余次", "15余场次", "5余万元": 余 after a number whose last digit is not 0 (10余次, 120余人, 3万余元 are right)
_ONE_DIGIT_APPROX = Lazy(r"(?<![\d.．])\d*[1-9]\s*余(?=\s*[万千百]?\s*[\u4e00-\u9fff])")
# "1.2余万件": 余 after a decimal, which is already exact to its last place; 余 goes after the unit (1.2万余件)
_DECIMAL_APPROX = Lazy(r"(?<![\d.．])(\d+[.．]\d+)\s*余\s*([万亿])(?=\s*[\u4e00-\u9fff])")

FIGURES = Rule(
    "figures",
    "数字对不上",
    Scope.PARAGRAPH,
    {WARNING: "分项大于或多于总数，数字与比率对不上，或报告的数漏写了量词"},
)


@FIGURES.check
def figures(ctx: Context) -> Iterator[Finding]:
    relations = ctx.checklist.relations
    body = [(b, ctx.part_of(b)) for b in ctx.doc.blocks if b.role == "body"]
    last = _broken_off(ctx)
    yield from ctx.paragraphs(
        FIGURES,
        [(b, (part == "plan", b is last), part) for b, part in body],
        lambda t, key: _block(t, relations, *cast(tuple[bool, bool], key)),
    )


def _broken_off(ctx: Context) -> object:
    """The body's last paragraph if the text breaks off in it (no mark ends it: a copy's first page,
    "……可办理事项58"), else None: a figure there may go on with its measure word after the break."""
    last = next((b for b in reversed(ctx.doc.blocks) if b.role == "body" and b.kind == "paragraph"), None)
    return last if last is not None and last.text.rstrip()[-1:] not in _ENDED else None


_ENDED = "。！？!?；;…”’）)"


def _block(text: str, relations: tuple[Relation, ...], plan: bool, broken: bool = False) -> Iterator[Local]:
    """The figures findings of one paragraph (``plan``: its figures are targets, never checked as counts;
    ``broken``: the text breaks off at its end, so a count there may lack only what follows the break)."""
    pairs = [start for start, _, _ in approximate_digits(text)]
    for m in bare_count_rx().finditer(text):
        g = "m" if m["m"] else "n"
        if (broken and not text[m.end(g) :].strip()) or m.start(g) in pairs:
            continue  # 培训5、6次: an approximate number (approximate-comma), its measure word after the second
        yield FIGURES.local(m.start(g), m.end(g), WARNING, f"在“{m[g]}”后补上量词（次、件、场……）：数字后漏写了")
    for m in _ONE_DIGIT_APPROX.finditer(text):
        yield FIGURES.local(
            m.start(),
            m.end(),
            WARNING,
            f"请写确数：“{m.group()}”中的“余”只跟在整十、整百的数后（30余次、3万余元），个位不是0的数后不用（15余场）",
        )
    for m in _DECIMAL_APPROX.finditer(text):
        message = f"改为“{m[1]}{m[2]}余”：“余”说整数后的零头，不跟在小数后，放在万、亿之后"
        yield FIGURES.local(m.start(), m.end(), WARNING, message)
    summed: list[Local] = []
    if any(c in text for c in "（(其"):
        for sentence in _CLAUSE.finditer(text):
            summed += _sum_check(sentence.group(0), sentence.start())
    yield from summed
    if relations and not plan:
        for sentence in _SENTENCE.finditer(text):
            for p in check_sentence(sentence.group(0), relations):
                start, end = sentence.start() + p.start, sentence.start() + p.end
                if not any(a < end and start < b for a, b, *_ in summed):  # 其中主办18件: said once
                    yield FIGURES.local(start, end, WARNING, p.message)


def _sum_check(s: str, base: int) -> Iterator[Local]:
    for m in _TOTAL_LIST.finditer(s):
        total, unit = int(m["total"]), m["u"]
        if m["tail"]:  # 建议12件、提案8件，其中主办15件: 其中 is of the list the count ends
            total += _listed_before(s, m.start(), unit) + _parallel_before(s, m.start(), unit)
        inner = m["paren"] or m["tail"] or ""
        if "含" in inner[:3] or "上期" in inner:
            continue
        noun = s[m.end("u") : m.start("paren") - 1].strip() if m["paren"] else ""
        parts = [(lab, int(n)) for lab, n, u, what in _PART.findall(inner) if u == unit and _same_thing(noun, what)]
        if len(parts) < 2 and not (parts and parts[0][1] > total):
            continue
        values = [v for _, v in parts]
        biggest = max(values)
        if biggest > total:
            lab = next(lab for lab, v in parts if v == biggest)
            yield FIGURES.local(
                base + m.start(),
                base + m.end(),
                WARNING,
                f"请核对数字：分项“{lab}{biggest}{unit}”大于总数{total}{unit}",
            )
            continue
        if sum(values) <= total:
            continue
        first, rest = values[0], values[1:]
        if sum(rest) == first or (_SUBTOTAL.search(parts[0][0]) and sum(rest) <= first):
            continue  # the first part is a subtotal of the others ("结案63件、维持38件……")
        if _splits(values, total):
            continue  # 390件（其中简易程序110件，普通程序280件、立案撤销8件）: the rest count them another way
        yield FIGURES.local(
            base + m.start(),
            base + m.end(),
            WARNING,
            f"请核对数字或写明分项之间的包含关系：各分项之和{sum(values)}{unit}超过总数{total}{unit}",
        )


def _splits(values: list[int], total: int) -> bool:
    """Whether a run of two or more of the parts adds up to the total exactly: those divide it, and
    the others count the same cases another way (立案撤销8件 among 简易110件 and 普通280件 of 390件)."""
    return any(sum(values[i:j]) == total for i in range(len(values)) for j in range(i + 2, len(values) + 1))


def _listed_before(s: str, at: int, unit: str) -> int:
    """The sum of the counts of ``unit`` listed with 、 right before the count at ``at`` in its clause
    (人大代表建议12件、政协提案8件: 12 for the 8), 0 when it stands alone."""
    clause = s[max(s.rfind(c, 0, at) for c in "，,；;。：:") + 1 : at]
    return sum(int(n) for n, u in _LISTED.findall(clause) if u == unit) if "、" in clause else 0


def _parallel_before(s: str, at: int, unit: str) -> int:
    """The sum of the counts of ``unit`` in the clauses before the one of the count at ``at`` that
    this one goes on without a verb of its own (办理人大代表建议15件，政协提案10件，其中……: 15 for
    the 10); a clause with a count verb (words.toml count_verbs) or a total (共计) stops it."""
    lo = max(0, at - PARALLEL_REACH)  # a list of a few items: the work stays linear in a long sentence
    start = max(s.rfind(c, lo, at) for c in "；;。：:") + 1 or lo
    clauses = _COMMA.split(s[max(start, lo) : at])[-PARALLEL_ITEMS:]
    total = 0
    for later, earlier in zip(reversed(clauses), reversed(clauses[:-1]), strict=False):
        if _has_verb(later) or _TOTAL_WORD.search(earlier):
            break
        total += sum(int(n) for n, u in _ALL.findall(earlier) if u == unit)
    return total


def _has_verb(clause: str) -> bool:
    return any(v in clause for v in vocab_words().count_verbs)


PARALLEL_REACH = 200  # characters looked back for a list's items before 其中
PARALLEL_ITEMS = 6  # items of such a list
_COMMA = Lazy(r"[，,]")
_TOTAL_WORD = Lazy(r"共|合计|总计")
_ALL = Lazy(rf"(?<!\d)(\d++)\s*+([{UNITS}])")
_LISTED = Lazy(rf"(?<!\d)(\d++)\s*+([{UNITS}])(?=[\u4e00-\u9fff]{{0,4}}、)")


def _same_thing(noun: str, what: str) -> bool:
    """A figure in the brackets counts what the total counts: "1个工作日（8个工作小时）" restates
    the total in another measure, it does not list its parts."""
    return not noun or not what or noun.startswith(what) or what.startswith(noun)
