"""Copied text shared between units of a folder (``copied-across-units``), and how copy detection works.

This module is the folder comparison; ``previous.py`` compares a report with last year's, and
``shingles.py`` holds the text both compare.

Both comparisons work on *normalised* paragraphs: numbers and years are dropped
(a copy that only updates the figures is still a copy), and so are punctuation
and spaces. A paragraph is then its set of character 5-grams ("shingles").

- ``copied-from-previous`` (one report against last year's): a paragraph of this
  year's body is a copy when at least ``COPY_SHARE`` of its shingles occur in one
  paragraph of last year's report (containment, not Jaccard: a copy that drops a
  sentence is still a copy). Exact sets, indexed once per previous report.
- ``copied-across-units`` (a folder): every report's paragraphs are reduced to a
  content-defined *sample* of shingle hashes (those ≡ 0 mod ``SAMPLE``), so two
  copies keep the same sample and the shared part of two samples estimates the
  shared part of the texts. An inverted index of the *rare* samples finds the
  candidate pairs (``MIN_RARE`` shared rare samples at least); each candidate's containment is
  then counted exactly, on all its shingle hashes, with the same threshold as the comparison with
  last year. A sample found in more than ``PAIRWISE_DOCS`` reports is not counted pairwise: it is a
  stock phrase (学习贯彻习近平法治思想…) or part of a template many units copied, and ``templates``
  tells which — by whether the reports sharing it are otherwise near-identical — and groups such
  reports into clusters ("这 45 个单位的报告有八成相同"), whose pairs are capped.
  Linear in the folder, not quadratic.

The threshold (0.5) comes from the seeds (``bench/originality_bench.py --figures``
prints them). Paragraphs of at least ``MIN_CHARS`` (30) normalised characters are
judged; shorter ones are mostly stock phrases. Over the 226 such paragraphs of one
seed matched against each other seed, the best containment is at most 0.39 (a
stock opening sentence; 99th percentile 0.24, 95th 0.14), while a paragraph with
its figures changed scores 1.0 and one with its figures changed *and* three
two-character words replaced scores 0.62 at worst (median 0.85, n=87). 0.5 sits
in the gap.

No I/O: ``fingerprint`` and ``compare`` take documents already read; fingerprints
are small tuples of ints, so a process pool can send them back.
"""

from __future__ import annotations

import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass

from ..model import Document
from . import templates
from .results import WARNING, Finding
from .rule import Rule, Scope
from .shingles import COPY_SHARE, MIN_CHARS, K, normalise, opening_of, paragraphs
from .templates import Cluster

SAMPLE = 4  # folder comparison keeps shingles whose hash ≡ 0 (mod SAMPLE)
MIN_SAMPLES = 5  # a paragraph needs this many samples to be compared across units
MIN_RARE = 3  # shared rare samples that make two paragraphs candidates
_ENDS = tuple("。！？!?；;…”’）)")  # a paragraph ending without one of these breaks off (an opening's last)
PAIRWISE_DOCS = 40  # a sample in more reports than this is not counted pairwise (``templates`` groups them)
PAIR_SHARE = 0.25  # units sharing at least this share of one's body text are a similar pair

COPIED_ACROSS_UNITS = Rule(
    "copied-across-units",
    "与其他单位的报告段落相同",
    Scope.FOLDER,
    {WARNING: "段落与同一文件夹中另一单位的报告基本相同"},
)


@dataclass(frozen=True)
class Paragraph:
    line: int
    col: int
    length: int
    part: str | None
    chars: int  # normalised characters
    samples: tuple[int, ...]  # the shingle hashes ≡ 0 (mod SAMPLE): the index keys
    hashes: bytes  # every shingle hash, packed uint32: the exact comparison of a candidate pair


@dataclass(frozen=True)
class Fingerprint:
    """What the folder comparison needs of one report: small and picklable."""

    paragraphs: tuple[Paragraph, ...]
    body_chars: int
    unit: str | None = None  # two reports of the same unit (two years, two versions) are not compared


@dataclass(frozen=True)
class SimilarPair:
    """Two reports (indexes into the folder, or paths once a face resolves them) and the share."""

    path_a: str
    path_b: str
    share: float


def fingerprint(doc: Document, parts: dict[int, str] | None = None) -> Fingerprint:
    """Samples of each body paragraph. ``parts`` maps id(block) → part id (from a check Result)."""
    paras = []
    total = 0
    opening = opening_of(doc)  # across units the opening stays out: every unit's says much the same
    body = paragraphs(doc)
    cut = body[-1] if body and not body[-1].text.rstrip().endswith(_ENDS) else None
    for b in body:
        s = normalise(b.text)
        total += len(s)
        if len(s) < MIN_CHARS or b is opening or (b is cut and len(s) < 2 * MIN_CHARS):
            continue  # a copy's first page broken off in a short paragraph: its stock phrase is no copy
        raw = s.encode("utf-32-le")  # 4 bytes a character: a shingle is a 20-byte slice, hashed by crc32
        hashes = {zlib.crc32(raw[i : i + 4 * K]) for i in range(0, len(raw) - 4 * K + 4, 4)}
        samples = tuple(h for h in hashes if h % SAMPLE == 0)
        if len(samples) >= MIN_SAMPLES:
            paras.append(
                Paragraph(
                    b.line, b.col, len(b.text), (parts or {}).get(id(b)), len(s), samples, array("I", hashes).tobytes()
                )
            )
    return Fingerprint(tuple(paras), total, doc.meta.unit or doc.meta.generic_unit)  # "县人民政府": one unit's still


@dataclass(frozen=True)
class Comparison:
    """What the folder comparison finds: findings per report, pairs (capped inside a cluster), clusters."""

    findings: list[list[Finding]]
    pairs: list[SimilarPair]
    clusters: list[Cluster]


def compare(prints: list[Fingerprint], names: list[str]) -> tuple[list[list[Finding]], list[SimilarPair]]:
    """Findings for each report (``copied-across-units``) and the similar pairs, most similar first."""
    c = compare_folder(prints, names)
    return c.findings, c.pairs


@COPIED_ACROSS_UNITS.check_folder
def compare_folder(prints: list[Fingerprint], names: list[str]) -> Comparison:
    """The folder comparison; ``names`` are the reports' paths as the faces show them, in the order of ``prints``."""
    doc_of: list[int] = []
    para_of: list[Paragraph] = []
    postings: dict[int, list[int]] = defaultdict(list)
    for d, fp in enumerate(prints):
        for p in fp.paragraphs:
            g = len(para_of)
            doc_of.append(d)
            para_of.append(p)
            for h in p.samples:
                postings[h].append(g)
    units = [fp.unit for fp in prints]
    common: dict[int, int] = {}  # sample → reports, for samples too widespread to count pairs through
    candidates = _candidates(postings, doc_of, units, common)
    best, copied, sources = _exact(candidates, para_of, doc_of, len(para_of))
    body = [fp.body_chars for fp in prints]
    pair_share: dict[tuple[int, int], float] = {}
    for (dx, dy), paras in copied.items():
        if body[dx]:
            key = (min(dx, dy), max(dx, dy))
            pair_share[key] = max(pair_share.get(key, 0.0), sum(para_of[g].chars for g in paras) / body[dx])
    classes, partner = templates.paragraph_classes(para_of, doc_of, units, common, COPY_SHARE)
    edges, stock = templates.report_edges(classes, para_of, doc_of, body)
    for d, r, s in edges:
        key = (min(d, r), max(d, r))
        pair_share[key] = max(pair_share.get(key, 0.0), s)
    comp = templates.components(len(prints), [k for k, s in pair_share.items() if s >= templates.CLUSTER_SHARE])
    for x, docs in sources.items():
        if len(docs) >= templates.MAX_REPS and len({comp[d] for d in docs} | {comp[doc_of[x]]}) > templates.MAX_REPS:
            best.pop(x, None)  # in the reports of many clusters, alike in nothing else: a stock paragraph
    shared: dict[int, set[int]] = defaultdict(set)  # report → its paragraphs found in its cluster's others
    for (dx, dy), paras in copied.items():
        if comp[dx] == comp[dy]:
            shared[dx] |= paras
    for c, members in enumerate(classes):
        if c not in stock:
            _class_copies(members, para_of, doc_of, comp, partner, best, sources, shared)
    findings = _findings(best, sources, para_of, doc_of, names, len(prints))
    clusters, cluster_of = _clusters(comp, shared, para_of, body, names, units)
    return Comparison(findings, _pairs(pair_share, cluster_of, names), clusters)


def _candidates(
    postings: dict[int, list[int]], doc_of: list[int], units: list[str | None], common: dict[int, int]
) -> dict[int, int]:
    """Paragraph pairs (a * n + b) → rare samples they share; widespread samples go to ``common``."""
    n = len(doc_of)
    candidates: dict[int, int] = defaultdict(int)
    for h, gids in postings.items():
        if len(gids) < 2:
            continue
        if len(gids) > PAIRWISE_DOCS:
            docs = len(set(map(doc_of.__getitem__, gids)))
            if docs > PAIRWISE_DOCS:
                common[h] = docs << 32 | h  # stock phrase or template: ``templates`` tells which
                continue
        for i, a in enumerate(gids):
            da = doc_of[a]
            ua = units[da]
            for b in gids[i + 1 :]:
                db = doc_of[b]
                if db != da and (ua is None or units[db] != ua):
                    candidates[a * n + b] += 1
    return candidates


def _exact(
    candidates: dict[int, int], para_of: list[Paragraph], doc_of: list[int], n: int
) -> tuple[dict[int, tuple[float, int]], dict[tuple[int, int], set[int]], dict[int, set[int]]]:
    """Containment counted exactly for each candidate pair: (best match of each copied paragraph,
    (report, other report) → its copied paragraphs, paragraph → the other reports it is found in)."""
    sets: dict[int, frozenset[int]] = {}
    best: dict[int, tuple[float, int]] = {}
    copied: dict[tuple[int, int], set[int]] = defaultdict(set)
    sources: dict[int, set[int]] = defaultdict(set)
    for key, rare in candidates.items():
        if rare < MIN_RARE:
            continue  # a shared rare shingle or two is chance
        a, b = divmod(key, n)
        sa = sets.get(a) or sets.setdefault(a, _unpack(para_of[a].hashes))
        sb = sets.get(b) or sets.setdefault(b, _unpack(para_of[b].hashes))
        c = len(sa & sb)  # every shingle, stock phrases included: containment exactly as for last year
        for x, y, sx in ((a, b, sa), (b, a, sb)):
            share = c / len(sx)
            if share >= COPY_SHARE:
                copied[(doc_of[x], doc_of[y])].add(x)
                sources[x].add(doc_of[y])
                if share > best.get(x, (0.0, -1))[0]:
                    best[x] = (share, y)
    return best, copied, sources


def _class_copies(
    members: list[int],
    para_of: list[Paragraph],
    doc_of: list[int],
    comp: list[int],
    partner: dict[int, tuple[int, float]],
    best: dict[int, tuple[float, int]],
    sources: dict[int, set[int]],
    shared: dict[int, set[int]],
) -> None:
    """A template paragraph is a copy where its class has another report of the same cluster."""
    by_comp: dict[int, list[int]] = defaultdict(list)
    for g in members:
        by_comp[comp[doc_of[g]]].append(g)
    for group in by_comp.values():
        docs = {doc_of[g] for g in group}
        if len(docs) < 2:
            continue
        for x in group:
            dx = doc_of[x]
            shared[dx].add(x)
            sources[x] |= docs
            sources[x].discard(dx)
            if x in best:
                continue
            y, share = partner.get(x, (-1, 0.0))
            if y < 0 or comp[doc_of[y]] != comp[dx]:  # matched outside the cluster: count with one inside
                y = next(g for g in group if doc_of[g] != dx)
                sx = _unpack(para_of[x].hashes)
                share = len(sx & _unpack(para_of[y].hashes)) / len(sx)
            best[x] = (share, y)


def _findings(
    best: dict[int, tuple[float, int]],
    sources: dict[int, set[int]],
    para_of: list[Paragraph],
    doc_of: list[int],
    names: list[str],
    reports: int,
) -> list[list[Finding]]:
    findings: list[list[Finding]] = [[] for _ in range(reports)]
    for x, (share, y) in sorted(best.items()):
        p, q = para_of[x], para_of[y]
        more = f"（另有{len(sources[x]) - 1}个单位的报告也有此段）" if len(sources[x]) > 1 else ""
        findings[doc_of[x]].append(
            COPIED_ACROSS_UNITS.finding(
                WARNING,
                f"请写本单位自己的情况：本段与 {names[doc_of[y]]} 第{q.line}行的段落基本相同"
                f"（约{min(100, round(share * 100))}%）{more}",
                p.line,
                p.col,
                p.length,
                p.part,
            )
        )
    return findings


def _clusters(
    comp: list[int],
    shared: dict[int, set[int]],
    para_of: list[Paragraph],
    body: list[int],
    names: list[str],
    units: list[str | None],
) -> tuple[list[Cluster], dict[int, int]]:
    """Clusters of ``MIN_CLUSTER`` reports or more, largest first; and each member's cluster index."""
    from statistics import median  # here, not at import (cold start): only a folder has clusters

    members: dict[int, list[int]] = defaultdict(list)
    for d, c in enumerate(comp):
        members[c].append(d)
    big = sorted((m for m in members.values() if len(m) >= templates.MIN_CLUSTER), key=lambda m: (-len(m), m[0]))
    out: list[Cluster] = []
    cluster_of: dict[int, int] = {}
    for i, m in enumerate(big):
        shares = [sum(para_of[g].chars for g in shared[d]) / body[d] if body[d] else 0.0 for d in m]
        out.append(Cluster(tuple(names[d] for d in m), tuple(units[d] for d in m), round(median(shares), 3)))
        cluster_of.update((d, i) for d in m)
    return out, cluster_of


def _pairs(pair_share: dict[tuple[int, int], float], cluster_of: dict[int, int], names: list[str]) -> list[SimilarPair]:
    """The similar pairs, most similar first; of the pairs inside a cluster, or between a cluster and a
    report or another cluster, only the closest ``PAIRS_PER_CLUSTER``."""
    ranked = sorted(
        ((s, a, b) for (a, b), s in pair_share.items() if s >= PAIR_SHARE),
        key=lambda t: (-t[0], names[t[1]], names[t[2]]),
    )
    kept: dict[tuple[int, int], int] = defaultdict(int)
    out = []
    for s, a, b in ranked:
        ca, cb = cluster_of.get(a, -1 - a), cluster_of.get(b, -1 - b)  # a report alone is its own group
        if ca >= 0 or cb >= 0:  # inside a cluster, between two, or one report and a cluster: the closest few
            group = (min(ca, cb), max(ca, cb))
            kept[group] += 1
            if kept[group] > templates.PAIRS_PER_CLUSTER:
                continue
        out.append(SimilarPair(names[a], names[b], round(s, 3)))
    return out


def _unpack(packed: bytes) -> frozenset[int]:
    return frozenset(array("I", packed))
