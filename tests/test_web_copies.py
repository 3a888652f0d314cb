"""Reports copied from a government website: the web INDEX, seeds served as run-on text, the pieces."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers import read_path
from drafter.readers.markdown import read_text as read_md
from drafter.readers.txt import read_text

from .conftest import ROOT, in_process, seed_paths
from .helpers.drafts import SEED_EXPECTED
from .helpers.head import read_saved

WEB = ROOT.parent / "shared" / "corpus" / "web"
PARTS = ("measures", "shortcomings", "duties", "plan")
# The part statuses a careful reader finds, as the INDEX's last column says them.
WEB_PARTS = {
    "web_w003.txt": ("present", "present", "folded", "present"),
    "web_w004.txt": ("present", "missing", "missing", "missing"),
    "web_w106.txt": ("present", "present", "folded", "present"),
    "web_w111.txt": ("present", "missing", "missing", "present"),
    "web_w113.txt": ("present", "present", "folded", "present"),
}
# Where the web corpus stands: 20 of 20 part statuses ("纳入……年度述法重要内容" inside a measure is
# no report of anyone's 述法, so w004's duties are missing, not folded).
KNOWN_SHORT: set[tuple[str, str]] = set()


def web_index() -> dict[str, tuple[str, str, int]]:
    """(issuing unit, unit type, year) of each web copy, from the INDEX table."""
    index = WEB / "INDEX.md"
    if not index.exists():
        pytest.skip("shared/corpus/web not present beside the project")
    rows: dict[str, tuple[str, str, int]] = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].endswith(".txt"):
            rows[cells[0]] = (cells[1], cells[2].split()[0], int(cells[3]))
    return rows


def lint_json(*paths: Path) -> list[dict[str, object]]:
    proc = in_process("lint", *map(str, paths), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["files"]  # type: ignore[no-any-return]


def test_web_index_unit_type_year_and_parts() -> None:
    rows = web_index()
    assert set(rows) == set(WEB_PARTS)
    files = lint_json(*(WEB / name for name in sorted(rows)))
    right = 0
    for f in files:
        name = Path(str(f["path"])).name
        unit, unit_type, year = rows[name]
        assert (f["unit"], f["unit_type"], f["year"]) == (unit, unit_type, year), name
        assert f["year_source"] in ("title", "opening", "body")
        parts = f["parts"]
        assert isinstance(parts, dict)
        for pid, want in zip(PARTS, WEB_PARTS[name], strict=True):
            got = parts[pid]["status"]
            if (name, pid) in KNOWN_SHORT:
                continue
            assert got == want, (name, pid)
            right += 1
    assert right == 20


def test_web_year_sources() -> None:
    web_index()
    by_name = {Path(str(f["path"])).name: f for f in lint_json(*sorted(WEB.glob("web_*.txt")))}
    assert by_name["web_w003.txt"]["year_source"] == "title"
    assert by_name["web_w111.txt"]["year_source"] == "opening"  # 现将我局2025年度法治建设工作情况总结如下
    assert by_name["web_w106.txt"]["year_source"] == "opening"  # "2023年，实验区坚持……"


def test_web_copy_page_words_set_aside_and_table_read() -> None:
    web_index()
    doc = read_path(WEB / "web_w004.txt")
    body = " ".join(b.text for b in doc.body)
    for word in ("当前位置", "索引号", "微信 微博", "QQ空间", "附件下载", "发布日期", "全真版"):
        assert word not in body
    debris = " ".join(b.text for b in doc.blocks if b.role == "debris")
    assert "发文机关" in debris and "附件下载" in debris
    assert doc.meta.title == "平潭综合实验区财政金融局2022年法治工作情况"
    assert doc.meta.date == "2023年4月13日"  # the table's 成文日期, written as a 成文日期 is
    assert doc.meta.unit == "平潭综合实验区财政金融局"
    first = next(b for b in doc.body if b.kind == "heading")
    assert first.text.startswith("一、突出政治引领") and first.level == 1


def test_web_copy_headings_levels_and_columns() -> None:
    web_index()
    doc = read_path(WEB / "web_w111.txt")
    heads = [(b.level, b.text) for b in doc.body if b.kind == "heading"]
    assert heads[0] == (1, "一、2025年工作情况")
    assert (2, "（一）奋力推进法治平潭建设") in heads  # cut where 一是 begins, no punctuation between
    assert (1, "二、下一步工作计划") in heads
    line = doc.lines[0]
    for b in doc.body[:12]:  # each piece points at its own words in the one long line
        assert line[b.col : b.col + len(b.text)] == b.text


def test_signature_and_addressee_split_from_a_run_on_line() -> None:
    web_index()
    doc = read_path(WEB / "web_w106.txt")
    assert doc.meta.addressee == "省司法厅"
    assert doc.meta.signature == "平潭综合实验区管委会" and doc.meta.date == "2024年2月23日"
    heads = [b.text for b in doc.body if b.kind == "heading" and b.level == 1]
    assert heads[0] == "一、全面加强党对法治政府建设的领导"  # glued to "以实验区党工委……": cut there
    assert len(heads) == 6


def test_a_part_heading_glued_to_its_first_item_is_cut_where_the_item_begins(tmp_path: Path) -> None:
    """A copy that breaks off after the shortcomings' 一是 (no 二是 to make a chain): the heading still
    ends where 一是 begins, and the part holds the item's words, not nothing."""
    measures = "".join(
        f"（{n}）推进第{n}项工作。全年办理相关事项{10 + i}件，办结率100%。" for i, n in enumerate("一二三四五六")
    )
    text = (
        "青山县农业农村局2022年法治政府建设工作报告 2022年，我局深入推进法治政府建设，现将有关情况报告如下："
        + "一、2022年度推进法治政府建设的主要举措和成效"
        + measures * 3
        + "二、2022年度推进法治政府建设存在的不足和原因 一是执法人员专业能力有待提高，主要原因是培训"
    )
    doc = read_saved(tmp_path, text, "copy.txt")
    heads = [b.text for b in doc.body if b.kind == "heading" and b.level == 1]
    assert heads[-1] == "二、2022年度推进法治政府建设存在的不足和原因"
    assert doc.body[-1].text.startswith("一是执法人员")


def test_a_page_line_break_kept_as_a_space_ends_a_title_and_a_heading(tmp_path: Path) -> None:
    """A one-line copy where the page's line breaks survive as spaces: the title stands apart from the
    主送机关 after it, and each heading ends at the space before its first sentence (not at its 。)."""
    measures = "全年办理行政复议案件33件，办结率100%。全年办理行政处罚案件40件。" * 4
    text = (
        "青山县人民政府关于2023年度法治政府建设情况的报告 县委：2023年，我县深入推进法治政府建设，现将有关情况报告如下。"
        "一、2023年度推进法治政府建设的主要举措和成效 " + measures + "二、2023年度推进法治政府建设存在的不足和原因 "
        "执法人员不足，主要原因是编制紧张。三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况 县长主持召开 4 次"
        "常务会议，会前学法 4 次。四、2024年度推进法治政府建设的主要工作安排 一是加强执法监督。特此报告。 青山县人民政府 2024年2月5日"
    )
    doc = read_saved(tmp_path, text, "copy.txt")
    assert doc.meta.title == "青山县人民政府关于2023年度法治政府建设情况的报告"
    assert doc.meta.addressee == "县委"
    heads = [b.text for b in doc.body if b.kind == "heading" and b.level == 1]
    assert heads[1] == "二、2023年度推进法治政府建设存在的不足和原因"
    assert heads[2] == "三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况"  # not cut at "召开 4"


def test_a_run_in_title_of_two_phrases_ends_at_its_full_stop() -> None:
    """（一）坚持高位推动 强化组织领导。: a space between the title's two phrases is no line break."""
    text = "一、主要举措和成效 " + "".join(
        f"（{n}）坚持高位推动 强化组织领导。今年以来，我局召开专题会议3次，研究部署法治政府建设。"
        for n in "一二三四五六七八九"
    )
    heads = [b.text for b in read_text(text).body if b.kind == "heading" and b.level == 2]
    assert heads and all(h.rstrip("。").endswith("坚持高位推动强化组织领导") for h in heads), heads


def test_web_copy_imports_with_headings(tmp_path: Path) -> None:
    web_index()
    out = tmp_path / "草稿.md"
    proc = in_process("import", str(WEB / "web_w113.txt"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    draft = out.read_text(encoding="utf-8")
    assert "## 三、存在的主要问题" in draft and "## 四、下一步工作思路" in draft
    assert "### （一）加强组织领导，不断完善法治建设机制。" in draft
    assert "当前位置" not in draft and "附件下载" not in draft and "索 引 号" not in draft
    assert 'unit = "平潭综合实验区苏平片区管理局"' in draft and 'type = "township"' in draft


# ---------------------------------------------------------------- seeds served as run-on text


def _seed_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _variants(lines: list[str]) -> dict[str, str]:
    title = next((ln for ln in lines[:6] if "关于" in ln), lines[0])
    unit = re.sub(r"\s", "", title.split("关于")[0])
    at = lines.index(title)
    return {
        "joined": "".join(lines),
        "spaced": " ".join(lines),
        "page": (
            "当前位置： 首页政务公开规划信息 "
            + " ".join(lines[: at + 1])
            + " 时间：2024-03-01 10:09 微信 微博 QQ空间 "
            + "".join(lines[at + 1 :])
            + " 来源：本站 附件下载"
        ),
        "table": (
            "当前位置： 首页政务公开政府信息公开 索 引 号： X-2024-001 主题分类： 无 发文机关： "
            + unit
            + " 成文日期：2024-03-01 标 题： "
            + title
            + " 发文字号： 无 发布日期：2024-03-02 有 效 性： 有效 "
            + "".join(lines)
            + " 【打印本页】 【关闭窗口】"
        ),
        "few-lines": "\n".join("".join(lines[i : i + 12]) for i in range(0, len(lines), 12)),
    }


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
def test_seeds_as_run_on_web_text_keep_their_statuses(prefix: str) -> None:
    path = next(p for p in seed_paths() if p.name.startswith(prefix))
    unit_type, year, *statuses = SEED_EXPECTED[prefix]
    reg = checklists.registry()
    for name, text in _variants(_seed_lines(path)).items():
        doc = read_text(text)
        t = reg.infer(doc.meta.unit)
        assert t == unit_type, (name, doc.meta.unit)
        result = check(doc, reg.types[t])
        assert result.year == year, name
        assert tuple(result.parts[p].status for p in PARTS) == tuple(statuses), name


def test_pasted_markdown_run_on_is_read_the_same() -> None:
    path = seed_paths()[0]
    text = "".join(_seed_lines(path))
    doc = read_md(text)
    assert sum(1 for b in doc.body if b.kind == "heading" and b.level == 1) == 4


# ---------------------------------------------------------------- the numbering tells headings


BODY = "全年办理案件12件，同比上升3%。"


def test_a_list_of_numerals_is_not_headings() -> None:
    text = (
        "青山县司法局关于2024年度法治政府建设情况的报告县人民政府：现将有关情况报告如下：一、主要举措和成效"
        "2024年，第一、二、三季度共开展检查六次，统一、规范执法文书。"
        + BODY * 20
        + "二、存在的不足和原因"
        + "一是人员不足；二是经费不足；三是培训不够。"
        + BODY * 4
        + "三、下一步工作安排"
        + BODY * 4
    )
    doc = read_text(text)
    heads = [b.text for b in doc.body if b.kind == "heading"]
    assert heads == ["一、主要举措和成效", "二、存在的不足和原因", "三、下一步工作安排"]
    assert doc.meta.addressee == "县人民政府"
    assert doc.meta.title == "青山县司法局关于2024年度法治政府建设情况的报告"


def test_inline_enumerations_in_a_sentence_stay_in_it() -> None:
    text = (
        "一、主要举措和成效（一）加强领导。"
        + BODY * 8
        + "主要包括：（1）培训；（2）考核；（3）督查；（4）通报。"
        + BODY * 8
        + "（二）规范执法。"
        + BODY * 8
        + "二、下一步工作安排"
        + BODY * 4
    )
    doc = read_text(text)
    heads = [b.text for b in doc.body if b.kind == "heading"]
    assert heads == ["一、主要举措和成效", "（一）加强领导。", "（二）规范执法。", "二、下一步工作安排"]


def test_paragraph_layout_is_left_alone() -> None:
    path = seed_paths()[0]
    doc = read_path(path)
    lines = _seed_lines(path)
    assert len([b for b in doc.blocks if b.kind == "paragraph"]) <= len(lines)


def test_web_copies_without_any_space_keep_their_statuses() -> None:
    """A copy whose page left no space at all between its furniture, title and body reads the same."""
    rows = web_index()
    reg = checklists.registry()
    for name in sorted(rows):
        text = (WEB / name).read_text(encoding="utf-8")
        tight = re.sub(r"(?<=[\u4e00-\u9fff。：；，）”\d])\s+(?=[\u4e00-\u9fff（“\d-])", "", text)
        doc = read_text(tight)
        _unit, unit_type, year = rows[name]
        t = reg.infer(doc.meta.unit)
        assert t == unit_type, (name, doc.meta.unit)
        result = check(doc, reg.types[t])
        assert result.year == year
        got = [result.parts[p].status for p in PARTS]
        assert sum(g == w for g, w in zip(got, WEB_PARTS[name], strict=True)) >= 4 - sum(
            1 for n, _ in KNOWN_SHORT if n == name
        ), (name, got)
        assert not any(w in b.text for b in doc.body for w in ("当前位置", "索引号", "QQ空间", "附件下载"))


@pytest.mark.parametrize(
    "furniture",
    [
        "2024年05月20日 来源：青山县司法局 字号：大 中 小",
        "2024-05-20 10:20 来源：青山县司法局 【字号：大 中 小】",
        "2024年5月20日 信息来源：青山县司法局 浏览次数：125",
    ],
)
def test_a_pages_date_and_labels_after_the_title_are_no_part_of_the_report(furniture: str, tmp_path: Path) -> None:
    """A page's publication date with no label before it, then 来源/字号: the page's words, not a first
    sentence written in a year after the report's (a false stale-year), and 字号 does not swallow the body."""
    text = (
        f"青山县人民政府关于2022年度法治政府建设情况的报告 {furniture} 2022年，我县坚持以习近平法治思想为指导。"
        "一、2022年度推进法治政府建设的主要举措和成效 全年制发规范性文件5件。"
    )
    for name, body in (("run-on.txt", text), ("lines.txt", text.replace(" ", "\n", 1))):
        doc = read_saved(tmp_path, body, name)
        debris = " ".join(b.text for b in doc.blocks if b.role == "debris")
        assert "2024" in debris and "来源" in debris
        assert doc.body[0].text.startswith("2022年，我县坚持"), [b.text for b in doc.body]
        rules = [f.rule for f in check(doc, checklists.load("county_gov"), year=2022).findings]
        assert "stale-year" not in rules
