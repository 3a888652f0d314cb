"""Making drafts (blank or rolled forward), checking them, and the recent-drafts list.

The I/O around the pure pieces: reading last year's report, loading the
checklist, the small JSON list of recent drafts in the user's config folder.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .. import checklists, rollforward
from ..boilerplate import fragments
from ..checks import Memo, Result, check
from ..draft import DraftMeta, dump
from ..model import PART_IDS, Document
from ..readers import read_path, splice
from ..readers.errors import ReadError
from ..readers.markdown import read_text
from ..userdirs import config_dir
from .buffer import front_matter

DEFAULT_TYPE = "county_gov"
CLOSING = "特此报告。"  # DraftMeta's default: what a report to a superior ends with


def unit_types() -> dict[str, str]:
    """Unit type id → its checklist's Chinese name: every type the checklists define (data, not code)."""
    try:
        reg = checklists.registry()
    except ReadError:
        return {}
    return {tid: cl.name for tid, cl in sorted(reg.types.items(), key=lambda kv: (kv[1].order, kv[0]))}


def infer_type(unit: str) -> str | None:
    try:
        return checklists.registry().infer(unit)
    except ReadError:
        return None


def checklist_for(meta: DraftMeta) -> checklists.Checklist:
    """The draft's checklist: its type, else inferred from the unit, else county_gov."""
    name = meta.type or infer_type(meta.unit) or DEFAULT_TYPE
    try:
        return checklists.load(name)
    except ReadError:
        return checklists.load(DEFAULT_TYPE)


def run_check(
    text: str,
    checklist: checklists.Checklist,
    path: str = "",
    previous: Document | None = None,
    memo: Memo | None = None,
) -> Result:
    """Assemble → read → check: what the app does after each pause in typing.

    ``previous`` is last year's report (the draft's ``previous``), read once by ``load_previous``.
    ``memo`` is the drafting session's: what unchanged paragraphs gave last time is reused, and
    the last reading too (``splice``: a draft with one paragraph changed is not read again in full).
    """
    if memo is None:
        doc = read_text(text, path)
    else:
        kept = memo.map("reading")
        reading = splice.reread(text, kept.get(path), path)  # type: ignore[arg-type]
        kept.put(path, reading)
        doc = reading.doc
    return check(doc, checklist, year=doc.meta.year, previous=previous, boilerplate=fragments(), memo=memo)


def load_previous(meta: DraftMeta, draft: Path, root: Path | None = None) -> tuple[Document | None, str | None]:
    """Last year's report named in the draft's settings (relative to the draft's folder), or None;
    with a Chinese message when it is named but cannot be read.

    With a ``root`` (serve; ``edit --root``) the path must lie inside it, like every path typed in the
    app: one outside is refused before it is opened, with the same line whether or not a file is there.
    """
    if not meta.previous:
        return None, None
    target = (draft.parent / meta.previous) if not Path(meta.previous).is_absolute() else Path(meta.previous)
    if root is not None and not _within(target, root):
        return None, (
            f"去年的报告 {meta.previous} 不在文件夹 {root.resolve()} 中，不能读取；"
            "请把它放进这个文件夹，并在设置（F2）中改正“去年报告”"
        )
    try:
        return read_path(target), None
    except ReadError as e:
        return None, f"去年的报告 {meta.previous} 无法读取：{e}"


def _within(path: Path, root: Path) -> bool:
    """``path`` inside ``root`` once links and ``..`` are resolved (a missing file resolves too)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(root.resolve())
    except (OSError, ValueError):
        return False


_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def default_name(unit: str, year: int) -> str:
    """The draft's file name: unit and year, without characters a file name cannot hold."""
    return _NOT_IN_NAMES.sub("", f"{unit}{year}年度法治政府建设情况报告.md")


NUMBERS = "一二三四"


def blank(unit: str, unit_type: str | None, year: int) -> str:
    """A new draft: front matter, the opening and the four standard headings.

    The wording comes from the shared jinja2 templates (titles, opening, part
    headings) so a blank draft and ``drafter template`` agree; without them
    the built-in skeleton is used.
    """
    try:
        from ..render.templates import render as tpl

        title = tpl("title.j2", unit=unit, year=year)
        lines = ["", tpl("opening.j2", unit=unit, year=year).strip(), ""]
        for n, pid in enumerate(PART_IDS):
            heading = tpl("part_heading.j2", part=pid, year=year).strip()
            lines += [f"## {NUMBERS[n]}、{heading}", "", "", ""]
        body = "\n".join(lines)
    except Exception:  # templates missing or broken: never block starting a draft
        title, body = rollforward.title_for(unit, year), rollforward.skeleton_body(unit, year)
    meta = DraftMeta(unit=unit, type=unit_type, year=year, title=title)
    return front_matter(meta) + "\n" + body


@dataclass
class Started:
    """A draft begun from last year's report."""

    text: str
    unit: str
    year: int
    commitments: list[rollforward.Commitment]
    warning: str | None = None  # e.g. last year's report is older than the year before


def from_report(
    path: str | os.PathLike[str],
    unit: str | None = None,
    unit_type: str | None = None,
    year: int | None = None,
    draft_dir: str | os.PathLike[str] | None = None,
) -> Started:
    """Read last year's report, move it a year on, and keep its plan as commitments.

    The draft remembers the report as ``previous``, relative to ``draft_dir`` (the folder the
    draft will be saved in), so ``lint`` and the app compare this year's text with it.
    """
    doc = read_path(path)
    return roll_document(doc, unit, unit_type, year, previous=previous_path(path, draft_dir))


def roll_document(
    doc: Document, unit: str | None = None, unit_type: str | None = None, year: int | None = None, previous: str = ""
) -> Started:
    """Last year's report, already read, as this year's draft (see ``rollforward.roll_forward``)."""
    from ..checks.partheads import heading_parts

    unit = unit or doc.meta.unit
    if not unit:
        raise ReadError("无法从报告中识别单位名称；请先填写单位")
    if doc.meta.year is None:
        raise ReadError("无法识别去年报告的年度；请在标题中写明年份后再试")
    unit_type = unit_type or infer_type(unit)
    cl = checklists.load(unit_type or DEFAULT_TYPE)
    result = check(doc, cl, year=doc.meta.year)
    parts = {
        pid: list(pr.blocks)
        for pid in (*PART_IDS, "other")
        if (pr := result.parts[pid]).status == "present" and pr.blocks
    }
    headings = {
        pid: bs[0].text
        for pid, bs in parts.items()
        if bs[0].kind == "heading" and heading_parts(bs[0], cl, doc.meta.year) == [pid]
    }
    cs = rollforward.commitments(parts.get("plan", []))
    new_year = year or doc.meta.year + 1
    rolled = rollforward.roll_forward(
        doc,
        rollforward.LastYear(parts, headings),
        to_year=new_year,
        opening=opening_line(unit, new_year),
        commitments_=cs,
    )
    rolled.meta.unit, rolled.meta.unit_type = unit, unit_type
    old = doc.meta.unit
    if old and old != unit:  # the writer named the unit: the title and signature say it, not last year's name
        if rolled.meta.title and old in rolled.meta.title:
            rolled.meta.title = rolled.meta.title.replace(old, unit)
        if rolled.meta.signature == old:
            rolled.meta.signature = unit
    if not rolled.meta.title:
        rolled.meta.title = rollforward.title_for(unit, new_year)
    rolled.meta.previous = previous or None
    # last year's closing line, else the usual one: an empty field would leave the .docx without any
    closing = doc.meta.closing or next((b.text for b in rolled.blocks if b.role == "closing"), "") or CLOSING
    text = dump(rolled, closing=closing)
    note = rollforward.format_commitments(cs)
    if note:
        head, sep, body = text.partition("\n+++\n")
        text = head + sep + "\n" + note + "\n" + body
    return Started(text, unit, new_year, cs, age_warning(doc.meta.year, new_year))


def age_warning(source_year: int, year: int) -> str | None:
    """A report more than one year older than the draft's year is probably not last year's."""
    if year - source_year <= 1:
        return None
    # a phrase a line: the app's notice beside the editor holds 9 characters a row (it took 8 rows at 80×24);
    # `drafter new` prints the lines as one sentence
    return f"底稿是{source_year}年度报告\n比草稿早{year - source_year}年\n要写{source_year + 1}年度\n请按 F2 改年度"


def opening_line(unit: str, year: int) -> str:
    """Drafter's own opening sentence for ``unit`` and ``year`` (boilerplate: it covers nothing)."""
    try:
        from ..render.templates import render as tpl

        return tpl("opening.j2", unit=unit, year=year).strip()
    except Exception:  # templates missing or broken: the built-in line
        return f"{year}年，{unit}……现将有关情况报告如下："


def previous_path(source: str | os.PathLike[str], draft_dir: str | os.PathLike[str] | None) -> str:
    """Last year's report as the draft names it: relative to the draft's folder when possible
    (absolute without a folder, or on another drive)."""
    src = Path(source).expanduser().resolve()
    if draft_dir is None:
        return str(src)
    base = Path(draft_dir).expanduser().resolve()
    try:
        return Path(os.path.relpath(src, base)).as_posix()
    except ValueError:  # another drive (Windows): no relative path exists
        return str(src)


def make_draft(
    unit: str, unit_type: str | None, year: int, source: str = "", output: str = "", warnings: list[str] | None = None
) -> Path:
    """Write a new draft file (blank or rolled forward) and return its path; never overwrites.

    What the writer should know (last year's report is older than the year before) goes to ``warnings``.
    """
    from ..fsutil import atomic_write

    if unit:
        check_unit(unit)
    if source:
        folder = Path(unquote(output)).expanduser().parent if output else Path.cwd()
        started = from_report(Path(unquote(source)).expanduser(), unit or None, unit_type, year, draft_dir=folder)
        unit, text = started.unit, started.text
        if started.warning and warnings is not None:
            warnings.append(started.warning)
    else:
        if len(unit) < 2:
            raise ReadError("请填写单位名称，如：鲁山县辛集乡人民政府")
        text = blank(unit, unit_type or infer_type(unit), year)
    path = Path(unquote(output)).expanduser() if output else Path(default_name(unit, year))
    if path.suffix.lower() not in (".md", ".markdown"):
        path = path.with_name(path.name + ".md")
    if path.exists():
        raise ReadError(
            f"{path} 已存在；要继续写它请打开它（drafter edit {path.name}，或开始界面的“最近的草稿”），或换一个文件名"
        )
    atomic_write(path, text)
    return path


_NOT_A_NAME = re.compile(r'[\\/:*?"<>|]|\.(docx?|txt|md|pdf|wps)$', re.I)


def check_unit(unit: str) -> None:
    """A unit name, not a file path (it becomes the file name) and not too long for the front matter."""
    if _NOT_A_NAME.search(unit):
        raise ReadError(
            "单位名称应是单位全称，如：鲁山县辛集乡人民政府，不能含 / \\ : 等字符。"
            "以去年报告为底稿请把路径填在“去年报告”；检查一份报告请用“检查文件”（F4）"
        )
    if len(unit) > 60:
        raise ReadError("单位名称过长（最多60字）；请填写单位全称，如：鲁山县辛集乡人民政府")


def unquote(raw: str) -> str:
    """A path as pasted: file managers and “复制为路径” wrap it in quotes."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        raw = raw[1:-1].strip()
    return raw


# ------------------------------------------------------------ recent drafts

MAX_RECENT = 10


def _recent_file() -> Path:
    return config_dir() / "recent.json"


def recent() -> list[Path]:
    """Recent drafts, newest first (a broken list is an empty one, never an error)."""
    try:
        data = json.loads(_recent_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(p) for p in data if isinstance(p, str)][:MAX_RECENT] if isinstance(data, list) else []


def remember(path: Path) -> None:
    """Put ``path`` first in the recent list; failure to write it is not worth a message."""
    from ..fsutil import WriteError, atomic_write

    p = str(path.resolve())
    items = [p, *(str(x) for x in recent() if str(x) != p)][:MAX_RECENT]
    f = _recent_file()
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(f, json.dumps(items, ensure_ascii=False, indent=1), force=True)
    except (OSError, WriteError):
        pass
