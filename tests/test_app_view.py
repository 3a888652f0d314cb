"""The report as it will read (issue 28): no markup on the drafting screen, every hidden line kept."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Label, Static

from drafter.app.app import DrafterApp, Launch
from drafter.app.buffer import DraftBuffer
from drafter.app.drafts import make_draft
from drafter.app.view import View
from drafter.app.widgets.sidepanel import FindingItem

from .helpers.app import BODY, REPO, _home, aio, draft_screen, settle, type_text, until, write_draft  # noqa: F401 (_home: autouse)

SEED = Path("../shared/corpus/seeds/002_a56d498a3fc7f791.txt")


def rolled(tmp_path: Path) -> Path:
    """A draft rolled forward from a seed (its path given as a user would, from the project folder)."""
    seed = REPO / SEED
    return make_draft("", None, 2025, str(seed), str(tmp_path / "rf.md"))


def markup_free(shown: str) -> bool:
    return "<!--" not in shown and "-->" not in shown and "#" not in shown


@aio
async def test_rolled_forward_draft_shows_no_markup(tmp_path: Path) -> None:
    path = rolled(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        for _ in range(len(screen.buffer.sections)):  # every part, the preamble too
            editor = screen.editor
            assert markup_free(editor.text), editor.text
            shown = app.export_screenshot()
            assert "&lt;!--" not in shown and "##" not in shown
            await pilot.press("f8")
            await pilot.pause()
        assert "\n\n\n" not in screen.editor.text


@aio
async def test_typing_across_a_heading_and_hidden_comments_keeps_every_hidden_line(tmp_path: Path) -> None:
    path = rolled(tmp_path)
    hidden_before = [ln for s in DraftBuffer.load(path).sections for ln in View.of(s).hidden()]
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        editor = screen.editor
        editor.move_cursor((0, 2))
        await type_text(pilot, "2025")  # inside the heading
        await pilot.press("end", "enter")
        await type_text(pilot, "今年新写的一段。")
        await pilot.press("enter", "enter")
        await type_text(pilot, "第二段。")
        await pilot.press("home", "backspace", "backspace")  # joined to the paragraph above
        editor.move_cursor((0, 0))
        await pilot.press("ctrl+end")
        editor.insert("\n粘贴的一段。\n另一段。")
        await settle(pilot, app)
        assert markup_free(editor.text)
        assert editor.text.split("\n")[0].startswith("一、2025")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    saved = path.read_text(encoding="utf-8")
    buf = DraftBuffer.from_text(saved, path)
    hidden_after = [ln for s in buf.sections for ln in View.of(s).hidden()]
    assert sorted(hidden_after) == sorted(hidden_before)
    assert "## 一、2025" in saved and "今年新写的一段。第二段。" in saved and "粘贴的一段。\n另一段。" in saved
    assert len(buf.sections) == len(DraftBuffer.load(path).sections)


@aio
async def test_a_new_part_heading_typed_becomes_a_part(tmp_path: Path) -> None:
    path = write_draft(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        n = len(screen.buffer.sections)
        screen.editor.move_cursor(screen.editor.document.end)
        await type_text(pilot, "五、其他需要报告的情况")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "\n## 五、其他需要报告的情况" in path.read_text(encoding="utf-8")
        assert len(screen.buffer.sections) == n + 1
        assert markup_free(screen.editor.text)


@aio
async def test_a_finding_click_lands_on_its_row(tmp_path: Path) -> None:
    body = "<!-- 去年原文：去年的一段。 -->\n\n" + BODY.split("\n\n", 1)[1]
    path = write_draft(tmp_path, "## 一、2025年度推进法治政府建设的主要举措和成效\n\n" + body)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert screen.result is not None
        f = next(f for f in screen.result.findings if f.rule == "wording" and f.line)
        assert f.line is not None
        screen.jump_to_line(f.line, f.col)
        await pilot.pause()
        row, col = screen.editor.cursor_location
        line = screen.editor.text.split("\n")[row]
        assert line[col : col + f.length] == "法制"
        assert screen.cursor_file() == (f.line, f.col)


@aio
async def test_save_writes_what_the_old_editor_wrote(tmp_path: Path) -> None:
    """The same keys on the raw text and on the view give the same file."""
    path = write_draft(tmp_path)
    raw = path.read_text(encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        row = screen.editor.text.split("\n").index("开展法制宣传活动8场。")
        screen.editor.move_cursor((row, 2))
        await pilot.press("backspace", "backspace")
        await type_text(pilot, "法治")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    old = DraftBuffer.from_text(raw, path)  # the old editor held the raw section: the same edit there
    old.sections = [sec.replace("开展法制宣传活动8场。", "法治法制宣传活动8场。", 1) for sec in old.sections]
    assert path.read_text(encoding="utf-8") == old.text()


HIDDEN_BODY = (
    "## 一、2025年度推进法治政府建设的主要举措和成效\n\n"
    "<!-- 去年原文：去年的第一段。 -->\n\n"
    "全年办理行政复议案件12件。\n\n"
    "<!-- drafter: 忽略 wording 「法制」 引用文件原文 -->\n"
    "开展法制宣传活动8场。\n\n"
    "<!-- 去年原文：去年的第二段。 -->\n"
    "<!-- 多行的\n提示 -->\n\n"
    "聘请法律顾问1名。\n\n"
    "## 二、2025年度推进法治政府建设存在的不足和原因\n\n"
    "宣传形式单一。\n"
)


@aio
async def test_edits_across_hidden_lines_keep_them_and_undo_is_one_step(tmp_path: Path) -> None:
    path = write_draft(tmp_path, HIDDEN_BODY)
    hidden = sorted(ln for s in DraftBuffer.load(path).sections for ln in View.of(s).hidden())
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        editor = screen.editor
        assert (
            editor.text
            == "一、2025年度推进法治政府建设的主要举措和成效\n\n全年办理行政复议案件12件。\n\n开展法制宣传活动8场。\n\n聘请法律顾问1名。\n"
        )
        rows = editor.text.split("\n")
        second = rows.index("开展法制宣传活动8场。")
        original = editor.text
        editor.move_cursor((second, 0))
        await pilot.press("backspace")  # at a paragraph's start: joined to the one above, across the dismissal
        await until(pilot, lambda: "全年办理行政复议案件12件。开展法制宣传活动8场。" in editor.text, "the join")
        hidden_now = sorted(View.of(screen.section_now()).hidden())
        await pilot.press("ctrl+z")  # one key, one step back
        await until(pilot, lambda: editor.text == original, "the undo")
        assert sorted(View.of(screen.section_now()).hidden()) == hidden_now
        editor.move_cursor((second, 2))  # select across a paragraph and its hidden lines, then type over it
        await pilot.press("shift+down", "shift+down", "shift+down", "delete")
        await type_text(pilot, "新")
        await pilot.press("enter")
        editor.insert("粘贴的\n两行。")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "<!--" not in editor.text
    saved = DraftBuffer.load(path)
    assert sorted(ln for s in saved.sections for ln in View.of(s).hidden()) == hidden
    text = path.read_text(encoding="utf-8")
    assert "开展新\n\n粘贴的\n两行。" in text and "## 二、" in text  # Enter after text: a paragraph of its own


@aio
async def test_findings_say_the_part_and_paragraph_not_a_file_line(tmp_path: Path) -> None:
    """The editor shows no line numbers, so the F3 list says where a finding is as the writer sees it."""
    path = rolled(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        items = list(screen.query(FindingItem))
        placed = [i for i in items if i.finding.line is not None]
        assert placed
        for item in placed:
            shown = str(item.query_one(".finding-text", Label).content)
            assert not re.search(r"(?<!去年)第\d+行", shown), shown
            i, row = screen.buffer.locate(item.finding.line)  # type: ignore[arg-type]
            view = View.of(screen.buffer.sections[i])
            n = view.paragraph_number(view.to_view(row, 0)[0])
            assert f"{screen.section_name(i)}第{max(n, 1)}段" in shown, shown
        await pilot.press("end")
        await pilot.pause()
        status = str(screen.query_one("#status", Static).content)
        assert "段" in status and not re.search(r"第\d+行", status), status


@aio
async def test_a_recheck_while_typing_shows_the_finding_list_in_its_rows(tmp_path: Path) -> None:
    """Each pause in typing re-checks the draft, and the findings after the cursor move a column: the list used to be
    emptied and every row mounted anew at each pause (~14 ms of the screen's thread, on a 10,000-character draft, as
    long as the re-check itself). Now, as many findings as before, each row is shown anew in place: the same widgets,
    their words redrawn only where they changed, reading as a fresh list would."""
    path = rolled(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        while not any(i.finding.line is not None for i in screen.query(FindingItem)):  # a section with findings
            await pilot.press("ctrl+pagedown")
            await settle(pilot, app)
        before = list(screen.query(FindingItem))
        redrawn: list[FindingItem] = []
        show = FindingItem.show

        def showing(item: FindingItem, finding: object, where: str = "") -> None:
            was = item.shown
            show(item, finding, where)  # type: ignore[arg-type]
            if item.shown != was:
                redrawn.append(item)

        FindingItem.show = showing  # type: ignore[method-assign]
        try:
            screen.editor.move_cursor((0, 0))
            await type_text(pilot, "新")
            await settle(pilot, app)
        finally:
            FindingItem.show = show  # type: ignore[method-assign]
        after = list(screen.query(FindingItem))
        assert len(after) == len(before) and all(a is b for a, b in zip(after, before, strict=True))
        assert len(redrawn) < len(after) // 2, (len(redrawn), len(after))  # most rows read the same
        where = screen.places_now().where
        for item in after:  # each row as a fresh one shows its finding
            fresh = FindingItem(item.finding, where(item.finding.line))
            assert str(item.label.content) == str(fresh.label.content)
            assert item.finding in screen.result.findings  # type: ignore[union-attr]  # the current one
