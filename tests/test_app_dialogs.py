"""Dialogs at 80×24 as a Word user meets them: no notice left over from the drafting screen on a dialog
or over it, and one raised while it is open waits until it closes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.notifications import Notification, Notifications
from textual.screen import ModalScreen
from textual.widgets._toast import Toast

from drafter.app.app import DrafterApp, Launch
from drafter.app.notices import NoticeHold
from drafter.app.screens.help import HelpScreen

from .helpers.app import _home, aio, draft_screen, new_draft, settle, until, write_draft  # noqa: F401 (_home: autouse)

SAID = "草稿已保存到某处，这条通知比对话框先出现"


def _drawn(app: DrafterApp) -> list[Toast]:
    """Every notice drawn on any screen of the stack (the one beneath shows through a dialog)."""
    return [t for s in app.screen_stack for t in s.query(Toast) if t.region.area]


def _on_top(app: DrafterApp) -> bool:
    screen = app.screen
    if not isinstance(screen, (ModalScreen, HelpScreen)):
        return False
    boxes = [w for w in screen.query("*") if w.region.area]
    return bool(boxes)


# every dialog the drafting screen opens with a key, at 80×24 (F9: on the paragraph saying 法制宣传)
DIALOGS = {
    "settings": ("f2",),
    "export": ("f4",),
    "palette": ("ctrl+p",),
    "frames": ("ctrl+g",),
    "dismiss": ("f9",),
    "quit": ("end", "a", "ctrl+q"),
    "help": ("f1",),
}


@pytest.mark.parametrize("keys", DIALOGS.values(), ids=DIALOGS.keys())
@aio
async def test_a_dialog_opens_clear_of_the_notices_beneath(tmp_path: Path, keys: tuple[str, ...]) -> None:
    """草稿已保存 stood on the 忽略此问题 box's border at 80×24 (Textual draws the notices on the screen on
    top, and the drafting screen's own show through a dialog): the notices wait until it closes."""
    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        lines = screen.buffer.text().split("\n")
        screen.jump_to_line(next(n for n, t in enumerate(lines, 1) if t.startswith("开展法制宣传")))
        draft_screen(app).notify(SAID, timeout=60)
        await until(pilot, lambda: bool(_drawn(app)), "the notice drawn on the drafting screen")
        await pilot.press(*keys)
        await until(pilot, lambda: _on_top(app), f"the dialog of {keys}")
        await pilot.pause()
        assert not _drawn(app), [t._notification.message for t in _drawn(app)]


@aio
async def test_a_notice_raised_under_a_dialog_waits_until_it_closes(tmp_path: Path) -> None:
    """A notice raised while the settings form is open (a check's or a preview's, from the drafting screen)
    stood over the form; now it is shown, whole, once the form is put away."""
    from drafter.app.screens.meta import MetaScreen

    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, MetaScreen) and _on_top(app), "the settings form")
        app.screen_stack[-2].notify(SAID, timeout=60)

        def raised() -> bool:
            return any(n.message == SAID for n in [*app._notifications, *(n for n, _ in app.notice_hold.held)])

        await until(pilot, raised, "the notice raised")
        await pilot.pause()
        assert not _drawn(app) and [n.message for n, _ in app.notice_hold.held] == [SAID]
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, MetaScreen), "the form closed")

        def shown() -> bool:
            return any(t._notification.message == SAID for t in _drawn(app))

        await until(pilot, shown, "the notice shown on the drafting screen")
        assert [t.screen for t in _drawn(app)] == [draft_screen(app)]


def test_a_held_notice_keeps_the_time_it_had_left() -> None:
    """The clock of a notice stops while a dialog hides it: it comes back with the seconds it had left."""
    shown = Notifications()
    notice = Notification("草稿已保存", timeout=10)
    shown.add(notice)
    hold = NoticeHold()
    hold.hold(shown)
    assert not list(shown)
    (_, left), back = hold.held[0], time.time() + 500  # the dialog open for 500 s, far past the notice's 10
    hold.release(shown, now=back)
    assert list(shown) == [notice] and not hold.held
    assert notice.raised_at + notice.timeout - back == pytest.approx(left)
    assert 0 < left <= 10


@aio
async def test_a_notice_said_again_is_shown_once(tmp_path: Path) -> None:
    """Ctrl+O twice stacked 已采用去年原文，请改写成今年的情况 twice beside the editor (four rows at 80×24)."""
    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.notify(SAID, timeout=60)
        await until(pilot, lambda: bool(_drawn(app)), "the first notice drawn")
        screen.notify("另一条", timeout=60)
        screen.notify(SAID, timeout=60)
        await until(pilot, lambda: _said(app)[-2:] == ["另一条", SAID], "the next two drawn")
        assert [n.message for n in app._notifications] == ["另一条", SAID]
        await until(pilot, lambda: _said(app) == ["另一条", SAID], "the first one gone from the screen")


def _said(app: DrafterApp) -> list[str]:
    return [str(t._notification.message) for t in _drawn(app)]
