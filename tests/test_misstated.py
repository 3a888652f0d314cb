"""The misstated-names set (``tests/misstated.py``): the central documents and formulas a report cites,
misstated the ways writers misstate them, on a deterministic sample; and the formula reading's cases."""

from __future__ import annotations

import pytest

from drafter.checks.countwords import miscounted
from drafter.checks.formulas import MISSING, bent_parts
from drafter.checks.revisions import misdated_revisions
from drafter.checks.titlemarks import unmarked
from tests.misstated import cases, figures, flagged

SAMPLE = 5  # every 5th case: about a hundred sentences over every kind


def test_a_sample_of_the_set_right_forms_pass_misstated_ones_are_found() -> None:
    sample = cases()[::SAMPLE]
    got = list(zip(sample, flagged(sample), strict=True))
    right = [f for c, f in got if not c.bent]
    bent = [f for c, f in got if c.bent]
    assert len(right) > 30 and not any(right)  # no right title, local document, history or formula flagged
    assert len(bent) > 80 and sum(bent) >= 0.8 * len(bent)
    kinds = figures(got)
    for kind in ("years in", "years out", "years bare", "word dropped", "words swapped", "predecessor"):
        ok, n = kinds[kind]
        assert n and ok == n, kind


@pytest.mark.parametrize(
    ("text", "quote", "part"),
    [
        ("增强政治意识、大局意识、看齐意识，推动工作落实。", "政治意识、大局意识、看齐意识", MISSING + "核心意识"),
        ("坚定道路自信、理论自信、制度自信、历史自信。", "历史自信", "文化自信"),
        ("营造遵法、学法、守法、用法的浓厚氛围。", "遵法", "尊法"),
        ("带头遵法、学法、守法、用法。", "遵法", "尊法"),
    ],
)
def test_a_formula_with_a_part_bent_or_left_out(text: str, quote: str, part: str) -> None:
    assert [(text[s:e], p) for s, e, p, _ in bent_parts(text)] == [(quote, part)]


@pytest.mark.parametrize(
    "text",
    [
        "增强政治意识、大局意识、核心意识和看齐意识。",
        "坚持办事依法、遇事找法、解决问题用法和化解矛盾靠法，推动各项工作落实。",
        "全面建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
        "推进严格执法、公正司法、全民守法。",  # a formula not always cited whole
        "每年召开专题会议部署法治工作，并对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
        "会议部署全年工作，并对全年法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
    ],
)
def test_a_formula_written_whole_is_not_bent(text: str) -> None:
    assert bent_parts(text) == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("认真贯彻落实重大行政决策程序暂行条例，规范决策。", "重大行政决策程序暂行条例"),
        (
            "对照关于开展法治宣传教育的第八个五年规划（2021—2025年）要求。",
            "关于开展法治宣传教育的第八个五年规划（2021—2025年）",
        ),
    ],
)
def test_a_known_title_without_its_marks(text: str, quote: str) -> None:
    assert [text[s:e] for s, e, _ in unmarked(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "认真贯彻落实《重大行政决策程序暂行条例》。",
        "制定《青山县贯彻落实重大行政决策程序暂行条例实施办法》。",  # inside a local title
        "学习“重大行政决策程序暂行条例”专题。",
        "学习行政复议法。",  # a law: base.toml's [[wording]] says how a law is cited
    ],
)
def test_a_title_in_its_marks_or_a_law_is_not_unmarked(text: str) -> None:
    assert unmarked(text) == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("深入学习习近平法治思想的核心要义“十个坚持”。", "十个坚持"),
        ("增强“三个意识”、坚定“四个自信”、做到“两个维护”。", "三个意识"),
        ("全面落实行政执法“四项制度”。", "四项制度"),
        ("坚决做到“三个维护”。", "三个维护"),
    ],
)
def test_a_count_word_with_another_number(text: str, quote: str) -> None:
    assert [text[s:e] for s, e, _ in miscounted(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "深入学习习近平法治思想，深刻把握党的百年奋斗历史经验“十个坚持”。",
        "明确案件移送、信息共享、执法协助等五项制度。",
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "推行“五个一”工作法，树立“三个意识”。",  # a local formula: no context of 四个意识
    ],
)
def test_a_count_word_of_another_formula_is_not_miscounted(text: str) -> None:
    assert miscounted(text) == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [("深入学习2022年修订的《行政复议法》。", "2022"), ("学习新修订的《行政处罚法》（2020年修订）。", "2020")],
)
def test_a_law_with_a_revision_year_it_has_none_of(text: str, quote: str) -> None:
    assert [text[s:e] for s, e, _ in misdated_revisions(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "深入学习2023年修订的《行政复议法》。",
        "学习2024年新修订的《行政复议法》。",
        "2022年，修订的《青山县行政执法办法》施行。",
    ],
)
def test_a_law_with_its_own_revision_year(text: str) -> None:
    assert misdated_revisions(text) == ()


def test_a_misdated_title_without_its_marks_is_told_both() -> None:
    """法治政府建设实施纲要(2023-2023) without 《》: its name is told for the marks, its years for the years."""
    text = "根据中共中央、国务院印发的法治政府建设实施纲要(2023-2023)的规定。"
    assert [text[s:e] for s, e, _ in unmarked(text)] == ["法治政府建设实施纲要"]
