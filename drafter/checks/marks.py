"""Last year's promises and this year's report on them: matching, and the writer's marks.

``promises.py`` finds the promises and matches their words; this module decides where each stands:

- **the writer's mark** first. In the draft's 去年承诺 block, under a promise, a line
  ``已报告：「SENTENCE」`` points at the sentence of this year's measures that reports it, and
  ``不报告：REASON`` sets it aside with a reason. Both are plain text in the draft (older versions
  of drafter read the block's ``- `` lines and skip these);
- else **matching**: this year's measures name enough of the promise's content words
  (``promises.covered``); a promise made only of words every report uses (完善制度建设,
  规范行政行为, 提高依法行政水平) is reported by a clause naming its nouns together and in order
  (制度建设; 行政行为; 依法行政……水平), never by the common words scattered over the part;
- **never by last year's text**: a paragraph adopted from last year's report as it stood (years and
  figures aside) reports nothing, whatever it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lazyre import Lazy, compile
from ..model import Block, Document
from ..wordrx import common_words, lead_verbs
from .promises import _BLOCK, _CJK_RUN, MAX_COMMITMENT, Commitment, content_words, format_commitments

REPORTED = "已报告："
ASIDE = "不报告："
_SENTENCES = Lazy(r"[^。！？；\n]+[。！？；]?")


@dataclass(frozen=True)
class Mark:
    """The writer's word on a promise: ``reported`` by ``text`` (a sentence of this year's measures),
    or ``aside`` for the reason ``text``."""

    kind: str
    text: str

    def line(self) -> str:
        """The mark's line in the draft's 去年承诺 block (indented under its promise)."""
        body = " ".join(self.text.replace("-->", "—>").split())
        if self.kind == "reported":
            return f"  {REPORTED}「{body.replace('」', '』')}」"
        return f"  {ASIDE}{body}"


@dataclass(frozen=True)
class Standing:
    """Where a promise stands: ``status`` reported / unreported / set-aside; ``line`` of the
    paragraph that reports it; ``by`` ``mark`` or ``match``; ``reason`` for a set-aside one; ``lost``
    the marked sentence when it is no longer in the measures."""

    text: str
    status: str
    line: int | None = None
    by: str | None = None
    reason: str | None = None
    lost: str | None = None


# ------------------------------------------------------------ the marks, kept in the draft


def parse_marks(text: str) -> dict[str, Mark]:
    """Promise → the writer's mark, from the draft's 去年承诺 block (one search; indentation free)."""
    m = _BLOCK.search(text)
    end = text.find("-->", m.end()) if m else -1
    if m is None or end < 0:
        return {}
    out: dict[str, Mark] = {}
    current: str | None = None
    for raw in text[m.end() : end].split("\n"):
        line = raw.strip()
        if line.startswith("- "):
            current = line[2:].strip()
        elif current is not None and line.startswith(REPORTED):
            quote = line[len(REPORTED) :].strip()
            if quote.startswith("「") and quote.endswith("」"):
                quote = quote[1:-1]
            if quote.strip():
                out[current] = Mark("reported", quote.strip())
        elif current is not None and line.startswith(ASIDE) and line[len(ASIDE) :].strip():
            out[current] = Mark("aside", line[len(ASIDE) :].strip())
    return out


def set_mark(text: str, promise: str, mark: Mark | None) -> str:
    """``text`` (a whole draft, or its part before the first heading) with ``promise``'s mark set
    (None: removed). The promise is added to the 去年承诺 block when it is not listed (one of last
    year's plan items lint found in the report named by ``previous``); the block is made after the
    front matter when the draft has none."""
    m = _BLOCK.search(text)
    end = text.find("-->", m.end()) if m else -1
    if m is None or end < 0:
        block = format_commitments([Commitment(promise)])
        head, sep, body = text.partition("\n+++\n")
        text = head + sep + "\n" + block + "\n" + body if sep else block + "\n" + text
        m = _BLOCK.search(text)
        assert m is not None
        end = text.find("-->", m.end())
    lines = text[m.end() : end].split("\n")
    tail = lines.pop() if lines and not lines[-1].strip() else ""  # what stands before the -->
    at = next((i for i, ln in enumerate(lines) if ln.strip() == f"- {promise}"), None)
    if at is None:
        lines.append(f"- {promise.replace('--', '—')}")
        at = len(lines) - 1
    k = at + 1
    while k < len(lines) and lines[k].strip().startswith((REPORTED, ASIDE)):
        del lines[k]
    if mark is not None:
        lines.insert(at + 1, mark.line())
    return text[: m.end()] + "\n".join([*lines, tail]) + text[end:]


# ------------------------------------------------------------ matching


def _squash(text: str) -> str:
    return "".join(text.split())


def _key(text: str) -> str:
    """A paragraph as compared with last year's: no blanks, no figures (years and counts change)."""
    return re.sub(r"[\d\s.．%％,，、]", "", text)


def last_year_keys(previous: Document | None) -> frozenset[str]:
    """Last year's paragraphs as compared (``_key``): a paragraph of this year's equal to one of these
    was adopted as it stood."""
    if previous is None:
        return frozenset()
    return frozenset(k for b in previous.blocks if b.kind == "paragraph" and len(k := _key(b.text)) >= 8)


def own_reports(blocks: list[Block], adopted: frozenset[str]) -> list[Block]:
    """``blocks`` (this year's measures) without the paragraphs adopted from last year unchanged."""
    if not adopted:
        return blocks
    return [b for b in blocks if b.kind != "paragraph" or _key(b.text) not in adopted]


@lru_cache(maxsize=4096)
def generic_phrase(promise: str) -> tuple[str, ...]:
    """For a promise with no content words of its own (all of it common words), the words a sentence
    must name together: its Chinese runs with the leading verbs cut (完善制度建设 → 制度建设 → ("制度",
    "建设")); empty when the promise has content words of its own."""
    if content_words(promise):
        return ()
    words: list[str] = []
    for run in _CJK_RUN.findall(promise):
        while True:
            lead = next((v for v in lead_verbs() if run.startswith(v) and len(run) > len(v)), None)
            if lead is None:
                break
            run = run[len(lead) :]
        words += _segments(run)
    return tuple(dict.fromkeys(w for w in words if len(w) >= 2))


def _segments(run: str) -> list[str]:
    """A run cut into the common words it is made of (longest first), leftovers kept whole."""
    out: list[str] = []
    i, rest = 0, ""
    common = sorted(common_words(), key=len, reverse=True)
    while i < len(run):
        w = next((c for c in common if run.startswith(c, i)), None)
        if w is None:
            rest += run[i]
            i += 1
            continue
        if rest:
            out.append(rest)
            rest = ""
        out.append(w)
        i += len(w)
    if rest:
        out.append(rest)
    return out


@lru_cache(maxsize=1024)
def _phrase_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words in order within one clause, at most four characters between two ("依法行政能力和水平")."""
    return compile(r"[^，。；！？,;\n]{0,4}?".join(re.escape(w) for w in words))


def generic_line(words: tuple[str, ...], blocks: list[Block]) -> int | None:
    """The line of the first block naming ``words`` together: in order, in one clause."""
    rx = _phrase_rx(words)
    return next((b.line for b in blocks if rx.search(b.text)), None)


def marked_line(quote: str, blocks: list[Block]) -> int | None:
    """The line of the block of this year's measures holding the marked sentence (blanks aside)."""
    want = _squash(quote)
    return next((b.line for b in blocks if want and want in _squash(b.text)), None)


def standing(
    c: Commitment,
    mark: Mark | None,
    blocks: list[Block],
    matched: int | None,
) -> Standing:
    """Where promise ``c`` stands: the writer's mark, else ``matched`` (the line the words matched at,
    or None), else a generic promise's sentence."""
    if mark is not None and mark.kind == "aside":
        return Standing(c.text, "set-aside", None, "mark", mark.text)
    if mark is not None:
        line = marked_line(mark.text, blocks)
        if line is not None:
            return Standing(c.text, "reported", line, "mark")
        return Standing(c.text, "unreported", None, None, None, mark.text)
    if matched is not None:
        return Standing(c.text, "reported", matched, "match")
    words = generic_phrase(c.text.rstrip("…"))
    line = generic_line(words, blocks) if words else None
    if line is not None:
        return Standing(c.text, "reported", line, "match")
    return Standing(c.text, "unreported")


def sentence_at(text: str, col: int) -> str:
    """The sentence of ``text`` (one paragraph) around character ``col``: what a mark quotes."""
    for m in _SENTENCES.finditer(text):
        if m.start() <= col < max(m.end(), m.start() + 1) or (m.end() == len(text) and col >= len(text)):
            return m.group(0).strip()[: MAX_COMMITMENT * 2]
    return text.strip()[: MAX_COMMITMENT * 2]


__all__ = [
    "ASIDE",
    "REPORTED",
    "Mark",
    "Standing",
    "generic_line",
    "generic_phrase",
    "last_year_keys",
    "marked_line",
    "own_reports",
    "parse_marks",
    "sentence_at",
    "set_mark",
    "standing",
]
