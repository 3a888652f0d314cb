"""The unit of a report and its type, on constructed cases: units of every kind and level, a generic
unit given its place, a unit named only in the body, a type not told, the same head in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import checklists
from drafter.readers import read_path

from .conftest import in_process
from .helpers.head import BODY, head_of, lint_text, read_text

# ---------------------------------------------------------------- a unit named without its place


@pytest.mark.parametrize(
    ("text", "unit", "source"),
    [
        (  # the title's generic unit, its place in the unit's own document
            "县人民政府2022年法治政府建设情况报告\n2022年,我县深入学习贯彻习近平法治思想,制定《青禾县重大行政决策程序规定》。\n",
            "青禾县人民政府",
            "body",
        ),
        (  # the opening names the place
            "区人民政府关于2022年度法治政府建设情况的报告\n2022年,松溪区在市委市政府的坚强领导下,坚持依法行政。\n",
            "松溪区人民政府",
            "body",
        ),
        (  # nothing names the place: the short form as the title writes it, nothing longer is written
            "县人民政府2022年法治政府建设情况报告\n2022年,我县深入学习贯彻习近平法治思想。\n",
            "县人民政府",
            "title",
        ),
    ],
)
def test_a_generic_unit_takes_its_place_from_the_report_or_stays_as_written(
    text: str, unit: str | None, source: str | None
) -> None:
    doc = read_text(text + BODY)
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, source)
    assert lint_text(text + BODY)["unit_type"] == "county_gov"


# ---------------------------------------------------------------- units of every kind and level


@pytest.mark.parametrize(
    ("unit", "unit_type"),
    [
        ("青禾县石门乡人民政府", "township"),
        ("青禾县白云民族乡人民政府", "township"),
        ("青禾旗巴音苏木", "township"),
        ("柳岸街道办事处", "township"),
        ("青禾综合实验区南湾片区管理局", "township"),
        ("青禾县人民政府", "county_gov"),
        ("青禾市人民政府", "county_gov"),
        ("桃源州人民政府", "county_gov"),
        ("青禾盟行政公署" if False else "青禾盟人民政府", "county_gov"),
        ("青禾经济开发区管委会", "county_gov"),
        ("青禾新区管理委员会", "county_gov"),
        ("青禾综合实验区管委会", "county_gov"),
        ("青禾县司法局", "department"),
        ("青禾市发展和改革委员会", "department"),
        ("北湾省交通运输厅", "department"),
        ("青禾县人民政府办公室", "department"),
        ("青禾市政务服务中心", "department"),
        # a second name of the same unit in brackets: the type is the name's without it
        ("青峰区（青峰新区）人民政府", "county_gov"),
        ("青禾市（青禾高新区）人民政府", "county_gov"),
        ("柳河镇(柳河工业园区)人民政府", "township"),
        ("青禾县司法局（青禾县行政复议局）", "department"),
        ("青禾县自然资源局（青禾县林业局）", "department"),
        # a customs house and a prison report as departments do (named in full, no type before)
        ("青岛海关", "department"),
        ("北湾省青禾监狱", "department"),
    ],
)
def test_unit_types_from_units_toml(unit: str, unit_type: str) -> None:
    assert checklists.registry().infer(unit) == unit_type


def test_a_user_adds_a_rule_without_python(tmp_path: Path) -> None:
    (tmp_path / "units.toml").write_text(
        '[[rules]]\ntype = "township"\nname = "嘎查（村级，按乡镇清单）"\nendings = ["嘎查"]\n', encoding="utf-8"
    )
    reg = checklists.registry([tmp_path, *checklists.search_dirs()])
    decision = reg.decide("青禾旗巴音嘎查")
    assert decision.type == "township" and "嘎查" in decision.explain()
    assert checklists.registry().infer("青禾旗巴音嘎查") is None


def test_a_verb_phrase_before_a_unit_is_not_its_name() -> None:
    """ "调整成立了由乡人民政府乡长任组长的…领导小组": 由乡人民政府 is not a place named 调整成立了由乡."""
    text = (
        "2025年，我乡坚持依法行政。\n"
        + "一、总体情况\n乡党委始终重视法治。调整成立了由乡人民政府乡长任组长的领导小组。\n"
        + BODY
    )
    assert "成立" not in (head_of(text)[1] or "")


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("2025年，青禾乡法治政府建设工作在市委的正确领导下扎实推进。", "青禾乡人民政府"),
        ("2022年，在区委、区政府的坚强领导下，青禾路街道深入贯彻习近平法治思想。", "青禾路街道办事处"),
    ],
)
def test_an_opening_that_names_its_township_before_its_topic(opening: str, unit: str) -> None:
    """The unit that reports: "2025年，中村乡法治政府建设工作在市委…", "…，友谊路街道深入贯彻…"."""
    text = "市委全面依法治市委员会：\n" + opening + "\n" + BODY
    assert head_of(text)[1:3] == (unit, "township")


def test_body_only_zone_is_not_an_invented_government() -> None:
    doc = read_text("关于2024年度法治政府建设情况的报告\n2024年，青禾经济开发区坚持依法行政。\n" + BODY)
    assert doc.meta.unit != "青禾经济开发区人民政府"


# ---------------------------------------------------------------- a type not told, said


@pytest.mark.parametrize(
    ("text", "unit_type"),
    [
        ("中共青禾县委员会、青禾县人民政府：\n2024年，我乡法治政府建设工作扎实推进。\n", "township"),
        ("县委、县政府：\n2024年，我局认真总结法治政府建设工作。局党委理论学习中心组学法4次。\n", "department"),
        ("县委、县政府：\n2024年，我局会同我乡开展联合执法。\n", None),  # two kinds of self: not told
        # a district's words for its towns and sub-districts hold 全镇 / 全乡 but are no town's self-name
        ("市委、市政府：\n2024年，我区实现全镇街公共法律服务站全覆盖，全乡镇配齐法律顾问。\n", None),
    ],
)
def test_a_report_naming_no_unit_is_typed_by_how_it_names_itself(
    tmp_path: Path, text: str, unit_type: str | None
) -> None:
    report = tmp_path / "r.txt"
    report.write_text(text + BODY, encoding="utf-8")
    data = json.loads(in_process("lint", str(report), "--format", "json").stdout)
    f = data["files"][0]
    assert (f["unit"], f["unit_type"]) == (None, unit_type)


def test_unknown_type_is_an_info_finding_in_text_json_and_summary(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("关于2024年度法治政府建设情况的报告\n" + BODY, encoding="utf-8")
    proc = in_process("lint", str(report), "--format", "json")
    f = json.loads(proc.stdout)["files"][0]
    assert (f["unit_type"], f["type_source"]) == (None, None)
    assert any(x["rule"] == "unit-type-unknown" and x["severity"] == "info" for x in f["findings"])
    text = in_process("lint", str(report), "--explain-type").stdout
    assert (
        "未能判断单位类型，已按通用清单检查；请在标题或署名中写出单位全称，或指定单位类型" in text
        and "单位类型依据" in text
    )
    assert "未判断" in in_process("lint", str(report), "--summary").stdout
    typed = json.loads(in_process("lint", str(report), "--format", "json", "--type", "township").stdout)["files"][0]
    assert typed["type_source"] == "option"
    assert not any(x["rule"] == "unit-type-unknown" for x in typed["findings"])


def test_explain_type_names_the_rule(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("青禾县巴音苏木2024年法治政府建设情况报告\n" + BODY, encoding="utf-8")
    out = in_process("lint", str(report), "--explain-type").stdout
    assert "units.toml" in out and "苏木" in out
    f = json.loads(in_process("lint", str(report), "--format", "json").stdout)["files"][0]
    assert (f["unit"], f["unit_type"], f["type_source"]) == ("青禾县巴音苏木人民政府", "township", "title")


# ---------------------------------------------------------------- the same head in every format


def test_same_head_in_every_format(tmp_path: Path) -> None:
    from docx import Document as Docx

    from .ofdfiles import write_ofd

    lines = [
        "您所在的位置：首页 > 工作动态",
        "桃源州人民政府2024年度法治政府",
        "建设情况报告",
        "2024年，全州坚持依法行政。",
    ]
    lines += BODY.strip().split("\n")
    text = "\n".join(lines) + "\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.md").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    d = Docx()
    for ln in lines:
        d.add_paragraph(ln)
    d.save(str(tmp_path / "a.docx"))
    body = "".join(f"<p>{ln}</p>" for ln in lines)
    (tmp_path / "a.html").write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")
    write_ofd(tmp_path / "a.ofd", text)
    for name in ("a.txt", "a.md", "a.docx", "a.html", "a.ofd"):
        m = read_path(tmp_path / name).meta
        assert (m.title, m.unit, m.year) == ("桃源州人民政府2024年度法治政府建设情况报告", "桃源州人民政府", 2024), name
    out = tmp_path / "草稿.md"
    proc = in_process("import", str(tmp_path / "a.docx"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    draft = out.read_text(encoding="utf-8")
    assert 'unit = "桃源州人民政府"' in draft and 'type = "county_gov"' in draft and "year = 2024" in draft


def test_a_justice_bureau_posting_a_report_is_not_its_unit_unless_the_text_says_so() -> None:
    """A 司法局 often posts the government's report: its 来源 names the unit only where the text calls
    itself a bureau ("我局"); a text that names no type of its own is left without a unit (empty, not wrong)."""
    text = (
        "关于2024年度法治政府建设情况的报告\n发布时间:\n2025-03-04\n来源:\n青禾县司法局\n今年以来，坚持依法行政。\n"
        + BODY
    )
    assert read_text(text).meta.unit is None
    own = read_text(text.replace("今年以来，坚持依法行政。", "今年以来，我局坚持依法行政。"))
    assert (own.meta.unit, own.meta.unit_source) == ("青禾县司法局", "publisher")


# ---------------------------------------------------------------- the unit and its type read in the body


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("2022年，柳河镇党委、政府在区委区政府的领导下，坚持依法行政。", "柳河镇人民政府"),
        ("2022年，柳河街道党工委、办事处坚持依法行政。", "柳河街道办事处"),
        ("今年以来，我局坚持依法行政，制定《青禾县市场监督管理局行政执法公示办法》。", "青禾县市场监督管理局"),
        ("今年以来，我镇坚持依法行政，印发《柳河镇法律顾问工作制度》。", "柳河镇人民政府"),
    ],
)
def test_a_unit_named_only_in_the_body_or_its_own_documents(opening: str, unit: str) -> None:
    doc = read_text(f"2022年度法治政府建设工作报告\n{opening}\n{BODY}")
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, "body")


@pytest.mark.parametrize(
    ("opening", "unit_type", "year"),
    [
        ("2022年，全县坚持依法行政，全年办理案件12件。", "county_gov", 2022),
        ("2022年，街道坚持依法行政，全年调解纠纷12件。", "township", 2022),
        ("一年来，我区坚持依法行政，全年办理案件12件。", "county_gov", None),
        (
            "根据要求，现将我局法治政府建设情况报告如下：\n2022年，我局坚持依法行政，全年办理案件12件。",
            "department",
            2022,
        ),
        ("2022年,我局坚持依法行政,现将有关情况报告如下:", "department", 2022),
    ],
)
def test_type_and_year_of_a_text_naming_no_unit_are_read_in_its_body(
    opening: str, unit_type: str, year: int | None
) -> None:
    got = lint_text(f"{opening}\n{BODY}")
    assert (got["unit"], got["unit_type"], got["type_source"], got["year"]) == (None, unit_type, "body", year)


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("县人民政府", True),
        ("区司法局", True),
        ("县卫健委", True),
        ("街道办事处", True),
        ("中共县委 县人民政府", True),
        ("市中区人民政府", False),  # places that begin with a level's character name a place
        ("乡宁县人民政府", False),
        ("镇原县司法局", False),
        ("青禾县人民政府", False),
        ("县市场监督管理局", True),  # 市场 is a word, not a 市
        ("区城乡规划局", True),
        ("市场监督管理局", False),  # no level at all: the name as written
    ],
)
def test_a_unit_named_without_its_place(name: str, generic: bool) -> None:
    from drafter.readers.head.unit import is_generic

    assert is_generic(name) is generic


# ---------------------------------------------------------------- the unit named only in the body, in full


_TITLE = "2023年度法治政府建设工作报告\n"


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        # a 党组 as the opening's subject, 中共 before it: the department's name alone
        ("2023年，中共青禾县教育局党组坚持以习近平新时代中国特色社会主义思想为指导。", "青禾县教育局"),
        ("2023年，青禾县人力资源和社会保障局党组高度重视法治政府建设。", "青禾县人力资源和社会保障局"),
        # the subject past the opening's long preamble
        (
            "为深入贯彻落实习近平法治思想和党的二十大精神，全面推进法治政府建设，根据《法治政府建设与责任落实督察工作规定》"
            "和省、市有关文件要求，青禾县教育局党组认真落实各项工作。",
            "青禾县教育局",
        ),
        # 我镇 in the opening, the town's name once in the same paragraph
        ("今年以来，我镇始终坚持依法行政。青禾镇位于县城东部，辖12个行政村。", "青禾镇人民政府"),
        # 我局, its full name in the opening's 现将 sentence
        (
            "今年以来，我局深入贯彻习近平法治思想，现将青禾县自然资源局2023年度法治政府建设情况报告如下：",
            "青禾县自然资源局",
        ),
        # 全局上下 names a bureau too: the bureau that 印发 a document of its own
        (
            "今年以来，全局上下坚持依法行政。\n（一）完善制度。印发《青禾县司法局行政执法公示制度》，规范执法行为。",
            "青禾县司法局",
        ),
    ],
)
def test_a_unit_named_in_full_only_in_the_body(opening: str, unit: str) -> None:
    doc = read_text(_TITLE + opening + "\n" + BODY)
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, "body")


@pytest.mark.parametrize(
    "opening",
    [
        # another unit: the one the bureau works with, the one that guides it
        "2023年，我局认真贯彻落实县委、县政府的决策部署，配合青禾县司法局开展普法活动。",
        "今年以来，在县委县政府的坚强领导下，在市司法局的精心指导下，我局深入贯彻习近平法治思想。",
        # a 文号 alone names no issuer
        "今年以来，全局上下坚持依法行政。\n（一）完善制度。以青司发〔2023〕5号印发《关于规范行政执法的通知》。",
        # "今年我县": a time and the self-name, no place
        "今年我县新设企业541家，全县市场主体增长。",
    ],
)
def test_no_unit_from_another_units_name_or_a_number(opening: str) -> None:
    assert read_text(_TITLE + opening + "\n" + BODY).meta.unit is None


_LONG = (
    "2023年，我局坚持依法行政。\n一、主要举措和成效\n（一）加强学习。\n局党组中心组学法4次。\n（二）加强执法。\n"
    "开展执法检查10次。\n（三）普法。\n全年开展普法活动20场。\n（四）调解。\n调解纠纷100件。\n（五）复议。\n"
    "办理复议10件。\n（六）荣誉。\n在全县考核中，青禾县司法局荣获先进单位。{more}\n"
)


@pytest.mark.parametrize(
    ("title", "more", "unit"),
    [
        ("县司法局2023年法治政府建设工作报告", "", "青禾县司法局"),
        ("司法局2023年法治政府建设工作报告", "", "青禾县司法局"),  # no level at all
        ("县司法局2023年法治政府建设工作报告", "赴邻水县司法局交流学习。", "青禾县司法局"),  # another's, after a verb
        ("县司法局2023年法治政府建设工作报告", "邻水县司法局来我局交流。", "县司法局"),  # two places: as written
    ],
)
def test_a_short_name_takes_the_full_name_the_body_writes(title: str, more: str, unit: str | None) -> None:
    doc = read_text(title + "\n" + _LONG.format(more=more) + BODY)
    assert doc.meta.unit == unit


@pytest.mark.parametrize(
    ("head", "unit", "source"),
    [
        # a Party committee and a government without a space between them: two issuers
        (
            "中共青禾县委青禾县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。",
            "中共青禾县委 青禾县人民政府",
            "title",
        ),
        # a breadcrumb on its own line: its last step is the unit's column, the name alone
        (
            "首页 » 政务公开 » 青禾镇人民政府\n2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "publisher",
        ),
        (
            "首页 > 政务公开 > 青禾镇人民政府 2023年法治政府建设情况报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "title",
        ),
        # a breadcrumb whose marks the copy lost, spaced, dashed or squashed
        (
            "首页 政务公开 法治政府建设 青禾镇人民政府关于2023年法治政府建设情况的报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "title",
        ),
        (
            "首页 - 政务公开 - 青禾镇人民政府关于2023年法治政府建设情况的报告\n2023年，我镇坚持依法行政。",
            "青禾镇人民政府",
            "title",
        ),
        # a column's name on the line above the title, a word before the unit, 中共 before a government
        (
            "政务公开 青禾县人民政府\n关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。",
            "青禾县人民政府",
            "title",
        ),
        ("在青禾县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。", "青禾县人民政府", "title"),
        ("中共青禾县人民政府关于2023年法治政府建设情况的报告\n2023年，我县坚持依法行政。", "青禾县人民政府", "title"),
        ("中共青禾县司法局党组关于2023年法治政府建设情况的报告\n2023年，我局坚持依法行政。", "青禾县司法局", "title"),
    ],
)
def test_no_word_glued_to_the_unit(head: str, unit: str, source: str) -> None:
    doc = read_text(head + "\n" + BODY)
    assert (doc.meta.unit, doc.meta.unit_source) == (unit, source)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # no title, no unit at the top: a department that leads a task in the measures is not the report's unit
        (
            "2023年，在市委市政府的坚强领导下，法治政府建设取得新成效。\n一、主要举措和成效\n"
            "（一）强化组织领导。青禾县司法局牵头制定年度工作要点，组织开展督察。\n",
            None,
        ),
        # its own 党组 named as the subject of the first measure: the report's
        (
            "一、2023年度法治政府建设主要举措和成效\n（一）加强组织领导。青禾县司法局党组高度重视法治政府建设。\n",
            "青禾县司法局",
        ),
    ],
)
def test_a_unit_in_the_measures_is_the_reports_only_with_its_own_party_group(text: str, unit: str | None) -> None:
    assert read_text(text + BODY).meta.unit == unit


@pytest.mark.parametrize(
    ("opening", "unit_type"),
    [
        ("2023年，全县上下深入学习贯彻习近平法治思想，法治政府建设取得新成效。", "county_gov"),
        ("2023年，全局上下深入学习贯彻习近平法治思想，法治政府建设取得新成效。", "department"),
    ],
)
def test_the_whole_unit_as_the_openings_subject_tells_its_type(opening: str, unit_type: str) -> None:
    got = lint_text(opening + "\n" + BODY)
    assert (got["unit"], got["unit_type"], got["type_source"]) == (None, unit_type, "body")


def test_a_bureau_that_says_我县_too_calls_itself_a_bureau() -> None:
    from drafter.readers.head.selfname import self_end

    assert self_end(["今年以来，我县法治政府建设不断推进，我局在县委县政府的坚强领导下坚持依法行政。"]) == "局"
    assert self_end(["今年以来，我县坚持依法行政。"]) == "县"


@pytest.mark.parametrize(
    "title",
    [
        "青峰区（青峰新区）人民政府关于2023年度法治政府建设情况的报告",
        "青禾市(青禾高新区)人民政府2023年法治政府建设工作报告",
    ],
)
def test_a_title_naming_its_unit_with_a_second_name_in_brackets_types_it(title: str) -> None:
    """A district that is also a 新区 names both ("青峰区（青峰新区）人民政府"): a government, no unknown type."""
    f = lint_text(f"{title}\n2023年，全区坚持依法行政。\n{BODY}")
    assert (f["unit_type"], f["type_source"]) == ("county_gov", "title")
    assert not any(x["rule"] == "unit-type-unknown" for x in f["findings"])
