"""The 公文 checks a writer expected (issue 28): the base report's year in a rolled-forward draft,
half-width punctuation among Chinese text, a 上行文 on red letterhead without 签发人 — through lint."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.checks.typeset import half_width

from .conftest import in_process

BASE_2023 = """青山县柳河镇人民政府关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
2023年，全镇受理行政复议案件17件，全部依法办结。
四、2024年度推进法治政府建设的主要工作安排
一是推进综合行政执法改革。
"""

HEAD = """+++
unit = "青山县柳河镇人民政府"
type = "township"
year = 2025
addressee = "青山县人民政府"
signature = "青山县柳河镇人民政府"
date = "2026年1月20日"
{extra}+++

# 青山县柳河镇人民政府关于2025年度法治政府建设情况的报告

## 一、2025年度推进法治政府建设的主要举措和成效

{body}
"""


def _lint(path: Path, *args: str) -> list[dict[str, object]]:
    out = json.loads(in_process("lint", str(path), "--format", "json", *args).stdout)
    return list(out["files"][0]["findings"])


def test_the_base_reports_year_is_flagged_in_a_draft_rolled_forward_from_it(tmp_path: Path) -> None:
    (tmp_path / "2023.txt").write_text(BASE_2023, encoding="utf-8")
    draft = tmp_path / "d.md"
    body = "2023年，全镇受理行政复议案件17件。\n\n与2023年相比，调解成功率提高2个百分点。"
    draft.write_text(HEAD.format(extra='previous = "2023.txt"\n', body=body), encoding="utf-8")
    stale = [f for f in _lint(draft) if f["rule"] == "stale-year"]
    assert len(stale) == 1 and "2023" in str(stale[0]["message"]) and "起草" in str(stale[0]["message"])
    plain = tmp_path / "plain.md"  # without the base report, a year two back is no one's business
    plain.write_text(HEAD.format(extra="", body=body), encoding="utf-8")
    assert not [f for f in _lint(plain) if f["rule"] == "stale-year"]


def test_half_width_marks_among_chinese_and_not_elsewhere() -> None:
    text = "全年办理5件,涉及资金1,200万元;会议于9:30召开(详见附件)。见 http://a.cn/x,y"
    assert [text[i] for i in half_width(text)] == [",", ";", "(", ")"]


def test_lint_gives_one_half_width_finding_a_paragraph(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(HEAD.format(extra="", body="全年办理5件,调解30件;全部办结。\n\n全年培训3次。"), encoding="utf-8")
    found = [f for f in _lint(draft) if f["rule"] == "halfwidth-punctuation"]
    assert len(found) == 1 and "2处" in str(found[0]["message"])


def test_a_text_typed_half_width_throughout_gets_one_finding(tmp_path: Path) -> None:
    """No full-width mark anywhere: one problem, one finding, however few paragraphs show it."""
    throughout = tmp_path / "t.md"
    throughout.write_text(
        HEAD.format(extra="", body="全年办理5件,调解30件。\n\n(二)培训3次,考试2次。"), encoding="utf-8"
    )
    found = [f for f in _lint(throughout) if f["rule"] == "halfwidth-punctuation"]
    assert len(found) == 1 and "全文有2段共4处" in str(found[0]["message"])
    mixed = tmp_path / "m.md"
    mixed.write_text(
        HEAD.format(extra="", body="全年办理5件,调解30件。\n\n培训3次,考试2次，全部合格。"), encoding="utf-8"
    )
    assert len([f for f in _lint(mixed) if f["rule"] == "halfwidth-punctuation"]) == 2


def test_a_web_pages_label_line_is_no_half_width_slip(tmp_path: Path) -> None:
    """浏览量:1 under the title is the site's, not the writer's: a report typed in full-width marks gets nothing."""
    page = tmp_path / "p.txt"
    page.write_text(
        "青山县柳河镇人民政府2023年度法治政府建设情况报告\n浏览量:1\n"
        "2023年，全镇受理行政复议案件17件，全部依法办结。\n",
        encoding="utf-8",
    )
    assert not [f for f in _lint(page) if f["rule"] == "halfwidth-punctuation"]


def test_a_report_on_red_letterhead_needs_a_signer(tmp_path: Path) -> None:
    red = tmp_path / "red.md"
    red.write_text(HEAD.format(extra='letterhead = "red"\n', body="全年培训3次。"), encoding="utf-8")
    assert [f for f in _lint(red) if f["rule"] == "missing-signer"]
    signed = tmp_path / "signed.md"
    signed.write_text(
        HEAD.format(extra='letterhead = "red"\nsigner = "张三"\n', body="全年培训3次。"), encoding="utf-8"
    )
    assert not [f for f in _lint(signed) if f["rule"] == "missing-signer"]
    proc = in_process("rule", "missing-signer")
    assert proc.returncode == 0 and "签发人" in proc.stdout


_OLD_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab@:/.w htps，,中\n", max_size=30))
def test_addresses_are_what_the_backtracking_pattern_found(text: str) -> None:
    """The one-pass address scan skips exactly the offsets the old pattern matched."""
    from drafter.checks.typeset import _addresses

    old = {i for m in _OLD_ADDRESS.finditer(text) for i in range(m.start(), m.end())}
    assert _addresses(text) == old


@pytest.mark.parametrize("text", ["www.", "a，www.", "http://", "xhttps://", "www.a", "a@b", "@ab", "ab@"])
def test_an_address_start_with_nothing_after_it_is_no_address(text: str) -> None:
    """Hypothesis once drew "www.": the old pattern needs a character after the start, and so must the scan."""
    from drafter.checks.typeset import _addresses

    old = {i for m in _OLD_ADDRESS.finditer(text) for i in range(m.start(), m.end())}
    assert _addresses(text) == old


def test_a_long_run_without_spaces_is_scanned_once() -> None:
    """200,000 characters without a space or @ hold no address (the old pattern was quadratic there)."""
    from drafter.checks.typeset import _addresses, half_width

    text = "中a," * 70_000
    assert _addresses(text) == set()
    assert len(half_width(text)) == 70_000 - 1  # the last comma has no Chinese character after it
