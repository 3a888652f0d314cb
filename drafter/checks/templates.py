"""Template copies: reports of a folder written from one 底稿 (a text a county hands out).

``originality.compare`` counts paragraph pairs through the samples they share, which is quadratic in
the reports holding a sample; it stops at samples found in more than ``PAIRWISE_DOCS`` reports. Such
a sample is a stock phrase (学习贯彻习近平法治思想…) *or* part of a template many units copied; the count
of reports cannot tell them apart (45 copies of one template would look like a stock phrase). So the
paragraphs holding such samples are grouped here, in time linear in the folder:

1. **Paragraph classes.** Each such paragraph is keyed by its ``KEYS`` samples found in the fewest
   reports (a template's samples are rarer than a stock phrase's, so copies of one paragraph pick the
   same keys); it joins the class of the first earlier paragraph under one of its keys (at most
   ``LEADERS`` are kept per key) whose shingles it shares both ways at ``COPY_SHARE`` — the same
   containment as every other copy. A key under which ``SATURATED`` comparisons found no match is a
   stock phrase and no longer tried (a template's keys match at their first comparisons).
2. **Report clusters.** Reports are taken in order; a report joins an earlier report (a
   *representative*) when at least ``CLUSTER_SHARE`` of its body is in classes that report also has,
   else it becomes a representative itself. A class found in the reports of more than ``MAX_REPS``
   representatives is a stock paragraph: the reports sharing it are *not otherwise alike*, and it
   counts for nothing. This — whether the reports sharing a paragraph are near-identical — is what
   tells stock text from a template, not the number of reports. The same holds for a paragraph the
   pairwise count found: copied into the reports of more than ``MAX_REPS`` clusters, it is stock.

No I/O; everything is indexes into the folder's paragraph list built by ``compare``.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .originality import Paragraph

KEYS = 3  # samples a paragraph is indexed under
LEADERS = 8  # paragraphs kept per key to compare a newcomer with (bounds the work on a stock phrase)
SATURATED = 4 * LEADERS  # comparisons under one key without a match: the key is a stock phrase, skipped
MAX_REPS = 20  # a class in more clusters' representatives than this is a stock paragraph
CLUSTER_SHARE = 0.5  # share of a report's body copied from another that makes them one template's copies
MIN_CLUSTER = 3  # reports: a cluster smaller than this is a pair, shown as one
PAIRS_PER_CLUSTER = 5  # the most similar pairs kept of a cluster (the cluster row stands for the rest)


@dataclass(frozen=True)
class Cluster:
    """Reports (indexes, or paths once a face resolves them) that share most of their text."""

    paths: tuple[str, ...]
    units: tuple[str | None, ...]
    share: float  # the median, over the reports, of the share of its body found in the others


class _Finder:
    """Union-find over ints, with path halving."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        p = self.parent
        p.setdefault(x, x)
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def paragraph_classes(
    paras: Sequence[Paragraph], doc_of: Sequence[int], units: Sequence[str | None], common: dict[int, int], share: float
) -> tuple[list[list[int]], dict[int, tuple[int, float]]]:
    """Classes (lists of paragraph indexes, in order) of near-identical paragraphs in two reports or more,
    and for each member a paragraph of another report it was matched with and its containment there.

    ``common`` maps each sample found in too many reports for pairwise counting to that number of
    reports shifted left by 32 bits, plus the sample: its ints sort by rarity.
    """
    leaders: dict[int, list[int]] = defaultdict(list)
    sample_sets: dict[int, frozenset[int]] = {}
    hash_sets: dict[int, frozenset[int]] = {}
    partner: dict[int, tuple[int, float]] = {}
    found = _Finder()
    seen: list[int] = []

    def near(g: int, other: int) -> bool:
        sg = sample_sets.get(g) or sample_sets.setdefault(g, frozenset(paras[g].samples))
        so = sample_sets.get(other) or sample_sets.setdefault(other, frozenset(paras[other].samples))
        if len(sg & so) < share * 0.6 * max(len(sg), len(so)):
            return False  # the samples estimate the shingles: far apart, no exact count needed
        hg = hash_sets.get(g) or hash_sets.setdefault(g, frozenset(array("I", paras[g].hashes)))
        ho = hash_sets.get(other) or hash_sets.setdefault(other, frozenset(array("I", paras[other].hashes)))
        c = len(hg & ho)
        if c < share * len(hg) or c < share * len(ho):
            return False
        partner[g] = (other, c / len(hg))
        partner.setdefault(other, (g, c / len(ho)))
        return True

    tried: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # key → [comparisons, matches]
    for g, p in enumerate(paras):
        keys = sorted(filter(None, map(common.get, p.samples)))[:KEYS]
        if not keys:
            continue
        seen.append(g)
        dg, ug = doc_of[g], units[doc_of[g]]
        match = None
        for k in keys:
            score = tried[k]
            if score[1] == 0 and score[0] > SATURATED:
                continue  # a stock phrase: its paragraphs never match each other
            ls = leaders[k]
            for i, o in enumerate(ls):
                if doc_of[o] == dg or (ug is not None and units[doc_of[o]] == ug):
                    continue
                score[0] += 1
                if near(g, o):
                    score[1] += 1
                    match = o
                    if i:  # the leader that matches goes first: the next copy meets it at once
                        ls.insert(0, ls.pop(i))
                    break
            if match is not None:
                break
        if match is not None:
            found.union(g, match)
            continue
        for k in keys:
            if len(leaders[k]) < LEADERS:
                leaders[k].append(g)
    groups: dict[int, list[int]] = defaultdict(list)
    for g in seen:
        if g in found.parent:
            groups[found.find(g)].append(g)
    return [m for m in groups.values() if len(m) > 1 and len({doc_of[g] for g in m}) > 1], partner


def report_edges(
    classes: list[list[int]], paras: Sequence[Paragraph], doc_of: Sequence[int], body_chars: Sequence[int]
) -> tuple[list[tuple[int, int, float]], set[int]]:
    """(report, representative, share) for each report joining an earlier one, and the stock classes."""
    doc_classes: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for c, members in enumerate(classes):
        for g in members:
            doc_classes[doc_of[g]][c] += paras[g].chars
    reps: list[list[int]] = [[] for _ in classes]
    joined: list[tuple[int, int]] = []
    for d in sorted(doc_classes):
        total = body_chars[d]
        votes: dict[int, int] = defaultdict(int)
        for c, chars in doc_classes[d].items():
            if len(reps[c]) <= MAX_REPS:
                for r in reps[c]:
                    votes[r] += chars
        good = [r for r, v in votes.items() if total and v >= CLUSTER_SHARE * total]
        if good:
            joined += [(d, r) for r in good]
        else:
            for c in doc_classes[d]:
                reps[c].append(d)
    stock = {c for c, rs in enumerate(reps) if len(rs) > MAX_REPS}
    edges = []
    for d, r in joined:  # a class that turned out stock after the report joined no longer counts
        v = sum(chars for c, chars in doc_classes[d].items() if c not in stock and r in reps[c])
        if body_chars[d] and v >= CLUSTER_SHARE * body_chars[d]:
            edges.append((d, r, v / body_chars[d]))
    return edges, stock


def components(n: int, edges: Sequence[tuple[int, int]]) -> list[int]:
    """The component (its least report index) of each of ``n`` reports."""
    found = _Finder()
    for a, b in edges:
        found.union(a, b)
    return [found.find(d) for d in range(n)]
