"""``lint --format github``: workflow commands that annotate files in a pull request."""

from __future__ import annotations

from ..lint import FileReport, display_path

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render(reports: list[FileReport]) -> str:
    out: list[str] = []
    for r in reports:
        path = _escape(display_path(r.path), prop=True)
        if r.error is not None or r.result is None:
            out.append(f"::error file={path},title=drafter::{_escape(r.error or '无法读取')}")
            continue
        for f in r.result.findings:
            where = f"file={path}"
            if f.line is not None:
                where += f",line={f.line},col={_column(r, f.line, f.col)}"
                if f.length:
                    where += f",endColumn={_column(r, f.line, f.col + f.length)}"
            out.append(
                f"::{_LEVEL[f.severity]} {where},title={_escape('drafter ' + f.rule, prop=True)}::{_escape(f.message)}"
            )
        if (note := r.result.omitted_text()) is not None:
            out.append(f"::notice file={path},title=drafter::{_escape(note)}")
    return "\n".join(out)


def _column(r: FileReport, line: int, col: int) -> int:
    """The 1-based column a writer's editor shows (``Document.column``)."""
    return r.doc.column(line, col) if r.doc is not None else col + 1
