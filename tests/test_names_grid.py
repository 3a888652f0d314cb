"""The fixed-names grid (``tests/names_grid.py``) on a deterministic sample, and the term search's classes.

The whole grid (``python -m tests.names_grid``): every [[titles]] and [[terms]] entry right in three
contexts and its short forms, and bent at every place (dropped, doubled, changed, swapped).
"""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.checks.fixednames import bent_titles, distance, fixed
from drafter.checks.fixedterms import _starts, bent_terms
from drafter.hanzi import simplified
from drafter.readers.txt import read_text
from tests.names_grid import HEAD, cases, figures, flagged

SAMPLE = 23  # every 23rd case: a few hundred sentences over all entries


def test_a_sample_of_the_grid_right_forms_pass_bent_ones_are_found() -> None:
    sample = cases()[::SAMPLE]
    got = figures(list(zip(sample, flagged(sample), strict=True)))
    assert got["right"][0] == got["right"][1]  # no right form, short form or right near word flagged
    ok, n = got["bent at middle"]
    assert n > 200 and ok >= 0.97 * n
    ok, n = got["bent"]
    assert ok >= 0.85 * n


def test_every_entry_has_bent_forms_in_the_grid() -> None:
    entries = {c.entry for c in cases() if c.bent}
    f = fixed()
    assert {t.name for t in f.titles if len(t.key) >= 5} | {t.name for t in f.terms} <= entries
    assert len(f.terms) >= 60 and len(f.titles) >= 60


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("深入学习习近平法治想思。", "习近平法治想思"),  # the last two swapped
        ("深入贯彻近习平法治思想。", "近习平法治思想"),  # the first two swapped
        ("深入学习习平法治思想。", "习平法治思想"),  # the second dropped
        ("深入学习习近平法法治思想。", "习近平法法治思想"),  # a character doubled inside
        ("坚持科学立法、严格执法、公正执法、全民守法。", "科学立法、严格执法、公正执法、全民守法"),
        ("推行“双随即、一公开”监管。", "双随即、一公开"),
        ("完善人民调节委员会。", "人民调节委员会"),
        ("主要负责人履行推近法治建设第一责任人职责。", "推近法治建设第一责任人职责"),  # a long term's second changed
        ("全年围绕宪法传宣周开展活动。", "宪法传宣周"),  # two swapped just before the end, words going on
    ],
)
def test_a_term_bent_at_its_second_or_in_any_middle_place_is_found(text: str, quote: str) -> None:
    assert [text[s:e] for s, e, _ in bent_terms(text)] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "深入学习习近平法治思想。",  # 习 of 学习 before the name: the name is right
        "树立社会主义法治观念。",  # another word at the end: 观念 for 理念
        "压实第一责任人责任。",  # the words go on after 第一责任人
        "推进全面依法治理国家。",
        "推行“双随机、一公开”监管，双随机一公开抽查12次。",
        "推进国家治理体系与治理能力现代化。",
        "坚持“不忘初心，牢记使命”。",
        "坚持中国特色社会主义道路。",
        "主要负责人履行推动法治建设第一责任人职责。",  # the duty done, not the rule's name cited
        "组织学习中国特色社会主义法律体系的形成和发展。",  # review5 entry 4: other right words
        "严格落实公众参与、专家论证、风险评估、合法性审查以及集体讨论决定等法定程序。",
        "深化矛盾纠纷多方化解，全年化解纠纷320件。",
        "坚持坚持党的领导、人民当家作主和依法治国有机统一。",
        "报告党政主要负责人作为推进法治建设第一责任人履行职责情况。",  # a word put in: another phrase
        "主要负责人是推进法治建设第一责任人，履行职责有力。",  # a comma ends the name
    ],
)
def test_right_words_near_a_term_are_not_bent(text: str) -> None:
    assert bent_terms(text) == ()


@pytest.mark.parametrize(
    ("cited", "right"),
    [
        ("《发治政府建设实施纲要（2021—2025年）》", "法治政府建设实施纲要（2021—2025年）"),  # a long name's first
        ("《治政府建设实施纲要（2021—2025年）》", "法治政府建设实施纲要（2021—2025年）"),
        ("《法治政府建设实施纲耍（2021—2025年）》", "法治政府建设实施纲要（2021—2025年）"),
        ("《重大行政决策程序暂行条列》", "重大行政决策程序暂行条例"),
        ("《行政复仪法》", "中华人民共和国行政复议法"),
        ("《中华人民共和国行政处法》", "中华人民共和国行政处罚法"),
        ("《居民委员会组织法》", None),  # the short name of 城市居民委员会组织法: eight characters, first changed
        ("《发律援助法》", None),  # a short name's first changed: not looked for
        ("《环境保护税法》", None),
        ("《习近平著作选读》", None),
        ("《关于加强社会主义法治文化建设的实施意见》", None),  # a local opinion implementing the national one
        ("《关于加强数字政府建设的实施意见》", None),  # implementing a 指导意见
        ("《关于加强数字政府建设的指意见》", "关于加强数字政府建设的指导意见"),  # its kind word bent
        ("《优化营商环境条例实施办法》", None),
        ("《关于完善矛盾纠纷多元化解机制的实施意见》", None),  # review5 entry 3: local documents
        ("《关于全面推进政务公开工作的实施意见》", None),
        ("《关于推进公共法律服务体系建设的意见》", None),  # 司法部 2014: 加快 less, another document
        ("《关于开展第七个五年法治宣传教育的决议》", None),  # the 2016 决议: another edition
        ("《关于加强和改进行政复议工作的意见》", None),  # review5 entry 17: a word for another: another document
        ("《法治正府建设实施钢要（2021—2025年）》", "法治政府建设实施纲要（2021—2025年）"),  # two slips apart
        (
            "《关于开展法治宣传教育的第个五年规划（2021—2025年）》",
            "关于开展法治宣传教育的第八个五年规划（2021—2025年）",
        ),
    ],
)
def test_titles_bent_at_their_ends_or_short_laws(cited: str, right: str | None) -> None:
    text = simplified(f"学习{cited}。")
    assert [t.name for _, _, t in bent_titles(text)] == ([right] if right else [])


def test_two_neighbours_swapped_are_one_edit() -> None:
    assert distance("法治想思", "法治思想", 1) == 1
    assert distance("治法政府", "法治政府", 1) == 1
    assert distance("法治思想", "法治思想", 0) == 0


def test_the_term_search_reads_a_report_once_and_tries_windows_only_at_anchors() -> None:
    """Windows are tried only at the terms' anchors, found in one reading of the text: as many for ten
    copies of a paragraph as ten times those of one, and none in a text without them."""
    one = "深入学习习近平法治想思，严格规范公正文明执法，推行双随即一公开，完善人民调解委员会。"
    f = fixed()
    terms = (*f.terms, *f.bare)

    def windows(text: str) -> int:
        return sum(len(at) for at in _starts(text, terms).values())

    assert windows(one) > 0
    assert windows(one * 10) == 10 * windows(one)
    assert windows("天气晴朗，万里无云。" * 50) == 0


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("认真贯彻落实关于加强法治乡材建设的意见，推进法治乡村建设。", "关于加强法治乡材建设的意见"),
        ("严格执行优化营商环镜条例的各项要求。", "优化营商环镜条例"),
        ("认真贯彻落实关于加强数字政府建设的实施意见，推进建设。", None),  # a local opinion, bare
        ("认真贯彻落实行政法规制定程序条例。", None),  # 规制定程序条例 inside another title written right
        ("学习《重大行政决策程序暂行条列》。", None),  # in 《》: the cited titles' business, not twice
        ("县政府印发关于加强和改进行政复议工作的意见。", None),  # review5 entry 17: a word for another, bare
        ("制定关于全面推进基层政务公开工作的意见。", None),  # a word put in
        ("落实关于加强和改进行政应诉工做的意见。", "关于加强和改进行政应诉工做的意见"),
    ],
)
def test_a_long_title_written_without_its_brackets_is_judged_as_a_title(text: str, quote: str | None) -> None:
    got = [text[s:e] for s, e, t in bent_terms(text) if t.title]
    assert got == ([quote] if quote else [])


def test_zhu_is_kept_in_its_simplified_words_and_read_as_zhe_elsewhere() -> None:
    """著 of 著作 and 显著 is a simplified character too: read as 着, 《习近平著作选读》 was a bent title; a
    traditional mirror's 隨著, 著力 are 着 (review5 entry 7: the 着 rules read them)."""
    assert simplified("习近平著作选读，成效显著，成效顯著") == "习近平著作选读，成效显著，成效显著"
    assert simplified("隨著「互聯網+政務服務」深入推進，著力推進") == "随着「互联网+政务服务」深入推进，着力推进"
    assert simplified("建設") == "建设"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("深刻领悟“两个维护”的决定性意义，增强“四个意识”。", "领悟“两个维护”的决定性意义"),
        ("坚决做到“两个确立”。", "做到“两个确立”"),
        ("深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。", None),
        ("坚决做到“两个维护”，深刻领悟“两个确立”的决定性意义。", None),
    ],
)
def test_the_two_formulas_written_the_other_way_round(sentence: str, quote: str | None) -> None:
    doc = read_text(HEAD + sentence + "\n")
    got = [f.quote for f in check(doc, checklists.load("department"), year=2023).findings if f.rule == "wording"]
    assert got == ([quote] if quote else [])
