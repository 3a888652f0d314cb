"""已忽略的问题: each dismissal listed (F3) with its rule's Chinese name, words and reason; Enter goes to its
paragraph; Delete takes it back after a question, so the finding returns; the status line marks the paragraph."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import ListView

from drafter import checklists
from drafter.app.app import DrafterApp, Launch
from drafter.app.dismissals import entries, mark_at
from drafter.app.screens.dialogs import Ask
from drafter.app.widgets.sidepanel import IgnoredItem
from drafter.checks import check
from drafter.checks.dismiss import dismissal_comment, dismissal_key, remove_dismissal
from drafter.readers.markdown import read_text

from .helpers.app import _home, aio, draft_screen, rows, settle, until  # noqa: F401 (_home: autouse)
from .helpers.drafts import good_with as _draft

TWO = "全年受理行政复议申请40件，办结45件，办结率100%。"  # two figures findings in one paragraph


def _dismissed_text() -> tuple[str, str]:
    """A draft with the first figures finding of TWO dismissed; the quote."""
    res = check(read_text(_draft(TWO)), checklists.load("township"))
    first = next(f for f in res.findings if f.rule == "figures")
    quote = dismissal_key(first)
    return _draft(dismissal_comment("figures", "办结含上年结转", quote), TWO), quote


def _line_of(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if words in line)


def test_remove_dismissal_takes_out_that_comment_only() -> None:
    text, quote = _dismissed_text()
    line = _line_of(text, "drafter: 忽略")
    out = remove_dismissal(text, line, "figures", quote)
    assert out is not None and "drafter:" not in out
    assert out == text.replace(dismissal_comment("figures", "办结含上年结转", quote) + "\n", "")
    res = check(read_text(out), checklists.load("township"))
    assert res.ignored == [] and [f.rule for f in res.findings].count("figures") == 2  # the finding is back


def test_remove_dismissal_refuses_a_line_that_moved_or_another_rule_or_quote() -> None:
    text, quote = _dismissed_text()
    line = _line_of(text, "drafter: 忽略")
    assert remove_dismissal(text, line - 1, "figures", quote) is None
    assert remove_dismissal(text, line, "wording", quote) is None
    assert remove_dismissal(text, line, "figures", "别的字") is None
    assert remove_dismissal(text, 0, "figures", quote) is None
    assert remove_dismissal(text, 10**6, "figures", quote) is None


def test_a_hand_written_dismissal_between_blank_lines_leaves_one_blank_line() -> None:
    """Written by hand with a blank line on each side: taking it back leaves the paragraphs one blank
    line apart, as the writer sees them (the view shows no run of blank rows)."""
    comment = dismissal_comment("wording", "原文如此", "法制")
    text = f"段一。\n\n{comment}\n\n段二。"
    assert remove_dismissal(text, 3, "wording", "法制") == "段一。\n\n段二。"
    assert remove_dismissal(f"段一。\n{comment}\n段二。", 2, "wording", "法制") == "段一。\n段二。"


def test_remove_dismissal_keeps_the_text_around_an_inline_comment() -> None:
    text = "前文\n" + dismissal_comment("wording", "原文如此", "法制") + "开展法制宣传。\n后文"
    assert remove_dismissal(text, 2, "wording", "法制") == "前文\n开展法制宣传。\n后文"
    old = "a\n" + dismissal_comment("wording", "原文如此") + "\nb"  # the older form without a quote
    assert remove_dismissal(old, 2, "wording") == "a\nb"


def test_entries_name_the_rule_in_chinese_and_the_mark_covers_the_paragraph() -> None:
    text, quote = _dismissed_text()
    res = check(read_text(text), checklists.load("township"))
    [d] = entries(res.ignored)
    assert d.rule == "figures" and d.name and d.name.isascii() is False and d.quote == quote
    assert d.reason == "办结含上年结转" and d.line == _line_of(text, "drafter: 忽略") and d.removable
    para = _line_of(text, TWO)
    assert d.span == (para, para)
    assert mark_at([d], para) == "本段已忽略1条（办结含上年结转）"
    assert mark_at([d], para + 2) == ""


def test_a_comment_without_quote_is_one_entry_with_its_count() -> None:
    text = _draft(dismissal_comment("figures", "数字已核对"), TWO)
    res = check(read_text(text), checklists.load("township"))
    [d] = entries(res.ignored)
    assert d.count == 2 and d.quote == ""
    assert mark_at([d], _line_of(text, TWO)).startswith("本段已忽略2条")


def _write(tmp_path: Path) -> tuple[Path, str]:
    text, quote = _dismissed_text()
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    return path, quote


@aio
async def test_f3_lists_the_dismissal_enter_goes_there_delete_brings_the_finding_back(tmp_path: Path) -> None:
    path, quote = _write(tmp_path)
    saved = path.read_text(encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert screen.result is not None and len(screen.result.ignored) == 1
        await pilot.press("f3")
        lv = screen.query_one("#findings", ListView)
        await until(pilot, lambda: [c for c in lv.children if isinstance(c, IgnoredItem)], "the dismissal listed")
        items = [c for c in lv.children if isinstance(c, IgnoredItem)]
        assert len(items) == 1
        lv.index = lv.children.index(items[0])  # scrolled into view

        def shown() -> str:
            return "".join(r.strip() for r in rows(app, items[0]))

        await until(pilot, lambda: quote in shown(), "the dismissal drawn")  # laid out, not one pause
        assert "办结含上年结转" in shown() and "figures" not in shown()
        await pilot.press("enter")
        para = _line_of(saved, TWO)
        await until(pilot, lambda: screen.cursor_place()[0] == para, "the cursor in the dismissed paragraph")

        def status() -> str:
            return "".join(r.strip() for r in rows(app, screen.query_one("#status")))

        await until(pilot, lambda: "本段已忽略1条（办结含上年结转）" in status(), "the paragraph's mark")
        await pilot.press("f3")
        await pilot.pause()
        lv.index = lv.children.index(next(c for c in lv.children if isinstance(c, IgnoredItem)))
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, Ask), "the question")
        await pilot.press("enter")  # 恢复检查 (the first button has the focus)
        await settle(pilot, app)
        assert "drafter: 忽略" not in screen.buffer.text()
        assert screen.result is not None and screen.result.ignored == []
        assert [f.rule for f in screen.result.findings].count("figures") == 2
        assert not [c for c in lv.children if isinstance(c, IgnoredItem)]
        assert path.read_text(encoding="utf-8") == saved  # the draft changes only when the writer saves
        assert screen.dirty


@aio
async def test_cancelling_the_question_keeps_the_dismissal(tmp_path: Path) -> None:
    path, _ = _write(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        await pilot.press("f3")
        await pilot.pause()
        lv = screen.query_one("#findings", ListView)
        lv.index = lv.children.index(next(c for c in lv.children if isinstance(c, IgnoredItem)))
        await pilot.press("delete")
        await until(pilot, lambda: isinstance(app.screen, Ask), "the question")
        await pilot.press("escape")
        await settle(pilot, app)
        assert screen.result is not None and len(screen.result.ignored) == 1
        assert "drafter: 忽略" in screen.buffer.text() and not screen.dirty


def test_remove_dismissal_without_a_rule_takes_whatever_directive_stands_there() -> None:
    text = "a\n<!-- drafter: 忽略 nosuchrule 理由 -->\nb"
    assert remove_dismissal(text, 2, None) == "a\nb"
    assert remove_dismissal(text, 1, None) is None  # no directive on that line


@aio
async def test_delete_on_a_stale_dismissal_finding_removes_its_comment(tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(_draft(dismissal_comment("figures", "数字已核对", "受理38件"), TWO), encoding="utf-8")
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert screen.result is not None
        stale = [f for f in screen.result.findings if f.rule == "dismissal"]
        assert len(stale) == 1 and "figures" not in stale[0].message  # named by the rule's Chinese name
        await pilot.press("f3")
        await pilot.pause()
        lv = screen.query_one("#findings", ListView)
        lv.index = next(n for n, c in enumerate(lv.children) if getattr(c, "finding", None) == stale[0])
        await pilot.pause()
        await pilot.press("delete")
        for _ in range(100):
            await pilot.pause(0.05)
            if isinstance(app.screen, Ask):
                break
        await pilot.press("enter")
        await settle(pilot, app)
        assert "drafter: 忽略" not in screen.buffer.text()
        assert not [f for f in screen.result.findings if f.rule == "dismissal"]
