"""去年承诺: the writer says which sentence reports a promise, or sets it aside with a reason.

The mark is plain text in the draft's 去年承诺 block (``promises.set_mark``), read back by the
engine as lint reads it; here only the dialog and applying the mark as one edit. A mixin of the
draft screen (Ctrl+T, and the palette's 承诺 commands), kept apart so the drafting screen stays
one job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from ...checks import Result
from ...checks.marks import Mark, Standing, sentence_at, set_mark
from ...checks.promises import Commitment, parse_commitments
from .. import editing
from ..buffer import DraftBuffer
from ..linebreak import Prose
from ..view import View

STATUS = {"reported": "✓", "set-aside": "—", "unreported": "✗"}

PROMISE_BINDINGS: list[Binding] = [Binding("ctrl+t", "mark_promise", "去年承诺", show=False)]


class PromiseScreen(ModalScreen[tuple[str, Mark | None] | None]):
    """Returns (promise, mark) — mark None clears the writer's mark — or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", "取消")]

    def __init__(self, promises: list[Standing], sentence: str, *, first: int = 0) -> None:
        super().__init__(classes="dialog")
        self.promises, self.sentence, self.first = promises, sentence, first

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static("去年承诺的落实情况", classes="dialog-title")
            yield Select(
                [(f"{STATUS.get(p.status, '✗')} {p.text[:30]}", n) for n, p in enumerate(self.promises)],
                value=self.first,
                allow_blank=False,
                id="promise-which",
                compact=True,
            )
            about = f"光标所在的句子：“{self.sentence}”" if self.sentence else "光标不在正文句子上：只能“暂不报告”"
            yield Prose(about, id="promise-sentence", classes="dialog-text")
            with Horizontal(classes="form-row"):
                yield Label("理由", classes="form-label")
                yield Input(placeholder="暂不报告时必填，如：该项工作已划转县司法局", id="promise-reason", compact=True)
            yield Prose("标记写进草稿的“去年承诺”清单，不会导出；保存后检查报告时同样认可。", classes="hint")
            yield Prose("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("由此句报告", id="promise-reported", variant="primary", disabled=not self.sentence)
                yield Button("暂不报告", id="promise-aside")
                yield Button("取消标记", id="promise-clear")
                yield Button("关闭", id="promise-cancel")

    def on_mount(self) -> None:
        target = "#promise-reported" if self.sentence else "#promise-reason"
        self.query_one(target).focus()

    def _which(self) -> str:
        n = self.query_one("#promise-which", Select).value
        return self.promises[n if isinstance(n, int) else 0].text

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        key = event.button.id
        if key == "promise-reported":
            self.dismiss((self._which(), Mark("reported", self.sentence)))
        elif key == "promise-aside":
            self._aside()
        elif key == "promise-clear":
            self.dismiss((self._which(), None))
        else:
            self.dismiss(None)

    def on_input_submitted(self) -> None:
        self._aside()

    def _aside(self) -> None:
        reason = " ".join(self.query_one("#promise-reason", Input).value.split())
        if len(reason) < 2:
            self.query_one("#form-error", Static).update("暂不报告要写明理由（至少两个字）")
            return
        self.dismiss((self._which(), Mark("aside", reason)))

    def action_cancel(self) -> None:
        self.dismiss(None)


class Promises:
    """Ctrl+T on the draft screen: mark a promise reported by the sentence at the cursor, or set it aside."""

    buffer: DraftBuffer
    result: Result | None
    current: int
    commitments: list[Commitment]

    if TYPE_CHECKING:  # provided by the draft screen
        from textual.widgets import TextArea

        editor: TextArea
        app: Any
        _extra_sig: Any

        def notify(self, message: str, **kw: Any) -> None: ...
        def _check_now(self) -> None: ...
        def _store(self) -> None: ...
        def _apply_change(self, change: editing.Change) -> None: ...
        def reload_section(self) -> None: ...
        @property
        def view(self) -> View: ...

    def cursor_sentence(self) -> str:
        """The sentence under the cursor, when it is body text (not a heading or a comment)."""
        row, col = self.editor.cursor_location
        rows = self.view.rows
        line = rows[row].text if 0 <= row < len(rows) and not rows[row].prefix else ""
        if not line.strip() or line.lstrip().startswith(("#", "<!--", "- ", "+++")):
            return ""
        return sentence_at(line, col)

    def action_mark_promise(self) -> None:
        self._store()
        promises = list(self.result.promises) if self.result is not None else []
        if not promises:
            self.notify("本草稿没有去年承诺（由去年的报告起草的草稿才有）", severity="warning")
            return
        first = next((n for n, p in enumerate(promises) if p.status == "unreported"), 0)
        self.app.push_screen(PromiseScreen(promises, self.cursor_sentence(), first=first), self._promise_marked)

    def _promise_marked(self, choice: tuple[str, Mark | None] | None) -> None:
        if choice is None:
            return
        promise, mark = choice
        self._store()
        self.buffer.set_section(0, set_mark(self.buffer.sections[0], promise, mark))  # in the hidden block
        if self.current == 0:
            self.reload_section()
        self.commitments = parse_commitments(self.buffer.sections[0])
        self._extra_sig = None  # the outline lists the promises again
        self._check_now()
        said = "已标记为由此句报告" if mark and mark.kind == "reported" else "已暂不报告" if mark else "已取消标记"
        self.notify(f"“{promise[:20]}”{said}")


def promise_done(commitments: list[Commitment], result: Result) -> list[bool]:
    """For the outline's and side panel's ✓: each listed promise reported or set aside (the engine's word)."""
    status = {p.text: p.status for p in result.promises}
    return [status.get(c.text, "unreported") != "unreported" for c in commitments]
