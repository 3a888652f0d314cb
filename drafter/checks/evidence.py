"""What makes a sentence evidence that a checklist item is covered.

A measures or duties item is covered by a sentence that reports something done: an action
that happened (开展、完成、制定、办结……) or a figure — not a wish or plan (争取、将继续、计划于),
not a weakness (有待、仍需、尚未), and not a hedge (进一步加强、不足) unless a figure shows it
was done. The words are the checklist's ``[evidence]`` data; this module only applies them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..checklists import Evidence
from ..lazyre import Lazy, Rx, compile
from ..needle import Needled
from ..patterns import bounded
from ..patternwords import enumerator_rx
from ..text import last_of, next_of
from ..wordrx import figure_rx, superior_levels


class _Figure:
    """A figure the report gives (``wordrx.figure_rx``: the measure words are data, ``words.toml``)."""

    __slots__ = ()

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return figure_rx().search(string, pos)


FIGURE = _Figure()
_SENTENCE_END = Lazy(r"[。！？；;!?]")
_CLAUSE = Lazy(r"[，,]")
SLOGAN_REACH = 40  # a slogan around a cue starts at most this many characters before it
TOPIC_REACH = 70  # a topic list ("研究部署了……、……等工作") starts at most this many characters before a cue


class Judge:
    """The checklist's evidence words compiled once for a report year; sentences judged once each
    (memoised). ``{next}`` in a pattern is the year after ``year`` ("2024年，我局将……" is a plan in
    a report on 2023); with the year unknown it matches nothing: "2023年将……纳入考核" is then no plan.
    ``{superior}`` the levels whose 委/政府 heads are a superior's (a city's own report: 省 only)."""

    def __init__(
        self,
        ev: Evidence,
        year: int | None = None,
        superior: str | None = None,
        own: tuple[str, ...] = (),
        unit: str = "",
    ) -> None:
        self.own = own  # titles that are otherwise never a head's but name this unit's own (a 司法所's 所长)
        self.unit = unit  # the report's unit: a 局长 after a 局 that is not it heads another body
        nxt = str(year + 1) if year else "(?!)"
        up = superior if superior is not None else superior_levels()
        self.up = up  # the superior levels (省|市): their 委 and 政府 are a superior's organs

        def alt(pats: tuple[str, ...]) -> re.Pattern[str]:
            pats = tuple(p.replace("{next}", nxt).replace("{superior}", up) for p in pats)
            return compile("|".join(f"(?:{bounded(p)})" for p in pats) if pats else r"(?!)")

        self.actions, self.wishes = alt(ev.actions), alt(ev.wishes)
        self.weaknesses, self.hedges = alt(ev.weaknesses), alt(ev.hedges)
        self.slogans = alt(ev.slogans)
        self._stated = alt(ev.stated)
        self._settled = alt(ev.settled)
        # each alone too: one slogan's match must not hide another's that overlaps it
        # ("按照《……规范性文件管理办法》" and "规范性文件……合法性审查")
        self._each = tuple(Needled(bounded(p.replace("{next}", nxt).replace("{superior}", up))) for p in ev.slogans)
        self._slogan_spans = _Spans(self._each, figureless=True)
        self._scope_spans = _Spans(tuple(Needled(bounded(p)) for p in ev.scopes))  # figures or not
        # the slogans that name a superior's head (市长, 省司法厅厅长): a person, not a duty's words
        ups = tuple(Needled(bounded(p.replace("{superior}", up))) for p in ev.slogans if "{superior}" in p)
        self._superior_spans = _Spans(ups)
        self._topic_spans = _Spans(tuple(Needled(bounded(p.replace("{next}", nxt))) for p in ev.topics))
        self._memo: dict[str, str | None] = {}

    def in_slogan(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (a cue's match) stands inside a slogan ("主要领导亲自抓",
        "有部署、有落实"): words that name a duty without reporting that anyone did it — or ends a scope
        (``[evidence]`` ``scopes``: the 合法性审核 of "制发行政规范性文件9件，全部经合法性审核" is the normative
        documents', not a major decision's; a figure in it changes nothing, and a cue inside it is not masked)."""
        return self._slogan_spans.covers(text, start, end, SLOGAN_REACH, after=False) or self._scope_spans.ends(
            text, start, end, SLOGAN_REACH
        )

    def superior(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (a leader's title) names a superior's head (the slogans of ``{superior}``:
        市长 in a county's report, 县委书记 in a department's or a township's): a person who is not the own head."""
        return self._superior_spans.covers(text, start, end, SLOGAN_REACH, after=False)

    def topical(self, text: str, start: int, end: int, stop: int) -> bool:
        """Whether ``text[start:end]`` (a cue's match) is a topic another act names ("研究部署了普法、
        政务公开等工作", "听取行政复议工作汇报"): a meeting dealt with it, the sentence (ending at
        ``stop``) does not report that the unit did it — unless a figure follows the topics ("部署开展
        案卷评查工作，评查案卷41卷") or what was done to every one of them (``[evidence]`` ``settled``:
        "……等事项，全部经过合法性审查"). The cue stands after the span's first words (the verb): "部署"
        itself is the leader's act, not a topic."""
        after = self._topic_spans.covering(text, start, end, TOPIC_REACH, after=True)
        if after is None:
            return False
        clause = _CLAUSE.search(text, after, stop)  # "……等工作11次" counts the meetings
        if clause is None:
            return self._settled.match(text, after, stop) is None
        rest = text[clause.end() : stop]
        return FIGURE.search(rest) is None and self._settled.match(rest) is None

    def settles(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` says what was done to every one of the topics it names (``[evidence]``
        ``settled``: "……和政府合同均经法律顾问审核把关")."""
        return self._settled.search(text, start, end) is not None

    def states(self, sentence: str) -> bool:
        """Whether ``sentence`` (its item number left out: "一是坚持……") opens as a stance, a duty or a
        call (``[evidence]`` ``stated``: 坚持……、把……作为……、会议强调) or is a bare heading."""
        m = enumerator_rx().match(sentence)
        return self._stated.search(sentence[m.end() if m else 0 :].strip()) is not None

    def kind(self, sentence: str) -> str | None:
        """ "figure" or "action" when ``sentence`` reports something done, else None."""
        got = self._memo.get(sentence, "?")
        if got != "?":
            return got
        if len(self._memo) > 20000:
            self._memo.clear()
        self._memo[sentence] = got = self._kind(sentence)
        return got

    def _kind(self, s: str) -> str | None:
        if self.wishes.search(s) or self.weaknesses.search(s):
            return None
        if FIGURE.search(s) is not None:
            return "figure"
        # a hedge ("进一步完善……体系") spoils only its own clause: "修订《……预案》,进一步完善……" reports a revision
        lo = 0
        for clause in _CLAUSE.split(s):
            if self._acts(s, lo, lo + len(clause)) and not self.hedges.search("，" + clause):
                return "action"
            lo += len(clause) + 1
        return None

    def _acts(self, s: str, lo: int, hi: int) -> bool:
        """Whether the clause ``s[lo:hi]`` names an action outside a slogan: "运用法治思维和法治方式解决矛盾纠纷"
        and "同部署、同推进" state a principle, they report nothing done. Slogans are read in the whole
        sentence: one that only a sentence's start makes (确保…… opening it) is none in a later clause."""
        return any(not self.in_slogan(s, m.start(), m.end()) for m in self.actions.finditer(s, lo, hi))


class _Spans:
    """Every match of some patterns in a text, overlapping ones too, sorted by start: found once per
    text, so a paragraph of many cues costs one pass per pattern, not one search per cue."""

    __slots__ = ("_figureless", "_memo", "_rxs")

    def __init__(self, rxs: tuple[Rx, ...], figureless: bool = False) -> None:
        self._rxs = rxs
        self._figureless = figureless  # a match that holds a figure is none (a slogan states, it counts nothing)
        self._memo: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}

    def covers(self, text: str, start: int, end: int, reach: int, after: bool) -> bool:
        """Whether a match starting at most ``reach`` characters before ``start`` (strictly before it
        when ``after``) runs on to ``end``."""
        return self.covering(text, start, end, reach, after) is not None

    def covering(self, text: str, start: int, end: int, reach: int, after: bool) -> int | None:
        """The end of the first match ``covers`` finds, else None."""
        if not self._rxs:
            return None
        starts, spans = self._spans(text)
        lo = bisect_left(starts, start - reach)
        hi = bisect_left(starts, start) if after else bisect_right(starts, start)
        return next((spans[i][1] for i in range(lo, hi) if spans[i][1] >= end), None)

    def ends(self, text: str, start: int, end: int, reach: int) -> bool:
        """Whether a match starting at most ``reach`` characters before ``start`` ends where ``text[start:end]`` does."""
        if not self._rxs:
            return False
        starts, spans = self._spans(text)
        lo, hi = bisect_left(starts, start - reach), bisect_right(starts, start)
        return any(spans[i][1] == end for i in range(lo, hi))

    def _spans(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        got = self._memo.get(text)
        if got is None:
            if len(self._memo) > 2000:
                self._memo.clear()
            spans = sorted(span for rx in self._rxs for span in _overlapping(rx, text))
            if self._figureless:  # "规范性文件管理工作，全年制发行政规范性文件5件，全部经过合法性审核": a report
                spans = [(a, b) for a, b in spans if FIGURE.search(text[a:b]) is None]
            self._memo[text] = got = ([s for s, _ in spans], spans)
        return got


def _overlapping(rx: Rx, text: str) -> list[tuple[int, int]]:
    """``rx``'s match at every place it matches, overlapping ones included (each search starts one
    character after the last match's start; patterns are bounded, so this stays linear)."""
    out: list[tuple[int, int]] = []
    m = rx.search(text)
    while m is not None:
        out.append(m.span())
        m = rx.search(text, m.start() + 1)
    return out


@lru_cache(maxsize=16)
def judge_for(
    ev: Evidence, year: int | None = None, superior: str | None = None, own: tuple[str, ...] = (), unit: str = ""
) -> Judge:
    """The judge of ``ev`` for a report ``year``; ``superior`` the levels whose 委/政府 heads are a superior's
    (``wordrx.superior_levels`` of the report's unit; None: of no unit in particular); ``own`` the titles that
    name its own head though they never name a unit's head elsewhere (``wordrx.own_titles``: a 司法所's 所长);
    ``unit`` the report's unit (a 局长 right after a 局 it is not heads another body: ``persons``)."""
    return Judge(ev, year, superior, own, unit)


def accepts(need: str, kind: str | None) -> bool:
    """Whether a sentence of ``kind`` is the evidence an item that needs ``need`` asks for."""
    if need == "mention":
        return True
    if need == "figure":
        return kind == "figure"
    return kind is not None


LONGEST = 1000  # a "sentence" longer than this (a page with no stops) is read in pieces ending at a comma


@lru_cache(maxsize=4096)
def _ends(text: str) -> tuple[int, ...]:
    """Where the sentences of ``text`` end (after 。！？；). A stretch longer than ``LONGEST`` without a stop — no
    report's sentence, a page that lost its stops — ends also at its last comma within that length (else at
    ``LONGEST``): what a check does once per mention of a sentence stays bounded, so the read is linear."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds = [*ends, len(text)] if not ends or ends[-1] != len(text) else ends
    if all(b - a <= LONGEST for a, b in zip([0, *bounds], bounds, strict=False)):
        return tuple(ends)
    out: list[int] = []
    last = 0
    for end in bounds:
        while end - last > LONGEST:
            comma = max(text.rfind("，", last, last + LONGEST), text.rfind(",", last, last + LONGEST))
            last = comma + 1 if comma >= last else last + LONGEST
            out.append(last)
        out.append(end)
        last = end
    return tuple(out if ends and ends[-1] == len(text) else out[:-1])


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` around offset ``pos`` (ended by 。！？；)."""
    ends = _ends(text)
    i = bisect_right(ends, pos)
    start = ends[i - 1] if i else 0
    end = ends[i] if i < len(ends) else len(text)
    while start < end and text[start] in " \u3000":
        start += 1
    return start, end


def in_title(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a document's title in its sentence (《青禾县党政主要负责人履行推进法治建设第一
    责任人职责清单》, 《……领导干部学法清单》): a document issued names a duty, it reports no head's act of it."""
    s = sentence_at(text, at)[0]
    return last_of(text, "《", at, s) > last_of(text, "》", at, s)


def restated(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]``, inside a cited 《title》, name what the sentence's act is on: past the
    title's 》, a clause of the sentence restates their head — a Chinese compound's last morpheme, its last
    ``HEAD_CHARS`` characters (规范性文件 → 文件) — and counts it (a figure after it in its clause): "严格执行《青山县行政规范性文件管理办法》，
    全年审核文件12件" reviews the documents the title names; "学习《行政复议法》" and "依据《……规范性文件管理办法》
    开展执法检查12次" restate none."""
    if end - start < HEAD_CHARS or not in_title(text, start):
        return False
    stop = sentence_at(text, start)[1]
    close = text.find("》", end, stop)
    if close < 0:
        return False
    head = text[end - HEAD_CHARS : end]
    at = text.find(head, close, stop)
    while at >= 0:
        hi = next_of(text, "，,", at + HEAD_CHARS)
        clause = stop if hi < 0 or hi > stop else hi
        if FIGURE.search(text[at + HEAD_CHARS : clause]) is not None:
            return True
        at = text.find(head, clause, stop)  # a later head in this clause has less of it after it: no figure either
    return False


HEAD_CHARS = 2  # a compound's head morpheme (文件 of 规范性文件, 执法 of 行政执法, 顾问 of 法律顾问)
