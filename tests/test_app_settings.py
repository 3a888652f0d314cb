"""The drafting app's settings form a writer expects: validated as typed, whole choices shown — through the app (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.start import make_draft

from .helpers.app import (  # noqa: F401 (_home: autouse)
    BODY,
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

# ---------------------------------------------------------------- 7. settings


@aio
async def test_settings_validate_as_you_type_and_show_whole_choices(tmp_path: Path) -> None:
    from textual.widgets import RadioButton

    from drafter.app.screens.meta import MetaScreen
    from drafter.app.widgets.choice import Choice

    path = new_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f2")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MetaScreen)
        assert form.query_one("#f-closing", Input).value == "特此报告。"  # a value, not a placeholder
        labels = [str(b.label) for b in form.query_one("#f-letterhead", Choice).query(RadioButton)]
        assert "红色版头（发文机关标志、红线）" in labels
        error = form.query_one("#form-error")
        date = form.query_one("#f-date", Input)
        date.focus()
        await type_text(pilot, "2026年01月5日")
        await pilot.pause()
        assert "前不加0" in str(error.content) and date.has_class("-invalid")
        date.value = "2026年1月5日"
        await pilot.pause()
        assert str(error.content) == "" and not date.has_class("-invalid")
        number = form.query_one("#f-doc_number", Input)
        number.value = "辛政文[2026]3号"
        await pilot.pause()
        assert "六角括号" in str(error.content) and number.has_class("-invalid")
        number.value = "辛政文〔2026〕3号"
        form.query_one("#f-letterhead", Choice).value = "red"
        await pilot.pause()
        assert str(error.content) == ""
        await pilot.click("#meta-ok")
        await pilot.pause()
        assert not isinstance(app.screen, MetaScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert 'doc_number = "辛政文〔2026〕3号"' in text and 'letterhead = "red"' in text


def test_from_an_older_report_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    warnings: list[str] = []
    make_draft("", None, 2025, str(SEED_TOWNSHIP), str(tmp_path / "old.md"), warnings)  # a 2023 report
    assert len(warnings) == 1 and "2023年度" in warnings[0] and "2024年度" in warnings[0] and "F2" in warnings[0]
    quiet: list[str] = []
    make_draft("", None, 2024, str(SEED_TOWNSHIP), str(tmp_path / "ok.md"), quiet)
    assert quiet == []


@aio
async def test_the_app_says_the_warning_of_making_the_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    warnings: list[str] = []
    path = make_draft("", None, 2026, str(SEED_TOWNSHIP), str(tmp_path / "old.md"), warnings)
    app = DrafterApp(Launch(draft=path, notes=warnings))  # what `drafter new` passes on
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # said by the drafting screen once it is on screen (a notice lasts seconds: not asserted on the clock)
        assert any("早3年" in note for note in draft_screen(app).notes)


def test_a_rolled_forward_draft_has_no_false_dismissal_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The <!-- drafter:commitments … --> block of a --from draft is not a dismissal directive."""

    from drafter.app import drafts
    from drafter.app.buffer import DraftBuffer

    monkeypatch.chdir(REPO)
    path = make_draft("", None, 2024, str(SEED_TOWNSHIP), str(tmp_path / "rf.md"))
    text = path.read_text(encoding="utf-8")
    assert "<!-- drafter:commitments" in text
    meta = DraftBuffer.from_text(text, path).meta
    result = drafts.run_check(text, drafts.checklist_for(meta), str(path))
    assert not [f for f in result.findings if f.rule == "dismissal"]


@aio
async def test_reopens_with_the_same_scroll_in_a_long_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    many = "".join(f"<!-- 去年原文：第{n}段。 -->\n\n全年办理行政复议案件{n}件。\n\n" for n in range(40))
    path = write_draft(tmp_path, BODY.replace("全年办理行政复议案件12件，调解纠纷30件。\n\n", many), "long.md")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        editor = screen.editor
        row = len(editor.text.split("\n")) - 3
        editor.move_cursor((row, 0))
        editor.scroll_to(y=editor.max_scroll_y - 2, animate=False, immediate=True)
        await pilot.pause()
        editor.move_cursor((row, 1))  # a cursor move records the place, scroll included
        await pilot.pause()
        stopped, top = screen.cursor_place(), round(editor.scroll_y)
        assert top > 10
        await pilot.press("ctrl+q")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await until(pilot, lambda: round(screen.editor.scroll_y) == top, "the scroll is set once the part is laid out")
        assert screen.cursor_place() == stopped and round(screen.editor.scroll_y) == top
