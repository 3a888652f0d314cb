"""A report in traditional characters is checked as its simplified twin, and quoted as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers import read_path

from .conftest import seed_paths
from .helpers.head import read_saved


def _twin(src: Path, tmp_path: Path) -> Path:
    from opencc_purepy import OpenCC

    text = src.read_text(encoding="utf-8")
    out = tmp_path / src.name
    out.write_text(str(OpenCC("s2t").convert(text)), encoding="utf-8")
    return out


@pytest.mark.parametrize("index", [0, 2, 3])
def test_a_traditional_copy_has_the_parts_and_items_of_its_simplified_original(index: int, tmp_path: Path) -> None:
    src = seed_paths()[index]
    twin = _twin(src, tmp_path)
    a, b = read_path(src), read_path(twin)
    assert a.meta.year == b.meta.year
    cl = checklists.load(a.meta.unit_type or "county_gov")
    ra, rb = check(a, cl, year=a.meta.year), check(b, cl, year=b.meta.year)
    assert {p: r.status for p, r in ra.parts.items()} == {p: r.status for p, r in rb.parts.items()}
    covered_a = {i.item.id for i in ra.items.values() if i.covered}
    covered_b = {i.item.id for i in rb.items.values() if i.covered}
    assert covered_a == covered_b and covered_a
    written = twin.read_text(encoding="utf-8")
    quoted = [i.quote for i in rb.items.values() if i.covered and i.quote]
    assert quoted and all(q in written for q in quoted), quoted  # a reviewer's search finds each quote
    assert all(f.quote in written for f in rb.findings if f.quote and f.line is not None)


def test_a_simplified_report_with_a_few_variant_forms_is_read_as_written(tmp_path: Path) -> None:
    text = (
        "青山县人民政府关于2024年度法治政府建设情况的报告\n一、2024年度推进法治政府建设的主要举措和成效\n"
        "全年制发行政规范性文件5件，乾坤湾景区开展瞭望哨执法巡查12次。\n"
    )
    doc = read_saved(tmp_path, text)
    assert any("乾坤湾景区开展瞭望哨" in b.text for b in doc.blocks)


def test_a_mirror_s_pinyin_is_read_through_and_quoted_as_written(tmp_path: Path) -> None:
    """A mirror site puts pinyin after some characters ("縣(xiàn)長", "建設(shè)"): the checks read the
    words without it (县长 is the head, 习近平法治思想 is studied), the quotes and columns keep it."""
    text = (
        "青山縣(xiàn)人民政府關於2023年度法治政府建設(shè)情況的報告(bào gào)\n"
        "一、2023年度推進法治政府建設(shè)的主要舉措和成效\n"
        "將習(xí)近平法治思想納入縣(xiàn)政府黨組理論學習中心組學習內容，全年專題學習4次。\n"
        "二、2023年度推進法治政府建設(shè)存在的不足和原因\n執法人員不足，主要原因是編制緊張。\n"
        "三、2023年度黨政主要負責人履行推進法治建設(shè)第一責任人職責的情況\n"
        "縣(xiàn)長主持常務會議會前學法4次，聽取法治政府建設(shè)工作匯報2次。\n"
    )
    doc = read_saved(tmp_path, text, "mirror.txt")
    assert doc.meta.title == "青山縣人民政府關於2023年度法治政府建設情況的報告"
    res = check(doc, checklists.load("county_gov"), year=2023)
    assert not [f for f in res.findings if f.rule in ("halfwidth-punctuation", "wording")]
    xi = res.items["xi-thought"]
    assert xi.status == "covered" and xi.quote.startswith("將習(xí)近平法治思想")
    assert res.items["duties-leader"].status == "covered"
    assert doc.column(3, doc.lines[2].index("納入")) == text.splitlines()[2].index("納入") + 1


_WEB_COPY = (  # a 信息公开 page run together on a few lines: its table, furniture, run-on headings, its foot
    "当前位置：首页政务公开法定主动公开内容 索 引 号： QH001-2024-0003 主题分类： 无 发文机关： 青禾县石桥镇人民政府 "
    "成文日期：2024-03-20 发文字号： 石政文〔2024〕8号 发布日期：2024-03-21 有 效 性： 有效 "
    "青禾县石桥镇人民政府关于2023年度法治政府建设情况的报告 无 来源：青禾县石桥镇人民政府 时间：2024-03-21 09:30\n"
    "2023年，石桥镇坚持依法行政，现将有关情况报告如下：一、主要举措和成效（一）加强组织领导。镇党委召开会议4次专题研究"
    "法治建设工作，成立以镇长为组长的法治建设领导小组。（二）深化普法宣传。开展宪法宣传教育活动12场，覆盖群众3000人次。"
    "（三）发挥法律顾问作用。镇政府聘请常年法律顾问1名，审查合同8份，建成村级公共法律服务工作室12个，"
    "较去年增加 3个。二、存在的不足和原因今年以来，基层执法力量仍然不足，主要原因是编制紧张。"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况镇长带头学法，主持召开会议研究法治工作3次。"
    "四、下一年度主要安排2024年，我镇将继续推进法治建设，一是完善合法性审查，二是开展执法培训。"
    "青禾县石桥镇人民政府 2024年3月20日 附件下载 打印本页 关闭窗口\n"
)


def test_a_traditional_web_copy_is_read_and_checked_as_its_simplified_twin(tmp_path: Path) -> None:
    """Every step sees a traditional page in simplified characters: its table and foot (發布時間, 附件下載,
    無), its run-on headings and sentences (今年以來 opens one), its stray space, its title's 報告: the same findings, parts and items, at the same places, quoted as written."""
    from opencc_purepy import OpenCC

    simple, trad = tmp_path / "s.txt", tmp_path / "t.txt"
    simple.write_text(_WEB_COPY, encoding="utf-8")
    trad.write_text(str(OpenCC("s2t").convert(_WEB_COPY)), encoding="utf-8")
    a, b = read_path(simple), read_path(trad)
    assert (a.meta.year, a.meta.date, a.meta.page_date) == (b.meta.year, b.meta.date, b.meta.page_date)
    cl = checklists.load("township")
    ra, rb = check(a, cl, year=a.meta.year), check(b, cl, year=b.meta.year)
    assert sorted((f.rule, f.line, f.col) for f in ra.findings) == sorted((f.rule, f.line, f.col) for f in rb.findings)
    assert {f.rule for f in ra.findings} >= {"relative-year", "stray-space"}
    assert {p: r.status for p, r in ra.parts.items()} == {p: r.status for p, r in rb.parts.items()}
    assert {i.item.id for i in ra.items.values() if i.covered} == {i.item.id for i in rb.items.values() if i.covered}
    written = trad.read_text(encoding="utf-8")
    assert all(f.quote in written for f in rb.findings if f.quote and f.line is not None)


def test_a_traditional_title_without_its_genre_word_is_told_as_its_simplified_twin(tmp_path: Path) -> None:
    from opencc_purepy import OpenCC

    text = "青禾县交通运输局2023年度法治政府建设工作情况\n" + _WEB_COPY.split("\n", 1)[1]
    simple, trad = tmp_path / "s.txt", tmp_path / "t.txt"
    simple.write_text(text, encoding="utf-8")
    trad.write_text(str(OpenCC("s2t").convert(text)), encoding="utf-8")
    cl = checklists.load("department")
    got = [
        sorted(
            (f.rule, f.line, f.severity) for f in check(read_path(p), cl, year=2023).findings if f.rule == "title-form"
        )
        for p in (simple, trad)
    ]
    assert got[0] == got[1] and got[0]


def test_a_mirror_s_posting_date_is_read_through_its_pinyin(tmp_path: Path) -> None:
    """A mirror's "發(fā)布時間:2023-12-20" is the page's date (as "发布时间"): posted in the year it
    reports, the report was written then, so its 今年 is that year — no 今年 finding."""
    text = (
        "青山縣(xiàn)交通運輸局2023年度法治政府建設(shè)工作報告\n"
        "青山縣(xiàn)人民政府網站 發(fā)布時間:2023-12-20 10:05\n"
        "一、2023年度推進法治政府建設(shè)的主要舉措和成效\n"
        "今年共計辦理行政許可120件，開展執法檢查30次。\n"
    )
    doc = read_saved(tmp_path, text, "mirror.txt")
    assert doc.meta.page_date is not None and doc.meta.page_date.startswith("2023")
    res = check(doc, checklists.load("department"), year=2023)
    assert not [f for f in res.findings if f.rule == "relative-year"]
