"""Who the subject of a duty is, as the duties part's status and items read it (made-up texts of the kinds blind-set
reviewers met):

- 党政主要负责人 opening its sentence or clause (after an ordinal or a time at most) is the reporting unit's own heads —
  the subject a report gives its duty, read so by the reviewers of two blind sets; after a verb (压实、落实、扛牢……) it is
  the duty's name, a slogan (base.toml [evidence] slogans);
- the own leadership's study of the law itself (领导班子带头学法, 常务会议会前学法: words.toml law_studies) folds a duties
  part a report read to its end leaves unwritten — the report says one of the part's items is done; a study of the
  staff, or of 习近平法治思想 alone, is no such sign, and a copy that breaks off claims nothing by it."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.kinds import HEAD, STANDARD, STANDARD_TAIL

COUNTY = "青山县人民政府关于2023年度法治政府建设情况的报告\n"
TOWN = "青山县石门镇人民政府关于2023年度法治政府建设情况的报告\n"
CUT = (
    "{}2023年，我们深入推进法治政府建设，现将有关情况报告如下：\n一、2023年度推进法治政府建设的主要举措和成效\n"
    "（一）加强组织领导。{}\n（二）规范执法。全年办理行政处罚案件40件，开展执"
)


def _checked(kind: str, head: str, act: str, cut: bool = False) -> tuple[str, dict[str, bool], set[str]]:
    text = CUT.format(head, act) if cut else head + STANDARD.format(act) + STANDARD_TAIL
    res = check(read_text(text), checklists.load(kind), year=2023)
    items = {k: v.covered for k, v in res.items.items() if k.startswith("duties")}
    rules = {f.rule for f in res.findings if f.part == "duties"}
    return res.parts["duties"].status, items, rules


@pytest.mark.parametrize(
    ("kind", "head", "act", "status", "leader"),
    [
        # the heads as the subject of the sentence, or of its clause after an ordinal: the unit's own
        (
            "township",
            TOWN,
            "三是党政主要负责人认真履行推进法治建设第一责任人职责，统筹全镇依法行政各项工作。",
            "folded",
            True,
        ),
        (
            "department",
            HEAD,
            "党政主要负责人切实履行推进法治建设第一责任人职责，带头研读行政处罚法。",
            "folded",
            True,
        ),
        # the duty's name after a verb: a slogan, nobody acting
        (
            "township",
            TOWN,
            "压实党政主要负责人履行推进法治建设第一责任人职责，将法治建设纳入年度绩效考核。",
            "missing",
            False,
        ),
        ("department", HEAD, "督促各乡镇党政主要负责人履行推进法治建设第一责任人职责。", "missing", False),
    ],
)
def test_the_heads_as_subject_are_the_units_own(kind: str, head: str, act: str, status: str, leader: bool) -> None:
    got, items, _ = _checked(kind, head, act)
    assert (got, items["duties-leader"]) == (status, leader), act


@pytest.mark.parametrize(
    ("kind", "head", "act", "status"),
    [
        # the own leadership studies the law: the part is folded there (a missing-part error would be false)
        ("county_gov", COUNTY, "县政府领导班子坚持会前学法，全年学习法律法规8部。", "folded"),
        ("department", HEAD, "领导干部带头学法，全年集中学法6次。", "folded"),
        # the staff's study: nothing of the head's; the body's study of 习近平法治思想 beside the staff's law exam neither
        ("department", HEAD, "组织全体干部职工集中学法12次。", "missing"),
        (
            "department",
            HEAD,
            "局党组理论学习中心组专题学习习近平法治思想6次，组织干部职工参加法律知识考试2次。",
            "missing",
        ),
    ],
)
def test_the_leaderships_law_study_folds_the_part(kind: str, head: str, act: str, status: str) -> None:
    got, _, rules = _checked(kind, head, act)
    assert got == status, act
    assert ("missing-part" in rules) == (status == "missing"), rules


def test_a_copy_cut_short_claims_nothing_by_the_leaderships_study() -> None:
    """The weakest sign, as the leading body's study (``PartResult.study``): a copy that breaks off may hold the part
    after the break, and no finding says it is folded or missing."""
    _, items, rules = _checked("department", HEAD, "局领导班子带头学法6次。", cut=True)
    assert items["duties-study"]
    assert not rules & {"missing-part", "folded-part"}, rules
