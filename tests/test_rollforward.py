"""Roll-forward: years move a year on, last year's plan becomes this year's commitments."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.model import PART_IDS
from drafter.readers import read_path
from drafter.readers.markdown import read_text
from drafter.rollforward import (
    Commitment,
    commitments,
    covered,
    format_commitments,
    parse_commitments,
    part_headings,
    shift_years,
    skeleton_body,
    title_for,
)

from .conftest import seed


def _seed(prefix: str):  # type: ignore[no-untyped-def]
    doc = read_path(seed(prefix))
    cl = checklists.load(checklists.registry().infer(doc.meta.unit) or "county_gov")
    return doc, check(doc, cl)


def test_shift_years_moves_report_and_plan_year_once() -> None:
    assert shift_years("2023年工作，2024年安排", 2023) == "2024年工作，2025年安排"
    assert shift_years("2022年以前", 2023) == "2022年以前"


def test_shift_years_leaves_spans_alone() -> None:
    text = "《法治政府建设实施纲要（2021—2025年）》和2023年"
    assert shift_years(text, 2023) == "《法治政府建设实施纲要（2021—2025年）》和2024年"


def test_loose_shift_catches_a_bare_year_in_a_heading() -> None:
    assert shift_years("三、2023党政主要负责人", 2023, loose=True) == "三、2024党政主要负责人"
    assert shift_years("（一）12345民呼必应", 2023, loose=True) == "（一）12345民呼必应"


def _rolled(prefix: str, year: int | None = None):  # type: ignore[no-untyped-def]
    from drafter.app import drafts

    return read_text(drafts.roll_document(read_path(seed(prefix)), year=year).text)


def test_roll_forward_moves_title_headings_and_opening() -> None:
    doc = read_path(seed("000"))
    new = _rolled("000")
    assert new.meta.year == 2024
    assert new.meta.title == "鲁山县人民政府办公室关于2024年法治政府建设情况的报告"
    heads = [b.text for b in new.blocks if b.kind == "heading" and b.level == 1]
    assert heads[0].startswith("一、2024年度") and heads[3].startswith("四、2025年度")
    assert heads[2].startswith("三、2024")
    opening = next(b for b in new.blocks if b.role == "body" and b.kind == "paragraph")
    assert opening.text.startswith("2024年，鲁山县人民政府办公室")  # drafter's own opening, not last year's
    assert doc.meta.year == 2023  # the original is untouched


def test_rolled_draft_has_no_stale_year_in_its_frame() -> None:
    again = _rolled("000")
    res = check(again, checklists.load("department"))
    stale = [f for f in res.findings if f.rule == "stale-year"]
    assert not stale
    assert all(res.parts[p].status == "present" for p in PART_IDS)


def test_commitments_from_item_headings() -> None:
    _, result = _seed("000")
    cs = commitments(result.parts["plan"].blocks)
    assert [c.text for c in cs] == [
        "提升法治政府建设工作的前瞻性和系统性",
        "扎实推进行政复议体制改革和行政应诉工作",
        "不断提升科学、民主、依法决策水平",
    ]
    assert cs[0].prompt == "去年承诺：提升法治政府建设工作的前瞻性和系统性；请报告落实情况"


def test_commitments_from_yi_shi_clauses() -> None:
    _, result = _seed("003")
    texts = [c.text for c in commitments(result.parts["plan"].blocks)]
    assert len(texts) == 6
    assert texts[0] == "深入学习习近平法治思想，强化思想引领"


def test_commitments_one_clause_per_paragraph() -> None:
    _, result = _seed("001")
    texts = [c.text for c in commitments(result.parts["plan"].blocks)]
    assert texts and texts[0] == "完善法治法宣工作机制"


def test_covered_by_keyword_overlap() -> None:
    c = Commitment("扎实推进行政复议体制改革和行政应诉工作")
    assert covered(c, "全年推进行政复议体制改革，办理行政复议案件12件，行政应诉案件5件。")
    assert not covered(c, "开展普法宣传活动15场。")
    assert not covered(Commitment("加强工作"), "加强工作")  # nothing distinctive to match


def test_commitments_survive_in_a_comment() -> None:
    cs = [Commitment("完善制度建设"), Commitment("推进政务公开")]
    note = format_commitments(cs)
    assert parse_commitments("前文\n" + note + "\n后文") == cs
    assert format_commitments([]) == ""
    # the reader skips the comment: it never becomes report text
    doc = read_text('+++\nunit = "某某乡人民政府"\nyear = 2025\n+++\n\n' + note + "\n\n## 一、举措\n\n正文。\n")
    assert "完善制度建设" not in doc.text()


def test_skeleton_has_all_four_parts() -> None:
    text = '+++\nunit = "辛集乡人民政府"\nyear = 2025\n+++\n' + skeleton_body("辛集乡人民政府", 2025)
    res = check(read_text(text), checklists.load("township"))
    assert all(res.parts[p].status == "present" for p in PART_IDS)
    assert not [f for f in res.findings if f.rule == "stale-year"]
    assert part_headings(2025)["plan"].startswith("四、2026年度")
    assert title_for("某乡人民政府", 2025) == "某乡人民政府关于2025年度法治政府建设情况的报告"


def test_last_years_measures_and_item_headings_become_comments() -> None:
    from drafter.app import drafts

    text = drafts.roll_document(read_path(seed("000"))).text
    again = read_text(text)
    assert "12345热线" not in again.text()  # not report text any more
    assert "12345民呼必应指挥中心改革" not in again.text()  # nor last year's item heading
    assert "<!-- 去年标题：（一）12345民呼必应指挥中心改革 -->" in text  # but the writer sees both
    assert "<!-- 去年原文：" in text


def test_roll_forward_over_two_years() -> None:
    new = _rolled("000", 2025)
    heads = [b.text for b in new.blocks if b.kind == "heading" and b.level == 1]
    assert new.meta.year == 2025 and heads[0].startswith("一、2025年度") and heads[3].startswith("四、2026年度")


def test_starting_from_last_years_report_keeps_none_of_its_text_live() -> None:
    """All four parts' paragraphs come over as 去年原文 comments; headings and structure stay."""
    from drafter.app import drafts
    from drafter.readers.markdown import read_text as read_md

    text = drafts.from_report(seed("000"), year=2024).text
    body = [b.text for b in read_md(text).blocks if b.role == "body" and b.kind == "paragraph"]
    assert not any("主任办公会会前学法7次" in t for t in body)  # last year's duties figure
    assert not any("全面推广使用" in t for t in body)  # last year's plan text
    assert "去年原文：" in text and "主任办公会会前学法7次" in text
    assert "四、2025年度推进法治政府建设的主要工作安排" in text
