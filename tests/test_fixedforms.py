"""Fixed formulas and names a report bends (each a rule of the official text, its facts in names.toml): the
seven-phrase goal of 法治政府 with parts changed into other words or left out, 严格规范公正文明执法 with a word
doubled, a superseded central document, a regulation cited by its short name without 《》, the body a government
reports to, and the short forms of 履行推进法治建设第一责任人职责 told once per report."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import Finding, check
from drafter.checks.formulas import MISSING, bent_parts, explain
from drafter.checks.replaced import replaced_titles
from drafter.checks.titlemarks import unmarked
from drafter.readers.txt import read_text

GOAL = "职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意"


def _findings(text: str, year: int = 2024) -> list[Finding]:
    return check(read_text(text), checklists.load("county_gov"), year=year).findings


def _quotes(text: str, rule: str, year: int = 2024) -> list[str]:
    return [f.quote or "" for f in _findings(text, year) if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "quote", "part"),
    [
        (
            "审核合同40份，努力打造职责明确、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
            "职责明确",
            "职能科学”“权责法定",
        ),
        (
            "建设职能科学、权责法定、执法严明、公开公正、高效便民、廉洁诚信、人民满意的法治政府。",
            "高效便民",
            "智能高效",
        ),
        (
            "加快建设执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
            GOAL[10:],
            MISSING + "职能科学”“权责法定",
        ),
        # another word for the last part, the sentence's words run into it after 的 (review9 R8: the quote held them)
        (
            "对标职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民群众满意的目标要求。",
            "人民群众满意",
            "人民满意",
        ),
    ],
)
def test_the_goal_with_parts_changed_or_left_out(text: str, quote: str, part: str) -> None:
    assert [(text[s:e], p) for s, e, p, _ in bent_parts(text)] == [(quote, part)]


@pytest.mark.parametrize(
    "text",
    [
        f"加快建设{GOAL}的法治政府。",
        "坚持职能科学、权责法定，推进执法严明、公开公正。",  # two pairs of the goal's words, no citation of it
        "坚持职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信和人民满意，推动各项工作落实。",
        "围绕执法严明、公开公正、智能高效、廉洁诚信、人民满意等目标推进工作。",  # 等: some parts on purpose
        "努力建设职能科学、权责法定、执法严明、公开公正、守法诚信的法治政府。",  # the old goal: outdated-citation's
        "以建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标。",
    ],
)
def test_the_goal_written_whole_or_the_old_goal_is_no_bent_formula(text: str) -> None:
    assert bent_parts(text) == ()


def test_a_regulation_named_without_the_nation_and_its_marks() -> None:
    text = "严格落实政府信息公开条例，学习《政府信息公开条例》，执行青禾省政府信息公开条例。"
    assert [text[s:e] for s, e, _ in unmarked(text)] == ["政府信息公开条例"]
    assert any("《中华人民共和国政府信息公开条例》" in f.message for f in _findings(text) if f.rule == "wording")


def test_a_superseded_central_opinion_unless_a_local_body_issued_its_namesake() -> None:
    central = "我镇全面贯彻落实国务院《关于加强法治政府建设的意见》。"
    local = "市委、市政府印发《关于加强法治政府建设的意见》，细化本市任务。"
    assert [t.name for _, _, t, _ in replaced_titles(central, 2023)] == ["关于加强法治政府建设的意见"]
    assert list(replaced_titles(local, 2023)) == []
    assert list(replaced_titles("2010年，我县贯彻国务院《关于加强法治政府建设的意见》。", 2023)) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("推进严格规范公正文明规范执法。", "严格规范公正文明规范执法"),
        ("认真学习贯彻习近平视察湖南讲话精神。", "习近平视察湖南讲话精神"),
        ("以加强和创新社会管理为重点。", "加强和创新社会管理"),
        ("报送市政府，并向区委、区人大报告。", "区人大"),
    ],
)
def test_a_bent_formula_or_body_name_is_a_warning(text: str, quote: str) -> None:
    assert quote in _quotes(text, "wording")


@pytest.mark.parametrize(
    "text",
    [
        "坚持严格规范公正文明执法，推进规范公正文明执法。",
        "深入贯彻习近平总书记考察江西重要讲话精神。",
        "完善经济调节、市场监管、社会管理、公共服务职能，加强和创新社会治理。",
        "按时向县委、县人大常委会报告法治政府建设情况，向县委、县人大及其常委会报告。",
        "在县委、县人大、县政协的监督支持下，镇党委、镇人大听取报告。",
        "县委、县人大领导听取专题报告。",
        "重大事项及时向县委、县人大请示报告。",  # 请示报告: asking leave on a matter, not the yearly report
    ],
)
def test_the_right_forms_are_left_alone(text: str) -> None:
    assert _quotes(text, "wording") == []


def test_short_forms_of_the_heads_duty_are_one_info_per_way_of_writing_it() -> None:
    text = (
        "一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
        "县长切实履行法治建设第一责任人职责，带头学法4次。\n"
        "各部门主要负责人严格履行推进法治政府建设第一责任人职责。\n"
        "认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》，压实法治建设第一责任人职责。\n"
    )
    found = [f for f in _findings(text) if f.rule == "short-name"]
    assert [(f.severity, f.quote) for f in found] == [
        ("info", "法治建设第一责任人职责"),
        ("info", "推进法治政府建设第一责任人职责"),
    ]
    assert "另有1处" in found[0].message and all("可忽略" in f.message for f in found)
    dropped = [f for f in _findings("2.法治政府建设第一责任全面压实。县长带头学法。\n") if f.rule == "short-name"]
    assert [f.quote for f in dropped] == ["法治政府建设第一责任"]
    changed = [f for f in _findings("县长严格履行推进法治政府建设第一责任人职责。\n") if f.rule == "short-name"]
    assert len(changed) == 1 and "与之不同" in changed[0].message and "可忽略" in changed[0].message
    right = "县长切实履行推进法治建设第一责任人职责。\n学习《党政主要负责人履行推进法治建设第一责任人职责规定》。\n"
    assert [f for f in _findings(right) if f.rule == "short-name"] == []


def _wording(text: str, year: int = 2024) -> list[tuple[str, str, str]]:
    return [(f.severity, f.quote or "", f.message) for f in _findings(text, year) if f.rule == "wording"]


def test_a_committee_named_without_its_full_name_is_an_info_readers_may_dismiss() -> None:
    """县委依法治县委员会 for 全面依法治县委员会: the full name is the 2018 reform's, the short one common; two blind
    sets' reviewers called the warning debatable — an info that says so, once a report."""
    got = _wording("区委依法治区委员会办公室通报情况。区委依法治区委员会召开会议。")
    assert [(s, q) for s, q, _ in got] == [("info", "依法治区委员会")]
    assert got[0][2].startswith("请在“依法治区委员会”中补上“全面”") and "可忽略" in got[0][2]


@pytest.mark.parametrize(
    ("text", "quote", "start"),
    [
        # the 协调小组s are the committee's (2018 reform), not its office's
        ("报中央依法治国办守法普法协调小组审定。", "中央依法治国办", "请把“中央依法治国办”改为委员会的名称"),
        ("市委依法治市办执法协调小组召开会议。", "市委依法治市办", "请把“市委依法治市办”改为委员会的名称"),
        # the school course is 道德与法治 (2016)
        ("各校开齐“道德与法制”课程。", "道德与法制", "请把“道德与法制”改为“道德与法治”"),
        ("配齐道德与法制课教师12名。", "道德与法制", "请把“道德与法制”改为“道德与法治”"),
        # an implementing plan cited under the central document's title
        (
            "落实《法治政府建设实施纲要（2021—2025年）工作方案》。",
            "《法治政府建设实施纲要（2021—2025年）工作方案》",
            "请核对“《法治政府建设实施纲要（2021—2025年）工作方案》”的名称",
        ),
        (
            "落实《法治社会建设实施纲要（2020—2025年）任务分工方案》。",
            "《法治社会建设实施纲要（2020—2025年）任务分工方案》",
            "请核对“《法治社会建设实施纲要（2020—2025年）任务分工方案》”的名称",
        ),
    ],
)
def test_a_body_course_or_plan_named_wrong_is_a_warning_that_says_what_to_do(text: str, quote: str, start: str) -> None:
    (got,) = _wording(text)
    assert got[0] == "warning" and got[1] == quote and got[2].startswith(start), got


@pytest.mark.parametrize(
    "text",
    [
        "街道依法治街委员会召开会议2次，镇依法治镇委员会、乡依法治乡委员会听取汇报。",  # no fixed name below a county
        "向中央全面依法治国委员会守法普法协调小组推荐，县委依法治县办、各协调小组分工推进。",
        "开齐“道德与法治”课程，加强道德与法治教育。",
        "落实行政机关负责人出庭应诉制度，推行首问负责制，出庭应诉制定了细则。",
        "执行《青山县行政首长出庭应诉工作办法》。",  # a local title issued under the old name
        "2014年，县政府推行行政首长出庭应诉。",  # a sentence of history
        "贯彻《青山县贯彻落实〈法治政府建设实施纲要（2021—2025年）〉实施方案》。",
        "县政府制定《法治政府建设实施纲要（2021—2025年）实施方案》。",  # the unit's own title, as it named it
        "学习《中华人民共和国政府信息公开条例》和《重大行政决策程序暂行条例》。",
    ],
)
def test_names_right_where_they_stand_are_left_alone(text: str) -> None:
    assert _wording(text, 2023) == []


def test_a_partys_committee_named_by_the_level_alone_is_an_info() -> None:
    """县全面依法治县委员会: the committee is the Party committee's (县委…); after a place name it is left alone."""
    got = _wording("在县全面依法治县委员会的指导下开展工作，市全面依法治市委员会听取汇报。")
    assert [(s, q) for s, q, _ in got] == [("info", "县全面依法治县委员会")]
    assert got[0][2].startswith("宜把“县全面依法治县委员会”写作“县委（市委）全面依法治×委员会”"), got
    assert _wording("青山县全面依法治县委员会召开会议，全县全面依法治县工作有序推进。") == []


def test_the_old_name_of_the_thought_with_its_last_two_words_only() -> None:
    """Its last two words alone are the old name too; after 学习 an info advising the new one (readers differ, 723e738)."""
    (got,) = _wording("深入学习习近平总书记关于全面依法治国新思想新战略。", 2024)
    assert got[:2] == ("info", "习近平总书记关于全面依法治国新思想新战略") and "习近平法治思想" in got[2]
    assert "作为学习、贯彻的对象宜改用新名称" in got[2]
    (aside,) = _wording("以习近平总书记关于全面依法治国新思想新战略为指导。", 2024)  # readers differ there
    assert aside[:2] == ("info", "习近平总书记关于全面依法治国新思想新战略")


def test_an_old_name_readers_differ_on_is_one_info_per_report() -> None:
    """行政首长出庭应诉 (the law says 行政机关负责人): some careful readers pass it, so an info, once a report;
    the name cut to 制 is told in the same finding."""
    text = "落实行政首长出庭应诉制，县长出庭应诉3次。\n行政首长出庭应诉率100%，行政首长行政诉讼出庭率100%。\n"
    assert [(s, q) for s, q, _ in _wording(text, 2023)] == [("info", "行政首长出庭应诉制")]
    (cut,) = _wording("落实行政机关负责人出庭应诉制，出庭应诉率100%。", 2023)
    assert cut[:2] == ("info", "出庭应诉制") and cut[2].startswith("宜把“出庭应诉制”写全为“出庭应诉制度”")
    (alone,) = _wording("行政首长出庭应诉率100%。", 2023)
    assert alone[:2] == ("info", "行政首长") and "行政机关负责人" in alone[2]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a way of writing it with another word: 各项职责, 制度, the name in quotes with 的……职责
        ("县长全面落实法治政府建设第一责任人各项职责，年内述法1次。\n", ["法治政府建设第一责任人各项职责"]),
        ("全镇严格落实法治建设第一责任人制度，年初签订责任书。\n", ["法治建设第一责任人制度"]),
        ("镇长把“推进法治建设第一责任人”的主要职责落到实处。\n", ["“推进法治建设第一责任人”的主要职责"]),
        # no field named: which first responsibility the words around it say (readers differ: an info that says so)
        ("（三）压紧压实第一责任人职责\n县长带头学法6次。\n", ["第一责任人职责"]),
        ("一、认真履行“第一责任人职责”\n县长带头学法6次。\n", ["第一责任人职责"]),  # the words in the quotes
        ("局长作为法治政府建设第一责任人，带头学法。\n", ["法治政府建设第一责任人"]),  # the person, another word
        # a copy cut the words another way writes in full: one way
        ("镇长压实法治建设第一责任人职责。\n书记严格履行法治建设第一责任\n", ["法治建设第一责任人职责"]),
    ],
)
def test_each_way_of_writing_the_heads_duty_short_is_told(text: str, quotes: list[str]) -> None:
    found = [f for f in _findings(text) if f.rule == "short-name"]
    assert [f.quote for f in found] == quotes
    assert all(f.severity == "info" and "可忽略" in f.message for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "县长切实履行推进法治建设第一责任人职责，带头学法4次。\n",
        "严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，切实履行好第一责任人职责。\n",
        "书记履行安全生产第一责任人职责，局长履行意识形态工作第一责任人职责。\n",
        "全县落实推进法治建设第一责任人制度，将履职情况纳入考核。\n",
    ],
)
def test_the_heads_duty_named_whole_or_referred_back_to_or_of_another_field_is_no_short_name(text: str) -> None:
    assert [f.quote for f in _findings(text) if f.rule == "short-name"] == []


@pytest.mark.parametrize(
    ("text", "quote", "why"),
    [
        # a part left out AND another changed, each in its own place (the goal of 法治政府)
        (
            "努力建设职能科学、权责法定、执法严明、公开公正、廉洁诚信、群众满意的法治政府。",
            "职能科学、权责法定、执法严明、公开公正、廉洁诚信、群众满意",
            "漏了“智能高效”，“群众满意”应为“人民满意”",
        ),
        # the shared word of the 四个亲自 changed in every part: the frame kept, its point lost (an info)
        (
            "坚持法治工作重要工作统一部署、重大问题集中过问、重点环节分级协调、重要任务限时督办。",
            "重要工作统一部署、重大问题集中过问、重点环节分级协调、重要任务限时督办",
            "各项中的“亲自”写成了“统一”“集中”“分级”“限时”",
        ),
        # every part right, in another order (an info)
        (
            "增强政治意识、核心意识、大局意识、看齐意识，推动工作落实。",
            "政治意识、核心意识、大局意识、看齐意识",
            "各项都对，次序与原文不同",
        ),
        # a list of the statutory procedures its count closes, with fewer than the 条例 has (an info)
        (
            "对重大决策事项严格履行公众参与、风险评估、合法性审查三项法定程序。",
            "公众参与、风险评估、合法性审查三项法定程序",
            "共五项，漏了“专家论证”“集体讨论决定”",
        ),
    ],
)
def test_a_formula_bent_in_more_than_one_place_or_reworded_or_miscounted(text: str, quote: str, why: str) -> None:
    assert [(text[s:e], explain(p).startswith(why)) for s, e, p, _ in bent_parts(text)] == [(quote, True)]


@pytest.mark.parametrize(
    "text",
    [
        "对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。",
        "坚持公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项法定程序。",
        "该项决策经过公众参与、合法性审查、集体讨论决定等程序。",  # no count: the steps one decision took
        "努力建设执法严明、公开公正、廉洁诚信、人民满意等目标。",  # 等: some parts named on purpose
        "对重要工作统一部署，对重大问题集中研究。",  # two of the frame's parts, no list of them
        "增强大局意识、政治意识，坚持看齐意识、核心意识。",  # two lists of two: no one citation of it
    ],
)
def test_the_formula_whole_or_a_part_of_it_named_on_purpose_is_not_bent(text: str) -> None:
    assert bent_parts(text) == ()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("组织机关干部专题研讨二十大及历次全会精神3次。\n", "二十大及历次全会"),
        ("举办二十大届三中全会精神宣讲会2场。\n", "二十大届"),
        ("中共青禾县委员会全面依法治县委员会办公室开展督察2次。\n", "青禾县委员会"),
        ("向中共青禾县全面依法治县委员会报送述法报告。\n", "青禾县"),
        ("以法治思想指导村规民约修订，用法治思想武装头脑。\n", "法治思想"),
        # a thought's name begins with 习近平: 总书记法治思想 is mended to 习近平法治思想, not 习近平总书记法治思想
        ("组织干部学习总书记法治思想。\n", "总书记"),
        ("以总书记新时代中国特色社会主义思想为指导。\n", "总书记"),
    ],
)
def test_names_built_by_their_structure_are_checked_for_any_place(text: str, quote: str) -> None:
    assert _quotes(text, "wording")[:1] == [quote]


def test_a_party_committees_body_bent_says_how_to_mend_it() -> None:
    """The quote is the place's words (青禾县委员会, 青禾县): a message that only says 有误 reads as the place named
    wrong; each of the two slips says what to write."""
    ((_, quote, message),) = _wording("中共青禾县委员会全面依法治县委员会办公室开展督察2次。")
    assert quote == "青禾县委员会" and message.startswith("请在“青禾县委员会”中把“委员会”改为“委”"), message
    ((_, quote, message),) = _wording("向中共青禾县全面依法治县委员会报送述法报告。")
    assert quote == "青禾县" and message.startswith("请在“青禾县”后补上“委”"), message


@pytest.mark.parametrize(
    "text",
    [
        "深入学习贯彻党的二十大和二十届历次全会精神。\n",
        "学习党的二十届三中全会精神。\n",
        "印发《中共青禾县委全面依法治县委员会2024年工作要点》，中共青禾县委全面依法治县委员会办公室督办。\n",
        "中共中央全面依法治国委员会印发了意见。\n",
        "树立法治思想意识，提升干部法治思想素养。\n",
    ],
)
def test_the_names_right_are_left_alone(text: str) -> None:
    assert _quotes(text, "wording") == []


def test_a_thoughts_name_with_its_title_is_mended_to_the_name_not_to_the_title() -> None:
    (found,) = _wording("组织干部学习总书记法治思想。\n")
    assert "习近平法治思想" in found[2] and "习近平总书记”" not in found[2]


def test_the_person_written_short_is_told_the_persons_name_not_the_duty() -> None:
    (found,) = [f for f in _findings("局长作为法治政府建设第一责任人，带头学法。\n") if f.rule == "short-name"]
    assert found.message.startswith("可改为规定中的名称“推进法治建设第一责任人”：")


def test_a_bare_title_after_the_full_name_in_its_paragraph_is_a_mention_again() -> None:
    """总书记 alone after 习近平总书记 in the same paragraph names him again (no finding); before it, or in a paragraph
    each bare one before it is reported — the full name is looked for once a paragraph, not once a match."""
    assert _wording("深入学习习近平总书记重要讲话，落实总书记指示要求3项。") == []
    got = _wording("落实总书记指示要求3项，深入学习习近平总书记重要讲话。")
    assert [q for _, q, _ in got] == ["总书记"]
    many = _wording("落实总书记指示要求，" * 60 + "深入学习习近平总书记重要讲话，落实总书记指示要求。")
    assert len(many) == 60, len(many)
