"""Slips of the keyboard a careful reader flags: a mark of a pair without its other half (《民法典), a mark
typed twice (，，), a word typed twice (推进推进, 的的).

The marks and words are data (``checklists/typos.toml``); each check judges one paragraph (with what its
neighbours leave open or close, for a quote or a sentence broken over lines) and is linear in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..model import Block
from ..text import CJK
from ..vocab import load, word, word_list
from .context import Context
from .numbering import half_bracketed
from .results import INFO, WARNING, Finding, Local
from .rule import Rule, Scope

FILE = "typos.toml"
SEEN = ("body", "title", "addressee", "closing")
HALF = {"(": "（", ")": "）"}  # half-width brackets pair as full-width ones (their width is another rule's)
NAMES = {"“": "前引号", "”": "后引号", "‘": "前单引号", "’": "后单引号"}  # marks a message cannot show in “”
FINISHED = "。！？；：…”’）)》】"  # how a paragraph that ends as a sentence ends (the first four end one inside)
CONTEXT = 12  # characters of a paragraph a message shows around a slip
_ENUMERATED = Lazy(r"(?:^|(?<=[\s。；：，、！？]))\s*(?:\d{1,2}|[A-Za-z])[)）]")  # "1）" "a)": a list's own number
_FIRST = Lazy(r"\s*(\S)")
_REPEATED = Lazy(rf"([{CJK}]{{2,4}})\1")
_AROUND_YEAR = Lazy(rf"([{CJK}]{{2,6}})20\d\d年度?\1")  # a word on both sides of a year
_PERSONS = set("人员者")  # 调解调解员: the second word is a person's (调解员)
_NUMERALS = set("一二三四五六七八九十两几每各逐")  # 一个一个, 每年每年: a count repeated on purpose


@dataclass(frozen=True)
class Slips:
    """``typos.toml``'s marks and words for these checks."""

    pairs: dict[str, str]  # opener → closer
    reopened: str  # openers a quote of several paragraphs opens each paragraph with (“)
    marks: frozenset[str]
    chars: tuple[str, ...]
    right: tuple[str, ...]  # right ways of writing a character or word twice
    parallels: tuple[str, ...] = ()  # 2+2 phrases whose first and third characters are one (共建共享, 群防群治)
    stray: tuple[str, ...] = ()  # 、） （、: a 顿号 against a bracket's or a quote's half, never right
    reduplications: frozenset[str] = frozenset()  # 人人 层层: a character written twice on purpose
    vocabulary: frozenset[str] = frozenset()  # 课程 培训: words a doubled first character is read against


@lru_cache(maxsize=1)
def slips() -> Slips:
    """The marks and words, the user's ``typos.toml`` first (``typos.typos`` reads the same file)."""
    return load(FILE, _slips)


def _slips(data: dict[str, Any], p: Path) -> Slips:
    try:
        pairs = dict(_pair(v) for v in _marks(data["pairs"]))
        reopened, marks = word(data["reopened"], empty=True), word(data["marks"], empty=True)
        chars, right = _marks(data["doubled_chars"]), _marks(data["doubled_right"])
        parallels = _marks(data.get("parallels", []))
        stray = _marks(data.get("stray_marks", []))
        redup, vocab = _marks(data.get("reduplications", [])), _marks(data.get("doubled_vocabulary", []))
        if any(len(c) != 1 for c in chars):
            raise TypeError("doubled_chars 每项是一个字")
        if any(len(w) != 2 for w in (*stray, *redup, *vocab)):
            raise TypeError("stray_marks、reduplications、doubled_vocabulary 每项是两个字符")
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；pairs 每项是前后两个标点，marks、reopened 是标点，"
            "doubled_chars、doubled_right、parallels、stray_marks、reduplications、doubled_vocabulary 是字词的列表"
        ) from None
    return Slips(pairs, reopened, frozenset(marks), chars, right, parallels, stray, frozenset(redup), frozenset(vocab))


def _marks(v: object) -> tuple[str, ...]:
    return word_list(v, empty=True)  # marks and characters: an empty entry is left out


def _pair(v: str) -> tuple[str, str]:
    if len(v) != 2:
        raise TypeError(f"{v!r} 不是前后两个标点")
    return v[0], v[1]


UNPAIRED_MARK = Rule(
    "unpaired-mark",
    "成对的标点缺了一半",
    Scope.PARAGRAPH,
    {WARNING: "书名号、括号、引号只有前一半或后一半（《民法典、临津论坛”）"},
)
DOUBLED_MARK = Rule(
    "doubled-mark", "标点重复", Scope.PARAGRAPH, {WARNING: "两个标点连写（，，、，。、、。），顿号紧挨括号（、））"}
)
DOUBLED_WORD = Rule(
    "doubled-word",
    "字词重复",
    Scope.PARAGRAPH,
    {
        WARNING: "一个词紧接着又写了一遍（推进推进、的的）",
        INFO: "两个字的词在句中连写两次，也可能是两个词各用一次（推进推进法治）",
    },
)


# ------------------------------------------------------------ pairs


@lru_cache(maxsize=16384)
def loose(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, mark) of each mark of a pair in ``text`` left without its other half: a closer with no
    opener before it, an opener never closed. A list's own number ("1）") and a heading number short of
    a bracket (heading-number's) are not counted. Kept by text (one look-up): a re-check asks this of
    every paragraph and its neighbours."""
    at = [(m.start(), HALF.get(m.group(), m.group())) for m in _paired().finditer(text)]
    if not at:
        return ()
    out = _match(at)
    if out:
        skip = _skipped(text)
        out = _match([(i, m) for i, m in at if i not in skip])
    return out


@lru_cache(maxsize=1)
def _paired_rx(marks: str) -> re.Pattern[str]:
    return compile("[" + re.escape(marks) + "]")


def _paired() -> re.Pattern[str]:
    s = slips()
    return _paired_rx("".join(sorted({*s.pairs, *s.pairs.values(), *HALF})))


def _match(at: list[tuple[int, str]]) -> tuple[tuple[int, str], ...]:
    """The marks of ``at`` (offset, mark) that pair with none of the others."""
    s = slips()
    closers = {c: o for o, c in s.pairs.items()}
    open_at: dict[str, list[int]] = {o: [] for o in s.pairs}
    out: list[tuple[int, str]] = []
    for i, ch in at:
        if ch in open_at:
            open_at[ch].append(i)
        elif open_at[closers[ch]]:
            open_at[closers[ch]].pop()
        else:
            out.append((i, ch))
    out += [(i, o) for o, opened in open_at.items() for i in opened]
    return tuple(sorted(out))


def _skipped(text: str) -> set[int]:
    """Offsets of brackets that are another thing's: a list's number "1）", a heading number short of
    one bracket (heading-number reports it)."""
    skip = {m.end() - 1 for m in _ENUMERATED.finditer(text)}
    if (broken := half_bracketed(text)) is not None:
        skip.update(range(broken[0], broken[1]))
    return skip


def neighbours(blocks: list[Block], found: list[tuple[tuple[int, str], ...]]) -> list[tuple[str, str]]:
    """For each block, (what the block before left open, what the block after closes or reopens): the
    openers a mark of this block may pair with across the paragraph break (``found``: ``loose`` of each)."""
    s = slips()
    closers = {c: o for o, c in s.pairs.items()}
    left, closes = [], []
    for b, f in zip(blocks, found, strict=True):
        first = _FIRST.match(b.text)
        reopens = first is not None and first.group(1) in s.reopened
        left.append("".join(m for _, m in f if m in s.pairs) if f else "")
        closes.append(
            ("".join(closers[m] for _, m in f if m in closers) if f else "")
            + (first.group(1) if first is not None and reopens else "")
        )
    n = len(blocks)
    return [(left[i - 1] if i else "", closes[i + 1] if i + 1 < n else "") for i in range(n)]


def unpaired(text: str, key: tuple[str, str]) -> list[tuple[int, str]]:
    """(offset, mark) of the marks of ``text`` whose other half stands nowhere: not in the paragraph,
    nor across its break (``key``: from ``neighbours``)."""
    s = slips()
    opener = {c: o for o, c in s.pairs.items()}
    before, after = key  # the openers left open before; those the next paragraph closes or reopens
    cut = _unfinished(text)
    found = [
        (i, m) for i, m in loose(text) if (m not in after and i < cut if m in s.pairs else opener[m] not in before)
    ]
    return sorted({*found, *reopened(text)})


def reopened(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, “) of each quote a list item opens and never closes: a new “ opens right after its 、
    (开展“法律进万家宣传周、“12·4”宪法日宣传……), and after that inner quote no ” closes the first in the
    rest of the paragraph. Found whatever its neighbours (a next paragraph opening with “ no longer excuses
    it); a quote nested in a quote (“法律进机关、“八五”普法进社区”), or a quoted speech of several sentences
    that lists a quoted item (“要抓好普法、“法律进万家”等工作。……。”), closes and is not one."""
    if "、“" not in text:
        return ()
    found = list(_REOPENED.finditer(text))
    if not found:
        return ()
    closes = _closes_after(text)
    return tuple((m.start(), "“") for m in found if not closes(m.end()))


def _closes_after(text: str) -> Callable[[int], bool]:
    """For an offset, whether a ” after it closes a quote opened before it (more ” than “ at some point
    of the rest): one pass over the paragraph's quotes, then a look-up per offset."""
    at: list[int] = []
    level: list[int] = []  # (#” − #“) up to and including each quote mark
    n = 0
    for q in _QUOTE.finditer(text):
        n += 1 if q.group() == "”" else -1
        at.append(q.start())
        level.append(n)
    best = [0] * len(level)  # the highest level from each mark on
    top = -(10**9)
    for i in range(len(level) - 1, -1, -1):
        top = max(top, level[i])
        best[i] = top

    def closes(offset: int) -> bool:
        i = bisect_left(at, offset)
        if i >= len(at):
            return False
        base = level[i - 1] if i else 0
        return best[i] >= base + 1

    return closes


_REOPENED = Lazy(r"“[^“”\n]{1,24}、“[^“”\n]{1,24}”")  # a quote's words, its 、, a second quote closed
_QUOTE = Lazy(r"[“”]")


def _unfinished(text: str) -> int:
    """Where the sentence ``text`` breaks off in starts (a copy cut short, a line broken mid-sentence: its
    opener may close in words not there); ``len(text)`` when the paragraph ends as a sentence does."""
    end = text.rstrip()
    if not end or end[-1] in FINISHED:
        return len(text)
    return max(end.rfind(m) for m in FINISHED[:4]) + 1


def _seen(ctx: Context) -> list[Block]:
    return [b for b in ctx.doc.blocks if b.role in SEEN]


@UNPAIRED_MARK.check
def unpaired_mark(ctx: Context) -> Iterator[Finding]:
    blocks = _seen(ctx)
    found = [loose(b.text) for b in blocks]
    keyed = [
        (b, k, ctx.part_of(b))
        for b, k, f in zip(blocks, neighbours(blocks, found), found, strict=True)
        if f or reopened(b.text)
    ]
    yield from ctx.paragraphs(UNPAIRED_MARK, keyed, _unpaired_marks)


def _unpaired_marks(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    s = slips()
    for i, m in unpaired(text, key):
        shown = _around(text, i)
        if m in s.pairs:
            message = f"“{shown}”中的{_name(m)}没有对应的{_name(s.pairs[m])}；请补上或删去"
        else:
            opener = next(o for o, c in s.pairs.items() if c == m)
            message = f"“{shown}”中的{_name(text[i])}前面没有对应的{_name(opener)}；请补上或删去"
        yield UNPAIRED_MARK.local(i, _clause_end(text, i), WARNING, message)


def _clause_end(text: str, i: int) -> int:
    """Where the words a finding at ``i`` quotes end: the clause's end, at most ``CONTEXT`` characters on
    (the place is the mark; the words after it let a reviewer search for it)."""
    end = min(len(text), i + CONTEXT)
    cut = next((k for k in range(i + 1, end) if text[k] in "，。；！？,;"), end)
    return max(cut, i + 1)


def _name(mark: str) -> str:
    return NAMES.get(mark) or f"“{mark}”"


def unpaired_in(blocks: list[Block]) -> dict[int, set[int]]:
    """id of each block of ``blocks`` (the paragraphs in order) → the offsets of its marks that pair with
    nothing (``unpaired``): what no other rule should report again (a stray half-width bracket)."""
    found = [loose(b.text) for b in blocks]
    return {
        id(b): {i for i, _ in unpaired(b.text, k)}
        for b, k, f in zip(blocks, neighbours(blocks, found), found, strict=True)
        if f or reopened(b.text)
    }


def _around(text: str, i: int, end: int | None = None) -> str:
    """The words around ``text[i:end]`` a message shows, on one line."""
    end = i + 1 if end is None else end
    return " ".join(text[max(0, i - CONTEXT // 2) : end + CONTEXT // 2].split())


# ------------------------------------------------------------ marks and words twice


@DOUBLED_MARK.check
def doubled_mark(ctx: Context) -> Iterator[Finding]:
    keyed = [(b, None, ctx.part_of(b)) for b in _seen(ctx)]
    yield from ctx.paragraphs(DOUBLED_MARK, keyed, _doubled_marks)


def _doubled_marks(text: str, _: object) -> Iterator[Local]:
    for m in _run_rx("".join(sorted(slips().marks))).finditer(text):  # one scan in C, not a loop per character
        i, end = m.span()
        written = m.group(0)
        fix = "去掉多余的一个" if len(set(written)) == 1 else "只留一个"
        message = f"“{_around(text, i, end)}”中连写了“{written}”；请{fix}"
        yield DOUBLED_MARK.local(i, end, WARNING, message)
    yield from _stray_marks(text)


def _stray_marks(text: str) -> Iterator[Local]:
    """A 顿号 against a bracket's or a quote's half (、） （、): it lists nothing there. Not where the half
    pairs with nothing (unpaired-mark's), nor a 顿号 quoted as a mark (将“、”改为“，”); each 顿号 once."""
    loose_at: set[int] | None = None
    told: set[int] = set()
    for pair in slips().stray:
        for i in _all(text, pair):
            loose_at = {k for k, _ in loose(text)} if loose_at is None else loose_at
            dun = i if pair.startswith("、") else i + 1
            if i in loose_at or i + 1 in loose_at or dun in told or _quoted_mark(text, dun):
                continue
            told.add(dun)
            message = f"“{_around(text, i, i + 2)}”中“{pair}”的顿号多余；请删去"
            yield DOUBLED_MARK.local(i, i + 2, WARNING, message)


def _quoted_mark(text: str, at: int) -> bool:
    """The 顿号 at ``at`` stands alone between a pair's two halves: the mark itself is spoken of."""
    return 0 < at < len(text) - 1 and f"{text[at - 1]}{text[at + 1]}" in _QUOTING


_QUOTING = frozenset({"“”", "‘’", "「」", "『』", '""', "''", "（）", "()"})


@lru_cache(maxsize=8)
def _run_rx(marks: str) -> re.Pattern[str]:
    """Two or more of ``marks`` in a row."""
    return compile("[" + re.escape(marks) + "]{2,}")


@DOUBLED_WORD.check
def doubled_word(ctx: Context) -> Iterator[Finding]:
    keyed = [(b, None, ctx.part_of(b)) for b in _seen(ctx)]
    yield from ctx.paragraphs(DOUBLED_WORD, keyed, _doubled_words)


def _doubled_words(text: str, _: object) -> Iterator[Local]:
    s = slips()
    found = [(m.start(), m.end(), sev) for m in _REPEATED.finditer(text) if (sev := _slip(text, m.start(), m.end()))]
    found += [(i, i + 2, WARNING) for c in s.chars for i in _all(text, c + c)]
    found += [(i, i + 2, WARNING) for i in _doubled_firsts(text)]
    for start, end, severity in sorted(found):
        if not _covered(text, start, end, s.right):
            word = text[start : start + (end - start) // 2]
            maybe = "" if severity == WARNING else "，如不是两个词各用一次"
            message = f"“{_around(text, start, end)}”中“{word}”连写了两次{maybe}；请删去一个"
            yield DOUBLED_WORD.local(start, end, severity, message)
    if "年" in text:
        for m in _AROUND_YEAR.finditer(text):  # 现将街道2024年街道法治政府……: the unit written on both sides
            message = f"“{m.group()}”中“{m[1]}”在年份前后各写了一次；请删去一个"
            yield DOUBLED_WORD.local(m.start(), m.end(), WARNING, message)


def _doubled_firsts(text: str) -> Iterator[int]:
    """Where a clause's first character is typed twice before a word of ``vocabulary`` (，课课程 → 课程):
    at a paragraph's start, after a mark or after 的 only (党课课程 is 党课 + 课程), never a
    reduplication (人人, 层层) nor one of ``doubled_chars`` (their own check)."""
    s = slips()
    if not s.vocabulary:
        return
    for m in _DOUBLED_CHAR.finditer(text):
        i = m.start()
        pair, word = text[i : i + 2], text[i + 1 : i + 3]
        if pair in s.reduplications or word not in s.vocabulary or text[i] in s.chars:
            continue
        if i == 0 or text[i - 1] == "的" or not _hanzi(text[i - 1]):
            yield i


_DOUBLED_CHAR = Lazy(rf"([{CJK}])(?=\1[{CJK}])")


def _slip(text: str, start: int, end: int) -> str:
    """How sure it is that the word repeated at ``text[start:end]`` is one word typed twice ("": it is
    not): never a count (一个一个) or one character four times; a two-character word between two
    other characters may be two words that end and begin with it (谁普法普法责任制: 谁普法 + 普法责任制),
    so only an info, and none before a character that makes the second a person (采购采购人: 采购人)
    or where the repeat is a word's end and a 2+2 phrase's start (创建共建共享: 建共建共)."""
    word = text[start : start + (end - start) // 2]
    if word[0] in _NUMERALS or len(set(word)) == 1:
        return ""
    if len(word) > 2 or not _hanzi(text[start - 1 : start]) or not _hanzi(text[end : end + 1]):
        return WARNING
    if _parallel(text, start, word):  # 创建共建共享: 创建 + 共建共享
        return ""
    return "" if text[end] in _PERSONS or text.startswith("责任", end) else INFO


def _parallel(text: str, start: int, word: str) -> bool:
    """A word and a 2+2 phrase whose first and third characters are one (创建 + 共建共享 read as 建共建共):
    one of ``parallels`` begins at the repeated word's second character (检查 + 自查自纠). A real word
    typed twice (公共公共服务, 安全安全生产) begins none."""
    return any(text.startswith(p, start + 1) for p in slips().parallels if p[0] == word[1])


_HANZI = Lazy(rf"[{CJK}]")


def _hanzi(ch: str) -> bool:
    return bool(ch) and _HANZI.match(ch) is not None


def _all(text: str, sub: str) -> Iterator[int]:
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1)


def _covered(text: str, start: int, end: int, right: tuple[str, ...]) -> bool:
    """Whether one of ``right`` stands over ``text[start:end]`` (不了了之 over 了了)."""
    return any(text.find(r, max(0, end - len(r)), start + len(r)) >= 0 for r in right)


__all__ = [
    "DOUBLED_MARK",
    "DOUBLED_WORD",
    "UNPAIRED_MARK",
    "Slips",
    "loose",
    "neighbours",
    "reopened",
    "slips",
    "unpaired",
]
