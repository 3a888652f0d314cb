"""Dismissals a reviewer can audit (ruff's ``# noqa`` and Vale's comment switches are the models).

Three ways to dismiss a rule, all with a reason that stays visible:

- in a draft, ``<!-- drafter: 忽略 RULE 「QUOTE」 理由 -->`` on the line before a paragraph dismisses the
  finding of RULE on that paragraph's lines whose words are QUOTE (``dismissal_key``), or, where QUOTE is
  no finding's own words, whose words it covers in the paragraph (the wider words a message shows); the older
  ``<!-- drafter: 忽略 RULE 理由 -->`` dismisses all of RULE's findings there, as it always did (a
  directive before a part's heading covers findings placed on the heading, such as
  ``required-item``); a directive without a reason, naming no known rule or standing before
  nothing is itself a ``dismissal`` finding and dismisses nothing;
- ``lint --ignore RULE`` and ``ignore = ["RULE", …]`` in a user checklist dismiss RULE everywhere.

Dismissed findings are never dropped: ``apply`` moves them to ``Result.ignored``, each with its
reason, and every face lists and counts them (已忽略 N 条). The app writes directives with
``dismissal_comment`` / ``insert_dismissal``; both are pure and their output is what the reader
parses back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..lazyre import Lazy
from ..model import Dismissal, Document
from .context import Context
from .results import INFO, WARNING, Finding
from .rule import Rule, Scope

DISMISSAL = Rule(
    "dismissal",
    "忽略指令有误",
    Scope.DOCUMENT,
    {WARNING: "忽略指令没有理由、规则不存在或后面没有段落", INFO: "忽略指令下面的段落没有该问题"},
)
RULE = DISMISSAL.id
VERBS = ("忽略", "ignore")
MAX_QUOTE = 40
_RULE_ID = Lazy(r"^[a-z0-9][a-z0-9-]*$")
# verb, rule, then optionally the finding's words in 「」 (one finding, not the rule's every one), then the reason
_PARSE = Lazy(r"^(?P<verb>\S+)\s*(?P<rule>[A-Za-z0-9-]*)\s*(?:「(?P<quote>[^」\n]*)」)?\s*(?P<reason>.*)$", re.S)


@dataclass
class Ignored:
    """A dismissed finding and why: ``source`` is ``draft`` (a comment, at ``line``), ``option``
    (``--ignore``) or ``checklist`` (its ``ignore`` list); ``quote`` the words a draft's comment
    named (empty for a comment that dismisses the rule on the whole paragraph)."""

    finding: Finding
    reason: str
    source: str
    line: int | None = None
    quote: str = ""
    span: tuple[int, int] | None = None  # a draft comment's paragraph: its first and last line


@dataclass(frozen=True)
class Directive:
    """A dismissal comment that dismisses: its rule, reason and quote (empty: every finding of the
    rule in the paragraph, the old form), the paragraph's lines and the comment's own line."""

    rule: str
    reason: str
    quote: str
    first: int
    last: int
    line: int


def _clean_quote(text: str) -> str:
    """A quote as kept and compared: no blanks, 「」 as 『』 (they delimit it), at most MAX_QUOTE characters."""
    text = "".join(text.replace("「", "『").replace("」", "』").replace("-->", "—>").split())
    return text[:MAX_QUOTE]


def finding_quote(f: Finding, line_text: Callable[[int | None], str]) -> str:
    """The words ``f`` is about as they stand in the report (its span on its line), ≤ 40 characters;
    empty for a finding without a span."""
    if f.line is None or f.length <= 0:
        return ""
    return " ".join(line_text(f.line)[f.col : f.col + f.length].split())[:MAX_QUOTE]


_HEAD = Lazy(r"[：；。]")
_NAMED = Lazy(r"“([^”]+)”")


def dismissal_key(f: Finding) -> str:
    """What a dismissal comment quotes to name ``f``: its quote; for a finding on no words (a missing
    topic or a thin part, placed on a part's heading) the last “name” in its message's first clause
    (the topic, the part, the promise), else that clause without figures, so it holds while the
    writer edits (“部分只有23字” would change with every word)."""
    if f.quote and f.length:  # a finding on a part quotes its heading, but is named by its message
        return _clean_quote(f.quote)
    head = _HEAD.split(f.message, 1)[0]
    named = _NAMED.findall(head)
    return _clean_quote(named[-1] if named else re.sub(r"\d+(?:\.\d+)?", "", head))


def dismissal_comment(rule: str, reason: str, quote: str = "") -> str:
    """The comment that dismisses ``rule`` for the paragraph below it — with ``quote`` (a finding's
    ``dismissal_key``) only the finding on those words, e.g.
    ``dismissal_comment("figures", "目标值，不是比率", "办结率100%")`` →
    ``<!-- drafter: 忽略 figures 「办结率100%」 目标值，不是比率 -->``.

    The reason is required (ValueError when blank) and kept on one line; ``-->`` inside it is
    defused so the comment cannot end early. The markdown reader reads exactly this form back.
    """
    rule = rule.strip()
    if not _RULE_ID.match(rule):
        raise ValueError(f"规则编号“{rule}”无效")
    text = " ".join(reason.replace("-->", "—>").split())
    if not text:
        raise ValueError("忽略一条规则需要写明理由")
    if text.startswith("「"):
        text = "：" + text  # read back as the reason, not as a quote
    q = _clean_quote(quote)
    return f"<!-- drafter: 忽略 {rule} 「{q}」 {text} -->" if q else f"<!-- drafter: 忽略 {rule} {text} -->"


def insert_dismissal(text: str, line: int, rule: str, reason: str, quote: str = "") -> str:
    """``text`` (a whole draft) with ``dismissal_comment(rule, reason, quote)`` inserted on its own line
    before the paragraph that contains 1-based ``line`` (a finding's line).

    The paragraph starts after the nearest blank line above ``line`` (or at a heading); the new
    comment goes after any directives already there, so several can stand before one paragraph.
    """
    comment = dismissal_comment(rule, reason, quote)
    lines = text.split("\n")
    i = max(0, min(line - 1, len(lines) - 1))
    while (
        i > 0
        and lines[i - 1].strip()
        and not lines[i].lstrip().startswith("#")
        and not lines[i - 1].lstrip().startswith("<!--")
    ):
        i -= 1
    lines.insert(i, comment)
    return "\n".join(lines)


_COMMENT = Lazy(r"<!--\s*drafter\s*[:：](?!commitments\b)([^\n]*?)-->")  # as readers/markdown.py finds them


def remove_dismissal(text: str, line: int, rule: str | None, quote: str = "") -> str | None:
    """``text`` without the comment on its 1-based ``line`` that dismisses ``rule`` for ``quote``
    (the finding comes back at the next check); ``rule`` None: whatever directive stands there (one
    that dismisses nothing, a ``dismissal`` finding). A line left blank goes with its line break, and
    a comment that stood between two blank lines leaves one of them.
    None when the line holds no such comment (the text moved since the check). Nothing else changes."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    row = lines[line - 1]
    for m in _COMMENT.finditer(row):
        got = _PARSE.match(m.group(1).strip())
        if rule is not None and (got is None or got["verb"] not in VERBS or got["rule"] != rule):
            continue
        if rule is not None and got is not None and _clean_quote(got["quote"] or "") != _clean_quote(quote):
            continue
        rest = row[: m.start()] + row[m.end() :]
        if rest.strip():
            lines[line - 1] = rest
        else:
            del lines[line - 1]
            at = line - 1  # the line after it, now in its place
            if 0 < at < len(lines) and not lines[at - 1].strip() and not lines[at].strip():
                del lines[at]  # a comment between two blank lines: one blank line stays, not two
        return "\n".join(lines)
    return None


def parse(d: Dismissal, known: Iterable[str]) -> Directive | str:
    """The directive a comment makes, or the Chinese reason it dismisses nothing."""
    m = _PARSE.match(d.text.strip())
    if m is None or m["verb"] not in VERBS:
        return f"无法识别的指令“{d.text.strip()[:20]}”；应写作 <!-- drafter: 忽略 规则 理由 -->"
    rule, reason = m["rule"], " ".join(m["reason"].split())
    if not rule:
        return "忽略指令没有写规则；应写作 <!-- drafter: 忽略 规则 理由 -->"
    if rule not in set(known):
        return f"请改正规则名（drafter rule 列出全部规则）：没有名为“{rule}”的规则，这条忽略不起作用"
    if rule == RULE:
        return "dismissal 规则不能在正文中忽略"
    if not reason:
        return f"请写明理由，例如 {dismissal_comment(rule, '理由')}：忽略 {rule} 没有写理由，这条忽略不起作用"
    if d.first is None or d.last is None:
        return f"忽略 {rule} 的指令后面没有段落，这条忽略不起作用"
    return Directive(rule, reason, _clean_quote(m["quote"] or ""), d.first, d.last, d.line)


@DISMISSAL.check
def bad_directives(ctx: Context) -> Iterator[Finding]:
    """Directives that dismiss nothing (no reason, no such rule, nothing after them), at their line."""
    for d in ctx.doc.dismissals:
        got = parse(d, ctx.rules)
        if isinstance(got, str):
            yield DISMISSAL.finding(WARNING, got, d.line, 0, 0)


def apply(
    findings: list[Finding],
    doc: Document,
    known: Iterable[str],
    everywhere: Mapping[str, tuple[str, str]],
    *,
    report_unused: bool = True,
) -> tuple[list[Finding], list[Ignored]]:
    """(findings kept, findings dismissed): ``everywhere`` maps a rule to (reason, source).

    A directive with a quote dismisses the findings of its rule in its paragraph whose
    ``dismissal_key`` is that quote; one without, every finding of its rule there (the old form).
    Linear: directives are indexed by (rule, paragraph), each finding looks up its own.
    A directive that dismissed nothing is an info at its line (``report_unused``: only when
    every rule ran); ``dismissal`` findings themselves are dismissed only by ``everywhere``.
    """
    names = {k: r.name for k, r in known.items()} if isinstance(known, Mapping) else {}  # the registry's
    known = frozenset(known)
    directives = [got for d in doc.dismissals if not isinstance(got := parse(d, known), str)]
    if not directives and not everywhere:
        return findings, []
    para: dict[int, int] = {}  # source line → the first line of the paragraph a directive stands before
    lasts: dict[int, int] = {}  # a paragraph's first line → its last
    index: dict[tuple[str, int], tuple[dict[str, int], int | None]] = {}  # the first of each quote, the first without
    for k, d in enumerate(directives):
        if d.first not in para:
            lasts[d.first] = d.last
            for ln in range(d.first, d.last + 1):
                para.setdefault(ln, d.first)
        quoted, whole = index.get((d.rule, d.first), ({}, None))
        if d.quote:
            quoted.setdefault(d.quote, k)
        elif whole is None:
            whole = k
        index[(d.rule, d.first)] = (quoted, whole)
    kept: list[Finding] = []
    ignored: list[Ignored] = []
    used: set[int] = set()
    # a quote that is one finding's own words names that one only, not the others its words cover
    named = {(f.rule, para[f.line], dismissal_key(f)) for f in findings if f.line in para}
    texts = _Paragraphs(doc, lasts, named)
    for f in findings:
        hit = _directive_for(f, index, para, texts)
        if hit is not None:
            used.add(hit)
            d = directives[hit]
            ignored.append(Ignored(f, d.reason, "draft", d.line, d.quote, (d.first, d.last)))
        elif f.rule in everywhere:
            ignored.append(Ignored(f, *everywhere[f.rule]))
        else:
            kept.append(f)
    for k, d in enumerate(directives):
        if report_unused and k not in used and d.rule not in everywhere:
            name = names.get(d.rule, d.rule)  # the rule's Chinese name: the app shows no ids
            what = f"{name}「{d.quote}」" if d.quote else name
            f = DISMISSAL.finding(INFO, f"可删去这条忽略（{what}）：下面的段落已没有这个问题", d.line, 0, 0)
            if RULE in everywhere:
                ignored.append(Ignored(f, *everywhere[RULE]))
            else:
                kept.append(f)
    return kept, ignored


def _directive_for(
    f: Finding,
    index: Mapping[tuple[str, int], tuple[dict[str, int], int | None]],
    para: Mapping[int, int],
    texts: _Paragraphs,
) -> int | None:
    """The directive that dismisses ``f``: one quoting its words first, else one quoting words of its
    paragraph around them, else one naming only its rule."""
    if f.rule == RULE or f.line is None or (first := para.get(f.line)) is None:
        return None
    got = index.get((f.rule, first))
    if got is None:
        return None
    quoted, whole = got
    if quoted:
        k = quoted.get(dismissal_key(f))
        if k is None:
            k = texts.covering(f, first, quoted)
        if k is not None:
            return k
    return whole


class _Paragraphs:
    """The paragraphs directives stand before, blanks taken out as a quote's are, each read once: a
    quote that the finding's message shows (“推进法治政府建设，现将”, “《青山县 2024 年执法计划》”) runs wider
    than the finding's own words (，现将; 县 2024 年) and still names it."""

    def __init__(self, doc: Document, lasts: Mapping[int, int], named: set[tuple[str, int, str]]) -> None:
        self._doc, self._lasts, self._named = doc, lasts, named
        self._read: dict[int, tuple[str, dict[int, list[int]]]] = {}

    def covering(self, f: Finding, first: int, quoted: Mapping[str, int]) -> int | None:
        """The first directive in ``quoted`` whose quote stands in the paragraph over ``f``'s words and
        is no finding's own words there."""
        if f.line is None or f.length <= 0:
            return None
        text, at = self._paragraph(first)
        offsets = at.get(f.line)
        if offsets is None or f.col + f.length >= len(offsets):
            return None
        lo, hi = offsets[f.col], offsets[f.col + f.length]
        hits = [k for q, k in quoted.items() if (f.rule, first, q) not in self._named and _over(text, q, lo, hi)]
        return min(hits, default=None)

    def _paragraph(self, first: int) -> tuple[str, dict[int, list[int]]]:
        """The paragraph's text without blanks, and for each line where each of its characters falls."""
        if first not in self._read:
            out: list[str] = []
            at: dict[int, list[int]] = {}
            for ln in range(first, self._lasts[first] + 1):
                line = self._doc.line_text(ln)
                at[ln] = []
                for c in line:
                    at[ln].append(len(out))
                    if not c.isspace():
                        out.append(c)
                at[ln].append(len(out))
            self._read[first] = ("".join(out).replace("「", "『").replace("」", "』"), at)
        return self._read[first]


def _over(text: str, quote: str, lo: int, hi: int) -> bool:
    """Whether ``quote`` stands in ``text`` somewhere over ``lo``..``hi``."""
    at = text.find(quote, max(0, hi - len(quote)))
    return 0 <= at <= lo and at + len(quote) >= hi
