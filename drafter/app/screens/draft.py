"""The drafting screen: outline, one part in the editor, checklist and findings beside it.

The whole draft is the model; the editor holds one `##` section. After each
pause in typing the draft is assembled, read and checked in a worker thread,
so a keystroke never waits for a check. The draft file changes only when the
writer saves (Ctrl+S, export, 保存并退出); what was typed since goes every
second to a recovery copy beside it (``.NAME.autosave``), offered after a crash.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.style import Style
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Header, ListView, Static, TextArea, Tree
from textual.widgets.text_area import TextAreaTheme

from ...checks import Finding, Memo, Result
from ...checks.commitments import COMMITMENT_UNREPORTED
from ...checks.content import REQUIRED_ITEM
from ...checks.originality import COPIED_FROM_PREVIOUS
from ...draft import DraftMeta
from ...model import PART_IDS
from ...readers.errors import ReadError
from ...rollforward import parse_commitments, part_headings, title_for
from ...text import normalise
from .. import drafts, editing, paths, place
from ..buffer import DraftBuffer
from ..linebreak import install_editor_wrapping
from ..lock import DraftLock, Guard
from ..view import View, level
from ..widgets.findbar import FindBar
from ..widgets.outline import SHORT, Outline, Ref
from ..widgets.sidepanel import FindingItem, SidePanel
from . import conflict
from .frames import FRAME_BINDINGS, Frames
from .ignored import IgnoredFindings
from .meta import MetaScreen
from .onewriter import OneWriter
from .preview import Preview
from .promise import PROMISE_BINDINGS, Promises, promise_done
from .tools import TOOL_BINDINGS, Tools

DEBOUNCE = 0.3  # seconds of quiet before a re-check
CRASH_EVERY = 1.0  # seconds between recovery-copy writes while changed
SAVE_EVERY = 5.0  # seconds between writes of the place (cursor and scroll)


THEME = TextAreaTheme(
    "drafter",
    syntax_styles={  # the headings by level, as the report prints them (title, 一、 （一） 1. （1）)
        "heading.0": Style(bold=True, underline=True),
        "heading.1": Style(bold=True, color="bright_blue"),
        "heading.2": Style(bold=True, color="cyan"),
        "heading.3": Style(bold=True),
        "heading.4": Style(italic=True),
    },
)


class Editor(TextArea):
    """The report as it will read, with a word processor's keys, keeping the cursor in view when its
    width changes.

    It holds a ``View`` of one section (app/view.py): the text without markup, and what it hides.
    Each edit carries the hidden lines and heading prefixes over (``View.edited``) before the
    screen hears of it; headings are styled by level through the highlight map.

    Ctrl+Home / Ctrl+End go to the part's start and end (with Shift: select to there), Ctrl+A selects
    all of it; the rest a terminal carries is Textual's (Shift+arrows, Ctrl+Z/Y, Ctrl+C/X/V, the mouse).

    Soft wrapping depends on the width, which is only known after layout (and
    changes with F3 and window resizes); without this the first view of a long
    part can sit at its end while the cursor is at its beginning.
    """

    BINDINGS: ClassVar = [
        Binding("ctrl+home", "document_edge(False, False)", "到开头", show=False),
        Binding("ctrl+end", "document_edge(True, False)", "到末尾", show=False),
        Binding("ctrl+shift+home", "document_edge(False, True)", "选到开头", show=False),
        Binding("ctrl+shift+end", "document_edge(True, True)", "选到末尾", show=False),
        Binding("ctrl+a", "select_all", "全选", show=False),
    ]

    def action_document_edge(self, end: bool, select: bool) -> None:
        self.move_cursor(self.document.end if end else (0, 0), select=select)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        install_editor_wrapping()  # Chinese line breaking: 。 never starts a line
        self.view = View.of("")
        super().__init__(*args, **kwargs)
        self.register_theme(THEME)
        self.theme = THEME.name
        self.pending_scroll: int | None = None  # the scroll to return to (the place), once laid out

    def show(self, view: View) -> None:
        """Hold ``view``: its text in the editor (a new undo history when the text changes)."""
        self.view = view
        if self.text != view.text:
            self.load_text(view.text)
        else:
            self._build_highlight_map()
            self.refresh()

    def sync(self) -> View:
        """The view of the text as it is now (after the writer's last edit)."""
        text = self.text
        if text != self.view.text:
            self.view = self.view.edited(text)
        return self.view

    def _build_highlight_map(self) -> None:
        """Textual calls this after every edit and load: the view follows the text, headings get styled."""
        self._line_cache.clear()
        highlights = self._highlights
        highlights.clear()
        if not hasattr(self, "view"):
            return  # still being built
        for row, r in enumerate(self.sync().rows):
            n = level(r)
            if n >= 0 and r.text:
                highlights[row].append((0, None, f"heading.{n}"))

    def restore_scroll(self, y: int | None) -> None:
        """Hold the view at ``y`` through the first layouts (each resize would centre the cursor),
        until the writer presses a key or clicks; None: the cursor decides again."""
        self.pending_scroll = y
        if y is not None:
            self.call_after_refresh(self._scroll_back)

    def _scroll_back(self) -> None:
        if self.pending_scroll is not None:
            self.scroll_to(y=self.pending_scroll, animate=False, immediate=True)

    def on_key(self, event: events.Key) -> None:
        self.pending_scroll = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.pending_scroll = None

    def on_resize(self, event: events.Resize) -> None:
        if self.pending_scroll is not None:
            self.call_after_refresh(self._scroll_back)  # the place's scroll, not the centred cursor
            return
        self.call_after_refresh(self.scroll_cursor_visible, center=True)


class DraftScreen(Tools, Preview, OneWriter, Promises, Frames, IgnoredFindings):
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
        self.saved_version = buffer.version
        self.crash_version = buffer.version
        self.checked_version = -1
        self._debounce: Timer | None = None
        self._extra_sig: tuple[tuple[int, str], ...] | None = None
        self._shown_findings: list[tuple[Any, ...]] = []
        # one writer per draft (app/lock.py): the lock, the file as last seen, and what is pending
        self.draft_lock = DraftLock(buffer.path)
        self.guard = Guard(buffer.path, buffer.disk_hash)
        self.read_only = False
        self.conflict_open = False
        self.copy_pending = False  # a crash copy the writer has not yet chosen 恢复 or 丢弃 for
        self.note = ""  # the status line's second half: the finding F7 went to, in full
        self._walk: int | None = None  # its index in walk_list()
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
                yield Static("", id="status", markup=False)
            yield SidePanel(id="side")
        yield Footer(compact=True, show_command_palette=False)  # 80 columns hold every key shown (F1 lists all)

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

    def on_unmount(self) -> None:
        """Closing: keep what was typed (a closed browser tab cannot be asked), the place, then the lock."""
        if self.keep_on_exit and self.dirty and not self.read_only:
            self._keep_on_exit()
        self.remember_place()
        self.draft_lock.release()

    def _set_titles(self) -> None:
        m = self.buffer.meta
        self.title = f"{m.unit} {m.year}年度报告"
        self.sub_title = self.buffer.path.name

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
        side.show_guide(pid, result, self.commitments, self.done, self._own_findings(pid), last)
        side.show_copies(self._section_copies(), self.previous)
        side.show_pages(self.pages)
        ignored = self.dismissed()
        shown = [(f.rule, f.line, f.col, f.message) for f in result.findings] + [(d,) for d in ignored]
        if shown != self._shown_findings:
            side.show_findings(result.findings, ignored)
            self._shown_findings = shown
        self._status()

    def _own_findings(self, pid: str | None) -> list[Finding]:
        """Findings in the section being edited (or about its part), except what the guide lists itself
        (checklist topics, last year's commitments)."""
        if self.result is None:
            return []
        first = self.buffer.start_line(self.current)
        last = first + self.buffer.sections[self.current].count("\n")
        shown_apart = (REQUIRED_ITEM.id, COMMITMENT_UNREPORTED.id, COPIED_FROM_PREVIOUS.id)  # their own lists
        return [
            f
            for f in self.result.findings
            if f.rule not in shown_apart
            and ((pid is not None and f.part == pid) or (f.line is not None and first <= f.line <= last))
        ]

    def _section_copies(self) -> list[Finding]:
        """Copies of last year's report in the section being edited (shown in their own panel section)."""
        if self.result is None or self.previous is None:
            return []
        first = self.buffer.start_line(self.current)
        last = first + self.buffer.sections[self.current].count("\n")
        return [
            f
            for f in self.result.findings
            if f.rule == COPIED_FROM_PREVIOUS.id and f.line is not None and first <= f.line <= last
        ]

    def section_parts(self) -> dict[int, str]:
        """Section index → part id, matched by heading text (robust to lines moving).

        Cached per check result and section count: the status line asks on every cursor move.
        """
        key = (id(self.result), len(self.buffer.sections))
        if self._parts_key != key:
            self._parts_key, self._parts_map = key, self._section_parts()
        return self._parts_map

    def _section_parts(self) -> dict[int, str]:
        out: dict[int, str] = {}
        if self.result is None:
            return out
        heads = {
            normalise(h.replace("**", "")): i
            for i in range(1, len(self.buffer.sections))
            if (h := self.buffer.heading(i))
        }
        for pid in (*PART_IDS, "other"):
            pr = self.result.parts.get(pid)
            if pr is None or pr.status != "present":
                continue
            if pr.heading and normalise(pr.heading) in heads:
                i = heads[normalise(pr.heading)]
            elif pr.line:
                i = self.buffer.locate(pr.line)[0]
            else:
                continue
            out.setdefault(i, pid)
        return out

    def part_section(self, pid: str) -> int | None:
        return next((i for i, p in sorted(self.section_parts().items()) if p == pid), None)

    def _status(self) -> None:
        row, col = self.cursor_file() if self.loaded else (self.buffer.start_line(self.current), 0)
        pid = self.section_parts().get(self.current)
        where = "开头" if self.current == 0 else SHORT.get(pid or "", self.buffer.heading(self.current) or "")
        saved = "只读" if self.read_only else "未保存" if self.dirty else "已保存"
        counts = ""
        if self.result is not None:
            counts = f" · 错误{self.result.count('error')} 警告{self.result.count('warning')}"
            if self.result.ignored:
                counts += f" 已忽略{len(self.result.ignored)}"
            if self.result.omitted:
                counts += f" 另有{sum(self.result.omitted.values())}条未列出"
        narrow = self.has_class("-narrow")
        hint = " · F3看问题" if narrow and not self.has_class("-side-toggled") else ""
        line = "" if narrow else f" · 第{row}行"  # the draft file's line, as lint names it; narrow: room for the hint
        if self.loaded:
            self._place = place.Place(row, col, round(self.editor.scroll_y))
        pages = f" · 约{self.pages.count}页" if self.pages is not None else ""
        text = f"{where}{line} · {saved}{counts}{pages}{hint}"
        if self.note:
            self._note_row = (self.current, self.editor.cursor_location[0])
            text += "\n" + self.note
        else:
            self._note_row = None
            mark = self.dismissal_mark(row)  # the paragraph's dismissals (F3 lists them all)
            text += "\n" + mark if mark else ""
        self.query_one("#status", Static).update(text)

    # ------------------------------------------------------------ moving about

    def show_section(self, i: int, row: int | None = None, col: int = 0, *, scroll: int | None = None) -> None:
        """Put section ``i`` in the editor, the cursor at (``row``, ``col``) of its file lines (None: where
        to start writing); ``scroll``: its first row shown."""
        self._store()
        self._load(i, row, col, scroll=scroll)

    def _load(self, i: int, row: int | None = None, col: int = 0, *, scroll: int | None = None) -> None:
        i = max(0, min(i, len(self.buffer.sections) - 1))
        self.current = i
        text = self.buffer.sections[i]
        view = View.of(text)
        editor = self.editor
        if isinstance(editor, Editor):
            editor.view = view  # before the text: the load must not carry the last section's hidden lines
        editor.load_text(view.text)
        self.loaded = True
        if row is None:
            row, col = place.writing_spot(text)
        editor.move_cursor(view.to_view(row, col), center=scroll is None)
        if isinstance(editor, Editor):  # once laid out (the wrapped height is known only then)
            editor.restore_scroll(scroll)
        self._refresh()

    def show_file_row(self, i: int, row: int, col: int = 0) -> None:
        self.show_section(i, row, col)

    def jump_to_line(self, line: int, col: int = 0) -> None:
        self._store()
        i, row = self.buffer.locate(line)
        self.show_section(i, row, col)
        self.editor.focus()

    def on_tree_node_selected(self, event: Tree.NodeSelected[Ref]) -> None:
        ref = event.node.data
        if ref is None:
            return
        if ref.kind == "preamble":
            self.show_section(0)
        elif ref.kind == "section":
            self.show_section(ref.index)
        elif ref.kind == "item" and self.result is not None:
            res = self.result.items.get(ref.key)
            if res is not None and res.covered and res.line:
                self.jump_to_line(res.line, res.col)  # the sentence that covers it, not just its line
                return
            self.open_part(res.item.part if res else "measures")
        else:
            self.open_part(ref.key)
        self.editor.focus()

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        item = event.item
        if not isinstance(item, FindingItem):
            return
        f = item.finding
        if f.line is not None:
            self.jump_to_line(f.line, f.col)
        elif f.part:
            self.open_part(f.part)
            self.editor.focus()

    def open_part(self, pid: str) -> None:
        """Show a part's section, adding one with the standard heading if it has none."""
        self._store()
        i = self.part_section(pid)
        if i is None:
            i = self._add_part(pid)
        self.show_section(i)

    def _add_part(self, pid: str) -> int:
        mapping = self.section_parts()
        order = (*PART_IDS, "other")
        rank = order.index(pid)
        before = [i for i, p in mapping.items() if order.index(p) < rank]
        after = [i for i, p in mapping.items() if order.index(p) > rank]
        at = max(before) + 1 if before else min(after) if after else len(self.buffer.sections)
        heading = part_headings(self.buffer.meta.year).get(pid, "五、其他需要报告的情况")
        i = self.buffer.insert_section(at, heading)
        self._check_now()
        self.notify(f"已添加“{heading}”")
        return i

    def _step(self, delta: int) -> None:
        self._store()
        self.show_section((self.current + delta) % len(self.buffer.sections))
        self.editor.focus()

    def action_next_part(self) -> None:
        self._step(1)

    def action_prev_part(self) -> None:
        self._step(-1)

    def action_toggle_side(self) -> None:
        """To the finding list (the side panel shown), and back to the editor (the panel put away)."""
        side = self.query_one(SidePanel)
        narrow = self.has_class("-narrow")
        if self.focused is not None and side in self.focused.ancestors_with_self:
            self.set_class(not narrow, "-side-toggled")  # wide: hide it; narrow: the outline back
            self.editor.focus()
        else:
            self.set_class(narrow, "-side-toggled")
            self.call_after_refresh(side.focus_findings)
        self._status()

    def action_find(self) -> None:
        self.query_one(FindBar).open(replace=False, words=self.editor.selected_text)

    def action_replace(self) -> None:
        """Open 替换; in the open replace bar the same key replaces the match shown (Ctrl+R is both)."""
        bar = self.query_one(FindBar)
        if (
            bar.display
            and bar.has_class("-replace")
            and self.focused is not None
            and bar in self.focused.ancestors_with_self
        ):
            bar.action_replace()
            return
        bar.open(replace=True, words=self.editor.selected_text)

    def action_recheck(self) -> None:
        self._store()
        self._check_now()
        n = self.result.count("error") if self.result else 0
        self.notify(f"检查完成：{n} 个错误" if n else "检查完成：没有错误")

    # ------------------------------------------------------------ saving

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
        self.notify("报告设置已更改（按 Ctrl+S 保存到草稿）")
