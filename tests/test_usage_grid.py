"""redundancy and collocation over a grid of sentences made from their own tables (``checklists/usage.toml``):
every entry's words in the genre's sentence shapes are found, and the same words in correct sentences of
the same shape (another clause, a right verb beside the object, the object not the verb's, a figure with
one word of approximation) give nothing. No sentence is tuned to one report; the grid grows with the table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from drafter.checks.usage import Collocation, Pair, _collocations, _redundant, usage

LEADS = ("", "2023年，我局", "一是", "（二）", "下一步，将进一步")

# modifiers an object takes in the genre, by the object
MODIFIERS = {
    "力度": ("执法", "重点领域执法", "普法宣传"),
    "水平": ("依法行政", "执法人员的业务", "政务服务"),
    "建设": ("法治文化", "执法队伍", "法治政府"),
    "态势": ("依法行政", "齐抓共管的工作", "良好发展"),
    "效率": ("审批", "案件办理", "行政复议工作"),
    "质量": ("案卷", "行政复议案件审理", "执法"),
    "质效": ("执法", "审批服务", "复议"),
    "效能": ("行政", "监管", "执法"),
    "意识": ("干部职工的法治", "群众的法律", "全员安全"),
    "能力": ("依法行政", "干部的履职", "应急处置"),
    "素质": ("执法人员的业务", "干部", "队伍"),
    "素养": ("干部的法治", "全员法治", "执法人员的法律"),
    "本领": ("依法办事", "干部的履职", "执法"),
    "作用": ("法律顾问在决策中的", "人民调解的", "普法阵地的"),
    "氛围": ("全社会学法守法的", "机关学法", "良好的法治"),
    "环境": ("法治化营商", "全县法治", "公平竞争的市场"),
    "权益": ("群众的合法", "企业合法", "未成年人合法"),
    "权利": ("当事人的陈述", "群众的知情", "申请人的"),
    "矛盾": ("基层", "各类社会", "邻里"),
    "纠纷": ("各类", "邻里", "婚姻家庭"),
    "矛盾纠纷": ("基层", "各类", "涉企"),
    "问题": ("群众反映的突出", "执法不规范", "历史遗留"),
    "制度": ("会前学法", "法律顾问", "执法全过程记录"),
    "机制": ("纠纷化解", "部门联动", "合法性审核"),
    "体系": ("公共法律服务", "考核评价", "应急预案"),
    "体制": ("综合执法", "行政执法", "监管"),
    "覆盖面": ("普法宣传", "法律顾问", "公共法律服务"),
    "范围": ("政务公开", "法律援助", "服务"),
    "知晓率": ("群众法治", "政策", "民法典"),
    "满意度": ("群众", "企业", "办事群众的"),
    "满意率": ("群众", "企业", "来访群众"),
    "覆盖率": ("法律顾问", "公共法律服务", "村居法律顾问"),
    "参与率": ("群众", "干部", "学法考试"),
    "知晓度": ("群众", "政策", "法律"),
    "出庭率": ("负责人", "行政机关负责人", "首长"),
    "办结率": ("复议案件", "信访事项", "诉求"),
    "合格率": ("案卷", "执法案卷", "评查"),
    "准确率": ("审核", "执法", "信息公开"),
    "到位率": ("整改", "执法", "责任"),
    "透明度": ("政务公开", "权力运行", "决策"),
    "公信力": ("政府", "执法", "司法"),
    "秩序": ("市场", "网络", "社会治安"),
    "作风": ("机关", "干部队伍的工作", "执法人员的"),
    "理念": ("依法行政", "服务", "法治"),
    "底线": ("安全", "廉洁", "依法行政"),
    "红线": ("耕地", "生态保护", "政策"),
    "基础": ("基层法治", "工作", "法治建设"),
    "根基": ("法治", "基层治理", "群众"),
    "成效": ("普法", "整治", "执法"),
    "实效": ("普法宣传", "学法", "培训"),
    "效果": ("普法", "宣传", "培训"),
    "短板": ("基层执法", "法治建设", "队伍建设"),
    "弱项": ("执法", "基层", "工作"),
    "义务": ("纳税", "法定", "普法"),
    "数量": ("案件", "执法检查", "规范性文件"),
    "规模": ("公职律师队伍", "调解员队伍", "法律援助"),
    "投入": ("经费", "普法经费", "信息化建设"),
    "认识": ("干部对法治建设的", "全员的", "思想"),
    "步伐": ("法治政府建设", "数字政府建设", "改革"),
    "进程": ("法治化", "依法治县", "规范化"),
    "责任": ("普法", "第一", "主体"),
    "职责": ("监管", "法定", "审核"),
}
ADVERBS = ("", "进一步", "切实")


def _first(words: tuple[str, ...]) -> str:
    return words[0]


DEGREES = ("明显", "得到", "不断", "进一步")


def slips_of(c: Collocation) -> Iterator[str]:
    """Sentences where a wrong verb governs the object at its clause's end, or is its predicate."""
    for o in c.objects:
        for w in c.wrong:
            for i, m in enumerate(MODIFIERS[o]):
                lead, adv = LEADS[i % len(LEADS)], ADVERBS[i % len(ADVERBS)]
                yield f"{lead}{adv}{w}{m}{o}。"
                yield f"{LEADS[(i + 2) % len(LEADS)]}围绕中心工作，{w}了{m}{o}，取得明显成效。"
                if c.predicate:
                    yield f"经过一年努力，{m}{o}{DEGREES[i % len(DEGREES)]}{w}。"


def near_misses_of(c: Collocation) -> Iterator[str]:
    """The same verbs and objects in correct sentences."""
    right = _first(c.right)
    for o in c.objects:
        for w in c.wrong:
            for i, m in enumerate(MODIFIERS[o]):
                lead = LEADS[i % len(LEADS)]
                yield f"{lead}{right}{m}{o}。"  # the right verb
                yield f"{lead}{w}组织领导，{right}{m}{o}。"  # the wrong verb in another clause
                yield f"{lead}{w}和{right}{m}{o}。"  # a right verb beside the object
                yield f"{lead}{w}对{m}{o}的监督检查。"  # the object not the verb's
                yield f"{lead}{w}队伍管理，{m}{o}进一步{right}。"  # the object a subject
                yield f"{lead}开展“{w}{m}{o}”专项行动。"  # a campaign's name, quoted
                yield f"经过一年努力，{m}{o}{DEGREES[i % len(DEGREES)]}{right}。"  # the right predicate
                yield f"{m}{o}{w}工作扎实推进，{m}{o}明显{right}了。"  # the verb another subject's


# redundancy: for each entry (by its first word), sentences with {a} (a first word) and {b} (a second word):
# those that hold the slip, and correct ones with the same words nearby
PAIRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "目的是为了": (
        ("开展专项整治的{a}规范执法行为。", "制定清单，{a}明确职责边界。", "一是建立台账，{a}推动问题整改。"),
        ("开展专项整治的目的是规范执法行为。", "开展专项整治是为了规范执法行为。", "为了实现目的，开展专项整治。"),
    ),
    "原因是因为": (
        ("出现问题的{a}人员不足。", "案件积压的主要{a}编制少。", "其{a}基层力量薄弱。"),
        ("出现问题的原因是人员不足。", "出现问题是因为人员不足。", "原因是多方面的，因为人员不足，工作滞后。"),
    ),
    "每月月度": (
        ("在局{a}工作例会上汇报法治建设情况。", "坚持召开{a}例会，研究执法问题。", "一是落实{a}分析制度。"),
        (
            "在局月度工作例会上汇报法治建设情况。",
            "坚持每月召开例会，研究执法问题。",
            "一是落实每月一次的月度分析制度。",
        ),
    ),
    "截止至": (
        ("{a}2023年底，共审核文件12件。", "{a}目前，已办结案件30件。", "{a}12月31日，全部整改到位。"),
        ("截至2023年底，共审核文件12件。", "截止到目前，已办结案件30件。", "申报于12月31日截止，至今已受理20件。"),
    ),
    "原因是": (
        ("执法不规范的{a}培训不够{b}。", "问题{a}人员少、任务重{b}。", "积案较多的{a}基层力量不足{b}；"),
        (
            "执法不规范的原因是培训不够。",
            "执法不规范是培训不够造成的。",
            "原因是培训不够，造成执法不规范的问题。",
        ),
    ),
    "根据": (
        ("{a}《行政处罚法》{b}，规范裁量。", "{a}上级要求{b}，制定方案。", "我局{a}评查标准{b}开展评查。"),
        ("根据《行政处罚法》，以事实为依据，规范裁量。", "以上级要求为依据，制定方案。", "我局根据评查标准开展评查。"),
    ),
    "借助为契机": (
        (
            "{a}“宪法宣传周”{b}，开展集中宣传。",
            "{a}全民国家安全教育日{b}开展宣传。",
            "一是{a}法律顾问{b}，审核合同20份。",
        ),
        (
            "以“宪法宣传周”为契机，开展集中宣传。",
            "借“宪法宣传周”之机，开展集中宣传。",
            "借助以普法阵地为载体的平台开展宣传，通过微信公众号推送信息。",
        ),
    ),
    "紧紧围绕为中心": (
        ("{a}法治政府建设{b}，统筹推进各项工作。", "{a}依法行政{b}开展工作。", "一是{a}群众需求{b}，优化服务。"),
        (
            "紧紧围绕法治政府建设，统筹推进各项工作。",
            "坚持以人民为中心，围绕以人民为中心的发展思想开展工作。",
            "本着公开公正的原则，坚持把依法行政作为重点。",
        ),
    ),
    "主要以为主": (
        ("培训{a}集中授课{b}。", "宣传{a}线上推送{b}。", "调解方式{a}人民调解{b}。"),
        ("培训以集中授课为主。", "培训主要是集中授课。", "培训主要以集中授课的形式开展，以线上为辅。"),
    ),
    "大约左右": (
        ("全年受理{a}30件{b}。", "参训人员{a}占全县干部的30%{b}。", "整改时间{a}3个月{b}。"),
        ("全年受理约30件。", "全年受理30件左右。", "约谈企业负责人30人左右，节约经费3万元左右。"),
    ),
    "大约余": (
        ("全年受理{a}30{b}件。", "培训干部{a}1000{b}人次。", "节约经费{a}十{b}万元。"),
        ("全年受理约30件。", "全年受理30余件。", "约谈企业负责人10余人，组织约10人多次参加培训。"),
    ),
    "将近左右": (
        ("参加学法考试的{a}100人{b}。", "覆盖率{a}90%{b}。", "受益群众{a}千人次{b}。"),
        ("参加学法考试的近100人。", "参加学法考试的100人左右。", "近三年来，附近100人左右受益。"),
    ),
    "将近": (
        ("参加学法考试的{a}100{b}人。", "覆盖率{a}90%{b}。", "受益群众{a}千{b}人次。"),
        ("参加学法考试的近100人。", "参加学法考试的100多人。", "近十多年来，附近100多户群众受益。"),
    ),
    "超过以上": (
        ("覆盖率{a}90%{b}。", "群众满意度{a}95%{b}。", "参会人员{a}半数{b}。"),
        ("覆盖率超过90%。", "覆盖率达到90%以上。", "逾期3个月以上的案件全部清理，以上工作超过预期。"),
    ),
    "超过多": (
        ("参训人员{a}100{b}人。", "受理案件{a}30{b}件。", "服务群众{a}一千{b}人次。"),
        ("参训人员超过100人。", "参训人员100多人。", "超过规定时限3天以上的，以上案件超过100件，多次督办。"),
    ),
    "低于": (
        ("败诉率{a}5%{b}。", "办理时限{a}3个工作日{b}。", "纠错率{a}1%{b}。"),
        ("败诉率低于5%。", "败诉率在5%以下。", "办理时限在3个工作日以内，不超过规定时限。"),
    ),
    "降低": (
        ("行政诉讼案件数量{a}了2{b}。", "复议纠错率比上年{a}1{b}。", "办理时限{a}3{b}。"),
        ("行政诉讼案件数量下降了三分之二。", "办理量增长了2倍，时限降低了一半。", "办理时限缩短到原来的三分之一。"),
    ),
    "与上年同期相比": (
        ("受理案件{a}{b}增长20%。", "收案数{a}{b}下降5%。", "办结率{a}{b}提高3个百分点。"),
        ("受理案件同比增长20%。", "受理案件比上年增长20%。", "与上年同期相比，受理案件增长20%。"),
    ),
    "与上月相比": (
        ("受理件数{a}{b}增长10%。", "诉求量{a}{b}下降。", "办结量{a}{b}上升。"),
        ("受理件数环比增长10%。", "受理件数比上月增长10%。", "与上月相比，受理件数增长10%。"),
    ),
    "避免不发生": (
        ("加强研判，{a}群体性事件。", "做好预警，{a}。", "落实责任，{a}重大案件。"),
        ("加强研判，避免发生群体性事件。", "加强研判，防止不作为、乱作为。", "避免不必要的程序，防止出现重大案件。"),
    ),
    "进行开展": (
        ("全年{a}专项检查3次。", "对重点领域{a}执法检查。", "一是{a}法治宣传活动。"),
        ("全年开展专项检查3次。", "全年进行专项检查3次，开展执法检查。", "对开展情况进行检查，进行了开展前的准备。"),
    ),
    "进行实施": (
        ("对规划{a}评估。", "全年{a}专项整治3次。", "一是{a}集中清理。"),
        ("对规划实施评估。", "对实施情况进行评估。", "对规划进行实施前评估。"),
    ),
    "提高提升": (
        ("{a}执法水平。", "一是{a}服务质量。", "进一步{a}办案效率。"),
        ("提高、提升执法水平。", "提高执法水平，提升服务质量。", "提高认识，提升能力。"),
    ),
    "推动推进": (
        ("{a}法治政府建设。", "一是{a}依法行政。", "进一步{a}普法工作。"),
        ("推动、推进法治政府建设。", "推动法治政府建设，推进依法行政。", "推进法治建设，推动发展。"),
    ),
    "加强强化": (
        ("{a}执法监督。", "一是{a}队伍建设。", "进一步{a}依法行政工作。"),
        (
            "加强、强化执法监督。",
            "建立健全执法监督制度，健全完善工作机制。",
            "加强执法监督，强化队伍建设，提高提案质量。",
        ),
    ),
    "根据按照": (
        ("{a}县委的部署，开展专项整治。", "一是{a}上级要求，完善制度。", "{a}《行政处罚法》规定，规范裁量。"),
        (
            "根据县委的部署，按照上级要求开展专项整治。",
            "根据、按照上级要求，完善制度。",
            "按照规定，根据实际开展检查。",
        ),
    ),
    "落实实施": (
        ("全面{a}执法公示制度。", "一是{a}总分馆制度。", "严格{a}合法性审核制度。"),
        ("全面落实实施方案确定的任务。", "认真落实实施意见，制定实施细则。", "落实、实施执法公示制度。"),
    ),
    "履行责任职责": (
        ("班子成员切实{a}。", "一是{a}，带头学法。", "各部门认真{a}，形成合力。"),
        ("班子成员切实履行职责。", "落实主体责任，履行监管职责。", "压实责任，明确职责。"),
    ),
    "践行落实": (
        ("深入{a}习近平法治思想。", "一是{a}新发展理念。", "认真{a}以人民为中心的发展思想。"),
        ("深入践行习近平法治思想。", "践行、落实新发展理念。", "践行宗旨，落实责任。"),
    ),
    "切忌不要": (
        ("执法中{a}简单粗暴。", "{a}搞形式主义。", "整改{a}敷衍了事。"),
        ("执法中切忌简单粗暴。", "执法中不要简单粗暴。", "切忌形式主义，不要敷衍。"),
    ),
    "各位": (
        ("感谢{a}干部职工{b}的支持。", "{a}群众{b}积极参与。", "{a}法律顾问{b}提出意见。"),
        ("感谢广大干部职工的支持。", "广大群众和他们的家属积极参与。", "同志们积极参与，各位顾问提出意见。"),
    ),
    "涉及到": (
        ("{a}群众切身利益的事项，依法公开。", "审核中{a}的法律问题，征求顾问意见。", "凡{a}重大决策的，集体讨论。"),
        ("涉及群众切身利益的事项，依法公开。", "审核中涉及的法律问题，征求顾问意见。", "凡涉及重大决策的，集体讨论。"),
    ),
    "再次重申": (
        ("会上{a}纪律要求。", "局党组{a}依法决策的程序。", "{a}执法“十不准”。"),
        ("会上重申纪律要求。", "会上再次强调纪律要求。", "局党组一再重申依法决策的程序。"),
    ),
    "至今为止": (
        ("{a}，已办结案件30件。", "{a}未发生行政败诉。", "全年{a}无复议纠错。"),
        ("迄今为止，已办结案件30件。", "至今未发生行政败诉。", "到目前为止无复议纠错。"),
    ),
    "进一步更加": (
        ("{a}注重依法决策。", "将{a}完善机制。", "{a}突出重点。"),
        ("进一步注重依法决策。", "更加注重依法决策。", "进一步完善机制，更加突出重点。"),
    ),
    "截至": (
        ("{a}2023年12月31日{b}，共办结30件。", "{a}目前{b}，已整改20项。", "{a}年底{b}全部清零。"),
        ("截至2023年12月31日，共办结30件。", "到目前为止，已整改20项。", "截止日期为年底，到年底为止全部清零。"),
    ),
    "由于": (
        ("{a}人员不足{b}，案件积压。", "{a}编制少{b}，工作滞后。", "{a}经费短缺{b}，进度缓慢。"),
        ("由于人员不足，案件积压。", "由于历史原因，案件积压。", "因为人员不足的原因分析不够，工作滞后。"),
    ),
    "通过": (
        (
            "{a}开展培训{b}执法人员素质明显提升。",
            "2023年，{a}集中学法{b}干部法治意识增强。",
            "一是{a}专项整治{b}群众满意度提高。",
        ),
        (
            "我局通过开展培训，使执法人员素质明显提升。",
            "通过开展培训，执法人员素质明显提升。",
            "开展培训，使执法人员素质明显提升。",
        ),
    ),
}


def _key(p: Pair) -> str:
    """An entry's name in ``PAIRS``: its first words, its first second word where two entries share them."""
    key = p.first[0] + (p.second[0] if p.second else "")
    return key if key in PAIRS else p.first[0]


def _pairs_grid() -> Iterator[tuple[Pair, str, bool]]:
    for p in usage().pairs:
        found, silent = PAIRS[_key(p)]
        firsts = p.first[:4]
        seconds = p.second[:3] or ("",)
        for k, template in enumerate(found):
            for a in firsts:
                yield p, template.format(a=a, b=seconds[k % len(seconds)]), True
        for s in silent:
            yield p, s, False


def _collocations_grid() -> Iterator[tuple[Collocation, str, bool]]:
    for c in usage().collocations:
        yield from ((c, s, True) for s in slips_of(c))
        yield from ((c, s, False) for s in near_misses_of(c))


def _tally() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"missed": [], "false": [], "found": [], "silent": []}
    for p, s, slip in _pairs_grid():
        got = [sev for _, _, sev, _ in _redundant(s, None)]
        out["found" if slip else "silent"].append(s)
        if slip and not got:
            out["missed"].append(f"{p.first[0]}: {s}")
        if not slip and got:
            out["false"].append(f"{p.first[0]}: {s}")
    for c, s, slip in _collocations_grid():
        got = [sev for _, _, sev, _ in _collocations(s, None)]
        out["found" if slip else "silent"].append(s)
        if slip and not got:
            out["missed"].append(f"{c.objects[0]}: {s}")
        if not slip and got:
            out["false"].append(f"{c.objects[0]}: {s}")
    return out


@pytest.fixture(scope="module")
def tally() -> dict[str, list[str]]:
    return _tally()


def test_every_entry_has_its_grid() -> None:
    """Each [[redundant]] entry has its sentences here, each object its modifiers: a new entry needs both."""
    assert all(_key(p) in PAIRS for p in usage().pairs)
    assert all(o in MODIFIERS for c in usage().collocations for o in c.objects)


def test_no_correct_sentence_flagged(tally: dict[str, list[str]]) -> None:
    assert len(tally["silent"]) >= 3 * (len(usage().pairs) + len(usage().collocations))
    assert tally["false"] == []


def test_slips_found(tally: dict[str, list[str]]) -> None:
    assert len(tally["found"]) >= 3 * (len(usage().pairs) + len(usage().collocations))
    assert len(tally["missed"]) <= len(tally["found"]) // 20, tally["missed"][:20]


# correct sentences of the genre, written by hand: the tables' verbs, objects and words in other constructions


if __name__ == "__main__":  # the figures for a commit message
    t = _tally()
    print(f"found {len(t['found']) - len(t['missed'])}/{len(t['found'])}, false {len(t['false'])}/{len(t['silent'])}")
    print("\n".join(t["missed"][:40]))
    print("--- false")
    print("\n".join(t["false"][:60]))
