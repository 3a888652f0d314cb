"""A numbered heading run into its text without a stop: "2.加强法治宣传坚持把宪法和民法典纳入……" for
"2.加强法治宣传。坚持……".

A run-in heading ends with a stop ("（一）加强组织领导。今年以来，……"); when the stop is dropped the heading's
phrase and the sentence after it read as one. The rule looks only at a paragraph that starts with a heading's
number (1. （一） 一、) or with 一是/二是……: right after it a heading's phrase (a verb of ``verbs`` and two to
eight characters, no mark), then at once a word a sentence opens with (``openers``: 坚持, 严格, 始终……) or the unit
itself (``selves``: 我镇, 镇政府…, or the unit's own name), and a sentence of its own after that. A long heading
with no body (1.强化领导责任落实机制建设) has no opener after its phrase; a heading with its stop is not one
paragraph with its text — but the line a copy breaks off in is short for that, not for being a heading, and is
read as a paragraph. The words are data (``typos.toml`` [run_in]).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ReadError
from ..lazyre import Lazy, compile
from ..model import Block, Document
from ..text import CJK, CN_DIGITS, match_number, next_of
from ..vocab import alternation, load, word_list, words
from .context import Context
from .results import WARNING, Finding, Local
from .rule import Rule, Scope
from .slips import FILE, broken_off

TYPESET = ("docx", "md")  # a heading set in bold may run into its text: the type, not a stop, ends it
LOOK = 80  # characters of a glued heading's body read with it
STOPS = "。；：！？.;:"  # how a run-in heading ends its title
MIN_SENTENCE = 10  # characters of the sentence after the opener, up to its first stop: the text's, not a heading's
MIN_CLAUSE = 5  # characters of its first clause after the opener (推进法治建设持续向好，: a heading's two phrases)
_SUFFIXES = ("人民政府", "办事处", "管委会", "管理委员会", "政府")  # a unit's name without them is how it names itself
_NOT_SELF = "乡镇县区市各对和与及、"  # before 镇政府, 县政府…: another's (乡镇政府, 各县政府, 对县政府)

RUN_IN_HEADING = Rule(
    "run-in-heading",
    "标题与正文之间漏了句号",
    Scope.PARAGRAPH,
    {WARNING: "序号后的标题短语直接连着正文，中间没有标点（2.加强法治宣传坚持……）"},
)


@dataclass(frozen=True)
class RunIn:
    """``typos.toml``'s [run_in]: a heading's verbs, the words a sentence opens with, the unit's own names, and
    the openers that are adverbs (after 一是 they go on the list item's one sentence: 一是加强A不断B)."""

    verbs: tuple[str, ...]
    openers: tuple[str, ...]
    selves: tuple[str, ...]
    adverbs: tuple[str, ...] = ()
    pivots: tuple[str, ...] = ()  # 推动: its object is the next verb's subject (推动各部门及时办理……)
    actors: tuple[str, ...] = ()  # 部门 各级: an object that acts (推动各级行政机关严格落实……)
    results: tuple[str, ...] = ()  # 取得 向: after an adverb, what the pivot's object comes to (推动……不断取得新成效)
    times: tuple[str, ...] = ()  # 每月 定期: an object that is a rhythm, no heading's noun (坚持每月主动公开……)
    time_openers: tuple[str, ...] = ()  # 全年: an opener that may qualify the object's noun (全年法治建设责任)
    opens_with: tuple[str, ...] = ()  # 始终 共: after a self-name or such a time word, what a sentence goes on with


_LISTS = ("adverbs", "pivots", "actors", "results", "times", "time_openers", "opens_with")  # optional lists


@lru_cache(maxsize=1)
def run_in() -> RunIn:
    return load(FILE, _run_in)


def _run_in(data: dict[str, Any], p: Path) -> RunIn:
    try:
        t = data["run_in"]
        more = {k: word_list(t[k]) for k in _LISTS if k in t}
        return RunIn(word_list(t["verbs"]), word_list(t["openers"]), word_list(t["selves"]), **more)
    except (KeyError, TypeError) as e:
        raise ReadError(
            f"{p} 有误（{str(e)[:60]}）；[run_in] 的 verbs、openers、selves、{'、'.join(_LISTS)} 是词语的列表"
        ) from None


@lru_cache(maxsize=64)
def _rx(names: tuple[str, ...], plain: bool = False) -> re.Pattern[str]:
    """A heading's phrase (group 1) and the opener right after it (group 2), from the label's end; after a
    list word (一是) or under a number whose run-in headings the writer never ends with a stop (``plain``), no
    adverb opens the text: 一是加强A不断B, （四）统筹各部门力量积极推进…… are one sentence short of a comma."""
    w = run_in()
    openers = tuple(o for o in w.openers if not (plain and o in w.adverbs))
    selves = alternation((*w.selves, *names))  # the unit, not inside a phrase that names others (对乡镇政府)
    opener = rf"{alternation(openers)}|(?<![{_NOT_SELF}]){selves}|20\d\d年(?:以来)?(?=[，,])"  # a year: with its comma
    head = rf"(?:{alternation(w.verbs)})[{CJK}]{{2,8}}?"
    return compile(rf"({head})({opener})")


@lru_cache(maxsize=1)
def _stopped_rx() -> re.Pattern[str]:
    """A heading's phrase ended with a stop (加强组织领导。)."""
    return compile(rf"(?:{alternation(run_in().verbs)})[{CJK}]{{2,8}}[{STOPS}]")


_HANZI = Lazy(rf"[{CJK}]")
_LABEL = Lazy(rf"\s*(?:[{CN_DIGITS}]是|首先|其次)")


def _own_names(unit: str | None) -> tuple[str, ...]:
    """The unit's names as it calls itself in its text: each issuer's name without 人民政府 etc."""
    out = []
    for name in (unit or "").split():
        for s in _SUFFIXES:
            if name.endswith(s) and len(name) > len(s) + 1:
                out.append(name[: -len(s)])
                break
    return tuple(sorted(set(out)))


@RUN_IN_HEADING.check
def run_in_heading(ctx: Context) -> Iterator[Finding]:
    blocks = [b for b in ctx.doc.blocks if b.role == "body"]
    names = _own_names(ctx.doc.meta.unit)
    shared = _shared_lines(blocks)
    stopped = _stopped(blocks)
    cut = blocks[broken_off(blocks)] if broken_off(blocks) >= 0 else None  # a copy's last line, no heading
    keyed = [  # an adverb opens a body only under a number whose run-in headings the writer ends with a stop
        (b, (_label_end(b), names, not b.number or _kind(b) not in stopped), ctx.part_of(b))
        for b in blocks
        if (b.kind == "paragraph" or b is cut) and _label_end(b) and (b.line not in shared or _kind(b) in stopped)
    ]
    yield from ctx.paragraphs(RUN_IN_HEADING, keyed, _run_ins)
    if ctx.doc.fmt not in TYPESET:
        glued = [
            (h, (len(h.number), names, b.text[:LOOK]), ctx.part_of(h))
            for h, b in _glued(blocks, stopped)
            if not _spaced(ctx.doc, h, b)
        ]
        yield from ctx.paragraphs(RUN_IN_HEADING, glued, _glued_heads)


def _label_end(b: Block) -> int:
    """Where a paragraph's heading number (1. （一）) or list word (一是) ends; 0 without one."""
    if b.number:
        return len(b.number)
    label = _LABEL.match(b.text)
    return label.end() if label else 0


def _kind(b: Block) -> object:
    """The kind of a block's number (its level), or "list" for 一是/首先."""
    typed = match_number(b.text)
    return b.level or (typed[0] if typed else "list")


def _shared_lines(blocks: list[Block]) -> set[int]:
    """The source lines that hold more than one block: a web copy's run-on line, cut by the reader (a page's
    line breaks are lost there, so a heading glued to its text may be the page's, not the writer's)."""
    counts = Counter(b.line for b in blocks)
    return {line for line, n in counts.items() if n > 1}


def _stopped(blocks: list[Block]) -> set[object]:
    """The kinds of numbers (levels, "list") the writer ends a run-in heading with a stop under: a run-in
    heading whose title ends so ("（一）加强组织领导。" + its text), or a paragraph whose number is followed
    by a heading's phrase and a stop ("一是加强学习。坚持……")."""
    out: set[object] = set()
    for b in blocks:
        if (b.kind == "heading" and b.run_in and b.text.rstrip()[-1:] in STOPS) or (
            b.kind == "paragraph" and (at := _label_end(b)) and _stopped_rx().match(b.text, at)
        ):
            out.add(_kind(b))
    return out


def _run_ins(text: str, key: object) -> Iterator[Local]:
    """A numbered paragraph whose heading's phrase runs on into its first sentence."""
    assert isinstance(key, tuple)
    at, names, plain = key
    m = _rx(names, plain).match(text, at)
    if m is None or not _runs_on(text, m.end(2)) or _one_sentence(m.group(1), m.group(2), text[m.end(2) :]):
        return
    if not _opens(m.group(2), text[m.end(2) :]):
        return
    yield RUN_IN_HEADING.local(m.start(1), m.end(2), WARNING, _message(m.group(1), m.group(2)))


def _glued_heads(text: str, key: object) -> Iterator[Local]:
    """A heading the reader cut from the sentence glued to it (a web copy's run-on line): the same
    phrase and opener, read across the cut (``key``: the number's length, the unit's names, the words
    after the cut)."""
    assert isinstance(key, tuple)
    at, names, after = key
    m = _rx(names).match(text + after, at)
    if m is None or m.end(1) != len(text) or not _runs_on(after, m.end(2) - len(text)):
        return  # the phrase must be the whole title, the opener the body's first word
    rest = after[m.end(2) - len(text) :]
    if _one_sentence(m.group(1), m.group(2), rest) or not _opens(m.group(2), rest):
        return
    yield RUN_IN_HEADING.local(at, len(text), WARNING, _message(m.group(1), m.group(2)))


def _one_sentence(head: str, opener: str, rest: str) -> bool:
    """Whether the phrase and the opener are one sentence, no heading glued to a body: the verb's object is a
    rhythm (坚持每月主动公开……), or an actor going on as the subject of the opener's verb (提高行政机关主动接受
    监督的意识; after a pivot verb whatever the opener: 推动各部门及时办理……), or a pivot's object coming to a
    result after an adverb (推动依法行政工作不断取得新成效)."""
    w = run_in()
    verb = max((v for v in w.verbs if head.startswith(v)), key=len, default="")
    obj = head[len(verb) :]
    if obj.startswith(w.times):
        return True
    acts = obj.endswith(w.actors)
    if verb in w.pivots:
        return acts or (opener in w.adverbs and rest.startswith(w.results))
    return acts and opener in w.adverbs


def _opens(opener: str, rest: str) -> bool:
    """Whether a sentence opens at ``opener`` (``rest`` after it): a self-name (县政府, the unit's name) or a time
    word that may qualify a noun (全年) opens one only before a comma or a word of ``opens_with`` (县政府始终坚持……,
    全年共出台……), not before a noun (建立健全县政府法律顾问制度, 压实各部门全年法治建设责任)."""
    w = run_in()
    if _YEAR.match(opener) or (opener in w.openers and opener not in w.time_openers):
        return True
    own = next((t for t in (*_SUFFIXES, *words().head.own_bodies) if rest.startswith(t)), "")
    rest = rest[len(own) :]  # the unit's name goes on as its government, its 党组 (石溪镇政府始终……)
    return rest[:1] in "，," or rest.startswith(w.opens_with)


_YEAR = Lazy(r"20\d\d年")


def _message(head: str, opener: str) -> str:
    """Where the heading ends is said only when the text opens with a word of its own: before a body's name
    (镇政府, 县政府) a place's name may end the phrase or start the name (强化组织领导石溪镇政府)."""
    if opener in run_in().selves:
        return f"请在标题末尾加句号：“{head}{opener}……”中标题与正文连在一起，中间漏了句号"
    return f"请在“{head}”后加句号：标题“{head}”与正文“{opener}……”连在一起，中间漏了句号"


def _glued(blocks: list[Block], stopped: set[object]) -> Iterator[tuple[Block, Block]]:
    """(heading, its body) of each run-in heading whose title ends in a word, its body right after it
    on the same line: no mark, no space between (a space is where the page broke the line). Only where
    the writer shows the stop elsewhere (``stopped``): a copy whose every heading is glued to its text was
    joined so by the page, not typed so."""
    for h, b in itertools.pairwise(blocks):
        if h.kind != "heading" or not h.run_in or _kind(h) not in stopped:
            continue
        if b.kind != "paragraph" or b.line != h.line or b.col != h.col + len(h.text):
            continue
        if _HANZI.match(h.text[-1:]):
            yield h, b


def _spaced(doc: Document, h: Block, b: Block) -> bool:
    """Whether the source line holds a space between heading ``h`` and the text ``b`` cut from it: the
    page's line break (a title of two phrases, 推进依法决策  严格落实……, cut at its gap), no run-in. The
    blocks' columns are the normalised line's, where such spaces are gone; the source keeps them."""
    end = doc.column(h.line, h.col + len(h.text) - 1) + 1
    return doc.column(b.line, b.col) > end


def _runs_on(text: str, at: int) -> bool:
    """Whether a sentence of the text's own starts at the opener ending at ``at``: it runs ``MIN_SENTENCE``
    characters to its stop, and its first clause ``MIN_CLAUSE`` after the opener (a comma right after a
    time's opener, 今年以来，, is skipped). A heading of two phrases (推进法治建设持续向好，) has a short one."""
    stop = next_of(text, "。；！？", at)
    stop = len(text) if stop < 0 else stop
    start = at + 1 if text[at : at + 1] in "，," else at
    comma = min((i for i in (text.find(c, start, stop) for c in "，,、：") if i >= 0), default=stop)
    return stop - at >= MIN_SENTENCE and comma - start >= MIN_CLAUSE


__all__ = ["RUN_IN_HEADING"]
