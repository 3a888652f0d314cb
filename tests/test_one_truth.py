"""One truth for a draft and its .docx: the draft's settings (成文日期, 发文字号, 主送机关, 署名) are
checked as lint checks them in the rendered .docx. Every example draft, and drafts with settings
and body planted wrong, give the same findings both ways."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from drafter import checklists
from drafter.boilerplate import fragments
from drafter.checks import check
from drafter.readers import read_bytes
from drafter.readers.markdown import read_text
from drafter.render.gbt9704 import render

from .conftest import ROOT

DRAFTS = sorted((ROOT / "examples" / "drafts").glob("*.md"))
SETTINGS = {
    "date": [
        "2025年1月20日",
        "2024年12月30日",
        "2026年4月10日",
        "2026.1.20",
        "二〇二六年一月二十日",
        "2026年01月05日",
        "",
        "2026年2月30日",
    ],
    "doc_number": [
        "柳政文[2026]3号",
        "柳政文〔2026〕03号",
        "柳政文〔2025〕3号",
        "柳政文(2026)3号",
        "柳政〔2026〕第3号",
        "柳政文〔26〕3号",
        "柳政文〔2026〕3号",
    ],
    "addressee": ["", "县政府"],
    "signature": ["", "柳河镇政府", "柳河镇人民政府办公室"],
}
BODY = [
    "全年受理行政复议申请40件，办结45件。",
    "2024年，我镇深入推进依法行政，组织干部集中学法4次。",
    "调处矛盾纠纷200件，调处成功150件，调解成功率95%。",
]


def _findings(doc: object, type_: str) -> Counter[tuple[str, str, str]]:
    res = check(doc, checklists.load(type_), year=2025, boilerplate=fragments())  # type: ignore[arg-type]
    return Counter((f.rule, f.severity, f.message) for f in res.findings)


def _both(text: str) -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str, str]]]:
    draft = read_text(text)
    type_ = draft.meta.unit_type or "county_gov"
    docx = read_bytes(render(read_text(text)), "草稿.docx", ".docx")
    return _findings(draft, type_), _findings(docx, type_)


def _set(text: str, key: str, value: str) -> str:
    line = re.compile(rf'^{key} = ".*"$', re.M)
    return (
        line.sub(f'{key} = "{value}"', text, count=1)
        if line.search(text)
        else text.replace("+++\n", f'+++\n{key} = "{value}"\n', 1)
    )


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.stem)
def test_every_example_draft_gives_the_same_findings_as_its_docx(path: Path) -> None:
    draft, docx = _both(path.read_text(encoding="utf-8"))
    assert draft == docx


@pytest.mark.parametrize(("key", "value"), [(k, v) for k, vs in SETTINGS.items() for v in vs])
def test_planted_settings_give_the_same_findings_as_the_docx(key: str, value: str) -> None:
    text = _set((ROOT / "examples" / "drafts" / "township_2025.md").read_text(encoding="utf-8"), key, value)
    draft, docx = _both(text)
    assert draft == docx
    if key in ("date", "doc_number") and value not in ("", "柳政文〔2026〕3号", "2026年1月20日"):
        assert draft != _both((ROOT / "examples" / "drafts" / "township_2025.md").read_text(encoding="utf-8"))[0]


@pytest.mark.parametrize("sentence", BODY)
def test_planted_body_errors_are_found_the_same_way_in_both(sentence: str) -> None:
    text = (ROOT / "examples" / "drafts" / "county_gov_2025.md").read_text(encoding="utf-8")
    at = text.index("\n### （二）")
    text = text[:at] + "\n\n" + sentence + "\n" + text[at:]
    draft, docx = _both(text)
    assert draft == docx
    assert sum(draft.values()) > sum(
        _both((ROOT / "examples" / "drafts" / "county_gov_2025.md").read_text(encoding="utf-8"))[0].values()
    )


def test_the_apps_check_reports_a_drafts_settings() -> None:
    from drafter.app import drafts

    text = _set(
        (ROOT / "examples" / "drafts" / "township_2025.md").read_text(encoding="utf-8"), "doc_number", "柳政文[2026]3号"
    )
    text = _set(text, "date", "2025年1月20日")
    res = drafts.run_check(text, checklists.load("township"))
    assert {"doc-number", "stale-year"} <= {f.rule for f in res.findings}
    assert res.count("error") >= 1  # the stale 成文日期: no longer 错误0 in the app
