"""The F5 preview (LibreOffice's PDF of the rendered .docx) keeps a number whole on one line: "96.7%"
never ends one line as "96." and starts the next as "7%" (LibreOffice breaks Chinese text between any
two characters unless the number's run is marked as Latin text)."""

from __future__ import annotations

import io
import itertools
import re
import shutil

import pytest

from drafter.readers.markdown import read_text
from drafter.render.build import run
from drafter.render.gbt9704 import render
from drafter.render.ooxml import el, qn

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _draft() -> str:
    # the number moves one character further on each line, so one of them meets every line end
    paras = ["测" * k + "办结率96.7%，纠错率12.5%，满意率99.12%，" + "测" * (40 - k) + "。" for k in range(14, 30)]
    return (
        '+++\nunit = "青山县柳河镇人民政府"\ntype = "township"\nyear = 2025\naddressee = "青山县人民政府"\n'
        'signature = "青山县柳河镇人民政府"\ndate = "2026年1月20日"\n+++\n\n'
        "# 青山县柳河镇人民政府关于2025年度法治政府建设情况的报告\n\n"
        "## 一、2025年度推进法治政府建设的主要举措和成效\n\n" + "\n\n".join(paras) + "\n"
    )


def test_numbers_of_the_text_are_runs_marked_as_latin() -> None:
    p = el("p")
    run(p, "办结率96.7%，受理1,200件。", "仿宋", numbers=True)
    texts = [t.text for t in p.iter(qn("t"))]
    assert texts == ["办结率", "96.7%", "，受理", "1,200", "件。"]
    langs = [r.find(f"{qn('rPr')}/{qn('lang')}") for r in p.iter(qn("r"))]
    assert [x is not None and x.get(qn("eastAsia")) == "en-US" for x in langs] == [False, True, False, True, False]
    plain = el("p")
    run(plain, "鲁政办〔2024〕3号", "仿宋")  # header lines stay one run
    assert len(list(plain.iter(qn("r")))) == 1


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_the_pdf_preview_never_breaks_a_number() -> None:
    from pdfminer.high_level import extract_text

    from drafter.render.preview import to_pdf

    pdf = to_pdf(render(read_text(_draft())))
    lines = [ln.strip() for ln in extract_text(io.BytesIO(pdf)).split("\n") if ln.strip()]
    body = [ln for ln in lines if "测" in ln or "率" in ln or re.match(r"^[\d.%，]", ln)]
    assert len(body) > 30
    for a, b in itertools.pairwise(body):
        assert not (re.search(r"[\d.]$", a) and re.match(r"^[\d.%]", b)), (a, b)
