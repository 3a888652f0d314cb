"""Run-on text: paragraphs and headings recovered from a report copied off a web page.

A website serves a report as text whose paragraphs are run together into one or a few long
lines, the headings standing inline: "…报告如下：一、工作开展情况（一）加强组织领导一是…。二是…".
The numbering itself tells what is a heading. Each kind (一、 · （一） · 1. · （1） · 一是) counts
1, 2, 3… within the stretch its parent opens, so a kind's occurrences are kept only as a chain
that counts up from one, parent by parent (一、 > （一） > 1. > （1）, whichever kinds the
report uses, in the order it uses them); "一、二、三" in a list, "第一、" or "统一、" never start
a chain, and a chain whose stretches end in "；" is a list, not headings. A heading stands
after a sentence end, a space or a colon; （一） and （1） also directly after the words before
them, and 一是 or 1. directly after their parent's title ("（一）加强组织领导一是…").

Then paragraphs: a space after a sentence end is where the page broke a paragraph, and a
sentence that turns to the shortcomings ("一年来……但也存在一些问题") or to next year's plan
("2024年是……", "下一步，…") starts one. A heading glued to its first sentence with no
punctuation ("一、全面加强党的领导以实验区党工委…") is cut where that sentence begins.
A leading 主送机关 ("省司法厅：2023年，…") and a trailing 署名 and 成文日期 stand apart.

Linear in the text's length: one scan for the markers, chains built in one pass each.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from ..hanzi import simplified
from ..lazyre import Lazy
from ..organs import is_signature
from ..text import CN_DIGITS, SENTENCE_END, normalise
from ..wordrx import turn_rx
from .rawpara import RawPara
from .runhead import HEAD_SCAN, glued_head
from .runhead import lead as lead_cuts
from .runtitle import HEADING_MAX, glued_heading
from .tail import CLOSING, starts_closing

RUNON_MIN = 300  # a paragraph shorter than this is a paragraph, not a page's worth run together
LONG = 1500  # a line this long is run-on even without inline headings of the upper levels
MIN_GAP = 4  # characters between two headings of one chain
_KINDS = ("l1", "l2", "l3", "l4", "y")
_HEADINGS = ("l1", "l2", "l3", "l4")
# An upper heading standing inside a paragraph: what makes a paragraph shorter than LONG run-on.
_INLINE = Lazy(rf"[{CN_DIGITS}]{{1,3}}[、．.]|[（(][ \t\u3000]*[{CN_DIGITS}]{{1,3}}[ \t\u3000]*[）)]")
OPENS = frozenset("（(一二三四五六七八九十0123456789")
_MARKS = Lazy(
    rf"(?P<l2>[（(][ \t\u3000]*(?P<v2>[{CN_DIGITS}]{{1,3}})[ \t\u3000]*[）)])"
    rf"|(?P<l4>[（(][ \t\u3000]*(?P<v4>\d{{1,2}})[ \t\u3000]*[）)])"
    rf"|(?<![第\d{CN_DIGITS}〇零百千万统唯之其逐单同专、])(?P<l1>(?P<v1>[{CN_DIGITS}]{{1,3}})(?:、|[．.](?![\d{CN_DIGITS}])))"
    rf"(?![{CN_DIGITS}]{{1,2}}[、，,]|是)"
    rf"|(?<![第\d{CN_DIGITS}〇零百千万统唯之其逐单同专、])(?P<y>(?P<vy>[{CN_DIGITS}]{{1,2}})是)(?![否非])"
    r"|(?<![\d.．%A-Za-z第])(?P<l3>(?P<v3>\d{1,2})(?:、|[.．](?!\d)))"
)
_VALUE = {"l1": "v1", "l2": "v2", "l3": "v3", "l4": "v4", "y": "vy"}
_STRONG = SENTENCE_END + "：:；;”’」』）)】"
_WEAK_OK = ("l2", "l4")  # （一） and （1） may stand right after the words before them
_LIST_END = "；;，,、"
# 多规合一、始终如一、整齐划一、参差不一、一对一、二选一、合二为一、每周一、星期一、初一… end a word, not a heading
_IN_WORD = "合如划不对择选为归守均万周期初"
_SIGNED_TAIL = Lazy(r"[。！？]\s*(?P<rest>[^。！？]{1,80})$")
_TAIL_NOTE = Lazy(r"\s*[（(]此件[^）)]{1,12}[）)]\s*$")


@dataclass
class _Mark:
    pos: int
    end: int
    kind: str
    value: int
    strong: bool


def recover(paras: list[RawPara]) -> list[RawPara]:
    """Run-on paragraphs split into headings and paragraphs; other paragraphs as they are. A traditional
    copy is split where its simplified reading is (its 今年以來 opens a sentence as 今年以来 does), each
    piece given back as written (``hanzi.simplified`` keeps the length: every offset holds)."""
    return [replace(q, text=q.written, written="") if q.written else q for q in _recover([_read(p) for p in paras])]


def _read(p: RawPara) -> RawPara:
    view = simplified(p.text)
    return p if view == p.text else replace(p, text=view, written=p.text)


def _recover(paras: list[RawPara]) -> list[RawPara]:
    runon = any(is_runon(p.text) for p in paras)
    if not runon and not any(glued_head(p) for p in paras[:HEAD_SCAN]):
        return paras  # paragraphs laid out as paragraphs: nothing to recover
    out: list[RawPara] = []
    counted: dict[str, int] = {}  # the numbering reached so far: a chain goes on in the next line
    for i, p in enumerate(paras):
        if p.debris or p.level is not None or p.is_title or p.number or p.bold_prefix:
            out.append(p)
            continue
        if i < HEAD_SCAN and not is_runon(p.text) and (cuts := glued_head(p)):
            out.extend(p.cut(a, b) for a, b in itertools.pairwise([0, *cuts, len(p.text)]) if p.text[a:b].strip())
            continue
        out.extend(split(p, counted) if runon else [p])
    return out


def is_runon(text: str) -> bool:
    """Long enough to be a page's worth, and very long or with an upper heading inside it."""
    n = len(text)
    return n >= RUNON_MIN and (n >= LONG or _INLINE.search(text, 1) is not None)


def split(p: RawPara, counted: dict[str, int] | None = None) -> list[RawPara]:
    """One paragraph as the paragraphs and headings run together in it.

    ``counted`` holds the last number of each kind the lines before reached (and is updated),
    so a report served as a few long lines goes on counting "四、" where the line before left off.
    """
    text = p.text
    counted = {} if counted is None else counted
    if text[:1] in OPENS:  # a line that starts with a heading sets the count
        first = _marks(text[:12], set())
        if first and first[0].pos == 0:
            _count(counted, [first[0]])
    if not is_runon(text):
        return [p]  # a paragraph, not a page's worth run together: the common case, kept cheap
    lead = lead_cuts(text)
    points = set(lead)
    titled: set[int] = set()  # where a heading of a chain starts
    marks = _marks(text, set(lead))
    heads = _region(text, 0, len(text), marks, _KINDS, None, counted)
    if len(text) >= LONG or any(m.pos > 0 and m.kind in ("l1", "l2") for m in heads):
        _count(counted, heads)
        points.update(m.pos for m in heads)
        titled.update(m.pos for m in heads if m.kind != "y")
        points.update(_paragraph_starts(text))
    points.update(_tail(text))
    points.discard(0)
    if not points:
        return [p]
    cuts = [0, *sorted(x for x in points if 0 < x < len(text)), len(text)]
    pieces = [(a, p.cut(a, b)) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]
    for i, (a, q) in enumerate(pieces):
        q.joinable = p.joinable and i in (0, len(pieces) - 1)
        glued_heading(q, a in titled)
    return [q for _, q in pieces]


# ------------------------------------------------ headings


def _marks(text: str, starts: set[int]) -> list[_Mark]:
    found: list[_Mark] = []
    for m in _MARKS.finditer(text):
        kind = m.lastgroup or "y"  # the outer group closes last: l1, l2, l3, l4 or y
        raw = m.group(_VALUE[kind])
        value = _value(raw)
        if value is None:
            continue
        before = text[m.start() - 1] if m.start() else ""
        strong = not before or before.isspace() or before in _STRONG or m.start() in starts
        found.append(_Mark(m.start(), m.end(), kind, value, strong))
    return found


def _value(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    vals = [CN_DIGITS.index(c) + 1 for c in raw]
    if len(vals) == 1:
        return vals[0]
    if len(vals) == 2 and vals[0] == 10:
        return 10 + vals[1] if vals[1] < 10 else None
    if len(vals) == 2 and vals[1] == 10:
        return vals[0] * 10
    if len(vals) == 3 and vals[1] == 10 and vals[2] < 10:
        return vals[0] * 10 + vals[2]
    return None


def _count(counted: dict[str, int], heads: list[_Mark]) -> None:
    """The numbers reached: a heading of a kind resets the count of the kinds below it."""
    for m in sorted(heads, key=lambda m: m.pos):
        if m.kind == "y":
            continue
        counted[m.kind] = m.value
        for k in _HEADINGS[_HEADINGS.index(m.kind) + 1 :]:
            counted.pop(k, None)


def _region(
    text: str,
    lo: int,
    hi: int,
    marks: list[_Mark],
    kinds: tuple[str, ...],
    title_at: int | None,
    counted: dict[str, int] | None = None,
) -> list[_Mark]:
    """The headings in text[lo:hi]: the first kind that forms a chain there, then within each stretch."""
    inside = [m for m in marks if lo <= m.pos < hi]
    lead: list[_Mark] = []  # a list right after its parent's title still ends the title
    for kind in kinds:
        start = (counted or {}).get(kind, 0) + 1
        chain = _chain(text, lo, [m for m in inside if m.kind == kind], title_at, start)
        if len(chain) == 1 and chain[0].pos != lo and not _titled(text, chain[0], inside):
            chain = []
        if chain and _is_list(text, chain) and chain[0].kind != "y":
            if not lead and _glued(text, title_at, chain[0]):
                lead = chain[:1]
            continue
        if chain:
            break
    else:
        return lead
    found = list(chain)
    if kind == "y":
        return [m for i, m in enumerate(chain) if _after_break(text, m) or (i == 0 and _glued(text, title_at, m))]
    rest = tuple(k for k in kinds if k != kind)
    ends = [m.pos for m in chain[1:]] + [hi]
    for m, end in zip(chain, ends, strict=True):
        found.extend(_region(text, m.end, end, inside, rest, m.end))
    return found


def _after_break(text: str, m: _Mark) -> bool:
    """一是 that starts a sentence (after 。 or a space), not one inside it (after "：" or "；")."""
    return m.pos == 0 or text[m.pos - 1] in SENTENCE_END or text[m.pos - 1].isspace()


def _glued(text: str, title_at: int | None, m: _Mark) -> bool:
    """A mark right after its parent's title: "（一）加强组织领导一是…" (no sentence end between)."""
    if title_at is None or m.pos - title_at > HEADING_MAX or m.pos <= title_at:
        return False
    return not any(c in text[title_at : m.pos] for c in "。！？：:；;")


def _chain(text: str, lo: int, marks: list[_Mark], title_at: int | None, start: int = 1) -> list[_Mark]:
    """The marks of one kind that count up 1, 2, 3… (or on from ``start``, the count the lines
    before reached; or from the paragraph's own first mark at its start)."""
    chain: list[_Mark] = []
    want = 1
    glued: _Mark | None = None  # a first "一、" run on after the words before it, until a "二、" vouches for it
    for m in marks:
        if not chain and m.pos == lo and lo == 0:
            want = m.value  # the paragraph itself starts with "二、…": the chain goes on from there
        elif not chain and m.value == start and start > 1:
            want = start
        if glued is not None and not chain and m.value == 2 and m.strong and m.pos - glued.end >= MIN_GAP:
            chain.append(glued)
            want = 2
        if m.value != want or (chain and m.pos - chain[-1].end < MIN_GAP):
            continue
        if not (m.strong or m.kind in _WEAK_OK or (not chain and _glued(text, title_at, m))):
            if not chain and glued is None and _vouchable(text, m):
                glued = m
            continue
        if m.kind == "y" and chain and not m.strong:
            continue
        chain.append(m)
        want += 1
    return chain


def _vouchable(text: str, m: _Mark) -> bool:
    """A top "一、" with no break before it that the next strong "二、" may vouch for: run on after a page's
    words, a title or an opening with its colon dropped ("……报告如下一、主要举措和成效"), not the end of a word
    that holds 一 (合一、 如一、 划一、: ``_IN_WORD``)."""
    return m.kind == "l1" and m.value == 1 and m.pos > 0 and text[m.pos - 1] not in _IN_WORD


def _titled(text: str, m: _Mark, marks: list[_Mark]) -> bool:
    """A lone heading (its chain goes on in the next line): a title, then a heading of the kind below."""
    if m.kind not in ("l1", "l2") or not m.strong:
        return False
    below = next((n for n in marks if n.pos > m.pos and n.kind != m.kind and n.kind != "y"), None)
    if (
        below is not None
        and below.value == 1
        and below.pos - m.end <= HEADING_MAX
        and not any(c in text[m.end : below.pos] for c in SENTENCE_END + "；;")
    ):
        return True
    return _first_of_list(text, m, marks)


def _first_of_list(text: str, m: _Mark, marks: list[_Mark]) -> bool:
    """A lone top "一、" after a sentence or a colon whose first sentence (its title run into it) is followed by
    "一是" opening the next: a copy cut off before its "二、" ("……保障。一、坚持党的领导，……坚持……。一是……")."""
    if m.kind != "l1" or m.value != 1 or text[m.pos - 1 : m.pos] not in ("。", "：", ":"):
        return False
    first = next((n for n in marks if n.pos > m.pos and n.kind == "y"), None)
    if first is None or first.value != 1 or not first.strong or first.pos - m.end > 2 * HEADING_MAX:
        return False
    between = text[m.end : first.pos]
    return sum(between.count(c) for c in SENTENCE_END) == 1 and not any(c in between for c in "；;")


def _is_list(text: str, chain: list[_Mark]) -> bool:
    """Stretches ending in "；" or "，": an enumeration inside a sentence, not headings."""
    if len(chain) < 2:
        return False
    ends = [text[: m.pos].rstrip()[-1:] for m in chain[1:]]
    return sum(1 for e in ends if e and e in _LIST_END) * 2 > len(ends)


# ------------------------------------------------ paragraphs


def _paragraph_starts(text: str) -> list[int]:
    """A space after a sentence end, or a sentence turning to another part."""
    found: list[int] = []
    for m in re.finditer(r"[。！？]([ \t\u3000]*)(?=\S)", text):
        start = m.end()
        if m.group(1) or turn_rx().match(text, start):
            found.append(start)
    return found


def _tail(text: str) -> list[int]:
    """署名 and 成文日期, and 特此报告, after the last sentence: each a paragraph of its own."""
    found: list[int] = []
    end = len(text.rstrip())
    note = _TAIL_NOTE.search(text, max(0, end - 20), end)  # 附注 after the date: （此件主动公开）
    if note is not None:
        found.append(note.start())
        end = note.start()
    m = _SIGNED_TAIL.search(text, max(0, end - 90), end)
    if m is not None:
        rest = normalise(text[m.start("rest") : end])
        if starts_closing(rest) or is_signature(rest):
            found.append(m.start("rest"))
            end = m.start("rest")
    close = re.search(r"[。！？]\s*((?:特此报告|以上报告|专此报告)[。.]?)\s*$", text[:end])
    if close is not None and CLOSING.match(close.group(1)):
        found.append(close.start(1))
    return found
