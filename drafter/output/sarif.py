"""``lint --format sarif``: SARIF 2.1.0 for code-scanning dashboards.

Dismissed findings are results too, each with a ``suppressions`` entry (``inSource`` for a draft's
comment, ``external`` for ``--ignore`` or a checklist's ``ignore``) whose ``justification`` is the reason.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..lint import FileReport, display_path
from ..ruledocs import docs

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(reports: list[FileReport]) -> str:
    registry = docs()
    ids = list(registry)
    driver_rules = [
        {
            "id": rid,
            "name": rid,
            "shortDescription": {"text": d.title},
            "fullDescription": {"text": d.doc},
            "help": {"text": d.doc},
            "defaultConfiguration": {"level": _LEVEL[d.severity]},
        }
        for rid, d in registry.items()
    ]
    results: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for rep in reports:
        uri = display_path(rep.path)
        if rep.error is not None or rep.result is None:
            notes.append(
                {
                    "level": "error",
                    "message": {"text": rep.error or "无法读取"},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            continue
        dismissed = [(g.finding, g) for g in rep.result.ignored]
        for f, why in [*((f, None) for f in rep.result.findings), *dismissed]:
            loc: dict[str, Any] = {"artifactLocation": {"uri": uri}}
            if f.line is not None:
                region: dict[str, Any] = {"startLine": f.line, "startColumn": _column(rep, f.line, f.col)}
                if f.length:
                    region["endColumn"] = _column(rep, f.line, f.col + f.length)
                loc["region"] = region
            res: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": ids.index(f.rule),
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": loc}],
            }
            if why is not None:  # dismissed: still a result, with who dismissed it and why
                res["suppressions"] = [
                    {
                        "kind": "inSource" if why.source == "draft" else "external",
                        "status": "accepted",
                        "justification": why.reason,
                    }
                ]
            results.append(res)
        if (note := rep.result.omitted_text()) is not None:
            notes.append(
                {
                    "level": "note",
                    "message": {"text": note},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "drafter",
                "version": __version__,
                "informationUri": "https://example.invalid/drafter",
                "rules": driver_rules,
            }
        },
        "results": results,
        "invocations": [
            {"executionSuccessful": not any(n["level"] == "error" for n in notes), "toolExecutionNotifications": notes}
        ],
        "columnKind": "unicodeCodePoints",
    }
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _column(r: FileReport, line: int, col: int) -> int:
    """The 1-based column a writer's editor shows (``Document.column``)."""
    return r.doc.column(line, col) if r.doc is not None else col + 1
