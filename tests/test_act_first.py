"""Every finding says what to do first (the app's status line shows a message's first rows; a reviewer reads
the act before the why), on every rule's bad examples; and the app's note keeps a finding's own words whole
before the rule's name where the status line at 80x24 has no room for both."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.app.app import DrafterApp, Launch
from drafter.app.linebreak import break_points, clamp_note
from drafter.checks import check
from drafter.readers.txt import read_text
from drafter.ruledocs import Example

from .helpers.app import _home, aio, draft_screen, new_draft, settle, until  # noqa: F401 (_home: autouse)
from .test_rules import _cases, _findings

# how a message may open: an act (请…, 改为“…”, 补写/补上, 删去, 可…/宜… for an info readers differ on,
# 在“…”部分补写…, 把…)
ACTS = ("请", "改为", "补写", "补上", "补全", "删去", "可", "宜", "在", "把")
WIDTH, ROWS = 56, 3  # the status line's note at 80x24 beside the outline (draft.NOTE_ROWS)


@pytest.mark.parametrize(("rule_id", "i", "example"), _cases("bad"), ids=lambda v: str(v)[:20])
def test_a_bad_examples_message_starts_with_what_to_do(rule_id: str, i: int, example: Example) -> None:
    for f in _findings(example):
        if f.rule == rule_id:
            assert f.message.startswith(ACTS), f.message
            assert "（：）：" not in f.message and "：：" not in f.message, f.message  # one colon after the act


def _fits(message: str, rule_name: str = "检查规则") -> bool:
    """Whether F7's note for ``message`` shows it whole on the status line's rows at 80x24."""
    tail = f"（{rule_name}）"
    note = f"警告12/20：{message}{tail}"
    shown = clamp_note(note, tail, WIDTH, ROWS)
    return message in shown and len(break_points(shown, WIDTH)) < ROWS


def test_the_note_drops_the_rules_name_before_it_cuts_the_message() -> None:
    message = "请补上主送机关、署名、成文日期（主送机关在标题下一行顶格，以全角冒号结尾；正文之后右空二字署发文机关名称；署名下一行写成文日期）"
    tail = "（缺少主送机关、署名或成文日期）"
    shown = clamp_note(f"提示20/20：{message}{tail}", tail, WIDTH, ROWS)
    assert shown == f"提示20/20：{message}"
    short = "改为“法治”：“法制”应为“法治”"
    assert clamp_note(f"警告1/2：{short}（常见错用词）", "（常见错用词）", WIDTH, ROWS).endswith("（常见错用词）")


HEAD = "青禾县青山镇人民政府关于2024年度法治政府建设情况的报告\n县委、县政府：\n"


def _messages(body: str, rule: str, unit_type: str = "township") -> list[str]:
    res = check(read_text(HEAD + body), checklists.load(unit_type), year=2024)
    return [f.message for f in res.findings if f.rule == rule]


def test_a_folded_duties_part_and_an_unwritten_items_guidance_fit_the_status_line() -> None:
    body = (
        "一、主要举措和成效\n（一）加强学习。全年组织镇党委理论学习中心组学法4次，开展法治讲座2场。\n"
        "镇党委书记主持召开法治建设专题会议2次，研究部署法治建设工作。\n"
        "二、存在的不足和原因\n一是普法形式单一，原因是人员不足；二是执法人员专业能力不强，原因是培训少。\n"
        "三、2025年工作安排\n一是开展法治培训4次；二是完善合法性审查制度，审查文件10件。\n"
        "青禾县青山镇人民政府\n2025年1月10日\n"
    )
    folded = _messages(body, "folded-part")
    assert folded and all(m.startswith("请把“第一责任人职责”部分单独成节：") for m in folded), folded
    assert all(_fits(m, "必备部分没有单列") for m in folded), folded
    guidance = [m for m in _messages(body, "required-item") if "重大行政决策和法律顾问" in m]
    assert guidance and all(m.startswith("在“举措和成效”部分补写") and _fits(m) for m in guidance), guidance


@aio
async def test_f7_shows_the_closings_message_whole_on_a_new_draft_at_80x24(tmp_path: Path) -> None:
    """A new draft lacks 主送机关, 署名 and 成文日期: F7's note, the message and the rule's name, ran past the
    status line's three rows and ended cut (…缺少主送机关、署…)."""
    app = DrafterApp(Launch(draft=new_draft(tmp_path)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        screen = draft_screen(app)
        closing = [f for f in screen.result.findings if f.rule == "missing-closing"]
        assert closing and "成文日期" in closing[0].message
        screen.editor.move_cursor((0, 0))
        for _ in range(len(screen.walk_list())):
            await pilot.press("f7")
            await until(pilot, lambda: bool(screen.note), "the note of the finding F7 went to")
            if screen.walk_list()[screen._walk][2].rule == "missing-closing":
                break
        shown = screen.walk_list()[screen._walk][2]
        assert shown.rule == "missing-closing"
        status = str(screen.query_one("#status").content).replace("\n", "")
        # whole, nothing cut off with …: where the 主送机关, 署名 and 成文日期 go (the rule's name gives way first)
        assert shown.message in status and "…" not in status, status
