"""An item whose act stands in another part, while a subheading of its own part names it ("（一）深入学习贯彻习近平
法治思想" over a stance in the measures, the study counted in the duties): the writer put it in its place — covered,
no note that it belongs there; without that heading the note stays."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = (
    "青山县卫生健康委员会关于2023年度法治政府建设情况的报告\n"
    "一、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n"
    "局党组会议学法6次，学习习近平法治思想和《行政处罚法》等内容。主任主持召开专题会议研究法治建设工作4次。\n"
    "二、2023年度推进法治政府建设的主要举措和成效\n"
    "{heading}\n把依法行政作为首要任务，不断提高依法行政能力。\n"
    "（二）严格规范执法\n全年办理行政处罚案件42件，评查行政执法案卷20卷。\n"
    "三、2023年度推进法治政府建设存在的不足和原因\n执法人员不足，主要原因是编制紧张。\n"
    "四、2024年度推进法治政府建设的主要工作安排\n一是加强执法监督；二是开展普法宣传12场。\n"
)


def _notes(heading: str) -> tuple[str | None, list[str]]:
    res = check(read_text(REPORT.format(heading=heading)), checklists.load("department"), year=2023)
    got = res.items["xi-thought"]
    assert got.status == "covered" and got.line == 3
    return got.elsewhere, [f.message for f in res.findings if f.rule == "required-item" and "不是漏写" in f.message]


def test_an_item_its_own_part_heads_is_in_its_place() -> None:
    assert _notes("（一）深入学习贯彻习近平法治思想") == (None, [])


def test_without_that_heading_the_note_stays() -> None:
    where, notes = _notes("（一）坚持依法行政")
    assert where == "duties" and len(notes) == 1 and notes[0].startswith("可移到“举措和成效”部分")


def test_a_document_cited_in_the_heading_is_no_naming() -> None:
    where, _ = _notes("（一）落实《关于学习宣传贯彻习近平法治思想的实施方案》")
    assert where == "duties"


def test_one_sentence_covering_several_items_elsewhere_is_one_note() -> None:
    """A duties sentence listing several measures items (a head's decisions: 重大行政决策、规范性文件、重大行政执法决定)
    is one place to move, not one note per item."""
    text = (
        REPORT.format(heading="（一）坚持依法行政")
        .replace("全年办理行政处罚案件42件，评查行政执法案卷20卷。", "全年开展卫生监督检查300户次。")
        .replace(
            "主任主持召开专题会议研究法治建设工作4次。",
            "主任严格执行“三重一大”制度，重大行政决策、规范性文件制定、重大行政执法决定均经集体讨论决定，全年12件。",
        )
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    moved = [i for i in ("major-decisions", "normative-documents", "law-enforcement") if res.items[i].elsewhere]
    notes = [f.message for f in res.findings if f.rule == "required-item" and "不是漏写" in f.message and f.line == 3]
    assert len(moved) >= 2 and len(notes) == 2, (moved, notes)  # xi-thought's sentence, and this one
    assert any(n.startswith("可移到“举措和成效”部分") and "这些内容宜写在那里" in n for n in notes), notes
