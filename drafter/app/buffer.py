"""The draft being edited: front matter plus the body cut at its `##` headings.

The whole draft stays the model (checks, saves and renders see all of it); the
editor shows one section at a time. Sections are kept as exact slices of the
body's lines, so joining them gives the file back unchanged and a finding's
file line maps to (section, row) by counting lines.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import draft
from ..draft import DraftMeta, split_front_matter, validate
from ..readers.errors import ReadError

_PART_HEADING = re.compile(r"^##(?!#)\s*")
# a report, not a draft: opening one to edit would (on Ctrl+S) write a draft over it
REPORT_SUFFIXES = frozenset({".docx", ".doc", ".wps", ".wpt", ".pdf", ".ofd", ".rtf", ".odt", ".txt"})


def not_a_draft(path: Path) -> str:
    """Why ``path`` is last year's report rather than a draft (a Word file, a PDF, a .txt without the draft's
    +++ settings), or "" when it may be a draft."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        return ""
    if suffix == ".txt":
        try:
            with path.open("rb") as f:
                if f.read(64).decode("utf-8-sig", "replace").lstrip().startswith("+++"):
                    return ""
        except OSError:
            return ""  # the reader says what is wrong with it
    return (
        f"{path.name} 是一份报告，不是草稿；要以它为底稿起草今年的报告，请用 drafter new --from {path.name}"
        "（或在开始界面“新建草稿”的“去年报告”中填写它）"
    )


FIELDS = ("unit", "type", "year", "title", "addressee", "signature", "date", "doc_number", "closing", "fonts")
OPTIONAL = (
    "attachments",
    "cc",
    "issuer",
    "issued",
    "signer",
    "seal",
    "letterhead",
    "previous",
)  # written only when set, as import writes them


def front_matter(meta: DraftMeta) -> str:
    """The draft's `+++` block, fields in the order `import` writes them."""
    fields = [(key, getattr(meta, key)) for key in FIELDS]
    fields += [(key, _optional(getattr(meta, key))) for key in OPTIONAL]
    return draft.front_matter(fields)


def _optional(value: object) -> str | bool | list[str] | None:
    """An optional field's value, or None when it holds its default (so it is not written)."""
    return None if not value or value == "none" else value  # type: ignore[return-value]


def split_sections(body: str) -> list[str]:
    """[preamble, section, …]: each section starts at a `##` line."""
    out: list[list[str]] = [[]]
    for line in body.split("\n"):
        if _PART_HEADING.match(line) and line.strip() != "##":
            out.append([])
        out[-1].append(line)
    return ["\n".join(chunk) for chunk in out]


@dataclass
class DraftBuffer:
    """A draft file in memory: validated front matter and the body's sections."""

    path: Path
    meta: DraftMeta
    sections: list[str] = field(default_factory=lambda: [""])
    version: int = 0
    disk_hash: str = ""  # sha256 of the bytes loaded (app/lock.py compares it before each save)
    saved: str | None = None  # the text as loaded or last saved (None: not yet marked)
    _clean: tuple[int, bool] = (-1, False)  # (version, whether its text is ``saved``), asked once per version

    @classmethod
    def from_text(cls, text: str, path: Path) -> DraftBuffer:
        """Parse a draft; a file without front matter gets one from what it says."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        table, body, _ = split_front_matter(text)
        meta = _guess_meta(text) if table is None else validate(table)
        return cls(path, meta, split_sections(body))

    @classmethod
    def load(cls, path: Path) -> DraftBuffer:
        from ..readers.limits import read_bounded
        from .lock import MAX_DRAFT, digest

        refused = not_a_draft(path)
        if refused:
            raise ReadError(refused)
        try:
            data = read_bounded(path, MAX_DRAFT)
            text = data.decode("utf-8-sig")
        except ReadError as e:
            raise ReadError(f"无法读取 {path}：{e}") from None
        except UnicodeDecodeError:
            raise ReadError(f"无法读取 {path}：它不是草稿（草稿是 drafter 写的 UTF-8 文本 .md 文件）") from None
        buf = cls.from_text(text, path)
        buf.disk_hash = digest(data)
        return buf

    # ------------------------------------------------------------ text

    @property
    def head(self) -> str:
        return front_matter(self.meta)

    def body(self) -> str:
        return "\n".join(self.sections)

    def text(self) -> str:
        return self.head + "\n" + self.body()

    def mark_saved(self, text: str | None = None) -> None:
        """The text now (``text`` when the caller has it) is the draft on disk: loaded, saved or reloaded."""
        self.saved = self.text() if text is None else text
        self._clean = (self.version, True)

    @property
    def dirty(self) -> bool:
        """Whether the text differs from the draft on disk: typing and undoing it is no change, as in Word."""
        if self._clean[0] != self.version:
            self._clean = (self.version, self.text() == self.saved)
        return not self._clean[1]

    def set_section(self, i: int, text: str) -> None:
        if self.sections[i] != text:
            self.sections[i] = text
            self.version += 1

    def resplit(self) -> bool:
        """Re-cut the body after the writer added or removed a `##` line; True if it changed."""
        new = split_sections(self.body())
        changed = len(new) != len(self.sections)
        self.sections = new
        return changed

    # ------------------------------------------------------------ lines

    def start_line(self, i: int) -> int:
        """1-based file line of section ``i``'s first line."""
        line = self.head.count("\n") + 2
        for s in self.sections[:i]:
            line += s.count("\n") + 1
        return line

    def locate(self, line: int) -> tuple[int, int]:
        """(section index, 0-based row) of a 1-based file line (clamped to the body)."""
        start = self.head.count("\n") + 2
        for i, s in enumerate(self.sections):
            n = s.count("\n") + 1
            if line < start + n or i == len(self.sections) - 1:
                return i, max(0, min(line - start, n - 1))
            start += n
        return 0, 0

    def heading(self, i: int) -> str | None:
        """A section's `##` title, or None for the preamble."""
        if i == 0:
            return None
        first = self.sections[i].split("\n", 1)[0]
        return _PART_HEADING.sub("", first).strip()

    def insert_section(self, at: int, heading: str) -> int:
        """Add an empty `## heading` section before index ``at`` (≥1); returns its index."""
        at = max(1, min(at, len(self.sections)))
        if at > 0 and not self.sections[at - 1].endswith("\n"):
            self.sections[at - 1] += "\n"
        self.sections.insert(at, f"## {heading}\n\n")
        self.version += 1
        return at


def _guess_meta(text: str) -> DraftMeta:
    """Front matter for a plain Markdown report, from what the reader understood."""
    from ..readers.markdown import read_text

    doc = read_text(text)
    unit = doc.meta.unit if doc.meta.unit and len(doc.meta.unit) >= 2 else "（请填写单位）"
    from datetime import date

    return DraftMeta(unit=unit, year=doc.meta.year or date.today().year - 1, title=doc.meta.title)


def autosave_path(path: Path) -> Path:
    """The crash-safety copy beside the draft: `.NAME.autosave`."""
    from ..fsutil import side_name

    return path.with_name(side_name(path.name, "autosave", room=12))  # within NAME_MAX (atomic_write adds its own)


def last_edit(old: str, new: str) -> tuple[int, int] | None:
    """(0-based row, column) in ``new`` just after its last change from ``old``; None if equal.

    After a crash the autosaved copy differs from the saved draft exactly where the
    writer was typing: the end of the last changed stretch is where the cursor was.
    """
    a, b = old.split("\n"), new.split("\n")
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    _, i1, i2, j1, j2 = ops[-1]
    if j2 == j1:  # only removed lines: where they were
        return (j1, 0) if j1 < len(b) else (len(b) - 1, len(b[-1]))
    row = j2 - 1
    line = b[row]
    before = a[i2 - 1] if i2 > i1 else ""
    # the unchanged end of the line (as long as it does not overlap its unchanged start)
    prefix = 0
    while prefix < min(len(before), len(line)) and before[prefix] == line[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(before), len(line)) - prefix and before[-1 - suffix] == line[-1 - suffix]:
        suffix += 1
    return row, len(line) - suffix
