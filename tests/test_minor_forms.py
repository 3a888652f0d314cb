"""Slips a careful reviewer flags that are forms, not words: years run together, a day named with a full
stop, a list number with a 顿号, the unit's level dropped from its name, fixed names missing a part —
each judged on sentences written for the test, in reports of the three kinds."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import Finding, check
from drafter.readers.txt import read_text

HEAD = "{unit}关于2024年度法治政府建设情况的报告\n一、2024年度推进法治政府建设的主要举措和成效\n"


def _findings(body: str, unit: str = "青山县人民政府", kind: str = "county_gov") -> list[Finding]:
    doc = read_text(HEAD.format(unit=unit) + body)
    return check(doc, checklists.load(kind), year=2024).findings


def _rules(body: str, unit: str = "青山县人民政府", kind: str = "county_gov") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in _findings(body, unit, kind):
        out.setdefault(f.rule, []).append(f.message)
    return out


@pytest.mark.parametrize(
    ("body", "fired"),
    [
        ("对照《青山县法治政府建设实施方案（20212025年）》逐项落实。", True),
        ("对照《青山县法治政府建设规划(20212035年)》逐项落实。", True),
        ("对照《青山县法治政府建设实施方案（2021—2025年）》逐项落实。", False),
        ("全年共收到来信20212025件。", False),  # no year range: no 年 after it
        ("编号为20252021年的档案已归档。", False),  # the second before the first: no range
    ],
)
def test_joined_years(body: str, fired: bool) -> None:
    assert ("joined-years" in _rules(body)) is fired


@pytest.mark.parametrize(
    ("body", "fired"),
    [
        ("开展“12.4”国家宪法日集中宣传活动。", True),
        ("结合6.26国际禁毒日开展宣传。", True),
        ("开展“12·4”国家宪法日集中宣传活动。", False),
        ("执法案件办结率同比提高3.12个百分点。", False),
        ("推行“3.0版”审批服务。", False),
    ],
)
def test_day_dot(body: str, fired: bool) -> None:
    assert ("day-dot" in _rules(body)) is fired


def test_day_dot_says_what_to_write() -> None:
    (message,) = _rules("开展“12.4”国家宪法日集中宣传活动。")["day-dot"]
    assert "“12·4”" in message
    (two,) = _rules("开展“12.4”国家宪法日、“4.15”全民国家安全教育日宣传。")["day-dot"]
    assert "“12·4”“4·15”" in two


def test_arabic_enumerator_is_one_finding_counting_the_rest() -> None:
    body = "1、完善工作机制。全年召开会议3次。\n2、规范执法行为。全年检查12次。\n3、加强普法宣传。\n"
    (message,) = _rules(body, "青山县司法局", "department")["arabic-enumerator"]
    assert "共3处" in message and "“1.”" in message


@pytest.mark.parametrize(
    "body",
    [
        "1.完善工作机制。全年召开会议3次。\n2.规范执法行为。\n",
        "全年在1、2月集中开展执法检查。\n",
        "分别于第1、2季度开展专项检查。\n",
    ],
)
def test_no_arabic_enumerator(body: str) -> None:
    assert "arabic-enumerator" not in _rules(body, "青山县司法局", "department")


def test_enumerator_after_a_colon() -> None:
    assert "arabic-enumerator" in _rules("主要做法：1、健全制度；2、强化培训。", "青山县司法局", "department")


def _wording(body: str, unit: str = "青山县人民政府", kind: str = "county_gov") -> list[str]:
    return _rules(body, unit, kind).get("wording", [])


def test_government_named_without_its_level() -> None:
    (message,) = _wording("2024年，青山人民政府坚持依法行政，全年办结复议案件12件。")
    assert "青山县人民政府" in message and "“县”" in message
    township = _wording("2024年，柳河人民政府全面推进依法行政。", "青山县柳河镇人民政府", "township")
    assert any("柳河镇人民政府" in m for m in township)


@pytest.mark.parametrize(
    ("unit", "slip"),
    [
        ("邳州市人民政府", "邳州人民政府"),
        ("北京市通州区人民政府", "通州人民政府"),
        ("徐州市邳州市人民政府", "邳州人民政府"),
    ],
)
def test_a_level_character_inside_the_place_name_is_the_names_own(unit: str, slip: str) -> None:
    """邳州市: 州 is the place name's, not a level ending it; 人民政府 alone (市人民政府, 省人民政府) is no slip."""
    body = f"2024年，在市委、市人民政府领导下，全年向省人民政府报送备案文件5件。{slip}坚持依法行政。"
    (message,) = [m for m in _wording(body, unit) if "单位名称" in m]
    assert f"写成了“{slip}”" in message


@pytest.mark.parametrize(
    ("unit", "body"),
    [
        ("长沙县人民政府", "长沙市人民政府：\n2024年，在长沙市人民政府的领导下，长沙县人民政府全面推进依法行政。"),
        ("青山县柳河镇人民政府", "2024年，柳河镇人民政府和柳河乡人民政府联合开展普法宣传。"),
        ("和县人民政府", "2024年，推动各级党委和人民政府履行法治建设职责。"),  # a one-character place: 和 is no name
    ],
)
def test_the_place_at_another_level_is_another_unit(unit: str, body: str) -> None:
    """长沙市 over 长沙县 (南昌县, 抚顺县 …): a level for a level names another unit, no slip of the own name."""
    assert not [m for m in _wording(body, unit) if "单位名称" in m]


def test_the_own_name_mistyped_is_still_reported() -> None:
    (message,) = [m for m in _wording("2024年，长沙县人明政府全面推进依法行政。", "长沙县人民政府") if "单位名称" in m]
    assert "长沙县人明政府" in message


@pytest.mark.parametrize(
    "body",
    [
        "2024年，青山县人民政府坚持依法行政。",
        "2024年，县政府坚持依法行政，青山县委、县政府高度重视。",
    ],
)
def test_government_named_in_full(body: str) -> None:
    assert not [m for m in _wording(body) if "单位名称" in m]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("深入学习贯彻党的十九大历次全会精神。", "十九届历次全会"),
        ("认真学习党的二十大历次全会精神。", "二十届历次全会"),
        ("组织学习中央依法治国委员会第三次会议精神。", "中央全面依法治国委员会"),
        ("组织干部深入习习近平法治思想。", "学习习近平"),
    ],
)
def test_fixed_names_missing_a_part(body: str, words: str) -> None:
    assert any(words in m for m in _wording(body))


@pytest.mark.parametrize(
    "body",
    [
        "深入学习贯彻党的十九大和十九届历次全会精神、党的二十大精神。",
        "组织学习中央全面依法治国委员会第三次会议精神，中央依法治国办开展督察。",
        "组织干部研习习近平法治思想，自习习近平法治思想，深入学习习近平法治思想。",
        "坚持依法治县、依法执政、依法行政共同推进。",
        "按照《关于报送法治政府建设情况报告的通知》（青治县办〔2024〕3号）要求报送。",
    ],
)
def test_fixed_names_written_right(body: str) -> None:
    assert _wording(body) == []


def test_count_of_three_is_no_doubled_word() -> None:
    rules = _rules("严格执法案卷管理，办案一案一卷一审，统一统一思想。")
    assert len(rules.get("doubled-word", [])) == 1  # 统一统一 only


@pytest.mark.parametrize(
    ("body", "fired"),
    [
        ("在局党组会议、及中心组会议上集中学法。", True),
        ("组织学习宪法、民法典、以及行政复议法。", True),
        ("坚持依法决策、及时公开，推动调解、和解工作，组织与会人员学习。", False),
        ("在局党组会议及中心组会议上集中学法。", False),
        ("落实会前学法、与理论学习中心组学法制度，组织学习宪法、民法典、和行政复议法。", True),
        # 与/和 bringing in whom an item is done with: an item of its own, no conjunction
        ("通过实地走访、与企业座谈、网上征求意见等方式听取意见。", False),
        ("深入村组、和群众面对面交流，主动上门、与信访人沟通，主动对接、与县法院建立联动机制。", False),
    ],
)
def test_comma_conjunction(body: str, fired: bool) -> None:
    assert ("comma-conjunction" in _rules(body)) is fired


def test_quoted_list_is_one_note_counting_the_rest() -> None:
    body = "开展“法律六进”、“法进万家”活动。\n组织学习《宪法》、《民法典》。\n"
    findings = [f for f in _findings(body) if f.rule == "quoted-list-comma"]
    assert len(findings) == 1 and findings[0].severity == "info"
    assert "共2处" in findings[0].message and findings[0].quote == "”、“"


def test_quoted_items_with_a_bracketed_note_take_a_comma() -> None:
    assert "quoted-list-comma" not in _rules("学习《民法典》（2020年）、《行政复议法》（2023年修订）。")


def test_duty_named_without_its_object() -> None:
    body = "对全县各乡镇党政主要负责人履行推进法治建设情况开展巡察。"
    assert any("第一责任人职责" in m for m in _wording(body))
    assert _wording("对各乡镇党政主要负责人履行推进法治建设第一责任人职责情况开展督察。") == []


@pytest.mark.parametrize(
    ("body", "fired"),
    [
        ("主要负责人切实履职，亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。", True),
        ("对重要工作亲自部署、重大问题亲自过问、亲自协调、重要任务亲自督办。", True),
        ("对重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。", False),
        ("主要负责人亲自部署、亲自过问、亲自协调、亲自督办。", False),
        ("重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、亲自督办。", True),
        # two acts sharing one object: no 四个亲自 with an object dropped
        ("局长对法治建设重大事项亲自部署、亲自督办，对重要案件亲自过问、亲自协调。", False),
    ],
)
def test_four_in_person_duties(body: str, fired: bool) -> None:
    assert bool([m for m in _wording(body) if "四个亲自" in m]) is fired


def test_doc_number_in_small_tortoise_brackets() -> None:
    rules = _rules("联合下发《关于调整救助标准的通知》（青民发﹝2024﹞8号）。")
    assert any("〔2024〕8号" in m for m in rules["doc-number"])
    assert "doc-number" not in _rules("联合下发《关于调整救助标准的通知》（青民发〔2024〕8号）。")


def test_old_name_in_its_short_form() -> None:
    assert any("习近平法治思想" in m for m in _wording("深入学习习近平总书记坚持全面依法治国的新理念、新思想。"))


@pytest.mark.parametrize(
    ("body", "right"),
    [
        ("建立工作台帐，逐项销号。", "台账"),
        ("规范财政帐户管理。", "账"),
        ("与各村签定目标责任书12份。", "签订"),
        ("决策部暑到位。", "部署"),
        ("持续优化营商环镜。", "环境"),
        ("化解矛盾纠分30件。", "纠纷"),
    ],
)
def test_common_miswritten_words(body: str, right: str) -> None:
    assert any(f"“{right}”" in m for m in _wording(body))


def test_right_words_near_the_miswritten_ones() -> None:
    assert _wording("搭建救灾帐篷，出具鉴定结论，签订合同12份，建立工作台账。") == []


@pytest.mark.parametrize(
    ("body", "right"),
    [
        ("营造“遇事找法、办事依法、解决问题靠法、化解矛盾依法”的氛围。", "解决问题用法"),
        ("坚持严格执法、科学立法、全民守法、公正执法。", "公正司法"),
        ("领导干部带头崇法学法用法守法。", "尊法"),
    ],
)
def test_formula_listed_in_another_order_with_a_part_bent(body: str, right: str) -> None:
    (message,) = [m for m in _wording(body) if "其中应为" in m]
    assert f"“{right}”" in message


@pytest.mark.parametrize(
    "body",
    [
        "营造遇事找法、办事依法、化解矛盾靠法、解决问题用法的氛围。",  # another order, every part right
        "领导干部带头学法守法用法，宣传宪法学法守法用法。",  # three parts; a word (宪法) before three
        "坚持依法治理、依法办事、依法行政。",  # not a formula: one part at most
    ],
)
def test_formula_parts_written_right(body: str) -> None:
    assert not [m for m in _wording(body) if "其中应为" in m]


@pytest.mark.parametrize(
    ("body", "fired"),
    [
        ("深入学习贯彻党的二十大和十九届历次全会精神。", False),  # may be read as two events: an info only (below)
        ("深入学习贯彻党的十九大和二十届三中全会精神。", True),
        ("深入学习贯彻党的十九大和十九届历次全会、党的二十大精神。", False),
        ("深入学习贯彻党的二十大和二十届二中、三中全会精神。", False),
    ],
)
def test_congress_paired_with_another_congress_plenums(body: str, fired: bool) -> None:
    assert bool([m for m in _wording(body) if "届次一致" in m]) is fired


def test_congress_with_the_previous_terms_plenums_is_an_info() -> None:
    """党的二十大和十九届历次全会: readers disagree (two events listed, or the formula bent), so an info the writer
    may dismiss; the plenums listed before the congress are no formula at all."""
    doc = read_text("2022年，我县深入学习贯彻党的二十大和十九届历次全会精神，推进法治政府建设。\n")
    found = [f for f in check(doc, checklists.load("county_gov"), year=2022).findings if f.rule == "wording"]
    assert [(f.severity, f.quote) for f in found] == [("info", "二十大和十九届历次全会")]
    right = read_text("2022年，我县深入学习贯彻党的十九届历次全会精神和党的二十大精神。\n")
    assert not [f for f in check(right, checklists.load("county_gov"), year=2022).findings if f.rule == "wording"]


def test_title_without_its_genre_is_a_note() -> None:
    doc = read_text("青禾县交通运输局2024年度法治政府建设工作情况\n2024年，我局全面推进法治政府建设。\n")
    found = [f for f in check(doc, checklists.load("department"), year=2024).findings if f.rule == "title-form"]
    assert [f.severity for f in found] == ["info"] and "报告" in found[0].message
    right = read_text("青禾县交通运输局关于2024年度法治政府建设工作情况的报告\n2024年，我局全面推进法治政府建设。\n")
    assert not [f for f in check(right, checklists.load("department"), year=2024).findings if "文种" in f.message]


@pytest.mark.parametrize(
    ("body", "fired"),
    [
        ("（一）加强制度建设，坚实法治建设基础。", True),
        ("全年打下坚实基础，坚实的法治基础已经形成。", False),
    ],
)
def test_adjective_used_as_the_verb(body: str, fired: bool) -> None:
    assert bool([m for m in _wording(body) if "夯实" in m]) is fired


def test_every_month_and_monthly_say_one_thing() -> None:
    assert "redundancy" in _rules("在局每月月度工作例会上汇报法治建设情况。")
    assert "redundancy" not in _rules("在局月度工作例会上汇报法治建设情况。")


def test_miswritten_words_across_a_word_edge_are_right() -> None:
    body = "标签定期与合同台账核对，拼凑效果不佳的材料退回，循环镜头记录全过程，一贯沏茶待客。"
    assert _wording(body) == []


@pytest.mark.parametrize(
    ("body", "year", "formula", "in_time"),
    [
        (
            "深入学习贯彻党的二十大和十九届历次全会精神。",
            2022,
            "二十大和二十届历次全会",
            "党的十九届历次全会精神和党的二十大精神",
        ),
        (
            "深入学习贯彻党的十九大和十八届历次全会精神。",
            2018,
            "十九大和十九届历次全会",
            "党的十八届历次全会精神和党的十九大精神",
        ),
    ],
)
def test_a_congress_with_the_previous_terms_plenums_is_told_its_own_formula(
    body: str, year: int, formula: str, in_time: str
) -> None:
    """The info names the formula of the congress written and its form in time; its 改为 replaces the words found
    (not “党的十九届历次全会精神和党的二十大”, which put in 党的 twice and named 二十大 for a 十九大)."""
    found = [f for f in check(read_text(body + "\n"), checklists.load("county_gov"), year=year).findings]
    (f,) = [f for f in found if f.rule == "wording"]
    assert f.severity == "info" and f"党的{formula}" in f.message and in_time in f.message, f.message
    assert f.message.startswith(f"改为“{formula}”："), f.message
