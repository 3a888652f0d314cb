"""The draft screen's side of "one writer per draft" (the rules themselves live in app/lock.py).

A second instance shows the draft read-only with a banner, or takes over; a
save that finds the file changed on disk asks instead of overwriting.
"""

from __future__ import annotations

import contextlib

from textual.screen import Screen
from textual.widgets import Static, TextArea

from ...fsutil import WriteError, atomic_write
from ...readers.errors import ReadError
from ...rollforward import Commitment, parse_commitments
from .. import place
from ..buffer import DraftBuffer, autosave_path, last_edit
from ..linebreak import Prose
from ..lock import DraftLock, Guard, Holder
from . import conflict, dialogs

# the recovery dialog's outcomes at 80×24: a phrase a row, two rows beside the editor (the notice holds
# 9 characters a row; the status line says 未保存 until Ctrl+S)
RECOVERED = "已恢复自动保存内容\n按 Ctrl+S 存入草稿"
KEPT = "自动保存的内容留着\n下次打开时再问"
READ_ONLY = "只读：另一处在编辑\n这里的修改不会保存"  # Ctrl+S read-only (was three rows, 存 alone on the last)
TAKEN_OVER = "已接管编辑\n另一处不会覆盖这里"  # was four rows beside the editor at 80×24
SAVED = "草稿已保存"  # Ctrl+S's notice: one line beside the editor at 80×24 (the notice holds 9 characters a line)


class OneWriter(Screen[None]):
    """The saving half of the draft screen: saves, crash copy, recovery, and the one-writer rules."""

    buffer: DraftBuffer
    draft_lock: DraftLock
    guard: Guard
    read_only: bool
    conflict_open: bool
    copy_pending: bool
    current: int
    commitments: list[Commitment]
    crash_version: int
    loaded: bool
    _extra_sig: tuple[tuple[int, str], ...] | None
    _place: place.Place | None
    keep_on_exit: bool

    @property
    def editor(self) -> TextArea:
        return self.query_one("#editor", TextArea)

    @property
    def dirty(self) -> bool:
        return self.buffer.dirty

    def _store(self) -> None:
        raise NotImplementedError  # the draft screen moves the editor's text into the model

    def _check_now(self) -> None:
        raise NotImplementedError  # the draft screen checks

    def _status(self) -> None:
        raise NotImplementedError  # the draft screen shows the status line

    def show_section(self, i: int, row: int | None = None, col: int = 0) -> None:
        raise NotImplementedError  # the draft screen shows a section with the cursor at (row, col)

    def show_file_row(self, i: int, row: int, col: int = 0) -> None:
        raise NotImplementedError  # the same, (row, col) counted in the section's file lines

    def section_now(self) -> str:
        raise NotImplementedError  # the draft screen: the section in the editor, as the file holds it

    def reload_section(self) -> None:
        raise NotImplementedError  # the draft screen: the model's section back in the editor

    # ------------------------------------------------------------ saving

    def save(self, *, quiet: bool = False) -> bool:
        if self.read_only:
            if not quiet:
                self.notify(READ_ONLY, severity="warning")
            return False
        if self.loaded:
            self.buffer.set_section(self.current, self.section_now())
        if self.conflict_open:
            return False
        if not self.draft_lock.owned() or self.guard.changed():
            self._conflict()
            return False
        text = self.buffer.text()
        try:
            atomic_write(self.buffer.path, text, force=True)
        except WriteError as e:
            self.notify(f"保存失败：{e}", severity="error", timeout=8)
            return False
        self.guard.saved(text)
        self.buffer.mark_saved(text)
        self.crash_version = self.buffer.version
        self.discard_crash_copy()
        if not quiet:
            self.notify(SAVED)  # one line beside the editor at 80×24; the header names the file
        self._status()
        return True

    def action_save(self) -> None:
        self._store()
        self.save()

    def _crash_save(self) -> None:
        """The recovery copy ``.NAME.autosave``: what was typed since the last save, never the draft itself.

        The draft changes only when the writer saves (Ctrl+S, export, 保存并退出)."""
        if self.read_only or self.copy_pending or self.buffer.version == self.crash_version:
            return
        if not self.dirty:  # typed and undone: the draft as saved, nothing to offer after a crash
            self.discard_crash_copy()
            self.crash_version = self.buffer.version
            return
        try:
            atomic_write(autosave_path(self.buffer.path), self.buffer.text(), force=True)
            self.crash_version = self.buffer.version
        except WriteError:
            pass

    def discard_crash_copy(self) -> None:
        """Remove this writer's crash copy; never one the writer has not chosen about, never as a reader."""
        if not (self.read_only or self.copy_pending):
            autosave_path(self.buffer.path).unlink(missing_ok=True)

    def _offer_recovery(self) -> None:
        """A crash copy that differs from the draft is offered, whatever the files' times say."""
        copy = autosave_path(self.buffer.path)
        try:
            text = copy.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return
        if text == self.buffer.text():
            copy.unlink(missing_ok=True)  # it holds nothing the draft does not
            return
        self.copy_pending = True
        self.app.push_screen(dialogs.recover(self.buffer.path.name), lambda c: self._recovered(c, text))

    def _recovered(self, choice: str | None, text: str) -> None:
        if choice is None:
            self.notify(KEPT, severity="warning")
            return  # undecided: the copy stays, and no crash save overwrites it
        self.copy_pending = False
        if choice != "recover":
            self.discard_crash_copy()
            return
        try:
            buf = DraftBuffer.from_text(text, self.buffer.path)
        except ReadError as e:
            self.copy_pending = True
            self.notify(f"自动保存的内容无法读取：{e}", severity="error")
            return
        self._store()
        spot = last_edit(self.buffer.body(), buf.body())
        self._replace_text(buf)
        if spot is not None:  # back where the writer was typing when the draft was last copied
            i, row = self.buffer.locate(self.buffer.start_line(0) + spot[0])
            self.show_file_row(i, row, spot[1])
        self.crash_version = self.buffer.version  # the copy holds it: kept until the writer saves or discards
        self._status()
        self.notify(RECOVERED)

    # ------------------------------------------------------------ closing

    def _keep_on_exit(self) -> None:
        """Closing without the question (a browser tab closed, the terminal gone): what was typed and not
        saved goes to the recovery copy, offered at the next opening; the draft stays as last saved."""
        if self.copy_pending:  # a copy the writer has not chosen about: never overwritten
            return
        with contextlib.suppress(WriteError):
            atomic_write(autosave_path(self.buffer.path), self.buffer.text(), force=True)
            self.crash_version = self.buffer.version

    def _tick(self) -> None:
        self._crash_save()
        self.remember_place()

    def remember_place(self) -> None:
        """Cursor and scroll into ``.NAME.place`` (app/place.py); not for a second, read-only window.

        From the copy kept at each cursor move: on unmount the editor is already gone.
        """
        if self._place is not None and not self.read_only:
            stopped = self._place if self.keep_on_exit or not self.dirty else self._place_in_saved(self._place)
            if stopped is not None:
                place.save(self.buffer.path, stopped)

    def _place_in_saved(self, here: place.Place) -> place.Place | None:
        """After 不保存: ``here`` if it lies in the same part of the draft as saved, else that part's start
        (paragraphs typed and thrown away moved the lines after them); None: the part is not in it."""
        try:
            saved = DraftBuffer.load(self.buffer.path)
        except ReadError:
            return None
        heading = self.buffer.heading(self.current)
        i = next((i for i in range(len(saved.sections)) if saved.heading(i) == heading), None)
        if i is None:
            return None
        first = saved.start_line(i)
        if first <= here.line <= first + saved.sections[i].count("\n"):
            return here
        return place.Place(first, 0, 0)

    # ------------------------------------------------------------ one writer

    def _read_only(self, holder: Holder | None) -> None:
        """Show the draft without saving anything: another instance is its writer."""
        self.read_only = True
        self.editor.read_only = True
        who = holder.describe() if holder else "另一个起草窗口"
        text = f"只读：此草稿正由{who}编辑；这里的内容不会保存。要在这里编辑，请关闭另一处后重新打开。"
        banners = self.query("#readonly-banner")
        if banners:
            banners.first(Static).update(text)
        else:
            self.query_one("#editor-pane").mount(Prose(text, id="readonly-banner"), before=0)
        self._status()

    def _second_choice(self, choice: str | None) -> None:
        if choice != "takeover":
            return
        self.draft_lock.take_over()
        data = self.guard.disk()
        if data is not None:
            self._load_disk(data)
        self.read_only = False
        self.editor.read_only = False
        for b in self.query("#readonly-banner"):
            b.remove()
        self._status()
        self.notify(TAKEN_OVER)
        self._offer_recovery()

    def _load_disk(self, data: bytes) -> bool:
        """Show the draft as it is on disk now (the writer chose to reload)."""
        try:
            buf = DraftBuffer.from_text(data.decode("utf-8-sig"), self.buffer.path)
        except (ReadError, UnicodeDecodeError) as e:
            self.notify(f"磁盘上的草稿无法读取：{e}", severity="error")
            return False
        self._replace_text(buf)
        self.guard.reloaded(data)
        self.buffer.mark_saved()
        self.crash_version = self.buffer.version
        self._status()
        return True

    def _replace_text(self, buf: DraftBuffer) -> None:
        self.buffer.meta, self.buffer.sections = buf.meta, buf.sections
        self.buffer.version += 1
        self.commitments = parse_commitments(self.buffer.sections[0])
        self.current = min(self.current, len(self.buffer.sections) - 1)
        self.reload_section()
        self._extra_sig = None
        self._check_now()

    def _conflict(self) -> None:
        """The file changed on disk (or another instance took over): ask, never overwrite."""
        self.conflict_open = True
        taken = not self.draft_lock.owned()
        self.app.push_screen(conflict.changed_on_disk(self.buffer.path.name, taken), self._conflict_choice)

    def _conflict_choice(self, choice: str | None) -> None:
        if choice == "diff":
            self.app.push_screen(
                conflict.DiffScreen(self.guard.difference(self.buffer.text())), lambda _: self._conflict()
            )
            return
        self.conflict_open = False
        if choice == "keep":
            try:
                copy = self.guard.conflict_copy(self.buffer.text())
            except WriteError as e:
                self.notify(f"另存冲突副本失败：{e}", severity="error", timeout=10)
                return
            self.notify(f"你的版本已另存为 {copy.name}；现在显示磁盘上的版本", timeout=10)
        if choice in ("keep", "reload"):
            data = self.guard.disk()
            if data is not None and self._load_disk(data):
                self.discard_crash_copy()
        else:
            self.notify("尚未保存：磁盘上的草稿在别处被修改", severity="warning")
        if choice in ("keep", "reload") and not self.draft_lock.owned():
            self._read_only(None)
