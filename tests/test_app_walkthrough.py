"""What a Word user expects of the drafting screen, found walking through the app at 80x24 (Pilot, real files)."""

from __future__ import annotations

import itertools
from pathlib import Path

from textual.widgets import Static

from drafter.app import editing
from drafter.app.app import DrafterApp, Launch
from drafter.app.linebreak import break_points

from .helpers.app import (  # noqa: F401 (_home: autouse)
    _home,
    aio,
    click,
    draft_screen,
    rows,
    settle,
    type_text,
    until,
    write_draft,
)


def _status(app: DrafterApp) -> str:
    return str(draft_screen(app).query_one("#status", Static).content)


@aio
async def test_undo_back_to_the_saved_text_is_saved_again(tmp_path: Path) -> None:
    """The 未保存 mark follows the text, as in Word: typed and undone is the draft as on disk."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert "已保存" in _status(app)
        await pilot.press("ctrl+end", "a", "b")
        await settle(pilot, app)
        assert screen.dirty and "未保存" in _status(app)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: "ab" not in screen.editor.text, "the undo")
        await settle(pilot, app)
        assert not screen.dirty
        assert "已保存" in _status(app), _status(app)
        await pilot.press("ctrl+q")  # nothing to ask: the text is the draft's
        await until(pilot, lambda: app.return_code is not None or not app.is_running, "the app to quit")


# every paragraph takes as many rows in the editor beside F3's panel as without it: the wrapped height
# stays the same, the one case Textual does not repaint by itself (it repaints when the height changes)
SAME_HEIGHT = (
    "## 一、主要举措和成效\n\n"
    "全年办理行政复议案件十二件调解纠纷三十件开展法治宣传活动八场次。\n\n"
    "## 二、存在的不足和原因\n\n法制宣传形式单一。究其原因，主要是投入不足。\n\n"
    "## 三、党政主要负责人履行推进法治建设第一责任人职责的情况\n\n乡长主持召开会前学法6次。\n\n"
    "## 四、2026年度主要工作安排\n\n继续开展法制宣传。\n"
)


@aio
async def test_the_editor_shows_all_its_words_after_the_side_panel_goes(tmp_path: Path) -> None:
    """F3 then Esc at 80 columns: the editor grows back and re-wraps (it showed the lines cut at the
    panel's width, words lost between rows, until the cursor moved)."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path, SAME_HEIGHT)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        editor = screen.editor
        row = next(i for i, line in enumerate(editor.document.lines) if line.startswith("全年"))
        words = editor.document[row]

        def wrapped(width: int) -> list[str]:
            cuts = [0, *break_points(words, width), len(words)]
            return [words[a:b] for a, b in itertools.pairwise(cuts)]

        def rewrapped() -> bool:
            """The editor's own wrap follows its width (Textual re-wraps on resize)."""
            return editor.wrapped_document.get_offsets(row) == break_points(words, editor.wrap_width)

        def drawn() -> list[str]:
            """The paragraph's rows as the screen shows them."""
            return [r.strip() for r in rows(app, editor) if r.strip()][1:3]

        wide = editor.wrap_width
        assert drawn() == wrapped(wide), drawn()
        height = editor.wrapped_document.height
        await pilot.press("f3")
        await until(pilot, lambda: editor.wrap_width < wide and rewrapped(), "the editor narrowed beside the panel")
        narrow = wrapped(editor.wrap_width)
        assert narrow != wrapped(wide) and editor.wrapped_document.height == height  # the case above
        await until(pilot, lambda: drawn() == narrow, "the paragraph drawn beside the panel")
        await pilot.press("escape")
        await until(pilot, lambda: screen.focused is editor and editor.wrap_width == wide, "back in the editor")
        await until(pilot, rewrapped, "the editor re-wrapped at its width")
        await pilot.pause()
        assert drawn() == wrapped(wide), f"still drawn at the panel's width: {drawn()}"


@aio
async def test_enter_starts_a_paragraph_of_the_report_and_backspace_joins_it_back(tmp_path: Path) -> None:
    """As in Word: one Enter after text is a new paragraph in the .docx (one newline alone was the same
    paragraph in the draft, so two paragraphs on screen printed as one); Backspace at its start joins it,
    Delete at its end joins the next."""
    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("ctrl+end")
        await type_text(pilot, "新增一段。")
        await pilot.press("enter")
        await type_text(pilot, "又一段。")
        await settle(pilot, app)
        assert "新增一段。\n\n又一段。" in screen.editor.text
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not screen.dirty, "the save")
        assert "新增一段。\n\n又一段。" in path.read_text(encoding="utf-8")
        await pilot.press("home", "backspace")
        await until(pilot, lambda: "新增一段。又一段。" in screen.editor.text, "the paragraphs joined")
        await pilot.press("enter")  # and apart again
        await until(pilot, lambda: "新增一段。\n\n又一段。" in screen.editor.text, "the paragraphs parted")
        await pilot.press("ctrl+z")
        await until(pilot, lambda: "新增一段。又一段。" in screen.editor.text, "one undo for one Enter")
        await pilot.press("enter", "up", "up", "end", "delete")  # Delete at a paragraph's end joins the next
        await until(pilot, lambda: "新增一段。又一段。" in screen.editor.text, "joined by Delete")
        await pilot.press("delete", "home", "delete")  # elsewhere one character, as usual
        await until(pilot, lambda: "\n增一段。一段。" in screen.editor.text, "one character deleted each")


def test_enter_and_the_joins_on_the_lines() -> None:
    lines = ["一、标题", "", "甲。", "", "乙。", ""]
    assert editing.paragraph_break(lines, 2, 2) == "\n\n"
    assert editing.paragraph_break(lines, 2, 0) == "\n"  # at a line's start: the text moves down
    assert editing.paragraph_break(lines, 3, 0) == "\n"
    assert editing.join_back(lines, 4, 0) == ((2, 2), (4, 0))
    assert editing.join_back(lines, 4, 1) is None
    assert editing.join_back(lines, 2, 0, heads=frozenset({0})) is None  # never into a heading
    assert editing.join_next(lines, 2, 2) == ((2, 2), (4, 0))
    assert editing.join_next(lines, 0, 4, heads=frozenset({0})) is None
    assert editing.join_next(["甲。", "乙。"], 0, 2) is None  # no blank line between: Delete as usual


@aio
async def test_export_says_it_saved_the_draft_too(tmp_path: Path) -> None:
    """F4 saves the draft as well (the status turns 已保存): the notice says so, not only 已导出."""
    from drafter.app.screens.export import ExportScreen
    from drafter.app.screens.preview import EXPORTED_SAVED

    from .test_app_notices import _one_line

    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("ctrl+end")
        await type_text(pilot, "新增一句。")
        await settle(pilot, app)
        await pilot.press("f4")
        await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
        await click(pilot, "#export-ok")
        docx = path.with_suffix(".docx")
        await until(pilot, lambda: any(n.message == EXPORTED_SAVED for n in app._notifications), "the export notice")
        assert not screen.dirty and "新增一句。" in path.read_text(encoding="utf-8")
        # the notice one line beside the editor (the path took four rows there); the path under the editor
        await until(pilot, lambda: _one_line(app, EXPORTED_SAVED), "the notice drawn on one line")
        assert f"已导出到 {docx.resolve()}" in _status(app), _status(app)


@aio
async def test_at_60_columns_the_finding_list_takes_the_window(tmp_path: Path) -> None:
    """60x20: beside the side panel the editor had 26 columns; F3 now gives the list the window, and Enter
    on a finding goes back to the editor with the list put away."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        side = screen.query_one("#side")
        await pilot.press("f3")
        await until(pilot, lambda: side.region.width == 60 and not screen.editor.region.area, "the list alone")
        await pilot.press("down", "enter")
        await until(pilot, lambda: screen.focused is screen.editor, "back in the editor")
        await until(pilot, lambda: screen.editor.region.width > 30 and not side.region.area, "the list put away")
        await pilot.press("f3", "escape")
        await until(pilot, lambda: screen.focused is screen.editor and not side.region.area, "Esc back")


def _key_name(key: str) -> str:
    """A binding's key as F1 help writes it: ctrl+g → Ctrl+G, shift+f7 → Shift+F7, alt+up → Alt+↑."""
    words = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "up": "↑", "down": "↓"}
    return "+".join(words.get(w, w.upper()) for w in key.split("+"))


def test_every_key_of_the_drafting_screen_is_in_f1_help_and_the_palette() -> None:
    """F1, the palette and the bindings agree: Ctrl+G (插入句式) and Ctrl+T (去年承诺) were in neither or one."""
    import inspect

    from drafter.app import palette
    from drafter.app.screens.draft import DraftScreen
    from drafter.app.screens.help import HELP

    source = inspect.getsource(palette.DraftCommands)
    for binding in DraftScreen.BINDINGS:
        keys = [k for k in binding.key.split(",") if k != "ctrl+h"]  # Ctrl+H arrives as Backspace: not told
        for key in keys:
            assert _key_name(key) in HELP, f"F1 help does not name {_key_name(key)} ({binding.description})"
        action = binding.action.split("(")[0]
        if action in ("next_part", "prev_part"):
            continue  # the palette names each part instead (切换部分：…)
        assert f"action_{action}" in source, f"the palette has no command for {binding.description}"


@aio
async def test_the_settings_form_says_ok_not_save(tmp_path: Path) -> None:
    """F2's button applies the settings to the draft (the file changes at Ctrl+S): 确定 as in Word's
    dialogs; 保存 there was followed by 未保存 in the status line."""
    from textual.widgets import Button

    from drafter.app.screens.meta import MetaScreen

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, MetaScreen), "the form")
        assert str(app.screen.query_one("#meta-ok", Button).label) == "确定"


@aio
async def test_the_palette_lists_the_writers_commands_first(tmp_path: Path) -> None:
    """Ctrl+P opened on 截图 and 退出 (Textual's own commands, gathered beside drafter's and first in);
    a Word user looks for 保存, 导出, 设置 there. Textual's two still come, last."""
    from textual.command import CommandList

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+p")

        def listed() -> list[str]:
            found = app.screen.query(CommandList)
            if not found:
                return []
            options = [found.first().get_option_at_index(i) for i in range(found.first().option_count)]
            return [str(o.prompt).split("\n")[0] for o in options]

        await until(pilot, lambda: "截图" in listed() and "保存" in listed(), "the palette's commands")
        names = listed()
        assert names[:3] == ["帮助", "保存", "排版导出"], names
        assert names[-2:] == ["退出", "截图"], names


@aio
async def test_at_80_columns_the_header_names_the_file_as_words_title_bar(tmp_path: Path) -> None:
    """The header said 青山县河口镇人民政府 2025年度报告 — d1.… at 80 columns: the unit twice (the draft
    says it) and the file cut off. As Word's title bar: the file's name, then the program."""
    body = "## 一、主要举措和成效\n\n开展法治宣传。\n"
    for name in ("d1.md", "青山县河口镇2025年度法治政府建设情况报告（第二稿）.md"):
        path = write_draft(tmp_path, body, name=name)
        path.write_text(path.read_text(encoding="utf-8").replace("辛集乡人民政府", "青山县河口镇人民政府"), "utf-8")
        app = DrafterApp(Launch(draft=path))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, app)
            header = rows(app)[0]
            assert name in header, header  # a long name whole too: what is cut is " - drafter"
            assert name != "d1.md" or "d1.md - drafter" in header, header
            assert "河口镇人民政府" not in header, header


@aio
async def test_at_80_columns_enter_on_a_finding_keeps_the_list_beside_the_editor(tmp_path: Path) -> None:
    """80x24: Enter on a finding put the cursor there and left the list where the outline was, with no key
    in the editor to put it away (F3 goes back into the list, as at 120 columns). The list stays as a pane
    beside the text, as Word's pane stays open while the writer fixes what it points at; Esc in the editor
    puts it away: the outline comes back, the cursor stays in the text."""
    from drafter.app.widgets.sidepanel import FindingItem

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        side, outline = screen.query_one("#side"), screen.query_one("#outline")
        await pilot.press("f3")
        await until(pilot, lambda: side.region.area and not outline.region.area, "the list in the outline's place")
        findings = screen.query_one("#findings")
        await until(pilot, lambda: screen.focused is findings, "the list focused")
        shown = [c.finding for c in findings.children if isinstance(c, FindingItem)]
        lines = [f.line for f in shown]
        # one about words on a line (one about a whole part goes where to write in it, as F7 does)
        at = next(i for i, f in enumerate(shown) if f.line is not None and f.length)
        for _ in range(at):
            await pilot.press("down")
        await pilot.press("enter")
        await until(pilot, lambda: screen.focused is screen.editor, "the editor focused")
        await until(pilot, lambda: screen.cursor_file()[0] == lines[at], "the cursor on the finding's line")
        assert side.region.area and not outline.region.area  # the pane stays, beside the text
        await pilot.press("escape")
        await until(pilot, lambda: outline.region.area and not side.region.area, "the outline back")
        assert screen.focused is screen.editor and screen.cursor_file()[0] == lines[at]
        assert "F3看问题" in _status(app)
        await pilot.press("escape")  # nothing left to put away: the text stays as it is
        assert screen.focused is screen.editor and outline.region.area and not side.region.area
