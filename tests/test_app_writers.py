"""One writer per draft: two app instances, outside edits and crash copies lose no text."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import Static, TextArea

from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import autosave_path
from drafter.app.lock import lock_path
from drafter.app.screens.conflict import DiffScreen
from drafter.app.screens.dialogs import Ask
from drafter.app.screens.draft import DraftScreen

from .helpers.app import _home, aio, click, draft_screen, new_draft, type_text, until  # noqa: F401 (_home: autouse, a private config and cwd)


def _asked(app: DrafterApp, choice: str) -> bool:
    """A question is on screen and composed (its button for ``choice`` exists)."""
    return isinstance(app.screen, Ask) and bool(app.screen.query(f"#choice-{choice}"))


def _conflicts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.冲突-*.md"))


@aio
async def test_second_instance_opens_read_only_and_writes_nothing(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    first, second = DrafterApp(Launch(draft=path)), DrafterApp(Launch(draft=path))
    async with first.run_test(size=(120, 40)) as p1:
        await until(p1, lambda: isinstance(first.screen, DraftScreen), "the draft screen")
        a = draft_screen(first)
        async with second.run_test(size=(120, 40)) as p2:
            await until(p2, lambda: _asked(second, "takeover"), "the second instance asks")
            assert "正由本机的另一个起草窗口" in str(second.screen.query_one(".dialog-text", Static).content)
            await click(p2, "#choice-readonly")
            await until(p2, lambda: isinstance(second.screen, DraftScreen), "the draft screen")
            b = draft_screen(second)
            assert b.read_only and b.editor.read_only
            assert "只读" in str(b.query_one("#readonly-banner", Static).content)
            status = str(b.query_one("#status", Static).content)
            assert "只读" in status and "已保存" not in status  # nothing here is saved: the status says so
            before = path.read_text(encoding="utf-8")
            b.buffer.set_section(b.current, b.editor.text + "\n第二处的字。\n")
            assert not b.save(quiet=True)
            b._crash_save()
            assert path.read_text(encoding="utf-8") == before
            assert not autosave_path(path).exists()
        # the writer is still the writer, and saves
        await type_text(p1, "第一处写的一句。")
        assert a.save(quiet=True)
    assert "第一处写的一句。" in path.read_text(encoding="utf-8")
    assert not lock_path(path).exists()


@aio
async def test_take_over_then_both_keep_typing_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the first writer's 5 s autosave would save and drop the crash copy this test offers (under load it came)
    monkeypatch.setattr("drafter.app.screens.draft.SAVE_EVERY", 3600.0)
    path = new_draft(tmp_path)
    first, second = DrafterApp(Launch(draft=path)), DrafterApp(Launch(draft=path))
    async with first.run_test(size=(120, 40)) as p1:
        await until(p1, lambda: isinstance(first.screen, DraftScreen), "the draft screen")
        a = draft_screen(first)
        await type_text(p1, "甲写的第一句。")
        assert a.save(quiet=True)
        await type_text(p1, "甲还没保存的第二句。")
        a._crash_save()  # what its 1-second timer does
        async with second.run_test(size=(120, 40)) as p2:
            await until(p2, lambda: _asked(second, "takeover"), "the second instance asks")
            await click(p2, "#choice-takeover")
            # the crash copy beside the draft may be all that is left of a dead writer: offered, not dropped
            await until(p2, lambda: _asked(second, "recover"), "the crash copy is offered")
            await click(p2, "#choice-recover")
            await until(p2, lambda: isinstance(second.screen, DraftScreen), "the draft screen")
            b = draft_screen(second)
            assert not b.read_only and "甲写的第一句。" in b.buffer.text()
            assert "甲还没保存的第二句。" in b.buffer.text()
            b.editor.focus()
            await type_text(p2, "乙接管后写的。")
            assert b.save(quiet=True)
            # the first instance's next save finds it is no longer the writer: it asks, never overwrites
            # (through its own pilot: called from here, it would run in the other app's context)
            await p1.press("ctrl+s")
            await until(p1, lambda: _asked(first, "keep"), "the first instance asks")
            assert "接管" in str(first.screen.query_one(".dialog-text", Static).content)
            assert "乙接管后写的。" in path.read_text(encoding="utf-8")
            await click(p1, "#choice-keep")
            await until(p1, lambda: isinstance(first.screen, DraftScreen), "the draft screen")
            assert draft_screen(first).read_only
    kept = _conflicts(tmp_path)
    assert len(kept) == 1 and "甲还没保存的第二句。" in kept[0].read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert "乙接管后写的。" in text and "甲写的第一句。" in text


@aio
async def test_outside_edit_with_the_same_mtime_is_never_overwritten(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft screen")
        screen = draft_screen(app)
        await type_text(pilot, "窗口里写的。")
        st = path.stat()
        outside = path.read_text(encoding="utf-8").replace("主要举措和成效\n", "主要举措和成效\n\n别处加的一段。\n", 1)
        path.write_text(outside, encoding="utf-8")
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # a sync client restoring the time
        assert not screen.save(quiet=True)
        await until(pilot, lambda: _asked(app, "keep"), "the conflict question")
        assert path.read_text(encoding="utf-8") == outside
        screen._tick()  # the timers while the question is open: still nothing written
        assert path.read_text(encoding="utf-8") == outside
        await click(pilot, "#choice-diff")
        await until(
            pilot,
            lambda: isinstance(app.screen, DiffScreen) and bool(app.screen.query("#diff-close")),
            "the difference",
        )
        shown = str(app.screen.query_one("#diff-text", Static).content)
        assert any(line.startswith("+") and "窗口里写的。" in line for line in shown.splitlines())
        assert any(line.startswith("-") and "别处加的一段。" in line for line in shown.splitlines())
        await click(pilot, "#diff-close")
        await until(pilot, lambda: _asked(app, "reload"), "the question again")
        await click(pilot, "#choice-reload")
        await until(pilot, lambda: "别处加的一段。" in screen.buffer.text(), "the draft reloaded")
        assert not screen.dirty
        assert not screen.read_only
        screen.editor.move_cursor(screen.editor.document.end)  # the cursor stays where it was: after the text
        await type_text(pilot, "重新载入后再写。")
        assert screen.save(quiet=True)
    assert "重新载入后再写。" in path.read_text(encoding="utf-8")
    assert "别处加的一段。" in path.read_text(encoding="utf-8")


@aio
async def test_keep_mine_writes_a_conflict_copy(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft screen")
        screen = draft_screen(app)
        await type_text(pilot, "我的一段。")
        path.write_text(path.read_text(encoding="utf-8") + "\n外面的一段。\n", encoding="utf-8")
        screen.save(quiet=True)
        await until(pilot, lambda: _asked(app, "keep"), "the conflict question")
        await click(pilot, "#choice-keep")
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft screen")
        assert "外面的一段。" in screen.buffer.text()
    kept = _conflicts(tmp_path)
    assert [k.name.split(".冲突-")[0] for k in kept] == ["x"]
    assert "我的一段。" in kept[0].read_text(encoding="utf-8")
    assert "外面的一段。" in path.read_text(encoding="utf-8")


@aio
async def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    lock_path(path).write_text(
        json.dumps(
            {"pid": int(dead.stdout), "host": socket.gethostname(), "time": "2026-01-01 09:00", "instance": "gone"}
        ),
        encoding="utf-8",
    )
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft screen")
        screen = draft_screen(app)
        assert not screen.read_only
        held = json.loads(lock_path(path).read_text(encoding="utf-8"))
        assert held["pid"] == os.getpid() and held["instance"] != "gone"
        assert {"pid", "host", "time"} <= set(held)


@aio
async def test_crash_copy_is_offered_even_when_the_draft_is_newer(tmp_path: Path) -> None:
    """A sync client, a `touch` or another instance's save makes the draft newer: the copy still counts."""
    path = new_draft(tmp_path)
    copy = autosave_path(path)
    copy.write_text(path.read_text(encoding="utf-8") + "\n没保存的一段。\n", encoding="utf-8")
    later = time.time() + 60
    os.utime(path, (later, later))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: _asked(app, "recover"), "the recovery question")
        await pilot.press("escape")  # undecided: the copy must stay
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft screen")
        screen = draft_screen(app)
        await type_text(pilot, "又写了一句。")
        screen._tick()
        assert "没保存的一段。" in copy.read_text(encoding="utf-8")
    assert copy.exists()
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: _asked(app, "recover"), "asked again")
        await click(pilot, "#choice-recover")
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft screen")
        assert "没保存的一段。" in draft_screen(app).buffer.text()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "没保存的一段。" in path.read_text(encoding="utf-8")
    assert not copy.exists()


@aio
async def test_read_only_editor_refuses_typing(tmp_path: Path) -> None:
    path = new_draft(tmp_path)
    first, second = DrafterApp(Launch(draft=path)), DrafterApp(Launch(draft=path))
    async with first.run_test(size=(120, 40)) as p1:
        await until(p1, lambda: isinstance(first.screen, DraftScreen), "the draft screen")
        async with second.run_test(size=(120, 40)) as p2:
            await until(p2, lambda: _asked(second, "takeover"), "asks")
            await p2.press("escape")
            await until(p2, lambda: isinstance(second.screen, DraftScreen), "the draft screen")
            b = draft_screen(second)
            b.editor.focus()
            before = b.editor.text
            await p2.press("x")
            assert b.query_one("#editor", TextArea).text == before and not b.dirty
