"""``lint --format json``: CONTRACTS version 1, key for key.

Keys are added to the contract's, never renamed: ``unit_source`` says where ``unit`` came from
(``title``, ``signature`` when the title names no unit — also a web page's 发文机关 —, ``body``, or
``draft`` front matter), ``year_source`` where ``year`` did (``title``, ``opening``, ``body``, ``draft``);
``ignored`` lists the dismissed findings, each with its ``reason``, its ``source`` (``draft``,
``option``, ``checklist``), ``dismissed_at`` (the line of the draft's comment, else null) and
``quote`` (the words the comment named, null for one that dismisses its rule on the whole paragraph);
``items`` gives each checklist item's ``status`` (covered, missing, not-applicable) and, when
covered, the ``line`` and the sentence (``evidence``) that covers it and its ``kind`` (figure, action, mention);
a missing item whose topic a sentence may report in other words has ``near`` (its ``line``, ``col``,
``quote`` and ``sentence``: ``checks/near.py``); one whose topic a sentence names has ``mention`` (the same keys:
``checks/mention.py``);
``commitments`` lists last year's promises (``text``), each ``reported`` at a ``line`` (``by`` the
writer's ``mark`` or a ``match``), ``set-aside`` (with the writer's ``reason``) or ``unreported``.
"""

from __future__ import annotations

import json
from typing import Any

from ..checks.originality import SimilarPair
from ..checks.results import NearSentence, Result
from ..checks.templates import Cluster
from ..lint import FileReport, display_path
from ..model import PART_IDS, Document, Meta
from ..sameunit import SameUnit
from ..skipped import Skipped

_YEAR_SOURCES = {"title": "title", "opening": "opening", "draft": "draft"}


def year_source(internal: str | None) -> str | None:
    """Where the year came from, as CONTRACTS names it: ``title``, ``opening``, ``body`` or ``draft``.

    The readers tell finer (a level-1 heading, the plan's year, the 成文日期): all of it is ``body``.
    """
    if internal is None:
        return None
    return _YEAR_SOURCES.get(internal, "body")


def file_entry(r: FileReport) -> dict[str, Any]:
    if r.error is not None or r.result is None or r.doc is None:
        return {"path": display_path(r.path), "error": r.error or "无法读取"}
    m, res = r.doc.meta, r.result
    entry = _entry(r, m, res, r.doc)
    if res.omitted:  # added to v1 (issue 29): rule → its findings past the first 200, not listed
        entry["omitted"] = dict(res.omitted)
    return entry


def _entry(r: FileReport, m: Meta, res: Result, doc: Document) -> dict[str, Any]:
    return {
        "path": display_path(r.path),
        "title": m.title,
        "unit": m.unit,
        "unit_source": m.unit_source,  # title | signature | body | draft (added to v1; null when unknown)
        "unit_type": r.unit_type,
        "type_source": m.type_source,  # option | draft | title | signature | body | publisher; null: not told
        "year": res.year,
        "year_source": year_source(m.year_source) if res.year == m.year else None,  # added to v1 (CONTRACTS)
        "checklist": res.checklist.id,
        "parts": {
            pid: {"status": res.parts[pid].status, "line": res.parts[pid].line, "heading": res.parts[pid].heading}
            for pid in PART_IDS
        },
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "part": f.part,
                "line": f.line,
                "col": doc.column(f.line, f.col)
                if f.line is not None
                else None,  # 1-based, where an editor shows it (v1)
                "message": f.message,
                "quote": f.quote or None,  # the words it is about, as in the report, ≤ 40 characters
            }
            for f in res.findings
        ],
        "items": [
            {
                "id": iid,
                "status": it.status,
                "line": it.line,
                "col": doc.column(it.line, it.col) if it.line is not None else None,  # 1-based, as a finding's (v1)
                "evidence": it.evidence,
                "quote": it.quote or None,  # the evidence's first words, ≤ 40 characters (added to v1)
                "kind": it.kind,
                **({"part": it.elsewhere} if it.elsewhere else {}),  # covered in another part (added to v1)
                # not covered, but this sentence may write it in other words (added to v1)
                **({"near": _sentence(doc, it.near)} if it.near is not None else {}),
                # not covered, near none, but this sentence names its topic (added to v1)
                **({"mention": _sentence(doc, it.mention)} if it.mention is not None else {}),
            }
            for iid, it in res.items.items()
        ],
        "commitments": [
            {"text": p.text, "status": p.status, "line": p.line, "by": p.by, "reason": p.reason} for p in res.promises
        ]
        or [
            {"text": text, "status": "reported" if line is not None else "unreported", "line": line}
            for text, line in res.commitments
        ],
        "ignored": [
            {
                "rule": g.finding.rule,
                "severity": g.finding.severity,
                "part": g.finding.part,
                "line": g.finding.line,
                "message": g.finding.message,
                "reason": g.reason,
                "source": g.source,
                "dismissed_at": g.line,
                "quote": g.quote or None,
            }
            for g in res.ignored
        ],
    }


def render(
    reports: list[FileReport],
    pairs: list[SimilarPair] | None = None,
    skipped: list[Skipped] | None = None,
    clusters: list[Cluster] | None = None,
    twice: list[SameUnit] | None = None,
) -> str:
    """``pairs`` (a folder's similar reports) adds the top-level key ``similar``, ``skipped`` (a folder's
    files that are not reports) the key ``skipped``: ``[{"path", "reason"}]``, ``clusters`` (reports
    from one template: {units, paths, share}) the key ``clusters``, ``twice`` (one unit's
    reports) the key ``same_unit``: ``[{"unit", "paths", "message"}]``; v1 readers ignore them."""
    files = [file_entry(r) for r in reports]
    ok = [r.result for r in reports if r.result is not None]
    summary = {
        "files": len(reports),
        "errors": sum(x.count("error") for x in ok),
        "warnings": sum(x.count("warning") for x in ok),
        "infos": sum(x.count("info") for x in ok),
        "ignored": sum(len(x.ignored) for x in ok),
    }
    if any(x.omitted for x in ok):  # added to v1 (issue 29): findings not listed, all files
        summary["omitted"] = sum(sum(x.omitted.values()) for x in ok)
    out: dict[str, Any] = {"version": 1, "files": files, "summary": summary}
    if skipped:
        out["skipped"] = [{"path": display_path(s.path), "reason": s.reason} for s in skipped]
    if twice:
        out["same_unit"] = [{"unit": t.unit, "paths": list(t.paths), "message": t.message} for t in twice]
    if pairs:
        out["similar"] = [{"a": p.path_a, "b": p.path_b, "share": p.share} for p in pairs]
    if clusters:
        out["clusters"] = [{"units": list(c.units), "paths": list(c.paths), "share": c.share} for c in clusters]
    return json.dumps(out, ensure_ascii=False, indent=2)


def _sentence(doc: Document, got: NearSentence) -> dict[str, object]:
    """A sentence an item not found points at (``near``, ``mention``): its place and words."""
    return {"line": got.line, "col": doc.column(got.line, got.col), "quote": got.quote, "sentence": got.sentence}
