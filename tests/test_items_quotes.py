"""A covered checklist item quotes the sentence that reports it, by kind; and on the real reports
(the seeds and shared web copies, read in ``tests/quotes_read.toml``) at least 90% of the covered
items quote the right sentence."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

from drafter import checklists
from drafter.checks import check
from drafter.readers.txt import read_text

from .conftest import ROOT

REPORT = """青山县司法局关于2023年度法治政府建设情况的报告
一、2023年度推进法治政府建设的主要举措和成效
{measures}
二、2023年度推进法治政府建设存在的不足和原因
一是执法人员不足，主要原因是编制紧张。
三、2023年度党政主要负责人履行推进法治建设第一责任人职责的情况
{duties}
四、2024年度推进法治政府建设的主要工作安排
{plan}
"""
DUTIES = "局长主持会前学法8次，听取法治工作汇报3次，年终述法1次。"
PLAN = "一是加强执法监督；二是开展普法宣传12场。"

# (kind, measures, duties, plan, item, words the quote holds — None: the item is not covered)
CASES = [
    (
        "the party's leadership of rule-of-law building alone covers the leadership item",
        "（一）加强党的领导。局党组坚持党对法治政府建设的全面领导。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "leadership",
        "党对法治政府建设的全面领导",
    ),
    (
        "a mechanism of the leadership item is quoted before the party's leadership",
        "局党组坚持党对法治政府建设的全面领导。落实普法责任制，开展普法活动12场。",
        DUTIES,
        PLAN,
        "leadership",
        "开展普法活动12场",
    ),
    (
        "the opening's 在……坚强领导下 covers no leadership item",
        "在局党组的坚强领导下，全局深入推进法治政府建设，办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "leadership",
        None,
    ),
    (
        "a run-in title covers its item with the sentence after it",
        "（一）依法决策。三是积极推行法律顾问制度。今年与律师事务所签订法律顾问合同，审核合同12份。",
        DUTIES,
        PLAN,
        "major-decisions",
        "签订法律顾问合同",
    ),
    (
        "a plan's numbered title is quoted by the task under it",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "1.完善制度建设。修订行政执法公示办法，6月底前印发。",
        "plan-concrete",
        "修订行政执法公示办法",
    ),
    (
        "a plan whose first item opens with a slogan is quoted at its first concrete task",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是加强队伍建设。发挥领导干部“关键少数”作用，提高依法行政能力。"
        "二是规范执法。开展“一规划两纲要”落实情况督察。",
        "plan-concrete",
        "一规划两纲要",
    ),
    (
        "the 合法性审查 of 规范性文件 is no major decision",
        "（一）规范性文件。制发的规范性文件均按照《规范性文件管理办法》进行合法性审查，全面清理规范性文件。",
        DUTIES,
        PLAN,
        "major-decisions",
        None,
    ),
    (
        "a plan of short tasks is a list, not titles",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是加强学法；二是规范决策。",
        "plan-concrete",
        "一是加强学法",
    ),
    (
        "a plan of catchwords only is quoted at its one task",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是深入推进依法行政，加快法治政府建设。二是强化组织实施，发挥核心作用。三是推动各乡镇全面开展相对集中行政处罚权工作。",
        "plan-concrete",
        "相对集中行政处罚权",
    ),
    (
        "the item's more specific word reports it before a looser one earlier",
        "（一）决策。聘请法律顾问，在处理信访工作中发挥作用，参与信访接待。"
        "（二）调解。完善人民调解组织，实现村级人民调解全覆盖。",
        DUTIES,
        PLAN,
        "disputes",
        "人民调解全覆盖",
    ),
    (
        "in one paragraph, the sentence with a figure reports the item",
        "（一）复议。认真履行行政复议法定职责，严格办案标准。全年办结行政复议案件33件，纠错3件。",
        DUTIES,
        PLAN,
        "disputes",
        "33件",
    ),
    (
        "a sentence dated only before the report year reports an earlier year",
        "（一）复议。自2021年1月1日起，县政府集中行使行政复议职责。全年办结行政复议案件33件。",
        DUTIES,
        PLAN,
        "disputes",
        "33件",
    ),
    (
        "a cue inside a slogan reports nothing",
        "（一）复议。充分发挥行政复议化解行政争议的主渠道作用。",
        DUTIES,
        PLAN,
        "disputes",
        None,
    ),
    (
        "the leader's title in a meeting's name is not the leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "主任办公会会前学法7次。局长主持召开专题会议3次，部署法治建设。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "a title's paragraph: the first of its sentences that reports something",
        "（一）纠纷。二是强化政府采购投诉管理，积极化解矛盾纠纷。严格规范投诉处理程序。全年对3项投诉作出行政裁决。",
        DUTIES,
        PLAN,
        "disputes",
        "3项投诉",
    ),
    (
        "a law or a document studied is not the work it names",
        "（一）学法。组织学习《民法典》《信访工作条例》等法律法规5次。",
        DUTIES,
        PLAN,
        "disputes",
        None,
    ),
    (
        "the 书记 of 习近平总书记 is not the unit's leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党委召开专题会议，认真学习了习近平总书记关于全面依法治国的重要讲话。",
        PLAN,
        "duties-leader",
        None,
    ),
    (
        "a stock phrase in quotes, or a goal reached, is no concrete task of a plan",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "（一）深化改革。简化流程，真正实现“一趟不用跑”。全面落实“谁执法谁普法”普法责任制。"
        "联合公安部门推出“退役一件事”集成服务。",
        "plan-concrete",
        "退役一件事",
    ),
    (
        "a document to issue, or a body named, is a concrete task of a plan",
        "（一）执法。全年办结行政处罚案件40件。",
        DUTIES,
        "一是加强领导。深入落实第一责任人职责，强化考核评价。二是加强平台建设。全力支持平台建设，出台平台应用配套制度。",
        "plan-concrete",
        "出台平台应用配套制度",
    ),
    (
        "a study meeting is no deploying, and 同部署、同推进 is a stock phrase",
        "（一）执法。全年办结行政处罚案件40件。",
        "在政府常务会议上组织会前学法6次。将法治建设与业务工作同部署、同推进。局长主持召开专题会议2次，研究部署执法改革。",
        PLAN,
        "duties-deploy",
        "研究部署执法改革",
    ),
    (
        "the 规定's name and a deputy are not the leader; a figure's sentence counts by the same words only",
        "（一）执法。全年办结行政处罚案件40件。",
        "认真落实党政主要负责人履行推进法治建设第一责任人职责规定。局主要负责人每年年初召开专题会议部署法治工作。"
        "成立法治办公室，由分管副局长任主任，配备工作人员2名。",
        PLAN,
        "duties-leader",
        "局主要负责人每年年初",
    ),
    (
        "an 应诉 sentence put into 考核 reports 应诉, not the 推进机制",
        "（一）应诉。将行政机关负责人出庭应诉工作纳入年度考核。（二）组织。成立法治建设领导小组，统筹推进法治建设。",
        DUTIES,
        PLAN,
        "leadership",
        "领导小组",
    ),
    (
        "a clause left open at its paragraph's end does not read on its own: it is no quote",
        "（一）执法。全年办结行政处罚案件40件。（二）规范性文件。全面清理规范性文件，",
        DUTIES,
        PLAN,
        "normative-documents",
        None,
    ),
    (
        "a document's name is not the leader, nor a 述法",
        "（一）执法。全年办结行政处罚案件40件。",
        "印发《青山县党政主要负责人履行推进法治建设第一责任人职责实施办法》《青山县党政主要负责人述法办法》。"
        "局长主持召开专题会议2次，研究部署执法改革。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "other units' heads and their 述法 meeting are not this unit's leader",
        "（一）执法。全年办结行政处罚案件40件。",
        "全覆盖选派12所民办高校党组织书记。组织召开全面依法治区委员会会议暨党政主要负责人述法会议。局长带头学法6次。",
        PLAN,
        "duties-leader",
        "局长带头学法",
    ),
    (
        "a guiding-thought sentence is no study of 习近平法治思想; the sentence that says how it was studied is",
        "（一）学习。我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实习近平法治思想。"
        "将习近平法治思想纳入党组理论学习中心组学习，全年专题学习4次。",
        DUTIES,
        PLAN,
        "xi-thought",
        "纳入党组理论学习中心组",
    ),
    (
        "internal 督查 of 法治 building is the 推进机制, not oversight; 政务公开 is",
        "（一）监督。扎实开展法治政府实地督查工作。（二）公开。主动公开政府信息120条。",
        DUTIES,
        PLAN,
        "oversight",
        "主动公开政府信息",
    ),
    (
        "a topic a meeting deployed, even with a figure, is quoted after a sentence that did it",
        "（一）组织领导。全年召开党组会议12次，研究部署普法宣传和政务公开等工作。"
        "（二）公开。严格落实政务公开制度，及时公开行政许可结果。",
        DUTIES,
        PLAN,
        "oversight",
        "及时公开行政许可结果",
    ),
    (
        "topics named before the verb (对……等工作作出部署) are a meeting's topics too",
        "（一）组织领导。对政务公开、执法监督等工作作出安排部署。（二）公开。严格落实政务公开制度，及时公开行政许可结果。",
        DUTIES,
        PLAN,
        "oversight",
        "及时公开行政许可结果",
    ),
    (
        "a deployed topic with a figure after it reports the work done",
        "（一）组织领导。部署开展政务公开专项检查工作，检查政府网站12个。（二）公开。严格落实政务公开制度。",
        DUTIES,
        PLAN,
        "oversight",
        "检查政府网站12个",
    ),
    (
        "the heads of its sections are not the unit's head",
        "（一）执法。全年办结行政处罚案件40件。",
        "各股室负责同志参加法治培训4次。局长带头学法6次。",
        PLAN,
        "duties-leader",
        "局长带头学法",
    ),
    (
        "a report the leader heard is no 复议 handled",
        "（一）组织领导。局长先后4次听取行政复议工作汇报，研究了案件办理中的难点问题。"
        "（二）复议。依法办理行政复议案件，做到案结事了。",
        DUTIES,
        PLAN,
        "disputes",
        "依法办理行政复议案件",
    ),
    (
        "a topic a meeting dealt with still covers the item when nothing else reports it",
        "（一）组织领导。县政府常务会议专题研究了政务公开工作。（二）执法。全年办结行政处罚案件40件。",
        DUTIES,
        PLAN,
        "oversight",
        "专题研究了政务公开工作",
    ),
    (
        "another body's leader, or a leader's plan, is no act of this unit's head: the sentence with his act is",
        "（一）执法。全年办结行政处罚案件40件。",
        "县委书记在全县法治工作会议上提出明确要求。主要负责人将带头学法。局长亲自研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长亲自研究部署",
    ),
    (
        "a guiding clause on 习近平法治思想 is quoted after the sentence that says how it was studied",
        "（一）理论武装。坚持深入学习贯彻习近平法治思想，开展法治建设5项行动。党组中心组集中学习习近平法治思想。",
        DUTIES,
        PLAN,
        "xi-thought",
        "党组中心组集中学习",
    ),
    (
        "leaders at every level studying are quoted after this unit's head studying",
        "（一）执法。全年办结行政处罚案件40件。",
        "全县各级领导干部带头学法，集中学法12次。局长带头旁听庭审1次，主持会前学法6次。",
        PLAN,
        "duties-study",
        "局长带头旁听庭审",
    ),
    (
        "others' heads' 述法 is quoted after this unit's head's own",
        "（一）执法。全年办结行政处罚案件40件。",
        "各乡镇、各部门主要负责人述法全覆盖。局长在县委全面依法治县委员会会议上述法。",
        PLAN,
        "duties-report",
        "局长在县委",
    ),
    (
        "a 述法 this unit heard from others' heads is no 述法 of its own head",
        "（一）执法。全年办结行政处罚案件40件。",
        "局长主持召开专题会议3次。召开局党组会议，听取5个下属单位主要负责人述法。",
        PLAN,
        "duties-report",
        None,
    ),
    (
        "a duty urged on others' heads is no act of this unit's head: the sentence with his act is",
        "（一）执法。全年办结行政处罚案件40件。",
        "督促各单位一把手切实履行第一责任人职责。局长主持召开专题会议3次，研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "a topic the leader 调度 is quoted after the sentence that reports the work",
        "（一）组织领导。主要负责人专题调度放管服改革、行政执法等工作5次。（二）执法。严格落实行政执法三项制度，规范执法行为。",
        DUTIES,
        PLAN,
        "law-enforcement",
        "严格落实行政执法三项制度",
    ),
    (
        "under a heading naming the item, a meeting's topic is quoted after the sentence that reports the work",
        "（一）深化放管服改革\n县政府主要负责人主持召开常务会议5次，专题研究放管服改革工作。全年推行告知承诺制事项12项。",
        DUTIES,
        PLAN,
        "functions",
        "告知承诺制事项12项",
    ),
    (
        "after a run-in title naming the item, a meeting's topic is quoted after the sentence that reports the work",
        "（一）改革。一是深化放管服改革。主要负责人主持召开会议研究放管服改革等工作。全年推行告知承诺制事项12项。",
        DUTIES,
        PLAN,
        "functions",
        "告知承诺制事项12项",
    ),
    (
        "leaders organised to study are quoted after this unit's head teaching them and studying",
        "（一）执法。全年办结行政处罚案件40件。",
        "组织全县领导干部旁听庭审、集中学法2次。局长为全县各级领导干部讲授法治课，带头学法。",
        PLAN,
        "duties-study",
        "局长为全县各级领导干部讲授法治课",
    ),
    (
        "a topic a meeting 专题研究 is quoted after the sentence that reports the work",
        "（一）组织领导。主要负责人先后12次专题研究营商环境、综合行政执法改革。（二）审批。推行告知承诺制，压缩审批时限。",
        DUTIES,
        PLAN,
        "functions",
        "推行告知承诺制",
    ),
    (
        "a head who 切实履行第一责任人职责 is quoted after the head who chaired a meeting",
        "（一）执法。全年办结行政处罚案件40件。",
        "局党组书记、局长切实履行法治建设第一责任人职责。局长主持召开专题会议3次，研究部署法治工作。",
        PLAN,
        "duties-leader",
        "局长主持召开专题会议",
    ),
    (
        "the part's own heading names no item: its first sentence is not the leader's act",
        "（一）执法。全年办结行政处罚案件40件。",
        "将习近平法治思想纳入党组会会前学习内容，全年学法6次。",
        PLAN,
        "duties-leader",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "measures", "duties", "plan", "item", "words"), CASES, ids=[c[0] for c in CASES])
def test_a_covered_item_quotes_the_sentence_that_reports_it(
    kind: str, measures: str, duties: str, plan: str, item: str, words: str | None
) -> None:
    text = REPORT.format(measures=measures, duties=duties, plan=plan)
    got = check(read_text(text), checklists.load("department"), year=2023).items[item]
    if words is None:
        assert got.status == "missing", (kind, got.evidence)
    else:
        assert got.status == "covered" and got.evidence is not None and words in got.evidence, (kind, got.evidence)
        assert got.quote and got.evidence.startswith(got.quote.rstrip("…")), got.quote


WORKED_ON = 0.9  # the reports the coverage was worked on
HELD_OUT = 0.75  # the reports held out while it was (76.7% when they were first scored after the last change)


def test_covered_items_on_the_real_reports_quote_the_right_sentence() -> None:
    """The figures bench/quotes.py prints, held: no covered item unread, ≥ 90% right on the reports
    worked on, and the held-out reports no worse than when they were scored."""
    spec = importlib.util.spec_from_file_location("quotes", ROOT / "bench" / "quotes.py")
    assert spec is not None and spec.loader is not None
    quotes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quotes)
    corpus_dirs, quoted, score = quotes.corpus_dirs, quotes.quoted, quotes.score
    dirs = corpus_dirs()
    if not dirs:
        pytest.skip("shared/corpus not present beside the project")
    read = tomllib.loads((ROOT / "tests" / "quotes_read.toml").read_text(encoding="utf-8"))
    got = quoted([d / n for d in dirs for n in sorted(read) if (d / n).is_file()])
    held = {n for n, v in read.items() if v.get("held")}
    grouped = {n for n, v in read.items() if v.get("group")}  # the openings, read as worked on, scored apart
    sets = (
        (set(got) - held - grouped, WORKED_ON),
        ((set(got) & held) - grouped, HELD_OUT),
        (set(got) & grouped, WORKED_ON),
    )
    for names, least in sets:
        s = score({n: got[n] for n in names}, read)
        assert not s["unread"], "covered items no one has read yet:\n" + "\n".join(s["unread"])
        assert len(s["right"]) >= least * (len(s["right"]) + len(s["wrong"])), "\n".join(s["wrong"])


def test_the_verdicts_name_only_items_of_the_checklists() -> None:
    ids = {i.id for name in ("county_gov", "department", "township") for i in checklists.load(name).items}
    read = tomllib.loads(Path(ROOT / "tests" / "quotes_read.toml").read_text(encoding="utf-8"))
    for name, verdicts in read.items():
        assert set(verdicts) - {"held", "group"} <= ids, name


TOWNSHIP = (
    "（一）学法。组织镇村干部集中学习普法知识12次。（二）执法。调整综合行政执法领导小组成员。"
    "依法开展综合行政执法，查处违法建设。（三）普法。深入开展“法律进乡村”活动。"
)


@pytest.mark.parametrize(("item", "words"), [("township-pufa", "法律进乡村"), ("township-enforcement", "查处违法建设")])
def test_a_townships_cadres_studying_or_its_leading_group_is_quoted_last(item: str, words: str) -> None:
    """普法 and 综合行政执法 of a 乡镇 are done for and on the people: the cadres' own study of them
    and the leading group's members name them, the sentence with the act reports them."""
    text = REPORT.format(measures=TOWNSHIP, duties=DUTIES, plan=PLAN).replace("青山县司法局", "青山县青石镇人民政府")
    got = check(read_text(text), checklists.load("township"), year=2023).items[item]
    assert got.status == "covered" and words in (got.evidence or ""), got.evidence


def test_a_law_on_emergencies_studied_is_no_emergency_handled() -> None:
    measures = "（一）学法。组织干部学习突发事件应对法等应急管理法律法规8次。（二）应急。汛期前组织开展防汛演练。"
    text = REPORT.format(measures=measures, duties=DUTIES, plan=PLAN).replace("青山县司法局", "青山县人民政府")
    got = check(read_text(text), checklists.load("county_gov"), year=2023).items["emergencies"]
    assert got.status == "covered" and "防汛演练" in (got.evidence or ""), got.evidence


def test_a_report_without_a_plan_has_no_concrete_plan() -> None:
    """A numbered list among the measures is no plan: plan-concrete is not covered where no plan is."""
    text = REPORT.format(measures="一是完善规范性文件审核机制；二是推进综合行政执法改革。", duties=DUTIES, plan="")
    text = text.replace("四、2024年度推进法治政府建设的主要工作安排\n", "")
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["plan"].status == "missing"
    assert res.items["plan-concrete"].status == "missing"


def test_the_paragraph_under_a_summary_heading_covers_nothing() -> None:
    """ "一、总体情况" and its paragraph sum the year up, as an opening does: the item is quoted from the
    measures, and a summary naming 普法 among its topics covers nothing by itself."""
    summary = "一、总体情况\n2023年，我局深入推进法治政府建设和普法依法治理工作，认真抓好法治建设。\n"
    text = REPORT.format(measures="（一）执法。全年办结行政处罚案件40件。", duties=DUTIES, plan=PLAN)
    text = text.replace(
        "一、2023年度推进法治政府建设的主要举措和成效\n", summary + "二、2023年度推进法治政府建设的主要举措和成效\n"
    )
    res = check(read_text(text), checklists.load("department"), year=2023)
    pufa = res.items["pufa-responsibility"]
    assert pufa.status == "missing" or "依法治理工作" not in (pufa.evidence or ""), pufa.evidence
    kept = check(read_text(text.replace("一、总体情况", "一、执法情况")), checklists.load("department"), year=2023)
    assert kept.items["pufa-responsibility"].status == "covered", "a heading that names no summary keeps its paragraph"


def test_a_quote_is_the_words_as_they_stand_in_the_report() -> None:
    """A PDF-made copy's spaces ("专题会议 3 次") are kept in the quote, so a reviewer's search finds it;
    the checks still read the words without them."""
    duties = "局长主持召开专题会议 3 次，听取 2023 年法治工作汇报。"
    text = REPORT.format(measures="（一）执法。全年办结行政处罚案件40件。", duties=duties, plan=PLAN)
    res = check(read_text(text), checklists.load("department"), year=2023)
    got = res.items["duties-deploy"]
    assert got.status == "covered" and got.evidence is not None and "专题会议3次" in got.evidence
    assert got.quote and got.quote in text and "专题会议 3 次" in got.quote
    assert all(f.quote in text for f in res.findings if f.quote)


def test_the_last_words_of_a_copy_that_breaks_off_are_no_quote() -> None:
    """A copy cut off mid-sentence ("……8次。研究部署") leaves a fragment: it covers nothing."""
    duties = "局长带头会前学法8次，年终述法1次。研究部署"
    text = REPORT.format(measures="（一）执法。全年办结行政处罚案件40件。", duties=duties, plan="")
    text = text.replace("四、2024年度推进法治政府建设的主要工作安排\n", "")
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.items["duties-deploy"].status == "missing", res.items["duties-deploy"].evidence
    assert res.items["duties-study"].status == "covered"


def test_a_title_broken_off_after_the_items_words_still_reports_it() -> None:
    """A copy cut off inside a cited title that already names the item ("印发《青山县重大行政决策事项目录管")
    reports what was issued; a title broken off before any cue ("严格落实《党政主要负") reports nothing."""
    head = "青山县人民政府关于2023年度法治政府建设情况的报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
    cut = head + "（一）推进科学民主依法决策。印发《青山县重大行政决策事项目录管"
    res = check(read_text(cut), checklists.load("county_gov"), year=2023)
    assert res.items["major-decisions"].status == "covered", res.items["major-decisions"].evidence
    bare = head + "（一）推进依法行政。全年办理行政处罚案件40件。严格落实《重大行政"
    res = check(read_text(bare), checklists.load("county_gov"), year=2023)
    assert res.items["major-decisions"].status == "missing", res.items["major-decisions"].evidence


def test_a_plan_folded_into_another_part_is_quoted_from_its_own_words() -> None:
    """A numbered study sentence among the measures is not the plan: a folded plan is quoted from
    where it begins ("2024年，我局将……")."""
    measures = "（一）学习。一是强化理论学习。将法治思想纳入中心组学习，全年学习4次。"
    shortcomings = "一是执法人员不足，主要原因是编制紧张。2024年，我局将重点开展执法培训。"
    text = REPORT.format(measures=measures, duties=DUTIES, plan="").replace(
        "一是执法人员不足，主要原因是编制紧张。", shortcomings
    )
    text = text.replace("四、2024年度推进法治政府建设的主要工作安排\n", "")
    res = check(read_text(text), checklists.load("department"), year=2023)
    assert res.parts["plan"].status == "folded"
    got = res.items["plan-concrete"]
    assert got.status == "missing" or "执法培训" in (got.evidence or ""), got.evidence
