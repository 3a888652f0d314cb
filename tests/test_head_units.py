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
        # the first sentence's subject is a unit's own name (a department's), after the year's preamble clause
        (
            "区委、区政府：\n2024年是落实《青禾区法治政府建设规划》的关键之年，区交通运输局坚持依法行政。\n",
            "department",
        ),
        ("区委、区政府：\n2024年，区委坚持以习近平法治思想为指导。\n", None),  # a Party committee: any type's
        # a general statement before the report's first sentence, which opens with its year
        ("市委、市政府：\n依法行政是政府工作的基本准则。2024年，全县法治政府建设工作扎实推进。\n", "county_gov"),
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
        "请在标题或署名中写出单位全称，或指定单位类型：未能判断单位类型，已按通用清单检查" in text
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
