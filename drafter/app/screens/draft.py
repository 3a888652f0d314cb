"""The drafting screen: outline, one part in the editor, checklist and findings beside it.

The whole draft is the model; the editor holds one `##` section. After each
pause in typing the draft is assembled, read and checked in a worker thread,
so a keystroke never waits for a check. The draft file changes only when the
writer saves (Ctrl+S, export, 保存并退出); what was typed since goes every
second to a recovery copy beside it (``.NAME.autosave``), offered after a crash.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Header, Static, TextArea

from ...checks import Memo, Result
from ...draft import DraftMeta
from ...readers.errors import ReadError
from ...rollforward import parse_commitments, title_for
from .. import drafts, editing, paths, place, places
from ..buffer import DraftBuffer
from ..linebreak import clamp_note
from ..lock import DraftLock, Guard
from ..view import View
from ..widgets.editor import Editor
from ..widgets.findbar import FindBar
from ..widgets.footer import DraftFooter
from ..widgets.outline import Outline
from ..widgets.sidepanel import SidePanel
from ..widgets.status import StatusLine
from . import conflict
from .frames import FRAME_BINDINGS, Frames
from .ignored import IgnoredFindings
from .meta import MetaScreen
from .moving import Moving
from .onewriter import OneWriter
from .preview import Preview
from .promise import PROMISE_BINDINGS, Promises, promise_done
from .tools import TOOL_BINDINGS, Tools

DEBOUNCE = 0.3  # seconds of quiet before a re-check
TIGHT = 70  # columns below which the side panel (F3) takes the whole window: beside it the editor had 26
CRASH_EVERY = 1.0  # seconds between recovery-copy writes while changed
SAVE_EVERY = 5.0  # seconds between writes of the place (cursor and scroll)
NOTE_ROWS = 3  # the status line's rows for the note (app.tcss: #status max-height 4, its first row the place)
META_CHANGED = "设置已更改\n按 Ctrl+S 存入草稿"  # F2's notice: a phrase a row beside the editor at 80×24


class DraftScreen(Moving, Tools, Preview, OneWriter, Promises, Frames, IgnoredFindings):
    BINDINGS: ClassVar = [
        Binding("ctrl+s", "save", "保存", priority=True),
        Binding("f2", "meta", "设置"),
        Binding("f3", "toggle_side", "问题"),
        Binding("f4", "export", "导出", show=False),
        Binding("f5", "preview", "预览", show=False),
        *TOOL_BINDINGS,
        *PROMISE_BINDINGS,
        *FRAME_BINDINGS,
        Binding("f8", "next_part", "下一部分", priority=True),
        Binding("shift+f8", "prev_part", "上一部分", show=False, priority=True),
        Binding("ctrl+f", "find", "查找", priority=True),
        # most terminals (and the browser's) send Ctrl+H as Backspace: Ctrl+R is the key that always arrives
        Binding("ctrl+h,ctrl+r", "replace", "替换", show=False, priority=True),
    ]

    def __init__(self, buffer: DraftBuffer, *, start_part: str = "measures", notes: list[str] | None = None) -> None:
        super().__init__()
        self.notes = list(notes or [])  # warnings from making the draft: said once it is on screen
        self.buffer = buffer
        self.checklist = drafts.checklist_for(buffer.meta)
        self.previous, self._previous_error = drafts.load_previous(buffer.meta, buffer.path, paths.current_root())
        self.memo = Memo()  # what each unchanged paragraph gave the last re-check (checks/memo.py)
        self.commitments = parse_commitments(buffer.sections[0])
        self.start_part = start_part
        self.current = 0
        self.loaded = False  # the editor holds a section (until then it holds nothing to keep)
        self.result: Result | None = None
        self._parts_key: tuple[int, int] | None = None
        self._parts_map: dict[int, str] = {}
        self.done: list[bool] = []
        buffer.mark_saved()
        self.crash_version = buffer.version
        self.checked_version = -1
        self._debounce: Timer | None = None
        self._extra_sig: tuple[tuple[int, str], ...] | None = None
        self._shown_findings: list[object] = []
        # one writer per draft (app/lock.py): the lock, the file as last seen, and what is pending
        self.draft_lock = DraftLock(buffer.path)
        self.guard = Guard(buffer.path, buffer.disk_hash)
        self.read_only = False
        self.conflict_open = False
        self.copy_pending = False  # a crash copy the writer has not yet chosen 恢复 or 丢弃 for
        self.note = ""  # the status line's second half: the finding F7 went to, in full
        self.note_tail = ""  # the note's last words that go first where it is cut: the rule's name
        self.noted: tuple[str, int | None, str] | None = None  # that finding, to drop the note once it is fixed
        self._walk: int | None = None  # its index in walk_list()
        self._walk_spot: tuple[int, int] | None = None  # where the walk put the cursor
        self.pages: Any = None  # the last preview's pages (render/preview.py), or None
        self._note_row: tuple[int, int] | None = None  # (section, row) the note is about
        self._place: place.Place | None = None  # where the cursor is, kept for remember_place
        self.keep_on_exit = True  # False once the writer chose 不保存，退出

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield Outline(id="outline")
            with Vertical(id="editor-pane"):
                yield Editor(id="editor", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
                yield FindBar(self, id="findbar")
                yield StatusLine(id="status")
            yield SidePanel(id="side")
        yield DraftFooter()  # keys that do not fit the window go, spare ones first (F1 lists all)

    def on_mount(self) -> None:
        self._set_titles()
        self._check_now()
        self.query_one(FindBar).display = False
        stopped = place.load(self.buffer.path)
        if stopped is not None:  # where the writer stopped last time
            i, row = self.buffer.locate(stopped.line)
            self.show_section(i, row, stopped.col, scroll=stopped.scroll)
        else:
            target = self.part_section(self.start_part) or (1 if len(self.buffer.sections) > 1 else 0)
            self.show_section(target)
        self.editor.focus()
        self.set_interval(CRASH_EVERY, self._crash_save)
        self.set_interval(SAVE_EVERY, self._tick)
        drafts.remember(self.buffer.path)
        if self._previous_error:
            self.notify(self._previous_error, severity="warning", timeout=10)  # a problem to act on: kept longer
        for note in self.notes:
            self.notify(note, severity="warning", timeout=10)
        holder = self.draft_lock.acquire()
        if holder is None:
            self._offer_recovery()
        else:
            self._read_only(holder)
            self.app.push_screen(conflict.second_instance(self.buffer.path.name, holder), self._second_choice)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < TIGHT, "-tight")

    def on_status_line_resized(self, event: StatusLine.Resized) -> None:
        self._status()  # the note cut to the line's new width

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Tight: to the editor (Enter on a finding, Esc, F3) puts the whole-window finding list away."""
        if event.widget is self.editor and self.has_class("-tight"):
            self.set_class(False, "-side-toggled")
            self._status()

    def on_unmount(self) -> None:
        """Closing: keep what was typed (a closed browser tab cannot be asked), the place, then the lock."""
        if self.keep_on_exit and self.dirty and not self.read_only:
            self._keep_on_exit()
        self.remember_place()
        self.draft_lock.release()

    def _set_titles(self) -> None:
        """As Word's title bar: the file's name first, so a narrow window cuts the rest, never it
        (the unit and year were said twice at 80 columns, the outline names the report's parts)."""
        self.title = f"{self.buffer.path.name} - drafter"
        self.sub_title = ""

    # ------------------------------------------------------------ the model

    @property
    def view(self) -> View:
        """The section in the editor as the writer sees it (with what it hides), up to date."""
        editor = self.editor
        return editor.sync() if isinstance(editor, Editor) else View.of(editor.text)

    def set_view(self, view: View) -> None:
        """A view with the same text and other hidden lines (a dismissal added or taken back)."""
        editor = self.editor
        if isinstance(editor, Editor):
            editor.view = view

    def section_now(self) -> str:
        """The section in the editor as the draft file holds it."""
        return self.view.section()

    def cursor_file(self) -> tuple[int, int]:
        """(1-based file line, column in it) of the cursor."""
        line, col = self.view.to_section(*self.editor.cursor_location)
        return self.buffer.start_line(self.current) + line, col

    def _store(self) -> None:
        """Editor → model; re-cut the body if the writer added or removed a part heading."""
        if not self.loaded:
            return
        line, col = self.cursor_file()
        self.buffer.set_section(self.current, self.section_now())
        if self.buffer.resplit():
            i, row = self.buffer.locate(line)
            self._load(i, row, col)
            self._check_now()

    def reload_section(self) -> None:
        """The model's text of this section back in the editor (after a change to its hidden lines),
        the cursor where it was; the undo history stays when the text shown is the same."""
        line, col = self.view.to_section(*self.editor.cursor_location)
        view = View.of(self.buffer.sections[self.current])
        editor = self.editor
        if isinstance(editor, Editor):
            editor.show(view)
        editor.move_cursor(view.to_view(line, col))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if not self.loaded:
            return
        self.buffer.set_section(self.current, self.section_now())
        if self.buffer.version != self.checked_version:
            if self._debounce is not None:
                self._debounce.stop()
            self._debounce = self.set_timer(DEBOUNCE, self._start_check)
            self._status()

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        if self._note_row is not None and self._note_row != (self.current, self.editor.cursor_location[0]):
            self.note = ""  # the cursor left the finding's line
        self._status()

    # ------------------------------------------------------------ checking

    def _start_check(self) -> None:
        self._check_worker(self.buffer.text(), self.buffer.version)

    @work(thread=True, exclusive=True, group="check", exit_on_error=False)
    def _check_worker(self, text: str, version: int) -> None:
        try:
            result = drafts.run_check(text, self.checklist, str(self.buffer.path), self.previous, self.memo)
        except ReadError as e:
            self.app.call_from_thread(self.notify, str(e), severity="error")
            return
        self.app.call_from_thread(self._apply, result, version)

    def _check_now(self) -> None:
        """Check synchronously (on open and after the structure changed): ~10 ms."""
        try:
            result = drafts.run_check(
                self.buffer.text(), self.checklist, str(self.buffer.path), self.previous, self.memo
            )
        except ReadError as e:
            self.notify(str(e), severity="error")
            return
        self._apply(result, self.buffer.version)

    def _apply(self, result: Result, version: int) -> None:
        if version < self.checked_version:
            return
        self.result, self.checked_version = result, version
        if self.note and self.noted not in {(f.rule, f.line, f.message) for f in result.findings}:
            self.note = ""  # the writer fixed the finding the note was about: don't keep showing it
        self._refresh()

    def _refresh(self) -> None:
        result = self.result
        if result is None:
            return
        mapping = self.section_parts()
        extra = tuple(
            (i, self.buffer.heading(i) or "") for i in range(1, len(self.buffer.sections)) if i not in mapping
        )
        outline = self.query_one(Outline)
        if extra != self._extra_sig:
            outline.build(self.checklist, self.commitments, list(extra))
            self._extra_sig = extra
        # the commitment-unreported rule's own word: matched, marked by the writer, or set aside
        self.done = promise_done(self.commitments, result)
        pid = mapping.get(self.current)
        outline.update(result, self.done, pid)
        side = self.query_one(SidePanel)
        last = editing.last_year_entries(self.buffer.sections[self.current].split("\n"))
        own = places.section_findings(result, self.buffer, self.current, pid)
        side.show_guide(pid, result, self.commitments, self.done, own, last)
        where = self.places_now().where  # the sections' views built once for all the findings named
        copies = places.section_copies(result, self.buffer, self.current) if self.previous is not None else []
        side.show_copies(copies, self.previous, where)
        side.show_pages(self.pages)
        ignored = self.dismissed()
        # the findings whole: a row holds its finding (Enter goes to it as F7 does, by equality), so one whose
        # quote alone changed is handed over too (shown anew in its row: cheap)
        shown = [*result.findings, *((d,) for d in ignored)]
        if shown != self._shown_findings:
            side.show_findings(result.findings, ignored, where)
            self._shown_findings = shown
        self._status()

    def section_parts(self) -> dict[int, str]:
        """Section index → part id, matched by heading text (robust to lines moving).

        Cached per check result and section count: the status line asks on every cursor move.
        """
        key = (id(self.result), len(self.buffer.sections))
        if self._parts_key != key:
            self._parts_key, self._parts_map = key, places.section_parts(self.buffer, self.result)
        return self._parts_map

    def part_section(self, pid: str) -> int | None:
        return next((i for i, p in sorted(self.section_parts().items()) if p == pid), None)

    def places_now(self) -> places.Places:
        """Names of the draft's lines as they are now (the section in the editor as it shows it)."""
        views = {self.current: self.view} if self.loaded else {}
        return places.Places(self.buffer, self.section_parts(), views)

    def section_name(self, i: int) -> str:
        """A section's short name: 开头, the part's (举措和成效), or its own heading cut short."""
        return places.section_name(self.buffer, self.section_parts(), i)

    def _status(self) -> None:
        row, col = self.cursor_file() if self.loaded else (self.buffer.start_line(self.current), 0)
        where = self.section_name(self.current)
        saved = "只读" if self.read_only else "未保存" if self.dirty else "已保存"
        narrow = self.has_class("-narrow")
        listed = narrow and self.has_class("-side-toggled")  # the finding list where the outline was
        # beside the list (which heads itself 检查结果：错误…) the line says how to put it away instead
        counts = " · Esc收起问题" if listed else self._counts()
        hint = " · F3看问题" if narrow and not listed else ""
        # the paragraph as counted on screen (the editor shows no line numbers); narrow: room for the hint
        line = (
            "" if narrow or not self.loaded else f" · 第{self.view.paragraph_number(self.editor.cursor_location[0])}段"
        )
        if self.loaded:
            self._place = place.Place(row, col, round(self.editor.scroll_y))
        pages = f" · 约{self.pages.count}页" if self.pages is not None else ""
        text = f"{where}{line} · {saved}{counts}{pages}{hint}"
        if self.note:
            self._note_row = (self.current, self.editor.cursor_location[0])
            text += "\n" + self._fitted(self.note)
        else:
            self._note_row = None
            mark = self.dismissal_mark(row)  # the paragraph's dismissals (F3 lists them all)
            text += "\n" + mark if mark else ""
        self.query_one("#status", Static).update(text)

    def _fitted(self, note: str) -> str:
        """The note on the rows the status line has for it (3 at 80×24), ending with … where it is cut:
        the status line cut it off mid-word (F3's list says it whole)."""
        width = self.query_one("#status", Static).content_region.width
        return clamp_note(note, self.note_tail, width, NOTE_ROWS) if width > 0 else note

    def _counts(self) -> str:
        if self.result is None:
            return ""
        counts = f" · 错误{self.result.count('error')} 警告{self.result.count('warning')}"
        if self.result.ignored:
            counts += f" 已忽略{len(self.result.ignored)}"
        if self.result.omitted:
            counts += f" 另有{sum(self.result.omitted.values())}条未列出"
        return counts

    def action_recheck(self) -> None:
        self._store()
        self._check_now()
        n = self.result.count("error") if self.result else 0
        self.notify(f"检查完成：{n} 个错误" if n else "检查完成：没有错误")

    # ------------------------------------------------------------ settings and export

    def action_meta(self) -> None:
        self._store()
        self.app.push_screen(MetaScreen(self.buffer.meta), self._meta_done)

    def _meta_done(self, meta: DraftMeta | None) -> None:
        if meta is None:
            return
        if meta.title is None:
            meta = meta.model_copy(update={"title": title_for(meta.unit, meta.year)})
        self.buffer.meta = meta
        self.buffer.version += 1
        self.checklist = drafts.checklist_for(meta)
        self.previous, error = drafts.load_previous(meta, self.buffer.path, paths.root_of(self.app))
        if error:
            self.notify(error, severity="warning")
        self._extra_sig = None
        self._set_titles()
        self._check_now()
        self._status()
        self.notify(META_CHANGED)
