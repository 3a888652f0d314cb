"""Where a run-on heading's title ends when no sentence end closes it: at its first sentence's opening
words (``_OPENER``: "一、全面加强党的领导以实验区党工委…"), at a page's line break kept as a space, or at its
first comma. ``runon`` cuts a page's worth into headings and paragraphs and asks this of each heading."""

from __future__ import annotations

from ..lazyre import Lazy
from ..text import CJK, SENTENCE_END, match_number, normalise
from .rawpara import RawPara

HEADING_MAX = 60  # longest plausible heading title, in characters (structure.py and runon.py use it too)
# Where the body starts when a heading runs on into it with no punctuation.
_OPENER = Lazy(
    r"今年以来|一年来|近年来|\d{4}\s*年[，,以]|(?<![存现所正实内外自])在(?![于线岗职])|以(?![来上下及内外后前])"
    r"|通过|按照|根据|围绕|坚持以|结合|依托|下一步[，,]|我[局委办区县镇乡]|全年|截至|一是|首先"
)

_LINE_GAP = Lazy(rf"(?<=[{CJK}])[ \t\u3000\u00a0]+(?=[{CJK}])")


def _gap_cut(raw: str, number: int, limit: int) -> int | None:
    """Where a heading's title ends at a page's line break kept as a space between two characters
    ("二、……存在的不足和原因 执法人员不足，主要原因是……"): the last such space before the title's
    first comma or sentence end (``limit``, in the normalised title after its ``number`` characters),
    at least 4 characters in. A space before a figure ("召开 4 次") is a PDF's, not a line break."""
    best = None
    for m in _LINE_GAP.finditer(raw, 0, min(len(raw), 2 * (number + HEADING_MAX))):
        at = len(normalise(raw[: m.start()])) - number
        if at > limit:
            break
        if at >= 4:
            best = at
    return best


THEME_PHRASE = 16  # the longest second phrase of a themed heading ("坚持党的领导，严格落实第一责任人职责")
_PHRASE = Lazy(rf"[{CJK}“”]{{3,{THEME_PHRASE}}}")


def _second_phrase_gap(raw: str, number: int, rest: str, comma: int) -> int | None:
    """Where a themed heading of two phrases ends at a page's line break kept as a space ("一、坚持党的领导，严格
    落实第一责任人职责 县委书记、县长……"): the space right after its second phrase, a short one with no figure
    or mark; None when the words after the first comma are not such a phrase then a space."""
    gap = _gap_cut(raw, number, comma + 1 + THEME_PHRASE)
    if gap is None or gap <= comma + 1 or _PHRASE.fullmatch(rest[comma + 1 : gap]) is None:
        return None
    return gap


def glued_heading(q: RawPara, chained: bool) -> None:
    """A heading with no sentence end near its start: cut where its first sentence begins.

    A heading of a chain standing alone ("（一）加强组织领导，不断完善机制。" before its 一是) is a
    heading even though, on a line of its own, a sentence with a comma would be a list item.
    """
    norm = normalise(q.text)
    typed = match_number(norm)
    if typed is None or typed[0] > 4:
        return
    rest = norm[len(typed[1]) :]
    head = rest[: HEADING_MAX + 1]
    stop = next((i for i, c in enumerate(head) if c in SENTENCE_END), None)
    comma = next((i for i, c in enumerate(head) if c in "，,："), len(head))
    cut: int | None = None
    for m in _OPENER.finditer(head, 0, min(comma + 1, stop if stop is not None else len(head))):
        if m.start() >= 4:
            cut = m.start()
            break
    # a run-in title of two phrases ("（一）坚持高位推动 强化组织领导。") ends at its 。: a space cuts
    # only a title whose first sentence has a comma before its end, or no end in reach
    limit = comma if stop is None or comma < stop else None
    gap = _gap_cut(q.text, len(typed[1]), limit) if limit is not None else None
    if gap is None and limit is not None:
        gap = _second_phrase_gap(q.text, len(typed[1]), rest, comma)
    if gap is not None and (cut is None or gap < cut):
        q.bold_prefix = len(typed[1]) + gap  # the page's line break, kept as a space, ends the title
        return
    if cut is None and len(rest) <= HEADING_MAX:
        if chained:
            q.bold_prefix = len(norm)  # the whole piece is the heading
        return
    if cut is None and stop is not None:
        return  # a run-in heading ("（一）加强领导。…"): the outline cuts it at its sentence end
    if cut is None and typed[0] == 1:  # only a top heading is cut at its first comma
        comma = min((i for i in (head.find("，"), head.find("："), head.find(",")) if i >= 4), default=-1)
        cut = comma if comma > 0 else None
    if cut is not None:
        q.bold_prefix = len(typed[1]) + cut
