"""Figures that can be checked against each other.

"共88件（结案63件、维持38件……）": the parts must not exceed the total, and
when the first part is itself a subtotal of the rest ("结案63件" of which
维持、撤销、驳回……) the nesting is accepted. "调处1047件，成功951件，成功率91%":
a stated rate must match its two counts, when the rate's name shares words
with the count it is computed from (so an unrelated 100% is not compared), and
only when no pair of counts in the sentence gives the stated rate. A "其中" list
ends at the first comma, so a later clause is never read as a part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import Context, Finding
from .registry import rule

UNITS = "件项次人名个条场户家卷份起宗"
_TOTAL_LIST = re.compile(
    rf"(?P<total>\d+)\s*(?P<u>[{UNITS}])[^。；;，,（(]{{0,4}}?"
    rf"(?:[（(](?P<paren>[^）)]{{4,200}})[）)]|[，,]?\s*其中[:：，,]?(?P<tail>[^。；;，,]{{4,300}}))"
)
_PART = re.compile(rf"([\u4e00-\u9fff]{{0,8}}?)\s*(\d+)\s*([{UNITS}])")
_SUBTOTAL = re.compile(r"结|完成|合计|小计|办理")
_RATE = re.compile(r"([\u4e00-\u9fff]{1,8})率\s*(?:为|达到?|是)?\s*(\d+(?:\.\d+)?)\s*[%％]")
_COUNT = re.compile(rf"([\u4e00-\u9fff]{{1,10}}?)\s*(\d+)\s*[{UNITS}]")


def _shared(a: str, b: str) -> int:
    """Length of the longest common substring of two short labels."""
    best = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a) + 1):
            if j - i > best and a[i:j] in b:
                best = j - i
    return best


@rule("figures")
def figures(ctx: Context) -> Iterator[Finding]:
    for b in ctx.doc.blocks:
        if b.role != "body":
            continue
        has_list = any(c in b.text for c in "（(其")
        has_rate = "率" in b.text
        if not (has_list or has_rate):
            continue
        for sentence in re.finditer(r"[^。；;！？]+", b.text):
            s, base = sentence.group(0), sentence.start()
            if has_list:
                yield from _sum_check(ctx, b, s, base)
            if has_rate and "率" in s:
                yield from _rate_check(ctx, b, s, base)


def _sum_check(ctx, b, s: str, base: int) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    for m in _TOTAL_LIST.finditer(s):
        total, unit = int(m["total"]), m["u"]
        inner = m["paren"] or m["tail"] or ""
        if "含" in inner[:3] or "上期" in inner:
            continue
        parts = [(lab, int(n)) for lab, n, u in _PART.findall(inner) if u == unit]
        if len(parts) < 2 and not (parts and parts[0][1] > total):
            continue
        values = [v for _, v in parts]
        biggest = max(values)
        if biggest > total:
            lab = next(lab for lab, v in parts if v == biggest)
            yield ctx.at(b, base + m.start(), base + m.end(), "figures", "warning",
                         f"分项“{lab}{biggest}{unit}”大于总数{total}{unit}；请核对数字", ctx.part_of(b))
            continue
        if sum(values) <= total:
            continue
        first, rest = values[0], values[1:]
        if sum(rest) == first or (_SUBTOTAL.search(parts[0][0]) and sum(rest) <= first):
            continue  # the first part is a subtotal of the others ("结案63件、维持38件……")
        yield ctx.at(b, base + m.start(), base + m.end(), "figures", "warning",
                     f"各分项之和{sum(values)}{unit}超过总数{total}{unit}；请核对数字或写明分项之间的包含关系",
                     ctx.part_of(b))


def _rate_check(ctx, b, s: str, base: int) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    for r in _RATE.finditer(s):
        label, stated = r.group(1), float(r.group(2))
        counts = list(_COUNT.finditer(s[: r.start()]))
        if len(counts) < 2:
            continue
        num = counts[-1]
        if _shared(label, num.group(1)) < 2:
            continue
        den = counts[-2]
        a, d = int(num.group(2)), int(den.group(2))
        if d == 0 or a > d:
            continue
        actual = a / d * 100
        values = [int(c.group(2)) for c in counts]
        if any(abs(values[i] / values[j] * 100 - stated) <= 1.0
               for i in range(len(values)) for j in range(len(values))
               if i != j and values[j] > 0 and values[i] <= values[j]):
            continue  # some pair of counts in the sentence gives the stated rate
        yield ctx.at(b, base + den.start(2), base + r.end(), "figures", "warning",
                         f"{label}率写的是{r.group(2)}%，按{num.group(1)}{a}/{d}计算应为{actual:.1f}%；请核对",
                         ctx.part_of(b))
