"""Ctrl+T in the app: the writer points at the sentence that reports a promise, or sets one aside."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.promise import PromiseScreen
from drafter.checks.marks import parse_marks

from .helpers.app import _home, aio, draft_screen, settle, until  # noqa: F401 (_home: autouse)
from .helpers.drafts import promise_draft as _draft

SENTENCE = "干部法治素养明显提升。"


async def _dialog(pilot, app):  # type: ignore[no-untyped-def]
    await until(pilot, lambda: isinstance(app.screen, PromiseScreen), "the 去年承诺 dialog")
    return app.screen


@aio
async def test_ctrl_t_marks_a_promise_reported_by_the_sentence_at_the_cursor(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(_draft("全年组织学法4次。" + SENTENCE), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert screen.result is not None and {p.status for p in screen.result.promises} == {"unreported"}
        screen.open_part("measures")
        await pilot.pause()
        lines = screen.editor.text.split("\n")
        row = next(i for i, t in enumerate(lines) if SENTENCE in t)
        screen.editor.move_cursor((row, lines[row].index(SENTENCE) + 2))
        await pilot.press("ctrl+t")
        dialog = await _dialog(pilot, app)
        assert dialog.sentence == SENTENCE
        dialog.query_one("#promise-which").value = 2  # 提高依法行政水平
        await pilot.click("#promise-reported")
        await settle(pilot, app)
        assert list(parse_marks(screen.buffer.text())) == ["提高依法行政水平"]
        got = {p.text: (p.status, p.by) for p in screen.result.promises}
        assert got["提高依法行政水平"] == ("reported", "mark") and got["完善制度建设"][0] == "unreported"
        assert screen.done == [False, False, True]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert f"  已报告：「{SENTENCE}」" in path.read_text(encoding="utf-8")


@aio
async def test_ctrl_t_sets_a_promise_aside_only_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(_draft("全年组织学法4次。"), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("ctrl+t")
        dialog = await _dialog(pilot, app)
        dialog.query_one("#promise-which").value = 1  # 规范行政行为
        await pilot.click("#promise-aside")
        await pilot.pause()
        assert app.screen is dialog and "理由" in str(dialog.query_one("#form-error").content)
        reason = dialog.query_one("#promise-reason", Input)
        reason.value = "执法权已划转县综合执法局"
        reason.focus()
        await pilot.press("enter")
        await settle(pilot, app)
        got = {p.text: (p.status, p.reason) for p in screen.result.promises}
        assert got["规范行政行为"] == ("set-aside", "执法权已划转县综合执法局")
        assert not any("规范行政行为" in f.message for f in screen.result.findings)
        assert screen.done[1] is True
