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
    "认识": ("干部对法治建设的", "全员的", "思想"),
    "步伐": ("法治政府建设", "数字政府建设", "改革"),
    "进程": ("法治化", "依法治县", "规范化"),
    "责任": ("普法", "第一", "主体"),
    "职责": ("监管", "法定", "审核"),
}
ADVERBS = ("", "进一步", "切实")


def _first(words: tuple[str, ...]) -> str:
    return words[0]


def slips_of(c: Collocation) -> Iterator[str]:
    """Sentences where a wrong verb governs the object at its clause's end."""
    for o in c.objects:
        for w in c.wrong:
            for i, m in enumerate(MODIFIERS[o]):
                lead, adv = LEADS[i % len(LEADS)], ADVERBS[i % len(ADVERBS)]
                yield f"{lead}{adv}{w}{m}{o}。"
                yield f"{LEADS[(i + 2) % len(LEADS)]}围绕中心工作，{w}了{m}{o}，取得明显成效。"


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
                yield f"{lead}{w}队伍建设，{m}{o}进一步{right}。"  # the object a subject
                yield f"{lead}开展“{w}{m}{o}”专项行动。"  # a campaign's name, quoted


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
CORRECT = (
    "充分认识法律顾问对提高决策质量的作用。",
    "法律顾问具有提高决策质量的作用。",
    "合法性审核起到了提高文件质量的作用。",
    "案卷评查对规范执法行为具有重要作用。",
    "严格执法具有加强监管的作用。",
    "超过时限3天以上的案件全部通报。",
    "超过规定期限10日以上的，依法处理。",
    "问题的原因是人员不足，这是编制少导致的。",
    "营造加强法治建设的良好氛围。",
    "树立提高行政效率的意识。",
    "提高运用法治方式化解矛盾的能力。",
    "增强干部运用法治思维的能力。",
    "加强队伍建设提升执法水平。",
    "加强培训，执法人员的业务水平不断提升。",
    "执法力度进一步加大，执法水平明显提高。",
    "加大执法力度和提高执法水平并重。",
    "加强组织领导，强化责任落实，加大督查力度。",
    "加强执法监督，提升执法质量。",
    "加强和改进新形势下的普法工作。",
    "全面提升依法行政能力和水平。",
    "不断提高依法行政的能力和水平。",
    "有效提升执法能力和水平。",
    "着力提升各级行政机关依法行政水平。",
    "推动全社会形成浓厚法治氛围。",
    "营造浓厚法治宣传氛围。",
    "进一步形成良好氛围。",
    "为全区经济社会发展创造良好法治环境。",
    "持续优化法治化营商环境。",
    "依法维护服务对象合法权益。",
    "积极引导人民群众依法维护自身合法权益。",
    "不断提升全县营商环境法治化水平。",
    "强化干部法治思维和法治意识。",
    "切实提高法治思维与法律意识。",
    "发挥好各类普法阵地的作用。",
    "切实发挥行政复议化解行政争议的主渠道作用。",
    "建立健全重大事项议事制度。",
    "健全矛盾纠纷预防调处化解体系。",
    "完善多元化纠纷化解机制。",
    "提高突发事件依法处置能力。",
    "加强干部队伍建设，提高干部素质。",
    "积极化解各类矛盾纠纷。",
    "及时解决群众反映的突出问题。",
    "认真整改督察发现的问题。",
    "压实普法责任，落实主体责任。",
    "加快法治政府建设步伐。",
    "扩大公共法律服务覆盖面。",
    "群众满意度达到98%以上，知晓率明显提高。",
    "进一步提高群众对法治建设的满意度。",
    "约谈企业负责人20人左右。",
    "节约办公经费约3万元。",
    "全年受理案件30件左右，办结率100%。",
    "近十多年来，我县未发生行政败诉案件。",
    "逾期3个月以上的信访事项全部清零。",
    "覆盖率达到90%以上。",
    "执法人员持证率超过95%。",
    "不少于10次。",
    "低于全省平均水平。",
    "截止到目前，共受理案件30件。",
    "截至2023年12月31日，共受理案件30件。",
    "申请期限于12月31日截止。",
    "受理案件同比增长20%，比上年增加5件。",
    "与上年相比，受理案件增长20%。",
    "开展专项整治的目的是规范执法行为。",
    "开展专项整治是为了规范执法行为。",
    "原因是多方面的，主要是人员不足。",
    "究其原因，主要是培训不够。",
    "由于历史原因，部分案卷缺失。",
    "由于人员不足，案件有所积压。",
    "我局通过开展培训，使执法人员素质明显提升。",
    "通过开展培训，执法人员素质明显提升。",
    "通过培训，干部职工的法治意识明显增强。",
    "经过整改，问题全部销号。",
    "根据《行政处罚法》规定，以事实为依据，以法律为准绳。",
    "按照上级要求，以群众满意为标准，开展评议。",
    "广大干部群众积极参与，同志们热情高涨。",
    "广大干部职工和他们的家属积极参与。",
    "防止发生群体性事件，避免出现重大失误。",
    "防止不作为、乱作为。",
    "避免不必要的程序。",
    "局党组一再重申依法决策的程序。",
    "涉及群众切身利益的事项依法公开。",
    "进一步完善机制，更加注重实效。",
    "开展“提高执法效率”专项活动。",
    "印发《关于加强执法力度的通知》。",
    "全年调解矛盾纠纷160起，调解成功率98%。",
    "强化执法监督，提高案卷质量。",
    "围绕提高行政效率，加强制度建设。",
    "以提高群众满意度为目标，强化服务意识。",
    "加大对违法行为的查处力度。",
    "加大对重点领域的执法力度。",
    "全面落实行政执法责任制。",
    "认真履行推进法治建设第一责任人职责。",
    "依法履行政府职能。",
    "提高执法人员运用法律解决问题的能力。",
    "对群众反映的问题及时整改。",
    "增强全民法治观念。",
    "提升审批效率，提高服务质量。",
    "加强执法质量考评。",
    "加强对案卷质量的评查。",
    "发挥法治在提高治理水平中的作用。",
    "发挥法律顾问在提高决策质量中的作用。",
    "加强法治宣传，提升全民法治意识。",
    "加强宣传，增强群众法律意识。",
    "近三年来100人左右受益，近三年来100多人受益。",
    "加大推进力度，充分发挥联动机制的作用。",
    "依法履行监管职责，维护市场秩序，提高政务公开透明度。",
    "增强政府的透明度和公信力。",
)

# slips written by hand in the genre's sentences, not from the tables' templates
WRITTEN_SLIPS = (
    "进一步加强对违法建设的打击力度。",
    "不断提升行政执法监督力度。",
    "切实增强基层干部依法办事的水平。",
    "全面加强案件办理质量。",
    "加强行政审批效率，优化营商环境。",
    "有效提高了法律顾问在重大决策中的作用。",
    "一是提高普法阵地的作用。",
    "努力提高法治化营商环境。",
    "切实提高群众合法权益。",
    "加大群众学法用法的意识。",
    "提升纠纷多元化解机制。",
    "进一步提高法律援助覆盖面。",
    "加强法治政府建设步伐。",
    "提高主体责任。",
    "全县行政复议纠错率大约在5%左右。",
    "参训人员约占全县干部总数的60%左右。",
    "全县村（居）法律顾问覆盖率超过95%以上。",
    "全年开展普法活动不少于20场以上。",
    "群众满意度达到近100多个百分点。",
    "复议案件败诉率低于3%以下。",
    "行政诉讼案件数量比上年下降了2倍。",
    "受理信访件较去年同比下降15%。",
    "开展此项工作的目的就是为了规范执法。",
    "出现这些问题的原因主要是基层执法力量薄弱造成的。",
    "根据《中华人民共和国行政复议法》为依据，依法办理复议案件。",
    "截止至2023年底，共办理案件56件。",
    "案件久拖不决的原因是因为证据不足。",
    "对涉及到群众切身利益的重大事项，开展风险评估。",
    "由于人员编制不足的原因，执法检查覆盖不全。",
    "通过组织旁听庭审，使干部职工的法治意识明显增强。",
    "要防止不发生重大舆情事件。",
    "感谢广大干部职工们的辛勤付出。",
    "加快推进力度。",
    "普及群众的法律意识。",
    "近100人左右参加培训。",
    "随着改革的深入，使执法更加规范。",
    "提高市场秩序。",
    "加大政务公开透明度。",
)


def test_correct_sentences_written_by_hand_give_nothing() -> None:
    flagged = [s for s in CORRECT if list(_redundant(s, None)) or list(_collocations(s, None))]
    assert flagged == []


def test_slips_written_by_hand_are_found() -> None:
    missed = [s for s in WRITTEN_SLIPS if not (list(_redundant(s, None)) or list(_collocations(s, None)))]
    assert missed == []


if __name__ == "__main__":  # the figures for a commit message
    t = _tally()
    print(f"found {len(t['found']) - len(t['missed'])}/{len(t['found'])}, false {len(t['false'])}/{len(t['silent'])}")
    print("\n".join(t["missed"][:40]))
    print("--- false")
    print("\n".join(t["false"][:60]))
