"""The words the checks and readers match (``checklists/words.toml``), loaded once.

Words, not patterns: a user who adds 党工委主任 to ``leaders`` writes no regular expression.
Patterns are built from the words here (longest first, each escaped); checklist patterns may
say ``{leader}`` for any of the leaders (``checks.pattern`` expands it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from .readers.errors import ReadError
from .resources import checked, read_toml

T = TypeVar("T")


@dataclass(frozen=True)
class HeadWords:
    """``words.toml``'s [head]: the words the head's reader (``readers/head``) matches."""

    sends: tuple[str, ...] = ()  # 报送 呈报: a letter's verb after 现将《…》 (现将《…》报送你们)
    send_phrases: tuple[str, ...] = ()  # 特此函告 请审阅: a letter's own phrases
    title_verbs: tuple[str, ...] = ()  # 报送 提交: a letter's title (关于报送《…》的函)
    report_starts: tuple[str, ...] = ()  # 一年来 今年以来: the report's opening right under the letter
    issuer_ends: tuple[str, ...] = ()  # 政府 局 党组: how a letterhead's issuer ends (青山县司法局文件)
    not_places: tuple[str, ...] = ()  # 全 我 本 市委: a generic unit's place never starts with them (全县)
    self_names: tuple[str, ...] = ()  # 我局 全镇上下: the text naming its own unit
    self_ends: tuple[str, ...] = ()  # 局 镇 街道: which unit a self-name is (its words after 我/本/全)
    self_marks: tuple[str, ...] = ()  # 我 本 全: a self-name's first character, before its kind (我局 → 局)
    self_not_before: tuple[str, ...] = ()  # 长 里: after a self-name, none (我县长期, 我镇里)
    shared_selves: tuple[str, ...] = ()  # 县 区 市: a self-name a bureau or a town says of its county too (我县)
    self_leads: tuple[str, ...] = ()  # 现将 作为: before the unit's full name, still the unit itself
    news_sources: tuple[str, ...] = ()  # 官方微信公众号 官网: a news lead's source (据××部官方微信公众号消息)
    news_verbs: tuple[str, ...] = ()  # 发布 晒出: a news headline's verb after the unit ("××部发布…年度报告")
    report_leads: tuple[str, ...] = ()  # 现将 现把: the cover sentence's lead, the unit that reports after it
    not_subject: tuple[str, ...] = ()  # 配合 在: before a unit at a clause's start, another unit
    national: tuple[str, ...] = ()  # 国家 国务院: a name without a place that is a central unit's
    glued: tuple[str, ...] = ()  # 在 现将: a word a title's unit may come glued to ("在青禾县人民政府")
    nav_words: tuple[str, ...] = ()  # 首页 政务公开: a site's menu and columns, before a title or a unit
    own_bodies: tuple[str, ...] = ()  # 党组 党委: after a unit named in a measure, its own leadership
    page_words: tuple[str, ...] = ()  # 当前位置 正文: a page's breadcrumb and toolbar, never a letterhead's
    not_in_places: tuple[str, ...] = ()  # 荣获 得到 以上: a span holding them is cut across a clause, no name
    superiors: tuple[str, ...] = ()  # 人民政府 县委 依法治县办: a 主送机关's name ends with one of them
    superior_offices: tuple[str, ...] = ()  # 依法治: an 办公室 holding one is a superior whatever its level
    levels: tuple[str, ...] = ()  # "省", "市 州 盟"…: a division's levels, highest first, one rank's words spaced
    not_level_before: tuple[str, ...] = ()  # 场 管理: after a level's character, no place (市场, 城市管理局)
    own_drops: tuple[str, ...] = ()  # 中共 党组 委员会: dropped when a line is compared with the unit's own name
    short_forms: tuple[str, ...] = ()  # "人民政府=政府": a name's long form and its short form
    title_tails: tuple[str, ...] = ()  # 年度 工作 情况: dropped from the end of a title's subject before rewriting it
    title_unsure: tuple[str, ...] = ()  # 的 报告: a title's subject holding one is not rewritten
    self_forms: tuple[str, ...] = ()  # "镇=人民政府": a self-name's end, and what may follow it in the full name
    party_marks: tuple[str, ...] = ()  # 中共: before a Party body's name
    party_places: tuple[str, ...] = ()  # 镇 街道 县: a place whose Party committee is named (青禾街道党工委)
    place_parties: tuple[str, ...] = ()  # 党工委 委员会 委: a place's Party committee after its place
    bureau_ends: tuple[str, ...] = ()  # 局 厅: a department whose Party body is named (青禾县公安局党委)
    bureau_parties: tuple[str, ...] = ()  # 党组 党委: a department's Party body after its name
    marked_ends: tuple[str, ...] = ()  # 局 人民政府: a name a 中共 glued before is read without (中共青禾县教育局党组)
    own_party_bodies: tuple[str, ...] = ()  # "局=党组": a department's end, its own Party body after it (…司法局党组)
    place_governments: tuple[str, ...] = ()  # "街道=办事处", "人民政府": a place's government by its level, the rest's
    office_ends: tuple[str, ...] = ()  # 办: a short name ending so is an office (县政府办)
    government_offices: tuple[str, ...] = ()  # 政府办: an office ending so is a government's, ranked by its place
    crumb_kept: tuple[str, ...] = ()  # 报告 总结: a breadcrumb's step holding one is the title's, kept
    crumb_unit_ends: tuple[str, ...] = ()  # 局 镇: a breadcrumb's step ending so is a unit's name, kept
    crumb_units: tuple[str, ...] = ()  # 人民政府 局: a breadcrumb's last step ending so is the unit's column
    group_marks: tuple[str, ...] = ()  # 直 属: inside a short name, a group of units (市直各局), no unit
    visits: tuple[str, ...] = ()  # 莅临 到我: another unit's leaders come to the report's unit (…局党组书记到我局调研)
    carried_verbs: tuple[str, ...] = ()  # 落实 执行: before 《××县…》, a document a 我县 report carries out (its own)
    cited_selves: tuple[str, ...] = ()  # 县 旗: a unit calling itself so owns any 《青崖县…》 it names (no peer's)
    plan_heads: tuple[str, ...] = ()  # 下一步 打算: a level-1 heading holding one heads the plan (四、下一步工作打算)


@dataclass(frozen=True)
class Words:
    leaders: tuple[str, ...]
    duty_acts: tuple[str, ...]
    causes: tuple[str, ...]
    cause_pairs: tuple[tuple[str, str, int, bool], ...]  # (first, then, gap, within one clause)
    turn_lead: tuple[str, ...]
    turn_verbs: tuple[str, ...]
    turn_problems: tuple[str, ...]
    turn_next: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    due_words: tuple[str, ...]
    plan_dates: tuple[str, ...]
    common_words: tuple[str, ...]  # every report uses them: not what a promise is about
    lead_verbs: tuple[str, ...]  # how a promise will be done, not what (also common)
    summary_headings: tuple[str, ...] = ()  # 总体情况: the paragraph under it sums the year up
    leader_not_after: tuple[str, ...] = ()  # 副: a 副书记 is no principal leader
    leader_not_before: tuple[str, ...] = ()  # 助理 科员: a 县长助理, a 主任科员 is no principal leader
    title_not_after: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 主任 after 办公室: a section's head
    measure_words: tuple[str, ...] = ()  # 件 次 人: a number with one is a figure reported
    count_verbs: tuple[str, ...] = ()  # 举办 办理: a number right after them without a measure word lacks it
    after_approx: tuple[str, ...] = ()  # 年 月: what may follow 余 besides a measure word (20余年)
    set_numbers: tuple[str, ...] = ()  # 三项制度 四个意识: numbers in set phrases, no figure reported
    plan_task_verbs: tuple[str, ...] = ()  # 出台 修订: with an object of their own, a plan's task one can check
    stock_names: tuple[str, ...] = ()  # “谁执法谁普法”: quoted, still no task of a plan
    plan_things: tuple[str, ...] = ()  # 讲师团 台账: a body or a tool named, a plan's task one can check
    others: tuple[str, ...] = ()  # 各级 各单位 下属: before a leader's title, the heads of others
    groups: tuple[str, ...] = ()  # 领导干部 干部: a group of leaders, others' after one of ``others``
    staff: tuple[str, ...] = ()  # 干部职工 党员干部: all the staff, others than the head whatever stands before
    non_heads: tuple[str, ...] = ()  # 班子成员 所长 群众: persons never the unit's own head, whatever stands before
    unit_heads: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 所 → 所长: a unit's own head among non_heads
    body_heads: tuple[tuple[str, tuple[str, ...]], ...] = ()  # 局长 → 局: another body's head unless it is the unit
    each: str = ""  # 各: before a body not in ``others`` (各调解组织负责人), still others' heads
    each_not: tuple[str, ...] = ()  # 项 类: after 各, things, not bodies (各项工作由局长部署)
    pivots: tuple[str, ...] = ()  # 督促 要求: of ``to_others``, the heads go on doing the clauses after
    head_bodies: tuple[str, ...] = ()  # 党组 常务会 中心组: the own meetings and bodies the head chairs
    organisers: tuple[str, ...] = ()  # 组织 安排 (``with_others``): the persons after them do the act
    own_team: tuple[str, ...] = ()  # 班子成员: organised by the head, his own team — he takes part (``organisers``)
    organised: tuple[str, ...] = ()  # 开展 落实: before a duty each head does himself with no one named: it is arranged
    agent_marks: tuple[str, ...] = ()  # 由: the person right after it did the sentence's act (均由县长主持)
    group_marks: tuple[str, ...] = ()  # 直 属: inside a short name, a group of units (市直各局), no unit
    visits: tuple[str, ...] = ()  # 到我 莅临: right after a head's title, he visits the unit: not its head
    carry_leads: tuple[str, ...] = ()  # 同时 此外: a sentence opening with one carries the previous one's subject on
    act_openers: tuple[str, ...] = ()  # 全年 先后: before a subjectless sentence's counted act (全年主持召开……4次)
    to_others: tuple[str, ...] = ()  # 听取 督促: done by the unit to others' heads (听取……主要负责人述法)
    with_others: tuple[str, ...] = ()  # 为 组织: others' heads the act is for or with (为全县领导干部讲授)
    kinds: tuple[str, ...] = ()  # 党政主要负责人: heads of a kind, anyone's; others' right after a mark (组织……述法)
    meeting_holds: tuple[str, ...] = ()  # 召开: a meeting held (with meeting_nouns: its name holds 述法)
    meeting_nouns: tuple[str, ...] = ()  # 会议: the noun ending a meeting's name
    duty_systems: tuple[str, ...] = ()  # 制度 方式: a duty's system, no one doing it (述法制度)
    kind_marks: tuple[str, ...] = ()  # 落实: a mark (with_others) only right before heads of a kind
    leading_bodies: tuple[str, ...] = ()  # 党组 党委: a unit's leading body (the duties folded at its 法治 meetings)
    body_units: tuple[str, ...] = ()  # 局 部门 镇: how a unit's name before its leading body ends
    name_breaks: tuple[str, ...] = ()  # 以 年: before a unit's kind alone (以办公室主任为组长), the unit itself
    not_marks: tuple[str, ...] = ()  # 作为 成为: words ending in a mark that are none (作为党政主要负责人)
    settings: tuple[str, ...] = ()  # 大会上: others' heads naming where a meeting sits (在全县领导干部大会上)
    assessed: tuple[str, ...] = ()  # 督察 评议: after others' heads a with-mark names, an act done to them
    this_year: tuple[
        str, ...
    ] = ()  # 今年以来: a year's work counted from the start of the year the words are written in
    ahead: tuple[str, ...] = ()  # 将 计划: a clause about what is still to come
    last_year: tuple[str, ...] = ()  # 较去年: 去年 is the report's own year when written the next year
    ahead_not: tuple[str, ...] = ()  # 将《 计划，: an ``ahead`` word that is 把 or a noun (将《纲要》纳入学习计划，)
    remedies: tuple[str, ...] = ()  # 整改 解决: a shortcomings clause on the remedy, begun in the year of writing
    disposals: tuple[str, ...] = ()  # 纳入 作为: after 将 and its object, 将 is 把 (将……纳入), no future
    ahead_adverbs: tuple[str, ...] = ()  # 进一步 继续: right after 将, the future 将 (将进一步把……纳入)
    this_year_not: tuple[str, ...] = ()  # 是 恰逢: after a clause's opening 今年, what the year is, not its work
    since_last_year: tuple[str, ...] = ()  # 去年以来: a span that is not the report year, whenever written
    problem_nouns: tuple[str, ...] = ()  # 问题 不足: what a shortcoming is called
    problem_work: tuple[str, ...] = ()  # 整改 研究: before a problem noun in its clause, work done on problems
    problem_work_after: tuple[str, ...] = ()  # 整改 清单: right after a problem noun, work done on problems
    problem_light_verbs: tuple[str, ...] = ()  # 进行 加以: 对……问题进行研究分析 — the work after them is on the noun
    short_judgements: tuple[str, ...] = ()  # 不够 有待: after a problem noun (or with none), the work judged short
    fault_predicates: tuple[str, ...] = ()  # 还存在 面临: before a problem noun, its clause states a shortcoming
    cover_this_year: tuple[str, ...] = ()  # 今年: in 现将……报告如下, the year the report is written in
    cover_leads: tuple[str, ...] = ()  # 现将 现把: what opens the sentence that says what the report is on
    cover_plans: tuple[str, ...] = ()  # 打算 计划: after 今年 in a cover sentence, the plan for the year written in
    own_markers: tuple[str, ...] = ()  # 本 我: before one of ``others`` (本部门), the unit itself
    own_organs: tuple[str, ...] = ()  # 委 政府: after a government's own level (县委, 镇政府), its leadership
    organ_not_before: tuple[str, ...] = ()  # 办 部: right after 县政府/县委, a body of its own (县政府办)
    body_deploys: tuple[str, ...] = ()  # 研究 听取: a leading body's act beyond study (folds the duties part)
    law_studies: tuple[str, ...] = ()  # 学法 旁听庭审: the leadership's study of the law itself (folds the duties part)
    head_meetings: tuple[str, ...] = ()  # 常务会 局务会: the head's meetings, no leading body, never another unit's
    own_groups: tuple[str, ...] = ()  # 领导班子 领导干部: the unit's leaders as a group, no qualifier
    own_units: tuple[str, ...] = ()  # 单位 opening its clause (单位主要负责人……): the unit itself, no 16位主要
    gap_breaks: tuple[str, ...] = ()  # 会议 在: between 全县 and a title, a meeting's place, not whose title
    level_words: tuple[str, ...] = ()  # 市场 城乡: words holding a level's character that name no place
    once: tuple[str, ...] = ()  # 报告如下: formulas a report says once (a second is the opening pasted twice)
    periods: tuple[str, ...] = ()  # 上半年 前三季度: part of a year; a part heading of an annual report naming one
    rest_of_year: tuple[str, ...] = ()  # 下半年: the rest of the year; a plan heading naming one
    period_events: tuple[str, ...] = ()  # 督察 发现: a period word before one dates an event, not the part
    elsewhere: tuple[str, ...] = ()  # 安全生产 疫情防控: another field of work; a clause only on it is quoted last
    other_studies: tuple[str, ...] = ()  # 二十大 主题教育: another study; a sentence of it without law is quoted last
    done_verbs: tuple[str, ...] = ()  # 获评 成立: besides count_verbs, an act or a result reported
    honors: tuple[str, ...] = ()  # 获评 入选: an honour won; the opening's clause of one reports no item
    law_words: tuple[str, ...] = ()  # 法治 执法: a sentence naming one is about law, whatever field it names
    other_units: tuple[str, ...] = ()  # 各乡镇 企业: a sentence opening with one reports others' acts
    other_unit_kinds: tuple[str, ...] = ()  # 单位 部门: 各 and a few characters before one are other units
    other_firms: tuple[str, ...] = ()  # 辖区企业: a sentence opening with one reports no government's act
    own_duties: tuple[
        str, ...
    ] = ()  # 述法: a duty each head does for himself; others' is no evidence of the own head's
    learners: tuple[str, ...] = ()  # 干部 公职人员: staff whose study (learners' study_words) is 学法 of theirs
    study_words: tuple[str, ...] = ()  # 学法 培训 考试: what learners do when they study
    title_generic: tuple[str, ...] = ()  # 加强 开展: words a title shares with any sentence, naming no topic
    stance_verbs: tuple[str, ...] = ()  # 推进 落实: a stance's only act words, no act done
    stance_openers: tuple[str, ...] = ()  # 为抓手 坚持: a first clause that says where the work goes
    public_items: tuple[str, ...] = ()  # township-pufa: items done for the public
    own_staff: tuple[str, ...] = ()  # 在编人员 班子: the unit's own staff besides ``staff``
    publics: tuple[str, ...] = ()  # 群众 企业: the public an item for the public is done for
    study_verbs: tuple[str, ...] = ()  # 学习 传达: a study whose object (the rest of its clause) names an item
    study_object_ends: tuple[str, ...] = ()  # 部署 安排: after a 、 another act, no more of what is studied
    about_nouns: tuple[str, ...] = ()  # 部署 要求: 关于……的 one of them is a requirement named, not work done
    study_stances: tuple[str, ...] = ()  # 深学笃用: a thought studied and carried out, a stance (focus.study_stance)
    example_leads: tuple[str, ...] = ()  # 带头: the own head leading by example (studyacts.leads_by_example)
    head_posts: tuple[str, ...] = ()  # 组长 第一责任人: a post the own head is given (owners.posts_only)
    post_givers: tuple[str, ...] = ()  # 以 由 明确 成立: what gives him one before his title (owners.posts_only)
    group_meets: tuple[str, ...] = ()  # 召开: the group the head is given the chair of meets (namesonly.group_meets)
    series_posts: tuple[str, ...] = ()  # 成员: a series of posts one giver gives goes on past it (owners._given)
    attends: tuple[str, ...] = ()  # 参加 列席: opening a sentence, a superior's meeting attended (namesonly)
    study_placing: tuple[str, ...] = ()  # 列入 列为: what puts a content into cadres' study (with study_plans)
    study_plans: tuple[str, ...] = ()  # 中心组 学习计划 必学: the cadres' study a content is put into
    bare_titles: tuple[str, ...] = ()  # 书记: a title without a body's name, others' in a sentence opened by others
    study_systems: tuple[str, ...] = ()  # 制度 计划 清单: a study's plan or system, no study done (学法制度)
    plan_verbs: tuple[str, ...] = ()  # 制定 研究部署: a clause that plans work (with plan_nouns, or 工作)
    plan_nouns: tuple[str, ...] = ()  # 计划 要点: the plan a plan verb makes
    lead_ends: tuple[str, ...] = ()  # 如下 做法是: before a colon, a lead into what was done
    list_breaks: tuple[str, ...] = ()  # 另外 同时: after a comma, a clause on another matter (no one list of topics)
    aims: tuple[str, ...] = ()  # 推动 确保: a clause of purpose, whose act words (化解, 办结) are no act done
    provided: tuple[str, ...] = ()  # 保障 支撑: 为……提供 one of them is a clause of purpose
    plan_targets: tuple[str, ...] = ()  # 任务 计划: a clause putting work into one of them is no work done
    aimed_places: tuple[str, ...] = ()  # 在基层 在萌芽: after an act word (化解在基层), where it is to happen
    approach_ends: tuple[str, ...] = ()  # 抓手 切入点: 以……为 these names an approach, no act done
    list_acts: tuple[str, ...] = ()  # 列入 纳入: an act done to the one item a sentence's first clause names
    inner_list_leads: tuple[str, ...] = ()  # 包括 ：: a 一是 after them inside an item starts an inner list
    breakdown_leads: tuple[str, ...] = ()  # 其中：: a 一是 after them is an inner list though the item had a 。
    contents_marks: tuple[str, ...] = ()  # 部分: three parts named and counted: a table of contents
    head_voice: tuple[str, ...] = ()  # 本人: earlier in a paragraph, the head speaks of himself
    head_roles: tuple[str, ...] = ()  # 第一责任人: 作为 it (or a leader's title)，我…… the head speaks of himself
    head_selves: tuple[str, ...] = ()  # 我: a clause's subject then is the head ({self} in a checklist)
    head_self_not_before: tuple[str, ...] = ()  # 们 县: after 我, another self (我们, 我县)
    head_covers: tuple[str, ...] = ()  # 本人 我履行: after 现将, the head's cover sentence (his report follows)
    head_reports: tuple[str, ...] = ()  # 述法报告: a title ending so is the head's own report
    head: HeadWords = HeadWords()  # [head]: the head's reader's words


def alternation(words: tuple[str, ...]) -> str:
    """``(?:w1|w2|…)`` of ``words``, longest first (so 主要负责同志 wins over 负责同志), each escaped."""
    # ties in length in a fixed order (a set's order changes with each run), so the pattern is the same
    # each run and its compiled code is kept between runs (``lazyre.compile``); of two words of one length
    # at most one matches at a place, so the order among them changes no match
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists: the first ``words.toml`` in the checklist folders (``DRAFTER_CHECKLISTS`` first);
    a list it lacks (a user's file from before the list was added) is the shipped one."""
    return load("words.toml", _words)


def _words(data: dict[str, Any], p: Path) -> Words:
    try:

        def got(key: str) -> tuple[str, ...]:
            return tuple(str(w) for w in data[key])

        explicit: dict[str, Any] = dict(
            leaders=got("leaders"),
            duty_acts=got("duty_acts"),
            causes=got("causes"),
            cause_pairs=tuple(
                (str(c["first"]), str(c["then"]), int(c["gap"]), bool(c.get("clause", False)))
                for c in data["cause_pairs"]
            ),
            turn_lead=got("turn_lead"),
            turn_verbs=got("turn_verbs"),
            turn_problems=got("turn_problems"),
            turn_next=got("turn_next"),
            name_suffixes=got("name_suffixes"),
            due_words=got("due_words"),
            plan_dates=got("plan_dates"),
            common_words=got("common_words"),
            lead_verbs=got("lead_verbs"),
            summary_headings=got("summary_headings"),
            leader_not_after=got("leader_not_after"),
            title_not_after=tuple((str(t), word_list(ws)) for t, ws in data.get("title_not_after", {}).items()),
            measure_words=got("measure_words"),
            count_verbs=got("count_verbs"),
            after_approx=got("after_approx"),
            set_numbers=got("set_numbers"),
            plan_task_verbs=got("plan_task_verbs"),
            stock_names=got("stock_names"),
            plan_things=got("plan_things"),
            others=got("others"),
            groups=got("groups"),
            staff=got("staff"),
            non_heads=got("non_heads"),
            agent_marks=got("agent_marks"),
            pivots=got("pivots"),
            organisers=got("organisers"),
            own_team=got("own_team"),
            head_bodies=got("head_bodies"),
            organised=got("organised"),
            each=str(data.get("each", "")),
            each_not=got("each_not"),
            unit_heads=tuple((str(t), word_list(ws)) for t, ws in data.get("unit_heads", {}).items()),
            body_heads=tuple((str(t), word_list(ws)) for t, ws in data.get("body_heads", {}).items()),
            carry_leads=got("carry_leads"),
            visits=got("visits"),
            to_others=got("to_others"),
            with_others=got("with_others"),
            kinds=got("kinds"),
            not_marks=got("not_marks"),
            settings=got("settings"),
            this_year=got("this_year"),
            ahead=got("ahead"),
            remedies=got("remedies"),
            own_markers=got("own_markers"),
            own_units=got("own_units"),
            gap_breaks=got("gap_breaks"),
            level_words=got("level_words"),
            once=got("once"),
            head=_head(data["head"]),
        )
        # every other list may be missing from a user's older file: the shipped one's, else none
        optional: dict[str, Any] = {
            f.name: got(f.name) if f.name in data else () for f in fields(Words) if f.name not in explicit
        }
        return Words(**explicit, **optional)
    except (ValueError, KeyError, TypeError) as e:
        raise ReadError(f"词表 {p} 有误（{str(e)[:80]}）；每一项应是词语的列表") from None


def _head(data: dict[str, Any]) -> HeadWords:
    """The [head] table: each of its keys a list of words."""
    return HeadWords(**{f.name: tuple(str(w) for w in data[f.name]) for f in fields(HeadWords)})


def load(name: str, build: Callable[[dict[str, Any], Path], T]) -> T:
    """``build`` of the first ``name`` in the checklist folders (``DRAFTER_CHECKLISTS`` first) and the
    file's path, the shipped file's entries for what it lacks; built again from the TOML itself when a
    kept copy fails (``resources.checked``). Every data file of words is loaded through here."""
    return checked(lambda fresh: build(*_first(name, fresh)))


def word(v: object, *, empty: bool = False) -> str:
    """An entry of a data file of words: a string, not empty unless ``empty`` (a mark, a character); a
    TypeError that says what it is not (the loader's ``build`` makes a ReadError of it)."""
    if not isinstance(v, str) or not (v or empty):
        raise TypeError(f"{v!r} 不是{'文字' if empty else '词语'}")
    return v


def word_list(v: object, *, empty: bool = False) -> tuple[str, ...]:
    """A list of ``word``s; with ``empty``, an empty string is allowed and left out."""
    if not isinstance(v, list):
        raise TypeError(f"{v!r} 不是列表")
    return tuple(w for w in (word(x, empty=empty) for x in v) if w)


def _first(name: str, fresh: bool = False) -> tuple[dict[str, Any], Path]:
    """The first ``name`` in the checklist folders, with the shipped file's entries for what it lacks —
    in a table too, so a user's file from before a list was added keeps working (``fresh``: each file
    parsed, not taken from its kept copy)."""
    from .checklist_model import search_dirs

    dirs = search_dirs()
    found = [d / name for d in dirs if (d / name).is_file()]
    if not found:
        raise ReadError(f"找不到 {name}；请重新安装 drafter")
    merged: dict[str, Any] = {}
    for p in (found[-1], found[0]) if found[0] != found[-1] else (found[0],):  # the shipped file, then the user's
        try:
            data = read_toml(p, fresh=fresh)  # parsed once, kept between runs
        except (OSError, ValueError) as e:
            raise ReadError(f"{p} 有误（{str(e)[:80]}）") from None
        for key, value in data.items():  # a table ([head]) is merged list by list: an older file lacks new lists
            kept = merged.get(key)
            merged[key] = {**kept, **value} if isinstance(kept, dict) and isinstance(value, dict) else value
    return merged, found[0]
