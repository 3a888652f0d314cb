"""No English and no command-line words on screen: every screen and dialog at 80×24, its visible text
read off the screen, fails on an ASCII word of three letters or more that is not a key, a format or a
file name, and on a button cut off by its dialog (issue 28)."""

from __future__ import annotations

import re
from pathlib import Path

from textual.errors import NoWidget
from textual.pilot import Pilot
from textual.widgets import Button, Input, TextArea

from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import DraftBuffer
from drafter.app.lock import Holder
from drafter.app.screens import conflict, dialogs
from drafter.app.screens.help import help_lines
from drafter.app.screens.start import make_draft

from .conftest import seed
from .helpers.app import _home, aio, draft_screen, lint_result, rows, settle, until  # noqa: F401 (_home: autouse)

# keys as keyboards and the footer name them, formats, programs the writer installs, the standard
ALLOWED = {
    *(f"f{n}" for n in range(1, 13)),
    *("ctrl", "shift", "alt", "esc", "enter", "tab", "delete", "del", "backspace", "pgup", "pgdn", "home", "end"),
    *("docx", "pdf", "wps", "word", "svg", "libreoffice"),
    "drafter",  # the program itself, as its title bar names it ("d1.md - drafter", as Word says "文档1 - Word")
}
_FILE = re.compile(r"[\w.\-/\\~]*\.(?:md|docx|pdf|txt|doc|wps|odt|place|autosave|lock|svg)\b|[\w\-]+\.[\w.\-]+/?")
_WORD = re.compile(r"[A-Za-z]{3,}")


def english(text: str) -> set[str]:
    """The ASCII words of 3+ letters in ``text`` that are not keys, formats or file names."""
    return {w for w in _WORD.findall(_FILE.sub(" ", text)) if w.lower() not in ALLOWED}


def test_the_scanner_finds_ids_and_flags_and_passes_keys_and_files() -> None:
    assert english("请用 --year 2024；规则 stale-year") == {"year", "stale"}
    assert english("按 Ctrl+S 保存 · Esc 返回 · F12 · 柳河镇2025.md · 报告.docx · WPS") == set()


def _shown(app: DrafterApp) -> str:
    """The screen's text, the editor's aside: it is the draft's own text (its markup is issue 28's
    other half, the editor that hides it)."""
    editors = [w.region for s in app.screen_stack for w in s.query(TextArea) if w.display]
    out = []
    for y, row in enumerate(rows(app)):
        cut = [(r.x, r.right) for r in editors if r.y <= y < r.bottom]
        out.append("".join(" " if any(a <= x < b for a, b in cut) else ch for x, ch in enumerate(row)))
    return "\n".join(out)


def _clipped(app: DrafterApp) -> list[str]:
    """Buttons of the screen on top not wholly shown (a dialog too narrow for its buttons)."""
    out = []
    for button in app.screen.query(Button):
        try:
            geometry = app.screen.find_widget(button)
        except NoWidget:  # not laid out: hidden with its bar
            continue
        if not geometry.clip.contains_region(geometry.region):
            out.append(str(button.label))
    return out


async def _seen(pilot: Pilot[None], where: str, found: dict[str, set[str]]) -> None:
    """The screen as it stands, its English words noted under ``where`` (the words of the test's own
    folder aside: a path shown wraps at any character)."""
    await pilot.pause()
    words = {w for w in english(_shown(pilot.app)) if w not in str(Path.cwd())}  # type: ignore[arg-type]
    words |= {f"（按钮被截断：{b}）" for b in _clipped(pilot.app)}  # type: ignore[arg-type]
    if words:
        found[where] = words


async def _open(pilot: Pilot[None], key: str, kind: str) -> None:
    """Press ``key`` and wait until a screen whose class is named ``kind`` is on top."""
    await pilot.press(key)
    await until(pilot, lambda: type(pilot.app.screen).__name__ == kind, f"{key} opens {kind}")


async def _close(pilot: Pilot[None]) -> None:
    await pilot.press("escape")
    await until(pilot, lambda: type(pilot.app.screen).__name__ == "DraftScreen", "back in the draft")


def test_the_help_text_is_chinese() -> None:
    assert english(help_lines().plain) == set()


@aio
async def test_the_start_screen_and_its_tabs_are_chinese(tmp_path: Path) -> None:
    found: dict[str, set[str]] = {}
    draft = make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / "辛集乡2025.md"))
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await _seen(pilot, "start", found)
        for key in ("f3", "f4"):
            await pilot.press(key)
            await _seen(pilot, f"start {key}", found)
        app.screen.query_one("#lint-path", Input).value = str(draft)
        await pilot.press("enter")
        await lint_result(pilot, app)  # the check of a file runs in a worker
        await _seen(pilot, "start f4 result", found)
        await pilot.press("ctrl+p")
        await _seen(pilot, "palette", found)
    assert not found, "\n".join(f"{k}: {sorted(v)}" for k, v in found.items())


@aio
async def test_the_drafting_screen_and_its_dialogs_are_chinese(tmp_path: Path) -> None:
    found: dict[str, set[str]] = {}
    path = make_draft("", None, 2024, str(seed("002")), str(tmp_path / "y.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.insert("全年调处矛盾纠纷160件，开展法制宣传12场，受理复议40件，办结45件，办结率100%。")
        await settle(pilot, app)
        await _seen(pilot, "drafting", found)
        for _ in range(3):
            await pilot.press("f7")
            await _seen(pilot, "F7 note", found)
        await pilot.press("f3")
        await _seen(pilot, "F3", found)
        for _ in range(30):
            await pilot.press("down")
            await _seen(pilot, "F3 list", found)
        await pilot.press("f3")
        for key, kind in (
            ("f2", "MetaScreen"),
            ("f4", "ExportScreen"),
            ("f1", "HelpScreen"),
            ("ctrl+t", "PromiseScreen"),
            ("ctrl+g", "FrameScreen"),
        ):
            await _open(pilot, key, kind)
            await _seen(pilot, kind, found)
            await _close(pilot)
        screen.editor.move_cursor((screen.editor.document.line_count - 1, 0))
        for _ in range(40):  # F7 until a finding F9 can dismiss
            await pilot.press("f7")
            await pilot.pause()
            if screen.findings_here():
                break
        await _open(pilot, "f9", "DismissScreen")
        await _seen(pilot, "DismissScreen", found)
        await _close(pilot)
        holder = Holder(12345, "其他电脑", "2025-01-05 09:30", "x")
        for ask in (
            conflict.second_instance(path.name, holder),
            conflict.changed_on_disk(path.name, True),
            conflict.DiffScreen("-旧的一行\n+新的一行"),
            dialogs.recover(path.name),
            dialogs.quit_unsaved(),
            dialogs.overwrite(str(path.with_suffix(".docx"))),
        ):
            app.push_screen(ask)
            await _seen(pilot, type(ask).__name__ + ":" + str(getattr(ask, "heading", "")), found)
            app.pop_screen()
        await pilot.press("ctrl+p")
        await _seen(pilot, "palette", found)
    assert not found, "\n".join(f"{k}: {sorted(v)}" for k, v in found.items())


@aio
async def test_a_fresh_draft_with_its_first_text_is_chinese(tmp_path: Path) -> None:
    found: dict[str, set[str]] = {}
    path = make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / "x.md"))
    DraftBuffer.load(path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        editor = app.screen.query_one("#editor", TextArea)
        editor.insert("全年调处矛盾纠纷160件，人民调解成功率95%。")
        await settle(pilot, app)
        await _seen(pilot, "drafting", found)
        for _ in range(6):
            await pilot.press("f7")
            await _seen(pilot, "F7 note", found)
        await pilot.press("f8")
        await _seen(pilot, "part 2", found)
    assert not found, "\n".join(f"{k}: {sorted(v)}" for k, v in found.items())


@aio
async def test_export_notices_name_the_settings_in_chinese(tmp_path: Path) -> None:
    """Exporting a draft without 主送机关, 署名 or 成文日期 says where to fill them in the app's terms
    (设置（F2）), not the draft file's field names (addressee, signature, date)."""
    path = make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / "x.md"))
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen._export(tmp_path / "x.docx")

        def notices() -> list[str]:
            return [str(n.message) for n in app._notifications]

        await until(pilot, lambda: any("已导出" in n for n in notices()), "the export")
        said = [n for n in notices() if "为空" in n]
        assert len(said) == 3 and all("设置（F2）" in n for n in said), said
        assert not english("\n".join(notices())), notices()


@aio
async def test_a_hand_edited_wrong_setting_is_a_chinese_notice(tmp_path: Path) -> None:
    """A draft whose settings were edited by hand and are wrong does not open: a notice names the setting
    as the settings form (F2) does (主送机关), never the draft file's field name (addressee), and the start
    screen is shown."""
    from drafter.app.screens.start import StartScreen

    path = make_draft("辛集乡人民政府", "township", 2025, "", str(tmp_path / "x.md"))
    path.write_text(path.read_text(encoding="utf-8").replace('addressee = ""', "addressee = 5"), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StartScreen), "the start screen")
        said = [str(n.message) for n in app._notifications]
        assert any("“主送机关”应写成加引号的文字" in n for n in said), said
        assert not english("\n".join(said)), said
