"""Helpers for the app's tests (Textual's Pilot): imported by every test_app*.py and a few others.

``_home`` is an autouse fixture: a test module that imports it gets a private config folder and
working directory for each test.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Footer, TextArea

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.meta import MetaScreen
from drafter.app.screens.start import make_draft
from drafter.app.widgets.outline import Outline

REPO = Path(__file__).resolve().parent.parent.parent
# seconds: the last guard on one step of the app (a step takes well under a second on a quiet machine,
# many times that on a loaded one); every wait here waits on the app's state, never a count of turns
STEP = 120.0


def aio(fn: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test without an asyncio pytest plugin (none is installed)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return run


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recent list and drafts go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def new_draft(tmp_path: Path, name: str = "x.md") -> Path:
    return make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / name))


async def settle(pilot, app) -> None:  # type: ignore[no-untyped-def]
    """Let the debounced check run and its result land: wait on the app's state, not on a guess of time.

    (A fixed pause of 0.4 s raced the 0.3 s debounce on a loaded machine: the check had not started
    when the test looked, and ``wait_for_complete`` found no worker to wait for.)
    """
    deadline = time.monotonic() + STEP
    while time.monotonic() < deadline:  # a last guard, not a measure
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        screen = app.screen
        if not isinstance(screen, DraftScreen):
            return
        if (
            not screen.loaded or screen.buffer.sections[screen.current] == screen.section_now()
        ) and screen.checked_version == screen.buffer.version:
            await pilot.pause()
            return
    raise AssertionError(f"the check never caught up with the text within {STEP:.0f} s")


async def palette_ready(pilot, expect: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the command palette has gathered its hits and highlights one containing ``expect``."""
    from textual.command import CommandList

    deadline = time.monotonic() + STEP
    while time.monotonic() < deadline:  # a last guard, not a measure
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
        lists = pilot.app.screen.query(CommandList)
        if lists and lists.first().option_count and lists.first().highlighted is not None:
            hit = lists.first().get_option_at_index(lists.first().highlighted)
            if expect in str(hit.prompt):
                return
    raise AssertionError(f"the palette never offered {expect} within {STEP:.0f} s")


async def lint_result(pilot, app, limit: float | None = None) -> str:  # type: ignore[no-untyped-def]
    """The 检查文件 result once the check (run off the UI thread) has landed: waits on the text, bounded."""
    from drafter.app.screens.start import CHECKING

    deadline = time.monotonic() + (limit or STEP)
    while time.monotonic() < deadline:
        shown = str(app.screen.query_one("#lint-result").content)
        if shown and CHECKING not in shown:
            return shown
        await pilot.pause(0.05)
    raise AssertionError("the check never landed")


def rows(app: DrafterApp, widget: Widget | None = None) -> list[str]:
    """The screen's rows as text (a wide character is one character), cut to ``widget``'s region."""
    strips = app.screen._compositor.render_strips()
    if widget is None:
        return [s.text for s in strips]
    r = widget.region
    return [strips[y].crop(r.x, r.right).text for y in range(r.y, min(r.bottom, len(strips)))]


def draft_screen(app: DrafterApp) -> DraftScreen:
    screen = app.screen
    assert isinstance(screen, DraftScreen)
    return screen


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the focused widget: key by key where keys exist, else as the terminal pastes it."""
    focused = pilot.app.focused
    if isinstance(focused, TextArea):
        focused.insert(text)  # full-width punctuation has no key name; this is what a paste does
        await pilot.pause()
        return
    for ch in text:
        await pilot.press(ch)


async def until(pilot, cond: Callable[[], object], what: str, seconds: float | None = None) -> None:  # type: ignore[no-untyped-def]
    """Wait on the app's state in short pauses, bounded by a generous deadline.

    The deadline is a last guard, not a measure: a count of bare ``pilot.pause()`` turns raced threads
    and layout on a loaded machine (each turn returns as soon as the process looks idle).
    """
    limit = seconds or STEP
    deadline = time.monotonic() + limit
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened within {limit:.0f} s: {what}")
        await pilot.pause(0.02)


async def footer_row(pilot, app) -> str:  # type: ignore[no-untyped-def]
    """The footer's row (the screen's last), once the app has settled and the footer is laid out."""
    await settle(pilot, app)
    footer = app.screen.query_one(Footer)
    await until(pilot, lambda: footer.region.height > 0 and bool(footer.children), "the footer laid out")
    await pilot.pause()
    return rows(app)[-1]


async def click(pilot, selector: str) -> None:  # type: ignore[no-untyped-def]
    """Click ``selector`` once it is laid out and drawn on top, and check that the click landed on it.

    A button composed but not yet laid out has an empty region: a click then hits the screen's corner
    and is lost (the dialog stays open), which only a loaded machine shows.
    """

    def ready() -> bool:
        found = pilot.app.screen.query(selector)
        if not found or found.first().region.area <= 0:
            return False
        widget = found.first()
        try:
            at, _ = pilot.app.get_widget_at(*widget.region.offset)
        except Exception:  # NoWidget, out of the screen: not ready
            return False
        return at is widget

    await until(pilot, ready, f"{selector} on screen")
    assert await pilot.click(selector), f"the click missed {selector}"


BODY = (
    "## 一、2025年度推进法治政府建设的主要举措和成效\n\n"
    "全年办理行政复议案件12件，调解纠纷30件。\n\n"
    "开展法制宣传活动8场。\n\n"
    "聘请法律顾问1名，审查合同5份。\n\n"
    "## 二、2025年度推进法治政府建设存在的不足和原因\n\n"
    "法制宣传形式单一。究其原因，主要是投入不足。\n\n"
    "## 三、2025年度党政主要负责人履行推进法治建设第一责任人职责的情况\n\n"
    "乡长主持召开会前学法6次，听取汇报2次。\n\n"
    "## 四、2026年度推进法治政府建设的主要工作安排\n\n"
    "继续开展法制宣传。\n"
)


def write_draft(tmp_path: Path, body: str = BODY, name: str = "w.md") -> Path:
    path = tmp_path / name
    path.write_text(
        '+++\nunit = "辛集乡人民政府"\ntype = "township"\nyear = 2025\n'
        'addressee = "鲁山县人民政府"\nsignature = "辛集乡人民政府"\ndate = "2026年1月20日"\n+++\n\n'
        "2025年，辛集乡人民政府坚持依法行政。现将有关情况报告如下：\n\n" + body,
        encoding="utf-8",
    )
    return path


__all__ = [
    "BODY",
    "REPO",
    "_home",
    "aio",
    "click",
    "draft_screen",
    "lint_result",
    "new_draft",
    "palette_ready",
    "rows",
    "settle",
    "type_text",
    "until",
    "write_draft",
]


# ---------------------------------------------------------------- shared by the app's test files

SEED = Path("../shared/corpus/seeds/000_144076ad8ae7c213.txt")  # read in place, relative to the repo

MEASURES = (
    "全年承接县级下放行政处罚权59项，综合行政执法办理案件23件。调处矛盾纠纷160件，人民调解成功率95%，"
    "信访事项依法办理。聘请法律顾问1名，审查合同12份。开展普法宣传和“法律进乡村”活动15场。"
)
SHORTCOMINGS = "一是执法人员业务能力不足，二是法治宣传形式单一。究其原因，主要是培训不够、投入不足。"
DUTIES = (
    "乡党委书记、乡长切实履行推进法治建设第一责任人职责，亲自部署、亲自过问。主持召开党委会会前学法6次，"
    "听取法治政府建设工作汇报2次。年终述法1次，并带头出庭应诉。"
)
PLAN = "2026年，我乡将继续深化综合行政执法改革，加强人民调解，推进法律顾问全覆盖，深入开展八五普法。"
OPENING = "2025年，辛集乡人民政府坚持依法行政，法治政府建设取得新成效。现将有关情况报告如下："


async def open_settings(app: DrafterApp, pilot: Any) -> MetaScreen:
    """F2 on an open draft: the settings form."""
    await pilot.pause()
    await pilot.press("f2")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, MetaScreen)
    return form


def outline_marks(app: DrafterApp) -> dict[str, str]:
    outline = app.screen.query_one(Outline)
    return {str(n.label)[2:]: str(n.label)[0] for n in outline._items.values()}


SEED_TOWNSHIP = Path("../shared/corpus/seeds/002_a56d498a3fc7f791.txt")


def row_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.split("\n")) if words in line)


async def county_guide(tmp_path: Path, measures: str) -> str:
    """The side panel's checklist text of a county government's 2023 draft whose measures part holds
    ``measures``, the cursor in that part and the check settled."""
    path = Path(make_draft("青山县人民政府", "county_gov", 2023, "", str(tmp_path / "d.md")))
    head = "## 一、2023年度推进法治政府建设的主要举措和成效\n"
    path.write_text(path.read_text(encoding="utf-8").replace(head, head + "\n" + measures + "\n"), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = draft_screen(app)
        screen.editor.move_cursor((3, 0))
        await settle(pilot, app)
        return str(screen.query_one("#guide-text").content)
