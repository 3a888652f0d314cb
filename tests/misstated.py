"""The misstated-names set: the central documents and fixed formulas a 法治政府建设 report cites, each
written right and in the ways writers get it wrong, in reports of 2022–2025.

Built from the list of what such reports cite (``CENTRAL``, ``FORMULAS``, ``COUNTS``, ``PREDECESSORS``,
``REVISIONS``), not from any report, so it measures recall by construction:

- years: a range off by a year at either end, in the title (《……（2020—2025年）》), after its 》, without 《》;
- word: a word of the title dropped, put in another order, or changed for its near synonym (推动 for 推进);
- marks: a long title cited without its 《》;
- predecessor: the document a current one replaced cited as current in a later year's report;
- formula: one part of a fixed formula bent or left out; count: a count word wrong (十个坚持 for 十一个坚持);
- revision: a law's revision year wrong (2024年修订的《行政复议法》).

Right forms stand beside them (the title right, a local document named after it, a title with a suffix,
a history, a formula whole, a count word of another formula) and must give no finding.
``python -m tests.misstated`` prints recall and false alarms by kind and the misses.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

RULES = ("wording", "outdated-citation")
HEAD = "青山县司法局{year}年度法治政府建设情况报告\n一、{year}年度推进法治政府建设的主要举措和成效\n"
YEARS = (2022, 2023, 2024, 2025)

# name, years (or ""), words of it a writer drops or moves (inside the name, never its first or last)
CENTRAL: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("法治政府建设实施纲要", "2021—2025", ("建设", "实施")),
    ("法治中国建设规划", "2020—2025", ("建设",)),
    ("法治社会建设实施纲要", "2020—2025", ("建设", "实施")),
    ("关于开展法治宣传教育的第八个五年规划", "2021—2025", ("开展", "宣传")),
    ("提升行政执法质量三年行动计划", "2023—2025", ("行政", "质量")),
    ("党政主要负责人履行推进法治建设第一责任人职责规定", "", ("推进", "履行", "主要")),
    ("重大行政决策程序暂行条例", "", ("暂行", "程序")),
    ("优化营商环境条例", "", ()),
    ("关于开展第八个五年法治宣传教育的决议", "", ("开展",)),
    ("中华人民共和国行政复议法", "", ()),
    ("中华人民共和国行政处罚法", "", ()),
    ("信访工作条例", "", ()),
    ("关于加强社会主义法治文化建设的意见", "", ("社会主义", "加强")),
    ("法治政府建设与责任落实督察工作规定", "", ("工作", "落实")),
    ("关于实行国家机关“谁执法谁普法”普法责任制的意见", "", ("国家机关", "实行")),
    ("关于加强法治乡村建设的意见", "", ("加强",)),
    ("中共中央关于全面推进依法治国若干重大问题的决定", "", ("全面", "若干")),
    ("关于完善国家工作人员学法用法制度的意见", "", ("国家",)),
    ("习近平法治思想学习纲要", "", ("学习",)),
)
# a word and what writers put for it
SYNONYMS = {
    "推进": "推动",
    "实施": "实行",
    "建设": "建立",
    "督察": "督查",
    "履行": "落实",
    "加强": "加快",
    "完善": "健全",
    "开展": "进行",
    "工作": "管理",
    "责任": "职责",
    "提升": "提高",
    "优化": "改善",
}

# (predecessor as cited, the year from which it is outdated, a history sentence that is right)
PREDECESSORS: tuple[tuple[str, int], ...] = (
    ("《法治政府建设实施纲要（2015—2020年）》", 2021),
    ("《关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》", 2021),
    ("《关于开展第七个五年法治宣传教育的决议》", 2021),
    ("《信访条例》", 2023),
    ("《全面推进依法行政实施纲要》", 2016),
    ("“七五”普法规划", 2021),
    ("依法治县领导小组", 2020),
    ("县政府法制办", 2020),
    ("习近平总书记全面依法治国新理念新思想新战略", 2021),
    ("“三个自信”", 2017),
)
HISTORY = (
    "2020年，我县圆满完成《法治政府建设实施纲要（2015—2020年）》确定的各项任务。",
    "回顾“七五”普法期间，我县普法工作取得明显成效。",
    "2018年机构改革前，县政府法制办承担规范性文件审查工作。",
    "2019年，原依法治县领导小组改为全面依法治县委员会。",
)

# fixed formulas: their parts in order; a part a writer bends, and the bent form
FORMULAS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (("科学立法", "严格执法", "公正司法", "全民守法"), {"公正司法": "公正执法", "全民守法": "全民懂法"}),
    (("政治意识", "大局意识", "核心意识", "看齐意识"), {"看齐意识": "服务意识", "核心意识": "中心意识"}),
    (("道路自信", "理论自信", "制度自信", "文化自信"), {"文化自信": "历史自信", "理论自信": "思想自信"}),
    (("简政放权", "放管结合", "优化服务"), {"放管结合": "放管并重", "优化服务": "优化环境"}),
    (
        ("办事依法", "遇事找法", "解决问题用法", "化解矛盾靠法"),
        {"解决问题用法": "解决问题靠法", "遇事找法": "遇事用法"},
    ),
    (
        ("公众参与", "专家论证", "风险评估", "合法性审查", "集体讨论决定"),
        {"风险评估": "风险评价", "集体讨论决定": "集体研究决定"},
    ),
    (
        ("行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度"),
        {"执法全过程记录制度": "执法全过程纪录制度", "重大执法决定法制审核制度": "重大执法决定法律审核制度"},
    ),
    (
        ("职能科学", "权责法定", "执法严明", "公开公正", "智能高效", "廉洁诚信", "人民满意"),
        {"智能高效": "廉洁高效", "人民满意": "群众满意"},
    ),
    (
        ("重要工作亲自部署", "重大问题亲自过问", "重点环节亲自协调", "重要任务亲自督办"),
        {"重点环节亲自协调": "重点环节亲自推动"},
    ),
)
FORMULA_CONTEXTS = ("坚持{}，推动各项工作落实。", "牢固树立{}。")
# a count word: (right sentence, wrong sentences)
COUNTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "深入学习习近平法治思想的核心要义“十一个坚持”。",
        ("深入学习习近平法治思想的核心要义“十个坚持”。", "深入学习领会习近平法治思想“十二个坚持”的核心要义。"),
    ),
    (
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        ("增强“三个意识”、坚定“四个自信”、做到“两个维护”。", "增强“四个意识”、坚定“三个自信”、做到“两个维护”。"),
    ),
    ("深刻领悟“两个确立”的决定性意义。", ("深刻领悟“三个确立”的决定性意义。",)),
    ("坚决做到“两个维护”。", ("坚决做到“三个维护”。",)),
    ("全面落实行政执法“三项制度”。", ("全面落实行政执法“四项制度”。",)),
)
COUNT_RIGHT = ("深刻把握党的百年奋斗历史经验“十个坚持”。", "坚持“四个全面”战略布局。")

# laws and the years they were made or revised: a revision year cited that is none of them is wrong
REVISIONS: tuple[tuple[str, tuple[int, ...], int], ...] = (
    ("行政复议法", (1999, 2009, 2017, 2023), 2024),
    ("行政处罚法", (1996, 2009, 2017, 2021), 2021),
    ("行政诉讼法", (1989, 2014, 2017), 2015),
    ("行政许可法", (2003, 2019), 2019),
)

TITLE_CONTEXTS = ("认真贯彻落实{}，扎实推进各项工作。", "对照{}要求，逐项分解任务。")


@dataclass(frozen=True)
class Case:
    text: str
    bent: bool
    kind: str
    year: int = 2023


def _dated(name: str, years: str, shape: str) -> str:
    """The title in one of the shapes writers use: in, out (years after 》), bare (no 《》)."""
    y = f"（{years}年）" if years else ""
    return {"in": f"《{name}{y}》", "out": f"《{name}》{y}", "bare": f"{name}{y}"}[shape]


def _off_years(years: str) -> Iterator[str]:
    a, b = (int(y) for y in years.split("—"))
    for x, y in ((a - 1, b), (a + 1, b), (a, b + 1), (a, b - 1), (a - 5, b - 5)):
        if (x, y) != (2015, 2020):  # the 纲要's former edition: another document, the predecessors' case
            yield f"{x}—{y}"


def _words(name: str, words: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for w in words:
        at = name.find(w, 1)
        if at <= 0 or at + len(w) >= len(name):
            continue
        yield name[:at] + name[at + len(w) :], "word dropped"
        nxt = name[at + len(w) : at + 2 * len(w)]
        if len(nxt) == len(w) and at + 2 * len(w) < len(name):
            yield name[:at] + nxt + w + name[at + 2 * len(w) :], "words swapped"
    for w, s in SYNONYMS.items():
        at = name.find(w, 1)
        if at > 0 and at + len(w) < len(name):
            yield name[:at] + s + name[at + len(w) :], "word changed"


def title_cases() -> Iterator[Case]:
    for name, years, words in CENTRAL:
        for c in TITLE_CONTEXTS:
            for shape in ("in", "out"):
                yield Case(c.format(_dated(name, years, shape)), False, "right title")
            if years:
                for y in _off_years(years):
                    for shape in ("in", "out", "bare"):
                        yield Case(c.format(_dated(name, y, shape)), True, f"years {shape}")
            for bent, kind in _words(name, words):
                yield Case(c.format(_dated(bent, years, "in")), True, kind)
            if len(name) >= 10:
                yield Case(c.format(_dated(name, years, "bare")), True, "no marks")
        yield Case(f"制定《青山县贯彻落实〈{name}〉实施方案》。", False, "local")
        yield Case(f"转发《关于印发〈{_dated(name, years, 'bare')}〉的通知》。", False, "suffix")
        yield Case(f"印发《青山县{name.removeprefix('中华人民共和国')}实施细则》。", False, "local")
    yield Case("制定《青山县法治政府建设实施方案（2021—2025年）》。", False, "local")
    yield Case("出台《青山县法治社会建设实施方案（2022—2025年）》。", False, "local")


def predecessor_cases() -> Iterator[Case]:
    for cited, since in PREDECESSORS:
        for year in YEARS:
            bent = year >= since
            yield Case(
                f"认真贯彻落实{cited}，推进依法行政。", bent, "predecessor" if bent else "right predecessor", year
            )
    for year in YEARS:
        for h in HISTORY:
            yield Case(h, False, "history", year)


def formula_cases() -> Iterator[Case]:
    for parts, bends in FORMULAS:
        for c in FORMULA_CONTEXTS:
            yield Case(c.format("、".join(parts)), False, "right formula")
            yield Case(c.format("、".join(parts[:-1]) + "和" + parts[-1]), False, "right formula")
            for part, bent in bends.items():
                yield Case(c.format("、".join(bent if p == part else p for p in parts)), True, "formula part bent")
            if len(parts) >= 4:
                for i in range(1, len(parts)):
                    yield Case(
                        c.format("、".join(p for j, p in enumerate(parts) if j != i)), True, "formula part missing"
                    )


def count_cases() -> Iterator[Case]:
    for right, wrongs in COUNTS:
        yield Case(right, False, "right count")
        yield from (Case(w, True, "count") for w in wrongs)
    yield from (Case(r, False, "right count") for r in COUNT_RIGHT)


def revision_cases() -> Iterator[Case]:
    for law, years, effective in REVISIONS:
        last = years[-1]
        yield Case(f"组织学习新修订的《{law}》（{last}年修订）。", False, "right revision")
        yield Case(f"深入学习{last}年修订的《{law}》。", False, "right revision")
        yield Case(f"{effective}年起施行的新修订《{law}》全面落实。", False, "right revision")
        for wrong in (last + 1, last - 1):
            if wrong not in years and wrong != effective:
                yield Case(f"深入学习{wrong}年修订的《{law}》。", True, "revision year")
                yield Case(f"组织学习新修订的《{law}》（{wrong}年修订）。", True, "revision year")


def cases() -> list[Case]:
    return [*title_cases(), *predecessor_cases(), *formula_cases(), *count_cases(), *revision_cases()]


def flagged(all_cases: list[Case], batch: int = 120) -> list[bool]:
    """Whether each case's sentence gets a finding of the names' rules, in reports of its year."""
    checklist = checklists.load("department")
    out: dict[int, bool] = {}
    for year in sorted({c.year for c in all_cases}):
        mine = [(i, c) for i, c in enumerate(all_cases) if c.year == year]
        for at in range(0, len(mine), batch):
            part = mine[at : at + batch]
            head = HEAD.format(year=year)
            doc = read_text(head + "\n".join(c.text for _, c in part) + "\n")
            found = check(doc, checklist, year=year).findings
            lines = {f.line for f in found if f.rule in RULES}
            first = head.count("\n") + 1
            out.update((i, first + k in lines) for k, (i, _) in enumerate(part))
    return [out[i] for i in range(len(all_cases))]


def figures(got: list[tuple[Case, bool]]) -> dict[str, tuple[int, int]]:
    """Per kind: (cases flagged, cases)."""
    n: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for c, f in got:
        n[c.kind] += 1
        hit[c.kind] += f
    return {k: (hit[k], n[k]) for k in sorted(n)}


def main() -> None:
    all_cases = cases()
    got = list(zip(all_cases, flagged(all_cases), strict=True))
    bent = [(c, f) for c, f in got if c.bent]
    right = [(c, f) for c, f in got if not c.bent]
    for k, (h, n) in figures(got).items():
        print(f"{k:24} {h:4}/{n:<4}")
    print(f"recall {sum(f for _, f in bent)}/{len(bent)}; false alarms {sum(f for _, f in right)}/{len(right)}")
    if "-v" in sys.argv:
        for c, f in got:
            if f != c.bent:
                print(("MISS " if c.bent else "FALSE") + f" {c.year} {c.kind}: {c.text}")


if __name__ == "__main__":
    main()
