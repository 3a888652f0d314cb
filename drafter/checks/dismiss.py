"""Dismissals a reviewer can audit (ruff's ``# noqa`` and Vale's comment switches are the models).

Three ways to dismiss a rule, all with a reason that stays visible:

- in a draft, ``<!-- drafter: 忽略 RULE 理由 -->`` on the line before a paragraph dismisses RULE's
  findings on that paragraph's lines (a directive before a part's heading covers findings placed on
  the heading, such as ``required-item``); a directive without a reason, naming no known rule or
  standing before nothing is itself a ``dismissal`` finding and dismisses nothing;
- ``lint --ignore RULE`` and ``ignore = ["RULE", …]`` in a user checklist dismiss RULE everywhere.

Dismissed findings are never dropped: ``apply`` moves them to ``Result.ignored``, each with its
reason, and every face lists and counts them (已忽略 N 条). The app writes directives with
``dismissal_comment`` / ``insert_dismissal``; both are pure and their output is what the reader
parses back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..model import Dismissal, Document
from . import Context, Finding
from .registry import rule, rules

RULE = "dismissal"
VERBS = ("忽略", "ignore")
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PARSE = re.compile(r"^(?P<verb>\S+)\s*(?P<rule>[A-Za-z0-9-]*)\s*(?P<reason>.*)$", re.S)


@dataclass
class Ignored:
    """A dismissed finding and why: ``source`` is ``draft`` (a comment, at ``line``), ``option``
    (``--ignore``) or ``checklist`` (its ``ignore`` list)."""

    finding: Finding
    reason: str
    source: str
    line: int | None = None


def dismissal_comment(rule: str, reason: str) -> str:
    """The comment that dismisses ``rule`` for the paragraph below it, e.g.
    ``dismissal_comment("figures", "目标值，不是比率")`` → ``<!-- drafter: 忽略 figures 目标值，不是比率 -->``.

    The reason is required (ValueError when blank) and kept on one line; ``-->`` inside it is
    defused so the comment cannot end early. The markdown reader reads exactly this form back.
    """
    rule = rule.strip()
    if not _RULE_ID.match(rule):
        raise ValueError(f"规则编号“{rule}”无效")
    text = " ".join(reason.replace("-->", "—>").split())
    if not text:
        raise ValueError("忽略一条规则需要写明理由")
    return f"<!-- drafter: 忽略 {rule} {text} -->"


def insert_dismissal(text: str, line: int, rule: str, reason: str) -> str:
    """``text`` (a whole draft) with ``dismissal_comment(rule, reason)`` inserted on its own line
    before the paragraph that contains 1-based ``line`` (a finding's line).

    The paragraph starts after the nearest blank line above ``line`` (or at a heading); the new
    comment goes after any directives already there, so several can stand before one paragraph.
    """
    comment = dismissal_comment(rule, reason)
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


def parse(d: Dismissal, known: Iterable[str]) -> tuple[str, str] | str:
    """(rule, reason) of a directive, or the Chinese reason it dismisses nothing."""
    m = _PARSE.match(d.text.strip())
    if m is None or m["verb"] not in VERBS:
        return f"无法识别的指令“{d.text.strip()[:20]}”；应写作 <!-- drafter: 忽略 规则 理由 -->"
    rule, reason = m["rule"], " ".join(m["reason"].split())
    if not rule:
        return "忽略指令没有写规则；应写作 <!-- drafter: 忽略 规则 理由 -->"
    if rule not in set(known):
        return f"没有名为“{rule}”的规则，这条忽略不起作用；drafter rule 列出全部规则"
    if rule == RULE:
        return "dismissal 规则不能在正文中忽略"
    if not reason:
        return f"忽略 {rule} 没有写理由，这条忽略不起作用；请写明理由，例如 {dismissal_comment(rule, '理由')}"
    if d.first is None:
        return f"忽略 {rule} 的指令后面没有段落，这条忽略不起作用"
    return rule, reason


@rule(RULE)
def bad_directives(ctx: Context) -> Iterator[Finding]:
    """Directives that dismiss nothing (no reason, no such rule, nothing after them), at their line."""
    known = rules()
    for d in ctx.doc.dismissals:
        got = parse(d, known)
        if isinstance(got, str):
            yield Finding(RULE, "warning", got, d.line, 0, 0)


def apply(
    findings: list[Finding],
    doc: Document,
    known: Iterable[str],
    everywhere: Mapping[str, tuple[str, str]],
    *,
    report_unused: bool = True,
) -> tuple[list[Finding], list[Ignored]]:
    """(findings kept, findings dismissed): ``everywhere`` maps a rule to (reason, source).

    A directive that dismissed nothing is an info at its line (``report_unused``: only when
    every rule ran); ``dismissal`` findings themselves are dismissed only by ``everywhere``.
    """
    known = tuple(known)
    spans: list[tuple[str, str, int, int, int]] = []  # rule, reason, first, last, directive line
    for d in doc.dismissals:
        got = parse(d, known)
        if not isinstance(got, str):
            assert d.first is not None and d.last is not None
            spans.append((got[0], got[1], d.first, d.last, d.line))
    if not spans and not everywhere:
        return findings, []
    kept: list[Finding] = []
    ignored: list[Ignored] = []
    used: set[int] = set()
    index = _Index(spans)
    for f in findings:
        hit = None if f.rule == RULE or f.line is None else index.first(f.rule, f.line)
        if hit is not None:
            used.add(hit)
            ignored.append(Ignored(f, spans[hit][1], "draft", spans[hit][4]))
        elif f.rule in everywhere:
            ignored.append(Ignored(f, *everywhere[f.rule]))
        else:
            kept.append(f)
    for k, (r, _, _, _, at) in enumerate(spans):
        if report_unused and k not in used and r not in everywhere:
            f = Finding(RULE, "info", f"这条忽略（{r}）下面的段落没有 {r} 问题，可以删去", at, 0, 0)
            if RULE in everywhere:
                ignored.append(Ignored(f, *everywhere[RULE]))
            else:
                kept.append(f)
    return kept, ignored


class _Index:
    """The directives of each rule by the lines they cover: which directive dismisses a finding,
    found in a few steps, not by reading every directive (a draft of 9,000 directives)."""

    def __init__(self, spans: list[tuple[str, str, int, int, int]]) -> None:
        by_rule: dict[str, list[tuple[int, int, int]]] = {}
        for k, (r, _, a, b, _) in enumerate(spans):
            by_rule.setdefault(r, []).append((a, b, k))
        self._spans: dict[str, tuple[list[int], list[int], list[tuple[int, int, int]]]] = {}
        for r, got in by_rule.items():
            got.sort()  # of directives on the same lines only the first can dismiss
            got = [g for i, g in enumerate(got) if i == 0 or got[i - 1][:2] != g[:2]]
            reach, far = [], -1
            for _, b, _ in got:
                far = max(far, b)
                reach.append(far)
            self._spans[r] = ([a for a, _, _ in got], reach, got)

    def first(self, rule: str, line: int) -> int | None:
        """The first directive (in the draft's order) of ``rule`` covering ``line``, or None."""
        if rule not in self._spans:
            return None
        starts, reach, got = self._spans[rule]
        best = None
        j = bisect_right(starts, line) - 1
        while j >= 0 and reach[j] >= line:  # earlier spans that may still reach ``line``
            _, b, k = got[j]
            if b >= line and (best is None or k < best):
                best = k
            j -= 1
        return best
