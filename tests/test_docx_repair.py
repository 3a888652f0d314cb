"""The annotated copy is repaired where Word would flag it, and its comments speak to the writer."""

from __future__ import annotations

import datetime
import re
from io import BytesIO

import docx
import pytest
from lxml import etree

from drafter.output import docx_repair
from drafter.ruledocs import docs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LONG_FONT = "Noto Serif CJK SC Medium Condensed Extra"  # 40 characters; Word takes 31


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _broken() -> docx.document.Document:
    """What LibreOffice's .docx of a .doc looks like where Word objects: built here, XML by hand."""
    d = docx.Document()
    p = d.add_paragraph("第一节")
    ppr = p._p.get_or_add_pPr()
    sect = etree.SubElement(ppr, q("sectPr"))
    etree.SubElement(sect, q("docGrid"), {q("type"): "lines", q("linePitch"): "579", q("charSpace"): "4294966066"})
    etree.SubElement(sect, q("pgSz"), {q("w"): "11906", q("h"): "16838"})  # after docGrid: out of order
    etree.SubElement(ppr, q("jc"), {q("val"): "both"})  # after sectPr: out of order
    etree.SubElement(ppr, q("keepNext"), {q("val"): "true"})
    r = p.runs[0]._r
    rpr = r.get_or_add_rPr()
    etree.SubElement(rpr, q("rFonts"), {q("eastAsia"): LONG_FONT})
    tbl = d.add_table(rows=1, cols=1)
    tr_pr = etree.SubElement(tbl._tbl.tr_lst[0], q("trPr"))
    tbl._tbl.tr_lst[0].insert(0, tr_pr)
    etree.SubElement(tr_pr, q("cantSplit"), {q("val"): "true"})
    d.add_paragraph("第二节")
    for rid, rel in list(d.part.rels.items()):  # no theme part, as in LibreOffice's conversions
        if rel.reltype.endswith("/theme"):
            d.part.rels.pop(rid)
    return d


def test_repair_fixes_order_numbers_on_off_fonts_theme_and_comment_styles() -> None:
    d = _broken()
    docx_repair.repair(d)
    buf = BytesIO()
    d.save(buf)
    again = docx.Document(BytesIO(buf.getvalue()))
    body = again.element.body
    ppr = body.find(f"{q('p')}/{q('pPr')}")
    assert [etree.QName(c).localname for c in ppr] == ["keepNext", "jc", "sectPr"]
    sect = ppr.find(q("sectPr"))
    assert [etree.QName(c).localname for c in sect] == ["pgSz", "docGrid"]
    assert sect.find(q("docGrid")).get(q("charSpace")) == "-1230"
    assert ppr.find(q("keepNext")).get(q("val")) == "on"
    assert body.find(f".//{q('trPr')}/{q('cantSplit')}").get(q("val")) == "on"
    font = body.find(f".//{q('rFonts')}").get(q("eastAsia"))
    assert font == LONG_FONT[:31] and len(font) == 31
    assert any(r.reltype.endswith("/theme") for r in again.part.rels.values())
    ids = {s.get(q("styleId")): s.get(q("type")) for s in again.styles.element.iterchildren(q("style"))}
    assert ids["CommentText"] == "paragraph" and ids["CommentReference"] == "character"
    assert [p.text for p in again.paragraphs] == ["第一节", "第二节"]


def test_touch_sets_modified_author_and_revision() -> None:
    d = docx.Document()
    d.core_properties.revision = 3
    when = datetime.datetime(2026, 3, 1, 9, 30)
    docx_repair.touch(d, "drafter", when)
    assert d.core_properties.modified.replace(tzinfo=None) == when
    assert (d.core_properties.last_modified_by, d.core_properties.revision) == ("drafter", 4)


DEVELOPER = re.compile(r"[A-Za-z]{3,}|\[\[|--|`|\.toml|必须|应当、")


@pytest.mark.parametrize("rule", sorted(docs()))
def test_every_rule_has_advice_for_the_writer(rule: str) -> None:
    advice = docs()[rule].advice
    assert len(advice) >= 15, f"{rule}: checks/advice.toml 中缺少写给起草人的建议"
    assert not DEVELOPER.search(advice), advice
    assert advice.endswith("。")


def test_comment_gives_the_rule_name_and_writer_advice() -> None:
    from drafter.checks import Finding
    from drafter.output.annotate import comment_text

    head, tail = comment_text(Finding(rule="required-item", severity="warning", message="没有写到某项", line=3))
    assert head == "[required-item 清单条目没有写到] 没有写到某项"
    assert tail.startswith("建议：") and "checklists" not in tail and "error" not in tail
