"""The head of a report as real copies hand it over, kind by kind, on made-up heads (issue 26):
a traditional-character title carrying its own 文号, a metadata block given twice before the title,
the unit named only as the subject of the opening, the type settled by the text where the name is
missing (never a wrong one), and the page's 发布机构 taken only where it is the issuing unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.model import Document
from drafter.readers import read_bytes

from .conftest import in_process
from .helpers.head import lint_text

BODY = "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n三、下一步工作安排\n加强培训。\n"


def read_text(text: str) -> Document:
    return read_bytes(text.encode("utf-8"), "r.txt", ".txt")


def _lint(tmp_path: Path, text: str) -> dict[str, object]:
    """What ``drafter lint --format json`` says of the report's head."""
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    f: dict[str, object] = json.loads(in_process("lint", str(report), "--format", "json").stdout)["files"][0]
    return {k: f[k] for k in ("title", "unit", "unit_type", "type_source", "year")}


# ---------------------------------------------------------------- 1. a title carrying its own 文号


def test_traditional_title_with_its_doc_number_in_brackets() -> None:
    doc = read_text(
        "青禾縣水務局2025年度法治政府建設工作報告（青縣水字〔2025〕12號）\n縣委、縣人民政府：\n"
        "現將我局2025年度法治政府建設工作情況匯報如下：\n" + BODY
    )
    m = doc.meta
    assert (m.title, m.unit, m.year) == ("青禾縣水務局2025年度法治政府建設工作報告", "青禾縣水務局", 2025)
    assert (m.doc_number, m.addressee) == ("青縣水字〔2025〕12號", "縣委、縣人民政府")


def test_a_mirror_s_pinyin_does_not_hide_the_title_or_the_page_words() -> None:
    doc = read_text(
        "青禾縣水務局2025年度法治政府建設(shè)工作報告(青縣水字〔2025〕12號)\n"
        "青禾縣人民政府門戶網(wǎng)站 www.example.cn 發(fā)布時間:2025-12-24 11:51\n"
        "縣委、縣人民政府:\n現(xiàn)將我局法治政府建設工作情況匯報如下:\n" + BODY
    )
    # the pinyin is the mirror's, not the report's: read without it (the quotes still show it, as written)
    assert (doc.meta.title, doc.meta.year) == ("青禾縣水務局2025年度法治政府建設工作報告", 2025)
    assert doc.meta.addressee == "縣委、縣人民政府"
    assert not any("發布" in b.text or "門戶" in b.text for b in doc.body)


def test_a_sentence_citing_a_doc_number_is_not_a_title() -> None:
    doc = read_text("根据《青禾县法治政府建设工作要点》（青政办〔2024〕3号），现将情况报告如下：\n" + BODY)
    assert doc.meta.title is None


# ---------------------------------------------------------------- 2. a metadata block given twice


def test_title_after_a_doubled_metadata_block() -> None:
    doc = read_text(
        "您当前所在位置：首页>政务公开>法治政府建设报告>乡镇街道\n\n"
        "[ 索引号 ] 0001/2026-00004 [ 发文字号 ]\n[ 主题分类 ] 司法、法制 [ 体裁分类 ] 工作报告\n"
        "[ 发布机构 ] 青禾县白沙乡人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-20 [ 发布日期 ] 2026-02-03\n"
        "[ 索引号 ] 0001/2026-00004\n[ 发文字号 ]\n[ 主题分类 ] 司法、法制\n[ 体裁分类 ] 工作报告\n"
        "[ 发布机构 ] 青禾县白沙乡人民政府\n[ 有效性 ]\n[ 成文日期 ] 2026-01-20\n[ 发布日期 ] 2026-02-03\n\n"
        "青禾县白沙乡人民政府2025年法治政府建设情况报告\n\n"
        "2025年，在县委、县政府的坚强领导下，乡党委、政府深入学习贯彻习近平法治思想。\n" + BODY
    )
    m = doc.meta
    assert (m.title, m.unit, m.year) == ("青禾县白沙乡人民政府2025年法治政府建设情况报告", "青禾县白沙乡人民政府", 2025)
    assert not any("索引号" in b.text or "所在位置" in b.text for b in doc.body)


def test_title_after_a_bulleted_metadata_list_given_twice() -> None:
    fields = "- 索 引 号: 0002-2025-00003\n- 发布机构: 白沙镇人民政府\n- 公文生成日期: 2025-02-07\n"
    doc = read_text(fields + fields + "白沙镇2024年法治政府建设工作报告\n2024年，我镇坚持依法行政。\n" + BODY)
    assert (doc.meta.title, doc.meta.unit, doc.meta.year) == (
        "白沙镇2024年法治政府建设工作报告",
        "白沙镇人民政府",
        2024,
    )


def test_a_site_banner_above_a_title_naming_its_unit_is_not_part_of_it() -> None:
    doc = read_text("青禾市松溪区司法局\n\n当前位置：首页>政务公开\n\n区司法局2023年法治政府建设工作报告\n\n" + BODY)
    # the title's "区司法局" names no place: the banner's name is its full name
    assert (doc.meta.title, doc.meta.unit) == ("区司法局2023年法治政府建设工作报告", "青禾市松溪区司法局")


# ---------------------------------------------------------------- 3. the unit as the opening's subject


@pytest.mark.parametrize(
    ("opening", "unit", "unit_type"),
    [
        (
            "2025年度，在区委、区政府的正确领导下，松风街道按照上级要求，扎实推进法治政府建设。",
            "松风街道办事处",
            "township",
        ),
        ("2024年，柳河镇认真贯彻落实上级部署，法治政府建设取得新成效。", "柳河镇人民政府", "township"),
        (
            "2022年，我區(qū)堅持依法行政。\n自治區(qū)人民政府把學習貫徹習近平法治思想作為重大政治責任。",
            "自治區人民政府",
            "county_gov",
        ),
        ("2023年，柳岸街道在区委区政府的坚强领导下，扎实推进法治政府建设。", "柳岸街道办事处", "township"),
        ("2022年，北湾省人民政府认真贯彻落实党中央决策部署。", "北湾省人民政府", "county_gov"),
        # a province named alone as the subject is its government (set I: unit and type null)
        (
            "2021年，辽北省坚持以习近平法治思想为指导，省委、省政府高度重视法治政府建设。",
            "辽北省人民政府",
            "county_gov",
        ),
        ("2023年，在党中央坚强领导下，南岭省扎实推进依法行政。", "南岭省人民政府", "county_gov"),
        ("一年来，西川省全面落实法治政府建设实施纲要。", "西川省人民政府", "county_gov"),
        ("2023年，面对繁重的改革发展稳定任务，青禾县坚持依法行政。", "青禾县人民政府", "county_gov"),
        # the first sentence after a cover sentence that opens the paragraph (set I: a 街道's unit and type null)
        (
            "按照区委全面依法治区委员会办公室《关于做好2024年度法治政府建设年度报告工作的通知》要求，现将有关情况报告如下。"
            "2024年，柳岸街道在区党委和区政府领导下始终坚持以习近平法治思想为指导。",
            "柳岸街道办事处",
            "township",
        ),
        (
            "根据县委依法治县办的通知要求，结合工作实际，现将我镇法治政府建设情况汇报如下：2023年，白沙镇认真贯彻落实上级部署。",
            "白沙镇人民政府",
            "township",
        ),
        (
            "根据市委依法治市办《关于报送2023年度法治政府建设情况的通知》要求，现将有关情况报告如下。"
            "2023年，青禾县交通运输局坚持以习近平法治思想为指导。",
            "青禾县交通运输局",
            "department",
        ),
        # the unit the cover sentence names is still the unit
        (
            "现将青禾县司法局2023年法治政府建设情况报告如下。2023年，县委县政府高度重视法治建设。",
            "青禾县司法局",
            "department",
        ),
    ],
)
def test_unit_named_as_the_subject_of_the_opening(tmp_path: Path, opening: str, unit: str, unit_type: str) -> None:
    got = _lint(tmp_path, opening + "\n" + BODY)
    assert (got["unit"], got["unit_type"], got["type_source"]) == (unit, unit_type, "body")


def test_what_is_no_unit_is_not_read_as_the_subject() -> None:
    doc = read_text("2022年，各乡镇坚持依法行政，全县认真落实法治政府建设各项任务。\n" + BODY)
    assert doc.meta.unit is None
    # a county's report naming a town in its last words: not the unit of a text that says 我县
    doc = read_text("2022年，我县认真贯彻落实上级部署。\n" + BODY + "下一步，城关镇将持续推进综合执法改革。\n")
    assert doc.meta.unit is None


# ---------------------------------------------------------------- 4. the type the text settles


@pytest.mark.parametrize(
    ("text", "unit_type"),
    [
        ("2022年，我县认真学习贯彻习近平法治思想。现将我县推进法治政府建设情况报告如下：\n", "county_gov"),
        (
            "中共青禾州委、青禾州人民政府：\n2025年，县委、县政府坚持以习近平法治思想为指导，扎实推进法治政府建设。\n",
            "county_gov",
        ),
        # a department and a township say 我县 and 县委、县政府 too: their own self-name decides
        ("2022年，我局认真履职。今年我县新设企业541家，全县市场主体增长。\n", "department"),
        ("2024年，在县委、县政府的领导下，我镇全面贯彻上级部署。\n", "township"),
        # 我县 not as the opening's subject settles nothing: unknown, never a guess
        ("按照通知要求，现将有关情况报告如下：\n今年我县新设企业541家，全县市场主体增长。\n", None),
    ],
)
def test_type_settled_by_the_text(tmp_path: Path, text: str, unit_type: str | None) -> None:
    got = _lint(tmp_path, text + BODY)
    assert (got["unit"], got["unit_type"]) == (None, unit_type)


# ---------------------------------------------------------------- 5. the page's publisher, only where it is the unit


def test_publisher_of_another_type_is_not_the_unit(tmp_path: Path) -> None:
    head = "[ 索引号 ] 1234/2023-001\n[ 发布机构 ] 青禾县司法局\n[ 成文日期 ] 2023-03-01\n"
    got = _lint(tmp_path, head + "2022年，我县认真贯彻落实法治政府建设各项部署。\n" + BODY)
    assert (got["unit"], got["unit_type"]) == (None, "county_gov")


def test_publisher_that_is_the_unit(tmp_path: Path) -> None:
    head = "- 索 引 号: 0002-2025-00003\n- 发布机构: 白沙镇人民政府\n- 公文生成日期: 2025-02-07\n"
    got = _lint(tmp_path, head + "2024年，我镇坚持依法行政，全面推进法治政府建设。\n" + BODY)
    assert (got["unit"], got["unit_type"], got["type_source"]) == ("白沙镇人民政府", "township", "publisher")


def test_a_mirror_s_pinyin_does_not_hide_the_year_or_the_unit_s_own_document() -> None:
    doc = read_text(
        "縣委、縣人民政府：\n現(xiàn)將我局2025年度法治政府建設(shè)工作情況匯報如下：\n"
        "一、主要舉措和成效\n我局印發(fā)《青禾縣自然資(zī)源局關於加強執法監督的通知》，規範執法行為。\n"
    )
    assert (doc.meta.year, doc.meta.year_source) == (2025, "opening")
    assert (doc.meta.unit, doc.meta.unit_source) == ("青禾縣自然資源局", "body")


@pytest.mark.parametrize("number", ["（青政文〔2025〕3号）", "青政文〔2025〕3号", "青政文〔2025〕3号\n"])
def test_the_doc_number_on_its_own_line_under_the_title(number: str) -> None:
    """In brackets or not, a blank line after it or not (review7 R12: bare, the 主送机关 after it was lost)."""
    doc = read_text(
        f"青禾县人民政府关于2024年度法治政府建设情况的报告\n{number}\n青禾市人民政府：\n现将有关情况报告如下。\n" + BODY
    )
    m = doc.meta
    assert (m.doc_number, m.addressee, m.year) == ("青政文〔2025〕3号", "青禾市人民政府", 2024)
    assert [b.role for b in doc.blocks[:3]] == ["title", "doc_number", "addressee"]


@pytest.mark.parametrize(
    "opening",
    [
        "2023年是全面贯彻党的二十大精神的开局之年。省政府坚持以习近平法治思想为指导，扎实推进法治政府建设。",
        "2023年，省人民政府党组高度重视法治政府建设，全年专题研究法治工作4次。",
        "现将省政府2023年法治政府建设情况报告如下：",
        # 全省各级政府 as the subject, after a lead that ends 监督之下 (blind set H: type null)
        "2023年，在党中央的坚强领导下、省委领导和省人大监督之下，全省各级政府机关以习近平法治思想为指导，扎实推进法治政府建设。",
        "2023年，全省各级政府坚持以习近平法治思想为指导，全面推进依法行政。",
        "2023年，全省各级政府及其部门深入学习贯彻习近平法治思想。",
        "2023年，全区各级人民政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。",  # 人民政府
        "2023年，在省委的坚强领导下，全省各级行政机关认真贯彻落实《法治政府建设实施纲要（2021—2025年）》。",
        # a city's or a county's government by the same words (set I: type null)
        "2023年，全市各级政府部门坚持以习近平法治思想为指导，扎实推进依法行政。",
        "2023年，在市委的坚强领导下，全县各级行政机关认真履职尽责。",
        "2023年，县委和县政府坚持以习近平法治思想为指导，扎实推进法治政府建设。",
        "按照上级通知要求，现将有关情况报告如下。2023年，县委和县政府坚持以习近平法治思想为指导。",
        # its subject before the 在…领导下 lead, or before a verb of commitment (set I: 省政府, type null)
        "2023年，省政府在党中央、国务院和省委的坚强领导下，扎实推进依法行政。",
        "2023年，省政府坚决贯彻党中央决策部署，扎实推进法治政府建设。",
        "2023年，省政府锚定法治政府建设目标，全面推进依法行政。",
        "2023年，省政府带头尊法学法守法用法。",
        "一年来，省人民政府不折不扣落实法治政府建设各项任务。",
        "2023年，面对复杂严峻形势，省政府坚持依法行政。",  # after its setting
    ],
)
def test_a_provincial_government_named_by_its_level_only_is_a_government(opening: str) -> None:
    got = lint_text(f"关于2023年法治政府建设情况的报告\n{opening}\n{BODY}")
    assert (got["unit"], got["unit_type"], got["type_source"]) == (None, "county_gov", "body")


@pytest.mark.parametrize(
    "opening",
    [
        "2023年，省政府常务会议专题研究法治工作4次。",  # a meeting, not the subject
        "2023年是全面贯彻党的二十大精神的开局之年。全年办理行政复议案件12件。",
        "2023年，全省上下深入学习贯彻习近平法治思想。",  # 全省: a provincial department's words too
        "2023年，全省司法行政系统坚持以习近平法治思想为指导。",
        "2023年，在省政府的坚强领导下，全省司法行政系统坚决贯彻上级部署。",  # the government leads, another acts
        "2023年，面对新形势新任务，全省上下坚持依法行政。",
    ],
)
def test_a_government_not_as_the_subject_tells_no_type(opening: str) -> None:
    got = lint_text(f"关于2023年法治政府建设情况的报告\n{opening}\n{BODY}")
    assert got["unit_type"] is None
