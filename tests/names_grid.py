"""The fixed-names grid: every entry of ``names.toml``'s [[titles]] and [[terms]], right and bent, in context.

For each entry the grid writes sentences (a title in three contexts, a term in five: mid-sentence, in
quotation marks, running into the next words, opening the paragraph, closing it after 学习) with it
- right: the name as written, its common short forms (a law without 中华人民共和国, a plan without its
  years, a term without its 、 and quotation marks, the entry's ``except``) — no wording finding;
- bent: one character dropped, one doubled, one changed for a character that sounds or looks like it
  (``NEAR``), two neighbours swapped, at every place of the name (not its years) — a wording finding
  on the sentence;
- a long title also written without its 《》 (``bare_cases``), right and bent, and the local documents
  named after it without 《》 (关于……的实施意见) as right;
and a list of right words near the entries (``NEAR_RIGHT``) and local documents named after each title
(``local_titles``: 关于……的实施意见, ……实施办法, 青山县……) that must give no finding either. A bent form
that is itself one of the right forms is not counted as bent.

``python -m tests.names_grid`` prints the figures (bent found n/N by kind and place, right forms flagged
m/M) and the misses; ``tests/test_names_grid.py`` runs a deterministic sample.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from drafter import checklists
from drafter.checks import check
from drafter.checks.fixednames import Term, Title, fixed
from drafter.readers.txt import read_text

HEAD = "青山县司法局2023年度法治政府建设情况报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
TITLE_CONTEXTS = (
    "认真学习贯彻《{}》。",
    "依据《{}》有关规定，制定本局工作方案。",
    "组织干部职工集中学习《{}》等法律法规12次。",
)
TERM_CONTEXTS = (
    "局党组坚持{}，扎实推进各项工作。",
    "会议强调，要深入贯彻“{}”。",
    "全年围绕{}开展专题活动3次。",
    "{}是做好各项工作的根本遵循。",  # at the paragraph's start
    "组织干部职工深入学习{}",  # after 学习 (学习习近平……), at the paragraph's end without a stop
)
NATION = "中华人民共和国"

# Characters that sound or look like the ones in the names (a slip of the keyboard's pinyin or the eye).
NEAR = dict(
    zip(
        "法治政府建设依国行执律规定制度公开示记录审核决策重大民主人会社义理论道路体系特色中华习近平思想面全严格正文明化营商"
        "环境务服放管监督察查责任职第领导干部学用守尊事遇找解问题矛盾靠科立司宪周日宣传教育安家白范村调委员信访纠纷元枫桥经验"
        "时代新包容慎证告知承诺随机评估参专集讨率先突破权力关进笼好最意识确悟刻深初心牢使命从党项精神形态工作现能协同众保障技"
        "支撑自德相结合复议革改扫黑除恶斗争过程值观价念央委省条例纲要划意见施办例细则准章",
        "发制正付健没衣囯形职率观订治渡功升是纪绿申合绝册众太名住入汇设议里轮到露休细持包钟化刁进评恩相而金言各证问名华管尚"
        "坏竟物复仿官鉴都查察则仕只弟岭异千步觉甩字遵是偶我结间提予质告料力同完用曰宜转叫有按加百犯材条季圆言仿究份无风乔径险"
        "吋伐亲抱荣镇正吿之乘落陆几平古叁转隼付律光空坡杈办美近龙妤量章只却误克探切必窂便令丛觉顶情伸型太土做观态办司从堡彰枝"
        "攴掌白得想洁和夏义单攻归墨余悪头挣迂呈植现介今殃季者调列刚耍画章现旅为列洗侧谁彰",
        strict=True,
    )
)
FALLBACK = "甲乙丙丁戊"

# Right words near the entries: other names, common short forms, the words around a term.
NEAR_RIGHT = (
    "社会主义法治观念",
    "优化法治营商环境",
    "行政执法的各项制度",
    "全面依法治省",
    "全面依法治县委员会",
    "压实党风廉政建设第一责任人责任",  # 法治的“第一责任人责任”是 wording 的（base.toml：应为“职责”）
    "推进法治政府建设第一责任人职责",
    "履行推动法治建设第一责任人职责",
    "作为推进法治建设第一责任人履行职责情况",
    "推进法治建设第一责任人，履行职责",
    "坚持全面依法治国，规范",
    "全面推进依法治国",
    "法治政府建设工作情况报告",
    "2023年度法治政府建设情况的报告",
    "法治政府建设工作年度报告",
    "党政主要负责同志",
    "党委主要负责人",
    "第一责任单位",
    "重大行政决定",
    "重大行政处罚决定",
    "新时代法治宣传教育",
    "以人民群众为中心",
    "高质量跨越发展",
    "推动经济高质量地发展",
    "深刻认识宪法是国家的根本大法",
    "努力让人民群众在每一个司法案件中都感受到公平正义",
    "法治兴则国家兴，法治衰则国家乱",
    "抓好领导干部这一“关键少数”",
    "把权力关进制度的笼子里",
    "新发展阶段",
    "全面建设社会主义现代化强国",
    "中华民族伟大复兴的中国梦",
    "习近平同志",
    "法治政府建成",
    "推进依法治政建设",
    "中国特色社会主义法律体系",
    "中国特色社会主义法学理论",
    "公众参与、专家论证、风险评估、合法性审查以及集体讨论决定",
    "深化矛盾纠纷多方化解",
    "自治、法治和德治相结合",
    "法律宣传教育",
    "法治乡村建设",
    "综合行政执法体制改革",
    "规范性文件合法性审查",
    "严格执法、全民守法",
    "国家治理体系与治理能力现代化",
    "市场化、法治化、国际化一流营商环境",
    "坚决做到“两个维护”",
    "学习习近平法治思想",
    "学习习近平新时代中国特色社会主义思想",
    "法治政府建设示范创建活动",
    "中国特色社会主义道路",
    "中国特色社会主义法治文化",
    "法治社会建设",
    "普法宣传周",
    "宪法宣传月",
    "国家宪法日宣传活动",
    "全国民主法治示范村（社区）",
    "民主法治示范社区",
    "人民调解员",
    "行政执法人员",
    "行政执法公示",
    "政府信息公开",
    "政府信息依申请公开",
    "证明事项清单",
    "党委领导、政府负责、社会协同、公众参与、法治保障",
    "职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府",
    "全面从严治党主体责任",
    "中央八项规定及其实施细则精神",
    "《法治政府建设实施纲要》",
    "《行政复议法》",
    "《中华人民共和国城市居民委员会组织法》",
    "《环境保护税法》",
    "《信访条例》",
    "《民事诉讼法》",
    "《人民警察法》",
    "《教育法》",
    "《民法典》",
    "《行政处罚法（2021年修订）》",
    "《青山县法治政府建设实施方案（2021—2025年）》",
    "《山东省信访条例》",
    "《中国共产党支部工作条例（试行）》",
    "《国务院关于加强法治政府建设的意见》",
    "《关于推进公共法律服务体系建设的意见》",
    "《关于加强和改进行政复议工作的意见》",
    "关于加强和改进行政调解工作的意见",
    "关于全面推进基层政务公开工作的意见",
    "《关于开展第七个五年法治宣传教育的决议》",
    "《关于在公民中开展法治宣传教育的第七个五年规划（2016—2020年）》",
    "《中共中央国务院关于加强基层治理体系和治理能力现代化建设的意见》",
)


@dataclass(frozen=True)
class Case:
    text: str  # the sentence
    bent: bool  # a finding is expected
    entry: str  # the name it is about
    kind: str  # right, short, near, drop, double, change, swap
    place: str  # first two, last two, middle


def _spans(name: str) -> list[int]:
    """The places of a name that may be bent: its characters, not its years or brackets."""
    skip = name.find("（")
    return [i for i, ch in enumerate(name) if (skip < 0 or i < skip) and "\u4e00" <= ch <= "\u9fff"]


def bends(name: str) -> Iterator[tuple[str, str, int]]:
    """(bent form, kind, place) for each place of ``name``."""
    for i in _spans(name):
        ch = name[i]
        yield name[:i] + name[i + 1 :], "drop", i
        yield name[: i + 1] + ch + name[i + 1 :], "double", i
        yield name[:i] + NEAR.get(ch, FALLBACK[i % len(FALLBACK)]) + name[i + 1 :], "change", i
        if i + 1 < len(name) and i + 1 in _spans(name) and name[i + 1] != ch:
            yield name[:i] + name[i + 1] + ch + name[i + 2 :], "swap", i


def _place(i: int, spans: list[int]) -> str:
    at = spans.index(i)
    return "ends" if at < 2 or at >= len(spans) - 2 else "middle"


def title_cases(t: Title) -> Iterator[Case]:
    short = {t.name}
    if t.name.startswith(NATION):
        short.add(t.name.removeprefix(NATION))
    for form in short:
        for c in TITLE_CONTEXTS:
            yield Case(c.format(form), False, t.name, "right" if form == t.name else "short", "")
    body = t.name.removeprefix(NATION)
    spans = _spans(body)
    for bent, kind, i in bends(body):
        if bent not in short and bent.removeprefix(NATION) not in _known_titles():
            yield Case(TITLE_CONTEXTS[i % 3].format(bent), True, t.name, kind, _place(i, spans))


BARE_CONTEXTS = ("认真贯彻落实{}，规范各项工作。", "严格执行{}的各项要求。", "对照{}逐项整改。")


def bare_cases(t: Term) -> Iterator[Case]:
    """A long title written without its 《》: right in three contexts, bent at every place (one context)."""
    body = t.name.removeprefix(NATION)
    for c in BARE_CONTEXTS:
        yield Case(c.format(body), False, t.name, "bare right", "")
    spans = _spans(body)
    for bent, kind, i in bends(body):
        if bent not in _known_titles():
            yield Case(BARE_CONTEXTS[i % 3].format(bent), True, t.name, f"bare {kind}", _place(i, spans))


LOCAL_KINDS = ("实施意见", "实施方案", "实施办法", "实施细则")
# a central rule with no local namesake: names.toml's [[names]] says a place before it is wrong
CENTRAL_ONLY = ("党政主要负责人履行推进法治建设第一责任人职责规定",)


def local_titles(t: Title) -> Iterator[str]:
    """Local documents named after a national one: a county's own of the same name, an implementing
    opinion or plan (关于……的实施意见, ……实施办法), one that cites it inside (关于贯彻落实〈……〉的实施意见)."""
    body = t.name.removeprefix(NATION)
    if t.name not in CENTRAL_ONLY:
        yield "青山县" + body
    yield f"关于贯彻落实〈{t.name}〉的实施意见"
    if "（" in body:
        return
    stem = body[: -len(t.kind)] if t.kind else body
    for kind in LOCAL_KINDS:
        if not body.endswith(kind):
            yield stem + kind
            yield body + kind


def term_cases(t: Term, light: str) -> Iterator[Case]:
    short = {t.name, t.core, *t.allow}
    for form in sorted(short):
        for c in TERM_CONTEXTS:
            yield Case(c.format(form), False, t.name, "right" if form == t.name else "short", "")
    plain = t.core
    spans = _spans(plain)
    for bent, kind, i in bends(plain):
        if bent not in short and (kind != "double" or plain[i] not in light):
            yield Case(TERM_CONTEXTS[i % len(TERM_CONTEXTS)].format(bent), True, t.name, kind, _place(i, spans))


def _known_titles() -> set[str]:
    return {t.name.removeprefix(NATION) for t in fixed().titles}


def cases() -> list[Case]:
    f = fixed()
    out = [c for t in f.titles for c in title_cases(t)]
    out += [c for t in f.terms for c in term_cases(t, f.light)]
    out += [Case(TERM_CONTEXTS[i % 3].format(w), False, w, "near", "") for i, w in enumerate(NEAR_RIGHT)]
    out += [Case(TERM_CONTEXTS[3 + i % 2].format(w), False, w, "near", "") for i, w in enumerate(NEAR_RIGHT)]
    local = sorted({w for t in f.titles for w in local_titles(t)} - _known_titles())
    out += [Case(TITLE_CONTEXTS[i % 3].format(w), False, w, "local", "") for i, w in enumerate(local)]
    out += [c for t in f.bare for c in bare_cases(t)]
    bare = sorted(w.replace("〈", "《").replace("〉", "》") for w in local if "青山县" not in w)
    out += [Case(BARE_CONTEXTS[i % 3].format(w), False, w, "bare local", "") for i, w in enumerate(bare)]
    return out


BRACKETS = "文件名称要加书名号"
OLD = "以前的提法"  # the message of a [[names]] entry's old form  # base.toml's [[wording]] on a central document's full name cited without 《》


def flagged(all_cases: list[Case], batch: int = 150) -> list[bool]:
    """Whether each case's sentence gets a wording finding, or for a bent form also an outdated-citation
    one (a bent superseded title is one finding, the citation's; a right superseded one is right for
    this grid), checked in reports of ``batch`` paragraphs."""
    checklist = checklists.load("department")
    out: list[bool] = []
    first = HEAD.count("\n") + 1
    for at in range(0, len(all_cases), batch):
        part = all_cases[at : at + batch]
        doc = read_text(HEAD + "\n".join(c.text for c in part) + "\n")
        found = check(doc, checklist, year=2023).findings
        # the spelling of names is judged here; a right name cited without its 《》 is another slip (another entry)
        # a right name superseded (扫黑除恶专项斗争 after 2021: names.toml's [[names]] old) is right for this grid
        wording = {f.line for f in found if f.rule == "wording" and BRACKETS not in f.message and OLD not in f.message}
        outdated = {f.line for f in found if f.rule == "outdated-citation"}
        out += [first + i in wording or (c.bent and first + i in outdated) for i, c in enumerate(part)]
    return out


def figures(got: list[tuple[Case, bool]]) -> dict[str, tuple[int, int]]:
    """(right, of) by kind and place: a bent form found, a right form left alone."""
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for c, hit in got:
        keys = [f"bent {c.kind}", f"bent at {c.place}", "bent"] if c.bent else [f"right {c.kind}", "right"]
        for k in keys:
            n[k] += 1
            ok[k] += hit == c.bent
    return {k: (ok[k], n[k]) for k in sorted(n)}


def main() -> None:
    """Print the figures; ``--dump FILE`` writes the cases as JSON, ``--load FILE`` checks those (the same
    grid measured on another version of drafter)."""
    args = sys.argv[1:]
    if "--dump" in args:
        dump = [c.__dict__ for c in cases()]
        Path(args[args.index("--dump") + 1]).write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
        return
    if "--load" in args:
        all_cases = [Case(**c) for c in json.loads(Path(args[args.index("--load") + 1]).read_text(encoding="utf-8"))]
    else:
        all_cases = cases()
    got = list(zip(all_cases, flagged(all_cases), strict=True))
    for k, (ok, n) in figures(got).items():
        print(f"{k:20} {ok}/{n}")
    for c, hit in got:
        if hit != c.bent and (c.kind in ("right", "short", "near") or "-v" in sys.argv):
            print(("MISS " if c.bent else "FALSE ") + c.text)


if __name__ == "__main__":
    main()
