"""``lint --format json``: CONTRACTS version 1, key for key.

Keys are added to the contract's, never renamed: ``unit_source`` says where ``unit`` came from
(``title``, ``signature`` when the title names no unit, ``body``, or ``draft`` front matter);
``ignored`` lists the dismissed findings, each with its ``reason``, its ``source`` (``draft``,
``option``, ``checklist``) and ``dismissed_at`` (the line of the draft's comment, else null).
"""

from __future__ import annotations

import json
from typing import Any

from ..checks.originality import SimilarPair
from ..lint import FileReport, display_path
from ..model import PART_IDS


def file_entry(r: FileReport) -> dict[str, Any]:
    if r.error is not None or r.result is None or r.doc is None:
        return {"path": display_path(r.path), "error": r.error or "无法读取"}
    m, res = r.doc.meta, r.result
    return {
        "path": display_path(r.path),
        "title": m.title,
        "unit": m.unit,
        "unit_source": m.unit_source,  # title | signature | body | draft (added to v1; null when unknown)
        "unit_type": r.unit_type,
        "year": res.year,
        "checklist": res.checklist.id,
        "parts": {
            pid: {"status": res.parts[pid].status, "line": res.parts[pid].line, "heading": res.parts[pid].heading}
            for pid in PART_IDS
        },
        "findings": [
            {"rule": f.rule, "severity": f.severity, "part": f.part, "line": f.line, "message": f.message}
            for f in res.findings
        ],
        "ignored": [
            {"rule": g.finding.rule, "severity": g.finding.severity, "part": g.finding.part, "line": g.finding.line,
             "message": g.finding.message, "reason": g.reason, "source": g.source, "dismissed_at": g.line}
            for g in res.ignored
        ],
    }


def render(reports: list[FileReport], pairs: list[SimilarPair] | None = None) -> str:
    """``pairs`` (a folder's similar reports) adds the top-level key ``similar``; v1 readers ignore it."""
    files = [file_entry(r) for r in reports]
    ok = [r.result for r in reports if r.result is not None]
    summary = {
        "files": len(reports),
        "errors": sum(x.count("error") for x in ok),
        "warnings": sum(x.count("warning") for x in ok),
        "infos": sum(x.count("info") for x in ok),
        "ignored": sum(len(x.ignored) for x in ok),
    }
    out: dict[str, Any] = {"version": 1, "files": files, "summary": summary}
    if pairs:
        out["similar"] = [{"a": p.path_a, "b": p.path_b, "share": p.share} for p in pairs]
    return json.dumps(out, ensure_ascii=False, indent=2)
