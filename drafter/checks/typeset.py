"""公文 form a writer expects checked: half-width punctuation in Chinese text, and a 上行文's 签发人.

Both are about what the printed report shows (GB/T 9704-2012; GB/T 15834 for punctuation): a
half-width comma prints as a half-width comma, and a 报告 on red letterhead without 签发人 goes
out without the name its superior reads first.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..debris import PAGE_LABEL
from ..hanzi import reading, simplified
from ..lazyre import Lazy
from ..model import Block
from ..text import CJK
from ..vocab import words
from .context import Context
from .form import doc_number_brackets
from .keep import kept
from .listmarks import quoted_list_breaks
from .results import WARNING, Finding
from .rule import Rule, Scope
from .slips import SEEN, unpaired_in

HALF = ",;:()"
FULL = dict(zip(HALF, "，；：（）", strict=True))
NAMES = {",": "逗号", ";": "分号", ":": "冒号", "(": "括号", ")": "括号"}
_WIDE = Lazy(rf"[{CJK}，。、；：？！“”‘’（）《》〔〕【】…—]")
_HALF = Lazy(r"[,;:()]")
_TOKEN = Lazy(r"\S+")
_URL_START = Lazy(r"https?://|www\.")
ROLES = ("body", "title", "opening", "closing", "addressee", "signature", "attachment")


def _wide(ch: str) -> bool:
    return bool(ch) and _WIDE.match(ch) is not None


def _neighbours(text: str, i: int) -> tuple[str, str]:
    """The nearest characters before and after ``i`` that are not spaces ("" at an end)."""
    a = i - 1
    while a >= 0 and text[a] in " \t":
        a -= 1
    b = i + 1
    while b < len(text) and text[b] in " \t":
        b += 1
    return (text[a] if a >= 0 else ""), (text[b] if b < len(text) else "")


def _addresses(text: str) -> set[int]:
    r"""Offsets inside web and mail addresses: of each run without spaces, all of it when an @
    stands inside it, else from its first http:// or www. on. What ``(?:https?://|www\.)\S+|\S+@\S+``
    finds, in one pass: that pattern backtracks over the square of a long run without spaces."""
    skip: set[int] = set()
    for m in _TOKEN.finditer(text):
        token = m.group()
        if "@" in token[1:-1]:
            start = 0
        else:
            url = _URL_START.search(token)
            if url is None or url.end() == len(token):  # "www." with nothing after it is no address
                continue
            start = url.start()
        skip.update(range(m.start() + start, m.end()))
    return skip


@kept
def half_width(text: str) -> tuple[int, ...]:
    """Offsets of half-width , ; : ( ) that stand among Chinese text: a Chinese character or
    full-width mark next to it; not between digits (1,000 · 9:30), not in a web address,
    nor in a mirror's pinyin gloss (kept: every re-check asks of every paragraph with such a mark)."""
    skip = _addresses(text)
    if "号" in text:  # a 文号's brackets: doc-number says to write 〔〕, not （）
        skip |= doc_number_brackets(text)
    if "(" in text:  # a mirror's pinyin "報告(bào gào)": the site's brackets, not the writer's
        skip |= set(range(len(text))).difference(reading(text)[1])
    out = []
    for m in _HALF.finditer(text):
        i = m.start()
        if i in skip:
            continue
        before, after = _neighbours(text, i)
        if before.isdigit() and after.isdigit() and text[i] in ",:":
            continue
        if _wide(before) or _wide(after):
            out.append(i)
    return tuple(out)


MANY = 5  # paragraphs with half-width marks beyond which the report gets one finding, not one a paragraph
_FULL_MARKS = Lazy(r"[，；：（）]")


def _throughout(blocks: list[Block]) -> bool:
    """Whether the text has none of the full-width ，；：（）: typed (or copied) with half-width marks
    throughout, one problem however few paragraphs show it, fixed by one replace."""
    return not any(_FULL_MARKS.search(b.text) for b in blocks)


def _kinds(marks: list[str]) -> tuple[str, str]:
    """“,”、“;” and the full-width forms to write instead, in order of appearance."""
    return "、".join(dict.fromkeys(f"“{m}”" for m in marks)), "".join(dict.fromkeys(FULL[m] for m in marks))


HALFWIDTH_PUNCTUATION = Rule(
    "halfwidth-punctuation",
    "中文里夹用半角标点",
    Scope.DOCUMENT,
    {WARNING: "中文里用了半角的逗号、分号、冒号或括号（多段或通篇半角时全文一条）"},
)
MISSING_SIGNER = Rule(
    "missing-signer", "上行文缺少签发人", Scope.DOCUMENT, {WARNING: "用红色版头的报告或请示没有标注签发人"}
)


def _kept(text: str, at: tuple[int, ...]) -> tuple[int, ...]:
    """The half-width marks to make full-width: not a comma that breaks a run of quoted items — quoted-list-break
    asks to delete it, and one place gets one word on what to do."""
    if not any(text[i] == "," for i in at):
        return at
    deleted = quoted_list_breaks(text)
    return tuple(i for i in at if i not in deleted)


@HALFWIDTH_PUNCTUATION.check
def halfwidth_punctuation(ctx: Context) -> Iterator[Finding]:
    """One finding a paragraph, at its first half-width mark with the paragraph's count; a report
    with them in more than MANY paragraphs, or with no full-width mark at all (typed with a
    half-width input method throughout), gets one finding for the whole text, at the first: the
    writer fixes them with one replace."""
    found = []
    checked = [b for b in ctx.doc.blocks if b.role in ROLES]
    for b in checked:
        if _HALF.search(b.text) and not PAGE_LABEL.match(b.text) and (at := _kept(b.text, half_width(b.text))):
            found.append((b, at))
    if any(b.text[i] in "()" for b, at in found for i in at):  # a stray bracket is unpaired-mark's
        stray = unpaired_in([b for b in ctx.doc.blocks if b.role in SEEN])
        found = [
            (b, at) for b, at in ((b, tuple(i for i in at if i not in stray.get(id(b), ()))) for b, at in found) if at
        ]
    if len(found) > MANY or (len(found) > 1 and _throughout(checked)):
        b, at = found[0]
        marks = [bb.text[i] for bb, ii in found for i in ii]
        kinds, fixes = _kinds(marks)
        yield HALFWIDTH_PUNCTUATION.at(
            b,
            at[0],
            at[0] + 1,
            WARNING,
            f"请用“替换”改为全角“{fixes}”：全文有{len(found)}段共{len(marks)}处中文里用了半角标点（{kinds}），"
            "打印出来仍是半角",
            ctx.part_of(b),
        )
        return
    for b, at in found:
        i = at[0]
        kinds, fixes = _kinds([b.text[k] for k in at])
        where = b.text[max(0, i - 4) : i + 5].strip()
        many = f"本段共{len(at)}处半角标点（{kinds}）" if len(at) > 1 else f"半角{NAMES[b.text[i]]}“{b.text[i]}”"
        yield HALFWIDTH_PUNCTUATION.at(
            b,
            i,
            i + 1,
            WARNING,
            f"改为全角“{fixes}”：“{where}”中用了{many}，中文里的标点打印出来仍是半角",
            ctx.part_of(b),
        )


_UPWARD = Lazy(r"(?:报告|请示)\s*$")
_MAST = Lazy(r"文件\s*$")
_ISSUER = Lazy(rf"[{CJK}（）()]{{4,40}}")
SHORTEST = 4  # an issuer's name before 文件 has a place and a body: 政府文件 规范性文件 are a page's columns


def letterhead(text: str) -> bool:
    """Whether ``text`` is a red letterhead's 发文机关标志: the issuer's name (or the joint issuers',
    one after another: "中共青山县委 青山县人民政府文件") ending in 文件, alone on its line; the name is
    a unit's, ending as one does (``words.toml`` [head] ``issuer_ends``: 局, 人民政府, 局党组). A web page's breadcrumb or column ("当前位置：首页 > 政务公开 >
    政府文件", "首页 政务公开 部门文件", "相关政策文件") is none."""
    t = text.strip()
    if all(len(n) <= 2 for n in t.split()):  # spaced out to fill the line: "青 山 县 人 民 政 府 文 件"
        t = "".join(t.split())
    end = _MAST.search(t)
    if end is None or any(w in t for w in words().head.page_words + words().head.nav_words):
        return False
    names = t[: end.start()].split()
    if not names or not all(_ISSUER.fullmatch(n) for n in names) or len(names[-1]) < SHORTEST:
        return False
    return names[-1].endswith(words().head.issuer_ends)  # 相关政策文件: no issuer


@MISSING_SIGNER.check
def missing_signer(ctx: Context) -> Iterator[Finding]:
    """A 报告 (or 请示) — a 上行文 — on red letterhead without 签发人 (GB/T 9704 7.2.5)."""
    meta, doc = ctx.doc.meta, ctx.doc
    title = meta.title or next((b.text for b in doc.blocks if b.role == "title"), "")
    if not title or not _UPWARD.search(simplified(title)):  # a traditional copy's 報告
        return
    mast = next((b for b in doc.blocks if b.role == "header" and letterhead(b.text)), None)
    red = meta.letterhead in ("red", "paper") if meta.year_source == "draft" else mast is not None
    if not red or meta.signer:
        return
    if any("签发人" in b.text for b in doc.blocks if b.role not in ("body", "opening")):
        return
    line = mast.line if mast is not None else meta.title_line
    yield MISSING_SIGNER.finding(
        WARNING,
        "请填写签发人，或不用红色版头：报告是上行文，用了红色版头就要标注签发人（在发文字号同一行右侧写"
        "“签发人：姓名”，GB/T 9704 7.2.5）",
        line,
    )
