"""A grid of invented reports: for every checklist item with good examples, one good example (the right quote)
stands with a distractor built from the same item's words — a stance, a heading, a list of topics, others doing it,
a purpose, a study of a document named after it, a plan — before it and after it, in the item's part of a minimal
complete report. ``cases()`` builds the grid; ``run()`` checks one case; ``python -m tests.helpers.quotegrid`` prints
the table of right quotes by shape and position and by item (``--fresh``: other wordings of the shapes, written after the
first mechanisms; ``--hard``: distractors holding a figure; ``--more``: a requirement followed, a run-in title, firms and
the public, a meeting's call, others' counted work; ``-v``: every wrong or lost case).

The near misses (shape names ending in ``+``) are correct text of the same shapes: a stance or a purpose
written in the good sentence itself, which must still cover the item and be quoted.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from drafter import checklists
from drafter.checklists import Checklist, Item
from drafter.checks import check
from drafter.checks.cues import pattern
from drafter.readers.txt import read_text

from .quotes import PLAN
from .quotes import REPORT as QUOTES_REPORT

UNITS = {
    "county_gov": ("青山县人民政府", "县长"),
    "department": ("青山县司法局", "局长"),
    "township": ("青山县青禾镇人民政府", "镇长"),
}

REPORT = QUOTES_REPORT.replace("青山县司法局", "{unit}", 1).replace("{plan}", PLAN)  # the quote tests' report, any unit
NEUTRAL_MEASURES = "（一）加强队伍建设。全年新招录工作人员3名。"
DUTIES = "{head}主持会前学法8次，听取法治工作汇报3次，年终述法1次。"

# the words an item's distractors name it by: a noun phrase a writer puts in a slogan, a heading or a list
TOPICS = {
    "xi-thought": "习近平法治思想",
    "functions": "“放管服”改革",
    "normative-documents": "规范性文件管理",
    "major-decisions": "重大行政决策",
    "law-enforcement": "行政执法",
    "emergencies": "突发事件应对",
    "disputes": "矛盾纠纷化解",
    "oversight": "政务公开",
    "digital": "“互联网+监管”",
    "leadership": "法治宣传教育",
    "duties-leader": "主要负责人履职",
    "duties-study": "领导干部学法",
    "duties-deploy": "法治建设部署",
    "duties-report": "述法",
    "court-appearance": "行政机关负责人出庭应诉",
    "pufa-responsibility": "“谁执法谁普法”普法责任制",
    "township-enforcement": "综合行政执法",
    "township-mediation": "人民调解",
    "township-counsel": "法律顾问",
    "township-pufa": "普法宣传",
}

# shape -> wordings; {t} the item's topic, {o1} {o2} two other items' topics
SHAPES: dict[str, tuple[str, ...]] = {
    "a-stance": (
        "坚持把{t}作为推进法治政府建设的重要抓手。",
        "深刻领会{t}的重要意义，切实增强责任感和使命感。",
        "始终坚持以{t}为抓手，不断提升依法行政水平。",
        "高度重视{t}工作，将其摆在突出位置。",
    ),
    "b-heading": ("（二）持续深化{t}", "深入推进{t}。"),
    "c-list": (
        "研究部署了{t}、{o1}、{o2}等工作。",
        "统筹推进{t}、{o1}、{o2}等各项工作。",
        "对{t}、{o1}、{o2}等工作作出安排。",
    ),
    "d-others": (
        "各乡镇、各部门认真抓好{t}工作。",
        "全体干部职工积极参与{t}。",
        "群众对{t}的满意度不断提升。",
    ),
    "e-purpose": (
        "为全县高质量发展提供有力法治保障，确保{t}落地见效。",
        "确保{t}各项任务落到实处。",
        "推动{t}工作取得新成效。",
    ),
    "f-study": (
        "组织干部职工学习《关于加强{t}工作的意见》。",
        "召开会议传达学习上级关于{t}的文件精神。",
    ),
    "g-plan": (
        "下一步，将继续深化{t}工作。",
        "下一步，我们将持续推进{t}，不断提升工作水平。",
    ),
}
# other wordings of the same shapes, written after the mechanisms were built and never tuned to: the grid's check
# that a fix carries over to words it was not built from (``--fresh``)
FRESH: dict[str, tuple[str, ...]] = {
    "a-stance": (
        "始终把{t}摆在法治政府建设的重要位置。",
        "牢固树立{t}理念，切实扛起政治责任。",
        "进一步提高政治站位，充分认识做好{t}工作的重要性。",
    ),
    "b-heading": ("三、全面加强{t}", "持续深化{t}。", "扎实做好{t}工作。"),
    "c-list": (
        "先后安排部署{t}、{o1}、{o2}等重点工作。",
        "着力抓好{t}、{o1}和{o2}等方面工作。",
        "年内协调推进{t}、{o1}、{o2}等事项。",
    ),
    "d-others": (
        "各县直单位结合实际扎实推进{t}工作。",
        "机关干部踊跃参加{t}相关活动。",
        "各行政执法部门按要求落实{t}。",
    ),
    "e-purpose": (
        "为推进法治政府建设提供坚强保障，推动{t}再上新台阶。",
        "力争{t}工作走在全市前列。",
        "确保{t}工作有序推进、取得实效。",
    ),
    "f-study": (
        "组织班子成员认真研读《{t}工作指引》。",
        "集中学习了省、市关于{t}的有关文件。",
        "局务会传达学习了全市{t}工作会议精神。",
    ),
    "g-plan": (
        "下一步，将紧盯目标任务，持续抓好{t}。",
        "今后，我们将进一步加大{t}工作力度。",
    ),
}
# distractors that count something (a figure: the meetings, the persons, the times studied), written to try the
# mechanisms on what a figure makes look like a report (``--hard``)
HARD: dict[str, tuple[str, ...]] = {
    "a-stance": ("始终坚持把{t}作为“一把手”工程，纳入全年12项重点任务。",),
    "b-heading": ("（三）全面推进{t}，取得明显成效",),
    "c-list": (
        "召开专题会议3次，研究部署{t}、{o1}、{o2}等工作。",
        "全年统筹推进{t}、{o1}、{o2}等重点工作12项。",
    ),
    "d-others": (
        "各乡镇结合实际开展{t}相关活动120场。",
        "全体干部职工参与{t}工作300余人次。",
        "各县直单位全年报送{t}工作信息86条。",
    ),
    "e-purpose": ("为全县127个村（社区）提供有力法治保障，确保{t}全覆盖。",),
    "f-study": (
        "召开党组会3次，传达学习上级关于{t}的文件精神。",
        "组织干部职工集中学习《关于加强{t}工作的意见》2次。",
    ),
    "g-plan": ("下一步，将围绕{t}开展专项行动3次。", "2024年，计划完成{t}相关任务10项。"),
}
# more shapes, written after the second commit (``--more``): a formula or document that holds the item's words, a
# run-in title naming it, firms and the public doing it, a call of a meeting, an honour
MORE: dict[str, tuple[str, ...]] = {
    "h-formula": (
        "严格落实《法治政府建设实施纲要（2021—2025年）》关于{t}的部署要求。",
        "认真贯彻上级关于{t}的决策部署。",
    ),
    "i-title": ("一是持续深化{t}。", "（二）扎实推进{t}。"),
    "j-firms": ("辖区企业积极参与{t}。", "广大群众对{t}给予充分肯定。"),
    "k-call": ("会议强调，要进一步抓好{t}工作。", "县长要求，各部门要高度重视{t}。"),
    "l-others-count": ("全县各级各部门共开展{t}相关工作56项。", "各乡镇（街道）全年报送{t}信息120条。"),
}
# near misses: the good sentence itself in a shape (stance before its act, purpose after it): covered, quoted
NEAR: dict[str, tuple[str, ...]] = {
    "a-stance+": ("坚持以{t}为抓手，{good}", "高度重视{t}工作，{good}"),
    "e-purpose+": ("{core}，确保{t}落地见效。", "{core}，为全县高质量发展提供有力法治保障。"),
}


@dataclass(frozen=True)
class Case:
    unit_type: str
    item: str
    good: str
    shape: str
    wording: int
    position: str  # "before" / "after" the good sentence, "near" for a near miss
    layout: str  # "run" (one paragraph) / "apart" (paragraphs of their own)
    text: str

    @property
    def key(self) -> str:
        return f"{self.unit_type}:{self.item}:{self.shape}:{self.wording}:{self.position}:{self.layout}:{self.good}"


@lru_cache(maxsize=8)
def checklist(unit_type: str) -> Checklist:
    return checklists.load(unit_type)


def items_with_goods() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(unit type, item id, good examples, part) of every measures and duties item, each under the first unit
    type whose checklist holds it (base items under every type would only repeat the county's)."""
    out, seen = [], set()
    for ut in UNITS:
        for item in checklist(ut).items:
            if item.id in seen or item.part not in ("measures", "duties") or not item.good:
                continue
            seen.add(item.id)
            out.append((ut, item.id, item.good, item.part))
    return out


def _report(unit_type: str, part: str, paragraphs: list[str]) -> str:
    unit, head = UNITS[unit_type]
    body = "\n".join(paragraphs)
    duties = DUTIES.format(head=head)
    if part == "duties":
        return REPORT.format(unit=unit, measures=NEUTRAL_MEASURES, duties=body)
    return REPORT.format(unit=unit, measures=body, duties=duties)


def _others(unit_type: str, item: str) -> tuple[str, str]:
    """Two topics of other measures items of the checklist, named by no cue of ``item`` and naming none of its
    topic (a list of three topics names three items)."""
    cl = checklist(unit_type)
    own = next(i for i in cl.items if i.id == item)
    ids = []
    for i in cl.items:
        t = TOPICS.get(i.id)
        if i.id == item or i.part != "measures" or t is None or _names(own, t) or _names(i, TOPICS[item]):
            continue
        if any(_names(cl_item, t) for cl_item in cl.items if cl_item.id in ids_of(ids)):
            continue
        ids.append((i.id, t))
    k = sum(map(ord, item)) % len(ids)
    return ids[k][1], ids[(k + 1) % len(ids)][1]


def ids_of(pairs: list[tuple[str, str]]) -> set[str]:
    return {i for i, _ in pairs}


def _names(item: Item, text: str) -> bool:
    return any(pattern(c, 2023).search(text) for c in item.cues)


def cases(shapes: dict[str, tuple[str, ...]] | None = None) -> list[Case]:
    """The grid, deterministic: every item × good example × shape × wording × position × layout, and near misses."""
    shapes = SHAPES if shapes is None else shapes
    out: list[Case] = []
    for ut, iid, goods, part in items_with_goods():
        topic = TOPICS.get(iid)
        if topic is None:
            continue
        o1, o2 = _others(ut, iid)
        lead = "（一）推进工作。" if part == "measures" else ""
        for good in goods:
            for shape, wordings in shapes.items():
                kind = shape.rstrip("#")  # HARD's shapes in one grid with SHAPES: a-stance#
                if kind == "f-study" and _studies(ut, iid):
                    continue  # a document on a study item read is that study (学习《习近平法治思想学习纲要》)
                if kind == "c-list" and iid == "duties-deploy":
                    continue  # a meeting deploying a list of work is the deploying (研究部署了……等工作)
                for w, tpl in enumerate(wordings):
                    d = tpl.format(t=topic, o1=o1, o2=o2)
                    heading = not d.endswith("。")
                    for position in ("before", "after"):
                        for layout in ("apart",) if heading else ("run", "apart"):
                            pair = [d, good] if position == "before" else [good, d]
                            if layout == "run":
                                paras = [lead + "".join(pair)]
                            elif heading:
                                paras = [pair[0], lead + pair[1]] if position == "after" else [d, good]
                                if position == "after":
                                    paras = [lead + good, d, "切实抓好各项工作落实。"]
                            else:
                                paras = [lead + pair[0], pair[1]]
                            text = _report(ut, part, paras)
                            out.append(Case(ut, iid, good, shape, w, position, layout, text))
            core = good.rstrip("。")
            for shape, wordings in NEAR.items():
                for w, tpl in enumerate(wordings):
                    s = tpl.format(t=topic, good=good, core=core)
                    out.append(Case(ut, iid, good, shape, w, "near", "run", _report(ut, part, [lead + s])))
    return out


def _studies(unit_type: str, item: str) -> bool:
    """Whether ``item`` is a study itself: one of its cues or acts is a study word (学法, 培训)."""
    it = next(i for i in checklist(unit_type).items if i.id == item)
    ws = ("学法", "学习", "培训", "轮训", "旁听庭审")
    return any(pattern(c, 2023).fullmatch(w) for c in (*it.cues, *it.acts) for w in ws)


def alone(unit_type: str, item: str, good: str, part: str) -> str:
    """The report of the good sentence alone: what every case of it is measured against."""
    lead = "（一）推进工作。" if part == "measures" else ""
    return _report(unit_type, part, [lead + good])


def _sentences(text: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in "。；;！？":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return [s.strip() for s in out if s.strip()]


def right(good: str, evidence: str | None) -> bool:
    """Whether ``evidence`` (the quoted sentence) is the good example's: one of its sentences, or holding one."""
    if not evidence:
        return False
    ev = evidence.strip().rstrip("。；;")
    for s in _sentences(good):
        s = s.rstrip("。；;")
        if len(s) >= 6 and (s in ev or ev in s):
            return True
    return False


def run(text: str, unit_type: str, item: str) -> tuple[str, str | None]:
    """(status, evidence) of ``item`` in the report ``text``."""
    got = check(read_text(text), checklist(unit_type), year=2023).items[item]
    return got.status, got.evidence


@lru_cache(maxsize=4096)
def baseline(unit_type: str, item: str, good: str, part: str) -> bool:
    """Whether the good sentence alone covers the item and is quoted (a case of it measures only the distractor)."""
    status, ev = run(alone(unit_type, item, good, part), unit_type, item)
    return status == "covered" and right(good, ev)


def part_of(case: Case) -> str:
    return next(i.part for i in checklist(case.unit_type).items if i.id == case.item)


def verdict(case: Case) -> str:
    """ "right", "wrong" (another sentence quoted), "lost" (the item no longer covered) or "base" (the good
    sentence alone is not quoted: not a case of this grid)."""
    if not baseline(case.unit_type, case.item, case.good, part_of(case)):
        return "base"
    status, ev = run(case.text, case.unit_type, case.item)
    if status != "covered":
        return "lost"
    return "right" if right(case.good, ev) else "wrong"


def table(results: list[tuple[Case, str]]) -> str:
    by_shape: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_item: dict[str, Counter[str]] = defaultdict(Counter)
    for c, v in results:
        by_shape[(c.shape, c.position)][v] += 1
        by_item[c.item][v] += 1
    lines = [f"{'shape':<14}{'pos':<8}{'right':>7}{'wrong':>7}{'lost':>6}{'n':>6}  rate"]
    tot: Counter[str] = Counter()
    for (shape, pos), n in sorted(by_shape.items()):
        k = n["right"] + n["wrong"] + n["lost"]
        tot.update({x: y for x, y in n.items() if x != "base"})
        lines.append(
            f"{shape:<14}{pos:<8}{n['right']:>7}{n['wrong']:>7}{n['lost']:>6}{k:>6}  {n['right'] / max(k, 1):.0%}"
        )
    lines.append("")
    lines.append(f"{'item':<22}{'right':>7}{'wrong':>7}{'lost':>6}{'base':>6}")
    for iid, n in sorted(by_item.items()):
        lines.append(f"{iid:<22}{n['right']:>7}{n['wrong']:>7}{n['lost']:>6}{n['base']:>6}")
    dist = [(c, v) for c, v in results if v != "base" and c.position != "near"]
    near = [(c, v) for c, v in results if v != "base" and c.position == "near"]
    r1 = sum(v == "right" for _, v in dist)
    r2 = sum(v == "right" for _, v in near)
    lines.append(f"\ndistractors: {r1}/{len(dist)} right; near misses: {r2}/{len(near)} right")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    shapes = FRESH if "--fresh" in argv else HARD if "--hard" in argv else MORE if "--more" in argv else SHAPES
    results = [(c, verdict(c)) for c in cases(shapes)]
    print(table(results))
    if "-v" in argv:
        for c, v in results:
            if v in ("wrong", "lost"):
                _, ev = run(c.text, c.unit_type, c.item)
                print(f"{v}\t{c.item}\t{c.shape}:{c.wording}:{c.position}:{c.layout}\t{c.good}\t→ {ev}")


if __name__ == "__main__":
    main(sys.argv[1:])
