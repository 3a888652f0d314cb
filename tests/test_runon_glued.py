"""A web copy run together on one line whose first heading "一、" is glued to the words before it: a page's
breadcrumb, its 来源 or 发布日期, an opening whose colon was dropped, or (a copy cut off before "二、") a
lone "一、" whose "一是" follows its first sentence. The parts are found; "一、" ending a word is no heading."""

from __future__ import annotations

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.model import Document
from drafter.readers.txt import read_text

TITLE = "青禾县石桥镇2023年度法治政府建设情况报告"
OPENING = "2023年，石桥镇坚持依法行政，全面推进法治政府建设，现将有关情况报告如下："
BODY = (
    "一、主要举措和成效（一）加强组织领导。镇党委召开会议4次专题研究法治建设工作，成立以镇长为组长的领导小组。"
    "（二）深化普法宣传。开展宪法宣传教育活动12场，覆盖群众3000人次。"
    "（三）规范行政执法。全年办理行政处罚案件26件，评查执法案卷30卷，发现问题5个并全部整改。"
    "（四）化解矛盾纠纷。全镇调解委员会受理纠纷85件，调解成功82件，成功率96.5%。"
    "二、存在的不足和原因 一是执法人员力量不足，原因是编制紧张；二是普法形式单一，原因是投入不够。"
    "三、党政主要负责人履行推进法治建设第一责任人职责情况 镇长主持召开专题会议3次研究法治政府建设，带头会前学法4次。"
    "四、下一年度主要安排 一是加强执法队伍建设；二是创新普法形式。"
)
PARTS = ("measures", "shortcomings", "duties", "plan")

GLUED = {
    "breadcrumb": "当前位置：首页 > 政务公开 > 法治政府建设" + BODY,
    "source": f"{TITLE} 来源：石桥镇人民政府" + BODY,
    "date": f"{TITLE} 发布日期：2024-03-21" + BODY,
    "colon dropped": f"{TITLE} " + OPENING.rstrip("：") + BODY,
}


def _statuses(doc: Document) -> tuple[str, ...]:
    res = check(doc, checklists.load("township"), year=2023)
    return tuple(res.parts[p].status for p in PARTS)


def _heads(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == "heading" and b.level == 1]


@pytest.mark.parametrize("case", sorted(GLUED))
def test_a_first_heading_glued_to_the_words_before_it_opens_the_measures(case: str) -> None:
    doc = read_text(GLUED[case] + "\n")
    assert _heads(doc)[:1] == ["一、主要举措和成效"], case
    assert _statuses(doc) == ("present",) * 4, case


def test_the_page_words_before_the_heading_are_set_aside() -> None:
    doc = read_text(GLUED["source"] + "\n")
    assert "来源：石桥镇人民政府" in [b.text for b in doc.blocks if b.role == "debris"]


@pytest.mark.parametrize("word", ["坚持多规合一、集约发展", "每周一、周四开展法律咨询", "做到始终如一、久久为功"])
def test_a_word_ending_in_yi_before_a_strong_er_is_no_first_heading(word: str) -> None:
    """The copy lost its "一、": "合一、", "周一、" in the opening is no heading even though "二、" follows."""
    text = f"{TITLE} 2023年，石桥镇{word}，全面推进法治政府建设。" + BODY.replace("一、主要举措和成效", "")
    doc = read_text(text + "\n")
    assert not any(h.startswith("一、") for h in _heads(doc)), word
    assert any(b.text.startswith(f"2023年，石桥镇{word}") for b in doc.blocks), word


CUT = (  # a copy cut off before its "二、": only the first heading, its title run into its first sentence
    f"{TITLE}"
    + OPENING.replace("现将有关情况报告如下：", "为全镇发展提供了法治保障。")
    + "一、坚持党的领导，压实法治建设责任坚持“学习在先”，以习近平法治思想引领法治政府建设。"
    "一是深化理论学习。镇党委理论学习中心组专题学习习近平法治思想4次，举办法治讲座2场，"
    "组织全镇干部参加法律知识考试，参考率100%。二是压实工作责任。镇党委、镇政府主要负责人主持召开会议"
    "研究法治建设工作5次，及时解决法治建设中的具体问题。三是健全推进机制。制定年度工作要点，"
    "将法治建设纳入全镇综合考核，对各村和站所开展督促检查2次，通报问题8个并限期整改到位。"
    "四是加强队伍建设。组织执法人员参加业务培训6期，培训120人次，全镇持证执法人员达到32名。"
)


def test_a_lone_first_heading_followed_by_its_yi_shi_is_a_heading() -> None:
    doc = read_text(CUT + "\n")
    heads = _heads(doc)
    assert len(heads) == 1 and heads[0].startswith("一、坚持党的领导")
    assert _statuses(doc)[0] == "present"


def test_a_lone_yi_two_sentences_before_its_yi_shi_is_no_heading() -> None:
    """With a second sentence between them, "一、" and "一是" are not a heading and its first sentence."""
    text = CUT.replace("法治政府建设。一是", "法治政府建设。全镇上下形成合力。一是")
    assert _heads(read_text(text + "\n")) == []
