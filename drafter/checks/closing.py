"""The closing elements of a report: 主送机关, 署名, 成文日期 present, and the report not late."""

from __future__ import annotations

from collections.abc import Iterator

from .. import dates
from ..lazyre import Lazy
from ..model import PART_IDS, Block
from ..organs import is_signature
from .context import Context
from .evidence import sentence_at
from .headform import bare_addressee
from .results import INFO, QUOTE_MAX, Finding
from .rule import Rule, Scope

# The publication deadline: 《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号) 第二十四条 —
# the annual report is made public before 4月1日 of the year after the one it reports on.
DEADLINE = (4, 1)
REGULATION = "《法治政府建设与责任落实督察工作规定》第二十四条"
PLACES = {  # GB/T 9704-2012 7.2.4 and 7.3.5
    "主送机关": "主送机关在标题下一行顶格，以全角冒号结尾",
    "署名": "正文之后右空二字署发文机关名称",
    "成文日期": "署名下一行写成文日期",
}
_WEB = Lazy(r"^(?:发布)?(?:时间|日期)[:：]\s*\d{4}|^来源[:：]|^首页|[>›»]")


def is_draft(ctx: Context) -> bool:
    """A draft in progress: a Markdown file with front matter (its year comes from the draft)."""
    return ctx.doc.meta.year_source == "draft"


MISSING_CLOSING = Rule(
    "missing-closing",
    "缺少主送机关、署名或成文日期",
    Scope.DOCUMENT,
    {INFO: "报告或草稿设置缺少主送机关、署名或成文日期"},
)
LATE_REPORT = Rule("late-report", "成文日期晚于公开期限", Scope.DOCUMENT, {INFO: "成文日期不早于次年4月1日"})


@MISSING_CLOSING.check
def missing_closing(ctx: Context) -> Iterator[Finding]:
    """A report, or a draft's settings, without 主送机关, 署名 or 成文日期: a draft is judged as lint
    judges the .docx rendered from it (one truth), so the app shows what the export will lack."""
    m = ctx.doc.meta
    signature = m.signature
    if is_draft(ctx) and signature and not is_signature(signature):
        signature = None  # laid out, it would not read as a 署名: lint of the .docx says it is missing
    addressee = m.addressee or bare_addressee(ctx)  # written without its colon: addressee-colon says so
    missing = [
        name for name, value in (("主送机关", addressee), ("署名", signature), ("成文日期", m.date)) if not value
    ]
    if not missing or is_copy(ctx):
        return
    where = (
        _end_of_report(ctx)
        if missing != ["主送机关"]
        else next((b for b in ctx.doc.blocks if b.role in ("title", "body")), None)
    )
    msg = f"请补上{'、'.join(missing)}（{'；'.join(PLACES[x] for x in missing)}）"
    if where is None:
        yield MISSING_CLOSING.finding(INFO, msg, None)
    elif missing == ["主送机关"]:  # it belongs above the first words: point at them
        yield MISSING_CLOSING.at(where, 0, min(len(where.text), QUOTE_MAX), INFO, msg)
    else:  # it belongs after the last words: point at the last sentence
        start, end = sentence_at(where.text, max(len(where.text.rstrip()) - 1, 0))
        yield MISSING_CLOSING.at(where, start, end, INFO, msg)


def is_copy(ctx: Context) -> bool:
    """A copy of a report, not the report as sent, that cannot show its closing elements: a web page's (its
    时间/来源/breadcrumb kept as debris: the public version on a site drops 主送机关, 署名 and 成文日期 as a rule)
    or one that breaks off mid-sentence (an archive's first page: the 署名 and 成文日期 would follow the break,
    and a 主送机关 is what the copy as published left out, not what the writer can add to it)."""
    if is_draft(ctx):
        return False
    return broken_off(ctx) or any(b.role == "debris" and _WEB.search(b.text) for b in ctx.doc.blocks)


_STOPS = "。！？!?…"  # a sentence's end (GB/T 15834 4.1-4.3); ；，、： stand within one (4.4-4.7)
_QUOTE_ENDS = "”’\"'"
_BRACKETS = {"）": "（", ")": "("}


def broken_off(ctx: Context) -> bool:
    """Whether the text breaks off before its end: its last block is the body's, a heading or a paragraph that
    does not end a sentence (``ends_a_sentence``): an opening as a page archive keeps it ("……全年共完成县政府常务会议题",
    "……开展“法律进乡村”"), or one a mark within a sentence ends (……的重要参考依据；); a report ends in a sentence."""
    last = _end_of_report(ctx)
    return last is not None and last.role == "body" and (last.kind == "heading" or not ends_a_sentence(last.text))


def unfinished(ctx: Context) -> frozenset[str]:
    """The parts a copy that breaks off mid-sentence (``broken_off``) did not show to their end: the part the
    break falls in (the present part that starts last) and every part not present; none in a draft or a text
    that ends."""
    if is_draft(ctx) or not broken_off(ctx):
        return frozenset()
    present = [(pr.line, pid) for pid in PART_IDS if (pr := ctx.parts[pid]).status == "present" and pr.line]
    last = max(present)[1] if present else None
    return frozenset(pid for pid in PART_IDS if pid == last or ctx.parts[pid].status != "present")


def ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (GB/T 15834 4.1-4.3): its last mark is a stop; a closing quote ends one
    only where a stop stands inside it (“……。”) or before its opening (……。“……”, a title quoted after the end
    is rare: a quote's words with no stop, “法律进乡村”, are a sentence's middle); a closing bracket ends one where
    a stop stands inside it or before it (……。（责任处室：民政处）: a note after the sentence)."""
    t = text.rstrip()
    while t:
        c = t[-1]
        if c in _STOPS:
            return True
        if c in _QUOTE_ENDS:
            t = t[:-1].rstrip()
            if t[-1:] in _STOPS:
                return True
            opened = max(t.rfind("“"), t.rfind("‘"))
            return opened > 0 and t[opened - 1] in _STOPS
        if c in _BRACKETS:
            opened = t.rfind(_BRACKETS[c])
            if opened < 0:
                return False
            if t[:-1].rstrip()[-1:] in _STOPS:
                return True
            t = t[:opened].rstrip()
            continue
        return False
    return False


def _end_of_report(ctx: Context) -> Block | None:
    """The last block of text: where the signature and date belong."""
    return next((b for b in reversed(ctx.doc.blocks) if b.role not in ("debris", "imprint")), None)


@LATE_REPORT.check
def late_report(ctx: Context) -> Iterator[Finding]:
    n = ctx.year
    if n is None or ctx.doc.meta.year_source == "date":
        return  # a year guessed from the date itself cannot judge the date
    block = next((b for b in reversed(ctx.doc.blocks) if b.role == "date"), None)
    text = block.text if block is not None else ctx.doc.meta.date or ""
    d = dates.find(text)
    if d is None or not d.exists or d.year_digits != 4:
        return
    if d.year != n + 1 or not d.on_or_after(n + 1, *DEADLINE):
        return  # dated in another year: stale-year says so
    deadline = f"{n + 1}年{DEADLINE[0]}月{DEADLINE[1]}日"
    msg = (
        f"请在{deadline}之前公开报告：成文日期{d.text}不早于这一天，关于{n}年度的报告应在此前向社会公开（{REGULATION}）"
    )
    if block is not None:
        yield LATE_REPORT.at(block, d.start, d.end, INFO, msg)
        return
    # a web page's 成文日期 field (信息公开 table): point at it, not at the start of the line
    field = next((b for b in ctx.doc.blocks if b.role == "debris" and "成文日期" in b.text), None)
    if field is not None:
        yield LATE_REPORT.at(field, 0, len(field.text), INFO, msg)
    else:
        yield LATE_REPORT.finding(INFO, msg, ctx.doc.meta.date_line)
