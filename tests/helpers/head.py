"""Reading a report's head from text: shared by the head's tests (titles, cover letters, units)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from drafter import checklists
from drafter.lint import lint_paths
from drafter.model import Document
from drafter.output.jsonv1 import file_entry
from drafter.readers import read_bytes, read_path

BODY = "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n三、下一步工作安排\n加强培训。\n"


def read_text(text: str) -> Document:
    """A report pasted or saved as plain text (.txt): one paragraph a line."""
    return read_bytes(text.encode("utf-8"), "r.txt", ".txt")


def read_saved(folder: Path, text: str, name: str = "r.txt") -> Document:
    """``text`` saved in ``folder`` as ``name`` (UTF-8) and read back from the file, as lint reads it."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_path(path)


def title_unit_year(doc: Document) -> tuple[str | None, str | None, int | None]:
    """What a report's head says first: its title, its unit and its year."""
    return doc.meta.title, doc.meta.unit, doc.meta.year


def head_of(text: str) -> tuple[str | None, str | None, str | None, int | None]:
    """The title, unit, unit type and year read from ``text``."""
    doc = read_text(text)
    m = doc.meta
    return m.title, m.unit, checklists.registry().infer(m.unit), m.year


LETTER_BODY = (
    "2022年，青禾县在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，现将有关情况报告如下：\n"
    "一、2022年度推进法治政府建设的主要举措和成效\n全年办理行政复议案件12件，审核合同40份。\n"
    "二、存在的不足和原因\n人员不足，原因是编制少。\n三、2023年工作安排\n加强培训，年内培训执法人员300人次。\n"
)


def lint_text(text: str) -> dict[str, Any]:
    """What ``drafter lint --format json`` says of ``text`` saved as a .txt file."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "r.txt"
        path.write_text(text, encoding="utf-8")
        return file_entry(next(iter(lint_paths([str(path)]))))
