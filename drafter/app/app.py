"""The Textual app: opens on the start screen or straight on a draft."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import ModalScreen, Screen
from textual.widgets._toast import ToastRack

from ..readers.errors import ReadError
from .buffer import DraftBuffer
from .keys import key_name
from .linebreak import install_editor_wrapping
from .notices import NoticeHold, latest_only
from .palette import DraftCommands, Palette
from .screens import dialogs
from .screens.draft import DraftScreen
from .screens.help import HelpScreen
from .screens.start import OpenDraft, StartScreen

CTRL_C = "退出请按 Ctrl+Q\nCtrl+C 复制选中文字"  # two rows of the notice beside the editor at 80×24


@dataclass
class Launch:
    """What to show first: a draft (``draft``) or the start screen, pre-filled."""

    draft: Path | None = None
    unit: str = ""
    unit_type: str | None = None
    year: int | None = None
    source: str = ""
    output: str = ""
    root: Path | None = None  # paths typed in the app stay inside it (app/paths.py); serve always sets it
    notes: list[str] = field(default_factory=list)  # warnings from making the draft, shown once it is open


class DrafterApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "drafter"
    COMMANDS: ClassVar = {DraftCommands}  # Textual's own (get_system_commands) listed by it, last
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 (Textual declares it so)
    BINDINGS: ClassVar = [
        Binding("ctrl+q", "quit", "退出", priority=True),
        Binding("f1", "help", "帮助"),
        Binding("ctrl+p", "command_palette", "命令", show=False, priority=True),
    ]

    def __init__(self, launch: Launch | None = None) -> None:
        install_editor_wrapping()  # 避头尾 in every widget, the start screen and F1 help included
        super().__init__()
        self.launch = launch or Launch()
        self.notice_hold = NoticeHold()  # the notices waiting for a dialog to close (app/notices.py)

    def on_mount(self) -> None:
        """Straight to the draft when one is given (no start screen composed behind it)."""
        launch = self.launch
        if launch.draft is not None:
            self.open_draft(launch.draft, launch.notes)  # said once the draft is on screen
            return
        self.push_screen(
            StartScreen(
                unit=launch.unit,
                unit_type=launch.unit_type,
                year=launch.year,
                source=launch.source,
                output=launch.output,
            )
        )

    def open_draft(self, path: Path, notes: list[str] | None = None) -> None:
        try:
            buffer = DraftBuffer.load(path)
        except ReadError as e:
            self.notify(str(e), severity="error", timeout=10)
            if not isinstance(self.screen, StartScreen):
                self.push_screen(StartScreen())
            return
        self.push_screen(DraftScreen(buffer, notes=notes))

    def on_open_draft(self, message: OpenDraft) -> None:
        self.open_draft(message.path)

    def get_key_display(self, binding: Binding) -> str:
        """Keys as a Word user reads them: Ctrl+S, F7, Esc (Textual's own: ^s, f7, esc)."""
        return binding.key_display or key_name(binding.key)

    def action_command_palette(self) -> None:
        """The command palette, asking in Chinese."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(id="--command-palette", placeholder="输入命令名称搜索，如：导出、保存、设置…"))

    def action_help_quit(self) -> None:
        """Ctrl+C away from the text (the outline, the finding list, a button): Textual's own notice said "Do
        you want to quit? Press ctrl+q to quit the app"; a Word user pressing it meant to copy."""
        self.notify(CTRL_C)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, only those a writer needs, in Chinese."""
        yield SystemCommand("退出", "退出程序，有未保存的修改时会询问（Ctrl+Q）", self.action_quit)
        yield SystemCommand(
            "截图",
            "把当前界面保存为 SVG 图片（向技术人员反映问题时用）",
            lambda: self.set_timer(0.1, self.save_screenshot_here),
        )

    def save_screenshot_here(self) -> None:
        """Into the draft's folder (or the current one): Textual's default, ~/Downloads, may not exist."""
        screen = self.draft_screen()
        folder = screen.buffer.path.parent if screen is not None else Path.cwd()
        self.deliver_screenshot(path=str(folder))

    def on_delivery_complete(self, event: events.DeliveryComplete) -> None:
        """The 截图 command's notice in Chinese (Textual's own says "Saved screenshot")."""
        if event.name == "screenshot":
            event.prevent_default()
            where = f"：{event.path}" if event.path is not None else ""
            self.notify(f"截图已保存{where}", title="截图", markup=False)

    def on_delivery_failed(self, event: events.DeliveryFailed) -> None:
        if event.name == "screenshot":
            event.prevent_default()
            self.notify("截图没有保存成功", title="截图", severity="error")

    def _refresh_notifications(self) -> None:
        """While a dialog (or F1's help) is on top the notices wait, off every screen: the one beneath shows
        through a dialog, and a notice drawn on the dialog stood on its border or buttons."""
        try:
            top = self.screen
        except ScreenStackError:
            return
        if not isinstance(top, (ModalScreen, HelpScreen)):
            self.notice_hold.release(self._notifications)
            latest_only(self._notifications)
            super()._refresh_notifications()
            return
        self.notice_hold.hold(self._notifications)
        for screen in self.screen_stack:
            for rack in screen.query_children(ToastRack):
                self.call_later(rack.show, self._notifications)

    def action_help(self) -> None:
        """F1: the one help screen, made at the first F1 and shown again at the next (it keeps its
        laid-out text: bench/help_bench.py)."""
        if isinstance(self.screen, HelpScreen):
            return
        # a notice left on screen would stand on the help box's border (Textual shows the toasts on the
        # screen on top): F1 is the writer turning to read, so the notices go, as a click dismisses one
        self.clear_notifications()
        if not self.is_screen_installed("help"):
            self.install_screen(HelpScreen(), "help")
        self.push_screen("help")

    def draft_screen(self) -> DraftScreen | None:
        return next((s for s in reversed(self.screen_stack) if isinstance(s, DraftScreen)), None)

    async def action_quit(self) -> None:
        """Quit, asking first if the draft has changes not yet saved."""
        screen = self.draft_screen()
        if screen is None:
            self.exit()
            return
        screen._store()
        if not screen.dirty:
            screen.discard_crash_copy()
            self.exit()
            return
        self.push_screen(dialogs.quit_unsaved(), lambda c: self._quit_choice(screen, c))

    def _quit_choice(self, screen: DraftScreen, choice: str | None) -> None:
        if choice == "save":
            if screen.save(quiet=True):
                self.exit()
        elif choice == "discard":
            screen.keep_on_exit = False
            screen.discard_crash_copy()
            self.exit()
