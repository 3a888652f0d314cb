"""A sentence or a paragraph written twice in a row: a paste done twice ("现将有关情况报告如下：" twice).

Only what stands right after itself: the same sentence twice in one paragraph, or a paragraph of
running text repeated as the next one. A title shown twice by a web page is the page's (its lines are
the head, not the body), and a heading repeated under another heading is left to the reader. Linear:
each sentence is compared with the one before it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from itertools import pairwise

from ..lazyre import Lazy
from ..model import RUNNING, Block
from ..text import last_of, next_of
from ..vocab import words
from .context import Context
from .results import WARNING, Finding, Local
from .rule import Rule, Scope

DOUBLED_SENTENCE = Rule(
    "doubled-sentence",
    "句子或段落重复",
    Scope.DOCUMENT,
    {WARNING: "同一句话紧接着又写了一遍，或一段正文紧接着又重复了一段（粘贴了两次）"},
)

MIN_CHARS = 8  # characters with its end mark; a shorter sentence repeated ("是。是。") may be a list's item or a slogan's rhythm
SHOWN = 20  # characters of the repeated sentence a message shows
_ENDS = "。！？；!?;"  # running text: a title or a heading shown twice by a page has none
_SENTENCE = Lazy(r"[^。！？；!?;：:]+[。！？；!?;：:]*")


@DOUBLED_SENTENCE.check
def doubled_sentence(ctx: Context) -> Iterator[Finding]:
    running = [b for b in ctx.doc.blocks if _running(b)]
    yield from ctx.paragraphs(DOUBLED_SENTENCE, [(b, None, ctx.part_of(b)) for b in running], _twice_in)
    told = False
    for before, b in pairwise(ctx.doc.blocks):  # right before it: a heading between two is no repeat
        text = b.text.strip()
        again = (
            _running(before)
            and _running(b)
            and len(text) >= MIN_CHARS
            and text == before.text.strip()
            and any(c in text for c in _ENDS)
        )
        told, first = again, again and not told
        if first:
            yield DOUBLED_SENTENCE.at(b, 0, len(b.text), WARNING, _message(text, "段"), ctx.part_of(b))
    yield from _formula_again(ctx, running)
    yield from _opening_covers(ctx, running)


def _formula_again(ctx: Context, running: list[Block]) -> Iterator[Finding]:
    """The opening's formula sentence (现将有关情况报告如下：, holding one of ``once`` of words.toml) written
    again, word for word, further on: the opening pasted twice. Another part's own "现将……履职情况报告如下"
    is another sentence. Linear: each paragraph searched once for each formula."""
    first: str | None = None
    for b, lo, hi, sentence in _formula_sentences(running):
        if first is None:
            first = sentence
        elif sentence == first and len(sentence) >= MIN_CHARS and not b.text[:lo].rstrip().endswith(first):
            message = f"请删去重复的一句：“{_shown(sentence)}”这一句在前面已经写过，像是开头粘贴了两次"
            yield DOUBLED_SENTENCE.at(b, lo, hi, WARNING, message, ctx.part_of(b))
            return


def _formula_sentences(blocks: Iterable[Block]) -> Iterator[tuple[Block, int, int, str]]:
    """Each sentence holding one of ``once`` (words.toml: 现将……报告如下), in order of blocks and words: the block,
    the sentence's span and its words."""
    for b in blocks:
        for w in words().once:
            at = b.text.find(w)
            while at >= 0:
                lo, hi = _sentence_around(b.text, at)
                yield b, lo, hi, b.text[lo:hi].strip()
                at = b.text.find(w, at + len(w))


def _opening_covers(ctx: Context, running: list[Block]) -> Iterator[Finding]:
    """Two cover sentences (现将……报告如下, in other words) in the opening, before its first numbered heading: the
    opening says twice what follows (现将我局2021年法治政府建设情况报告如下： … 现将有关情况报告如下。). Only where a
    numbered heading follows, so the opening is bounded; a part's own 现将……报告如下 further on is another sentence."""
    heading = next((i for i, b in enumerate(ctx.doc.blocks) if b.number and b.role in RUNNING), None)
    if heading is None:
        return
    before = {id(b) for b in ctx.doc.blocks[:heading]}
    first: str | None = None
    for b, lo, hi, sentence in _formula_sentences(b for b in running if id(b) in before):
        if first is None:
            first = sentence
        elif sentence != first:  # the same words twice: the paste the checks above report
            message = f"请删去一句：开头已有一句“现将……报告如下”，“{_shown(sentence)}”又说了一遍"
            yield DOUBLED_SENTENCE.at(b, lo, hi, WARNING, message, ctx.part_of(b))
            return
        else:
            return


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The clause holding ``text[at]``: from the last clause mark before it to its own end mark."""
    lo = last_of(text, "。！？；，,", at) + 1
    end = next_of(text, "。！？；：:", at)
    return lo, (end + 1 if end >= 0 else len(text))


def _shown(words_: str) -> str:
    return words_ if len(words_) <= SHOWN else words_[:SHOWN] + "……"


def _running(b: Block) -> bool:
    return b.role in RUNNING and b.kind == "paragraph"


def _twice_in(text: str, key: Hashable) -> Iterator[Local]:
    """The sentences of one paragraph that repeat the sentence right before them."""
    last, told = "", False
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        again = len(sentence) >= MIN_CHARS and sentence == last
        if again and not told:  # a run of repeats is one paste: one finding, at the first repeat
            yield DOUBLED_SENTENCE.local(m.start(), m.end(), WARNING, _message(sentence, "句"))
        last, told = sentence, again


def _message(words: str, what: str) -> str:
    shown = words if len(words) <= SHOWN else words[:SHOWN] + "……"
    return f"请删去重复的一{what}：“{shown}”这一{what}紧接着又写了一遍，像是粘贴了两次"


__all__ = ["DOUBLED_SENTENCE"]
