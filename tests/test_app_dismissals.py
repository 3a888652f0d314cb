"""Dismissing a finding in the drafting app, with a reason, and restoring it — through the app (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from drafter.app import editing
from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.dismiss import DismissScreen
from drafter.app.screens.start import make_draft
from drafter.checks.dismiss import dismissal_key

from .helpers.app import (  # noqa: F401 (_home: autouse)
    REPO,
    SEED_TOWNSHIP,
    _home,
    aio,
    draft_screen,
    new_draft,
    settle,
    type_text,
    until,
    write_draft,
)

# ---------------------------------------------------------------- 2. dismissals


@aio
async def test_dismiss_the_finding_at_the_cursor_with_a_reason_and_restore_it(tmp_path: Path) -> None:
    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.move_cursor((0, 0))
        while True:  # F7 to the first wording finding
            await pilot.press("f7")
            await pilot.pause()
            f = screen.walk_list()[screen._walk][2]
            if f.rule == "wording":
                break
        row = screen.editor.cursor_location[0]
        await pilot.press("f9")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DismissScreen) and f.message in str(dialog.query_one("#dismiss-message").content)
        await pilot.press("enter")  # no reason: refused
        await pilot.pause()
        assert app.screen is dialog and "理由" in str(dialog.query_one("#form-error").content)
        await type_text(pilot, "引用文件原文")
        await pilot.press("enter")
        await pilot.pause()
        shown = screen.editor.text
        assert "drafter:" not in shown and "法制" in shown.split("\n")[row]  # the text on screen is the same
        lines = screen.section_now().split("\n")
        at = screen.view.line_of(row)
        assert lines[at - 1] == f"<!-- drafter: 忽略 wording 「{f.quote}」 引用文件原文 -->" and f.quote
        await settle(pilot, app)
        assert f not in screen.result.findings  # the engine (checks/dismiss.py) reads the comment back
        assert [(i.finding.rule, i.reason) for i in screen.result.ignored] == [("wording", "引用文件原文")]
        assert "已忽略1" in str(screen.query_one("#status").content)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert f"<!-- drafter: 忽略 wording 「{f.quote}」 引用文件原文 -->\n" in path.read_text(encoding="utf-8")
        screen.editor.move_cursor((row, 2))
        await pilot.press("shift+f9")  # 恢复
        await settle(pilot, app)
        assert "drafter: 忽略" not in screen.section_now() and screen.editor.text == shown
        assert any(g.rule == "wording" and g.line == f.line for g in screen.result.findings)


@aio
async def test_dismiss_a_part_finding_on_its_heading(tmp_path: Path) -> None:
    """A checklist topic this unit has nothing of: dismissed before the part's heading, from the palette too."""
    from .helpers.app import palette_ready

    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        topic = next(f for f in screen.result.findings if f.rule == "required-item" and f.line is not None)
        topics = sum(1 for f in screen.result.findings if f.rule == "required-item" and f.line == topic.line)
        screen.jump_to_line(topic.line)
        await pilot.press("ctrl+p")
        await type_text(pilot, "忽略此问题")
        await palette_ready(pilot, "忽略此问题")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DismissScreen), "the palette entry opens the dismiss dialog")
        dialog = app.screen
        assert isinstance(dialog, DismissScreen)
        if dialog.query("#dismiss-which"):  # several topics on the heading: the one F7 went to, or the first
            dialog.query_one("#dismiss-which").value = next(n for n, g in enumerate(dialog.findings) if g == topic)
        dialog.query_one("#dismiss-reason", Input).value = "本乡没有这项工作"
        await pilot.press("enter")
        await settle(pilot, app)
        heading = screen.buffer.heading(screen.current)
        key = dismissal_key(topic)
        assert f"<!-- drafter: 忽略 required-item 「{key}」 本乡没有这项工作 -->\n## {heading}" in screen.buffer.text()
        after = sum(1 for f in screen.result.findings if f.rule == "required-item" and f.line == topic.line + 1)
        assert after == topics - 1  # one topic dismissed, the heading's others stay
        assert topic not in screen.result.findings
        assert screen.editor.text.startswith("一、")  # the editor still shows the part from its heading
        await pilot.press("shift+f9")
        await settle(pilot, app)
        assert "drafter: 忽略" not in screen.buffer.text() and topic in screen.result.findings


def test_dismissal_comment_is_the_contracts_form() -> None:
    lines = ["## 一、举措", "", "第一段。", "", "开展法制宣传。"]
    change = editing.dismiss(lines, 4, "wording", "引用  文件-->原文")
    assert change is not None and change.start == (4, 0)
    assert change.text == "<!-- drafter: 忽略 wording 引用 文件—>原文 -->\n"  # checks/dismiss.py's form
    after = [*lines[:4], change.text.rstrip("\n"), *lines[4:]]
    assert editing.dismissals_before(after, 5) == [4]
    restored = editing.restore(after, 5)
    assert restored is not None and restored.start == (4, 0) and restored.end == (5, 0)


def test_new_draft_closing_is_a_real_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = new_draft(tmp_path)
    assert 'closing = "特此报告。"' in path.read_text(encoding="utf-8")
    monkeypatch.chdir(REPO)
    rolled = make_draft("", None, 2024, str(SEED_TOWNSHIP), str(tmp_path / "rf.md"))
    assert 'closing = "特此报告。"' in rolled.read_text(encoding="utf-8")
