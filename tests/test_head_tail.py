"""The head and the tail of a report: 主送机关, 署名, 成文日期, on variants of every seed.

The variants are made in ``headtail_variants`` from each seed by text transformations: title
stripped, 主送机关 stripped, the report beginning at "现将有关情况报告如下：", signature and date
merged on one line or spread out, a date in Chinese numerals, a joint signature, a web page's
"时间：" lines, the 主送机关 above the title.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter import checklists, dates
from drafter.checks import check
from drafter.commands.import_ import to_draft
from drafter.draft import split_front_matter
from drafter.organs import organ_list
from drafter.readers import read_path
from drafter.readers.txt import read_text
from drafter.render.gbt9704 import render

from .conftest import in_process, seed, seed_paths
from .headtail_variants import FACTS, VARIANTS, Expect, cn_date

CASES = [(k, v) for k in sorted(FACTS) for v in VARIANTS]


def _variant(key: str, name: str) -> tuple[str, Expect]:
    return VARIANTS[name](key, seed(key).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("key", "name"), CASES, ids=[f"{k}-{v}" for k, v in CASES])
def test_variant_head_and_tail_are_read(key: str, name: str) -> None:
    text, exp = _variant(key, name)
    m = read_text(text).meta
    assert (m.addressee or "", m.signature or "", m.date or "") == (exp.addressee, exp.signature, exp.date)
    if exp.unit is not None:
        assert (m.unit, m.unit_source) == (exp.unit, exp.unit_source)


@pytest.mark.parametrize(("key", "name"), CASES, ids=[f"{k}-{v}" for k, v in CASES])
def test_variant_import_render_import_is_stable(tmp_path: Path, key: str, name: str) -> None:
    """import writes the right values (empty where the report has none); render → import gives them back."""
    text, exp = _variant(key, name)
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    first, _ = to_draft(src)
    table, _, _ = split_front_matter(first)
    assert table is not None
    assert (table["addressee"], table["signature"], table["date"]) == (exp.addressee, exp.signature, exp.date)
    assert table["title"], "a draft always says its title"
    if name.startswith("opening"):  # the sentence stays in the body, as its first paragraph
        assert split_front_matter(first)[1].lstrip().startswith(text.split("\n", 1)[0])
    draft = tmp_path / "draft.md"
    draft.write_text(first, encoding="utf-8")
    out = tmp_path / "report.docx"
    out.write_bytes(render(read_path(draft)))
    second, _ = to_draft(out)
    assert second == first


def test_a_sentence_ending_in_a_colon_is_never_the_addressee() -> None:
    """Every clause of every seed, given a colon, is tested: only the organs that are addressees pass."""
    passed = set()
    for path in seed_paths():
        for line in path.read_text(encoding="utf-8").split("\n"):
            for clause in re.split(r"[。；;，,：:！？]", line):
                if len(clause.strip()) >= 2 and organ_list(clause.strip() + "："):
                    passed.add(clause.strip())
    assert passed == {"沈丘县人民政府", "沈丘县人民政府办公室", "驻马店市人民政府"}
    for sentence in (
        "现将有关情况报告如下：",
        "报告如下：",
        "主要做法如下：",
        "具体情况汇报如下：",
        "（一）强化领导小组：",
        "一是加强组织领导：",
        "各位领导：",
        "将法治建设纳入县委：",  # a leading 将 is the verb, unless a place's name starts with it (below)
        "将全县工作纳入县委：",
        "将各乡镇党委：",
        "向县委：",
        "对全县各单位：",
    ):
        assert organ_list(sentence) is None, sentence


@pytest.mark.parametrize(
    "organs",
    [
        "驻马店市人民政府",
        "县委、县人大常委会",
        "市委，市政府",
        "中共××市委、××市人民政府",
        "县司法局",
        "省司法厅",
        "各乡（镇）人民政府，县直各单位",
        "县委全面依法治县委员会办公室",
        "市委依法治市办",
        "国家税务总局确山县税务局",
        "中共将禾县委员会，将禾县人民政府",  # a place whose name starts with 将 (将乐县): no verb
        "将禾县司法局",
        "向禾区人民政府",  # 向 likewise (向阳区)
    ],
)
def test_organ_names_and_lists_are_addressees(organs: str) -> None:
    assert organ_list(organs + "：") == organs
    doc = read_text(f"××县司法局关于2024年度法治政府建设情况的报告\n{organs}：\n2024年，我局坚持依法行政。\n")
    assert doc.meta.addressee == organs


def test_web_publication_line_is_not_the_date() -> None:
    doc = read_text(
        "××县人民政府关于2024年度法治政府建设情况的报告\n时间：2025-03-05 来源：\n××市人民政府：\n"
        "2024年，我县坚持依法行政。\n特此报告。\n××县人民政府\n2025年3月1日\n发布时间：2025-03-06\n"
    )
    assert (doc.meta.addressee, doc.meta.signature, doc.meta.date) == ("××市人民政府", "××县人民政府", "2025年3月1日")
    web = read_text("××县人民政府关于2024年度法治政府建设情况的报告\n2024年，我县坚持依法行政。\n时间：2025-03-05\n")
    assert web.meta.date is None and web.meta.signature is None


def test_merged_line_gives_two_located_blocks() -> None:
    doc = read_text(
        "××县人民政府关于2024年度法治政府建设情况的报告\n2024年，我县坚持依法行政。\n深圳市××区人民政府　2022年1月5日\n"
    )
    sig = next(b for b in doc.blocks if b.role == "signature")
    date = next(b for b in doc.blocks if b.role == "date")
    assert (sig.text, sig.line) == ("深圳市××区人民政府", 3)
    assert date.line == 3 and doc.line_text(3)[date.col :] == "2022年1月5日"


def test_joint_signature_on_two_lines() -> None:
    doc = read_text(
        "关于2024年度法治政府建设情况的报告\n2024年，全县坚持依法行政。\n中共青山县委\n青山县人民政府\n"
        "二〇二五年三月五日\n"
    )
    assert doc.meta.signature == "中共青山县委 青山县人民政府"
    assert (doc.meta.unit, doc.meta.unit_source) == ("中共青山县委 青山县人民政府", "signature")
    assert doc.meta.date == "二〇二五年三月五日" and doc.meta.year == 2024


def test_dates_in_both_numerals() -> None:
    d = dates.parse("二〇二四年三月五日")
    assert d is not None and (d.year, d.month, d.day, d.chinese) == (2024, 3, 5, True) and d.arabic == "2024年3月5日"
    d = dates.parse("二○二三年十二月三十一日")
    assert d is not None and (d.year, d.month, d.day) == (2023, 12, 31)
    d = dates.parse("2024年03月05日")
    assert d is not None and d.padded and not d.chinese and d.arabic == "2024年3月5日"
    assert dates.parse("2023年2月30日") is not None and not dates.parse("2023年2月30日").exists  # type: ignore[union-attr]
    assert dates.parse("二〇二四年十三月五日") is None and dates.parse("现将有关情况报告如下") is None
    assert cn_date("2023年12月15日") == "二〇二三年十二月十五日"
    found = dates.find("××县人民政府　二〇二四年三月五日")
    assert found is not None and found.text == "二〇二四年三月五日" and found.start == 8


def test_import_cli_on_an_untitled_joint_report_and_lint_json_says_where_the_unit_came_from(tmp_path: Path) -> None:
    text, exp = _variant("003", "joint_untitled")
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    r = in_process("import", str(src), "-o", str(tmp_path / "d.md"))
    assert r.returncode == 0, r.stderr
    draft = (tmp_path / "d.md").read_text(encoding="utf-8")
    assert f'signature = "{exp.signature}"' in draft and f'addressee = "{exp.addressee}"' in draft
    assert 'unit = "中共确山县委 确山县人民政府"' in draft and "标题" in r.stderr
    r = in_process("lint", str(src), "--format", "json")
    f = json.loads(r.stdout)["files"][0]
    assert (f["unit"], f["unit_source"]) == ("中共确山县委 确山县人民政府", "signature")


def test_a_note_under_the_date_does_not_hide_the_tail() -> None:
    doc = read_text(
        "××县人民政府关于2024年度法治政府建设情况的报告\n××市人民政府：\n2024年，我县坚持依法行政。\n"
        "特此报告。\n××县人民政府\n2025年3月1日\n（此件公开发布）\n"
    )
    assert (doc.meta.signature, doc.meta.date) == ("××县人民政府", "2025年3月1日")


@pytest.mark.parametrize("note", ["（联系人：王　伟，联系电话：0571-88886666）", "(联系人:张三;电话:13800000000)"])
def test_a_contact_note_under_the_date_does_not_hide_the_tail(note: str) -> None:
    """附注 of a contact under the date (a 请示's, used by reports too): the date stays the 成文日期, not a
    line of the plan (it was a stale-year error and a missing-closing note)."""
    doc = read_text(
        "××县人民政府关于2024年度法治政府建设情况的报告\n××市人民政府：\n2024年，我县坚持依法行政。\n"
        f"三、2025年工作安排\n继续推进依法行政。\n××县人民政府\n2025年3月1日\n{note}\n"
    )
    assert (doc.meta.signature, doc.meta.date) == ("××县人民政府", "2025年3月1日")


DOCX_VARIANTS = ("tail_merged", "chinese_date", "joint_signature", "addressee_above_title", "opening_first")


@pytest.mark.parametrize("name", DOCX_VARIANTS)
@pytest.mark.parametrize("key", sorted(FACTS))
def test_variant_as_a_word_file(tmp_path: Path, key: str, name: str) -> None:
    """The same variants typed into Word, one paragraph a line, read the same."""
    import docx

    text, exp = _variant(key, name)
    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(str(tmp_path / "r.docx"))
    m = read_path(tmp_path / "r.docx").meta
    assert (m.addressee or "", m.signature or "", m.date or "") == (exp.addressee, exp.signature, exp.date)


def test_a_web_time_line_above_an_untitled_unit_title_is_not_the_unit() -> None:
    """A web page's "时间：… 来源：县政府办" line ends like a unit (办) but is page furniture, not the 发文机关."""
    doc = read_text(
        "首页 > 政务公开\n时间：2024-03-05 来源：县政府办\n关于2023年度法治政府建设情况的报告\n"
        "青山县人民政府：\n2023年，青山县司法局坚持依法行政。\n特此报告。\n青山县司法局\n2024年3月1日\n"
    )
    assert doc.meta.title == "关于2023年度法治政府建设情况的报告"
    assert (doc.meta.unit, doc.meta.unit_source) == ("青山县司法局", "signature")
    assert doc.meta.addressee == "青山县人民政府"


def test_a_title_wrapped_over_lines_is_one_title() -> None:
    """Red-header copies and PDFs wrap a long title; its lines are joined, and the unit comes from it."""
    for head in (
        "青山县人民政府关于2024年度\n法治政府建设情况的报告",
        "青山县人民政府\n关于2024年度法治政府建设\n情况的报告",
        "青山县人民政府关于2024年度法治政府\n建设情况的报告\n",
    ):
        doc = read_text(
            f"{head}\n青山市人民政府：\n2024年，我县坚持依法行政。\n特此报告。\n青山县人民政府\n2025年3月5日\n"
        )
        m = doc.meta
        assert (m.title, m.unit, m.unit_source, m.addressee) == (
            "青山县人民政府关于2024年度法治政府建设情况的报告",
            "青山县人民政府",
            "title",
            "青山市人民政府",
        ), head


def test_a_body_line_ending_like_an_organ_is_not_the_signature() -> None:
    """ "成立县法律顾问中心" above the date ends like a unit (中心) but is a plan item, not a 署名."""
    doc = read_text(
        "青山县人民政府关于2024年度法治政府建设情况的报告\n2024年，我县坚持依法行政。\n四、2025年度工作安排\n"
        "（一）健全法律顾问制度\n成立县法律顾问中心\n2025年3月5日\n"
    )
    assert doc.meta.signature is None and doc.meta.date == "2025年3月5日"
    joint = read_text(
        "关于2024年度法治政府建设情况的报告\n2024年，全区坚持依法行政。\n青山经济技术开发区管理委员会\n2025年3月5日\n"
    )
    assert joint.meta.signature == "青山经济技术开发区管理委员会"


def test_a_pronoun_is_not_a_place_in_the_body() -> None:
    """With no title and no signature, "2024年，我县坚持…" names no unit: never "我县人民政府"."""
    doc = read_text(
        "2024年，我县坚持依法行政，全年办理行政复议案件12件。\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "全年调处纠纷143件。\n"
    )
    assert doc.meta.unit is None or not doc.meta.unit.startswith(("我", "本", "全"))
    named = read_text(
        "2024年，青山县坚持依法行政，全年办理行政复议案件12件。\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "全年调处纠纷143件。\n"
    )
    assert (named.meta.unit, named.meta.unit_source) == ("青山县人民政府", "body")


def test_a_date_in_brackets_under_the_title_is_the_date_and_the_addressee_follows() -> None:
    """A report read at a meeting carries "（2025年3月5日）" under its title; the 主送机关 comes after it."""
    doc = read_text(
        "青山县人民政府关于2024年度法治政府建设情况的报告\n（2025年3月5日）\n青山市人民政府：\n"
        "2024年，我县坚持依法行政，全年办理行政复议案件12件。\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "全年调处纠纷143件。\n"
    )
    assert (doc.meta.addressee, doc.meta.date, doc.meta.date_line) == ("青山市人民政府", "2025年3月5日", 2)
    assert [b.role for b in doc.blocks[:3]] == ["title", "date", "addressee"]
    res = check(doc, checklists.load("county_gov"))
    missing = [f.message for f in res.findings if f.rule == "missing-closing"]
    assert missing and "主送机关" not in missing[0] and "成文日期" not in missing[0]  # only the 署名 is missing


def test_a_seal_note_after_the_signature_is_not_part_of_it() -> None:
    doc = read_text(
        "青山县人民政府关于2024年度法治政府建设情况的报告\n青山市人民政府：\n2024年，我县坚持依法行政。\n"
        "特此报告。\n青山县人民政府（盖章）\n2025年3月5日\n"
    )
    assert (doc.meta.signature, doc.meta.date) == ("青山县人民政府", "2025年3月5日")
