"""What opens a part and what does not, in whole reports: an unheaded part opened as real ones are, others' problems or problems handled in a measure (no shortcomings), a forecast in a measure or a page's related links (no plan), container and themed headings, headings that begin with a numeral."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .helpers.layouts import ALL, DUTY, HEAD, MEASURES, PLAN, SHORT, four, parts_of


@pytest.mark.parametrize(
    ("part", "opener"),
    [
        ("shortcomings", "存在的问题主要有：一是执法队伍专业化水平不高；二是普法宣传针对性不强。原因在于培训不够。"),
        ("shortcomings", "不足之处主要表现在：一是执法队伍专业化水平不高；二是普法宣传针对性不强。原因在于培训不够。"),
        # no 虽然 before the gains (a false missing-part ERROR before)
        (
            "shortcomings",
            "我局法治政府建设工作取得了一定成效，但也面临一些困难和挑战。一是执法力量薄弱；二是普法形式单一。原因主要是编制紧张。",
        ),
        (
            "shortcomings",
            "总的来看，我局法治建设取得了一定成绩，但也要看到，执法力量薄弱等问题依然存在。原因在于编制紧张。",
        ),
        ("plan", "2024年，我局将" + PLAN),  # the layout itself, as most reports open the plan
        ("plan", "下步，我局将重点做好以下工作：" + PLAN),
        ("plan", "2024年工作思路：" + PLAN),
        ("plan", "2024年法治政府建设工作的总体思路是：" + PLAN),
        ("plan", "我局将在2024年重点做好以下工作：" + PLAN),
        ("plan", "我局2024年将重点做好以下工作：" + PLAN),
        ("plan", "在今后的工作中，我局将重点做好以下工作：" + PLAN),
        # 将 before the year, a lead first, the year in Chinese numerals (false missing-part ERRORs before)
        ("plan", "针对以上问题，我局将在2024年重点做好以下工作：" + PLAN),
        ("plan", "为此，我局将在新的一年里重点做好以下工作：" + PLAN),
        ("plan", "我局将以问题为导向，在2024年重点做好以下工作：" + PLAN),
        ("plan", "二〇二四年，我局将重点做好以下工作：" + PLAN),
        ("duties", "作为推进法治建设第一责任人，局长带头学法6次，主持召开党组会议4次研究法治工作。"),
    ],
)
def test_an_unheaded_part_opens_as_real_ones_do(part: str, opener: str) -> None:
    """Each part written as a bare paragraph after the others' last paragraph, opened as real reports open it."""
    paras = {
        "shortcomings": SHORT.replace("一是", "但也存在一些不足：一是", 1),
        "duties": "局党组书记、局长认真履行推进法治建设第一责任人职责，带头学法6次。",
        "plan": "2024年，我局将" + PLAN,
    }
    paras[part] = opener
    text = (
        HEAD
        + "一、主要举措和成效\n"
        + MEASURES
        + "\n".join(paras[p] for p in ("shortcomings", "duties", "plan"))
        + "\n"
    )
    assert parts_of(text) == ALL, opener


@pytest.mark.parametrize(
    "measure",
    [
        "全年受理12345热线诉求1200件，群众反映的问题主要是：物业服务、劳动报酬、噪音扰民，均已按期办结。",
        "同时，对检查中发现存在问题的12家企业下达整改通知书。",
        "同时，对专项检查中发现存在问题的企业逐一约谈。",
    ],
)
def test_others_problems_in_a_measure_open_no_shortcomings(measure: str) -> None:
    """A measure's second paragraph naming others' problems (群众反映的问题主要是：, 检查发现存在问题的企业) opened the
    unheaded shortcomings part there, not at 但也存在一些不足: the rest of the measure read as the shortcomings."""
    text = (
        HEAD
        + "一、主要举措和成效\n"
        + MEASURES
        + measure
        + "\n"
        + SHORT.replace("一是", "但也存在一些不足：一是", 1)
        + "\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        + DUTY
        + "\n三、2024年工作打算\n"
        + PLAN
        + "\n"
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["shortcomings"].line == 7, res.parts["shortcomings"].line
    own = text.replace(measure, "同时，我局法治政府建设还存在一些问题：执法人员不足。")
    assert check(read_text(own), checklists.load("department"), year=2023).parts["shortcomings"].line == 6


def test_difficulties_overcome_open_no_shortcomings_part() -> None:
    """虽然……，但我局克服困难，…… after the last measure reports work done, not shortcomings: a report without them
    still misses the part (it was present, hiding the error)."""
    text = (
        HEAD
        + "一、主要举措和成效\n"
        + MEASURES
        + "虽然今年受机构改革影响人员变动较大，但我局克服困难，全年执法案件数量同比增长12%。\n"
        + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        + DUTY
        + "\n三、2024年工作打算\n"
        + PLAN
        + "\n"
    )
    assert parts_of(text)["shortcomings"] == "missing"
    despite = text.replace(
        "虽然今年受机构改革影响人员变动较大，但我局克服困难，", "尽管面临诸多困难，我局仍然圆满完成了年度目标，"
    )
    assert parts_of(despite)["shortcomings"] == "missing"
    kept = text.replace("全年执法案件数量同比增长12%。", "取得了一定成效，但仍存在一些不足：执法人员不足。")
    assert parts_of(kept)["shortcomings"] == "present"
    # 与实现……相比 is no work done, and difficulties follow (24d1a9e made it a false missing-part ERROR)
    compared = text.replace(
        "虽然今年受机构改革影响人员变动较大，但我局克服困难，全年执法案件数量同比增长12%。",
        "虽然我局法治政府建设取得了一定成效，但与实现法治政府建设目标相比，还面临一些困难和挑战。执法人员不足。",
    )
    assert parts_of(compared)["shortcomings"] == "present"


def test_a_pages_related_links_are_no_plan() -> None:
    """A web copy on one line ends with the page's 相关链接 (other pages' titles): 西岭县水利局2024年工作计划 there
    is no plan folded; the report without a plan misses it, and its 署名 before the links is still read."""
    text = (
        "首页 > 政务公开 > 法治政府 发布时间：2024-03-01 "
        + HEAD.strip()
        + " 一、主要举措和成效 "
        + MEASURES.replace("\n", "")
        + "二、存在的不足和原因 "
        + SHORT
        + "三、主要负责人履行推进法治建设第一责任人职责情况 "
        + DUTY
        + " 青禾县水利局 2024年2月29日 相关链接： 青禾县2024年法治政府建设工作要点 青禾县水利局2024年工作计划 【打印】【关闭】\n"
    )
    doc = read_text(text)
    assert parts_of(text)["plan"] == "missing"
    assert doc.meta.signature == "青禾县水利局", doc.meta.signature


def test_a_container_headings_parts_stand_as_its_sub_headings() -> None:
    """一、2023年法治政府建设情况 holding （一）主要举措和成效 （二）存在的不足和原因 （三）……第一责任人职责情况: each
    sub-heading that names a part is that part's own section (they were folded into the measures); a （五）履行第一
    责任人职责情况 after themed items of the measures stays folded."""
    text = (
        HEAD
        + "一、2023年法治政府建设情况\n（一）主要举措和成效\n"
        + MEASURES.replace("（一）", "1.").replace("（二）", "2.").replace("（三）", "3.")
        + "（二）存在的不足和原因\n"
        + SHORT
        + "\n（三）主要负责人履行推进法治建设第一责任人职责情况\n"
        + DUTY
        + "\n二、2024年工作打算\n"
        + PLAN
        + "\n"
    )
    assert parts_of(text) == ALL
    themed = (
        HEAD
        + "一、2023年法治政府建设情况\n"
        + MEASURES
        + "（四）履行第一责任人职责情况\n"
        + DUTY
        + "\n二、存在的不足和原因\n"
        + SHORT
        + "\n三、2024年工作打算\n"
        + PLAN
        + "\n"
    )
    assert parts_of(themed) == {**ALL, "duties": "folded"}


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("（一）压实第一责任人职责，加强组织领导。", "（三）聚焦基层执法力量不足，加强队伍建设。"),
        ("（一）主要领导带头尊法学法。", "（三）严格落实年度普法工作计划。"),
        ("（一）强化第一责任人职责落实。", "（三）思路和举措创新，推进数字法治政府建设。"),
    ],
)
def test_themed_items_naming_a_part_leave_the_measures_heading_whole(first: str, later: str) -> None:
    """一、2023年度推进法治政府建设的主要举措和成效 over themed items whose words name a part (（一）压实第一责任人
    职责…… （三）思路和举措创新……) is no container of the parts: the measures were folded, the duties found at 一、
    and the plan or the shortcomings at the item (a false folded-part and false missing-item warnings)."""
    measures = MEASURES.replace("（一）加强组织领导。", first).replace("（三）深化普法宣传。", later)
    text = four(
        "一、2023年度推进法治政府建设的主要举措和成效\n",
        "二、存在的不足和原因\n",
        "\n三、主要负责人履行推进法治建设第一责任人职责情况\n",
        "\n四、2024年工作安排\n",
    )
    text = text.replace(MEASURES, measures)
    assert parts_of(text) == ALL


def test_a_date_in_the_next_year_opens_no_plan() -> None:
    """2024年1月，局党组召开……会议，要求…… after the last measure reports a meeting held before the report was
    written, not next year's plan: a report without a plan still misses it (it was present, hiding the error)."""
    text = (
        HEAD
        + "一、主要举措和成效\n"
        + MEASURES
        + "2024年1月，局党组召开全局法治工作会议，要求各股室对照年度考核结果逐项抓好落实。\n"
        + "二、存在的不足和原因\n"
        + SHORT
        + "\n三、主要负责人履行推进法治建设第一责任人职责情况\n"
        + DUTY
        + "\n"
    )
    assert parts_of(text)["plan"] == "missing"
    planned = text.replace("2024年1月，局党组召开全局法治工作会议，要求各股室", "2024年，我局将组织各股室")
    assert parts_of(planned)["plan"] == "present"


@pytest.mark.parametrize(
    ("act", "want"),
    [
        ("对存在的问题实行清单化管理，逐项销号。", "missing"),
        ("建立问题台账，对存在问题限期整改，整改率100%。", "missing"),
        ("对评查中存在问题较多的3个单位进行约谈。", "missing"),
        ("开展规范性文件清理，对存在与上位法不一致问题的5件予以废止。", "missing"),
        ("有关部门存在的推诿扯皮问题得到有效解决。", "missing"),
        ("我局执法人员还存在专业能力不足的问题，需进一步加强培训。", "folded"),
        ("但仍存在执法人员不足的问题。", "folded"),
    ],
)
def test_problems_handled_in_a_measure_fold_no_shortcomings(act: str, want: str) -> None:
    """A measure that acts on problems (对存在的问题整改、约谈) or reports them solved (得到有效解决) folds no
    shortcomings part: a report without one misses it (it was folded, its error a warning); the unit's own
    shortfall written inside a measure is the part folded."""
    text = (
        HEAD
        + "一、主要举措和成效\n"
        + MEASURES.replace("明确重点任务16项。", "明确重点任务16项。" + act)
        + "二、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        + DUTY
        + "\n三、2024年工作打算\n"
        + PLAN
        + "\n"
    )
    assert parts_of(text)["shortcomings"] == want, act


@pytest.mark.parametrize(
    ("act", "want"),
    [
        ("项目预计2024年将全面建成投用。", "missing"),
        ("该平台有望于2024年将执法数据全部接入。", "missing"),
        ("《青禾县古村落保护条例》列入2024年度立法计划。", "missing"),
        ("2024年，我局将进一步规范执法行为。", "folded"),
    ],
)
def test_a_forecast_in_a_measure_folds_no_plan(act: str, want: str) -> None:
    """预计2024年将建成 forecasts a project's end, it plans no work: a report without a plan misses it (it was
    folded, its error a warning); 2024年，我局将…… inside a measure is the plan folded."""
    text = (
        HEAD
        + "一、主要举措和成效\n"
        + MEASURES.replace("明确重点任务16项。", "明确重点任务16项。" + act)
        + "二、存在的不足和原因\n"
        + SHORT
        + "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        + DUTY
        + "\n"
    )
    assert parts_of(text)["plan"] == want, act


FILLER = "本局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，统筹推进依法行政各项任务。" * 16


def _web(*pieces: str, sep: str = " ") -> str:
    """A report as a website serves it: one long line (of a real report's length) among the page's words."""
    return (
        "首页 > 政务公开 > 法治政府 发布时间：2024-03-01 " + sep.join((HEAD.strip(), FILLER, *pieces)) + " 【打印】\n"
    )


def test_a_web_copys_themed_heading_of_two_phrases_keeps_its_second() -> None:
    """一、坚持党的领导，严格落实第一责任人职责 县委书记…… on one line: the heading ends at the space after its second
    phrase, not at its comma, so it names the duties part (it was cut to 坚持党的领导: the part folded)."""
    for comma in ("，", ","):
        text = _web(
            f"一、坚持党的领导{comma}严格落实第一责任人职责",
            DUTY,
            f"二、规范行政执法{comma}提升执法质效",
            MEASURES.replace("\n", ""),
            "三、存在的不足和原因",
            SHORT,
            "四、2024年工作打算",
            PLAN,
        )
        assert parts_of(text) == ALL, comma


@pytest.mark.parametrize(
    "opener",
    [
        "针对上述问题，2024年我局将重点抓好以下工作：",
        "未来，我局将",
        "在新的一年里，我局将",
        "为此，下一步我们将",
        "下步，我局将",
    ],
)
def test_an_unheaded_plan_on_a_web_copy_without_spaces(opener: str) -> None:
    """A web copy with no space left between paragraphs: the plan after the shortcomings starts at its sentence
    (runon's turn words), as it does where a space is left."""
    text = _web(
        "一、主要举措和成效",
        MEASURES.replace("\n", ""),
        "二、党政主要负责人履行推进法治建设第一责任人职责情况",
        DUTY,
        "三、存在的不足和原因",
        SHORT + opener + PLAN,
        sep="",
    )
    assert parts_of(text) == ALL, opener


def test_a_list_of_quarters_is_no_heading() -> None:
    """一、二、三季度 at a paragraph's start is a list of quarters, not a heading numbered 一、 (the numeral
    after 一、 may begin only a year's words: 一年来, 二〇二四年)."""
    doc = read_text(HEAD + "一、二、三季度共开展检查六次。\n")
    assert [b.kind for b in doc.blocks if b.role == "body"] == ["paragraph"]
    doc = read_text(HEAD + "一、二月份共开展检查六次。\n")
    assert [b.kind for b in doc.blocks if b.role == "body"] == ["paragraph"]


@pytest.mark.parametrize("first", ["一、一把手抓法治，高位推动", "一、一网通办提速增效", "一、三项制度全面落实"])
def test_a_heading_whose_words_begin_with_a_numeral_is_a_heading(first: str) -> None:
    """一、一把手抓法治，高位推动 (e2af971's list of quarters) is the first measure's heading, not a paragraph of the
    opening: its measures were counted as written in the opening (infos 已写到……在报告开头)."""
    text = four(
        first + "\n",
        "二、存在的不足和原因\n",
        "\n三、主要负责人履行推进法治建设第一责任人职责情况\n",
        "\n四、2024年工作安排\n",
    )
    doc = read_text(text)
    assert next(b.kind for b in doc.blocks if b.role == "body") == "heading"
    assert check(doc, checklists.load("department"), year=2023).parts["measures"].line == 2
