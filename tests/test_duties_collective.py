"""The head's duties done by the unit's own leadership collectively (its own 县委、县政府, its 党组, its 领导干部 as a
group) cover the duties items other than 写明主要负责人本人; a superior's organs, others' bodies and members of the team
do not. Whose 单位主要负责人 is; a meeting that studies problems is no shortcoming; a fold only at the leading body's
study claims nothing in a copy that breaks off. Made-up texts of the kinds a reviewer met (words.toml own_organs,
own_groups, own_units, problem_light_verbs, body_deploys)."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.asides import planned_study
from drafter.readers.txt import read_text

from .helpers.kinds import HEAD, STANDARD, STANDARD_TAIL, statuses

COUNTY = "青山县人民政府关于2023年度法治政府建设情况的报告\n"
TOWN = "青山县石门镇人民政府关于2023年度法治政府建设情况的报告\n"


def _items(text: str, kind: str = "department") -> dict[str, str | None]:
    res = check(read_text(text), checklists.load(kind), year=2023)
    return {k: v.evidence for k, v in res.items.items() if k.startswith("duties")}


def _report(act: str, head: str = HEAD) -> str:
    return head + STANDARD.format(act) + STANDARD_TAIL


@pytest.mark.parametrize(
    ("kind", "head", "act", "item", "covered"),
    [
        # the own organs of a county's report are its leadership: 县委、县政府 hearing reports is the head's duty done
        ("county_gov", COUNTY, "县委、县政府定期听取法治政府建设工作汇报3次。", "duties-deploy", True),
        # a department's 县委县政府 are its superiors: their meetings are theirs
        ("department", HEAD, "今年以来，县委县政府先后召开专题会议7次，研究部署法治建设工作。", "duties-deploy", False),
        # 县政府办 is a body of its own, not the 县政府 (a county office's own head acts)
        (
            "department",
            HEAD,
            "县政府办主要负责人召开主任办公会议，部署单位法治政府建设工作任务。",
            "duties-deploy",
            True,
        ),
        # the unit's leaders as a group 述法: the head first among them; 班子成员 are members, not the head
        ("department", HEAD, "开展领导干部述法工作，述法报告全部公开。", "duties-report", True),
        ("department", HEAD, "领导干部带头述法，接受干部职工评议。", "duties-report", True),
        ("department", HEAD, "局领导班子成员带头学法6次。", "duties-study", False),
        # 领导干部 in a document's or a system's name do nothing
        (
            "department",
            HEAD,
            "推行领导干部应知应会党内法规和国家法律清单制度，包括习近平法治思想学习资料。",
            "duties-study",
            False,
        ),
        # a superior's meeting (a department's 县政府常务会议) its legal advisers attend is not the head's
        ("department", HEAD, "法律顾问参加县政府常务会议12次，提出口头法律意见30条。", "duties-deploy", False),
        ("county_gov", COUNTY, "主持召开县政府常务会议12次，研究法治政府建设重大事项。", "duties-deploy", True),
        # the own team's meeting studies what touches the law; the head's meeting whose next clause studies the work
        ("department", HEAD, "定期召开班子会议，研究涉法提议。", "duties-deploy", True),
        (
            "township",
            HEAD,
            "镇党政主要领导定期召开工作例会，对法治政府建设中的难点进行研究分析。",
            "duties-deploy",
            True,
        ),
        # problems the object of the work (研究法治建设存在问题) are no weakness: the meeting's hearing is reported;
        # a clause that states the unit still has them reports nothing
        (
            "township",
            TOWN,
            "镇党委、政府定期召开会议听取法治建设工作汇报，研究法治建设存在问题。",
            "duties-deploy",
            True,
        ),
        ("township", TOWN, "听取法治建设工作汇报不够及时，法治建设中存在问题较多。", "duties-deploy", False),
        # a pivot's object is moved, it does nothing itself: 推动落实主要负责人……年度述法等制度
        ("department", HEAD, "推动落实主要负责人法治建设第一责任人、年度述法等制度。", "duties-report", False),
        # 单位主要负责人 opening its clause is the reporting unit's own head; 有关单位主要负责人 another unit's
        ("department", HEAD, "单位主要负责人进行了年终述法，并提交述法报告。", "duties-report", True),
        ("department", HEAD, "有关单位主要负责人年终述法。", "duties-report", False),
    ],
)
def test_the_own_leadership_covers_the_heads_duty(kind: str, head: str, act: str, item: str, covered: bool) -> None:
    got = _items(_report(act, head), kind)[item]
    assert (got is not None) == covered, (act, got)


def test_the_leaderships_act_is_no_sign_of_the_head_named() -> None:
    """写明主要负责人本人 asks for the head himself: the own organs' act does not cover it."""
    assert (
        _items(_report("县委、县政府定期听取法治政府建设工作汇报3次。", COUNTY), "county_gov")["duties-leader"] is None
    )


@pytest.mark.parametrize(
    ("kind", "head", "act", "want"),
    [
        # the own leadership deploying: the part written (folded), not missing
        ("county_gov", COUNTY, "县委、县政府定期听取法治政府建设工作汇报3次。", "folded"),
        (
            "department",
            HEAD,
            "单位主要负责同志高度重视法治建设，带头落实第一责任人职责规定，做到亲自部署、亲自过问。",
            "folded",
        ),
        # a superior's organs deploying: nothing of the own head's
        ("department", HEAD, "今年以来，县委县政府先后召开专题会议7次，研究部署法治建设工作。", "missing"),
    ],
)
def test_the_duties_part_where_the_leadership_acts(kind: str, head: str, act: str, want: str) -> None:
    assert statuses(_report(act, head), kind)["duties"] == want, act


CUT = (
    HEAD
    + "2023年，我局深入推进法治政府建设，现将有关情况报告如下：\n"
    + "一、2023年度推进法治政府建设的主要举措和成效\n（一）加强组织领导。{}\n（二）规范执法。全年办理行政处罚案件40件，开展执"
)


@pytest.mark.parametrize(
    ("act", "want"),
    [
        # the leading body's study only: the measure 学习贯彻习近平法治思想, no sign of the duties in a copy cut short
        ("局党组理论学习中心组集中学习《行政复议法》等法律6次。", "missing"),
        # its meetings that deploy the law's work still fold the part there
        ("局党组专题研究依法行政工作2次，解决执法难题5个。", "folded"),
    ],
)
def test_a_copy_cut_short_is_not_folded_at_the_bodys_study(act: str, want: str) -> None:
    assert statuses(CUT.format(act))["duties"] == want, act


def test_a_report_read_to_its_end_is_folded_at_the_bodys_study() -> None:
    """Read to its end, the body's study folds the part: missing would be a false error."""
    assert statuses(_report("局党组理论学习中心组集中学习《行政复议法》等法律6次。"))["duties"] == "folded"


@pytest.mark.parametrize(
    ("act", "want"),
    [
        # problems the object of a light verb and the work on them (对……进行研究分析): a measure, no shortcoming
        ("乡党政主要领导不定期召开工作例会，对法治政府工作情况，特别是存在问题和薄弱环节进行研究分析。", "missing"),
        ("对督察中存在的问题加以整改，全部销号。", "missing"),
        # the unit still has them: a shortcoming stated, the part folded there
        ("执法队伍中存在问题和不足。", "folded"),
    ],
)
def test_problems_worked_on_are_no_shortcoming(act: str, want: str) -> None:
    text = HEAD + STANDARD.format(act) + "三、2024年度推进法治政府建设的主要工作安排\n一是完善规范性文件审核机制。\n"
    assert statuses(text)["shortcomings"] == want, act


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        # 学法 named as a responsibility, or as one of a list of systems: a study arranged, none done
        ("编制学习清单，明确学习内容，落实本单位党员、干部学法用法责任。", True),
        ("推进街道党政主要负责人述法、领导班子学法、法治政府建设报告等各项制度落实落地。", True),
        # the leadership's study done
        ("局领导班子带头学法6次，学习宪法和行政复议法。", False),
    ],
)
def test_study_named_as_a_system_is_a_plan(sentence: str, planned: bool) -> None:
    item = next(i for i in checklists.load("department").items if i.id == "duties-study")
    assert planned_study(item, sentence, 2023) == planned, sentence
