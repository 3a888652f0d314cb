"""An item named only in passing — a list of topics, a cited title, a clause of aim — is a mention, not a cover;
an item the sentence is about stays covered; a cited title whose head the act counts reports the item (split from
test_items_quotes_rival.py, which holds where such an item is quoted when another sentence reports it)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.results import INFO
from drafter.readers.txt import read_text

from .helpers.quotes import DUTIES, PLAN, REPORT

# (checklist, item, measures, words the mention's quote holds): the item named only as a topic, no other sentence
PASSING_ONLY = [
    # a list of topics a meeting was held on (就 opening its clause), another item's act in the sentence
    (
        "county_gov",
        "disputes",
        "（一）领导。制定年度法治工作计划，2023年以来，就信访工作、行政应诉、安全生产等重点工作召开常务会议4次。",
        "就信访工作",
    ),
    # the same in a township report
    (
        "township",
        "township-mediation",
        "（一）领导。制定年度法治工作计划，就人民调解、安全生产、乡村振兴等重点工作召开党委会议3次。",
        "人民调解",
    ),
    # named only in the last clause of a sentence of several, opened by a verb of aim: what the acts were for
    (
        "township",
        "township-mediation",
        "（一）普法。开展送法下乡活动12场，发放宣传资料3000份，切实提高群众依法调解纠纷的意识。",
        "送法下乡",
    ),
    (
        "county_gov",
        "law-enforcement",
        "（一）普法。开展“八五”普法宣传活动12场，不断提升行政执法水平。",
        "普法宣传活动12场",
    ),
    # the last clause says what the acts before it were for (为……提供法治保障): the item named only there
    (
        "county_gov",
        "functions",
        "（一）审核。完成各项产业扶持政策的合法性审查，为优化营商环境提供法治保障。",
        "优化营商环境",
    ),
    # one of a list of topics in a slogan's frame (围绕……等重点工作): no report, but a sign of the topic
    (
        "county_gov",
        "disputes",
        "（一）领导。围绕信访工作、行政应诉、安全生产等重点工作开展专题调研3次，制定年度法治工作计划。",
        "行政应诉",
    ),
    # under a heading that names it, past a run-in title that names another item and none of the heading's words
    (
        "township",
        "functions",
        "（二）规范行政行为，提升政务服务水平。一是严格决策程序。法律顾问参与镇党委会议研究重大事项9次，审核合同5份。",
        "法律顾问参与",
    ),
    # named only as one of a list of topics (choose.aside): the list's sentence is the mention, not another's
    (
        "county_gov",
        "law-enforcement",
        "（一）统筹。统筹推进重大行政决策、行政执法、政务公开等各项工作。（二）决策。编制重大行政决策事项目录。",
        "行政执法",
    ),
]

# the item named in the main clause, or a list an act is done to, or documents issued: still covered
NOT_PASSING = [
    # the item's words as the subject of the passive or of the clause before it: the sentence's own
    ("county_gov", "law-enforcement", "（一）执法。局行政执法队被省司法厅评为行政执法工作先进集体。", "局行政执法队"),
    (
        "county_gov",
        "leadership",
        "（一）考核。县委全面依法治县委员会将法治建设纳入年度考核，本局被评为优秀等次。",
        "纳入年度考核",
    ),
    # the run-in title under the heading names the item itself, or goes on with the heading's words (宣传)
    (
        "township",
        "functions",
        "（二）规范行政行为，提升政务服务水平。一是优化政务服务。便民服务中心全年办理事项1500件。",
        "办理事项1500件",
    ),
    (
        "township",
        "leadership",
        "（二）深化法治学习，推动法治宣传落地见效。一是建立习近平法治思想学习宣传阵地。阵地设置专题展板12块，接待群众参观3000人次。",
        "阵地设置专题展板",
    ),
    # the aim of acts on the item itself (its own words before it), or the aim clause of a report of the item
    ("county_gov", "law-enforcement", "（一）执法。组织执法人员培训4次，进一步提升行政执法水平。", "执法人员培训4次"),
    ("county_gov", "disputes", "（一）复议。全年办结行政复议案件12件，确保行政争议依法化解。", "行政复议案件12件"),
    (
        "county_gov",
        "functions",
        "（一）服务。优化营商环境，为企业提供“一站式”服务，全年办理涉企审批事项860件。",
        "优化营商环境",
    ),
    ("county_gov", "disputes", "（一）复议。就行政应诉工作召开专题会议2次。", "行政应诉工作"),
    (
        "county_gov",
        "disputes",
        "（一）领导。2023年以来，就信访工作、行政应诉、安全生产等重点工作召开常务会议4次，对行政应诉案件逐案研究。",
        "逐案研究",
    ),
    (
        "county_gov",
        "normative-documents",
        "（一）审核。对重大合同、行政规范性文件、重大行政决策等开展合法性审核56件。",
        "合法性审核56件",
    ),
    (
        "department",
        "pufa-responsibility",
        "（一）部署。印发了《2023年度法治政府建设工作要点》《2023年普法依法治理工作要点》，对全年工作作出安排。",
        "普法依法治理工作要点",
    ),
]


@pytest.mark.parametrize(("kind", "item", "measures", "words"), PASSING_ONLY)
def test_an_item_named_only_in_passing_is_mentioned_not_covered(
    kind: str, item: str, measures: str, words: str
) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    result = check(read_text(text), checklists.load(kind), year=2023)
    got = result.items[item]
    assert got.status == "missing" and got.mention is not None and words in got.mention.quote, got
    title = got.item.title
    told = [f for f in result.findings if f.rule == "required-item" and f"“{title}”" in f.message]
    assert [f.severity for f in told] == [INFO] and "提到了它" in told[0].message, told


@pytest.mark.parametrize(("kind", "item", "measures", "words"), NOT_PASSING)
def test_an_item_the_sentence_is_about_stays_covered(kind: str, item: str, measures: str, words: str) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    assert got.status == "covered" and got.evidence is not None and words in got.evidence, got


@pytest.mark.parametrize(
    ("sentence", "passing"),
    [
        ("制定年度法治工作计划，就信访工作、行政应诉、安全生产等重点工作召开常务会议4次。", True),
        ("制定年度法治工作计划，围绕信访工作、行政应诉、安全生产等重点工作开展调研3次。", True),
        ("制定年度法治工作计划，就业、行政应诉、安全生产等工作同步开展调研3次。", False),  # 就业 opens no topic
        ("制定年度法治工作计划，对信访事项、行政应诉案件等开展专项评查3次。", False),  # a list the act is done to
    ],
)
def test_a_list_of_topics_names_its_items_in_passing(sentence: str, passing: bool) -> None:
    from drafter.checks.near import profiles
    from drafter.checks.rival import Rivals, only_in_passing

    checklist = checklists.load("county_gov")
    rivals = Rivals(tuple(i for i in checklist.items if i.part == "measures"), profiles(checklist))
    disputes = next(i for i in checklist.items if i.id == "disputes")
    assert only_in_passing(disputes, sentence, rivals, 2023) is passing


def test_an_item_named_only_in_a_cited_title_is_not_written_nor_mentioned() -> None:
    """A title cited in a study sentence reports none of its item, nor mentions it (mention.py's rule: a document's
    title is no mention): the item is not written — a gap, not an info that the sentence 提到了它 (review9 R2)."""
    measures = (
        "（一）学习。坚持把学习贯彻习近平法治思想与《法治政府建设实施纲要（2021—2025年）》《提升行政执法质量三年"
        "行动计划（2023—2025年）》及县实施方案结合起来，为全面深化改革提供法治动力。全年集体学习12次。"
    )
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    result = check(read_text(text), checklists.load("county_gov"), year=2023)
    got = result.items["law-enforcement"]
    assert got.status == "missing" and got.mention is None, got
    told = [f for f in result.findings if f.rule == "required-item" and f"“{got.item.title}”" in f.message]
    assert [f.severity for f in told] != [INFO] and "补写" in told[0].message, told


@pytest.mark.parametrize(
    ("sentence", "studied"),
    [
        ("认真学习《习近平法治思想学习纲要》，推进行政复议体制改革。", True),
        ("以《习近平法治思想学习纲要》为重点，全年开展集中学法12次。", True),
        ("对照《习近平法治思想学习纲要》，推进行政复议体制改革。", False),  # cited as a basis: no study told
    ],
)
def test_a_document_studied_on_the_thought_reports_its_study(sentence: str, studied: bool) -> None:
    """Studying a document titled with the thought is studying it (words.toml [rival] studied_items): the title is not
    a passing mention beside another item named outside it — a false ERROR on a blind set (xi-thought missing)."""
    text = REPORT.format(
        measures=f"（一）学习。{sentence}\n（二）执法。全年办理行政处罚案件40件。", duties=DUTIES, plan=PLAN
    )
    got = check(read_text(text), checklists.load("county_gov"), year=2023).items["xi-thought"]
    assert (got.status == "covered") is studied, got


# a cited title names what the sentence's act is on when, past its 》, the sentence restates the title's head word
# (规范性文件 → 文件) and counts it: the act is done on what the title names (evidence.restated); a title only
# followed (进一步规范……), or a figure counting another thing, restates none and stays a cited title
RESTATED = [
    (
        "county_gov",
        "normative-documents",
        "（一）文件。认真执行《青禾县行政规范性文件管理规定》，全年审查文件9件，按时报备率100%。",
        "审查文件9件",
    ),
    (
        "county_gov",
        "law-enforcement",
        "（一）公示。落实《青禾县行政执法公示办法》，全年公示执法信息320条。",
        "公示执法信息320条",
    ),
    (
        "county_gov",
        "normative-documents",
        "（一）文件。认真执行《青禾县行政规范性文件管理规定》，进一步规范发文程序。",
        None,
    ),
    ("county_gov", "normative-documents", "（一）检查。依据《青禾县行政规范性文件管理规定》开展执法检查12次。", None),
]


@pytest.mark.parametrize(("kind", "item", "measures", "words"), RESTATED)
def test_a_cited_title_whose_head_the_act_counts_reports_the_item(
    kind: str, item: str, measures: str, words: str | None
) -> None:
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN)
    got = check(read_text(text), checklists.load(kind), year=2023).items[item]
    if words is None:
        assert got.status == "missing", got
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, got


def test_a_titles_head_restated_is_looked_for_once_per_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    """``evidence.restated`` looked for a figure after each later 文件 of the sentence up to its end: a sentence
    citing many titles read itself once per title for each title's cue (0.24 s of a 34k-character line's
    lint went 1.7 ms a call). Held by the characters searched for a figure: at most the sentence, per call."""
    from drafter.checks import evidence

    searched = 0
    real = evidence.FIGURE

    class Counted:
        def search(self, string: str, pos: int = 0) -> object:
            nonlocal searched
            searched += len(string) - pos
            return real.search(string, pos)

    monkeypatch.setattr(evidence, "FIGURE", Counted())
    sentence = "执行《青山县规范性文件管理办法》、" * 40 + "规范发文程序。"
    starts = [i for i in range(len(sentence)) if sentence.startswith("规范性文件", i)]
    assert not any(evidence.restated(sentence, i, i + 5) for i in starts)
    assert evidence.restated("执行《青山县规范性文件管理办法》、" * 40 + "审核文件12件。", 6, 11)
    assert searched <= len(starts) * len(sentence), (searched, len(starts) * len(sentence))
