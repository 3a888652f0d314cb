"""Last year's promises a writer can clear (issue 28): generic promises matched by one sentence, never
by last year's text adopted as it stood; the writer's marks — reported by a sentence, or set aside
with a reason — kept in the draft as plain text and honoured by lint."""

from __future__ import annotations

import json
from pathlib import Path

from drafter import checklists
from drafter.checks import check
from drafter.checks.marks import Mark, generic_phrase, parse_marks, sentence_at, set_mark
from drafter.readers.markdown import read_text

from .conftest import in_process
from .helpers.drafts import promise_draft as _draft

LAST_YEAR = """青山县柳河镇人民政府关于2024年度法治政府建设情况的报告
一、2024年度推进法治政府建设的主要举措和成效
全镇深入推进依法行政，修订完善制度建设，规范行政行为，提高依法行政水平，全年组织学法4次。
二、2024年度推进法治政府建设存在的不足和原因
一是执法人员不足，原因是编制紧张。
四、2025年度推进法治政府建设的主要工作安排
一是完善制度建设。二是规范行政行为。三是提高依法行政水平。
"""


def _standing(text: str, previous: str | None = None) -> dict[str, str]:
    from drafter.readers.txt import read_text as read_txt

    prev = read_txt(previous) if previous else None
    res = check(read_text(text), checklists.load("township"), previous=prev)
    return {p.text: p.status for p in res.promises}


def test_generic_promises_are_matched_by_one_sentence_naming_their_nouns() -> None:
    assert generic_phrase("完善制度建设") == ("制度", "建设")
    assert generic_phrase("规范行政行为") == ("行政", "行为")
    assert generic_phrase("提高依法行政水平") == ("依法", "行政", "水平")
    assert generic_phrase("完善规范性文件审核机制") == ()  # it has words of its own: matched as before
    body = "全年修订制度12项，制度建设纳入年度考核。\n\n开展执法案卷评查，纠正不规范的行政行为5起。\n\n组织学法4次。"
    got = _standing(_draft(body))
    assert got == {"完善制度建设": "reported", "规范行政行为": "reported", "提高依法行政水平": "unreported"}


def test_common_words_scattered_over_the_part_report_nothing() -> None:
    body = "全年修订制度12项。\n\n推进法治政府建设，开展执法检查。\n\n行政复议案件办结率100%，依法履职水平提高。"
    assert set(_standing(_draft(body)).values()) == {"unreported"}


def test_last_years_paragraph_adopted_as_it_stood_reports_nothing(tmp_path: Path) -> None:
    adopted = "全镇深入推进依法行政，修订完善制度建设，规范行政行为，提高依法行政水平，全年组织学法5次。"
    assert set(_standing(_draft(adopted), previous=LAST_YEAR).values()) == {"unreported"}
    rewritten = "全镇修订制度建设工作规程3项，规范行政行为，依法行政水平在县考核中位列第一。"
    assert set(_standing(_draft(rewritten), previous=LAST_YEAR).values()) == {"reported"}


def test_a_mark_reports_a_promise_by_the_sentence_it_points_at() -> None:
    body = "全年组织学法4次，干部法治素养明显提升。"
    marks = {"提高依法行政水平": Mark("reported", "干部法治素养明显提升。")}
    got = _standing(_draft(body, marks=marks))
    assert got["提高依法行政水平"] == "reported" and got["完善制度建设"] == "unreported"
    gone = _standing(_draft("全年组织学法4次。", marks=marks))  # the sentence was rewritten away
    assert gone["提高依法行政水平"] == "unreported"


def test_a_promise_set_aside_with_a_reason_is_no_finding_and_says_why() -> None:
    marks = {"规范行政行为": Mark("aside", "执法权已划转县综合执法局")}
    text = _draft("全年组织学法4次。", marks=marks)
    res = check(read_text(text), checklists.load("township"))
    msgs = [f.message for f in res.findings if f.rule == "commitment-unreported"]
    assert not any("规范行政行为" in m for m in msgs) and len(msgs) == 2
    [aside] = [p for p in res.promises if p.status == "set-aside"]
    assert aside.reason == "执法权已划转县综合执法局"


def test_marks_are_plain_text_in_the_draft_and_round_trip() -> None:
    text = _draft("全年组织学法4次。")
    text = set_mark(text, "完善制度建设", Mark("reported", "修订制度12项。"))
    text = set_mark(text, "规范行政行为", Mark("aside", "已划转"))
    assert "- 完善制度建设\n  已报告：「修订制度12项。」\n- 规范行政行为\n  不报告：已划转\n" in text
    assert parse_marks(text) == {
        "完善制度建设": Mark("reported", "修订制度12项。"),
        "规范行政行为": Mark("aside", "已划转"),
    }
    again = set_mark(text, "完善制度建设", Mark("aside", "改为明年"))
    assert parse_marks(again)["完善制度建设"] == Mark("aside", "改为明年") and again.count("完善制度建设") == 1
    cleared = set_mark(again, "完善制度建设", None)
    assert "完善制度建设" not in parse_marks(cleared) and "- 完善制度建设\n" in cleared
    new = set_mark("+++\nyear = 2025\n+++\n\n## 一、举措\n", "推进政务公开", Mark("aside", "另行报告"))
    assert parse_marks(new) == {"推进政务公开": Mark("aside", "另行报告")}  # a block made where none was


def test_the_sentence_at_the_cursor() -> None:
    text = "全年组织学法4次。干部法治素养明显提升；群众满意。"
    assert sentence_at(text, 12) == "干部法治素养明显提升；"
    assert sentence_at(text, 0) == "全年组织学法4次。"


def test_lint_honours_the_marks_in_json(tmp_path: Path) -> None:
    marks = {
        "提高依法行政水平": Mark("reported", "干部法治素养明显提升。"),
        "规范行政行为": Mark("aside", "执法权已划转"),
    }
    draft = tmp_path / "d.md"
    draft.write_text(_draft("全年组织学法4次，干部法治素养明显提升。", marks=marks), encoding="utf-8")
    out = json.loads(in_process("lint", str(draft), "--format", "json").stdout)
    entry = out["files"][0]
    got = {c["text"]: (c["status"], c["by"], c["reason"]) for c in entry["commitments"]}
    assert got["提高依法行政水平"][:2] == ("reported", "mark")
    assert got["规范行政行为"] == ("set-aside", "mark", "执法权已划转")
    assert got["完善制度建设"][0] == "unreported"
    msgs = [f["message"] for f in entry["findings"] if f["rule"] == "commitment-unreported"]
    assert len(msgs) == 1 and "完善制度建设" in msgs[0]
