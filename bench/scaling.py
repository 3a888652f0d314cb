"""Scaling of each check (issue 29): time on an input of size n and of size 4n, and the ratio.

Each case is a report whose measures paragraph is one piece repeated (``1件`` 20,000 times in one
sentence, a paragraph of digits, 【 never closed, …) or a draft of many short paragraphs. For each
case the reading and every rule are timed alone on both sizes; a ratio near 4 is linear, near 16
quadratic. A ratio above ``--limit`` (5) is printed as BAD. The times are CPU seconds, each step with
drafter's caches emptied and the collector off; a table then gives, per input kind, the 4n/n ratio of a
linear pass over the text (the baseline: what linear looks like in this run), of the whole check and of
the step that grew most. On a shared machine a step of a few milliseconds can jump: ``--calls`` counts
the calls each step makes instead (thousands), which only the algorithm changes. The times are this
machine's; tests never assert them (the regression tests count operations or sizes instead).

Run: python bench/scaling.py [--only CASE …] [--n SCALE] [--limit 5] [--calls]
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter import checklists  # noqa: E402
from drafter.boilerplate import fragments  # noqa: E402
from drafter.checks import check  # noqa: E402
from drafter.checks.context import Context  # noqa: E402
from drafter.checks.engine import run  # noqa: E402
from drafter.checks.items import cover_items  # noqa: E402
from drafter.checks.parts import classify  # noqa: E402
from drafter.checks.registry import rules  # noqa: E402
from drafter.model import Document  # noqa: E402
from drafter.readers import read_bytes  # noqa: E402
from tests.hostile import REPORT, draft  # noqa: E402

MEASURES = "全年评查行政执法案卷41卷，发现问题12个，已全部整改。"


def in_report(piece: str, end: str = "。") -> Callable[[int], tuple[str, bytes]]:
    """A report (.txt) whose measures paragraph is ``piece`` repeated n times."""
    return lambda n: ("case.txt", REPORT.replace(MEASURES, piece * n + end).encode())


def in_draft(piece: Callable[[int], str]) -> Callable[[int], tuple[str, bytes]]:
    """A draft (.md) whose body is ``piece(i)`` for i < n."""
    return lambda n: ("case.md", draft(body="".join(piece(i) for i in range(n))).encode())


WEB_PAGE = "发布时间：2024-03-01 来源：青山县司法局 【字体：大 中 小】 打印 "
WEB_SENTENCES = (
    "（一）加强党的领导。局党组专题研究法治工作3次，主要负责人带头学法，组织《中华人民共和国行政处罚法》"
    "专题学习2次；评查案卷41卷，办结率100%。二是深化“放管服”改革，推行“双随机、一公开”监管，"
    "行政复议案件12件、行政诉讼案件5件。"
)


def one_line(piece: str) -> Callable[[int], tuple[str, bytes]]:
    """A web page copied as one line: the report's lines run together, ``piece`` n times in the middle, each
    with its own figures (identical paragraphs are read once: a cache, not the checks, would be timed)."""

    def make(n: int) -> tuple[str, bytes]:
        body = "".join(piece.replace("41卷", f"{i}卷").replace("12件", f"{i % 89}件") for i in range(n))
        return "case.txt", (WEB_PAGE + REPORT.replace(MEASURES, body).replace("\n", " ")).encode()

    return make


def nested(n: int) -> str:
    """Brackets n deep around two words."""
    return "（" * n + "执法" + "）" * n + "。"


def docx_paragraphs(n: int) -> tuple[str, bytes]:
    """A .docx of the report with n more short paragraphs in its measures (python-docx writes it)."""
    import io

    import docx

    d = docx.Document()
    for line in REPORT.split("\n"):
        d.add_paragraph(line)
        if line.startswith("一、"):
            for i in range(n):
                d.add_paragraph(f"第{i}项：全年评查行政执法案卷{i % 97}卷。")
    out = io.BytesIO()
    d.save(out)
    return "case.docx", out.getvalue()


CASES: dict[str, tuple[Callable[[int], tuple[str, bytes]], int]] = {
    # name: (input of size n, n)
    "digits": (in_report("1234567890"), 300),
    "counts-one-sentence": (in_report("受理1件"), 2500),
    "rates-one-sentence": (in_report("受理案件10件，办结案件5件，办结率50%，"), 150),
    "unclosed-brackets": (in_report("【"), 30_000),
    "ling": (in_report("〇"), 20_000),
    "years": (in_report("2024年"), 3000),
    "numbers-and-dots": (in_report("1.1."), 3000),
    "spaces-after-digit": (in_report("1" + " " * 50), 300),
    "clauses": (in_report("依法行政，"), 5000),
    "enumerations": (in_report("一是"), 5000),
    # found by review (O1): each 一是 read the text to its next stop, none in one long sentence
    "numbered-items-one-sentence": (in_report("一是加强学习，二是推进执法，三是化解纠纷，"), 1000),
    # a paragraph of titles naming checklist items, none reporting an act: each item hit walks on to the
    # next sentence that reports something (checks/items.py _reporting)
    "titles": (in_report("三是积极推行法律顾问制度。"), 400),
    "slogans": (in_report("坚持依法行政，深化普法宣传。"), 400),
    "two-clause-titles": (in_report("一是推行法律顾问制度，规范行政决策。"), 400),  # found by review: was 18x
    # a one-line web copy's shapes: each hit looked back (or on) to the paragraph's edge for a mark it lacks
    "leading-bodies": (in_report("局党组专题研究法治工作3次，"), 2000),
    "bodies-after-a-title": (in_report("《党组工作条例》局党组会议研究法治工作，"), 1000),
    "split-words": (in_report("镇党、委政府，"), 3000),
    "dismissals": (
        in_draft(lambda i: f"<!-- drafter: 忽略 thin-part 理由{i} -->\n第{i}段〇〇〇〇。\n\n"),
        600,
    ),
    "paragraphs": (in_draft(lambda i: f"第{i}段：全年评查行政执法案卷{i}卷，办结率{i % 100}%。\n\n"), 600),
    # round three: comments on consecutive lines, each reading on over the others to its paragraph (was 16x)
    "dismissals-in-a-row": (in_draft(lambda i: "<!-- drafter: 忽略 placeholder 理由 -->\n"), 2000),
    # the sweep of stop 8 (every rule on plausible shapes of real copies, 4n/n against the baseline's)
    "web-one-line": (one_line(WEB_SENTENCES), 400),  # 50k characters at n, 200k at 4n, no line break
    "no-stop-paragraph": (in_report("局长主持召开会议听取汇报，局长带头学法，", end=""), 1500),
    "short-paragraphs": (in_report("第一段文字。\n"), 4900),  # 20,000 paragraphs at 4n: the readers' bound
    "headings": (in_report("（一）加强行政执法监督\n依法行政。\n"), 1250),
    "list-by-dunhao": (in_report("行政许可、"), 3000),
    "titles-in-one-sentence": (in_report("《法治政府建设实施纲要》、"), 2000),
    # titles the citation, wording and fixed-name rules read (a superseded one, a bent one, an edition's years):
    # replaced.dated_before scanned the text from each citation to its ends (review8 R6, 25b50f8)
    "cited-titles-in-one-sentence": (
        in_report("《信访条例》、《中华人民共和国行政处罚法》、《法治政府建设实施纲要（2015—2020年）》、"),
        700,
    ),
    "nested-brackets": (lambda n: ("case.txt", REPORT.replace(MEASURES, nested(n)).encode()), 5000),
    "digits-run": (in_report("1234567890", end="件。"), 10_000),  # 100k digits at n
    "same-sentence": (in_report("全年评查行政执法案卷41卷，发现问题12个，已全部整改。"), 2500),
    "same-sentence-paragraphs": (in_report("全年评查行政执法案卷41卷，发现问题12个，已全部整改。\n"), 2500),
    "traditional": (in_report("全年評查行政執法案卷41卷，發現問題12個，已全部整改。黨政主要負責人履行職責。"), 1000),
    "docx-paragraphs": (docx_paragraphs, 2500),  # 10,000 paragraphs at 4n
}


# a user checklist's patterns (cues, wording, citations: ``cues.pattern`` compiles them all) searched in one
# long paragraph that never completes them: each search is linear once every repeat is bounded
USER_PATTERNS: dict[str, tuple[str, str, int]] = {
    # name: (pattern, piece repeated n times, n)
    "user .*！": (".*！", "依法行政", 20_000),
    "user 年.*！": ("年.*！", "年", 20_000),
    "user \\s*！": (r"\s*！", " ", 20_000),
    "user \\d+件": (r"\d+件", "1", 20_000),
    "user [^。]*？$": (r"[^。]*？$", "问", 200_000),
    "user 年[^建]*建设[^！]*！": ("年[^建]*建设[^！]*！", "年建设", 5000),  # 年.*建设.*！ refused since round three
    "user (?:\\d+、)+！": (r"(?:\d+、)+！", "1、", 10_000),
}


def measure_pattern(source: str, piece: str, n: int) -> dict[str, float]:
    """Seconds of a search and of every match of a checklist pattern, as lint compiles it, in one paragraph."""
    from drafter.checks.cues import pattern
    from drafter.patterns import validate

    validate(source)  # as the checklist's loading does: what runs has passed the screen
    rx, text = pattern(source), piece * n
    return {
        "search": min(timed(lambda: rx.search(text)) for _ in range(3)),
        "finditer": min(timed(lambda: list(rx.finditer(text))) for _ in range(3)),
    }


BASELINE = "baseline (a linear pass)"
LINT = "whole check"


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of one call of ``fn`` (the machine may be shared: time waiting for a core is not the
    check's; once only: a second call would find what the first kept), the collector off: a collection walks
    every object alive, and more live at 4n (amortised linear, but it fell in one step's time or another's)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        fn()
        return time.process_time() - start
    finally:
        gc.enable()


def measure(make: Callable[[int], tuple[str, bytes]], n: int) -> dict[str, float]:
    """CPU seconds of the reading, of the whole check and of each rule alone on the input of size n, each
    with drafter's caches emptied first (a cache that holds the small input whole and not the large one would
    make a linear step look quadratic; one a step filled for the next would hide one)."""
    name, data = make(n)
    suffix = Path(name).suffix
    out = {"read": cold(lambda: read_bytes(data, name, suffix))}
    doc = read_bytes(data, name, suffix)
    cl = checklists.load("base")
    words = tuple(fragments())
    text = "\n".join(b.text for b in doc.blocks)
    out[BASELINE] = timed(lambda: [sum(1 for _ in re.finditer(r".", text, re.S)) for _ in range(20)])  # linear
    out[LINT] = cold(lambda: check(doc, cl, boilerplate=words))
    out["parts and items"] = cold(lambda: _context(doc, cl, words))
    ctx = _context(doc, cl, words)
    for rid, r in rules().items():
        fresh = Context(doc, cl, ctx.year, ctx.parts, ctx.items, boilerplate=words, rules=ctx.rules)
        out[rid] = cold(lambda: list(run(fresh, r)))  # noqa: B023 (called at once)
    out["dismissals"] = cold(lambda: check(doc, cl, boilerplate=words)) - cold(
        lambda: check(doc, cl, boilerplate=words, select=set(rules()) - {"dismissal"})
    )
    return out


def cold(fn: Callable[[], object]) -> float:
    """``timed(fn)`` with every ``lru_cache`` of drafter's modules emptied first (``--calls``: the Python
    functions it calls, counted, instead of its time: growth a shared machine cannot blur)."""
    for module in [m for name, m in sys.modules.items() if name.startswith("drafter")]:
        for value in list(vars(module).values()):
            for f in (value, *(vars(value).values() if isinstance(value, type) else ())):
                if callable(getattr(f, "cache_clear", None)):
                    f.cache_clear()
    return counted(fn) if COUNT_CALLS else timed(fn)


COUNT_CALLS = False


def counted(fn: Callable[[], object]) -> float:
    """The calls of Python and built-in functions ``fn()`` makes (cProfile's count), in thousands."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(fn)
    return sum(calls for _, calls, _, _, _ in pstats.Stats(profile).stats.values()) / 1000  # type: ignore[attr-defined]


def _context(doc: Document, cl: checklists.Checklist, words: tuple[str, ...]) -> Context:
    """What ``check`` builds before it runs the rules: the parts and the items."""
    year = doc.meta.year
    ctx = Context(doc, cl, year, classify(doc, cl, year), boilerplate=words, rules=frozenset(rules()))
    ctx.items = cover_items(ctx)
    return ctx


def report(case: str, what: str, n: int, a: float, b: float, limit: float) -> bool:
    """Print one line (n, 4n, the ratio); whether the ratio is above ``limit``."""
    if b < (5 if COUNT_CALLS else 0.02):  # too quick to tell
        return False
    ratio = b / max(a, 1e-4)
    flag = "   " if what == BASELINE else "BAD" if ratio > limit else "ok "
    unit = "k" if COUNT_CALLS and what != BASELINE else "s"  # thousand calls, or seconds
    print(f"{case:22} {what:24} n={n:<7} {a:8.3f} {unit}  4n {b:8.3f} {unit}  {ratio:5.1f}x {flag}")
    return ratio > limit and what != BASELINE


def summary(case: str, small: dict[str, float], large: dict[str, float]) -> str:
    """One line of the table: the 4n/n ratio of the baseline, of the whole check, and the worst part's."""

    def ratio(what: str) -> float:
        return large[what] / max(small[what], 1e-4)

    least = 5 if COUNT_CALLS else 0.02  # too quick to tell (dismissals, a difference of two checks, may be < 0)
    timed_parts = [w for w in small if w not in (BASELINE, LINT) and large[w] >= least and small[w] >= least / 4]
    worst = max(timed_parts, key=ratio, default=None)
    unit = "k calls" if COUNT_CALLS else "s"
    tail = f"{worst} {ratio(worst):.1f}x ({large[worst]:.2f} {unit})" if worst else "-"
    return f"{case:28} {ratio(BASELINE):8.1f}x {ratio(LINT):6.1f}x  {tail}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--n", type=float, default=1.0, help="scale every case's n")
    ap.add_argument("--limit", type=float, default=5.0)
    ap.add_argument("--calls", action="store_true", help="count calls (thousands) instead of timing")
    args = ap.parse_args()
    global COUNT_CALLS
    COUNT_CALLS = args.calls
    bad = 0
    table: list[str] = []
    for case, (make, n0) in CASES.items():
        if args.only and case not in args.only:
            continue
        n = max(1, int(n0 * args.n))
        measure(make, 1)  # patterns compiled on first use: not in the first size's time
        small, large = measure(make, n), measure(make, 4 * n)
        for what in small:
            bad += report(case, what, n, small[what], large[what], args.limit)
        table.append(summary(case, small, large))
    for case, (source, piece, n0) in USER_PATTERNS.items():
        if args.only and case not in args.only:
            continue
        n = max(1, int(n0 * args.n))
        small, large = measure_pattern(source, piece, n), measure_pattern(source, piece, 4 * n)
        for what in small:
            bad += report(case, what, n, small[what], large[what], args.limit)
    print(f"\n{'input kind':28} {'baseline':>9} {'check':>7}  worst part (4n/n)")
    print("\n".join(table))
    print("every check within the limit" if not bad else f"{bad} check(s) above {args.limit}x")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
