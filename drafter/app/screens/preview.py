"""F4 导出 and F5 预览: the draft laid out as a .docx where the writer says, or as a PDF to look at.

F5 turns the .docx into a PDF through LibreOffice and opens it with the desktop's
viewer, or in a browser (serve) offers it as a download. A mixin of the draft screen: the work runs in a thread (LibreOffice takes seconds),
the page count lands in the status line (约N页) and the 版记's pages in the side panel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work

from ...checks import Result
from ...fsutil import WriteError, atomic_write
from ...readers.errors import ReadError
from ...readers.markdown import read_text
from ..buffer import DraftBuffer
from . import dialogs
from .export import ExportScreen

PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# F4's notices, one line each beside the editor at 80×24 (9 characters a line); the path goes under the editor
EXPORTED = "已导出 .docx"
EXPORTED_SAVED = "已导出，草稿已保存"


def preview_path(draft: Path) -> Path:
    """The PDF beside the draft (``NAME.预览.pdf``), replaced at each preview; elsewhere if not writable."""
    return draft.with_name(f"{draft.stem}.预览.pdf")


def _opener() -> str | None:
    """The desktop's PDF viewer launcher: ``DRAFTER_OPEN`` if set (empty: none), else xdg-open on a Linux
    desktop, ``open`` on macOS, the shell's association on Windows."""
    named = os.environ.get("DRAFTER_OPEN")
    if named is not None:
        return named or None
    if sys.platform == "darwin":
        return shutil.which("open")
    if sys.platform == "win32":
        return WINDOWS_SHELL
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return None  # a terminal over ssh: no desktop to open it on
    return shutil.which("xdg-open")


WINDOWS_SHELL = "<os.startfile>"  # Windows: the file's associated program, through the shell


def _launch(opener: str, target: Path) -> None:
    """Open ``target`` with ``opener`` (a program, or Windows' shell), not waiting for it; OSError if it cannot."""
    if sys.platform == "win32" and opener == WINDOWS_SHELL:
        os.startfile(str(target))
        return
    subprocess.Popen(
        [opener, str(target)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=hasattr(os, "setsid"),
    )


class Preview:
    """F4 导出 and F5 预览: the draft laid out, as a .docx where the writer says, or a PDF to look at."""

    buffer: DraftBuffer
    pages: Any  # render.preview.Pages of the last preview, or None
    result: Result | None
    last_export: Path
    note: str
    noted: tuple[str, int | None, str] | None

    if TYPE_CHECKING:
        app: Any

        def notify(self, message: str, **kw: Any) -> None: ...
        def _store(self) -> None: ...
        def _status(self) -> None: ...
        def _refresh(self) -> None: ...
        def _check_now(self) -> None: ...
        def save(self, *, quiet: bool = False) -> bool: ...
        @property
        def dirty(self) -> bool: ...

    def action_export(self) -> None:
        self._store()
        self._check_now()
        errors = self.result.count("error") if self.result else 0
        default = self.buffer.path.with_suffix(".docx")
        self.app.push_screen(ExportScreen(default, self.buffer.meta.fonts, errors), self._export_chosen)

    def _export_chosen(self, choice: tuple[Path, str] | None) -> None:
        if choice is None:
            return
        path, fonts = choice
        if fonts != self.buffer.meta.fonts:
            self.buffer.meta = self.buffer.meta.model_copy(update={"fonts": fonts})
            self.buffer.version += 1
        if path.exists():
            self.app.push_screen(dialogs.overwrite(str(path)), lambda c: self._export_if(c == "yes", path))
        else:
            self._export(path)

    def _export_if(self, yes: bool, path: Path) -> None:
        if yes:
            self._export(path)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, path: Path) -> None:
        text = self.buffer.text()
        try:
            from ...render.gbt9704 import render, warnings

            doc = read_text(text, str(self.buffer.path))
            data = render(doc, fonts=doc.meta.fonts)
            atomic_write(path, data, force=True)
            for w in warnings(doc, app=True):
                self.app.call_from_thread(self.notify, w, severity="warning", timeout=8)
        except ImportError:
            self.app.call_from_thread(self.notify, "排版模块不可用；请更新本程序", severity="error")
            return
        except (ReadError, ValueError) as e:
            self.app.call_from_thread(self.notify, f"导出失败：{e}", severity="error", timeout=8)
            return
        self.app.call_from_thread(self._exported, path)

    def _exported(self, path: Path) -> None:
        self.last_export = path
        changed = self.dirty
        saved = self.save(quiet=True)  # exporting is saving: the draft says what the .docx says
        # the status line turns 已保存 at an export too: say why, a Word user expects 导出 to leave the file be;
        # one line beside the editor at 80×24, the .docx's whole path under the editor (till the cursor moves)
        self.note, self.noted = f"已导出到 {path.resolve()}", None
        self._status()
        self.notify(EXPORTED_SAVED if saved and changed else EXPORTED, timeout=8)
        if self.app.is_web:
            self.app.deliver_binary(path, save_filename=path.name, mime_type=DOCX_MIME)

    def action_preview(self) -> None:
        self._store()
        self.notify("正在生成 PDF 预览（需要几秒钟）…", timeout=4)
        self._preview(self.buffer.text())

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _preview(self, text: str) -> None:
        from ...render.gbt9704 import render
        from ...render.preview import PreviewError, pages, to_pdf

        try:
            doc = read_text(text, str(self.buffer.path))
            pdf = to_pdf(render(doc, fonts=doc.meta.fonts))
            m = doc.meta
            found = pages(pdf, [w for w in (m.cc, m.issuer) if w])
            target = self._write_pdf(pdf)
        except PreviewError as e:
            self.app.call_from_thread(self.notify, str(e), severity="error", timeout=10)
            return
        except (ReadError, ValueError, WriteError) as e:
            self.app.call_from_thread(self.notify, f"预览失败：{e}", severity="error", timeout=8)
            return
        self.app.call_from_thread(self._previewed, target, found)

    def _write_pdf(self, pdf: bytes) -> Path:
        target = preview_path(self.buffer.path)
        try:
            return atomic_write(target, pdf, force=True)
        except WriteError:  # the draft's folder is read-only: a private temporary folder
            folder = Path(tempfile.mkdtemp(prefix="drafter-preview-"))
            return atomic_write(folder / target.name, pdf, force=True)

    def _previewed(self, target: Path, found: Any) -> None:
        self.pages = found
        self._refresh()
        where = f"约{found.count}页"
        if self.app.is_web:
            self.app.deliver_binary(target, save_filename=target.name, mime_type=PDF_MIME)
            self.notify(f"PDF 预览（{where}）已生成，浏览器会下载 {target.name}", timeout=8)
            return
        opener = _opener()
        if opener is not None:
            try:
                _launch(opener, target)
                self.notify(f"PDF 预览（{where}）已用系统的阅读器打开：{target.resolve()}", timeout=8)
                return
            except OSError:
                pass
        self.notify(f"PDF 预览（{where}）已保存到 {target.resolve()}", timeout=10)
