"""A grid of invented duties sentences: whose act each reports (the unit's own head, or others), by unit
type × actor × construction × act, with the verdict a careful reviewer gives for each duties item — the
head's own act covers it and is quoted; anyone else's act (all staff, 班子成员, a deputy, others' heads,
a superior visiting, citizens, the head urging others) is not that item's quote.

``cases()`` builds the grid; ``verdict(case)`` checks one case in a minimal complete report;
``python -m tests.helpers.actors`` tabulates right / wrong by actor × construction (and lists the wrong)."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

REPORT = """{title}
一、2023年度推进法治政府建设的主要举措和成效
（一）行政执法。全年办结行政处罚案件40件，评查执法案卷30卷。
（二）矛盾纠纷化解。全年办理行政复议案件12件，调解纠纷30起。
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
{duties}
四、2024年度推进法治政府建设的主要工作安排
一是加强执法监督；二是开展普法宣传12场。
"""


@dataclass(frozen=True)
class Unit:
    kind: str  # the checklist
    title: str
    heads: tuple[str, ...]  # the unit's own head, by each title it goes by
    deputy: str
    staff: str
    team: str
    others: tuple[str, ...]  # other units' heads
    superiors: tuple[str, ...]  # a superior's head, visiting
    place: str  # 我县, 我局: where a superior comes
    board: str  # the body the head reports 述法 to
    meeting: str  # the unit's own meeting the head chairs


UNITS = (
    Unit(
        "county_gov",
        "青山县人民政府关于2023年度法治政府建设情况的报告",
        ("县长", "县委书记", "县政府主要负责人", "县委书记、县长", "县政府主要负责同志", "县委、县政府主要负责同志"),
        "分管副县长",
        "全体干部职工",
        "县政府领导班子成员",
        ("各乡镇主要负责人", "各县直部门主要负责人", "各乡镇党委书记", "县直各单位一把手"),
        ("市长", "市委书记", "省司法厅厅长"),
        "我县",
        "县委",
        "县政府常务会议",
    ),
    Unit(
        "department",
        "青山县司法局关于2023年度法治政府建设情况的报告",
        ("局长", "局党组书记", "局主要负责人", "局党组书记、局长", "局主要负责同志", "局党组主要负责同志"),
        "分管副局长",
        "全局干部职工",
        "局班子成员",
        ("各股室负责人", "各司法所所长", "局属各单位主要负责人", "各科室负责同志"),
        ("县长", "县委书记", "市司法局局长"),
        "我局",
        "县委依法治县办",
        "局党组会议",
    ),
    Unit(
        "township",
        "青山县石桥镇人民政府关于2023年度法治政府建设情况的报告",
        ("镇长", "镇党委书记", "镇主要负责人", "镇党委书记、镇长", "镇党政主要负责同志", "镇主要领导"),
        "分管副镇长",
        "全镇干部职工",
        "镇领导班子成员",
        ("各村党支部书记", "各村（社区）主要负责人", "各站所负责人", "各村主任"),
        ("县长", "县委书记", "县司法局局长"),
        "我镇",
        "县委",
        "镇党委会议",
    ),
    Unit(
        "department",
        "青山县人民政府办公室关于2023年度法治政府建设情况的报告",
        (
            "县政府办公室主任",
            "主任",
            "县政府办公室党组书记、主任",
            "办公室主要负责人",
            "办公室主要负责同志",
            "党组书记",
        ),
        "分管副主任",
        "全办干部职工",
        "办领导班子成员",
        ("各股室负责人", "各科室主要负责人", "县直各单位办公室主任", "各乡镇党政办主任"),
        ("县长", "县委书记", "市政府办公室副主任"),
        "我办",
        "县委依法治县办",
        "主任办公会议",
    ),
    Unit(
        "department",
        "青山县石桥镇司法所关于2023年度法治政府建设情况的报告",
        ("所长", "司法所所长", "所主要负责人", "所主要负责同志", "所长、支部书记", "所长同志"),
        "副所长",
        "全所干部职工",
        "所班子成员",
        ("各村调委会主任", "各村党支部书记", "各村（社区）主要负责人", "各调解组织负责人"),
        ("县司法局局长", "县长", "镇党委书记"),
        "我所",
        "县司法局党组",
        "所务会议",
    ),
)


@dataclass(frozen=True)
class Act:
    item: str
    text: str  # the predicate after its doer
    key: str  # the words a right quote holds
    meeting: str = ""  # the same act as a meeting someone chaired: "{meeting}…，均由{who}主持"


def acts(u: Unit) -> tuple[Act, ...]:
    return (
        Act("duties-study", "带头开展会前学法8次", "会前学法8次", f"{u.meeting}会前学法8次"),
        Act("duties-study", "参加理论学习中心组集中学法6次", "集中学法6次", "理论学习中心组集中学法6次"),
        Act("duties-study", "带头旁听庭审1次", "旁听庭审1次"),
        Act(
            "duties-deploy",
            "主持召开专题会议3次，研究部署法治政府建设工作",
            "专题会议3次",
            "召开法治政府建设专题会议3次",
        ),
        Act("duties-deploy", "听取法治政府建设工作汇报4次", "工作汇报4次", f"{u.meeting}听取法治政府建设工作汇报4次"),
        Act("duties-deploy", "亲自协调解决行政执法难题2个", "执法难题2个"),
        Act("duties-report", f"年底向{u.board}书面述法", "书面述法"),
        Act("duties-report", "在年度考核会议上现场述法", "现场述法"),
        Act(
            "duties-leader",
            "主持召开专题会议3次，研究部署法治政府建设工作",
            "专题会议3次",
            "召开法治政府建设专题会议3次",
        ),
        Act("duties-leader", "带头开展会前学法8次", "会前学法8次", f"{u.meeting}会前学法8次"),
        Act("duties-leader", f"年底向{u.board}书面述法", "书面述法"),
    )


@dataclass(frozen=True)
class Case:
    unit: str  # the checklist
    title: str  # the report's title: its unit
    actor: str  # the kind of doer
    shape: str  # the construction
    item: str
    duties: str
    key: str | None  # the words the item's quote holds; None: the sentence is not its quote

    @property
    def name(self) -> str:
        return f"{self.title[:8]}/{self.actor}/{self.shape}/{self.item}: {self.duties}"


LEAD = "认真履行推进法治建设第一责任人职责"


def _doers(u: Unit) -> list[tuple[str, str, bool]]:
    """(kind, doer, whether the doer is the unit's own head)."""
    out = [("head", h, True) for h in u.heads]
    out.append(("head+deputy", f"{u.heads[0]}和{u.deputy}", True))
    out += [
        ("deputy", u.deputy, False),
        ("staff", u.staff, False),
        ("team", u.team, False),
        *(("others' heads", o, False) for o in u.others),
    ]
    out.append(("citizens", "辖区群众代表", False))
    return out


def cases() -> list[Case]:
    out: list[Case] = []
    for u in UNITS:
        for a in acts(u):
            for kind, who, own in _doers(u):
                key = a.key if own else None
                out.append(Case(u.kind, u.title, kind, "subject", a.item, f"{who}{a.text}。", key))
                out.append(Case(u.kind, u.title, kind, "carried", a.item, f"{who}{LEAD}。同时，{a.text}。", key))
                out.append(
                    Case(
                        u.kind, u.title, kind, "list after colon", a.item, f"{who}{LEAD}：{a.text}；坚持依法决策。", key
                    )
                )
                out.append(Case(u.kind, u.title, kind, "date lead", a.item, f"2023年，{who}{LEAD}，{a.text}。", key))
                # others as the object of the doer's first clause (review5 entry 11): the doer does every clause after
                for lead in ("多次接待来访群众", "深入基层走访群众代表", "主持召开会议听取班子成员意见"):
                    out.append(Case(u.kind, u.title, kind, "others as object", a.item, f"{who}{lead}，{a.text}。", key))
                out.append(
                    Case(u.kind, u.title, kind, "as 第一责任人", a.item, f"作为第一责任人，{who}{a.text}。", key)
                )
                if a.meeting:
                    out.append(Case(u.kind, u.title, kind, "由……主持", a.item, f"{a.meeting}，均由{who}主持。", key))
            for sup in u.superiors:
                text = f"{sup}到{u.place}调研法治政府建设，{a.text.replace('带头', '')}。"
                out.append(Case(u.kind, u.title, "superior", "visit", a.item, text, None))
                # the own head with a superior as his companion or audience (review5 entry 11's addendum)
                text = f"{u.heads[0]}陪同{sup}调研法治政府建设，{a.text}。"
                out.append(Case(u.kind, u.title, "head+superior", "陪同", a.item, text, a.key))
                if a.item == "duties-report":
                    text = f"{u.heads[0]}年底在{u.meeting}上向{sup}书面述法。"
                    out.append(Case(u.kind, u.title, "head+superior", "向……述法", a.item, text, "书面述法"))
            head = u.heads[0]
            for o in u.others[:2]:
                body = a.text.removeprefix("带头").removeprefix("参加")
                if a.item in ("duties-study", "duties-report"):
                    out.append(Case(u.kind, u.title, "head+others", "带领", a.item, f"{head}带领{o}{body}。", a.key))
                if a.item != "duties-leader":
                    for verb in ("督促", "要求", "推动", "指导"):
                        out.append(Case(u.kind, u.title, "others", verb, a.item, f"{head}{verb}{o}{body}。", None))
                if (
                    a.item == "duties-study"
                ):  # the head organising others' study leads it (checklist: 县长组织……集中学法)
                    out.append(Case(u.kind, u.title, "head+others", "组织", a.item, f"{head}组织{o}{body}。", a.key))
                # others' act beside the head's: the head's sentence is quoted, before or after theirs
                mine = f"{head}{a.text}。"
                theirs = f"{o}{a.text}。".replace(a.key, a.key.replace("8", "6").replace("3", "2"))
                if theirs != f"{o}{a.text}。":
                    out.append(
                        Case(u.kind, u.title, "others, then head", "two sentences", a.item, theirs + mine, a.key)
                    )
                    out.append(
                        Case(u.kind, u.title, "head, then others", "two sentences", a.item, mine + theirs, a.key)
                    )
            voice = f"本人作为{head}，{LEAD}。2023年，我{a.text}。"
            out.append(Case(u.kind, u.title, "head", "first person", a.item, voice, a.key))
            # 我 without 本人 is the unit (我县 short of 县): a unit's act reports a duty as a subjectless one does,
            # but names no head (写明主要负责人本人)
            unit_key = None if a.item == "duties-leader" else a.key
            out.append(Case(u.kind, u.title, "我 (unit)", "first person", a.item, f"2023年，我{a.text}。", unit_key))
    return out


def verdict(case: Case) -> tuple[bool, str]:
    """Whether drafter judges ``case`` right, and what it quoted."""
    doc = read_text(REPORT.format(title=case.title, duties=case.duties))
    got = check(doc, checklists.load(case.unit), year=2023).items[case.item]
    quote = got.evidence if got.status == "covered" and got.evidence else ""
    if case.key is None:
        return not quote or quote.rstrip("。；") not in case.duties, quote
    return case.key in quote, quote


def main() -> None:
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    wrong = []
    for c in cases():
        ok, quote = verdict(c)
        total[(c.actor, c.shape)] += 1
        right[(c.actor, c.shape)] += ok
        if not ok:
            wrong.append(f"{c.name}  → {quote or '(not covered)'}")
    for key in sorted(total):
        print(f"{key[0]:16} {key[1]:18} {right[key]:4}/{total[key]:<4}")
    print(f"all {sum(right.values())}/{sum(total.values())}")
    if "-v" in sys.argv:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
