"""Items the opening reports (checks/opening.py): a report cut short, or one that sums its year up in its
opening paragraph, covers an item there by a concrete act (a figure, an act done at the item's words);
the opening's stances (在……领导下, 营造……环境, 以……为指导) and the honours it lists cover nothing."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

HEAD = "青山镇人民政府2023年法治政府建设情况报告\n"
CUT = "\n一、强化组织领导\n镇长带头学法4次。\n"  # the copy ends after its first section


def _covered(opening: str, kind: str = "township") -> dict[str, str]:
    res = check(read_text(HEAD + opening + CUT), checklists.load(kind), year=2023)
    return {i: r.quote for i, r in res.items.items() if r.covered and r.quote and r.quote[:6] in opening}


@pytest.mark.parametrize(
    ("opening", "items"),
    [
        (
            "2023年，我镇在县委、县政府的坚强领导下，深入推进法治政府建设。全年开展普法宣传活动16场，发放宣传资料"
            "3000余份；调解矛盾纠纷42起，调解成功率98%；聘请法律顾问1名，审查合同15份。现将有关情况报告如下：",
            {"township-pufa", "disputes", "township-mediation", "township-counsel"},
        ),
        ("2023年，我镇共办理行政许可事项326件，办结率100%。现将有关情况报告如下：", {"functions"}),
        ("2023年，我镇聘请法律顾问1名，审查合同15份。", {"township-counsel"}),
        # the item's own work honoured (the brand was run, the case handled), a rule-of-law meeting hosted
        ("2023年，我镇“春燕”普法品牌被评为全市普法优秀案例。现将有关情况报告如下：", {"township-pufa"}),
        ("2023年，我镇承办了全县“法润乡村”普法现场推进会。", {"township-pufa"}),
        (
            "2023年，我镇扎实推进法治政府建设，取得明显成效。\n--“一窗通办审批服务模式”做法入选全市营商环境改革“优秀实践案例”。",
            {"functions"},
        ),
    ],
)
def test_the_openings_concrete_acts_cover_their_items(opening: str, items: set[str]) -> None:
    got = _covered(opening)
    assert items <= set(got), got


@pytest.mark.parametrize(
    ("kind", "opening", "item"),
    [
        # the count stands two clauses after the item's name, after the study plan it was put on (a blind set:
        # the leading body's study of 习近平法治思想 in a department's opening called missing)
        (
            "department",
            "2023年，我局把学好用好习近平法治思想当作局党组的头等政治任务，列入党组中心组学习计划，全年安排集中研学5次，"
            "推动班子成员学法经常化；同时举办业务骨干依法行政讲座3期。现将有关情况报告如下：",
            "xi-thought",
        ),
        # put as the 第一议题 of the leading body's meetings: studied, even without a count
        (
            "department",
            "2023年，我局把习近平法治思想当作抓法治工作的头号任务，排进局党组中心组学习和局务会的“第一议题”，"
            "提升干部运用法治方式防风险的本领。现将有关情况报告如下：",
            "xi-thought",
        ),
        # a document issued or drawn up, the counsel used for a legality check: acts done
        (
            "department",
            "2023年，局党委印发本局年度法治要点，编制全体职工应知应会法规清单。现将有关情况报告如下：",
            "leadership",
        ),
        ("township", "2023年，我镇用好镇聘法律顾问，对重大事项决策和大额合同实行事前合法性把关。", "township-counsel"),
        # a stance first, then the disputes' result: 零败诉, 胜诉, 被维持, 未发生 are results done
        (
            "department",
            "2023年，县水务局以习近平法治思想为指导，扎实推进依法行政，全年行政复议和行政诉讼均零败诉，无群体性上访事件。",
            "disputes",
        ),
        ("township", "2023年，我镇在县委县政府领导下，依法行政水平不断提升，涉镇行政诉讼案件均胜诉。", "disputes"),
        ("department", "2023年，我局坚持依法行政，作出的行政复议决定均被维持。", "disputes"),
        (
            "township",
            "2023年，我镇以习近平法治思想为指导，深入推进法治政府建设，全年未发生行政复议和行政诉讼案件。",
            "disputes",
        ),
    ],
)
def test_the_openings_results_and_later_counts_cover_their_items(kind: str, opening: str, item: str) -> None:
    assert item in _covered(opening, kind), opening


@pytest.mark.parametrize(
    ("kind", "opening"),
    [
        ("department", "2023年，我局深入学习贯彻习近平法治思想，全面完成年度目标任务。现将有关情况报告如下："),
        (
            "township",
            "2023年，我镇以习近平法治思想为指导，全面推进依法行政，未发生重大安全事故。现将有关情况报告如下：",
        ),
        ("department", "2023年，我局始终坚持以习近平法治思想为指导，力争实现行政诉讼零败诉。"),
        ("department", "2023年，我局坚持“第一议题”制度，深入学习贯彻习近平法治思想，推动各项工作。"),
        # another body's document followed (印发的, 编制的 qualify the noun): the unit did not issue it
        ("department", "2023年，我局认真贯彻落实市委、市政府印发的法治政府建设实施方案，扎实推进依法行政。"),
        ("township", "2023年，我镇严格按照县委印发的年度法治工作要点，扎实推进各项工作。现将有关情况报告如下："),
        ("township", "2023年，我镇认真对照上级编制的权责清单依法履职。现将有关情况报告如下："),
    ],
)
def test_a_stance_with_no_result_of_the_item_covers_nothing(kind: str, opening: str) -> None:
    assert _covered(opening, kind) == {}, opening


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，我镇在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，全面推进依法行政，为全镇经济社会发展营造了良好的法治环境。现将有关情况报告如下：",
        "2023年，在县委县政府的正确领导下，我镇深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设，依法行政水平不断提升，现将有关情况报告如下：",
        "2023年，我镇以法治政府建设为抓手，不断深化放管服改革，持续优化营商环境，矛盾纠纷化解能力明显增强，现报告如下：",
        "今年以来，我镇坚持把法治政府建设作为重要政治任务，着力提升普法宣传实效，营造办事依法、遇事找法的良好氛围。现将有关情况报告如下：",
        "2023年，我镇法治政府建设取得了明显成效，行政执法更加规范，政务公开不断深化，群众满意度持续提升。现将有关情况报告如下：",
        "2023年，我镇深入学习贯彻党的二十大精神和习近平法治思想，认真落实县委县政府决策部署，全面推进各项工作。现将有关情况报告如下：",
        "2023年，我镇3项改革事项入选全省优化营商环境改革先行区名单，获评全省法治政府建设示范镇。现将有关情况报告如下：",
        "2023年，我镇1名干部获评全市“八五”普法中期先进个人。现将有关情况报告如下：",
        # the year's focus areas listed (围绕……等重点) name topics, they report none of them
        "2023年，我镇围绕推进依法行政、规范行政执法、深化普法宣传等重点，全面完成年度目标任务。现将有关情况报告如下：",
        "2023年，我镇聚焦矛盾纠纷化解、法律顾问服务、法治宣传教育等领域，完成了年度各项任务。",
    ],
)
def test_the_openings_stances_and_honours_cover_nothing(opening: str) -> None:
    assert _covered(opening) == {}, opening
