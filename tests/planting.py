"""The planting harness: errors written the way reports write them, planted into the seed reports.

The seeds are read in place (``../shared/corpus/seeds``); each planting is a sentence (or a
paragraph opening) put at the start of a paragraph of the part it belongs to, and the report is
checked again. Phrasings are generated from many independent pieces (verbs, objects, connectors,
units, leads, rate names), so no one seed's wording is what the rules learn.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter import checklists
from drafter.boilerplate import fragments
from drafter.checks import Result, check
from drafter.model import Document
from drafter.readers.txt import read_text

LEADS = [
    "全年",
    "全年共",
    "本年度",
    "年内",
    "截至12月底，",
    "一年来，",
    "",
    "今年",
    "全县",
    "我局全年",
    "各级行政机关全年",
    "县政府本级",
    "全乡",
    "我镇全年",
]
OBJECTS = [
    "行政复议申请",
    "行政复议案件",
    "信访事项",
    "群众来信来访事项",
    "政府信息公开申请",
    "12345热线工单",
    "人大代表建议",
    "政协委员提案",
    "投诉举报",
    "民生诉求",
    "依申请公开件",
    "行政裁决申请",
]
WHOLE = ["受理", "收到", "接收", "受理各类", "共受理", "依法受理", "登记", "新收"]
PART = ["办结", "审结", "按期办结", "依法办结", "已办结", "办理完毕", "答复", "全部答复", "结案"]
RATE_OF = {
    "办结": ["办结率", "按期办结率"],
    "审结": ["审结率", "结案率"],
    "按期办结": ["按期办结率", "办结率"],
    "依法办结": ["办结率"],
    "已办结": ["办结率"],
    "办理完毕": ["办结率"],
    "答复": ["答复率"],
    "全部答复": ["答复率"],
    "结案": ["结案率"],
}  # reports name a rate after its part
LINK = ["，", "，其中", "，已", "，现已", "，依法", "，截至年底", "，年内", "；"]
UNITS = ["件", "件", "件", "起", "条", "项"]
DISPUTES = ["矛盾纠纷", "各类矛盾纠纷", "邻里纠纷", "婚姻家庭纠纷", "土地权属纠纷", "物业纠纷"]
D_WHOLE = ["排查", "调处", "调解", "摸排", "受理"]
D_PART = ["调解成功", "调处成功", "成功调解", "成功化解", "化解"]
D_RATE = ["调解成功率", "调处成功率", "成功率", "化解率"]
RATES = ["办结率", "按期办结率", "结案率", "答复率", "审结率"]
RATE_VERB = ["", "为", "达", "达到", "达到了", "实现"]
ACTIVITIES = [
    ("组织法治培训", "次"),
    ("开展案卷评查", "次"),
    ("举办普法讲座", "场"),
    ("发放宣传资料", "份"),
    ("开展执法检查", "次"),
    ("培训执法人员", "人次"),
    ("召开专题会议", "次"),
    ("走访企业", "家"),
    ("评查行政执法案卷", "卷"),
    ("开展专项督查", "次"),
    ("组织旁听庭审", "次"),
    ("公开政府信息", "条"),
]
OTHER_RATES = [
    "案卷合格率",
    "群众满意率",
    "法治宣传覆盖率",
    "群众知晓率",
    "政务公开率",
    "规范性文件备案率",
    "持证率",
    "网上可办率",
    "执法公示率",
    "群众满意度测评优良率",
    "培训参训率",
    "考试合格率",
]
TARGETS = ["力争达到{r}以上", "不低于{r}", "确保达到{r}", "保持在{r}以上", "稳定在{r}", "目标为{r}以上"]
STALE_OPEN = [
    "{y}年，我县",
    "{y}年，我乡",
    "{y}年，我局",
    "{y}年，县政府",
    "{y} 年，我镇",
    "{y}年我县",
    "{y}年度，全县",
    "{y}年，在县委、县政府的坚强领导下，我办",
    "{y}年，我单位",
    "{y}年上半年，我镇",
    "{y}年，乡党委、乡政府",
    "{y}年全年，我局",
    "{y}年，全乡上下",
]
STALE_REST = [
    "深入推进依法行政，各项工作取得新进展。",
    "坚持以习近平法治思想为指导，扎实推进法治政府建设。",
    "持续加强行政执法监督，开展案卷评查2次。",
    "共受理行政复议案件12件，全部依法办结。",
    "组织领导干部集中学法4次，法治意识明显增强。",
    "制定印发年度法治政府建设工作要点，明确重点任务26项。",
]
STALE_BASIS = [
    "按照《{u}{y}年法治政府建设工作要点》要求，",
    "根据《{y}年全县法治政府建设工作要点》，",
    "对照《{y}年度法治政府建设工作计划》，",
    "严格落实《{y}年法治政府建设重点任务清单》，",
    "依据《{u}{y}年度依法行政工作要点》，",
]
COMPARE = [
    "较{y}年增长12%，",
    "与{y}年相比减少3件，",
    "{y}年以来累计培训执法人员860人次，",
    "同比{y}年上升5个百分点，",
    "比{y}年多出6件，",
    "自{y}年起连续两年保持零败诉，",
]


@dataclass(frozen=True)
class Plant:
    text: str  # the planted words
    part: str  # the part whose paragraph it opens
    kind: str  # what the planting is (for the figures reported)


def _n(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def wrong_figures(rng: random.Random) -> Iterator[Plant]:
    """Counts that cannot hold, and rates that do not match or exceed 100%: each should be found."""
    while True:
        kind = rng.choice(["exceed", "rate", "dispute-exceed", "dispute-rate", "over-100"])
        u = rng.choice(UNITS)
        lead, obj = rng.choice(LEADS), rng.choice(OBJECTS)
        w = _n(rng, 8, 400)
        if kind == "exceed":
            p = w + _n(rng, 1, 40)
            text = f"{lead}{rng.choice(WHOLE)}{obj}{w}{u}{rng.choice(LINK)}{rng.choice(PART)}{p}{u}。"
        elif kind == "rate":
            p = _n(rng, max(1, w // 3), w - 1)
            wrong = min(100.0, p / w * 100 + rng.choice([-1, 1]) * rng.uniform(4, 30))
            verb = rng.choice(PART)
            text = (
                f"{lead}{rng.choice(WHOLE)}{obj}{w}{u}，{verb}{p}{u}，"
                f"{rng.choice(RATE_OF[verb])}{rng.choice(RATE_VERB)}{_pct(rng, max(wrong, 1.0))}。"
            )
        elif kind == "dispute-exceed":
            p = w + _n(rng, 1, 60)
            text = f"{lead}{rng.choice(D_WHOLE)}{rng.choice(DISPUTES)}{w}{u}，{rng.choice(D_PART)}{p}{u}。"
        elif kind == "dispute-rate":
            p = _n(rng, max(1, w // 3), w - 1)
            wrong = min(100.0, p / w * 100 + rng.choice([-1, 1]) * rng.uniform(4, 30))
            text = (
                f"{lead}{rng.choice(D_WHOLE)}{rng.choice(DISPUTES)}{w}{u}，{rng.choice(D_PART)}{p}{u}，"
                f"{rng.choice(D_RATE)}{rng.choice(RATE_VERB)}{_pct(rng, max(wrong, 1.0))}。"
            )
        else:
            text = (
                f"{lead}{rng.choice(WHOLE)}{obj}{w}{u}，{rng.choice(RATES + D_RATE + ['出庭应诉率'])}"
                f"{rng.choice(RATE_VERB)}{_n(rng, 101, 180)}%。"
            )
        yield Plant(text, "measures", kind)


def right_figures(rng: random.Random) -> Iterator[Plant]:
    """Figures that hold, rates beside unrelated counts, and targets: none is a finding."""
    while True:
        kind = rng.choice(["unrelated", "unrelated", "consistent", "target"])
        if kind == "unrelated":
            acts = rng.sample(ACTIVITIES, rng.randint(2, 3))
            parts = "，".join(f"{a}{_n(rng, 2, 300)}{u}" for a, u in acts)
            text = f"{rng.choice(LEADS)}{parts}，{rng.choice(OTHER_RATES)}{rng.choice(RATE_VERB)}{_n(rng, 85, 100)}%。"
        elif kind == "consistent":
            u, w = rng.choice(UNITS), _n(rng, 8, 400)
            p = _n(rng, max(1, w // 2), w)
            text = (
                f"{rng.choice(LEADS)}{rng.choice(WHOLE)}{rng.choice(OBJECTS)}{w}{u}，{rng.choice(PART)}{p}{u}，"
                f"{rng.choice(RATES)}{rng.choice(RATE_VERB)}{p / w * 100:.1f}%。"
            )
        else:
            u, w = rng.choice(UNITS), _n(rng, 8, 400)
            target = rng.choice(TARGETS).format(r=f"{_n(rng, 90, 100)}%")
            text = f"{rng.choice(LEADS)}{rng.choice(WHOLE)}{rng.choice(OBJECTS)}{w}{u}，{rng.choice(RATES)}{target}。"
        yield Plant(text, "measures", kind)


def _pct(rng: random.Random, v: float) -> str:
    return f"{v:.1f}%" if rng.random() < 0.5 else f"{round(v)}%"


def stale_years(rng: random.Random, year: int, unit: str) -> Iterator[Plant]:
    """Last year in the body: a paragraph opening with it, last year's 工作要点 cited as the basis."""
    while True:
        y = year - 1
        if rng.random() < 0.6:
            text = rng.choice(STALE_OPEN).format(y=y) + rng.choice(STALE_REST)
            kind = "opening"
        else:
            text = rng.choice(STALE_BASIS).format(y=y, u=unit) + rng.choice(STALE_REST)
            kind = "basis"
        yield Plant(text, rng.choice(["measures", "measures", "duties"]), kind)


def comparisons(rng: random.Random, year: int) -> Iterator[Plant]:
    """Last year named only to compare with it: never a stale year."""
    while True:
        text = (
            "全年"
            + rng.choice(["受理行政复议案件", "组织培训", "办理信访事项"])
            + f"{_n(rng, 5, 90)}件，"
            + rng.choice(COMPARE).format(y=year - 1)
            + rng.choice(["工作成效明显。", "执法质量稳步提升。", "群众满意度持续提高。"])
        )
        yield Plant(text, "measures", "comparison")


def planted(doc_text: str, plant: Plant, at: tuple[int, str]) -> str:
    """``doc_text`` with ``plant`` opening the paragraph that starts with ``at[1]`` on source line ``at[0]``
    (after a run-in heading on the same line, if any)."""
    line, anchor = at
    lines = doc_text.split("\n")
    raw = lines[line - 1]
    i = raw.find(anchor)
    i = len(raw) - len(raw.lstrip()) if i < 0 else i
    lines[line - 1] = raw[:i] + plant.text + raw[i:]
    return "\n".join(lines)


@dataclass
class Seed:
    path: Path
    text: str
    doc: Document
    result: Result
    checklist: checklists.Checklist


def load_seed(path: Path) -> Seed:
    from drafter.readers.txt import decode

    text = decode(path.read_bytes()).replace("\r\n", "\n")
    doc = read_text(text, str(path))
    reg = checklists.registry()
    cl = reg.types[reg.infer(doc.meta.unit) or "county_gov"]
    return Seed(path, text, doc, check(doc, cl, boilerplate=fragments()), cl)


def paragraph_lines(seed: Seed, part: str) -> list[tuple[int, str]]:
    """(source line, its first words) of the paragraphs of ``part`` a planting can open."""
    pr = seed.result.parts[part]
    if pr.status != "present":
        pr = seed.result.parts["measures"]
    raw = seed.text.split("\n")
    return [
        (b.line, b.text[:6])
        for b in pr.blocks
        if b.kind == "paragraph" and b.role == "body" and len(b.text) > 30 and b.text[:6] in raw[b.line - 1]
    ]


def run(seed: Seed, text: str) -> Result:
    doc = read_text(text, str(seed.path))
    return check(doc, seed.checklist, boilerplate=fragments())


@dataclass
class Tally:
    """How many plantings the rule found (``hits``) out of ``total``, and the ones it got wrong."""

    hits: int = 0
    total: int = 0
    wrong: list[str] | None = None

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else 0.0


def tally(
    seeds: list[Seed],
    plants: Callable[[random.Random, Seed], Iterator[Plant]],
    rule: str,
    *,
    per_seed: int = 30,
    at_line: bool = True,
) -> Tally:
    """Plant ``per_seed`` sentences into each seed; a hit is a new ``rule`` finding: on the planted
    line when ``at_line`` (found), anywhere otherwise (a false alarm). Deterministic: each seed has
    its own fixed random stream."""
    out = Tally(wrong=[])
    for k, s in enumerate(seeds):
        rng = random.Random(1600 + k)
        gen = plants(rng, s)
        before = {(f.rule, f.line, f.message) for f in s.result.findings}
        for _ in range(per_seed):
            plant = next(gen)
            lines = paragraph_lines(s, plant.part)
            if not lines:
                continue
            at = rng.choice(lines)
            line = at[0]
            res = run(s, planted(s.text, plant, at))
            new = [f for f in res.findings if f.rule == rule and (f.rule, f.line, f.message) not in before]
            hit = any(f.line == line for f in new) if at_line else bool(new)
            out.total += 1
            out.hits += hit
            if hit != at_line and out.wrong is not None:
                out.wrong.append(f"{s.path.name[:3]} {plant.kind}: {plant.text} {[f.message for f in new]}")
    return out
