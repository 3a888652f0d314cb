"""What a Word/WPS writer stumbled on in a walk through the drafting app (80×24, 60×20, 160×45)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import DraftBuffer
from drafter.app.screens.dismiss import DismissScreen
from drafter.app.screens.draft import DraftScreen
from drafter.app.screens.frames import FrameScreen, placed
from drafter.app.screens.meta import MetaScreen
from drafter.app.screens.start import StartScreen
from drafter.checklist_schema import BLANK
from drafter.checks import Finding
from drafter.readers.errors import ReadError

from .conftest import run_cli
from .helpers.app import _home, aio, draft_screen, footer_row, rows, settle, until, write_draft  # noqa: F401 (_home: autouse)


def test_a_frame_on_a_heading_line_goes_below_it() -> None:
    assert placed("一、主要举措", 0, "甲【请填写】", heading=True) == ("\n\n甲【请填写】", 2)
    assert placed("一、主要举措", 0, "甲", heading=True, followed=True) == ("\n\n甲\n", 2)


@aio
async def test_ctrl_g_on_the_part_heading_keeps_the_heading(tmp_path: Path) -> None:
    """F7 to a part's finding puts the cursor at the start of its heading; Ctrl+G there glued the frame
    in front of the heading ("……人次。一、2025年度……") and the part lost its heading."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.open_part("measures")
        await until(pilot, lambda: screen.editor.text.startswith("一、"), "the measures part shown")
        heading = screen.editor.text.split("\n")[0]
        screen.editor.move_cursor((0, 0))
        screen.editor.focus()
        await pilot.press("ctrl+g")
        await until(pilot, lambda: isinstance(app.screen, FrameScreen), "the frame dialog")
        dialog = app.screen
        assert isinstance(dialog, FrameScreen)
        frame = dialog.choices[0][1]
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen and BLANK in screen.editor.text, "the frame inserted")
        lines = screen.editor.text.split("\n")
        assert lines[0] == heading and lines[1] == "" and lines[2] == frame
        assert screen.view.rows[0].prefix.startswith("## ")  # still the part's heading
        assert screen.editor.selected_text == BLANK


@aio
async def test_the_frame_dialog_shows_how_to_insert_at_80x24(tmp_path: Path) -> None:
    """The list of frames filled the dialog and pushed its hint (Enter 插入到光标处 …) off the screen."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        screen.editor.focus()
        await pilot.press("ctrl+g")
        await until(pilot, lambda: isinstance(app.screen, FrameScreen), "the frame dialog")
        listed = app.screen.query_one("#frame-list")
        await until(pilot, lambda: listed.region.height > 0, "the frame list laid out")
        await pilot.pause()
        assert any("Enter 插入到光标处" in r for r in rows(app)), "\n".join(rows(app))


@aio
async def test_settings_examples_carry_the_year_the_report_goes_out(tmp_path: Path) -> None:
    """A 2024 report goes out in 2025: its 发文字号 and 印发日期 examples said 〔2026〕 and 2026年."""
    path = write_draft(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("year = 2025", "year = 2024"), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, MetaScreen), "the settings form")
        hints = {k: app.screen.query_one(f"#f-{k}", Input).placeholder for k in ("date", "doc_number", "issued")}
        assert "〔2025〕" in hints["doc_number"] and "2025年" in hints["issued"] and "2025年" in hints["date"]


@aio
async def test_at_60_columns_the_footer_still_shows_quit_and_help(tmp_path: Path) -> None:
    """At 60×20 the footer ran out at "^q" and never showed 退出 or F1 帮助."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(60, 20)) as pilot:
        shown = await footer_row(pilot, app)
        assert "退出" in shown and "帮助" in shown, shown
        assert "保存" in shown and "下一问题" in shown


@aio
async def test_at_80_columns_the_footer_leaves_out_only_ctrl_f(tmp_path: Path) -> None:
    """Ctrl+F goes first where the keys do not fit (every Word user knows it); at 100 columns all are shown."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        shown = await footer_row(pilot, app)
        assert all(word in shown for word in ("F8 下一部分", "Ctrl+Q 退出", "F1 帮助")), shown
        assert "查找" not in shown
        await pilot.resize_terminal(100, 30)
        await until(pilot, lambda: "Ctrl+F 查找" in rows(app)[-1], "Ctrl+F shown again at 100 columns")


@aio
async def test_the_start_screen_opens_a_draft_by_its_path(tmp_path: Path) -> None:
    """A draft not in 最近的草稿 (a colleague's, one copied from another computer) could only be opened
    with `drafter edit` on the command line; a .docx there is refused in one line."""
    draft = write_draft(tmp_path, name="同事的草稿.md")
    (tmp_path / "去年.docx").write_bytes(b"")
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StartScreen), "the start screen")
        await pilot.press("f3")
        await until(pilot, lambda: getattr(app.focused, "id", "") == "open-path", "the path field focused")
        assert "在上面填写已有草稿的路径" in str(app.screen.query_one("#recent-empty", Static).content)
        for ch in "去年.docx":
            await pilot.press(ch)
        await pilot.press("enter")
        error = app.screen.query_one("#open-error", Static)
        await until(pilot, lambda: "只能打开草稿" in str(error.content), "the .docx refused")
        field = app.screen.query_one("#open-path", Input)
        field.value = ""
        for ch in draft.name:
            await pilot.press(ch)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DraftScreen), "the draft opened")
        assert draft_screen(app).buffer.path.resolve() == draft.resolve()


def test_drafter_edit_on_last_years_report_says_use_new_from(tmp_path: Path) -> None:
    """`drafter edit 去年报告.docx` opened the start screen with "'utf-8' codec can't decode byte…"; a
    plain-text report was opened as a draft, and Ctrl+S would have written the draft over it."""
    report = tmp_path / "去年报告.txt"
    report.write_text("鲁山县辛集乡人民政府关于2023年度法治政府建设情况的报告\n\n一、主要举措\n", encoding="utf-8")
    (tmp_path / "去年报告.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x89")
    for name in ("去年报告.txt", "去年报告.docx"):
        proc = run_cli("edit", str(tmp_path / name))  # a child: without the check the app would start
        lines = [x for x in proc.stderr.splitlines() if x.strip()]
        assert proc.returncode == 2 and len(lines) == 1, proc.stderr
        assert f"drafter new --from {name}" in lines[0] and "codec" not in lines[0]
    with pytest.raises(ReadError, match="不是草稿"):
        DraftBuffer.load(tmp_path / "去年报告.docx")
    draft = write_draft(tmp_path, name="草稿.txt")  # a draft saved as .txt (settings first) still opens
    assert DraftBuffer.load(draft).meta.unit == "辛集乡人民政府"


@aio
async def test_the_app_refuses_a_report_in_one_chinese_line(tmp_path: Path) -> None:
    report = tmp_path / "去年报告.pdf"
    report.write_bytes(b"%PDF-1.4\n\xe2\xe3\xcf\xd3\n")
    app = DrafterApp(Launch(draft=report))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StartScreen), "the start screen")
        await until(
            pilot, lambda: any("drafter new --from 去年报告.pdf" in n.message for n in app._notifications), "the notice"
        )
        assert not any("codec" in n.message for n in app._notifications)
        assert report.read_bytes().startswith(b"%PDF")


@aio
async def test_the_dismiss_dialog_keeps_its_buttons_at_60x20(tmp_path: Path) -> None:
    """A long finding (the 第一责任人职责 part's, four lines at 60 columns) pushed 忽略/取消 out of the dialog."""
    long = (
        "“第一责任人职责”部分只有0句、0字；请写明主要负责人学法、部署、听取汇报、述法等具体做法；"
        "也没有写到：写明主要负责人本人、带头学法、亲自部署、听取汇报、协调督办、述法（部分内容单薄）"
    )
    findings = [Finding("placeholder", "error", long, line=30, quote="【请填写】")]
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot, app)
        await app.push_screen(DismissScreen(findings))
        await until(pilot, lambda: isinstance(app.screen, DismissScreen), "the dismiss dialog")
        box, ok = app.screen.query_one(".dialog-box"), app.screen.query_one("#dismiss-ok")
        await until(pilot, lambda: ok.region.height > 0, "the buttons laid out")
        await pilot.pause()
        inner = box.region.shrink(box.styles.gutter)
        assert inner.contains_region(ok.region), (box.region, ok.region)
        assert any("忽略" in r and "取消" in r for r in rows(app))
