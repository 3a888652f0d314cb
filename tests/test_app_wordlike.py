"""The drafting screen at 80×24 as a Word user in a 政府办 expects it, found walking through the app in a
terminal of that size: where a key did nothing visible, or left the writer somewhere unexpected."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens import dialogs
from drafter.app.widgets.sidepanel import FindingItem

from .helpers.app import _home, aio, draft_screen, rows, settle, until, write_draft  # noqa: F401 (_home: autouse)


def _status(app: DrafterApp) -> str:
    return str(draft_screen(app).query_one("#status", Static).content)


@aio
async def test_enter_on_a_finding_about_a_whole_part_puts_the_cursor_where_to_write(tmp_path: Path) -> None:
    """F3, Enter on “主要举措和成效部分没有写到……” put the cursor at the start of the part's heading: the next
    words typed went into the heading (“二是规范执法。一、2025年度……”), and the status line kept the finding F7
    had gone to before. Now Enter goes where F7 goes, the status line says the finding chosen, and tells
    how to put the list away (Esc)."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f8", "f8", "f7")  # a finding of another part first: its note must not stay
        await until(pilot, lambda: "：" in screen.note, "F7's note")
        before = screen.note
        await pilot.press("f3")
        findings = screen.query_one("#findings")
        await until(pilot, lambda: screen.focused is findings, "the list focused")
        items = [c for c in findings.children if isinstance(c, FindingItem)]
        at = next(i for i, c in enumerate(items) if c.finding.rule == "required-item" and not c.finding.length)
        chosen = items[at].finding
        for _ in range(at):
            await pilot.press("down")
        await pilot.press("enter")
        await until(pilot, lambda: screen.focused is screen.editor, "the editor focused")
        assert screen.editor.cursor_location[0] not in screen.heads()
        heading = screen.buffer.heading(screen.current)
        await until(pilot, lambda: chosen.message in screen.note, "the status line on the finding chosen")
        assert before not in screen.note
        assert "Esc收起问题" in _status(app).split("\n")[0]
        await pilot.press("x")
        await settle(pilot, app)
        assert screen.buffer.heading(screen.current) == heading
        await pilot.press("escape")
        await until(pilot, lambda: "F3看问题" in _status(app), "the list put away, the hint back")
        assert "Esc收起问题" not in _status(app)


@aio
async def test_f7s_note_goes_when_f8_moves_to_another_part(tmp_path: Path) -> None:
    """The finding F7 went to stayed under the editor after F8 (or the outline) showed another part."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f7")
        await until(pilot, lambda: "：" in screen.note, "F7's note")
        shown = screen.current
        await pilot.press("f8")
        await until(pilot, lambda: screen.current != shown, "the next part")
        await pilot.pause()
        assert screen.note == "" and len(_status(app).split("\n")) == 1, _status(app)


@aio
async def test_arrow_keys_move_between_a_question_s_buttons(tmp_path: Path) -> None:
    """退出: 保存并退出 · 不保存，退出 · 取消 — → did nothing visible (only Tab moved), as in a Windows
    message box it goes to the next button, ← back; Enter presses the one focused."""
    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    chosen: list[str | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        app.push_screen(dialogs.quit_unsaved(), chosen.append)
        await until(pilot, lambda: isinstance(app.focused, Button), "the question's first button")
        assert app.focused is not None and app.focused.id == "choice-save"
        await pilot.press("right", "right")
        assert app.focused is not None and app.focused.id == "choice-cancel"
        await pilot.press("left")
        assert app.focused is not None and app.focused.id == "choice-discard"
        await pilot.press("enter")
        await until(pilot, lambda: bool(chosen), "the answer")
        assert chosen == ["discard"]


@aio
async def test_the_open_unit_type_list_says_esc_in_chinese(tmp_path: Path) -> None:
    """新建草稿's 单位类型 opened with Enter put Textual's "Esc Dismiss menu" in the footer at 80×24."""
    from textual.widgets import Select

    from .test_app_english import english

    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(app.screen.query("#new-type")), "the start screen")
        kind = app.screen.query_one("#new-type", Select)
        kind.focus()
        await until(pilot, lambda: app.focused is kind, "the unit type focused")
        await pilot.press("enter")
        await until(pilot, lambda: kind.expanded and "Esc" in rows(app)[-1], "the list open, its key in the footer")
        footer = rows(app)[-1]
        assert "收起列表" in footer and not english(footer), footer


@aio
async def test_ctrl_c_away_from_the_text_answers_in_chinese(tmp_path: Path) -> None:
    """Ctrl+C on the finding list (a Word user copying) said Textual's "Do you want to quit? Press ctrl+q
    to quit the app" over the outline at 80×24."""
    from drafter.app.app import CTRL_C

    from .test_app_english import english
    from .test_app_notices import _fits_two_rows

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f3")
        await until(pilot, lambda: screen.focused is screen.query_one("#findings"), "the list focused")
        await pilot.press("ctrl+c")
        await until(pilot, lambda: bool(app._notifications), "the notice")
        said = [f"{n.title} {n.message}" for n in app._notifications]
        assert said == [f" {CTRL_C}"] and not english(said[0]), said
        await _fits_two_rows(pilot, app, CTRL_C)  # a phrase a row beside the text


def test_a_note_is_cut_to_its_rows_with_an_ellipsis() -> None:
    from drafter.app.linebreak import break_points, clamp

    note = "警告16/19：“第一责任人职责”部分只有0句、0字；请写明主要负责人学法、部署、听取汇报、述法等具体做法" * 3
    for width in (20, 43, 55):
        cut = clamp(note, width, 3)
        assert cut.endswith("…") and note.startswith(cut[:-1]) and len(break_points(cut, width)) <= 2, width
    assert clamp("短句", 20, 3) == "短句"


@aio
async def test_f7s_note_ends_with_an_ellipsis_where_the_status_line_cuts_it(tmp_path: Path) -> None:
    """80×24: the note of a long finding (the duties part's thin-part, with the items it lacks) was cut off
    mid-word by the status line's last row; it now ends with … on that row, beside the finding list too."""
    from drafter.app.linebreak import clamp_note
    from drafter.app.screens.draft import NOTE_ROWS

    app = DrafterApp(Launch(draft=write_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        status = screen.query_one("#status", Static)
        longest = max(range(len(screen.walk_list())), key=lambda k: len(screen.walk_list()[k][2].message))
        screen.go_to_finding(screen.walk_list(), longest)  # the longest note: cut at least beside the list
        await until(pilot, lambda: "：" in screen.note, "F7's note")
        cut = []
        for side in (False, True):
            if side:
                await pilot.press("f3")
                await until(pilot, lambda: screen.has_class("-side-toggled"), "the list beside the editor")

            def ends(side: bool = side) -> bool:
                shown = [r.rstrip() for r in rows(app, status)]
                want = clamp_note(screen.note, screen.note_tail, status.content_region.width, NOTE_ROWS)
                if not want.endswith("…"):  # whole (its rule's name gone first): no … anywhere
                    return not any(r.endswith("…") for r in shown) and len(shown) > 1
                cut.append(side)
                return len(shown) == 1 + NOTE_ROWS and shown[-1].endswith("…")

            await until(pilot, ends, f"the note cut with … or whole (list shown: {side})")
        assert True in cut  # beside the finding list (44 columns) the longest note is cut, and ends with …


@aio
async def test_a_second_window_s_notices_take_two_rows_at_80x24(tmp_path: Path) -> None:
    """A second window on a draft, read-only: Ctrl+S said 只读：此草稿正由另一处编辑，这里不保存 on three rows
    (存 alone on the last); 接管编辑 said its notice on four."""
    from drafter.app.screens.dialogs import Ask
    from drafter.app.screens.draft import DraftScreen
    from drafter.app.screens.onewriter import READ_ONLY, TAKEN_OVER

    from .helpers.app import new_draft
    from .test_app_notices import _fits_two_rows

    path = new_draft(tmp_path)
    first, second = DrafterApp(Launch(draft=path)), DrafterApp(Launch(draft=path))
    async with first.run_test(size=(80, 24)) as p1:
        await until(p1, lambda: isinstance(first.screen, DraftScreen), "the draft screen")
        async with second.run_test(size=(80, 24), notifications=True) as p2:
            await until(p2, lambda: isinstance(second.screen, Ask), "the second window asks")
            await p2.press("enter")  # 只读查看, the first button
            await until(p2, lambda: isinstance(second.screen, DraftScreen), "the draft, read-only")
            screen = draft_screen(second)
            banner = screen.query_one("#readonly-banner")
            await until(p2, lambda: bool(banner.region.area), "the banner laid out")
            assert banner.content_region.x > banner.region.x  # indented as the text under it
            await p2.press("ctrl+s")
            await _fits_two_rows(p2, second, READ_ONLY)
            second.clear_notifications()
            screen._second_choice("takeover")
            await _fits_two_rows(p2, second, TAKEN_OVER)


@aio
async def test_the_old_report_warning_is_a_phrase_a_row_at_80x24(tmp_path: Path) -> None:
    """A draft started from a report three years older: its warning took eight rows over the outline, its
    words cut anywhere (度的报告，比草稿的 | 2026年度早3年；去年); now four, a phrase each."""
    from drafter.app.drafts import make_draft

    from .conftest import seed
    from .test_app_notices import _drawn, _text_rows

    warnings: list[str] = []
    path = make_draft("", None, 2026, str(seed("002")), str(tmp_path / "old.md"), warnings)
    assert len(warnings) == 1 and "早3年" in warnings[0]
    app = DrafterApp(Launch(draft=path, notes=warnings))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: bool(_drawn(app, warnings[0])), "the warning drawn")
        for t in _drawn(app, warnings[0]):
            assert t.region.height <= 4 and _text_rows(app, t) == warnings[0].split("\n"), _text_rows(app, t)


@aio
async def test_the_recent_drafts_are_as_indented_as_the_path_above_them(tmp_path: Path) -> None:
    """最近的草稿 at 80×24: the drafts stood flush against the window's edge, the path field above at two."""
    from textual.widgets import Input, ListItem

    from drafter.app.drafts import remember

    remember(write_draft(tmp_path))
    app = DrafterApp(Launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(app.screen.query("#recent-list")), "the start screen")
        await pilot.press("f3")
        path = app.screen.query_one("#open-path", Input)

        def shown() -> bool:
            items = app.screen.query("#recent-list > ListItem")
            return bool(items) and items.first().region.area > 0

        await until(pilot, shown, "the recent drafts shown")
        first = app.screen.query("#recent-list > ListItem").first(ListItem)
        assert first.content_region.x == path.region.x, (first.content_region, path.region)
