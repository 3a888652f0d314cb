"""Items not found that point at one sentence (a meeting's list of topics names three of them) get one note, not
one each: the sentence is one thing for the reviewer to check (one finding per problem); a sentence naming one
item keeps its own note."""

from __future__ import annotations

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = (
    "青山县人民政府关于2023年度法治政府建设情况的报告\n青山市人民政府：\n"
    "一、2023年度推进法治政府建设的主要举措和成效\n"
    "深入学习贯彻习近平法治思想，县政府常务会议专题学习4次。{topics}办结行政复议案件12件，调解纠纷300件。\n"
    "二、2023年度推进法治政府建设存在的不足和原因\n执法人员不足，主要原因是编制紧张。\n"
    "三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况\n县长主持常务会议会前学法4次，年终述法1次。\n"
    "四、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n青山县人民政府\n2024年2月5日\n"
)


def _notes(topics: str) -> list[str]:
    res = check(read_text(REPORT.format(topics=topics)), checklists.load("county_gov"), year=2023)
    return [f.message for f in res.findings if f.rule == "required-item" and f.severity == "info"]


def test_one_sentence_naming_three_items_is_one_note() -> None:
    notes = _notes("县政府常务会议专题研究行政规范性文件管理、重大行政决策、行政执法等工作3次。")
    assert len(notes) == 1, notes
    assert "“行政规范性文件管理”“重大行政决策和法律顾问”“严格规范公正文明执法”" in notes[0]
    assert "提到了它们" in notes[0] and "重大行政决策和法律顾问：" in notes[0]


def test_one_sentence_naming_one_item_keeps_its_own_note() -> None:
    notes = _notes("县政府常务会议专题研究行政规范性文件管理工作3次。")
    assert (
        len(notes) == 1
        and notes[0].startswith("请核对第")
        and "没有找到明确写到“行政规范性文件管理”的句子" in notes[0]
        and "提到了它，" in notes[0]
    )


def test_one_sentence_quoted_from_two_of_its_clauses_is_one_note() -> None:
    """An item named past the first 40 characters is quoted from its clause (the words that name it shown), another
    from the sentence's start: still one sentence, one thing to check — one note, quoted from its start."""
    topics = (
        "根据中共青山县委机构编制委员会关于印发《青山县疾病预防控制中心机构职能编制规定》的通知精神，"
        "原县卫生健康委员会综合行政执法大队与原县疾病预防控制中心完成整合工作，于2022年7月16日挂牌成立县疾控中心。"
    )
    res = check(read_text(REPORT.format(topics=topics)), checklists.load("department"), year=2023)
    mention = res.items["law-enforcement"].mention
    assert mention is not None and mention.quote.startswith("原县卫生健康委员会综合行政执法大队")  # its clause
    notes = [f for f in res.findings if f.rule == "required-item" and f.severity == "info" and f.line == 4]
    assert len(notes) == 1, [f.message for f in notes]
    assert "“健全政府机构职能体系”“严格规范公正文明执法”" in notes[0].message and notes[0].col == 28
