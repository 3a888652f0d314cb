"""Slips of the keyboard a careful reader flags: a mark of a pair without its other half (《民法典); a mark
typed twice (，，) is ``doubledmarks.py``'s, a word typed twice ``doubling.py``'s.

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

from ..debris import WIDGET_OPEN
from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..model import Block
from ..vocab import load, word, word_list
from .context import Context
from .numbering import half_bracketed
from .results import WARNING, Finding, Local
from .rule import Rule, Scope

FILE = "typos.toml"
SEEN = ("body", "title", "addressee", "closing")
HALF = {"(": "（", ")": "）"}  # half-width brackets pair as full-width ones (their width is another rule's)
NAMES = {"“": "前引号", "”": "后引号", "‘": "前单引号", "’": "后单引号"}  # marks a message cannot show in “”
FINISHED = "。！？；：…”’）)》】"  # how a paragraph that ends as a sentence ends (the first four end one inside)
CONTEXT = 12  # characters of a paragraph a message shows around a slip
_ENUMERATED = Lazy(r"(?:^|(?<=[\s。；：，、！？]))\s*(?:\d{1,2}|[A-Za-z])[)）]")  # "1）" "a)": a list's own number
_FIRST = Lazy(r"\s*(\S)")


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
    inside: tuple[str, ...] = ()  # 依法行政: words of three characters or more no inner character of which is doubled


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
        inside = _marks(data.get("doubled_inside", []))
        if any(len(c) != 1 for c in chars):
            raise TypeError("doubled_chars 每项是一个字")
        if any(len(w) != 2 for w in (*stray, *redup, *vocab)):
            raise TypeError("stray_marks、reduplications、doubled_vocabulary 每项是两个字符")
        if any(len(w) < 3 for w in inside):
            raise TypeError("doubled_inside 每项至少三个字")
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；pairs 每项是前后两个标点，marks、reopened 是标点，"
            "doubled_chars、doubled_right、parallels、stray_marks、reduplications、doubled_vocabulary、doubled_inside 是字词的列表"
        ) from None
    return Slips(
        pairs, reopened, frozenset(marks), chars, right, parallels, stray, frozenset(redup), frozenset(vocab), inside
    )


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
    one bracket (heading-number reports it), a web page's 【字号/【打印 button run into the text."""
    skip = {m.end() - 1 for m in _ENUMERATED.finditer(text)}
    skip.update(m.start() for m in WIDGET_OPEN.finditer(text))  # a web page's 【字号 button: the site's
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


def unpaired(text: str, key: tuple[str, ...]) -> list[tuple[int, str]]:
    """(offset, mark) of the marks of ``text`` whose other half stands nowhere: not in the paragraph,
    nor across its break (``key``: from ``neighbours``, and "broken" third when the text breaks off in
    this paragraph: ``broken_off``)."""
    s = slips()
    opener = {c: o for o, c in s.pairs.items()}
    before, after = key[:2]  # the openers left open before; those the next paragraph closes or reopens
    cut = _unfinished(text, broken=key[2:] == ("broken",))
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


def _unfinished(text: str, broken: bool = False) -> int:
    """Where the sentence ``text`` breaks off in starts (a copy cut short, a line broken mid-sentence: its
    opener may close in words not there); ``len(text)`` when the paragraph ends as a sentence does. In the
    last paragraph of a text that breaks off (``broken``) a bracket closed at the end ends no sentence:
    "积极推进《中国（浙江）自由贸易试验区条例（修订）" stops inside the title."""
    end = text.rstrip()
    if not end or (end[-1] in FINISHED and not (broken and end[-1] in "）)")):
        return len(text)
    return max(end.rfind(m) for m in FINISHED[:4]) + 1


def broken_off(blocks: list[Block]) -> int:
    """The place in ``blocks`` of the last paragraph if the text breaks off in it (a copy's first page:
    it ends with no sentence's end, or with a bracket closed mid-sentence), else -1."""
    if not blocks:
        return -1
    end = blocks[-1].text.rstrip()
    return len(blocks) - 1 if end and end[-1] not in "。！？；…”’!?;" else -1


def seen(ctx: Context) -> list[Block]:
    return [b for b in ctx.doc.blocks if b.role in SEEN]


@UNPAIRED_MARK.check
def unpaired_mark(ctx: Context) -> Iterator[Finding]:
    blocks = seen(ctx)
    found = [loose(b.text) for b in blocks]
    last = broken_off(blocks)
    keys: list[tuple[str, ...]] = list(neighbours(blocks, found))
    if last >= 0:
        keys[last] = (*keys[last], "broken")
    keyed = [(b, k, ctx.part_of(b)) for b, k, f in zip(blocks, keys, found, strict=True) if f or reopened(b.text)]
    yield from ctx.paragraphs(UNPAIRED_MARK, keyed, _unpaired_marks)


def _unpaired_marks(text: str, key: object) -> Iterator[Local]:
    assert isinstance(key, tuple)
    s = slips()
    for i, m in unpaired(text, key):
        shown = around(text, i)
        if m == "“" and (k := _look_alike_close(text, i)) >= 0:  # “法律进乡村〞: closed, by a look-alike
            message = f"改为“””：“{around(text, k)}”中的后引号写成了“{text[k]}”（不是 GB/T 15834 的引号）"
            yield UNPAIRED_MARK.local(k, k + 1, WARNING, message)
            continue
        if m in s.pairs:
            message = f"请补上或删去：“{shown}”中的{_name(m)}没有对应的{_name(s.pairs[m])}"
        else:
            opener = next(o for o, c in s.pairs.items() if c == m)
            message = f"请补上或删去：“{shown}”中的{_name(text[i])}前面没有对应的{_name(opener)}"
        yield UNPAIRED_MARK.local(i, _clause_end(text, i), WARNING, message)


QUOTE_REACH = 40  # characters a quoted phrase runs for, at most, when its closing mark is looked for
_LOOK_ALIKES = "〞〟″"  # double prime quotation marks an input method or a converter puts for ”


def _look_alike_close(text: str, i: int) -> int:
    """Where a mark that looks like ” closes the quote opened at ``i`` (before the next “ or the sentence's
    end, within ``QUOTE_REACH`` characters), or -1."""
    for k in range(i + 1, min(len(text), i + QUOTE_REACH)):
        if text[k] in _LOOK_ALIKES:
            return k
        if text[k] in "“。！？":
            return -1
    return -1


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


def around(text: str, i: int, end: int | None = None) -> str:
    """The words around ``text[i:end]`` a message shows, on one line."""
    end = i + 1 if end is None else end
    return " ".join(text[max(0, i - CONTEXT // 2) : end + CONTEXT // 2].split())


# ------------------------------------------------------------ marks and words twice


def occurrences(text: str, sub: str) -> Iterator[int]:
    """Every offset of ``sub`` in ``text``, overlapping ones too (``，，，`` holds ``，，`` twice)."""
    at = text.find(sub)
    while at >= 0:
        yield at
        at = text.find(sub, at + 1)


__all__ = [
    "UNPAIRED_MARK",
    "Slips",
    "around",
    "loose",
    "neighbours",
    "occurrences",
    "reopened",
    "seen",
    "slips",
    "unpaired",
]
