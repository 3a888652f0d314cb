"""Dismissing one finding: the comment quotes the finding's words, the paragraph's other findings stay;
the old rule-wide comment keeps its meaning; lint and the app read the comment the same way."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from drafter import checklists
from drafter.app.app import DrafterApp, Launch
from drafter.app.screens.dismiss import DismissScreen
from drafter.checks import Finding, check
from drafter.checks.dismiss import dismissal_comment, dismissal_key, insert_dismissal, parse
from drafter.model import Dismissal
from drafter.readers.markdown import read_text

from .conftest import in_process
from .helpers.app import _home, aio, draft_screen, settle, until  # noqa: F401 (_home: autouse)
from .helpers.drafts import good_with as _draft

TWO = "全年受理行政复议申请40件，办结45件，办结率100%。"  # two figures findings in one paragraph


def _figures(text: str) -> tuple[list[Finding], list[Finding]]:
    res = check(read_text(text), checklists.load("township"))
    return [f for f in res.findings if f.rule == "figures"], [g.finding for g in res.ignored]


def test_one_paragraph_gives_two_figures_findings_with_their_own_words() -> None:
    found, _ = _figures(_draft(TWO))
    assert len(found) == 2
    keys = [dismissal_key(f) for f in found]
    assert all(keys) and keys[0] != keys[1]
    assert all(k in TWO for k in keys)  # the words as they stand in the report


def test_a_quoted_dismissal_silences_that_finding_only() -> None:
    found, _ = _figures(_draft(TWO))
    for f in found:
        text = _draft(dismissal_comment("figures", "数字已核对", dismissal_key(f)), TWO)
        kept, ignored = _figures(text)
        assert [g.message for g in ignored] == [f.message]
        assert [g.message for g in kept] == [g.message for g in found if g is not f]


def test_the_old_rule_wide_comment_keeps_its_meaning() -> None:
    text = _draft(dismissal_comment("figures", "数字已核对"), TWO)
    kept, ignored = _figures(text)
    assert kept == [] and len(ignored) == 2


def test_a_quote_that_no_longer_matches_dismisses_nothing_and_says_it_can_go() -> None:
    text = _draft(dismissal_comment("figures", "数字已核对", "受理38件"), TWO)
    res = check(read_text(text), checklists.load("township"))
    assert [f.rule for f in res.findings].count("figures") == 2 and res.ignored == []
    stale = [f for f in res.findings if f.rule == "dismissal"]
    assert len(stale) == 1 and "受理38件" in stale[0].message and stale[0].severity == "info"


def test_the_comment_form_round_trips_and_a_reason_in_corner_brackets_stays_a_reason() -> None:
    c = dismissal_comment("figures", "  目标值，  不是比率 ", "办结率 100%」x")
    assert c == "<!-- drafter: 忽略 figures 「办结率100%』x」 目标值， 不是比率 -->"
    got = parse(Dismissal(c[len("<!-- drafter:") : -3], 3, 4, 4), ["figures"])
    assert not isinstance(got, str) and (got.rule, got.quote, got.reason) == (
        "figures",
        "办结率100%』x",
        "目标值， 不是比率",
    )
    plain = dismissal_comment("figures", "「原文」如此")
    got = parse(Dismissal(plain[len("<!-- drafter:") : -3], 3, 4, 4), ["figures"])
    assert not isinstance(got, str) and got.quote == "" and got.reason == "：「原文」如此"
    assert len(dismissal_comment("figures", "理由", "字" * 60)) < 80  # a quote is at most 40 characters


def test_a_finding_without_words_is_named_by_its_topic() -> None:
    f = Finding("required-item", "warning", "“主要举措和成效”部分没有写到“普法宣传”：法律进村入户", 12)
    assert dismissal_key(f) == "普法宣传"
    thin = Finding("thin-part", "warning", "“存在的不足和原因”部分只有23字，过于简略", 16)
    assert dismissal_key(thin) == "存在的不足和原因"  # not the count, which changes with every word


def test_many_dismissals_each_find_their_own_paragraph() -> None:
    paras = [f"开展法制宣传活动{n}场。" for n in range(150)]
    text = _draft(*(f"{dismissal_comment('wording', '引用原文', '法制')}\n{p}" for p in paras))
    res = check(read_text(text), checklists.load("township"))
    assert sum(1 for g in res.ignored if g.finding.rule == "wording") == 150
    assert not [f for f in res.findings if f.rule == "dismissal"]


def test_lint_honours_a_quoted_dismissal_in_text_and_json(tmp_path: Path) -> None:
    found, _ = _figures(_draft(TWO))
    one = found[1]
    draft = tmp_path / "草稿.md"
    draft.write_text(_draft(dismissal_comment("figures", "办结率口径不同", dismissal_key(one)), TWO), encoding="utf-8")
    out = json.loads(in_process("lint", str(draft), "--format", "json").stdout)
    entry = out["files"][0]
    assert [f["message"] for f in entry["findings"] if f["rule"] == "figures"] == [found[0].message]
    [ign] = entry["ignored"]
    assert ign["message"] == one.message and ign["quote"] == dismissal_key(one) and ign["reason"] == "办结率口径不同"
    text = in_process("lint", str(draft)).stdout
    assert "已忽略 1 条" in text and found[0].message in text


def test_insert_dismissal_with_a_quote_is_read_back() -> None:
    text = _draft(TWO)
    found, _ = _figures(text)
    f = found[0]
    assert f.line is not None
    kept, ignored = _figures(insert_dismissal(text, f.line, "figures", "口径不同", dismissal_key(f)))
    assert [g.message for g in ignored] == [f.message] and len(kept) == 1


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "d.md"
    path.write_text(_draft(TWO), encoding="utf-8")
    return path


@aio
async def test_f9_dismisses_the_finding_walked_to_and_the_other_stays(tmp_path: Path) -> None:
    path = _write(tmp_path)
    app = DrafterApp(Launch(draft=path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        assert screen.result is not None
        both = [f for f in screen.result.findings if f.rule == "figures"]
        assert len(both) == 2
        screen.editor.move_cursor((0, 0))
        for _ in range(60):  # F7 to the second figures finding (the rate)
            await pilot.press("f7")
            await pilot.pause()
            walked = screen.walk_list()[screen._walk][2]
            if walked.rule == "figures" and walked.message == both[1].message:
                break
        await pilot.press("f9")
        await until(pilot, lambda: isinstance(app.screen, DismissScreen), "the dismiss dialog")
        dialog = app.screen
        assert isinstance(dialog, DismissScreen) and dialog.findings[0].message == both[1].message
        assert "figures" not in str(dialog.query_one("#dismiss-message").content)  # the rule's name, not its id
        dialog.query_one("#dismiss-reason", Input).value = "办结含上年结转"
        await pilot.press("enter")
        await settle(pilot, app)
        assert f"「{dismissal_key(both[1])}」 办结含上年结转" in screen.buffer.text()
        assert [g.finding.message for g in screen.result.ignored] == [both[1].message]
        assert [f.message for f in screen.result.findings if f.rule == "figures"] == [both[0].message]


SPACED = "全年按照《青山县 2024 年执法计划》开展评查，评查行政执法案卷41卷。"


def test_a_dismissal_quoting_the_words_its_message_shows_dismisses_the_finding() -> None:
    """The words a finding's message shows run wider than its own (“按照《青山县 2024 年执法计划》” over
    县 2024 年), and the text output shows only the message: a dismissal
    quoting them, spaces and all, names the finding; words of the paragraph that do not cover it do not."""
    for rule, para, shown, beside in (("stray-space", SPACED, "按照《青山县 2024 年执法计划》", "评查行政执法案卷"),):
        res = check(read_text(_draft(para)), checklists.load("department"))
        found = [f for f in res.findings if f.rule == rule]
        assert len(found) == 1 and f"“{shown}”" in found[0].message, found
        res = check(
            read_text(_draft(dismissal_comment(rule, "本单位惯用写法", shown), para)), checklists.load("department")
        )
        assert [g.finding.rule for g in res.ignored] == [rule]
        assert not [f for f in res.findings if f.rule in (rule, "dismissal")]
        res = check(
            read_text(_draft(dismissal_comment(rule, "本单位惯用写法", beside), para)), checklists.load("department")
        )
        assert [f.rule for f in res.findings if f.rule == rule] == [rule] and not res.ignored
