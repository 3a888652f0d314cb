"""The start screen: a new draft (blank or from last year's report), recent drafts, a quick lint."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    Button,
    Footer,
    Header,
    Input,
    Label,
    ListItem,
    ListView,
    Select,
    Static,
    TabbedContent,
    TabPane,
)

from ...readers.errors import ReadError
from ...reportyear import default_year
from .. import drafts, paths
from ..drafts import make_draft, unquote
from ..quicklint import CHECKING, lint_text
from ..widgets.pick import Pick

LINT_LIMIT = 30.0  # seconds a file from 检查文件 may take to read and check


class OpenDraft(Message):
    """Ask the app to open a draft file (made here or picked from the recent list)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class StartScreen(Screen[None]):
    """What a writer sees first; every field has a default or a hint."""

    BINDINGS: ClassVar = [
        Binding("f2", "tab('tab-new')", "新建草稿"),
        Binding("f3", "tab('tab-recent')", "最近的草稿"),
        Binding("f4", "tab('tab-lint')", "检查文件"),
    ]

    def __init__(
        self,
        *,
        unit: str = "",
        unit_type: str | None = None,
        year: int | None = None,
        source: str = "",
        output: str = "",
    ) -> None:
        super().__init__()
        self.prefill = (unit, unit_type, year or default_year(), source, output)
        self._typed_type = False

    def compose(self) -> ComposeResult:
        unit, unit_type, year, source, output = self.prefill
        yield Header()
        with TabbedContent(id="start-tabs"):
            with TabPane("新建草稿", id="tab-new"), VerticalScroll(classes="form", can_focus=False):
                yield from _row(
                    "单位名称", Input(unit, placeholder="如：鲁山县辛集乡人民政府", id="new-unit", compact=True)
                )
                yield from _row(
                    "单位类型",
                    Pick(
                        [(v, k) for k, v in drafts.unit_types().items()],
                        value=unit_type or Select.NULL,
                        id="new-type",
                        compact=True,
                        prompt="输入单位名称后自动判断",
                    ),
                )
                yield from _row("报告年度", Input(str(year), id="new-year", type="integer", compact=True))
                yield from _row(
                    "去年报告",
                    Input(source, placeholder="可选：去年报告 .docx/.txt/.md 的路径", id="new-from", compact=True),
                )
                yield from _row(
                    "保存为",
                    Input(output, placeholder="留空则按单位和年度命名，存在当前文件夹", id="new-out", compact=True),
                )
                yield Static(
                    "填好“去年报告”则沿用去年的结构：年份顺延一年，去年的工作安排列为今年要报告落实情况的承诺。",
                    classes="hint",
                )
                yield Static("", id="new-error", markup=False)
                yield Button("开始起草", id="new-go", variant="primary")
            with TabPane("最近的草稿", id="tab-recent"):
                with Horizontal(classes="form-row"):
                    yield Input(placeholder="打开其他草稿：草稿文件（.md）的路径", id="open-path", compact=True)
                    yield Button("打开", id="open-go", compact=True)
                yield Static("", id="open-error", markup=False)
                yield Static("", id="recent-empty")
                yield ListView(id="recent-list")
            with TabPane("检查文件", id="tab-lint"):
                with Horizontal(classes="form-row"):
                    yield Input(placeholder="报告文件路径（.docx .txt .md）", id="lint-path", compact=True)
                    yield Button("检查", id="lint-go", compact=True)
                with VerticalScroll(id="lint-out"):
                    yield Static("", id="lint-result")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "法治政府建设年度报告起草"
        self.sub_title = "新建、打开或检查报告"
        self._fill_recent()
        unit = self.query_one("#new-unit", Input)
        unit.focus()
        if unit.value and self.prefill[1] is None:
            self._infer(unit.value)

    # ------------------------------------------------------------ tabs

    def action_tab(self, tab: str) -> None:
        self.query_one("#start-tabs", TabbedContent).active = tab
        self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        """Focus what one works with in a tab, so typing goes where it is expected."""
        if tab == "tab-new":
            self.query_one("#new-unit", Input).focus()
        elif tab == "tab-recent":
            lv = self.query_one("#recent-list", ListView)
            if not len(lv.children):  # nothing to choose: the path of a draft, then
                self.query_one("#open-path", Input).focus()
                return
            if lv.index is None:
                lv.index = 0
            lv.focus()
        elif tab == "tab-lint":
            self.query_one("#lint-path", Input).focus()

    # ------------------------------------------------------------ new draft

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "new-unit" and not self._typed_type:
            self._infer(event.value)

    def _infer(self, unit: str) -> None:
        t = drafts.infer_type(unit.strip())
        if t is not None:
            self.query_one("#new-type", Select).value = t

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "new-type" and self.query_one("#new-type", Select).has_focus:
            self._typed_type = True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "lint-path":
            self._lint()
        elif event.input.id == "open-path":
            self._open()
        elif (event.input.id or "").startswith("new-"):
            self._create()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "new-go":
            self._create()
        elif event.button.id == "lint-go":
            self._lint()
        elif event.button.id == "open-go":
            self._open()

    def _value(self, wid: str) -> str:
        return self.query_one(f"#{wid}", Input).value.strip()

    def _error(self, msg: str) -> None:
        self.query_one("#new-error", Static).update(msg)

    def _create(self) -> None:
        unit, source = self._value("new-unit"), self._value("new-from")
        sel = self.query_one("#new-type", Select).value
        unit_type = sel if isinstance(sel, str) else None
        year_raw = self._value("new-year")
        if not year_raw.isdigit() or not 2000 <= int(year_raw) <= 2100:
            self._error("报告年度应为四位数年份，如 2025")
            return
        try:
            root, output = paths.root_of(self.app), self._value("new-out")
            if root is not None:  # the file-picker rules (app/paths.py): inside the root only
                source = str(paths.pick(source, root)) if source else ""
                output = str(paths.pick(output, root)) if output else ""
            warnings: list[str] = []
            path = make_draft(unit, unit_type, int(year_raw), source, output, warnings)
        except ReadError as e:
            self._error(str(e))
            return
        self._error("")
        for w in warnings:
            self.notify(w, severity="warning", timeout=8)
        self.post_message(OpenDraft(path))

    # ------------------------------------------------------------ recent

    def _fill_recent(self) -> None:
        lv = self.query_one("#recent-list", ListView)
        lv.clear()
        root = paths.root_of(self.app)
        items = [p for p in drafts.recent() if paths.inside(p, root)]
        for p in items:
            label = Text(p.name, style="bold" if p.exists() else "dim")
            # the folder even when the file is gone: two missing "x.md" must not look the same
            label.append(f"  {p.parent}" + ("" if p.exists() else "（文件已不存在）"), style="dim")
            item = ListItem(Label(label))
            item.path = p  # type: ignore[attr-defined]
            lv.append(item)
        if items:
            lv.index = 0  # Enter opens the highlighted draft at once (after clear() none is highlighted)
        lv.display = bool(items)  # the note under the path, not at the foot of an empty list
        empty = "" if items else "还没有打开过草稿。在“新建草稿”中开始一份，或在上面填写已有草稿的路径。"
        self.query_one("#recent-empty", Static).update(empty)

    def _open(self) -> None:
        """A draft not in the list (a colleague's, one made on another computer), by its path."""
        raw, say = self._value("open-path"), self.query_one("#open-error", Static).update
        try:
            path = paths.pick(raw, paths.root_of(self.app)) if raw else None
        except ReadError as e:
            say(str(e))
            return
        if path is None:
            say("请先填写草稿文件的路径")
        elif path.suffix.lower() != ".md":
            say("只能打开草稿（.md）；要以去年的报告为底稿，请在“新建草稿”的“去年报告”中填写它")
        elif not path.is_file():
            say(f"找不到草稿：{path}")
        else:
            say("")
            self.post_message(OpenDraft(path))

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        path = getattr(event.item, "path", None)
        if isinstance(path, Path):
            if path.exists():
                self.post_message(OpenDraft(path))
            else:
                self.notify(f"{path} 已不存在", severity="warning")

    def on_screen_resume(self) -> None:
        self._fill_recent()

    # ------------------------------------------------------------ lint

    def _lint(self) -> None:
        raw = self._value("lint-path")
        out = self.query_one("#lint-result", Static)
        if not raw:
            out.update("请先填写要检查的文件路径")
            return
        try:
            target = paths.pick(raw, paths.root_of(self.app))
            if paths.root_of(self.app) is not None and target.is_dir():  # a folder's links could lead out
                raise ReadError("请填写一份报告文件的路径，不是文件夹")
        except ReadError as e:
            out.update(Text(f"无法检查：{e}", style="red"))
            return
        self._lint_asked = asked = getattr(self, "_lint_asked", 0) + 1
        out.update(Text(CHECKING, style="dim"))
        # off the UI thread: a file that hangs a reader never freezes the app, one that breaks it never ends it
        threading.Thread(target=self._lint_in_thread, args=(target, asked), daemon=True).start()
        late = Text(f"无法检查：{target.name} 超过 {LINT_LIMIT:g} 秒仍未读完（文件可能已损坏或过大）", style="red")
        self.set_timer(LINT_LIMIT, lambda: self._lint_done(asked, late))

    def _lint_in_thread(self, target: Path, asked: int) -> None:
        try:
            shown = lint_text(target)
        except ReadError as e:
            shown = Text(f"无法检查：{e}", style="red")
        except (Exception, RecursionError, MemoryError) as e:  # whatever the file does, the session goes on
            shown = Text(f"无法检查：读取 {target.name} 时出错（{type(e).__name__}）；文件可能已损坏", style="red")
        with contextlib.suppress(Exception):  # the app may be gone meanwhile
            self.app.call_from_thread(self._lint_done, asked, shown)

    def _lint_done(self, asked: int, shown: Text) -> None:
        """The result of the last check asked for, once (the time limit or the reader, whichever is first)."""
        if asked != getattr(self, "_lint_asked", 0) or getattr(self, "_lint_shown", 0) == asked:
            return
        self._lint_shown = asked
        with contextlib.suppress(Exception):
            self.query_one("#lint-result", Static).update(shown)


def _row(label: str, widget: Input | Select[str]) -> ComposeResult:
    with Horizontal(classes="form-row"):
        yield Label(label, classes="form-label")
        yield widget


__all__ = ["CHECKING", "OpenDraft", "StartScreen", "lint_text", "make_draft", "unquote"]
