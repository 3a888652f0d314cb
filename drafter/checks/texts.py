"""Words on the page: superseded citations, wrong terms, leftover placeholders."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterator
from typing import Any

from ..checklist_model import Citation
from ..model import Block, simplified_view
from ..patternwords import placeholder_hint_rx, placeholder_rx
from .checklisthits import NOTHING, Listed, listed, overlaps
from .citeyears import unyeared
from .context import Context
from .corpus import Corpus
from .countwords import miscounted
from .fixednames import bent_titles
from .fixedterms import bent_terms
from .formulas import DIFFER, bent_parts, explain
from .headvoice import voiced_blocks
from .implementing import message as implementing_message
from .implementing import run_on_titles
from .keep import kept
from .names import own_name_spellings
from .ranges import hyphened
from .results import ERROR, INFO, WARNING, Finding, Local
from .revisions import misdated_revisions
from .rule import Rule, Scope
from .titlemarks import MESSAGE as MARKS
from .titlemarks import unmarked
from .titleyears import DASH, bent_years, yearless

_SEEN = ("body", "title", "addressee", "closing", "signature", "date", "doc_number")


def _seen(ctx: Context) -> list[Block]:
    """Every block a reader sees: title, addressee, body and closing."""
    return [b for b in ctx.doc.blocks if b.role in _SEEN]


def _texts(ctx: Context) -> Corpus:
    """The blocks a reader sees, each as its simplified view (``hanzi``: same length, so a span found
    in it is a span of the writer's text): patterns written in simplified characters match a report
    copied in traditional ones. A block with no traditional character is itself."""
    return ctx.corpus("texts", lambda: [simplified_view(b) for b in _seen(ctx)])


def _listed_all(ctx: Context, corpus: Corpus) -> list[Listed]:
    """Each block's ``listed``, once a check for the two rules (one kept look-up a paragraph)."""
    return ctx.once("texts-listed", lambda: [listed(v.text, ctx.checklist, ctx.year) for v in corpus.blocks])


def _in_order(ctx: Context, corpus: Corpus, kind: int) -> list[tuple[int, int, int, int, tuple[object, ...]]]:
    """The hits of one kind of ``listed``, entry by entry, then block by block, as searching the report entry by
    entry finds them: (entry, block, start, end, the rest of the hit); once a check."""

    def make() -> list[tuple[int, int, int, int, tuple[object, ...]]]:
        got: list[tuple[int, int, int, int, tuple[object, ...]]] = []
        for i, each in enumerate(_listed_all(ctx, corpus)):
            if each is not NOTHING:
                hits: tuple[tuple[Any, ...], ...] = each[kind]
                got.extend((h[0], i, h[1], h[2], h[3:]) for h in hits)
        got.sort(key=lambda h: (h[0], h[1], h[2]))
        return got

    return ctx.once(f"texts-{kind}", make)


_ENDED = "。！？；：…”’!?;:"  # how a paragraph the text does not break off in ends


def _broken_off(ctx: Context) -> Callable[[Block, int], bool]:
    """Whether words ending at an offset of a block run to where the text breaks off: the end of the
    last paragraph of a copy that stops mid-sentence (a page's first screen: "……履行推进法治建设第一
    责任人", "积极探索法治建"), or into a title the break leaves open ("制定《……第一责任人述"). A name
    cut there is cut by the copy, not bent by the writer."""
    seen = _seen(ctx)
    last = seen[-1] if seen and seen[-1].role == "body" else None  # a closing, 署名 or date after it: not broken
    end = last.text.rstrip() if last is not None else ""
    if not end or end[-1] in _ENDED:
        return lambda b, at: False
    opened = end.rfind("《")
    title_at = opened if opened > end.rfind("》") else len(end)  # a title the break cuts: 《…第一责任人述

    return lambda b, at: b is last and (at >= len(end) or at > title_at)


def _writer(ctx: Context, corpus: Corpus) -> Callable[[Block], Block]:
    """The writer's own block for a block of the view (for its place, its part and its words)."""
    own = {id(v): b for v, b in zip(corpus.blocks, _seen(ctx), strict=True)}
    return lambda v: own.get(id(v), v)


OUTDATED_CITATION = Rule(
    "outdated-citation",
    "引用已过时的文件",
    Scope.DOCUMENT,
    {
        ERROR: "引用已废止的文件（检查清单 citations 设定的严重程度）",
        WARNING: "引用已修订的文件",
        INFO: "检查清单设为提示的引用",
    },
)
WORDING = Rule(
    "wording",
    "常见错用词",
    Scope.DOCUMENT,
    {
        WARNING: "检查清单 wording 列出的错用词、写错的固定提法和文件名称",
        INFO: "文件名称中年份之间的连接号写成了短横（只关排版）；检查清单设为提示的简写（宜写全固定提法）；"
        "审读者看法不一的旧称（行政首长出庭应诉）；固定提法各项共有的词都换成了别的词（“四个亲自”的“亲自”）、"
        "列举后写的项数比提法少（“……四项程序”）",
    },
)
PLACEHOLDER = Rule("placeholder", "留有占位符", Scope.PARAGRAPH, {ERROR: "留有××、【请填写】、TODO 等占位符"})


@OUTDATED_CITATION.check
def outdated_citation(ctx: Context) -> Iterator[Finding]:
    corpus = _texts(ctx)
    own = _writer(ctx, corpus)
    for v, start, end, _, c in _outdated(ctx, corpus):
        b = own(v)
        yield OUTDATED_CITATION.at(b, start, end, c.severity, f"{c.message}（报告年度为{ctx.year}年）", ctx.part_of(b))
    for v, start, end, _, message in _replaced(ctx, corpus):
        b = own(v)
        yield OUTDATED_CITATION.at(b, start, end, WARNING, f"{message}（报告年度为{ctx.year}年）", ctx.part_of(b))


def _replaced(ctx: Context, corpus: Corpus) -> Iterator[Hit]:
    """Documents another replaced, cited as current (``names.toml`` [[titles]] ``replaced_by``)."""
    for v, base, got in zip(corpus.blocks, corpus.starts, _listed_all(ctx, corpus), strict=True):
        for start, end, message in () if got is NOTHING else got[1]:
            yield v, start, end, base + start, message


def _outdated(ctx: Context, corpus: Corpus) -> Iterator[tuple[Block, int, int, int, Citation]]:
    """(block of the view, start, end, start in the joined text, entry) of each superseded citation."""
    for e, i, start, end, _ in _in_order(ctx, corpus, 0):
        yield corpus.blocks[i], start, end, corpus.starts[i] + start, ctx.checklist.citations[e]


@WORDING.check
def wording(ctx: Context) -> Iterator[Finding]:
    corpus = _texts(ctx)
    own = _writer(ctx, corpus)
    broken = _broken_off(ctx)
    names = [h for h in _bent_names(ctx, corpus) if not broken(own(h[0]), h[2])]
    # a bent name is one finding; a dash in a title's years (an info on typesetting) hides no slip around it
    taken = sorted((at, at + end - start) for _, start, end, at, why in names if not why.startswith(DASH))
    voiced: list[set[int]] = []  # 述法报告, 现将我履行……报告如下: 我 is the head all along (read when first asked)
    for e, i, start, end, _ in _in_order(ctx, corpus, 3):
        w, v, at = ctx.checklist.wording[e], corpus.blocks[i], corpus.starts[i] + start
        if "{voice}" in w.unless_before:
            if not voiced:
                voiced.append(voiced_blocks(ctx, _seen(ctx)))
            if id(own(v)) in voiced[0]:
                continue
        if overlaps(taken, at, at + end - start):  # 推进法制建设第一责任人职责: the name's finding says it
            continue
        if broken(own(v), end):
            continue
        b, got = own(v), own(v).text[start:end]
        right = w.replace.replace("{match}", got)  # "{match}年": the words found, mended
        yield WORDING.at(b, start, end, w.severity, f"{_mend(right)}：{w.message}", ctx.part_of(b))
    advised = {w.message for w in ctx.checklist.names if w.severity == INFO}  # where careful readers differ
    for v, start, end, _, why in names:
        b = own(v)
        if why.startswith(f"{DASH}“—”") and "漏了" not in why and hyphened(b.text, start, end):
            continue  # 纲要（2021-2025年）: a hyphen for the dash, range-dash's (once for the report)
        differ = why in advised or why.endswith(DIFFER)  # a formula's count: readers differ
        severity = INFO if why.startswith(DASH) or differ else WARNING  # 2021-2025年: a dash, not a wrong name
        message = why if why.startswith(_MARKED) else _said(b.text[start:end], why, differ)  # the name is right
        yield WORDING.at(b, start, end, severity, message, ctx.part_of(b))
    for b, start, end, message in own_name_spellings(ctx.doc.meta.unit, _seen(ctx)):
        yield WORDING.at(b, start, end, WARNING, message, ctx.part_of(b))


_MARKED = "改为"  # a name to put in 《》: the message says so itself


def _mend(right: str) -> str:
    """What to do with the words a [[wording]] entry found: its replacement, or the act its data says
    (删去“人大”，或在“委”后加顿号)."""
    act = right.strip("（）")
    return act if act.startswith("删去") else f"改为“{right}”"


def _said(got: str, why: str, advised: bool) -> str:
    """What to do first, then why (the app's status line shows a message's first row): a message of the data
    that says what to do is said of the words found (请把“道德与法制”改为“道德与法治”：…); a wrong name is to be
    corrected; an info (readers differ) asks to check it, not that it is wrong."""
    if why.startswith("请改为"):
        return f"请把“{got}”{why[1:]}"
    if why.startswith("请核对"):
        return f"请核对“{got}”的{why[3:]}"
    if why.startswith("请在其后"):
        return f"请在“{got}”后{why[4:]}"
    if why.startswith("请"):
        return f"请在“{got}”中{why[1:]}"
    if why.startswith("宜写全"):
        return f"宜把“{got}”写全为{why[3:]}"
    if why.startswith("宜"):
        return f"宜把“{got}”{why[1:]}"
    return f"请核对“{got}”：{why}" if advised else f"请改正“{got}”：{why}"


def _bent_names(ctx: Context, corpus: Corpus) -> Iterator[Hit]:
    """Each bent fixed name once, whichever forms it matches (a name an exception allows still holds its
    words), and none on a superseded citation (outdated-citation's)."""
    old = [(at, at + end - start) for _, start, end, at, _ in (*_outdated(ctx, corpus), *_replaced(ctx, corpus))]
    taken = sorted(old)  # its finding says it
    bent = [(v, base, got) for v, base in zip(corpus.blocks, corpus.starts, strict=True) if (got := _bent_in(v.text))]
    found = (
        *_of(bent, 0),  # a plan run on the document it implements
        *_of(bent, 1),  # a title bent
        *_names(ctx, corpus),
        *_of(bent, 2),  # a term bent
        *_of(bent, 3),  # a formula bent
        *_of(bent, 4),  # a count
    )
    for hit in found:
        _, start, end, at, why = hit
        if not overlaps(taken, at, at + end - start):
            insort(taken, (at, at + end - start))
            if why:
                yield hit


Hit = tuple[Block, int, int, int, str]  # block of the view, start, end, start in the joined text, why
Bent = tuple[tuple[int, int, str], ...]  # start, end and why of each bent name of one kind in one paragraph


def _of(bent: list[tuple[Block, int, tuple[Bent, ...]]], kind: int) -> Iterator[Hit]:
    """The hits of one kind of ``_bent_in``, block by block."""
    for v, base, got in bent:
        for start, end, why in got[kind]:
            yield v, start, end, base + start, why


@kept
def _bent_in(text: str) -> tuple[Bent, ...]:
    """What one paragraph (its simplified view) bends, of each kind ``_bent_names`` weighs — a plan cited under the
    document it implements, a title, a term, a formula, a count — or ``()`` where it bends nothing: a pure function
    of the paragraph, one look-up a paragraph in a re-check."""
    got = (
        tuple(_run_on(text)),
        tuple(_near_titles(text)),
        tuple(_near_terms(text)),
        tuple(_bent_formulas(text)),
        tuple(_counts(text)),
    )
    return got if any(got) else ()


def _names(ctx: Context, corpus: Corpus) -> Iterator[Hit]:
    """Fixed names written in one of their known wrong or old forms (``names.toml``'s [[names]])."""
    told: set[str] = set()  # a form careful readers differ on (an info) is told once a report
    for e, i, start, end, (allowed,) in _in_order(ctx, corpus, 2):
        w = ctx.checklist.names[e]  # fixed names: 习近平法治思想, the 第一责任人 规定's title…
        if w.severity == INFO and w.message in told:
            continue
        if w.severity == INFO:
            told.add(w.message)
        yield corpus.blocks[i], start, end, corpus.starts[i] + start, "" if allowed else w.message


def _near_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """Titles cited in 《》 that are a known document's or book's name bent a little (``names.toml``'s [[titles]])."""
    if _cites(text):  # most paragraphs cite nothing: no look-up of what they cite
        for start, end, t in bent_titles(text):
            yield start, end, f"名称是《{t.name}》"
    for start, end, t, why in bent_years(text):  # also a known title's years cited without 《》
        yield start, end, f"{why}，名称是《{t.name}》"
    for start, end, t, earlier in yearless(text):  # 《法治政府建设实施纲要》: the title cut short, an info
        before = "、".join(e.name[e.name.find("（") + 1 : e.name.rfind("）")] for e in earlier)
        older = f"，{before}的是上一期" if before else ""
        yield start, end, f"宜写全《{t.name}》（起止年份是标题的一部分{older}）{DIFFER}"
    for start, end, why in unyeared(text):  # any cited plan's years without 年 (a known one's said above)
        yield start, end, why
    for start, end, t in misdated_revisions(text):
        years = "、".join(str(y) for y in t.revised)
        yield start, end, f"《{t.name}》的制定、修订年份是{years}年（最近一次修订{t.effective}年施行）"
    for start, end, t in unmarked(text):
        written = text[start:end]  # a misdated one's name alone: its years have their own finding
        right = t.name if t.name.endswith(written) else f"{written}（……年）"  # 政府信息公开条例: its full name
        yield start, end, f"{_MARKED}“《{right}》”：{MARKS}"


def _run_on(text: str) -> Iterator[tuple[int, int, str]]:
    """A plan cited under the central document it implements (``implementing``): told before the title's
    years or dash, which the same 《》 may also bend."""
    if _cites(text):
        for start, end, t in run_on_titles(text):
            yield start, end, implementing_message(t)


def _cites(text: str) -> bool:
    """Whether ``text`` holds a bracket a cited title stands in (``fixednames.CITED``: 《》 〈〉 <>)."""
    return "《" in text or "〈" in text or "<" in text


def _near_terms(text: str) -> Iterator[tuple[int, int, str]]:
    """Fixed terms with a character or two dropped, added or changed (``names.toml``'s [[terms]])."""
    for start, end, t in bent_terms(text):
        yield start, end, f"名称是《{t.name}》" if t.title else f"固定提法是“{t.name}”"


def _bent_formulas(text: str) -> Iterator[tuple[int, int, str]]:
    """Formulas of several parts listed in another order with one part bent (``names.toml``'s [[formulas]])."""
    for start, end, part, name in bent_parts(text):
        yield start, end, f"固定提法是“{name}”，{explain(part)}"


def _counts(text: str) -> Iterator[tuple[int, int, str]]:
    """Formulas named by a count with another number (``names.toml``'s [[counts]])."""
    for start, end, c in miscounted(text):
        yield start, end, f"固定提法是“{c.name}”"


@PLACEHOLDER.check_paragraphs(_SEEN)
def _placeholders(text: str, _: object = None) -> Iterator[Local]:
    if placeholder_hint_rx().search(text):  # the patterns are slow: most paragraphs have none of their starts
        for m in placeholder_rx().finditer(text):
            yield PLACEHOLDER.local(m.start(), m.end(), ERROR, f"请填写实际内容：留有占位符“{m.group(0)}”")
